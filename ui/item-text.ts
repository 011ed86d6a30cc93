import { rankMarkerOf, withoutRankMarker } from '../contract/rank-marker'
import type { ReportItem } from '../contract/report'

/**
 * A sticky's text as the panel lists it next to its rank: a leading rank marker that says the same as the rank
 * ("2. Auto shopping list" at rank 2) is dropped, so the list does not read "#2 2. Auto shopping list". A marker
 * that disagrees with the rank is the team's own numbering and stays.
 */
export function textBesideRank(item: ReportItem): string {
  return rankMarkerOf(item.text) === item.rank ? withoutRankMarker(item.text) : item.text
}
