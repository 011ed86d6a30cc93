import type { ExportFile } from '../../contract/messages'
import { UserFacingError } from '../adapter/errors'
import { findCanvasNodeAsync } from '../adapter/find-node'
import { readNodeHistory } from '../adapter/history-store'
import { exportFilename, exportLabelsFrom, exportMimeType } from '../core/export'
import type { HistoryCsvLabels } from '../core/history/history-export'
import { historyCsv, historyJson } from '../core/history/history-export'
import { sortVersions } from '../core/history/keep-version'
import type { FitReport, Locale } from '../core/types'
import { t, tKey } from '../i18n'

/**
 * A canvas's history as a file: `csv` (one row per version) or `json` (`vpcfit-history/1`, every version with its
 * stickies and links). The CSV is in the canvas's language, as the canvas's own export. Reads the history from the
 * canvas's node; changes nothing.
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
      ? historyCsv(versions, historyCsvLabels(options.report.canvas.locale))
      : historyJson(versions, options.report.canvas)
  const filename = exportFilename(options.report, format).replace(/\.(csv|json)$/, '-history.$1')
  // The panel says the file is ready; no notification for a file nobody has seen yet.
  return { format, filename, mimeType: exportMimeType(format), content, message: '' }
}

/** The history CSV's words and separator in the canvas's language (the separator and bands as the canvas export's). */
function historyCsvLabels(language: Locale): HistoryCsvLabels {
  const labels = exportLabelsFrom((key) => tKey(language, key))
  return {
    header: t(language, 'history.csv.header'),
    separator: labels.csvSeparator,
    bands: labels.bands,
    thinned: t(language, 'history.csv.thinned')
  }
}
