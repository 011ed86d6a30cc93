import { PLUGIN_DATA_LIMIT } from '../../contract/limits'
import type { FitReport, ReportItem, ZoneKey } from './types'
import { ZONE_KEYS } from './types'

export { PLUGIN_DATA_LIMIT }

/**
 * UTF-8 length of a string, counted by hand: FigJam's limit is in bytes, and `TextEncoder` is not
 * something to count on in the plugin sandbox. Right-to-left, CJK and emoji text take 2 to 4 bytes.
 */
export function utf8Length(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i)
    if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      // A surrogate pair is one code point of four bytes.
      bytes += 4
      i += 1
    } else bytes += 3
  }
  return bytes
}

const fits = (json: string): boolean => utf8Length(json) <= PLUGIN_DATA_LIMIT

function withTextsCut(report: FitReport, max: number): FitReport {
  const cut = (item: ReportItem): ReportItem => ({
    ...item,
    text: Array.from(item.text).slice(0, max).join('')
  })
  const zones = {} as Record<ZoneKey, ReportItem[]>
  for (const zone of ZONE_KEYS) zones[zone] = report.zones[zone].map(cut)
  return { ...report, zones, unplaced: report.unplaced.map(cut) }
}

/**
 * The report as stored in shared plugin data: in full when it fits the 100 kB limit (in UTF-8 bytes),
 * otherwise with sticky texts shortened (ids, ranks, links and the fit stay exact).
 */
export function serializeReportForStorage(report: FitReport): string {
  const full = JSON.stringify(report)
  if (fits(full)) return full
  for (const max of [200, 60, 0]) {
    const shorter = JSON.stringify(withTextsCut(report, max))
    if (fits(shorter)) return shorter
  }
  // Thousands of stickies on one canvas: keep the canvas and the fit summary, which always fit.
  const zones = {} as Record<ZoneKey, ReportItem[]>
  for (const zone of ZONE_KEYS) zones[zone] = []
  return JSON.stringify({ ...report, zones, unplaced: [], links: [], truncated: true })
}
