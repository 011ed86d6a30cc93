/**
 * The outside of an import file, and the problem codes of the whole file (`report-file.ts` checks the inside). Its
 * own module so the panel, which checks only the outside before sending a file, bundles nothing more.
 */
import * as v from 'valibot'
import { IMPORT_MAX_CHARS } from './limits'
import { REPORT_SCHEMA, REPORT_SCHEMAS_READ } from './report'

/** What can be wrong with an import file, each a catalog key `import.<code>`. */
export const IMPORT_PROBLEMS = [
  'notFileText',
  'tooLarge',
  'notJson',
  'notReport',
  'noSchema',
  'wrongSchema',
  'missing',
  'badEvidence',
  'badField',
  'notObject',
  'notList',
  'notText',
  'tooLong',
  'empty',
  'notWhole',
  'outOfRange',
  'notOneOf',
  'notZone',
  'notColour',
  'notDate',
  'tooManyStickies',
  'tooManyLinks',
  'duplicateId',
  'reportTooLarge'
] as const
export type ImportProblem = (typeof IMPORT_PROBLEMS)[number]

/** The fixed numbers and words of a problem's sentence, known where the check is defined. */
export type ProblemFacts = Record<string, string | number>

/** A check's message: its problem code and facts, read back by `problemOfMessage`. */
export function problemMessage(code: ImportProblem, facts: ProblemFacts = {}): string {
  return JSON.stringify([code, facts])
}

/** The code and facts of a message `problemMessage` wrote; null for any other message (valibot's own). */
export function problemOfMessage(message: string): { code: ImportProblem; facts: ProblemFacts } | null {
  if (!message.startsWith('["')) return null
  try {
    const parsed = JSON.parse(message) as unknown
    if (!Array.isArray(parsed) || parsed.length !== 2) return null
    const [code, facts] = parsed as [unknown, unknown]
    if (typeof code !== 'string' || !(IMPORT_PROBLEMS as readonly string[]).includes(code)) return null
    if (typeof facts !== 'object' || facts === null) return null
    return { code: code as ImportProblem, facts: facts as ProblemFacts }
  } catch {
    return null
  }
}

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * The outside of an import file, which the panel checks too before sending it: at most `IMPORT_MAX_CHARS` characters
 * of JSON (after an optional byte-order mark) holding an object whose `schema` is a version the plugin reads.
 */
export const ImportEnvelopeSchema = v.pipe(
  v.string(problemMessage('notFileText')),
  v.maxLength(IMPORT_MAX_CHARS, problemMessage('tooLarge', { max: IMPORT_MAX_CHARS })),
  // Some editors save a byte-order mark before the text; it is no part of the JSON.
  v.transform((text) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)),
  v.parseJson(undefined, problemMessage('notJson')),
  v.custom<Record<string, unknown>>(isPlainObject, problemMessage('notReport', { schema: REPORT_SCHEMA })),
  v.looseObject(
    { schema: v.picklist(REPORT_SCHEMAS_READ, problemMessage('wrongSchema', { schema: REPORT_SCHEMA })) },
    problemMessage('noSchema', { schema: REPORT_SCHEMA })
  )
)
