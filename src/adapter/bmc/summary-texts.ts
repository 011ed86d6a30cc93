import { BRIEF_STATEMENT_LIMITS, STATEMENT_LIMITS } from '../../../contract/limits'
import type { StatementLimits } from '../../../contract/limits'
import { buildSegmentSummary, buildValueStatement, formatFitLine, valueStatementInput } from '../../core/statement'
import type { CanvasAnalysis, ReportItem, Say } from '../../core/types'
import { tKey } from '../../i18n'
import type { BmcSummaryBlock } from '../../i18n/bmc-blocks'

const texts = (items: readonly ReportItem[]): string[] => items.map((item) => item.text)

/** A summary sticky's text, and briefer ones to use when it does not fit its block (first that fits wins). */
export interface SummaryVariants {
  text: string
  shorter: string[]
}

/**
 * The two sticky texts for one canvas, in its locale (pure): the value proposition statement from the top-ranked
 * products, the top job and the top relievers and creators, with the fit line (score, band, `dateIso`) under it;
 * and the customer segment with its top jobs, pains and gains. Zones are already in rank order; the statement
 * builder takes the top ones and says what is missing. Each comes with a brief version (`BRIEF_STATEMENT_LIMITS`)
 * for a block too small for the full one; every sticky's full text stays on the canvas and in its export.
 */
export function summaryTexts(analysis: CanvasAnalysis, dateIso: string): Record<BmcSummaryBlock, SummaryVariants> {
  const { canvas, zones, fit } = analysis.report
  const locale = canvas.locale
  const say: Say = (key, params) => tKey(locale, key, params)
  const statement = (limits: StatementLimits) => buildValueStatement(valueStatementInput(analysis.report), say, limits)
  const segment = (limits: StatementLimits) =>
    buildSegmentSummary(
      {
        locale,
        segment: canvas.segment,
        jobs: texts(zones.jobs),
        pains: texts(zones.pains),
        gains: texts(zones.gains)
      },
      say,
      limits
    )
  const fitLine = formatFitLine(say, locale, fit.score, fit.band, dateIso)
  const variants = (make: (limits: StatementLimits) => string): SummaryVariants => {
    const text = make(STATEMENT_LIMITS)
    const brief = make(BRIEF_STATEMENT_LIMITS)
    return { text, shorter: brief === text ? [] : [brief] }
  }
  return {
    valuePropositions: variants((limits) => `${statement(limits)}\n\n${fitLine}`),
    customerSegments: variants(segment)
  }
}

/** Today's date as YYYY-MM-DD in the user's time zone (the date a team would write on the sticky). */
export function localDateIso(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}
