import type { ToMainMessage, ToMainName } from '../../contract/messages'
import { IMPORT_MAX_CHARS, MESSAGE_ID_MAX, MESSAGE_TEXT_MAX } from '../../contract/limits'
import { LOCALES } from '../core/types'

/**
 * Runtime check of every message the panel sends, before main acts on it. The panel is ours,
 * but a message is still outside data: a wrong one must be answered, never half-obeyed.
 */

export type Validation =
  { ok: true; message: ToMainMessage } | { ok: false; error: string; requestId: string | null }

type FieldCheck = (value: unknown) => string | null

const text =
  (max: number): FieldCheck =>
  (value) =>
    typeof value !== 'string'
      ? 'must be text'
      : value.length > max
        ? `must be at most ${max} characters`
        : null

const nodeId: FieldCheck = (value) =>
  typeof value !== 'string' ||
  value.length === 0 ||
  value.length > MESSAGE_ID_MAX ||
  !/^[A-Za-z0-9:;_-]+$/.test(value)
    ? 'must be a node id'
    : null

const nullableNodeId: FieldCheck = (value) => (value === null ? null : nodeId(value))

const locale: FieldCheck = (value) =>
  typeof value === 'string' && (LOCALES as readonly string[]).includes(value) ? null : 'must be en, sv or da'

const nullableLocale: FieldCheck = (value) => (value === null ? null : locale(value))

const boolean: FieldCheck = (value) => (typeof value === 'boolean' ? null : 'must be true or false')

const checkKey: FieldCheck = (value) =>
  typeof value === 'string' && value.length <= MESSAGE_ID_MAX && /^[a-zA-Z.]+$/.test(value)
    ? null
    : 'must be a checklist item key'

const exportFormat: FieldCheck = (value) =>
  value === 'markdown' || value === 'csv' || value === 'json' ? null : 'must be markdown, csv or json'

/** The fields of each message's payload besides `requestId`. */
const SCHEMAS: Record<ToMainName, Record<string, FieldCheck>> = {
  UI_READY: { browserLocale: nullableLocale },
  SELECT_CANVAS: { canvasId: nodeId },
  CHECK_FIT: { canvasId: nullableNodeId },
  INSERT_VPC: { segment: text(MESSAGE_TEXT_MAX), product: text(MESSAGE_TEXT_MAX), locale },
  INSERT_BMC: { locale },
  BMC_SUMMARY: { canvasId: nodeId },
  REPAIR_CANVAS: { canvasId: nodeId },
  FOCUS_NODE: { nodeId },
  SET_CHECK: { canvasId: nodeId, itemKey: checkKey, checked: boolean },
  SET_LOCALE: { locale },
  EXPORT: { canvasId: nodeId, format: exportFormat },
  IMPORT_REPORT: { json: text(IMPORT_MAX_CHARS) },
  ACCEPT_SUGGESTION: { canvasId: nodeId, fromId: nodeId, toId: nodeId },
  REJECT_SUGGESTION: { canvasId: nodeId, fromId: nodeId, toId: nodeId },
  CLOSE_PANEL: {}
}

function isName(value: unknown): value is ToMainName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(SCHEMAS, value)
}

function requestIdOf(payload: unknown): string | null {
  if (typeof payload !== 'object' || payload === null) return null
  const id = (payload as Record<string, unknown>).requestId
  return typeof id === 'string' && id.length > 0 && id.length <= MESSAGE_ID_MAX ? id : null
}

/** Checks a raw `[name, payload]` message against the contract. */
export function validateToMain(raw: unknown): Validation {
  if (!Array.isArray(raw) || raw.length !== 2) {
    return { ok: false, error: 'Message must be [name, payload]', requestId: null }
  }
  const [name, payload] = raw as [unknown, unknown]
  const requestId = requestIdOf(payload)
  if (!isName(name)) {
    return {
      ok: false,
      error: `Unknown message: ${typeof name === 'string' ? name.slice(0, 40) : typeof name}`,
      requestId
    }
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    return { ok: false, error: `${name}: payload must be an object`, requestId }
  }
  if (requestId === null) return { ok: false, error: `${name}: requestId is missing`, requestId }
  const record = payload as Record<string, unknown>
  const schema = SCHEMAS[name]
  for (const [field, check] of Object.entries(schema)) {
    if (!(field in record)) return { ok: false, error: `${name}: ${field} is missing`, requestId }
    const problem = check(record[field])
    if (problem) return { ok: false, error: `${name}: ${field} ${problem}`, requestId }
  }
  for (const field of Object.keys(record)) {
    if (field !== 'requestId' && !(field in schema)) {
      return { ok: false, error: `${name}: unexpected field ${field.slice(0, 40)}`, requestId }
    }
  }
  return { ok: true, message: [name, record] as unknown as ToMainMessage }
}
