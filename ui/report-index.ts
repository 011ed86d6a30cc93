import type { ZoneKey } from '../contract/vocabulary'
import type { FitReport, ReportItem } from '../contract/report'
import { ZONE_KEYS } from '../contract/vocabulary'

export interface LocatedItem {
  item: ReportItem
  /** null for unplaced stickies. */
  zone: ZoneKey | null
}

/** Every sticky of a report by id, with the zone it sits in. */
export function indexReport(report: FitReport): Map<string, LocatedItem> {
  const index = new Map<string, LocatedItem>()
  for (const zone of ZONE_KEYS) {
    for (const item of report.zones[zone] ?? []) index.set(item.id, { item, zone })
  }
  for (const item of report.unplaced) index.set(item.id, { item, zone: null })
  return index
}

/** Items in rank order (lowest rank first) without changing the input. */
export function byRank(items: readonly ReportItem[]): ReportItem[] {
  return [...items].sort((a, b) => a.rank - b.rank)
}
