import type { ExportFile } from '../../contract/messages'
import { UserFacingError } from '../adapter/errors'
import { findCanvasNodeAsync } from '../adapter/find-node'
import { readNodeHistory } from '../adapter/history-store'
import { exportFilename, exportMimeType } from '../core/export'
import { historyCsv, historyJson } from '../core/history/history-export'
import { sortVersions } from '../core/history/keep-version'
import type { FitReport, Locale } from '../core/types'
import { t } from '../i18n'

/**
 * A canvas's history as a file: `csv` (one row per version) or `json` (`vpcfit-history/1`, every version with its
 * stickies and links). Reads the history from the canvas's node; changes nothing.
 */
export async function exportHistoryAsync(options: {
  report: FitReport
  format: 'csv' | 'json'
  locale: Locale
}): Promise<ExportFile & { format: 'csv' | 'json'; message: string }> {
  const node = await findCanvasNodeAsync(options.report.canvas.id)
  if (!node) throw new UserFacingError(t(options.locale, 'notify.canvasGone'))
  const versions = sortVersions(readNodeHistory(node).versions)
  const { format } = options
  const content =
    format === 'csv'
      ? historyCsv(versions, t(options.locale, 'history.csv.header'))
      : historyJson(versions, options.report.canvas)
  const filename = exportFilename(options.report, format).replace(/\.(csv|json)$/, '-history.$1')
  // The panel says the file is ready; no notification for a file nobody has seen yet.
  return { format, filename, mimeType: exportMimeType(format), content, message: '' }
}
