import type { FitReport, ReportItem, ZoneKey } from '../types'
import { ZONE_KEYS } from '../types'
import type { ExportLabels } from './labels'
import { csvField } from './private/csv-field'
import { byRank } from './private/items-by-id'

/** What the zone column says for a sticky outside every zone. */
export const CSV_UNPLACED_ZONE = 'unplaced'

/**
 * The canvas as RFC 4180 CSV: a header row, then one row per sticky, zone by zone (jobs, pains, gains, products,
 * pain relievers, gain creators) in rank order, then the unplaced ones. Columns: canvas ("segment · product"), id,
 * zone key, rank, weight, votes, text, and the ids of the stickies it is linked to by valid links, space-separated.
 * CRLF line ends, the last row included. Fields are quoted when needed and protected against formula injection
 * (see `csvField`). No byte-order mark: a caller writing a file for Excel can put '\uFEFF' in front.
 */
export function toCsv(report: FitReport, labels: ExportLabels): string {
  const c = labels.columns
  const canvas = `${report.canvas.segment} · ${report.canvas.product}`

  const linked = new Map<string, string[]>()
  const note = (id: string, other: string): void => {
    const list = linked.get(id)
    if (list === undefined) linked.set(id, [other])
    else if (list.indexOf(other) < 0) list.push(other)
  }
  for (const link of report.links) {
    if (link.kind === 'invalid') continue
    note(link.from, link.to)
    note(link.to, link.from)
  }

  const rows: (string | number)[][] = [[c.canvas, c.id, c.zone, c.rank, c.weight, c.votes, c.text, c.links]]
  const add = (zone: ZoneKey | typeof CSV_UNPLACED_ZONE, items: ReportItem[]): void => {
    for (const item of byRank(items)) {
      const links = (linked.get(item.id) ?? []).join(' ')
      rows.push([canvas, item.id, zone, item.rank, item.weight, item.votes, item.text, links])
    }
  }
  for (const zone of ZONE_KEYS) add(zone, report.zones[zone])
  add(CSV_UNPLACED_ZONE, report.unplaced)

  return rows.map((row) => row.map(csvField).join(',') + '\r\n').join('')
}
