import { fitSummary } from '../fit'
import { rankZone } from '../ranking'
import type { FitBand, FitReport, Locale, ReportItem, StickySnapshot, ZoneKey } from '../types'
import { ZONE_KEYS } from '../types'
import { byRank } from '../ranking'

export interface ImportSticky {
  /** The sticky's id in the report it came from; links refer to it. */
  key: string
  /** null: outside every zone. */
  zone: ZoneKey | null
  /** As written, rank markers included ("1. Too expensive"), so the board ranks it the same way again. */
  text: string
  rank: number
  /** Stamps it had (plugins cannot place stamps, so these are not re-created; see `ImportPlan.votes`). */
  votes: number
  /** Its fill as `#RRGGBB`, when the export recorded one. */
  color?: string
}

/** What an import cannot bring back: the votes, and what losing them does to the fit. */
export interface ImportVotes {
  /** Stamps in the file, all zones together. */
  dropped: number
  /** The fit in the file, and the fit the drawn canvas will show without the stamps. */
  before: { score: number; band: FitBand }
  after: { score: number; band: FitBand }
  /** Stickies whose rank in their zone changes without the votes (a voted sticky that ranked above a numbered one). */
  reranked: number
}

export interface ImportPlan {
  segment: string
  product: string
  locale: Locale
  /** Zone by zone (jobs, pains, gains, products, pain relievers, gain creators), each in rank order; then unplaced. */
  stickies: ImportSticky[]
  /** Connectors to draw, between stickies of the plan, invalid ones included so the report comes back the same. */
  links: { fromKey: string; toKey: string }[]
  votes: ImportVotes
}

/**
 * The zones as the drawn canvas will rank them: no stamps, so markers then reading order, and the stickies are
 * drawn in the file's rank order (ranks come back unless votes had put an unmarked sticky above a marked one).
 */
function rankedWithoutVotes(report: FitReport): Record<ZoneKey, ReportItem[]> {
  const zones = {} as Record<ZoneKey, ReportItem[]>
  for (const zone of ZONE_KEYS) {
    const stand = byRank(report.zones[zone]).map((item, i): StickySnapshot => ({
      id: item.id,
      text: item.text,
      box: { x: 0, y: i, width: 0, height: 0 },
      votes: 0,
      stamps: {},
      pluginRole: null
    }))
    zones[zone] = rankZone(stand, false)
  }
  return zones
}

/**
 * What to draw on a fresh board to get `report` back: one canvas, its stickies zone by zone in rank order (the
 * adapter places them top to bottom in that order, so reading order reproduces ranks without markers), their
 * colours, the connectors, and what the missing votes do to the fit. Links whose ends are not stickies of the report are skipped, as are repeats.
 */
function planned(item: ReportItem, zone: ZoneKey | null): ImportSticky {
  const sticky: ImportSticky = { key: item.id, zone, text: item.text, rank: item.rank, votes: item.votes }
  if (item.color !== undefined) sticky.color = item.color
  return sticky
}

export function planImport(report: FitReport): ImportPlan {
  const stickies: ImportSticky[] = []
  for (const zone of ZONE_KEYS) {
    for (const item of byRank(report.zones[zone])) {
      stickies.push(planned(item, zone))
    }
  }
  for (const item of byRank(report.unplaced)) stickies.push(planned(item, null))

  const keys = new Set(stickies.map((sticky) => sticky.key))
  const drawn = new Set<string>()
  const links: ImportPlan['links'] = []
  for (const link of report.links) {
    const pair = `${link.from}>${link.to}`
    if (!keys.has(link.from) || !keys.has(link.to) || link.from === link.to || drawn.has(pair)) continue
    drawn.add(pair)
    links.push({ fromKey: link.from, toKey: link.to })
  }

  const dropped = stickies.reduce((sum, sticky) => sum + sticky.votes, 0)
  const without = dropped > 0 ? rankedWithoutVotes(report) : report.zones
  const after = dropped > 0 ? fitSummary(without, report.links) : report.fit
  let reranked = 0
  for (const zone of ZONE_KEYS) {
    const rankOf = new Map(without[zone].map((item) => [item.id, item.rank]))
    for (const item of report.zones[zone]) if (rankOf.get(item.id) !== item.rank) reranked++
  }
  return {
    votes: {
      dropped,
      before: { score: report.fit.score, band: report.fit.band },
      after: { score: after.score, band: after.band },
      reranked
    },
    segment: report.canvas.segment,
    product: report.canvas.product,
    locale: report.canvas.locale,
    stickies,
    links
  }
}
