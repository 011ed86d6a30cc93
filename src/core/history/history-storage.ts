/**
 * How a canvas's history is stored: shared plugin data (namespace `vpcfit`) on the canvas's section, one entry per
 * version, so two people keeping versions at once write different keys and neither loses the other's.
 *
 * - `history.<id>`: the version's compact JSON (`Version`, see `contract/history.ts`), when it fits one entry;
 * - else `history.<id>` holds a small head `{"layout":"split","parts":N,"chars":L,"hash":"8 hex digits"}` and the
 *   JSON text is cut into `history.<id>.1` … `history.<id>.N` (at most `REPORT_PART_BYTES` UTF-8 bytes each).
 *
 * A version whose `canvas` is not the section's own id came with a copy of the canvas: it is not this canvas's
 * history, and its entries are deleted at the copy's first check.
 */
import * as v from 'valibot'
import type { Version } from '../../../contract/history'
import type { HistoryKey } from '../../../contract/plugin-data-keys'
import { VersionSchema } from '../../../contract/history'
import { PLUGIN_DATA_LIMIT, REPORT_PART_BYTES } from '../../../contract/limits'
import { hashText } from '../hash'
import { parseJsonObject } from '../stored-json'
import type { StorageEntry } from '../report-storage'
import { splitUtf8, utf8Length } from '../report-storage'
import type { KeptVersion } from './keep-version'

const HEAD = /^history\.([0-9a-f]{16})$/

export function historyKey(id: string): HistoryKey {
  return `history.${id}`
}

/** A key read from the node that has the history's prefix. */
const asHistoryKey = (key: string): HistoryKey =>
  key.startsWith('history.') ? (key as HistoryKey) : historyKey(key)

function piecesOf(id: string, keys: readonly string[]): string[] {
  const prefix = `${historyKey(id)}.`
  return keys.filter((key) => key.startsWith(prefix))
}

export interface StoredHistory {
  /** This canvas's versions, in no particular order. */
  versions: Version[]
  /** Keys of entries that are not this canvas's history (a copy's inheritance, broken pieces): deleted at the next write. */
  stale: string[]
  /** Every history key on the section, as read. */
  keys: string[]
}

function parseEntry(
  raw: string,
  id: string,
  keys: readonly string[],
  get: (key: string) => string
): Version | null {
  let json = raw
  if (raw.length < 200 && raw.indexOf('"layout"') >= 0) {
    const record = parseJsonObject(raw, 200)
    if (!record) return null
    const { parts, chars, hash } = record
    if (record.layout !== 'split' || typeof parts !== 'number' || !Number.isInteger(parts) || parts < 1)
      return null
    if (parts > piecesOf(id, keys).length) return null
    const pieces: string[] = []
    for (let n = 1; n <= parts; n += 1) pieces.push(get(`${historyKey(id)}.${n}`))
    json = pieces.join('')
    if (json.length !== chars || hashText(json) !== hash) return null
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(json)
  } catch {
    return null
  }
  const result = v.safeParse(VersionSchema, parsed)
  return result.success && result.output.id === id ? result.output : null
}

/**
 * Reads a section's history (`keys`: its `vpcfit` keys, `get`: one entry). Foreign, broken and incomplete entries
 * are left out and listed as stale; what is left is exactly this canvas's versions.
 */
export function readHistory(
  keys: readonly string[],
  get: (key: string) => string,
  canvasId: string
): StoredHistory {
  const own = keys.filter((key) => key.startsWith('history.'))
  const versions: Version[] = []
  const stale: string[] = []
  const kept = new Set<string>()
  for (const key of own) {
    const id = HEAD.exec(key)?.[1]
    if (id === undefined) continue
    const version = parseEntry(get(key), id, own, get)
    if (version && version.canvas === canvasId) {
      versions.push(version)
      kept.add(key)
    } else stale.push(key, ...piecesOf(id, own))
  }
  // Pieces whose head is gone.
  for (const key of own) {
    if (HEAD.test(key) || stale.includes(key)) continue
    const head = key.slice(0, key.lastIndexOf('.'))
    if (!kept.has(head)) stale.push(key)
  }
  return { versions, stale, keys: own }
}

/** The entries that store one version: whole, or a head and its pieces (`namespace` counts toward the limit). */
function versionEntries(version: Version, namespace: string): StorageEntry[] {
  const json = JSON.stringify(version)
  const key = historyKey(version.id)
  if (utf8Length(json) + utf8Length(namespace) + utf8Length(key) <= PLUGIN_DATA_LIMIT)
    return [{ key, value: json }]
  const pieces = splitUtf8(json, REPORT_PART_BYTES)
  const head = JSON.stringify({
    layout: 'split',
    parts: pieces.length,
    chars: json.length,
    hash: hashText(json)
  })
  const parts: StorageEntry[] = pieces.map((value, i) => ({ key: asHistoryKey(`${key}.${i + 1}`), value }))
  return [...parts, { key, value: head }]
}

/**
 * What to write after `kept` on a section that held `stored`: the versions written again (pieces first, head last),
 * and '' (delete) for every entry of a version that went, of a copy's inheritance, and any piece left over.
 */
export function planHistoryWrite(
  kept: KeptVersion,
  stored: StoredHistory,
  namespace: string
): StorageEntry[] {
  const entries: StorageEntry[] = []
  const deletions = new Set<HistoryKey>(stored.stale.map(asHistoryKey))
  for (const id of kept.removed) {
    deletions.add(historyKey(id))
    for (const key of piecesOf(id, stored.keys)) deletions.add(asHistoryKey(key))
  }
  for (const id of kept.written) {
    const version = kept.versions.find((candidate) => candidate.id === id)
    if (!version) continue
    const written = versionEntries(version, namespace)
    for (const key of piecesOf(id, stored.keys))
      if (!written.some((entry) => entry.key === key)) deletions.add(asHistoryKey(key))
    for (const entry of written) deletions.delete(asHistoryKey(entry.key))
    entries.push(...written)
  }
  return [...[...deletions].map((key) => ({ key, value: '' })), ...entries]
}
