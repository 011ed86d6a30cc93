/**
 * The panel's state travels as a full `STATE` once, then as patches: main sends only what changed since the state
 * the panel holds, numbered, so a panel that missed one asks for a full state again (UI_READY) instead of drifting.
 * Pure functions on plain JSON; both sides import this module and nothing else of each other.
 *
 * A patch is computed on the state's wire form, in which lists of report items do not carry their rank and, when
 * it follows the ranking's own pattern, their weight: a sticky dropped into a zone of a thousand shifts every later
 * rank by one, and the patch stays one item long. `decodeState(encodeState(s))` gives `s` back exactly (tested).
 */

/** A JSON value as the wire carries it. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/**
 * What changed in one value: `s` replaces it; `o` patches some keys of an object (`d`: keys removed); `a` replaces
 * `[start, removed)` of an array with `items` (one splice: what differs between the common head and tail).
 */
export type Patch =
  | { s: Json }
  | { o: { [key: string]: Patch }; d?: string[] }
  | { a: [start: number, removed: number, items: Json[]] }

// ---------------------------------------------------------------------------
// Wire form: report items without their derivable rank and weight
// ---------------------------------------------------------------------------

const ITEM_KEYS = ['id', 'rank', 'text', 'votes', 'weight']

interface ItemLike {
  id: string
  text: string
  rank: number
  weight: number
  votes: number
  /** The stamps by kind, on items that have any. */
  stamps?: { [name: string]: number }
}

function isRecord(value: unknown): value is { [key: string]: unknown } {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isItem(value: unknown): value is ItemLike {
  if (!isRecord(value)) return false
  const keys = Object.keys(value)
  const stamps = value.stamps
  if (stamps !== undefined && !isRecord(stamps)) return false
  if (keys.length !== ITEM_KEYS.length + (stamps === undefined ? 0 : 1)) return false
  return (
    typeof value.id === 'string' &&
    typeof value.text === 'string' &&
    typeof value.rank === 'number' &&
    typeof value.weight === 'number' &&
    typeof value.votes === 'number'
  )
}

/** How the weights of a list follow from position and votes (`x`: they do not; each item carries its own). */
type WeightRule = 'n' | 'v' | '1' | 'x'

function weightRule(items: readonly ItemLike[]): WeightRule {
  const n = items.length
  const fits = (weight: (item: ItemLike, index: number) => number) =>
    items.every((item, index) => item.weight === weight(item, index))
  if (fits((_item, index) => n - index)) return 'n'
  if (fits((item) => 1 + Math.max(0, item.votes))) return 'v'
  if (fits(() => 1)) return '1'
  return 'x'
}

/** Marks an encoded item list; a key no state object uses. */
const LIST = '~items'

const encodedLists = new WeakMap<object, Json>()
const encodedRows = new WeakMap<object, { rule: WeightRule; row: Json }>()

function encodeItems(items: readonly ItemLike[]): Json {
  const cached = encodedLists.get(items)
  if (cached !== undefined) return cached
  let encoded: Json
  if (!items.every((item, index) => item.rank === index + 1)) encoded = items.map((item) => ({ ...item }))
  else {
    const rule = weightRule(items)
    encoded = {
      [LIST]: rule,
      // [id, text, votes], the weight when the rule does not give it, the stamps (5th) when the item has any.
      rows: items.map((item): Json => {
        // One row per item object and rule: an item a refresh left as it was compares equal at once.
        const cachedRow = encodedRows.get(item)
        if (cachedRow?.rule === rule) return cachedRow.row
        const row: Json[] = rule === 'x' || item.stamps ? [item.id, item.text, item.votes, item.weight] : [item.id, item.text, item.votes]
        if (item.stamps) row.push({ ...item.stamps })
        encodedRows.set(item, { rule, row })
        return row
      })
    }
  }
  encodedLists.set(items, encoded)
  return encoded
}

/**
 * Items decoded from each row, with the position and weight they were decoded at: a row a patch did not touch (the
 * same row object) at the same rank and weight gives the same item object back, so the panel redraws only the
 * stickies that changed.
 */
const decodedRows = new WeakMap<object, ItemLike>()

function decodeItems(rule: WeightRule, rows: Json[]): ItemLike[] {
  const n = rows.length
  return rows.map((row, index) => {
    const [id, text, votes, weight, stamps] = row as [string, string, number, number?, { [name: string]: number }?]
    const w = rule === 'n' ? n - index : rule === 'v' ? 1 + Math.max(0, votes) : rule === '1' ? 1 : (weight ?? 0)
    const known = typeof row === 'object' && row !== null ? decodedRows.get(row) : undefined
    if (known && known.rank === index + 1 && known.weight === w) return known
    const item: ItemLike = { id, text, rank: index + 1, weight: w, votes }
    if (stamps !== undefined) item.stamps = { ...stamps }
    if (typeof row === 'object' && row !== null) decodedRows.set(row, item)
    return item
  })
}

/**
 * Notes `value` as what `wire` (its encoding) decodes to, down to each item: the first patch after a full state
 * then keeps the full state's objects for everything it did not change.
 */
function rememberDecoded(wire: Json, value: unknown): void {
  if (typeof wire !== 'object' || wire === null || typeof value !== 'object' || value === null) return
  if (decoded.has(wire)) return
  decoded.set(wire, value)
  if (Array.isArray(wire)) {
    if (!Array.isArray(value)) return
    wire.forEach((entry, index) => rememberDecoded(entry, value[index]))
    return
  }
  const rows = wire.rows
  if (typeof wire[LIST] === 'string' && Array.isArray(rows) && Array.isArray(value)) {
    rows.forEach((row, index) => {
      const item: unknown = value[index]
      if (typeof row === 'object' && row !== null && isItem(item)) decodedRows.set(row, item)
    })
    return
  }
  const record = value as { [key: string]: unknown }
  for (const key of Object.keys(wire)) rememberDecoded(wire[key] as Json, record[key])
}

/**
 * The wire form of a state (or any plain value): item lists compacted, everything else as is. Lists are encoded
 * once each (by identity): main hands over the same list objects for what did not change, and the patch then
 * skips them at once. Nothing that was encoded may be modified afterwards.
 */
export function encodeState(value: unknown): Json {
  if (Array.isArray(value)) {
    // Looked up first: a list sent before costs nothing, however long it is.
    const cached = encodedLists.get(value)
    if (cached !== undefined) return cached
    if (value.length > 0 && value.every(isItem)) return encodeItems(value)
    // A list of plain values (ids, questions) is its own wire form.
    const encoded = value.every((entry) => typeof entry !== 'object' || entry === null)
      ? (value as Json[])
      : value.map(encodeState)
    encodedLists.set(value, encoded)
    return encoded
  }
  if (isRecord(value)) {
    const out: { [key: string]: Json } = {}
    for (const key of Object.keys(value)) out[key] = encodeState(value[key])
    return out
  }
  return value as Json
}

/** The state back from its wire form. */
export function decodeState<T>(wire: Json): T {
  return decode(wire) as T
}

/** Decoded wire values: a patch shares what it did not change, so decoding after it redoes only the change. */
const decoded = new WeakMap<object, unknown>()

function decode(wire: Json): unknown {
  if (typeof wire !== 'object' || wire === null) return wire
  const cached = decoded.get(wire)
  if (cached !== undefined) return cached
  let out: unknown
  if (Array.isArray(wire)) out = wire.map(decode)
  else {
    const rule = wire[LIST]
    if (typeof rule === 'string' && Array.isArray(wire.rows)) out = decodeItems(rule as WeightRule, wire.rows)
    else {
      const record: { [key: string]: unknown } = {}
      for (const key of Object.keys(wire)) record[key] = decode(wire[key] as Json)
      out = record
    }
  }
  decoded.set(wire, out)
  return out
}

// ---------------------------------------------------------------------------
// Patches
// ---------------------------------------------------------------------------

function equal(a: Json, b: Json): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) if (!equal(a[i] as Json, b[i] as Json)) return false
    return true
  }
  if (Array.isArray(b)) return false
  const keys = Object.keys(a)
  if (keys.length !== Object.keys(b).length) return false
  for (const key of keys) {
    if (!(key in b) || !equal(a[key] as Json, b[key] as Json)) return false
  }
  return true
}

/** What turns `before` into `after`, or null when they are equal. */
export function diff(before: Json, after: Json): Patch | null {
  if (before === after) return null
  if (Array.isArray(before) && Array.isArray(after)) return diffArray(before, after)
  if (isRecord(before) && isRecord(after)) {
    const o: { [key: string]: Patch } = {}
    const d: string[] = []
    let changed = false
    for (const key of Object.keys(after)) {
      const patch = key in before ? diff(before[key] as Json, after[key] as Json) : { s: after[key] as Json }
      if (patch) {
        o[key] = patch
        changed = true
      }
    }
    for (const key of Object.keys(before)) {
      if (!(key in after)) {
        d.push(key)
        changed = true
      }
    }
    if (!changed) return null
    // An item list whose weight rule changed is sent whole: its rows alone would decode wrongly.
    if (LIST in o) return { s: after }
    return d.length > 0 ? { o, d } : { o }
  }
  return equal(before, after) ? null : { s: after }
}

function diffArray(before: Json[], after: Json[]): Patch | null {
  let head = 0
  const shorter = Math.min(before.length, after.length)
  while (head < shorter && equal(before[head] as Json, after[head] as Json)) head++
  if (head === before.length && head === after.length) return null
  let tail = 0
  while (
    tail < shorter - head &&
    equal(before[before.length - 1 - tail] as Json, after[after.length - 1 - tail] as Json)
  )
    tail++
  // One element changed in place: patch inside it rather than resend it.
  if (before.length === after.length && before.length - head - tail === 1) {
    const inner = diff(before[head] as Json, after[head] as Json)
    if (inner && !('s' in inner)) return { o: { [String(head)]: inner } }
  }
  return { a: [head, before.length - head - tail, after.slice(head, after.length - tail)] }
}

/** `value` with `patch` applied; unchanged parts are shared with `value`, nothing is modified in place. */
export function applyPatch(value: Json, patch: Patch): Json {
  if ('s' in patch) return patch.s
  if ('a' in patch) {
    if (!Array.isArray(value)) throw new Error('patch: splice on a value that is not a list')
    const [start, removed, items] = patch.a
    return [...value.slice(0, start), ...items, ...value.slice(start + removed)]
  }
  if (Array.isArray(value)) {
    const copy = value.slice()
    for (const key of Object.keys(patch.o)) {
      const index = Number(key)
      if (!Number.isInteger(index) || index < 0 || index >= copy.length) throw new Error('patch: no such list entry')
      copy[index] = applyPatch(copy[index] as Json, patch.o[key] as Patch)
    }
    return copy
  }
  if (!isRecord(value)) throw new Error('patch: keys on a value that is not an object')
  const copy: { [key: string]: Json } = { ...value }
  for (const key of Object.keys(patch.o)) copy[key] = applyPatch((copy[key] ?? null), patch.o[key] as Patch)
  for (const key of patch.d ?? []) delete copy[key]
  return copy
}

/** Whether a value has a patch's shape (the panel checks what it is sent). */
export function isPatch(value: unknown): value is Patch {
  if (!isRecord(value)) return false
  if ('s' in value) return Object.keys(value).length === 1
  if ('a' in value) {
    const a = value.a
    return (
      Array.isArray(a) &&
      a.length === 3 &&
      Number.isInteger(a[0]) &&
      Number.isInteger(a[1]) &&
      (a[0] as number) >= 0 &&
      (a[1] as number) >= 0 &&
      Array.isArray(a[2])
    )
  }
  if (!isRecord(value.o)) return false
  if (value.d !== undefined && !(Array.isArray(value.d) && value.d.every((k) => typeof k === 'string'))) return false
  return Object.values(value.o).every(isPatch)
}

// ---------------------------------------------------------------------------
// Both ends of the stream
// ---------------------------------------------------------------------------

/** A state patch as it travels: it turns the state numbered `base` into the one numbered `version`. */
export interface StatePatch {
  base: number
  version: number
  patch: Patch
}

/**
 * Main's end: numbers the states it sends and turns each one after the first into a patch against the last one
 * sent. `reset` starts over with a full state (the panel opened again, or asked after a gap).
 */
export class StateSender<S extends { version: number }> {
  private sent: Json | null = null
  private version = 0

  reset(): void {
    this.sent = null
  }

  /** The number of the last state sent (0 before the first). */
  get current(): number {
    return this.version
  }

  /** What to post for `state` (its `version` is set here): the full state, a patch, or null when nothing changed. */
  next(state: Omit<S, 'version'>): { full: S } | { patch: StatePatch } | null {
    const wire = encodeState(state)
    if (this.sent === null) {
      this.sent = wire
      this.version += 1
      return { full: { ...state, version: this.version } as S }
    }
    const patch = diff(this.sent, wire)
    if (!patch) return null
    this.sent = wire
    const base = this.version
    this.version += 1
    return { patch: { base, version: this.version, patch } }
  }
}

/**
 * The panel's end: the state as of the last full state and the patches after it. A patch for another base than
 * the state held (one was missed, or came twice) is a gap: the panel asks for a full state and ignores patches
 * until it comes.
 */
export class StateFollower<S extends { version: number }> {
  private wire: Json | null = null
  private current: S | null = null

  get state(): S | null {
    return this.current
  }

  full(state: S): S {
    const { version: _version, ...rest } = state
    this.wire = encodeState(rest)
    rememberDecoded(this.wire, rest)
    this.current = state
    return state
  }

  /** The state after `patch`, or null after a gap (then ask for a full state). */
  apply(patch: StatePatch): S | null {
    if (this.wire === null || this.current === null || patch.base !== this.current.version) {
      this.wire = null
      this.current = null
      return null
    }
    try {
      this.wire = applyPatch(this.wire, patch.patch)
    } catch {
      this.wire = null
      this.current = null
      return null
    }
    this.current = { ...decodeState<Omit<S, 'version'>>(this.wire), version: patch.version } as S
    return this.current
  }
}
