import type { FitReport, ReportItem, ZoneKey } from '../../types'
import { ZONE_KEYS } from '../../types'

export interface LocatedItem {
  item: ReportItem
  /** null for an unplaced sticky. */
  zone: ZoneKey | null
}

/** Every sticky of the report by id. */
export function itemsById(report: FitReport): Map<string, LocatedItem> {
  const byId = new Map<string, LocatedItem>()
  for (const zone of ZONE_KEYS) for (const item of report.zones[zone]) byId.set(item.id, { item, zone })
  for (const item of report.unplaced) byId.set(item.id, { item, zone: null })
  return byId
}
