/**
 * How a `vpcfit/1` report is stored as shared plugin data (namespace `vpcfit`) on its canvas's section, at any size
 * the plugin supports (see `contract/limits.ts`). Layout version 1:
 *
 * - A report whose JSON fits one entry is stored whole under `report`, exactly as before.
 * - A larger one is split: its compact JSON text is cut into pieces of at most `REPORT_PART_BYTES` UTF-8 bytes
 *   (never inside a character) stored under `report.1` … `report.N`, and `report` holds a small head:
 *   `{"schema":"vpcfit/1","layout":"split","version":1,"parts":N,"chars":L,"hash":"8 hex digits","checkedAt":…}`.
 *   Joining the pieces in order gives the report's JSON text again: `chars` is its length in UTF-16 code units
 *   and `hash` its FNV-1a 32-bit hash (`hashText`), so a reader can tell a complete set from a stale one.
 *
 * Nothing is ever shortened: a report beyond the limits is not stored (the caller says so), never stored in part.
 */
import { hashText } from './hash'
import { parseJsonObject } from './stored-json'
import {
  MAX_CANVAS_LINKS,
  MAX_CANVAS_STICKIES,
  MAX_REPORT_BYTES,
  MAX_REPORT_PARTS,
  PLUGIN_DATA_LIMIT,
  REPORT_PART_BYTES
} from '../../contract/limits'
import type { FitReport } from './types'
import type { DataKey, ReportPartKey } from '../../contract/plugin-data-keys'
import { PLUGIN_DATA_KEYS } from '../../contract/plugin-data-keys'
import { REPORT_SCHEMA, REPORT_SCHEMAS_READ, ZONE_KEYS } from './types'

export { PLUGIN_DATA_LIMIT }

/** The shared plugin data key of the report (or of its head, when split). */
export const REPORT_KEY = PLUGIN_DATA_KEYS.report
/** The storage layout this plugin writes; readers accept this version. */
export const REPORT_LAYOUT_VERSION = 1

/** The key of the `n`th piece (1-based) of a split report. */
export function reportPartKey(n: number): ReportPartKey {
  return `${REPORT_KEY}.${n}`
}

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
    else if (code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // A surrogate pair is one code point of four bytes.
      bytes += 4
      i += 1
    } else bytes += 3
  }
  return bytes
}

/** What makes a report too large to store, with the numbers for the message; null when it fits. */
export type ReportSizeProblem =
  | { limit: 'stickies'; count: number; max: number }
  | { limit: 'links'; count: number; max: number }
  | { limit: 'bytes'; count: number; max: number }

export function reportStickyCount(report: Pick<FitReport, 'zones' | 'unplaced'>): number {
  let count = report.unplaced.length
  for (const zone of ZONE_KEYS) count += report.zones[zone].length
  return count
}

/** Whether a report is within what the plugin stores, exports and imports in full (`json`: its compact JSON). */
export function reportSizeProblem(
  report: FitReport,
  json = JSON.stringify(report)
): ReportSizeProblem | null {
  const stickies = reportStickyCount(report)
  if (stickies > MAX_CANVAS_STICKIES) return { limit: 'stickies', count: stickies, max: MAX_CANVAS_STICKIES }
  if (report.links.length > MAX_CANVAS_LINKS)
    return { limit: 'links', count: report.links.length, max: MAX_CANVAS_LINKS }
  const bytes = utf8Length(json)
  if (bytes > MAX_REPORT_BYTES) return { limit: 'bytes', count: bytes, max: MAX_REPORT_BYTES }
  return null
}

/** Cuts `text` into pieces of at most `maxBytes` UTF-8 bytes, never between the two halves of a surrogate pair. */
export function splitUtf8(text: string, maxBytes: number): string[] {
  const pieces: string[] = []
  let start = 0
  let bytes = 0
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i)
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0
    const pair = code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : pair ? 4 : 3
    if (bytes + size > maxBytes) {
      pieces.push(text.slice(start, i))
      start = i
      bytes = 0
    }
    bytes += size
    if (pair) i += 1
  }
  if (start < text.length || pieces.length === 0) pieces.push(text.slice(start))
  return pieces
}

export interface StorageEntry {
  key: DataKey
  /** '' deletes the entry (a piece left over from a larger report). */
  value: string
}

export interface SplitHead {
  /** The report's version: a head written by an older version still names its pieces. */
  schema: (typeof REPORT_SCHEMAS_READ)[number]
  layout: 'split'
  version: number
  parts: number
  chars: number
  hash: string
  checkedAt: string
}

/** The head of a split report, or null when `raw` is not one. */
export function readSplitHead(raw: string): SplitHead | null {
  // A head is small; a whole report is not parsed here.
  if (raw.indexOf('"layout"') < 0) return null
  const head = parseJsonObject(raw, 1000)
  if (!head) return null
  const schema = REPORT_SCHEMAS_READ.find((known) => known === head.schema)
  if (schema === undefined || head.layout !== 'split') return null
  const { version, parts, chars, hash, checkedAt } = head
  if (typeof version !== 'number' || typeof parts !== 'number' || typeof chars !== 'number') return null
  if (!Number.isInteger(parts) || parts < 1 || parts > MAX_REPORT_PARTS) return null
  if (typeof hash !== 'string' || typeof checkedAt !== 'string') return null
  return { schema, layout: 'split', version, parts, chars, hash, checkedAt }
}

export type StoragePlan = { ok: true; entries: StorageEntry[] } | { ok: false; problem: ReportSizeProblem }

/**
 * The entries to write for `report` under `namespace`: the whole report under `report` when it fits one entry,
 * else a head and its pieces. `previous` is what `report` holds now, so pieces of an earlier, larger report that
 * would be left over are deleted. A report beyond the limits gives `{ ok: false }` and nothing to write.
 */
export function planReportStorage(report: FitReport, previous: string, namespace: string): StoragePlan {
  const json = JSON.stringify(report)
  const problem = reportSizeProblem(report, json)
  if (problem) return { ok: false, problem }
  const previousParts = readSplitHead(previous)?.parts ?? 0
  const overhead = utf8Length(namespace) + utf8Length(REPORT_KEY)
  let pieces: string[] = []
  let head = json
  if (utf8Length(json) + overhead > PLUGIN_DATA_LIMIT) {
    pieces = splitUtf8(json, REPORT_PART_BYTES)
    const split: SplitHead = {
      schema: REPORT_SCHEMA,
      layout: 'split',
      version: REPORT_LAYOUT_VERSION,
      parts: pieces.length,
      chars: json.length,
      hash: hashText(json),
      checkedAt: report.checkedAt.slice(0, 100)
    }
    head = JSON.stringify(split)
  }
  const entries: StorageEntry[] = pieces.map((value, i) => ({ key: reportPartKey(i + 1), value }))
  for (let n = pieces.length + 1; n <= previousParts; n += 1)
    entries.push({ key: reportPartKey(n), value: '' })
  entries.push({ key: REPORT_KEY, value: head })
  return { ok: true, entries }
}

export type StoredReportText =
  { ok: true; json: string } | { ok: false; reason: 'missing' | 'incomplete' | 'unknown-layout' }

/**
 * The stored report's JSON text, joined again from its pieces when split (`get` reads one key of the `vpcfit`
 * namespace). What the panel, the exports and other tools (REST API, `plugin_data=shared`) do to read it.
 */
export function readStoredReportText(get: (key: DataKey) => string): StoredReportText {
  const raw = get(REPORT_KEY)
  if (raw === '') return { ok: false, reason: 'missing' }
  const head = readSplitHead(raw)
  if (!head) return { ok: true, json: raw }
  if (head.version > REPORT_LAYOUT_VERSION) return { ok: false, reason: 'unknown-layout' }
  const pieces: string[] = []
  for (let n = 1; n <= head.parts; n += 1) pieces.push(get(reportPartKey(n)))
  const json = pieces.join('')
  if (json.length !== head.chars || hashText(json) !== head.hash) return { ok: false, reason: 'incomplete' }
  return { ok: true, json }
}
