import type { FitReport } from '../report'
import type { LinkSuggestion } from '../vocabulary'
import { CUSTOMER_ZONES, VALUE_ZONES } from '../vocabulary'
import { suggestLinks } from './suggest-links'

/**
 * The link suggestions of one canvas's report, as the panel shows them: every sticky of both halves, its links
 * and the pairs the team rejected. The panel runs this in its own iframe, and only while the suggestions are on
 * screen, so a live edit never waits for the suggester on FigJam's main thread.
 */
export function suggestionsForReport(report: FitReport, rejected: readonly string[]): LinkSuggestion[] {
  const items = [...CUSTOMER_ZONES, ...VALUE_ZONES].flatMap((zone) =>
    report.zones[zone].map((item) => ({ id: item.id, zone, text: item.text }))
  )
  return suggestLinks({
    locale: report.canvas.locale,
    items,
    existing: report.links.map((link) => ({ from: link.from, to: link.to })),
    rejected: rejected.slice()
  })
}
