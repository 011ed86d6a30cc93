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
import { buildValueStatement, valueStatementInput } from '../core/statement'
import type { FitReport, Locale, ReportItem, Say } from '../core/types'
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

/**
 * A canvas's report as a file in the chosen format, in the canvas's language (its zone names, headings, dates and
 * statement, whatever language the panel is in). Markdown carries the full value proposition statement (the BMC may
 * hold a brief one) and the check time in the user's time zone.
 */
export function exportCanvas(report: FitReport, format: ExportFormat): ExportFile {
  const language = report.canvas.locale
  const labels = exportLabelsFrom((key) => tKey(language, key))
  const say: Say = (key, params) => tKey(language, key, params)
  const content =
    format === 'markdown'
      ? toMarkdown(report, labels, {
          statement: buildValueStatement(valueStatementInput(report), say),
          utcOffsetMinutes: utcOffsetAt(report.checkedAt)
        })
      : format === 'csv'
        ? toCsv(report, labels)
        : toJson(report)
  return { filename: exportFilename(report, format), mimeType: exportMimeType(format), content }
}

/** Minutes east of UTC in the user's time zone at `iso` (0 when the runtime has no time zone or no date). */
function utcOffsetAt(iso: string): number {
  const offset = -new Date(iso).getTimezoneOffset()
  return Number.isFinite(offset) ? offset : 0
}

/**
 * What the panel's Export does: the canvas's report with each sticky's colour read from the board (the stored report
 * leaves colours out), as a file, so an import brings the colours back.
 */
export function exportCanvasFromBoard(report: FitReport, format: ExportFormat): ExportFile {
  const ids = new Set(itemsOf(report).map((item) => item.id))
  return exportCanvas(withColours(report, stickyFills(figma.currentPage, ids)), format)
}

function itemsOf(report: FitReport): ReportItem[] {
  return [...ZONE_KEYS.flatMap((zone) => report.zones[zone]), ...report.unplaced]
}
