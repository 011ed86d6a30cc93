import { firstGraphemes, graphemeCount } from '../../../contract/graphemes'
import * as v from 'valibot'
import {
  IMPORT_MAX_CHARS,
  IMPORT_MAX_ITEMS,
  IMPORT_MAX_TEXT,
  IMPORT_QUOTE_MAX
} from '../../../contract/limits'
import { ImportFileSchema, problemOfMessage } from '../../../contract/report-file'
import type { ImportFile, ImportProblem, ProblemFacts } from '../../../contract/report-file'
import { reportSizeProblem } from '../report-storage'
import type { EvidenceReport, FitReport, MessageRef, ReportItem, ReportLink, ZoneKey } from '../types'
import { REPORT_SCHEMA, ZONE_KEYS, noEvidence } from '../types'

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

type Issue = v.InferIssue<typeof ImportFileSchema>

function problem(code: ImportProblem, params: ProblemFacts = {}): ImportMessage {
  return { key: `import.${code}`, params }
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

/** At most `IMPORT_QUOTE_MAX` characters of `text`, cut with "…" (never inside a character or an emoji). */
function cut(text: string): string {
  if (graphemeCount(text) <= IMPORT_QUOTE_MAX) return text
  return `${firstGraphemes(text, IMPORT_QUOTE_MAX - 1)}…`
}

/** A value from the file as its sentence quotes it: JSON for text, numbers and the like; lists and objects by shape. */
function quote(value: unknown): string {
  if (Array.isArray(value)) return '[…]'
  if (typeof value === 'object' && value !== null) return '{…}'
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null)
    return cut(JSON.stringify(value))
  return kindOf(value)
}

const NAME = /^[A-Za-z_$][\w$]*$/u

/** The path of a field as written in the file: `zones.pains[2].rank`, `evidence.items["1:79"]`. */
function pathOf(keys: readonly unknown[]): string {
  let path = ''
  for (const key of keys) {
    if (typeof key === 'number') path += `[${key}]`
    else if (typeof key === 'string' && NAME.test(key)) path += path === '' ? key : `.${key}`
    else path += `[${quote(String(key))}]`
  }
  return path
}

const OBJECT_SCHEMAS = new Set(['object', 'loose_object', 'strict_object'])

/** The first issue valibot found, as the problem the user reads. */
function problemOf(issue: Issue): ImportMessage {
  const keys = (issue.path ?? []).map((item) => item.key)
  const field = pathOf(keys)
  const last = issue.path?.[issue.path.length - 1]
  const decoded = problemOfMessage(issue.message)
  const code = decoded?.code
  const facts = decoded?.facts ?? {}
  // A key the object lacks; a key a strict object does not have is `never` expected, a key someone added.
  const missing =
    OBJECT_SCHEMAS.has(issue.type) &&
    last?.origin === 'key' &&
    issue.expected !== 'never' &&
    code !== 'noSchema'
  if (missing) return problem('missing', { field })
  // Evidence is checked by the stored report's own schema (`contract/evidence.ts`), whose messages are its own.
  if (keys[0] === 'evidence') return problem('badEvidence', { field })
  const input: unknown = issue.input
  switch (code) {
    case 'notFileText':
    case 'notReport':
      return problem(code, { ...facts, kind: kindOf(input) })
    case 'tooLarge':
      return problem(code, { ...facts, length: typeof input === 'string' ? input.length : 0 })
    case 'notJson':
    case 'noSchema':
    case 'tooManyStickies':
    case 'tooManyLinks':
      return problem(code, facts)
    case 'wrongSchema':
      return problem(code, { ...facts, found: quote(input) })
    case 'notObject':
    case 'notList':
    case 'notText':
    case 'notWhole':
      return problem(code, { field, kind: kindOf(input) })
    case 'tooLong':
      return problem(code, { ...facts, field, length: typeof input === 'string' ? input.length : 0 })
    case 'outOfRange':
      return problem(code, { ...facts, field, value: typeof input === 'number' ? input : quote(input) })
    case 'notOneOf':
      return problem(code, { ...facts, field })
    case 'notDate':
      return problem(code, { field, value: quote(input) })
    case 'notZone':
    case 'empty':
    case 'notColour':
      return problem(code, { field })
    default:
      // A check without a code of its own (a field the report gained): the field, never valibot's English.
      return problem('badField', { field })
  }
}

/** Thrown inside the semantic checks only; becomes `{ ok: false, problem }`. */
class Invalid extends Error {
  constructor(readonly problem: ImportMessage) {
    super(problem.key)
  }
}

/**
 * What no single field can check: each sticky id used once, links and fit ids that point at stickies not in the
 * file (left out, with a note), evidence of those stickies only, and the report's size as the check and the export
 * limit it. A `vpcfit/1` file is a report with no evidence yet.
 */
function reportOf(file: ImportFile): { report: FitReport; notes: ImportMessage[] } {
  const seen = new Set<string>()
  const unique = (entry: ReportItem, where: string): ReportItem => {
    if (seen.has(entry.id))
      throw new Invalid(problem('duplicateId', { field: `${where}.id`, id: cut(entry.id) }))
    seen.add(entry.id)
    return entry
  }
  const zones = {} as Record<ZoneKey, ReportItem[]>
  for (const zone of ZONE_KEYS)
    zones[zone] = file.zones[zone].map((entry, i) => unique(entry, `zones.${zone}[${i}]`))
  const unplaced = file.unplaced.map((entry, i) => unique(entry, `unplaced[${i}]`))

  const notes: ImportMessage[] = []
  const links: ReportLink[] = file.links.filter((link) => seen.has(link.from) && seen.has(link.to))
  if (links.length < file.links.length)
    notes.push({ key: 'import.note.droppedLinks', params: { count: file.links.length - links.length } })
  const known = (key: 'unaddressed' | 'orphans'): string[] => {
    const list = file.fit[key]
    const kept = list.filter((entry) => seen.has(entry))
    if (kept.length < list.length)
      notes.push({
        key: 'import.note.droppedIds',
        params: { count: list.length - kept.length, field: `fit.${key}` }
      })
    return kept
  }
  const fit = { ...file.fit, unaddressed: known('unaddressed'), orphans: known('orphans') }

  let evidence: EvidenceReport = noEvidence()
  if (file.schema === REPORT_SCHEMA) {
    const items: EvidenceReport['items'] = {}
    for (const [key, level] of Object.entries(file.evidence.items)) if (seen.has(key)) items[key] = level
    evidence = { items, fit: file.evidence.fit, tests: file.evidence.tests }
  }

  const report: FitReport = {
    schema: REPORT_SCHEMA,
    canvas: file.canvas,
    zones,
    unplaced,
    links,
    fit,
    evidence,
    checkedAt: file.checkedAt
  }
  // The same limit the check and the export apply, so the import takes exactly what an export can write.
  const size = reportSizeProblem(report)
  if (size?.limit === 'bytes')
    throw new Invalid(problem('reportTooLarge', { length: size.count, max: size.max }))
  return { report, notes }
}

/**
 * Reads an exported report back (`vpcfit/2`, or a `vpcfit/1` one as having no evidence yet) with the import file's
 * schema (`contract/report-file.ts`): the schema, each field's type and range, all six zones, and the limits an
 * export keeps (`contract/limits.ts`: 5,000 stickies, 5,000 links, 4.5 MB of report, 30,000-character names), so
 * every file an export writes reads back; optional colours. Then unique sticky ids; links and fit ids that point at
 * stickies not in the file are dropped, with a note. Fields outside the schema are ignored. Problems are catalog
 * keys with parameters naming the field (`import.notWhole`, `zones.pains[2].rank`, `text`).
 */
export function parseReportJson(source: string): ParseReportResult {
  const parsed = v.safeParse(ImportFileSchema, source, { abortEarly: true })
  if (!parsed.success) return { ok: false, problem: problemOf(parsed.issues[0]) }
  try {
    const { report, notes } = reportOf(parsed.output)
    return { ok: true, report, notes }
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, problem: error.problem }
    throw error
  }
}
