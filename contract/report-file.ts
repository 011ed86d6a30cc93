/**
 * The import file: a `vpcfit/2` report (or an older `vpcfit/1` one) as the JSON export writes it, checked from the
 * file's text to the last field by one valibot schema. It is the report schema (`report.ts`) with the limits an
 * export keeps (`limits.ts`): every item is `ReportItemSchema`'s entries with each field's limit, so a field added to
 * the report is checked here too. Each check's message is a problem code (`IMPORT_PROBLEMS` in `import-envelope.ts`, catalog
 * `import.<code>`) with the fixed numbers its sentence names, never English: `src/core/export/parse-report-json.ts`
 * turns the first issue into a catalog key with the field's path and the numbers, and does what no field can check
 * alone (unique ids, links and ids that point at stickies not in the file, the report's size in bytes).
 *
 * Objects are never lists; `object` keeps only the schema's keys and `record` skips `__proto__`, `constructor` and
 * `prototype`, so nothing in a file reaches a prototype.
 */
import * as v from 'valibot'
import { EvidenceReportSchema } from './evidence'
import {
  IMPORT_MAX_COUNT,
  IMPORT_MAX_DATE_CHARS,
  IMPORT_MAX_ID,
  IMPORT_MAX_ITEMS,
  IMPORT_MAX_LINKS,
  IMPORT_MAX_TEXT,
  MAX_NAME_CHARS,
  STAMP_NAME_MAX
} from './limits'
import { ImportEnvelopeSchema, isPlainObject, problemMessage } from './import-envelope'
import { ReportItemSchema, REPORT_SCHEMA, REPORT_SCHEMA_V1 } from './report'
import { CUSTOMER_ZONES, FIT_BANDS, LINK_KINDS, LOCALES, ZONE_KEYS } from './vocabulary'
import type { CustomerZone, ZoneKey } from './vocabulary'

/** An object with `entries` (a list or null is no object); a key it lacks is `missing`. */
function objectOf<E extends v.ObjectEntries>(entries: E) {
  return v.pipe(
    v.custom<Record<string, unknown>>(isPlainObject, problemMessage('notObject')),
    v.object(entries, problemMessage('notObject'))
  )
}

function listOf<S extends v.GenericSchema>(item: S) {
  return v.array(item, problemMessage('notList'))
}

/** Text of at most `max` characters (UTF-16 code units). */
function textOf(max: number) {
  return v.pipe(v.string(problemMessage('notText')), v.maxLength(max, problemMessage('tooLong', { max })))
}

const idText = v.pipe(textOf(IMPORT_MAX_ID), v.minLength(1, problemMessage('empty')))

/** A whole number from `min` to `max`. */
function whole(min: number, max: number) {
  const range = problemMessage('outOfRange', { min, max })
  return v.pipe(
    v.number(problemMessage('notWhole')),
    v.integer(problemMessage('notWhole')),
    v.minValue(min, range),
    v.maxValue(max, range)
  )
}

function oneOf<const T extends readonly string[]>(options: T) {
  return v.picklist(options, problemMessage('notOneOf', { options: options.map((o) => `"${o}"`).join(', ') }))
}

const colour = v.pipe(
  v.string(problemMessage('notColour')),
  v.regex(/^#[0-9a-fA-F]{6}$/u, problemMessage('notColour')),
  v.toUpperCase()
)

/** One sticky: the report's item with each field's limit; colours as `#RRGGBB`, read back upper-cased. */
export const ImportItemSchema = objectOf({
  ...ReportItemSchema.entries,
  id: idText,
  text: textOf(IMPORT_MAX_TEXT),
  rank: whole(1, IMPORT_MAX_ITEMS),
  weight: whole(0, IMPORT_MAX_COUNT),
  votes: whole(0, IMPORT_MAX_COUNT),
  stamps: v.optional(
    v.pipe(
      v.custom<Record<string, unknown>>(isPlainObject, problemMessage('notObject')),
      v.record(textOf(STAMP_NAME_MAX), whole(0, IMPORT_MAX_COUNT), problemMessage('notObject'))
    )
  ),
  color: v.optional(colour)
})

const items = listOf(ImportItemSchema)

/** The six zones, each a list; any other key is no zone of the canvas. */
const zones = v.pipe(
  v.custom<Record<string, unknown>>(isPlainObject, problemMessage('notObject')),
  v.strictObject(
    Object.fromEntries(ZONE_KEYS.map((zone) => [zone, items])) as Record<ZoneKey, typeof items>,
    problemMessage('notZone')
  )
)

const percent = whole(0, 100)

const fileEntries = {
  canvas: objectOf({
    id: idText,
    segment: textOf(MAX_NAME_CHARS),
    product: textOf(MAX_NAME_CHARS),
    locale: oneOf(LOCALES)
  }),
  zones,
  unplaced: items,
  links: listOf(objectOf({ from: idText, to: idText, kind: oneOf(LINK_KINDS) })),
  fit: objectOf({
    score: percent,
    band: oneOf(FIT_BANDS),
    coverage: objectOf(
      Object.fromEntries(CUSTOMER_ZONES.map((zone) => [zone, percent])) as Record<
        CustomerZone,
        typeof percent
      >
    ),
    unaddressed: listOf(idText),
    orphans: listOf(idText)
  })
}

const checkedAt = v.pipe(
  textOf(IMPORT_MAX_DATE_CHARS),
  v.check(
    (value) => /^\d{4}-\d{2}-\d{2}T/u.test(value) && !isNaN(Date.parse(value)),
    problemMessage('notDate')
  )
)

const FileV2Schema = v.object(
  {
    schema: v.literal(REPORT_SCHEMA),
    ...fileEntries,
    // Evidence as the stored report has it (its own limits, `evidence.ts`); any problem in it is `badEvidence`.
    evidence: EvidenceReportSchema,
    checkedAt
  },
  problemMessage('notObject')
)

const FileV1Schema = v.object(
  { schema: v.literal(REPORT_SCHEMA_V1), ...fileEntries, checkedAt },
  problemMessage('notObject')
)

const lengthOf = (value: unknown): number => (Array.isArray(value) ? value.length : 0)

/**
 * The whole import file, from its text: the envelope, then at most `IMPORT_MAX_ITEMS` stickies and
 * `IMPORT_MAX_LINKS` links (counted before any sticky is checked), then every field. Parse it with `abortEarly`: the
 * first problem is the one the user reads.
 */
export const ImportFileSchema = v.pipe(
  ImportEnvelopeSchema,
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return
    const root = dataset.value
    const zonesIn = isPlainObject(root.zones) ? root.zones : {}
    const count = ZONE_KEYS.reduce((sum, zone) => sum + lengthOf(zonesIn[zone]), lengthOf(root.unplaced))
    if (count > IMPORT_MAX_ITEMS)
      addIssue({ message: problemMessage('tooManyStickies', { count, max: IMPORT_MAX_ITEMS }) })
    const links = lengthOf(root.links)
    if (links > IMPORT_MAX_LINKS)
      addIssue({ message: problemMessage('tooManyLinks', { count: links, max: IMPORT_MAX_LINKS }) })
  }),
  v.variant('schema', [FileV2Schema, FileV1Schema])
)

/** An import file as read: a report of either version, every field within its limit. */
export type ImportFile = v.InferOutput<typeof ImportFileSchema>

export { IMPORT_PROBLEMS, problemOfMessage } from './import-envelope'
export type { ImportProblem, ProblemFacts } from './import-envelope'
