import { riskiestAssumptions } from '../evidence/riskiest'
import type { FitReport, ReportItem } from '../types'
import { ZONE_KEYS } from '../types'
import { fillTemplate, type ExportLabels } from './labels'
import { csvFieldWith } from './private/csv-field'
import { byRank } from '../ranking'
import { itemsById } from './private/items-by-id'

/** The UTF-8 byte-order mark: Excel reads a CSV as UTF-8 only with it (å, ä, ø, "·" and emoji stay as written). */
export const CSV_BOM = '\uFEFF'

/**
 * The canvas as a CSV file for spreadsheets, in the canvas's language (`labels`):
 * - A UTF-8 byte-order mark, a header row, then one row per sticky, zone by zone (customer jobs, pains, gains,
 *   products & services, pain relievers, gain creators) in rank order, then the stickies outside every zone, then
 *   one row per test card in board order. CRLF line ends, the last row included.
 * - Fields split at `labels.csvSeparator`: a comma in English, a semicolon in Swedish and Danish, the list
 *   separator those languages' spreadsheets split a CSV at.
 * - Columns: canvas ("segment · offer"), zone (its name on the canvas), rank, text, votes, weight, evidence,
 *   place on the riskiest-assumptions list and why, the texts of the stickies it is linked to by valid links (one
 *   per line in the cell), id, the linked stickies' ids (space-separated, in the same order), the test card's
 *   test, metric, criteria, status, observation, learning and decision, and the fit on paper and the fit backed by
 *   evidence, in per cent, on every row (so several canvases' files can be stacked in one sheet).
 * - Rank, votes, weight, risk order and both fits are plain whole numbers. A test card's row has the zone
 *   "Test card", its hypothesis as text, the item it tests as what it is linked to (its text; only its id when it
 *   has left the canvas), and no rank, votes or weight.
 * - Fields are quoted when needed and protected against formula injection (see `csvFieldWith`).
 */
export function toCsv(report: FitReport, labels: ExportLabels): string {
  const c = labels.columns
  const t = labels.test
  const field = csvFieldWith(labels.csvSeparator)
  const canvas = `${report.canvas.segment} · ${report.canvas.product}`
  const byId = itemsById(report)
  const textOf = (id: string): string => byId.get(id)?.item.text ?? id
  const fits = [report.fit.score, report.evidence.fit.score]

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
  const risk = new Map<string, { order: number; why: string }>()
  riskiestAssumptions(report).forEach((entry, i) => {
    const other = entry.pairedWith === null ? '' : textOf(entry.pairedWith)
    risk.set(entry.id, { order: i + 1, why: fillTemplate(labels.why[entry.reason], { other }) })
  })

  const rows: (string | number)[][] = [
    [
      c.canvas,
      c.zone,
      c.rank,
      c.text,
      c.votes,
      c.weight,
      c.evidence,
      c.riskiest,
      c.why,
      c.linkedTo,
      c.id,
      c.linkedIds,
      t.test,
      t.metric,
      t.criteria,
      t.status,
      t.observation,
      t.learning,
      t.decision,
      c.fit,
      c.backedFit
    ]
  ]
  const add = (zone: string, items: ReportItem[]): void => {
    for (const item of byRank(items)) {
      const others = linked.get(item.id) ?? []
      const level = report.evidence.items[item.id] ?? 'none'
      const place = risk.get(item.id)
      rows.push([
        canvas,
        zone,
        item.rank,
        item.text,
        item.votes,
        item.weight,
        labels.levels[level],
        place ? place.order : '',
        place ? place.why : '',
        others.map((id) => textOf(id).replace(/\s+/g, ' ').trim()).join('\n'),
        item.id,
        others.join(' '),
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        ...fits
      ])
    }
  }
  for (const zone of ZONE_KEYS) add(labels.zones[zone], report.zones[zone])
  add(labels.rows.unplaced, report.unplaced)
  for (const test of report.evidence.tests) {
    const learning = test.learning
    rows.push([
      canvas,
      labels.rows.testCard,
      '',
      test.hypothesis,
      '',
      '',
      '',
      '',
      '',
      byId.has(test.itemId) ? textOf(test.itemId).replace(/\s+/g, ' ').trim() : '',
      test.id,
      test.itemId,
      test.test,
      test.metric,
      test.criteria,
      labels.statuses[test.status],
      learning ? learning.observation : '',
      learning ? learning.learning : '',
      learning && learning.decision ? labels.decisions[learning.decision] : '',
      ...fits
    ])
  }

  const separator = labels.csvSeparator
  return CSV_BOM + rows.map((row) => row.map(field).join(separator) + '\r\n').join('')
}
