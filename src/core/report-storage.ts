import type { FitReport, ReportItem, ZoneKey } from './types'
import { ZONE_KEYS } from './types'

/** FigJam's limit for one plugin data entry. */
export const PLUGIN_DATA_LIMIT = 100_000

function withTextsCut(report: FitReport, max: number): FitReport {
  const cut = (item: ReportItem): ReportItem => ({ ...item, text: Array.from(item.text).slice(0, max).join('') })
  const zones = {} as Record<ZoneKey, ReportItem[]>
  for (const zone of ZONE_KEYS) zones[zone] = report.zones[zone].map(cut)
  return { ...report, zones, unplaced: report.unplaced.map(cut) }
}

/**
 * The report as stored in shared plugin data: in full when it fits the 100 kB limit,
 * otherwise with sticky texts shortened (ids, ranks, links and the fit stay exact).
 */
export function serializeReportForStorage(report: FitReport): string {
  const full = JSON.stringify(report)
  if (full.length <= PLUGIN_DATA_LIMIT) return full
  for (const max of [200, 60, 0]) {
    const shorter = JSON.stringify(withTextsCut(report, max))
    if (shorter.length <= PLUGIN_DATA_LIMIT) return shorter
  }
  // Thousands of stickies on one canvas: keep the canvas and the fit summary, which always fit.
  const zones = {} as Record<ZoneKey, ReportItem[]>
  for (const zone of ZONE_KEYS) zones[zone] = []
  return JSON.stringify({ ...report, zones, unplaced: [], links: [], truncated: true })
}
