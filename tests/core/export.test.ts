import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  exportFilename,
  exportMimeType,
  IMPORT_MAX_CHARS,
  parseReportJson,
  planImport,
  toJson
} from '../../src/core/export'
import type { FitReport, ReportLink } from '../../src/core/types'
import { ZONE_KEYS } from '../../src/core/types'
import type { MessageRef } from '../../src/core/types'
import { say } from '../../src/i18n'
import {
  emptyZones,
  item,
  makeReport,
  NASTY,
  reportArbitrary,
  sampleReport,
  withText
} from './export-fixtures'

/** A problem or note of the import parser as the English catalog says it. */
const english = (message: MessageRef): string => say('en', message)

describe('nasty sticky text in JSON and the import plan (CSV and Markdown: their own test files)', () => {
  describe.each(NASTY)('%s', (_name, text) => {
    const report = withText(text)

    it('JSON reads back to the same report', () => {
      const parsed = parseReportJson(toJson(report))
      expect(parsed).toEqual({ ok: true, report, notes: [] })
    })

    it('the import plan carries the text unchanged', () => {
      expect(planImport(report).stickies.find((s) => s.key === 'p1')?.text).toBe(text)
    })
  })
})


describe('toJson and parseReportJson', () => {
  it('property: parseReportJson(toJson(r)) gives r back', () => {
    fc.assert(
      fc.property(reportArbitrary, (report) => {
        expect(parseReportJson(toJson(report))).toEqual({ ok: true, report, notes: [] })
      }),
      { numRuns: 300 }
    )
  })

  it('writes keys in schema order whatever order the object has, and drops fields outside the schema', () => {
    const report = sampleReport()
    const shuffled = {
      checkedAt: report.checkedAt,
      evidence: report.evidence,
      fit: {
        orphans: report.fit.orphans,
        unaddressed: report.fit.unaddressed,
        coverage: { gains: 100, pains: 67, jobs: 67 },
        band: report.fit.band,
        score: report.fit.score
      },
      links: report.links,
      unplaced: report.unplaced,
      zones: { ...report.zones },
      canvas: {
        locale: 'en',
        product: report.canvas.product,
        segment: report.canvas.segment,
        id: report.canvas.id,
        extra: 1
      },
      schema: report.schema,
      debug: true
    } as unknown as FitReport
    const json = toJson(shuffled)
    expect(json).toBe(toJson(report))
    expect(Object.keys(JSON.parse(json) as object)).toEqual([
      'schema',
      'canvas',
      'zones',
      'unplaced',
      'links',
      'fit',
      'evidence',
      'checkedAt'
    ])
    expect(json).not.toContain('extra')
    expect(json.endsWith('}\n')).toBe(true)
    expect(json).toContain('\n  "schema": "vpcfit/2",\n')
  })

  it('keeps the stamp tally by kind of a stamped item, as the stored report does', () => {
    const report = sampleReport()
    const first = report.zones.jobs[0]!
    report.zones.jobs[0] = { ...first, votes: 1, stamps: { '+1': 2, 'Thumbs down': 1 } }
    const json = JSON.parse(toJson(report)) as FitReport
    expect(json.zones.jobs[0]?.stamps).toEqual({ '+1': 2, 'Thumbs down': 1 })
    expect(json.zones.jobs[1]).not.toHaveProperty('stamps')
  })

  it('drops links to unknown stickies with a note, and keeps the rest', () => {
    const report = sampleReport()
    const json = JSON.parse(toJson(report)) as { links: ReportLink[]; fit: { orphans: string[] } }
    json.links.push(
      { from: 'r1', to: 'ghost', kind: 'relieves' },
      { from: 'nobody', to: 'p1', kind: 'relieves' }
    )
    json.fit.orphans.push('ghost')
    const parsed = parseReportJson(JSON.stringify(json))
    expect(parsed.ok && parsed.report).toEqual(report)
    expect(parsed.ok && parsed.notes.map(english)).toEqual([
      '2 links pointed at stickies that are not in the file and were left out.',
      '1 id in fit.orphans is not a sticky in the file and was left out.'
    ])
  })

  const valid = (): Record<string, unknown> => JSON.parse(toJson(sampleReport())) as Record<string, unknown>
  type Path = (string | number)[]
  /** The sample report's JSON with the value at `path` replaced (or removed, for `undefined`). */
  const edit = (path: Path, value?: unknown): string => {
    const root = valid()
    let node = root as Record<string | number, unknown>
    path.slice(0, -1).forEach((key) => {
      node = node[key] as Record<string | number, unknown>
    })
    const last = path[path.length - 1] ?? ''
    if (value === undefined) delete node[last]
    else node[last] = value
    return JSON.stringify(root)
  }
  const many = (n: number): string =>
    edit(
      ['zones', 'jobs'],
      Array.from({ length: n }, (_, i) => ({
        id: `x${i}`,
        text: 't',
        rank: 1 + (i % 2000),
        weight: 1,
        votes: 0
      }))
    )

  it.each([
    ['not JSON', 'hello', /^This is not JSON: /],
    ['truncated JSON', toJson(sampleReport()).slice(0, 100), /^This is not JSON: /],
    ['empty text', '', /^This is not JSON: /],
    ['a list', '[]', /must hold a vpcfit\/2 report object, not a list/],
    ['null', 'null', /not null/],
    ['no schema', '{}', /schema is missing/],
    [
      'wrong schema',
      edit(['schema'], 'vpcfit/3'),
      /^Unsupported schema "vpcfit\/3": this plugin reads "vpcfit\/2"\.$/
    ],
    ['schema as number', edit(['schema'], 1), /Unsupported schema 1/],
    ['no canvas', edit(['canvas']), /^canvas is missing\.$/],
    ['canvas as text', edit(['canvas'], 'x'), /^canvas must be an object, not text\.$/],
    ['numeric canvas id', edit(['canvas', 'id'], 5), /^canvas\.id must be text, not a number\.$/],
    [
      'unknown locale',
      edit(['canvas', 'locale'], 'de'),
      /^canvas\.locale must be one of "en", "sv", "da"\.$/
    ],
    ['missing zone', edit(['zones', 'pains']), /^zones\.pains is missing\.$/],
    ['unknown zone', edit(['zones', 'channels'], []), /^zones\.channels is not a zone of the canvas\.$/],
    ['zone not a list', edit(['zones', 'gains'], {}), /^zones\.gains must be a list, not an object\.$/],
    [
      'item not an object',
      edit(['zones', 'jobs', 0], 'x'),
      /^zones\.jobs\[0\] must be an object, not text\.$/
    ],
    [
      'numeric id',
      edit(['zones', 'jobs', 0, 'id'], 7),
      /^zones\.jobs\[0\]\.id must be text, not a number\.$/
    ],
    ['empty id', edit(['zones', 'jobs', 0, 'id'], ''), /^zones\.jobs\[0\]\.id must not be empty\.$/],
    [
      'rank as text',
      edit(['zones', 'pains', 1, 'rank'], '2'),
      /^zones\.pains\[1\]\.rank must be a whole number, not text\.$/
    ],
    ['fractional rank', edit(['zones', 'pains', 1, 'rank'], 1.5), /rank must be a whole number/],
    ['rank 0', edit(['zones', 'pains', 1, 'rank'], 0), /rank must be between 1 and 5000, not 0/],
    [
      'negative votes',
      edit(['zones', 'pains', 1, 'votes'], -1),
      /votes must be between 0 and 1000000, not -1/
    ],
    ['missing text', edit(['zones', 'gains', 0, 'text']), /^zones\.gains\[0\]\.text is missing\.$/],
    [
      'segment name too long',
      edit(['canvas', 'segment'], 'x'.repeat(30_001)),
      /^canvas\.segment is too long \(30001 characters, at most 30000\)\.$/
    ],
    [
      'duplicate id',
      edit(['unplaced', 0, 'id'], 'j1'),
      /^unplaced\[0\]\.id "j1" is used by more than one sticky\.$/
    ],
    ['too many stickies', many(5001), /^Too many stickies \(5009, at most 5000\)\.$/],
    ['links not a list', edit(['links'], null), /^links must be a list, not null\.$/],
    ['unknown link kind', edit(['links', 0, 'kind'], 'helps'), /^links\[0\]\.kind must be one of/],
    ['no fit', edit(['fit']), /^fit is missing\.$/],
    ['score over 100', edit(['fit', 'score'], 101), /^fit\.score must be between 0 and 100, not 101\.$/],
    [
      'unknown band',
      edit(['fit', 'band'], 'great'),
      /^fit\.band must be one of "weak", "target", "strong"\.$/
    ],
    ['coverage missing a zone', edit(['fit', 'coverage', 'gains']), /^fit\.coverage\.gains is missing\.$/],
    ['orphans not ids', edit(['fit', 'orphans'], [1]), /^fit\.orphans\[0\] must be text, not a number\.$/],
    ['no checkedAt', edit(['checkedAt']), /^checkedAt is missing\.$/],
    ['checkedAt not a date', edit(['checkedAt'], 'yesterday'), /^checkedAt must be a date and time/]
  ])('rejects %s with a clear message', (_name, text, message) => {
    const parsed = parseReportJson(text)
    expect(parsed.ok).toBe(false)
    expect(parsed.ok ? '' : english(parsed.problem)).toMatch(message)
  })

  it('accepts 2000 stickies', () => {
    expect(parseReportJson(many(1992)).ok).toBe(true)
  })

  it('rejects a file larger than the largest export before parsing it', () => {
    const huge = ' '.repeat(IMPORT_MAX_CHARS) + toJson(sampleReport())
    const parsed = parseReportJson(huge)
    expect(parsed.ok).toBe(false)
    expect(parsed.ok ? '' : english(parsed.problem)).toBe(
      `The file is too large (${huge.length} characters, at most ${IMPORT_MAX_CHARS}).`
    )
  })

  it('rejects input that is not text', () => {
    const parsed = parseReportJson(42 as unknown as string)
    expect(parsed.ok ? '' : english(parsed.problem)).toBe("Expected the file's text, not a number.")
  })

  it('says every problem in Swedish and Danish too, without English words', () => {
    const parsed = parseReportJson(edit(['zones', 'pains', 1, 'rank'], '2'))
    expect(parsed.ok).toBe(false)
    if (parsed.ok) return
    expect(parsed.problem).toEqual({
      key: 'import.notWhole',
      params: { field: 'zones.pains[1].rank', kind: 'text' }
    })
    expect(say('sv', parsed.problem)).toBe('zones.pains[1].rank måste vara ett heltal, inte text.')
    expect(say('da', parsed.problem)).toBe('zones.pains[1].rank skal være et heltal, ikke tekst.')
  })

  it('ignores "__proto__" keys instead of copying them', () => {
    const text = toJson(sampleReport()).replace('"schema"', '"__proto__": {"polluted": true}, "schema"')
    const parsed = parseReportJson(text)
    expect(parsed.ok).toBe(true)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(parsed.ok && Object.keys(parsed.report)).not.toContain('__proto__')
  })
})

describe('planImport', () => {
  it('lists stickies zone by zone in rank order, then unplaced, with text, rank and votes as they were', () => {
    const plan = planImport(sampleReport())
    expect(plan).toMatchObject({ segment: 'Busy parents', product: 'Home workout app', locale: 'en' })
    expect(plan.stickies.map((s) => [s.key, s.zone, s.rank, s.votes])).toEqual([
      ['j1', 'jobs', 1, 0],
      ['j2', 'jobs', 2, 0],
      ['p1', 'pains', 1, 3],
      ['p2', 'pains', 2, 1],
      ['g1', 'gains', 1, 0],
      ['pr1', 'products', 1, 0],
      ['r1', 'painRelievers', 1, 0],
      ['r2', 'painRelievers', 2, 0],
      ['c1', 'gainCreators', 1, 0],
      ['u1', null, 1, 0]
    ])
    expect(plan.links).toEqual([
      { fromKey: 'r1', toKey: 'p1' },
      { fromKey: 'c1', toKey: 'g1' },
      { fromKey: 'pr1', toKey: 'j1' },
      { fromKey: 'r2', toKey: 'g1' }
    ])
  })

  it('keeps rank markers in the text as written', () => {
    const zones = emptyZones()
    zones.pains = [item('a', '2. Slow delivery', 2), item('b', '1. Too expensive', 1)]
    expect(planImport(makeReport({ zones })).stickies.map((s) => s.text)).toEqual([
      '1. Too expensive',
      '2. Slow delivery'
    ])
  })

  it('skips links to stickies it does not draw, links to themselves and repeats', () => {
    const report = sampleReport()
    report.links.push(
      { from: 'r1', to: 'ghost', kind: 'relieves' },
      { from: 'r1', to: 'r1', kind: 'invalid' },
      { from: 'r1', to: 'p1', kind: 'relieves' }
    )
    expect(planImport(report).links).toHaveLength(4)
  })

  it('property: keeps every zone, rank, vote count and link pair of the report', () => {
    fc.assert(
      fc.property(reportArbitrary, (report) => {
        const plan = planImport(report)
        for (const zone of ZONE_KEYS) {
          const planned = plan.stickies.filter((s) => s.zone === zone)
          expect(planned.map((s) => s.rank)).toEqual(
            report.zones[zone].map((i) => i.rank).sort((a, b) => a - b)
          )
          expect(planned.map((s) => [s.key, s.text, s.votes]).sort()).toEqual(
            report.zones[zone].map((i) => [i.id, i.text, i.votes]).sort()
          )
        }
        expect(plan.stickies.filter((s) => s.zone === null)).toHaveLength(report.unplaced.length)
        const pairs = new Set(report.links.filter((l) => l.from !== l.to).map((l) => `${l.from}>${l.to}`))
        expect(new Set(plan.links.map((l) => `${l.fromKey}>${l.toKey}`))).toEqual(pairs)
      }),
      { numRuns: 200 }
    )
  })
})

describe('exportFilename', () => {
  const named = (segment: string, product: string, checkedAt = '2026-11-23T10:00:00.000Z'): FitReport =>
    makeReport({ canvas: { id: '1', segment, product, locale: 'sv' }, checkedAt })

  it.each([
    ['Busy parents', 'Home workout app', 'markdown', 'vpc-busy-parents-home-workout-app-2026-11-23.md'],
    ['Småbarnsföräldrar', 'Bokkasse', 'csv', 'vpc-smabarnsforaldrar-bokkasse-2026-11-23.csv'],
    ['Tilflyttere på Ærø', 'Dansk kursus', 'json', 'vpc-tilflyttere-pa-aero-dansk-kursus-2026-11-23.json'],
    ['Straße & Œuvre', 'naïve café', 'json', 'vpc-strasse-oeuvre-naive-cafe-2026-11-23.json'],
    ['../../etc/passwd', 'CON', 'csv', 'vpc-etc-passwd-con-2026-11-23.csv'],
    ['', '', 'markdown', 'vpc-2026-11-23.md'],
    ['🚲💸', '日本語', 'markdown', 'vpc-2026-11-23.md'],
    ['a'.repeat(100), 'b', 'csv', `vpc-${'a'.repeat(40)}-b-2026-11-23.csv`],
    [
      'Very long segment name with many words in it for sure',
      'x',
      'csv',
      'vpc-very-long-segment-name-with-many-words-x-2026-11-23.csv'
    ]
  ] as const)('%j / %j as %s -> %s', (segment, product, format, expected) => {
    expect(exportFilename(named(segment, product), format)).toBe(expected)
  })

  it('leaves the date out when checkedAt is not a date', () => {
    expect(exportFilename(named('A', 'B', 'unknown'), 'json')).toBe('vpc-a-b.json')
  })

  it('property: always a short, safe, non-empty ASCII name with the right extension', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        fc.string({ unit: 'binary' }),
        fc.constantFrom('markdown' as const, 'csv' as const, 'json' as const),
        (segment, product, format) => {
          const name = exportFilename(named(segment, product), format)
          expect(name).toMatch(/^vpc(-[a-z0-9]+)*\.(md|csv|json)$/)
          expect(name.length).toBeLessThanOrEqual(100)
        }
      )
    )
  })

  it('gives a MIME type per format', () => {
    expect([exportMimeType('markdown'), exportMimeType('csv'), exportMimeType('json')]).toEqual([
      'text/markdown;charset=utf-8',
      'text/csv;charset=utf-8',
      'application/json;charset=utf-8'
    ])
  })
})
