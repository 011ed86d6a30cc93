import { IMPORT_MAX_CHARS, IMPORT_MAX_ID, IMPORT_MAX_ITEMS, IMPORT_MAX_TEXT } from '../../../contract/limits'
import type { FitBand, FitReport, LinkKind, Locale, ReportItem, ReportLink, ZoneKey } from '../types'
import { CUSTOMER_ZONES, LOCALES, REPORT_SCHEMA, ZONE_KEYS } from '../types'

export { IMPORT_MAX_CHARS, IMPORT_MAX_ITEMS, IMPORT_MAX_TEXT }

export type ParseReportResult =
  | { ok: true; report: FitReport; /** What was dropped or repaired, in plain English. */ notes: string[] }
  | { ok: false; error: string }

const BANDS: FitBand[] = ['weak', 'target', 'strong']
const KINDS: LinkKind[] = ['relieves', 'creates', 'serves', 'invalid']

/** Thrown inside the parser only; becomes `{ ok: false, error }`. */
class Invalid extends Error {}

function fail(message: string): never {
  throw new Invalid(message)
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function kindOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'an object'
  if (typeof value === 'string') return 'text'
  return `a ${typeof value}`
}

function field(object: Record<string, unknown>, key: string, path: string): unknown {
  if (!Object.prototype.hasOwnProperty.call(object, key)) fail(`${path}${key} is missing.`)
  return object[key]
}

function objectAt(object: Record<string, unknown>, key: string, path: string): Record<string, unknown> {
  const value = field(object, key, path)
  if (!isObject(value)) fail(`${path}${key} must be an object, not ${kindOf(value)}.`)
  return value
}

function listAt(object: Record<string, unknown>, key: string, path: string): unknown[] {
  const value = field(object, key, path)
  if (!Array.isArray(value)) fail(`${path}${key} must be a list, not ${kindOf(value)}.`)
  return value
}

function text(value: unknown, where: string, max: number): string {
  if (typeof value !== 'string') fail(`${where} must be text, not ${kindOf(value)}.`)
  if (value.length > max) fail(`${where} is too long (${value.length} characters, at most ${max}).`)
  return value
}

function id(value: unknown, where: string): string {
  const result = text(value, where, IMPORT_MAX_ID)
  if (result === '') fail(`${where} must not be empty.`)
  return result
}

function integer(value: unknown, where: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value))
    fail(`${where} must be a whole number, not ${kindOf(value)}.`)
  if (value < min || value > max) fail(`${where} must be between ${min} and ${max}, not ${value}.`)
  return value
}

function oneOf<T extends string>(value: unknown, options: readonly T[], where: string): T {
  if (typeof value !== 'string' || (options as readonly string[]).indexOf(value) < 0) {
    fail(`${where} must be one of ${options.map((o) => `"${o}"`).join(', ')}.`)
  }
  return value as T
}

function item(value: unknown, where: string): ReportItem {
  if (!isObject(value)) fail(`${where} must be an object, not ${kindOf(value)}.`)
  const path = `${where}.`
  return {
    id: id(field(value, 'id', path), `${path}id`),
    text: text(field(value, 'text', path), `${path}text`, IMPORT_MAX_TEXT),
    rank: integer(field(value, 'rank', path), `${path}rank`, 1, IMPORT_MAX_ITEMS),
    weight: integer(field(value, 'weight', path), `${path}weight`, 0, 1000000),
    votes: integer(field(value, 'votes', path), `${path}votes`, 0, 1000000)
  }
}

function parse(source: string): { report: FitReport; notes: string[] } {
  if (source.length > IMPORT_MAX_CHARS) {
    fail(`The file is too large (${source.length} characters, at most ${IMPORT_MAX_CHARS}).`)
  }
  let root: unknown
  try {
    root = JSON.parse(source) as unknown
  } catch (error) {
    fail(`This is not JSON: ${error instanceof Error ? error.message : String(error)}`)
  }
  if (!isObject(root)) fail(`The file must hold a ${REPORT_SCHEMA} report object, not ${kindOf(root)}.`)
  if (!Object.prototype.hasOwnProperty.call(root, 'schema'))
    fail(`This is not a ${REPORT_SCHEMA} report: schema is missing.`)
  if (root.schema !== REPORT_SCHEMA) {
    fail(`Unsupported schema ${JSON.stringify(root.schema)}: this plugin reads "${REPORT_SCHEMA}".`)
  }

  const canvasIn = objectAt(root, 'canvas', '')
  const canvas = {
    id: id(field(canvasIn, 'id', 'canvas.'), 'canvas.id'),
    segment: text(field(canvasIn, 'segment', 'canvas.'), 'canvas.segment', IMPORT_MAX_TEXT),
    product: text(field(canvasIn, 'product', 'canvas.'), 'canvas.product', IMPORT_MAX_TEXT),
    locale: oneOf<Locale>(field(canvasIn, 'locale', 'canvas.'), LOCALES, 'canvas.locale')
  }

  const zonesIn = objectAt(root, 'zones', '')
  for (const key of Object.keys(zonesIn)) {
    if ((ZONE_KEYS as readonly string[]).indexOf(key) < 0) fail(`zones.${key} is not a zone of the canvas.`)
  }
  const unplacedIn = listAt(root, 'unplaced', '')
  let count = unplacedIn.length
  for (const zone of ZONE_KEYS) {
    const list = listAt(zonesIn, zone, 'zones.')
    count += list.length
  }
  if (count > IMPORT_MAX_ITEMS) fail(`Too many stickies (${count}, at most ${IMPORT_MAX_ITEMS}).`)

  const zones = {} as Record<ZoneKey, ReportItem[]>
  const seen = new Set<string>()
  const unique = (entry: ReportItem, where: string): ReportItem => {
    if (seen.has(entry.id)) fail(`${where}.id "${entry.id}" is used by more than one sticky.`)
    seen.add(entry.id)
    return entry
  }
  for (const zone of ZONE_KEYS) {
    zones[zone] = listAt(zonesIn, zone, 'zones.').map((entry, i) =>
      unique(item(entry, `zones.${zone}[${i}]`), `zones.${zone}[${i}]`)
    )
  }
  const unplaced = unplacedIn.map((entry, i) => unique(item(entry, `unplaced[${i}]`), `unplaced[${i}]`))

  const notes: string[] = []
  const links: ReportLink[] = []
  let dropped = 0
  listAt(root, 'links', '').forEach((entry, i) => {
    const where = `links[${i}]`
    if (!isObject(entry)) fail(`${where} must be an object, not ${kindOf(entry)}.`)
    const link: ReportLink = {
      from: id(field(entry, 'from', `${where}.`), `${where}.from`),
      to: id(field(entry, 'to', `${where}.`), `${where}.to`),
      kind: oneOf<LinkKind>(field(entry, 'kind', `${where}.`), KINDS, `${where}.kind`)
    }
    if (seen.has(link.from) && seen.has(link.to)) links.push(link)
    else dropped++
  })
  if (dropped > 0)
    notes.push(`${dropped} link(s) pointed at stickies that are not in the file and were left out.`)

  const fitIn = objectAt(root, 'fit', '')
  const coverageIn = objectAt(fitIn, 'coverage', 'fit.')
  const coverage = {} as FitReport['fit']['coverage']
  for (const zone of CUSTOMER_ZONES) {
    coverage[zone] = integer(field(coverageIn, zone, 'fit.coverage.'), `fit.coverage.${zone}`, 0, 100)
  }
  const ids = (key: 'unaddressed' | 'orphans'): string[] => {
    const list = listAt(fitIn, key, 'fit.').map((entry, i) => id(entry, `fit.${key}[${i}]`))
    const known = list.filter((entry) => seen.has(entry))
    if (known.length < list.length) {
      notes.push(
        `${list.length - known.length} id(s) in fit.${key} are not stickies in the file and were left out.`
      )
    }
    return known
  }
  const fit = {
    score: integer(field(fitIn, 'score', 'fit.'), 'fit.score', 0, 100),
    band: oneOf<FitBand>(field(fitIn, 'band', 'fit.'), BANDS, 'fit.band'),
    coverage,
    unaddressed: ids('unaddressed'),
    orphans: ids('orphans')
  }

  const checkedAt = text(field(root, 'checkedAt', ''), 'checkedAt', 100)
  if (!/^\d{4}-\d{2}-\d{2}T/.test(checkedAt) || isNaN(Date.parse(checkedAt))) {
    fail(
      `checkedAt must be a date and time like "2026-11-23T10:00:00.000Z", not ${JSON.stringify(checkedAt)}.`
    )
  }

  return {
    report: { schema: REPORT_SCHEMA, canvas, zones, unplaced, links, fit, checkedAt },
    notes
  }
}

/**
 * Reads an exported `vpcfit/1` report back, checking every field: the schema, each field's type and range, all
 * six zones, unique sticky ids, at most 2,000 stickies, 2 MB of text and 10,000 characters per sticky. Links and
 * fit ids that point at stickies not in the file are dropped, with a note. Fields outside the schema are ignored.
 * Errors are short English sentences that name the field (`zones.pains[2].rank must be a whole number, not text.`).
 */
export function parseReportJson(source: string): ParseReportResult {
  if (typeof source !== 'string')
    return { ok: false, error: `Expected the file's text, not ${kindOf(source)}.` }
  try {
    const { report, notes } = parse(source)
    return { ok: true, report, notes }
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, error: error.message }
    throw error
  }
}
