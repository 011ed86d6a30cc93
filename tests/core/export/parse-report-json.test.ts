/**
 * The import file read by the report's valibot schema (`contract/report-file.ts`): a table of bad files, each with
 * the exact problem code and parameters the parser returns and the sentence in English, Swedish and Danish; hostile
 * and prototype keys; and a property test that no file, however damaged, throws or reaches the user in valibot's
 * words.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  IMPORT_MAX_CHARS,
  IMPORT_MAX_COUNT,
  IMPORT_MAX_ITEMS,
  IMPORT_MAX_LINKS,
  IMPORT_MAX_TEXT,
  MAX_NAME_CHARS
} from '../../../contract/limits'
import { IMPORT_PROBLEMS } from '../../../contract/report-file'
import { parseReportJson } from '../../../src/core/export'
import { toJson } from '../../../src/core/export'
import type { FitReport, Locale, MessageRef, ReportItem, ZoneKey } from '../../../src/core/types'
import { LOCALES } from '../../../src/core/types'
import { catalogs, say } from '../../../src/i18n'

const item = (id: string, text: string, rank: number, over: Partial<ReportItem> = {}): ReportItem => ({
  id,
  text,
  rank,
  weight: 1,
  votes: 0,
  ...over
})

function report(): FitReport {
  const zones: Record<ZoneKey, ReportItem[]> = {
    jobs: [item('1:10', 'Plan meals for the week', 1, { color: '#FFD966' })],
    pains: [item('1:11', 'Food goes to waste', 1, { votes: 2, stamps: { '+1': 2 } })],
    gains: [item('1:12', 'Less shopping', 1)],
    products: [item('1:13', 'Meal box', 1)],
    painRelievers: [item('1:14', 'Exact portions', 1)],
    gainCreators: [item('1:15', 'One delivery a week', 1)]
  }
  return {
    schema: 'vpcfit/2',
    canvas: { id: '1:2', segment: 'Families', product: 'Meal box', locale: 'en' },
    zones,
    unplaced: [item('1:16', 'Ask about allergies', 1)],
    links: [
      { from: '1:14', to: '1:11', kind: 'relieves' },
      { from: '1:15', to: '1:12', kind: 'creates' }
    ],
    fit: {
      score: 67,
      band: 'target',
      coverage: { jobs: 0, pains: 100, gains: 100 },
      unaddressed: ['1:10'],
      orphans: ['1:13']
    },
    evidence: { items: { '1:11': 'said' }, fit: { score: 33, band: 'weak' }, tests: [] },
    checkedAt: '2026-11-23T10:00:00.000Z'
  }
}

type Json = Record<string, unknown>
const valid = (): Json => JSON.parse(toJson(report())) as Json
/** The valid file with the value at `path` replaced, or removed when `value` is `undefined`. */
function edit(path: (string | number)[], value?: unknown, root: Json = valid()): string {
  let node = root as Record<string | number, unknown>
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>
  const last = path[path.length - 1]!
  if (value === undefined) delete node[last]
  else node[last] = value
  return JSON.stringify(root)
}
/** A file with `n` stickies in the jobs zone. */
const stickies = (n: number): string =>
  edit(
    ['zones', 'jobs'],
    Array.from({ length: n }, (_, i) => item(`9:${i}`, 's', 1 + (i % IMPORT_MAX_ITEMS)))
  )
const deep = (depth: number): string => `${'['.repeat(depth)}${']'.repeat(depth)}`

/** A problem's sentence without the file's own words (the field's path, a quoted value), which stay as written. */
function withoutOwnWords(problem: MessageRef, locale: Locale): string {
  // Longest first: a short parameter ("0") must not break a longer one that holds it (`zones.pains[0].stamps["{"]`).
  const own = Object.values(problem.params ?? {})
    .map(String)
    .sort((a, b) => b.length - a.length)
  return own.reduce((text, part) => text.split(part).join(''), say(locale, problem))
}

const problemOf = (text: string): MessageRef => {
  const parsed = parseReportJson(text)
  if (parsed.ok) throw new Error('the file was accepted')
  return parsed.problem
}

describe('bad import files: one problem code with its parameters, said in each language', () => {
  // name, file, the problem's code and parameters, the English sentence
  const cases: [string, () => string, MessageRef, string][] = [
    [
      'not JSON',
      () => 'hello',
      { key: 'import.notJson', params: {} },
      'This is not JSON: check that the whole file was pasted.'
    ],
    [
      'empty text',
      () => '',
      { key: 'import.notJson', params: {} },
      'This is not JSON: check that the whole file was pasted.'
    ],
    [
      'JSON cut off',
      () => toJson(report()).slice(0, 200),
      { key: 'import.notJson', params: {} },
      'This is not JSON: check that the whole file was pasted.'
    ],
    [
      'a CSV export',
      () => '\uFEFFZone,Rank,Text\nJobs,1,Plan',
      { key: 'import.notJson', params: {} },
      'This is not JSON: check that the whole file was pasted.'
    ],
    [
      'a list',
      () => '[]',
      { key: 'import.notReport', params: { schema: 'vpcfit/2', kind: 'list' } },
      'The file must hold a vpcfit/2 report object, not a list.'
    ],
    [
      'a number',
      () => '42',
      { key: 'import.notReport', params: { schema: 'vpcfit/2', kind: 'number' } },
      'The file must hold a vpcfit/2 report object, not a number.'
    ],
    [
      'no schema',
      () => edit(['schema']),
      { key: 'import.noSchema', params: { schema: 'vpcfit/2' } },
      'This is not a vpcfit/2 report: schema is missing.'
    ],
    [
      'a newer version',
      () => edit(['schema'], 'vpcfit/3'),
      { key: 'import.wrongSchema', params: { schema: 'vpcfit/2', found: '"vpcfit/3"' } },
      'Unsupported schema "vpcfit/3": this plugin reads "vpcfit/2".'
    ],
    [
      "another tool's schema",
      () => edit(['schema'], 'x'.repeat(500)),
      { key: 'import.wrongSchema', params: { schema: 'vpcfit/2', found: `"${'x'.repeat(38)}…` } },
      `Unsupported schema "${'x'.repeat(38)}…: this plugin reads "vpcfit/2".`
    ],
    [
      'schema nested 100,000 lists deep',
      () => edit(['schema'], 'X').replace('"X"', deep(100_000)),
      { key: 'import.wrongSchema', params: { schema: 'vpcfit/2', found: '[…]' } },
      'Unsupported schema […]: this plugin reads "vpcfit/2".'
    ],
    [
      'larger than the largest export',
      () => ' '.repeat(IMPORT_MAX_CHARS + 1),
      { key: 'import.tooLarge', params: { length: IMPORT_MAX_CHARS + 1, max: IMPORT_MAX_CHARS } },
      `The file is too large (${IMPORT_MAX_CHARS + 1} characters, at most ${IMPORT_MAX_CHARS}).`
    ],
    [
      'too many stickies',
      () => stickies(IMPORT_MAX_ITEMS),
      { key: 'import.tooManyStickies', params: { count: IMPORT_MAX_ITEMS + 6, max: IMPORT_MAX_ITEMS } },
      `Too many stickies (${IMPORT_MAX_ITEMS + 6}, at most ${IMPORT_MAX_ITEMS}).`
    ],
    [
      'too many links',
      () =>
        edit(
          ['links'],
          Array.from({ length: IMPORT_MAX_LINKS + 1 }, () => ({ from: '1:14', to: '1:11', kind: 'relieves' }))
        ),
      { key: 'import.tooManyLinks', params: { count: IMPORT_MAX_LINKS + 1, max: IMPORT_MAX_LINKS } },
      `Too many links (${IMPORT_MAX_LINKS + 1}, at most ${IMPORT_MAX_LINKS}).`
    ],
    [
      'a segment name over the limit',
      () => edit(['canvas', 'segment'], 's'.repeat(MAX_NAME_CHARS + 1)),
      {
        key: 'import.tooLong',
        params: { field: 'canvas.segment', length: MAX_NAME_CHARS + 1, max: MAX_NAME_CHARS }
      },
      `canvas.segment is too long (${MAX_NAME_CHARS + 1} characters, at most ${MAX_NAME_CHARS}).`
    ],
    [
      'a sticky text over the limit',
      () => edit(['unplaced', 0, 'text'], 't'.repeat(IMPORT_MAX_TEXT + 1)),
      {
        key: 'import.tooLong',
        params: { field: 'unplaced[0].text', length: IMPORT_MAX_TEXT + 1, max: IMPORT_MAX_TEXT }
      },
      `unplaced[0].text is too long (${IMPORT_MAX_TEXT + 1} characters, at most ${IMPORT_MAX_TEXT}).`
    ],
    [
      'an id over the limit',
      () => edit(['zones', 'gains', 0, 'id'], 'i'.repeat(1001)),
      { key: 'import.tooLong', params: { field: 'zones.gains[0].id', length: 1001, max: 1000 } },
      'zones.gains[0].id is too long (1001 characters, at most 1000).'
    ],
    [
      'canvas as a list',
      () => edit(['canvas'], []),
      { key: 'import.notObject', params: { field: 'canvas', kind: 'list' } },
      'canvas must be an object, not a list.'
    ],
    [
      'zones as a list',
      () => edit(['zones'], [[], [], [], [], [], []]),
      { key: 'import.notObject', params: { field: 'zones', kind: 'list' } },
      'zones must be an object, not a list.'
    ],
    [
      'a sticky as null',
      () => edit(['zones', 'pains', 0], null),
      { key: 'import.notObject', params: { field: 'zones.pains[0]', kind: 'null' } },
      'zones.pains[0] must be an object, not null.'
    ],
    [
      'a zone as text',
      () => edit(['zones', 'gains'], 'Less shopping'),
      { key: 'import.notList', params: { field: 'zones.gains', kind: 'text' } },
      'zones.gains must be a list, not text.'
    ],
    [
      'a rank as text',
      () => edit(['zones', 'pains', 0, 'rank'], '1'),
      { key: 'import.notWhole', params: { field: 'zones.pains[0].rank', kind: 'text' } },
      'zones.pains[0].rank must be a whole number, not text.'
    ],
    [
      'a fractional rank',
      () => edit(['zones', 'pains', 0, 'rank'], 1.5),
      { key: 'import.notWhole', params: { field: 'zones.pains[0].rank', kind: 'number' } },
      'zones.pains[0].rank must be a whole number, not a number.'
    ],
    [
      'rank 0',
      () => edit(['zones', 'jobs', 0, 'rank'], 0),
      {
        key: 'import.outOfRange',
        params: { field: 'zones.jobs[0].rank', min: 1, max: IMPORT_MAX_ITEMS, value: 0 }
      },
      `zones.jobs[0].rank must be between 1 and ${IMPORT_MAX_ITEMS}, not 0.`
    ],
    [
      'votes over the limit',
      () => edit(['zones', 'jobs', 0, 'votes'], IMPORT_MAX_COUNT + 1),
      {
        key: 'import.outOfRange',
        params: { field: 'zones.jobs[0].votes', min: 0, max: IMPORT_MAX_COUNT, value: IMPORT_MAX_COUNT + 1 }
      },
      `zones.jobs[0].votes must be between 0 and ${IMPORT_MAX_COUNT}, not ${IMPORT_MAX_COUNT + 1}.`
    ],
    [
      'a score over 100',
      () => edit(['fit', 'score'], 101),
      { key: 'import.outOfRange', params: { field: 'fit.score', min: 0, max: 100, value: 101 } },
      'fit.score must be between 0 and 100, not 101.'
    ],
    [
      'a boolean id',
      () => edit(['canvas', 'id'], true),
      { key: 'import.notText', params: { field: 'canvas.id', kind: 'boolean' } },
      'canvas.id must be text, not a boolean.'
    ],
    [
      'an empty link end',
      () => edit(['links', 1, 'to'], ''),
      { key: 'import.empty', params: { field: 'links[1].to' } },
      'links[1].to must not be empty.'
    ],
    [
      'an unknown language',
      () => edit(['canvas', 'locale'], 'de'),
      { key: 'import.notOneOf', params: { field: 'canvas.locale', options: '"en", "sv", "da"' } },
      'canvas.locale must be one of "en", "sv", "da".'
    ],
    [
      'an unknown link kind',
      () => edit(['links', 0, 'kind'], 'helps'),
      {
        key: 'import.notOneOf',
        params: { field: 'links[0].kind', options: '"relieves", "creates", "serves", "invalid"' }
      },
      'links[0].kind must be one of "relieves", "creates", "serves", "invalid".'
    ],
    [
      'a colour by name',
      () => edit(['zones', 'jobs', 0, 'color'], 'yellow'),
      { key: 'import.notColour', params: { field: 'zones.jobs[0].color' } },
      'zones.jobs[0].color must be a colour like "#FFD966".'
    ],
    [
      'a colour as null',
      () => edit(['zones', 'jobs', 0, 'color'], null),
      { key: 'import.notColour', params: { field: 'zones.jobs[0].color' } },
      'zones.jobs[0].color must be a colour like "#FFD966".'
    ],
    [
      'a stamp count below 0',
      () => edit(['zones', 'pains', 0, 'stamps', '+1'], -1),
      {
        key: 'import.outOfRange',
        params: { field: 'zones.pains[0].stamps["+1"]', min: 0, max: IMPORT_MAX_COUNT, value: -1 }
      },
      `zones.pains[0].stamps["+1"] must be between 0 and ${IMPORT_MAX_COUNT}, not -1.`
    ],
    [
      'a date that is none',
      () => edit(['checkedAt'], 'yesterday'),
      { key: 'import.notDate', params: { field: 'checkedAt', value: '"yesterday"' } },
      'checkedAt must be a date and time like "2026-11-23T10:00:00.000Z", not "yesterday".'
    ],
    [
      'a zone missing',
      () => edit(['zones', 'painRelievers']),
      { key: 'import.missing', params: { field: 'zones.painRelievers' } },
      'zones.painRelievers is missing.'
    ],
    [
      'no zones at all',
      () => edit(['zones']),
      { key: 'import.missing', params: { field: 'zones' } },
      'zones is missing.'
    ],
    [
      'coverage missing a zone',
      () => edit(['fit', 'coverage', 'gains']),
      { key: 'import.missing', params: { field: 'fit.coverage.gains' } },
      'fit.coverage.gains is missing.'
    ],
    [
      'a sticky without text',
      () => edit(['unplaced', 0, 'text']),
      { key: 'import.missing', params: { field: 'unplaced[0].text' } },
      'unplaced[0].text is missing.'
    ],
    [
      'a version 2 file without evidence',
      () => edit(['evidence']),
      { key: 'import.missing', params: { field: 'evidence' } },
      'evidence is missing.'
    ],
    [
      'a zone of the BMC',
      () => edit(['zones', 'channels'], []),
      { key: 'import.notZone', params: { field: 'zones.channels' } },
      'zones.channels is not a zone of the canvas.'
    ],
    [
      'markup as a zone name',
      () => edit(['zones', '<img src=x onerror=alert(1)>'], []),
      { key: 'import.notZone', params: { field: 'zones["<img src=x onerror=alert(1)>"]' } },
      'zones["<img src=x onerror=alert(1)>"] is not a zone of the canvas.'
    ],
    [
      'a zone named __proto__',
      () => edit(['zones', 'pains'], 'X').replace('"pains":"X"', '"__proto__":[],"pains":[]'),
      { key: 'import.notZone', params: { field: 'zones.__proto__' } },
      'zones.__proto__ is not a zone of the canvas.'
    ],
    [
      'a long zone name with a line break',
      () => edit(['zones', `a\n${'b'.repeat(100)}`], []),
      { key: 'import.notZone', params: { field: `zones["a\\n${'b'.repeat(35)}…]` } },
      `zones["a\\n${'b'.repeat(35)}…] is not a zone of the canvas.`
    ],
    [
      'evidence of another kind',
      () => edit(['evidence', 'items', '1:11'], 'maybe'),
      { key: 'import.badEvidence', params: { field: 'evidence.items["1:11"]' } },
      'evidence.items["1:11"] is not evidence this plugin wrote.'
    ],
    [
      'the same id twice',
      () => edit(['unplaced', 0, 'id'], '1:10'),
      { key: 'import.duplicateId', params: { field: 'unplaced[0].id', id: '1:10' } },
      'unplaced[0].id "1:10" is used by more than one sticky.'
    ]
  ]

  it.each(cases)('%s', (_name, file, expected, english) => {
    const problem = problemOf(file())
    expect(problem).toEqual(expected)
    expect(say('en', problem)).toBe(english)
  })

  it.each(cases)("%s: Swedish and Danish say it in their own words, never valibot's", (_name, file) => {
    const problem = problemOf(file())
    const rest = (locale: Locale): string => withoutOwnWords(problem, locale)
    for (const locale of ['sv', 'da'] as const) {
      const sentence = rest(locale)
      expect(sentence).not.toMatch(
        /\b(must|missing|not|is|too|Expected|Invalid|received|Unsupported|This|file)\b/u
      )
      expect(sentence).not.toBe(rest('en'))
      expect(sentence).not.toMatch(/[{}]/u)
    }
  })

  it('every problem code has its sentence in English, Swedish and Danish', () => {
    for (const locale of LOCALES)
      for (const code of IMPORT_PROBLEMS)
        expect(catalogs[locale][`import.${code}`], `${locale} ${code}`).toBeTruthy()
  })
})

describe('files that read', () => {
  it('a vpcfit/1 file reads as a report with no evidence yet', () => {
    const old: Json = { ...valid(), schema: 'vpcfit/1' }
    delete old.evidence
    const parsed = parseReportJson(JSON.stringify(old))
    expect(parsed).toEqual({
      ok: true,
      report: { ...report(), evidence: { items: {}, fit: { score: 0, band: 'weak' }, tests: [] } },
      notes: []
    })
  })

  it('an export reads back as it was, colours upper-cased, with a byte-order mark an editor added', () => {
    expect(parseReportJson(toJson(report()))).toEqual({ ok: true, report: report(), notes: [] })
    expect(parseReportJson(`\uFEFF${toJson(report())}`)).toEqual({ ok: true, report: report(), notes: [] })
    const lower = parseReportJson(edit(['zones', 'jobs', 0, 'color'], '#ffd966'))
    expect(lower.ok && lower.report.zones.jobs[0]?.color).toBe('#FFD966')
  })

  it('the largest file an export writes: 5,000 stickies and 5,000 links', () => {
    const root = valid()
    // The jobs replaced by n, beside the other five zones' and the unplaced sticky: 5,000 in all.
    const n = IMPORT_MAX_ITEMS - 6
    const file = edit(
      ['zones', 'jobs'],
      Array.from({ length: n }, (_, i) => item(`9:${i}`, 'j', 1 + i)),
      root
    )
    const withLinks = JSON.parse(file) as Json
    withLinks.links = Array.from({ length: IMPORT_MAX_LINKS }, (_, i) => ({
      from: '1:13',
      to: `9:${i % n}`,
      kind: 'serves'
    }))
    const parsed = parseReportJson(JSON.stringify(withLinks))
    expect(parsed.ok && parsed.report.zones.jobs.length).toBe(n)
    expect(parsed.ok && parsed.report.links.length).toBe(IMPORT_MAX_LINKS)
  })

  it("hostile text is the team's text: markup, formulas, controls, direction marks and lone surrogates come back as they were", () => {
    const texts = [
      '<script>alert(1)</script>',
      '=HYPERLINK("http://x","y")',
      'tab\there\u0000nul',
      '\u202Eright to left\u202C',
      'zero\u200Bwidth',
      'lone \uD800 surrogate',
      '🚲 rider',
      '{"schema":"vpcfit/2"}'
    ]
    const root = valid()
    root.unplaced = texts.map((text, i) => item(`5:${i}`, text, i + 1))
    const parsed = parseReportJson(JSON.stringify(root))
    expect(parsed.ok && parsed.report.unplaced.map((entry) => entry.text)).toEqual(texts)
  })

  it('keys that name prototypes reach no prototype and no report', () => {
    const text = toJson(report())
      .replace(
        '"schema"',
        '"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 2}}, "schema"'
      )
      .replace('"id": "1:2"', '"__proto__": {"polluted": 3}, "id": "1:2"')
      .replace('"+1": 2', '"__proto__": 5, "constructor": 6, "prototype": 7, "+1": 2')
      .replace('"1:11": "said"', '"__proto__": "did", "1:11": "said"')
    const parsed = parseReportJson(text)
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    expect(parsed.report).toEqual(report())
    expect(({} as Json).polluted).toBeUndefined()
    expect(Object.getPrototypeOf(parsed.report)).toBe(Object.prototype)
    expect(Object.getPrototypeOf(parsed.report.canvas)).toBe(Object.prototype)
    expect(Object.getPrototypeOf(parsed.report.evidence.items)).toBe(Object.prototype)
    expect(Object.keys(parsed.report.zones.pains[0]?.stamps ?? {})).toEqual(['+1'])
  })

  it('a deeply nested value in a field the schema does not have is ignored', () => {
    const parsed = parseReportJson(edit(['debug'], 'X').replace('"X"', deep(100_000)))
    expect(parsed).toEqual({ ok: true, report: report(), notes: [] })
  })
})

describe('any damage to a file', () => {
  const paths = (value: unknown, at: (string | number)[] = []): (string | number)[][] => {
    if (Array.isArray(value)) return [at, ...value.flatMap((entry, i) => paths(entry, [...at, i]))]
    if (typeof value === 'object' && value !== null)
      return [at, ...Object.entries(value).flatMap(([key, entry]) => paths(entry, [...at, key]))]
    return [at]
  }
  const all = paths(valid()).filter((path) => path.length > 0)
  const words = /\b(Invalid|Expected|received|undefined|Object|Array|valibot)\b/u

  it("property: a value replaced, removed or cut gives a report or one problem in the catalog, never valibot's words", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...all),
        fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant(undefined)),
        fc.nat(),
        (path, value, cutAt) => {
          const text = edit(path, value)
          for (const file of [text, text.slice(0, cutAt % (text.length + 1))]) {
            const parsed = parseReportJson(file)
            if (parsed.ok) continue
            expect(catalogs.en[parsed.problem.key], parsed.problem.key).toBeTruthy()
            for (const locale of LOCALES) {
              const sentence = withoutOwnWords(parsed.problem, locale)
              expect(sentence).not.toMatch(words)
              expect(sentence).not.toMatch(/[{}]/u)
            }
          }
        }
      ),
      { numRuns: 300 }
    )
  })
})
