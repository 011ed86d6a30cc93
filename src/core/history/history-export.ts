import type { HistoryExport, Version } from '../../../contract/history'
import { HISTORY_SCHEMA } from '../../../contract/history'
import { csvFieldWith } from '../export/private/csv-field'
import { pad } from '../export/private/date-text'
import { CSV_BOM } from '../export/to-csv'
import type { FitBand } from '../../../contract/vocabulary'
import type { FitReport } from '../types'

/** What the history's CSV says in the canvas's language. */
export interface HistoryCsvLabels {
  /** The column names, comma separated (`history.csv.header`). */
  header: string
  /** The field separator that language's spreadsheets split at. */
  separator: ',' | ';'
  /** Band words (`notify.band.*`). */
  bands: Record<FitBand, string>
  /** What the thinned column says for a version kept only as its fit (`history.csv.thinned`). */
  thinned: string
}

/** `2026-12-01T08:00:56.280Z` as `2026-12-01 08:00:56`, the UTC form spreadsheets read as a date; other text as is. */
function spreadsheetTime(iso: string): string {
  const at = new Date(iso)
  if (!/^\d{4}-\d{2}-\d{2}T/.test(iso) || Number.isNaN(at.getTime())) return iso
  return (
    `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())} ` +
    `${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}:${pad(at.getUTCSeconds())}`
  )
}

/**
 * The history as RFC 4180 CSV for spreadsheets, one row per version, oldest first: time (UTC, `YYYY-MM-DD
 * HH:MM:SS`), name, fit, band, coverage of jobs, pains and gains, evidence-backed fit (empty when none), stickies,
 * valid links, and whether it was thinned to its fit (stickies and links are then empty). As the canvas export: a
 * UTF-8 byte-order mark (so Excel reads å, ä, ø), the language's separator and words, numbers as plain numbers,
 * CRLF line ends, formula-safe fields (`csvFieldWith`).
 */
export function historyCsv(versions: readonly Version[], labels: HistoryCsvLabels): string {
  const rows: (string | number)[][] = [labels.header.split(',')]
  for (const v of versions) {
    rows.push([
      spreadsheetTime(v.at),
      v.name ?? '',
      v.score,
      labels.bands[v.band],
      v.coverage.jobs,
      v.coverage.pains,
      v.coverage.gains,
      v.evidenceFit ?? '',
      v.items === null ? '' : v.items.length,
      v.links === null ? '' : v.links.length,
      v.items === null ? labels.thinned : ''
    ])
  }
  const field = csvFieldWith(labels.separator)
  return CSV_BOM + rows.map((row) => row.map(field).join(labels.separator) + '\r\n').join('')
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
