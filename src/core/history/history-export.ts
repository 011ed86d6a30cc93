import type { HistoryExport, Version } from '../../../contract/history'
import { HISTORY_SCHEMA } from '../../../contract/history'
import { csvField } from '../export/private/csv-field'
import type { FitReport } from '../types'

/**
 * The history as RFC 4180 CSV, one row per version, oldest first: time (ISO), name, fit, band, coverage of jobs,
 * pains and gains, evidence-backed fit (empty when none), stickies, valid links, and whether it was thinned to its
 * fit (`yes` / empty; stickies and links are then empty). `header`: the column names in the user's language, comma
 * separated. CRLF line ends, formula-safe fields (`csvField`).
 */
export function historyCsv(versions: readonly Version[], header: string): string {
  const rows: (string | number)[][] = [header.split(',')]
  for (const v of versions) {
    rows.push([
      v.at,
      v.name ?? '',
      v.score,
      v.band,
      v.coverage.jobs,
      v.coverage.pains,
      v.coverage.gains,
      v.evidenceFit ?? '',
      v.items === null ? '' : v.items.length,
      v.links === null ? '' : v.links.length,
      v.items === null ? 'yes' : ''
    ])
  }
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n'
}

/** The history as `vpcfit-history/1` JSON (see `HistoryExportSchema` and the README), indented for reading. */
export function historyJson(versions: readonly Version[], canvas: FitReport['canvas']): string {
  const file: HistoryExport = {
    schema: HISTORY_SCHEMA,
    canvas: { id: canvas.id, segment: canvas.segment, product: canvas.product },
    versions: [...versions]
  }
  return `${JSON.stringify(file, null, 2)}\n`
}
