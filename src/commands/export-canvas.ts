import type { ExportFormat } from '../../contract/messages'
import { stickyFills } from '../adapter/sticky-fills'
import {
  exportFilename,
  exportLabelsFrom,
  exportMimeType,
  toCsv,
  toJson,
  toMarkdown,
  withColours
} from '../core/export'
import type { FitReport, Locale, ReportItem } from '../core/types'
import { ZONE_KEYS } from '../core/types'
import { reportSizeProblem } from '../core/report-storage'
import { tKey } from '../i18n'
import { sizeProblemMessage } from './size-problem'

export interface ExportFile {
  filename: string
  mimeType: string
  content: string
}

/**
 * Why a canvas cannot be exported (beyond the limits an import accepts, `core/limits.ts`), or null: every file the
 * export produces can be imported again.
 */
export function exportProblem(report: FitReport, locale: Locale): string | null {
  const problem = reportSizeProblem(report)
  return problem ? sizeProblemMessage(locale, problem, 'export') : null
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

/**
 * What the panel's Export does: the canvas's report with each sticky's colour read from the board (the stored report
 * leaves colours out), as a file, so an import brings the colours back.
 */
export function exportCanvasFromBoard(report: FitReport, format: ExportFormat, locale: Locale): ExportFile {
  const ids = new Set(itemsOf(report).map((item) => item.id))
  return exportCanvas(withColours(report, stickyFills(figma.currentPage, ids)), format, locale)
}

function itemsOf(report: FitReport): ReportItem[] {
  return [...ZONE_KEYS.flatMap((zone) => report.zones[zone]), ...report.unplaced]
}
