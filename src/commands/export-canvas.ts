import type { ExportFormat } from '../../contract/messages'
import { exportFilename, exportLabelsFrom, exportMimeType, toCsv, toJson, toMarkdown } from '../core/export'
import type { FitReport, Locale } from '../core/types'
import { tKey } from '../i18n'

export interface ExportFile {
  filename: string
  mimeType: string
  content: string
}

/** A canvas's report as a file in the chosen format, with headings in the user's language. */
export function exportCanvas(report: FitReport, format: ExportFormat, locale: Locale): ExportFile {
  const labels = exportLabelsFrom((key) => tKey(locale, key))
  const content =
    format === 'markdown'
      ? toMarkdown(report, labels)
      : format === 'csv'
        ? toCsv(report, labels)
        : toJson(report)
  return { filename: exportFilename(report, format), mimeType: exportMimeType(format), content }
}
