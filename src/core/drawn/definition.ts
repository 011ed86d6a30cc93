import { DRAWN_DEFINITION_MAX_CHARS, DRAWN_ID_MAX, DRAWN_NAME_MAX } from '../../../contract/limits'
/**
 * The stored definition of an adopted canvas: written as JSON, read back strictly. Anything that is not a
 * definition this plugin wrote (foreign, hand-edited, truncated) reads as null: the drawing is then simply not
 * adopted, and nothing breaks.
 */
import { parseJsonObject } from '../stored-json'
import type { Locale, ZoneKey } from '../types'
import { LOCALES, ZONE_KEYS } from '../types'
import type { DrawingRoot, DrawnCanvasDef, DrawnZoneDef, ZoneMode } from './types'
import { DRAWN_SCHEMA } from './types'
import type { LabelLocale } from './vocabulary'
import { LABEL_LOCALES } from './vocabulary'

const ROOTS: readonly DrawingRoot[] = ['section', 'group', 'nodes']
const MODES: readonly ZoneMode[] = ['sector', 'box', 'nearest']

/** The definition as stored. */
export function serializeDrawnDef(definition: DrawnCanvasDef): string {
  return JSON.stringify(definition)
}

function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= DRAWN_ID_MAX
}

function zoneDef(value: unknown): DrawnZoneDef | null {
  if (typeof value !== 'object' || value === null) return null
  const record = value as Record<string, unknown>
  const mode = record.mode
  if (!isId(record.label) || typeof mode !== 'string' || !(MODES as readonly string[]).includes(mode))
    return null
  const region = record.region
  const angle = record.angle
  const regionOk = mode === 'nearest' ? region === null : isId(region)
  const angleOk = mode === 'sector' ? typeof angle === 'number' && isFinite(angle) : angle === null
  if (!regionOk || !angleOk) return null
  return {
    label: record.label,
    mode: mode as ZoneMode,
    region: mode === 'nearest' ? null : (region as string),
    angle: mode === 'sector' ? (angle as number) : null
  }
}

function ids(value: unknown): string[] | null {
  if (!Array.isArray(value) || value.length > 1000) return null
  return value.every(isId) ? value : null
}

/** A stored definition, or null when `raw` is anything else. */
export function parseDrawnDef(raw: string): DrawnCanvasDef | null {
  const record = parseJsonObject(raw, DRAWN_DEFINITION_MAX_CHARS)
  if (record === null || record.schema !== DRAWN_SCHEMA) return null
  const root = record.root
  const labelLocale = record.labelLocale
  const locale = record.locale
  if (typeof root !== 'string' || !(ROOTS as readonly string[]).includes(root)) return null
  if (typeof labelLocale !== 'string' || !(LABEL_LOCALES as readonly string[]).includes(labelLocale))
    return null
  if (typeof locale !== 'string' || !(LOCALES as readonly string[]).includes(locale)) return null
  const text = (value: unknown): string | null =>
    typeof value === 'string' && value.length <= DRAWN_NAME_MAX ? value : null
  const segment = text(record.segment)
  const product = text(record.product)
  const nodes = ids(record.nodes)
  const dividers = ids(record.dividers)
  const rows = record.rows === undefined ? undefined : ids(record.rows)
  const margin = record.margin
  const marginOk = margin === undefined || (typeof margin === 'number' && margin > 0 && margin <= 1)
  if (segment === null || product === null || nodes === null || dividers === null || rows === null || !marginOk)
    return null
  const zonesRecord = record.zones
  if (typeof zonesRecord !== 'object' || zonesRecord === null) return null
  const zones = {} as Record<ZoneKey, DrawnZoneDef>
  for (const zone of ZONE_KEYS) {
    const def = zoneDef((zonesRecord as Record<string, unknown>)[zone])
    if (!def) return null
    zones[zone] = def
  }
  return {
    schema: DRAWN_SCHEMA,
    root: root as DrawingRoot,
    nodes,
    labelLocale: labelLocale as LabelLocale,
    locale: locale as Locale,
    segment,
    product,
    zones,
    dividers,
    ...(rows ? { rows } : {}),
    ...(typeof margin === 'number' ? { margin } : {})
  }
}

/** Every node id a definition refers to: labels, region shapes, dividers and (loose drawings) its nodes. */
export function definitionNodeIds(definition: DrawnCanvasDef): string[] {
  const all = new Set<string>(definition.nodes)
  for (const zone of ZONE_KEYS) {
    const def = definition.zones[zone]
    all.add(def.label)
    if (def.region !== null) all.add(def.region)
  }
  for (const id of definition.dividers) all.add(id)
  return Array.from(all)
}
