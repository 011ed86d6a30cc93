import {
  IMPORT_MAX_CHARS,
  IMPORT_MAX_ID,
  IMPORT_MAX_ITEMS,
  IMPORT_MAX_LINKS,
  IMPORT_MAX_TEXT,
  MAX_NAME_CHARS
} from '../../../contract/limits'
import { reportSizeProblem } from '../report-storage'
import type {
  FitBand,
  FitReport,
  LinkKind,
  Locale,
  MessageRef,
  ReportItem,
  ReportLink,
  ZoneKey
} from '../types'
import * as v from 'valibot'
import { EvidenceReportSchema } from '../../../contract/evidence'
import { CUSTOMER_ZONES, LOCALES, REPORT_SCHEMA, REPORT_SCHEMAS_READ, ZONE_KEYS, noEvidence } from '../types'
import type { EvidenceReport } from '../types'

export { IMPORT_MAX_CHARS, IMPORT_MAX_ITEMS, IMPORT_MAX_TEXT }

/**
 * What the parser found, as catalog keys (`import.*`) with parameters: field paths, numbers and the kind of value
 * found (`kind`: null, list, object, text, number, boolean or other). Main turns them into sentences in the
 * user's language; the parser holds no text.
 */
export type ImportMessage = MessageRef

export type ParseReportResult =
  | { ok: true; report: FitReport; /** What was dropped or repaired. */ notes: ImportMessage[] }
  | { ok: false; problem: ImportMessage }

const BANDS: FitBand[] = ['weak', 'target', 'strong']
const KINDS: LinkKind[] = ['relieves', 'creates', 'serves', 'invalid']

/** Thrown inside the parser only; becomes `{ ok: false, problem }`. */
class Invalid extends Error {
  constructor(readonly problem: ImportMessage) {
    super(problem.key)
  }
}

function fail(code: string, params: Record<string, string | number> = {}): never {
  throw new Invalid({ key: `import.${code}`, params })
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The kind of a value, as the catalog names it. */
function kindOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'list'
  if (typeof value === 'object') return 'object'
  if (typeof value === 'string') return 'text'
  if (typeof value === 'number' || typeof value === 'boolean') return typeof value
  return 'other'
}

function field(object: Record<string, unknown>, key: string, path: string): unknown {
  if (!Object.prototype.hasOwnProperty.call(object, key)) fail('missing', { field: `${path}${key}` })
  return object[key]
}

function objectAt(object: Record<string, unknown>, key: string, path: string): Record<string, unknown> {
  const value = field(object, key, path)
  if (!isObject(value)) fail('notObject', { field: `${path}${key}`, kind: kindOf(value) })
  return value
}

function listAt(object: Record<string, unknown>, key: string, path: string): unknown[] {
  const value = field(object, key, path)
  if (!Array.isArray(value)) fail('notList', { field: `${path}${key}`, kind: kindOf(value) })
  return value
}

function text(value: unknown, where: string, max: number): string {
  if (typeof value !== 'string') fail('notText', { field: where, kind: kindOf(value) })
  if (value.length > max) fail('tooLong', { field: where, length: value.length, max })
  return value
}

/** A sticky colour as the export writes it (`#RRGGBB`), upper-cased; absent stays absent. */
function colour(value: unknown, where: string): string | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'string' || !/^#[0-9a-fA-F]{6}$/.test(value)) fail('notColour', { field: where })
  return value.toUpperCase()
}

function id(value: unknown, where: string): string {
  const result = text(value, where, IMPORT_MAX_ID)
  if (result === '') fail('empty', { field: where })
  return result
}

function integer(value: unknown, where: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value))
    fail('notWhole', { field: where, kind: kindOf(value) })
  if (value < min || value > max) fail('outOfRange', { field: where, min, max, value })
  return value
}

function oneOf<T extends string>(value: unknown, options: readonly T[], where: string): T {
  if (typeof value !== 'string' || (options as readonly string[]).indexOf(value) < 0) {
    fail('notOneOf', { field: where, options: options.map((o) => `"${o}"`).join(', ') })
  }
  return value as T
}

function item(value: unknown, where: string): ReportItem {
  if (!isObject(value)) fail('notObject', { field: where, kind: kindOf(value) })
  const path = `${where}.`
  const result: ReportItem = {
    id: id(field(value, 'id', path), `${path}id`),
    text: text(field(value, 'text', path), `${path}text`, IMPORT_MAX_TEXT),
    rank: integer(field(value, 'rank', path), `${path}rank`, 1, IMPORT_MAX_ITEMS),
    weight: integer(field(value, 'weight', path), `${path}weight`, 0, 1000000),
    votes: integer(field(value, 'votes', path), `${path}votes`, 0, 1000000)
  }
  const color = colour(value.color, `${path}color`)
  if (color !== undefined) result.color = color
  return result
}

function parse(source: string): { report: FitReport; notes: ImportMessage[] } {
  if (source.length > IMPORT_MAX_CHARS) {
    fail('tooLarge', { length: source.length, max: IMPORT_MAX_CHARS })
  }
  let root: unknown
  try {
    root = JSON.parse(source) as unknown
  } catch {
    fail('notJson')
  }
  if (!isObject(root)) fail('notReport', { schema: REPORT_SCHEMA, kind: kindOf(root) })
  if (!Object.prototype.hasOwnProperty.call(root, 'schema')) fail('noSchema', { schema: REPORT_SCHEMA })
  if (!(REPORT_SCHEMAS_READ as readonly unknown[]).includes(root.schema)) {
    fail('wrongSchema', { found: String(JSON.stringify(root.schema)).slice(0, 40), schema: REPORT_SCHEMA })
  }

  const canvasIn = objectAt(root, 'canvas', '')
  const canvas = {
    id: id(field(canvasIn, 'id', 'canvas.'), 'canvas.id'),
    segment: text(field(canvasIn, 'segment', 'canvas.'), 'canvas.segment', MAX_NAME_CHARS),
    product: text(field(canvasIn, 'product', 'canvas.'), 'canvas.product', MAX_NAME_CHARS),
    locale: oneOf<Locale>(field(canvasIn, 'locale', 'canvas.'), LOCALES, 'canvas.locale')
  }

  const zonesIn = objectAt(root, 'zones', '')
  for (const key of Object.keys(zonesIn)) {
    if ((ZONE_KEYS as readonly string[]).indexOf(key) < 0) fail('notZone', { field: `zones.${key}` })
  }
  const unplacedIn = listAt(root, 'unplaced', '')
  let count = unplacedIn.length
  for (const zone of ZONE_KEYS) {
    const list = listAt(zonesIn, zone, 'zones.')
    count += list.length
  }
  if (count > IMPORT_MAX_ITEMS) fail('tooManyStickies', { count, max: IMPORT_MAX_ITEMS })

  const zones = {} as Record<ZoneKey, ReportItem[]>
  const seen = new Set<string>()
  const unique = (entry: ReportItem, where: string): ReportItem => {
    if (seen.has(entry.id)) fail('duplicateId', { field: `${where}.id`, id: entry.id.slice(0, 40) })
    seen.add(entry.id)
    return entry
  }
  for (const zone of ZONE_KEYS) {
    zones[zone] = listAt(zonesIn, zone, 'zones.').map((entry, i) =>
      unique(item(entry, `zones.${zone}[${i}]`), `zones.${zone}[${i}]`)
    )
  }
  const unplaced = unplacedIn.map((entry, i) => unique(item(entry, `unplaced[${i}]`), `unplaced[${i}]`))

  const notes: ImportMessage[] = []
  const links: ReportLink[] = []
  let dropped = 0
  const linksIn = listAt(root, 'links', '')
  if (linksIn.length > IMPORT_MAX_LINKS)
    fail('tooManyLinks', { count: linksIn.length, max: IMPORT_MAX_LINKS })
  linksIn.forEach((entry, i) => {
    const where = `links[${i}]`
    if (!isObject(entry)) fail('notObject', { field: where, kind: kindOf(entry) })
    const link: ReportLink = {
      from: id(field(entry, 'from', `${where}.`), `${where}.from`),
      to: id(field(entry, 'to', `${where}.`), `${where}.to`),
      kind: oneOf<LinkKind>(field(entry, 'kind', `${where}.`), KINDS, `${where}.kind`)
    }
    if (seen.has(link.from) && seen.has(link.to)) links.push(link)
    else dropped++
  })
  if (dropped > 0) notes.push({ key: 'import.note.droppedLinks', params: { count: dropped } })

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
      notes.push({
        key: 'import.note.droppedIds',
        params: { count: list.length - known.length, field: `fit.${key}` }
      })
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
    fail('notDate', { field: 'checkedAt', value: JSON.stringify(checkedAt).slice(0, 40) })
  }

  // A `vpcfit/1` file has no evidence yet; a `vpcfit/2` file's evidence keeps only the stickies the file holds.
  let evidence: EvidenceReport = noEvidence()
  if (root.schema === REPORT_SCHEMA) {
    const parsed = v.safeParse(EvidenceReportSchema, field(root, 'evidence', ''))
    if (!parsed.success) {
      const path = v.getDotPath(parsed.issues[0])
      fail('badEvidence', { field: path === null ? 'evidence' : `evidence.${path}` })
    }
    const items: EvidenceReport['items'] = {}
    for (const [key, level] of Object.entries(parsed.output.items)) if (seen.has(key)) items[key] = level
    evidence = { items, fit: parsed.output.fit, tests: parsed.output.tests }
  }

  const report: FitReport = {
    schema: REPORT_SCHEMA,
    canvas,
    zones,
    unplaced,
    links,
    fit,
    evidence,
    checkedAt
  }
  // The same limit the check and the export apply, so the import takes exactly what an export can write.
  const size = reportSizeProblem(report)
  if (size?.limit === 'bytes') fail('reportTooLarge', { length: size.count, max: size.max })
  return { report, notes }
}

/**
 * Reads an exported report back (`vpcfit/2`, or a `vpcfit/1` one as having no evidence yet), checking every field:
 * the schema, each field's type and range, all six zones, unique sticky ids, and the limits an export keeps
 * (`contract/limits.ts`: 5,000 stickies, 5,000 links, 4.5 MB of report, 30,000-character names), so every file an
 * export writes reads back; optional colours. Links and
 * fit ids that point at stickies not in the file are dropped, with a note. Fields outside the schema are ignored.
 * Problems are catalog keys with parameters naming the field (`import.notWhole`, `zones.pains[2].rank`, `text`).
 */
export function parseReportJson(source: string): ParseReportResult {
  if (typeof source !== 'string') {
    return { ok: false, problem: { key: 'import.notFileText', params: { kind: kindOf(source) } } }
  }
  try {
    const { report, notes } = parse(source)
    return { ok: true, report, notes }
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, problem: error.problem }
    throw error
  }
}
