import { MAX_NAME_CHARS, REJECTED_PAIRS_MAX, STORED_JSON_MAX_CHARS } from '../../contract/limits'
import type { CanvasMeta, FitCardState, LastCheck, Locale } from '../core/types'
import { CANVAS_SCHEMA, LOCALES } from '../core/types'

/**
 * Plugin data written on the nodes this plugin draws. `role` is its own key so that
 * `findAllWithCriteria({ pluginData: { keys: ['role'] } })` finds every part in one call.
 */
export const DATA_KEYS = {
  role: 'role',
  meta: 'meta',
  checks: 'checks',
  rejected: 'rejected',
  summary: 'summary',
  block: 'block',
  /** The segment name, in full, on the canvas's section (plain text, not JSON). */
  segment: 'segment',
  /** The offer's name, in full, on the canvas's section (plain text, not JSON). */
  product: 'product',
  lastCheck: 'lastCheck',
  card: 'card'
} as const

/** Shared plugin data: readable by other plugins and the REST API (`plugin_data=shared`). */
export const SHARED_NAMESPACE = 'vpcfit'
export const SHARED_REPORT_KEY = 'report'

export const ROLES = {
  canvas: 'vpc-canvas',
  valueMap: 'value-map',
  customerProfile: 'customer-profile',
  divider: 'divider',
  text: 'vpc-text',
  bmc: 'bmc-canvas',
  bmcBlock: 'bmc-block',
  bmcText: 'bmc-text',
  summary: 'bmc-summary',
  imported: 'imported',
  fitCard: 'fit-card'
} as const


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
export function readCanvasMeta(get: (key: string) => string): CanvasMeta {
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
    if (own !== '') return own.slice(0, MAX_NAME_CHARS)
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
  section.setPluginData(DATA_KEYS.checks, JSON.stringify(ticks))
}

/** Stores a canvas's rejected suggestion pairs on its section, the newest `REJECTED_PAIRS_MAX` of them. */
export function writeRejected(section: BaseNode, pairs: readonly string[]): void {
  // Plugin data entries are limited to 100 kB.
  section.setPluginData(DATA_KEYS.rejected, JSON.stringify(pairs.slice(-REJECTED_PAIRS_MAX)))
}

/** Stores when a canvas was last checked and what became of its fit card. */
export function writeLastCheck(section: SectionNode, last: LastCheck): void {
  section.setPluginData(DATA_KEYS.lastCheck, JSON.stringify(last))
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
