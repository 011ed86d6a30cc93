import { buildSegmentSummary, buildValueStatement, formatFitLine } from '../../core/statement'
import type { CanvasAnalysis, ReportItem, Say } from '../../core/types'
import { tKey } from '../../i18n'
import type { BmcSummaryBlock } from '../../i18n/bmc-blocks'

const texts = (items: readonly ReportItem[]): string[] => items.map((item) => item.text)

/**
 * The two sticky texts for one canvas, in its locale (pure): the value proposition statement from the top-ranked
 * products, the top job and the top relievers and creators, with the fit line (score, band, `dateIso`) under it;
 * and the customer segment with its top jobs, pains and gains. Zones are already in rank order; the statement
 * builder takes the top ones and says what is missing.
 */
export function summaryTexts(analysis: CanvasAnalysis, dateIso: string): Record<BmcSummaryBlock, string> {
  const { canvas, zones, fit } = analysis.report
  const locale = canvas.locale
  const say: Say = (key, params) => tKey(locale, key, params)
  const statement = buildValueStatement(
    {
      locale,
      segment: canvas.segment,
      products: texts(zones.products),
      topJob: zones.jobs[0]?.text ?? null,
      relievers: texts(zones.painRelievers),
      creators: texts(zones.gainCreators)
    },
    say
  )
  const segment = buildSegmentSummary(
    {
      locale,
      segment: canvas.segment,
      jobs: texts(zones.jobs),
      pains: texts(zones.pains),
      gains: texts(zones.gains)
    },
    say
  )
  return {
    valuePropositions: `${statement}\n\n${formatFitLine(say, locale, fit.score, fit.band, dateIso)}`,
    customerSegments: segment
  }
}

/** Today's date as YYYY-MM-DD in the user's time zone (the date a team would write on the sticky). */
export function localDateIso(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}
