import { STORED_JSON_MAX_CHARS } from '../../contract/limits'
import type { CanvasMeta, Locale } from '../core/types'
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
  block: 'block'
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
  imported: 'imported'
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

/** Canvas metadata from plugin data; broken or foreign data falls back to safe defaults. */
export function readCanvasMeta(raw: string): CanvasMeta {
  const parsed = parseStoredJson(raw)
  const record = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {}
  const locale = record.locale
  return {
    schema: typeof record.schema === 'number' ? record.schema : CANVAS_SCHEMA,
    locale: typeof locale === 'string' && (LOCALES as readonly string[]).includes(locale) ? (locale as Locale) : 'en',
    segment: stringField(record.segment, ''),
    product: stringField(record.product, '')
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
