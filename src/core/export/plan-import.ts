import type { FitReport, Locale, ZoneKey } from '../types'
import { ZONE_KEYS } from '../types'
import { byRank } from './private/items-by-id'

export interface ImportSticky {
  /** The sticky's id in the report it came from; links refer to it. */
  key: string
  /** null: outside every zone. */
  zone: ZoneKey | null
  /** As written, rank markers included ("1. Too expensive"), so the board ranks it the same way again. */
  text: string
  rank: number
  /** Stamps to put on it, when the original ranked by votes. */
  votes: number
}

export interface ImportPlan {
  segment: string
  product: string
  locale: Locale
  /** Zone by zone (jobs, pains, gains, products, pain relievers, gain creators), each in rank order; then unplaced. */
  stickies: ImportSticky[]
  /** Connectors to draw, between stickies of the plan, invalid ones included so the report comes back the same. */
  links: { fromKey: string; toKey: string }[]
}

/**
 * What to draw on a fresh board to get `report` back: one canvas, its stickies zone by zone in rank order (the
 * adapter places them top to bottom in that order, so reading order reproduces ranks without markers), their votes,
 * and the connectors. Links whose ends are not stickies of the report are skipped, as are repeats.
 */
export function planImport(report: FitReport): ImportPlan {
  const stickies: ImportSticky[] = []
  for (const zone of ZONE_KEYS) {
    for (const item of byRank(report.zones[zone])) {
      stickies.push({ key: item.id, zone, text: item.text, rank: item.rank, votes: item.votes })
    }
  }
  for (const item of byRank(report.unplaced)) {
    stickies.push({ key: item.id, zone: null, text: item.text, rank: item.rank, votes: item.votes })
  }

  const keys = new Set(stickies.map((sticky) => sticky.key))
  const drawn = new Set<string>()
  const links: ImportPlan['links'] = []
  for (const link of report.links) {
    const pair = `${link.from}>${link.to}`
    if (!keys.has(link.from) || !keys.has(link.to) || link.from === link.to || drawn.has(pair)) continue
    drawn.add(pair)
    links.push({ fromKey: link.from, toKey: link.to })
  }

  return {
    segment: report.canvas.segment,
    product: report.canvas.product,
    locale: report.canvas.locale,
    stickies,
    links
  }
}
