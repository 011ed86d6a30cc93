import { withinUnits } from '../../contract/graphemes'
import { MAX_NAME_CHARS, REJECTED_PAIRS_MAX, STORED_JSON_MAX_CHARS } from '../../contract/limits'
import type { CanvasMeta, EvidenceLevel, FitCardState, LastCheck, Locale } from '../core/types'
import { evidenceJson, parseEvidence } from '../core/evidence/evidence-store'
import { CANVAS_SCHEMA, LOCALES } from '../core/types'
import type { DataKey, PluginDataKey } from '../../contract/plugin-data-keys'
import { LEGACY_PRIVATE_KEYS, PLUGIN_DATA_KEYS, PLUGIN_DATA_NAMESPACE, ROLES } from '../../contract/plugin-data-keys'

export { ROLES }

/** The plugin's data keys (see `contract/plugin-data-keys.ts`): all shared, under `SHARED_NAMESPACE`. */
export const DATA_KEYS = PLUGIN_DATA_KEYS
/** Shared plugin data: readable by other plugins and the REST API (`plugin_data=shared`). */
export const SHARED_NAMESPACE = PLUGIN_DATA_NAMESPACE
export const SHARED_REPORT_KEY = PLUGIN_DATA_KEYS.report

const LEGACY = new Set<string>(LEGACY_PRIVATE_KEYS)

/**
 * The plugin's entry `key` on a node: shared plugin data under `vpcfit`; for a key earlier versions kept private,
 * the private entry when the shared one is empty (boards drawn by those versions). `""` when there is none.
 */
export function getData(node: BaseNode, key: DataKey): string {
  const shared = node.getSharedPluginData(PLUGIN_DATA_NAMESPACE, key)
  if (shared !== '' || !LEGACY.has(key)) return shared
  return node.getPluginData(key)
}

/**
 * Writes the plugin's entry `key` on a node as shared plugin data (`""` deletes it). A private entry an earlier
 * version left under the same key is cleared, so the fallback read never brings an old value back.
 */
export function setData(node: BaseNode, key: DataKey, value: string): void {
  node.setSharedPluginData(PLUGIN_DATA_NAMESPACE, key, value)
  if (LEGACY.has(key) && node.getPluginData(key) !== '') node.setPluginData(key, '')
}

/** Every shared key of the plugin on a node (the history's entries are found by their `history.` prefix). */
export function dataKeysOf(node: BaseNode): string[] {
  return node.getSharedPluginDataKeys(PLUGIN_DATA_NAMESPACE)
}

/**
 * Moves the private entries an earlier version wrote on `root` and everything inside it to shared data (a shared
 * entry already there wins), so the board no longer depends on the plugin id. Returns how many entries moved.
 */
export function moveOldData(root: SceneNode): number {
  const nodes: BaseNode[] = [root]
  if (root.type === 'SECTION' || root.type === 'GROUP') nodes.push(...root.findAllWithCriteria({ pluginData: {} }))
  let moved = 0
  for (const node of nodes) {
    for (const key of node.getPluginDataKeys()) {
      if (!LEGACY.has(key)) continue
      const value = node.getPluginData(key)
      if (node.getSharedPluginData(PLUGIN_DATA_NAMESPACE, key) === '')
        node.setSharedPluginData(PLUGIN_DATA_NAMESPACE, key, value)
      node.setPluginData(key, '')
      moved += 1
    }
  }
  return moved
}

type Searchable = PageNode | SectionNode | GroupNode | FrameNode
type NodeOfType<T extends NodeType> = Extract<SceneNode, { type: T }>

/** A read of the whole page running now (`inOnePass`): its answers to `findWithData`, by types and key. */
interface PagePass {
  page: PageNode
  found: Map<string, SceneNode[]>
  /**
   * Every section, sticky and shape of the page holding any of the plugin's shared entries, in page order, each with
   * its type and its keys (read once in the pass): the pass's queries of those kinds are answered from this one query.
   */
  tagged?: Array<{ node: SceneNode; type: NodeType; keys: ReadonlySet<string> }>
  /** Whether the page holds any private plugin data (asked once, when a key earlier versions kept private is). */
  anyPrivate?: boolean
}

let pass: PagePass | null = null

/**
 * Runs one read of `page` (synchronous, writing nothing) with its plugin-data queries asked once: the canvases'
 * sections are looked up by the canvas list, the canvas structure and the BMC lookup in turn, and each key earlier
 * versions kept private costs a second query of the page. Each query walks the whole page in FigJam, so opening
 * the panel on a 10,000-sticky board asked 18 of them; in one pass the page is asked once for every section, sticky
 * and shape holding any of the plugin's shared entries (a few per canvas), each query of those kinds by key is
 * answered from that list (each node's type and keys read once), and the private entries are looked for once. Outside the
 * pass every query goes to the page, as anything may have changed since.
 */
export function inOnePass<T>(page: PageNode, read: () => T): T {
  if (pass !== null) return read()
  pass = { page, found: new Map() }
  try {
    return read()
  } finally {
    pass = null
  }
}

/**
 * The nodes of `types` under `scope` that hold the entry `key` (shared, or private from an earlier version), each
 * once, through the fast `findAllWithCriteria`. Page order, except that nodes found only by their old private entry
 * come after the others.
 */
export function findWithData<T extends NodeType>(
  scope: Searchable,
  types: T[],
  key: PluginDataKey
): NodeOfType<T>[] {
  const inPass = pass !== null && scope === pass.page ? pass : null
  if (!inPass) return queryWithData(scope, types, key)
  const id = `${types.join(',')}|${key}`
  let found = inPass.found.get(id)
  if (!found) {
    found = queryWithData(scope, types, key, inPass)
    inPass.found.set(id, found)
  }
  // A copy: callers may add to what they get.
  return found.slice() as NodeOfType<T>[]
}

/**
 * The kinds of node the page read asks for by key (canvas and card sections, summary stickies, template, fit card and
 * BMC block shapes). Not texts: a canvas's labels carry roles too (16 per canvas), and the read never asks for them.
 */
const PASS_TYPES: readonly NodeType[] = ['SECTION', 'STICKY', 'SHAPE_WITH_TEXT']

/** The pass's list of the page's tagged nodes of `PASS_TYPES` (asked of the page on first use). */
function taggedIn(inPass: PagePass): NonNullable<PagePass['tagged']> {
  inPass.tagged ??= inPass.page
    .findAllWithCriteria({ types: [...PASS_TYPES], sharedPluginData: { namespace: PLUGIN_DATA_NAMESPACE } })
    .map((node) => ({ node, type: node.type, keys: new Set(node.getSharedPluginDataKeys(PLUGIN_DATA_NAMESPACE)) }))
  return inPass.tagged
}

/** `findWithData` asking the page; in a pass, the old private entries are looked for only when the page has any. */
function queryWithData<T extends NodeType>(
  scope: Searchable,
  types: T[],
  key: PluginDataKey,
  inPass?: PagePass
): NodeOfType<T>[] {
  const found = (
    inPass && types.every((type) => PASS_TYPES.includes(type))
      ? taggedIn(inPass)
          .filter((entry) => entry.keys.has(key) && (types as NodeType[]).includes(entry.type))
          .map((entry) => entry.node)
      : scope.findAllWithCriteria({ types, sharedPluginData: { namespace: PLUGIN_DATA_NAMESPACE, keys: [key] } })
  ) as NodeOfType<T>[]
  if (!LEGACY.has(key)) return found
  if (inPass) {
    // One query for every private entry of the page instead of one per key: a board no earlier version wrote has none.
    inPass.anyPrivate ??= scope.findAllWithCriteria({ pluginData: {} }).length > 0
    if (!inPass.anyPrivate) return found
  }
  const legacy = scope.findAllWithCriteria({ types, pluginData: { keys: [key] } }) as NodeOfType<T>[]
  if (legacy.length === 0) return found
  const seen = new Set(found.map((node) => node.id))
  for (const node of legacy) if (!seen.has(node.id)) found.push(node)
  return found
}

/** Parses JSON written by this plugin; anything else (foreign, corrupted, huge) gives null. */
export function parseStoredJson(raw: string): unknown {
  if (raw === '' || raw.length > STORED_JSON_MAX_CHARS) return null
  try {
    return JSON.parse(raw) as unknown
  } catch {
    return null
  }
}

function stringField(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback
}

/**
 * The `meta` entry of a canvas and its parts: the template's schema and the canvas's language only, so it stays a
 * few bytes whatever the names are and the language always reads back. The names have their own entries.
 */
export function canvasMetaJson(locale: Locale): string {
  return JSON.stringify({ schema: CANVAS_SCHEMA, locale })
}

function isLocaleCode(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

/**
 * Canvas metadata from a section's plugin data (`get` reads one key); broken or foreign data falls back to safe
 * defaults. Canvases drawn before the names had their own entries kept them inside `meta`: those still read, and
 * when such a `meta` is too large to parse, its language is still found.
 */
export function readCanvasMeta(get: (key: PluginDataKey) => string): CanvasMeta {
  const raw = get(DATA_KEYS.meta)
  const parsed = parseStoredJson(raw)
  const record = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {}
  let locale: Locale = isLocaleCode(record.locale) ? record.locale : 'en'
  if (parsed === null && raw.length > STORED_JSON_MAX_CHARS) {
    const found = /"locale"\s*:\s*"(en|sv|da)"/.exec(raw.slice(-200)) ?? /"locale"\s*:\s*"(en|sv|da)"/.exec(raw)
    if (found && isLocaleCode(found[1])) locale = found[1]
  }
  const name = (key: 'segment' | 'product'): string => {
    const own = get(DATA_KEYS[key])
    if (own !== '') return withinUnits(own, MAX_NAME_CHARS)
    return stringField(record[key], '')
  }
  return {
    schema: typeof record.schema === 'number' ? record.schema : CANVAS_SCHEMA,
    locale,
    segment: name('segment'),
    product: name('product')
  }
}

/** Manual checklist ticks: `{ key: true }`; anything malformed reads as no ticks. */
export function readChecks(raw: string): Record<string, boolean> {
  const parsed = parseStoredJson(raw)
  const ticks: Record<string, boolean> = {}
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return ticks
  for (const [key, value] of Object.entries(parsed as Record<string, unknown>)) {
    if (typeof value === 'boolean' && key.length <= 64) ticks[key] = value
  }
  return ticks
}

/** Rejected suggestion pairs (`fromId>toId`); anything malformed reads as none. */
export function readRejected(raw: string): string[] {
  const parsed = parseStoredJson(raw)
  if (!Array.isArray(parsed)) return []
  // Two node ids of up to 64 characters and the separator.
  return parsed.filter((entry): entry is string => typeof entry === 'string' && entry.length <= 129)
}

/** Stores a canvas's manual checklist ticks on its section. */
export function writeChecks(section: BaseNode, ticks: Record<string, boolean>): void {
  setData(section, DATA_KEYS.checks, JSON.stringify(ticks))
}

/** Stores a canvas's rejected suggestion pairs on its section, the newest `REJECTED_PAIRS_MAX` of them. */
export function writeRejected(section: BaseNode, pairs: readonly string[]): void {
  // Plugin data entries are limited to 100 kB.
  setData(section, DATA_KEYS.rejected, JSON.stringify(pairs.slice(-REJECTED_PAIRS_MAX)))
}

/** Stores when a canvas was last checked and what became of its fit card. */
export function writeLastCheck(section: SceneNode, last: LastCheck): void {
  setData(section, DATA_KEYS.lastCheck, JSON.stringify(last))
}

const CARD_STATES: readonly FitCardState[] = ['none', 'drawn', 'off', 'left']

/** The last check of a canvas and its fit card's state; anything malformed reads as never checked. */
export function readLastCheck(raw: string): LastCheck {
  const parsed = parseStoredJson(raw)
  const record = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {}
  const at = record.checkedAt
  const card = CARD_STATES.find((state) => state === record.card) ?? 'none'
  return { checkedAt: typeof at === 'string' && at.length <= 40 && !Number.isNaN(Date.parse(at)) ? at : null, card }
}

/** A canvas's evidence per item, as the snapshot carries it: absent when no item has any. */
export function evidenceOf(node: BaseNode): { evidence?: Record<string, EvidenceLevel> } {
  const raw = getData(node, DATA_KEYS.evidence)
  if (raw === '') return {}
  const evidence = parseEvidence(raw)
  return Object.keys(evidence).length > 0 ? { evidence } : {}
}

/** Stores a canvas's evidence per item on its node (the entry is deleted when no item has any). */
export function writeEvidence(node: BaseNode, levels: Readonly<Record<string, EvidenceLevel>>): void {
  setData(node, DATA_KEYS.evidence, evidenceJson(levels))
}
