import type { FitReport, ReportItem, ZoneKey } from '../types'
import { ZONE_KEYS } from '../types'

/**
 * The report with each sticky's fill (`#RRGGBB`, from `fills` by id; hex with or without `#`) for the exports, so
 * an import brings the colours back. Stickies with no known fill are left as they are.
 */
export function withColours(report: FitReport, fills: ReadonlyMap<string, string>): FitReport {
  const paint = (item: ReportItem): ReportItem => {
    const hex = fills.get(item.id)
    return hex === undefined ? item : { ...item, color: `#${hex.replace(/^#/, '').toUpperCase()}` }
  }
  const zones = {} as Record<ZoneKey, ReportItem[]>
  for (const zone of ZONE_KEYS) zones[zone] = report.zones[zone].map(paint)
  return { ...report, zones, unplaced: report.unplaced.map(paint) }
}
