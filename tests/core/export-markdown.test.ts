import fc from 'fast-check'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_EXPORT_LABELS, exportLabelsFrom, toMarkdown } from '../../src/core/export'
import type { ExportLabels } from '../../src/core/export'
import { checkedAtText } from '../../src/core/export/private/date-text'
import { buildValueStatement, valueStatementInput } from '../../src/core/statement'
import type { FitReport, Locale, Say } from '../../src/core/types'
import { upgradeReport } from '../../src/core/types'
import { tKey } from '../../src/i18n'
import {
  emptyZones,
  evidenceReport,
  item,
  listTexts,
  makeReport,
  NASTY,
  nodes,
  parseMarkdown,
  plain,
  reportArbitrary,
  sampleReport,
  withText
} from './export-fixtures'

const LOCALES: Locale[] = ['en', 'sv', 'da']
const labelsOf = (locale: Locale): ExportLabels => exportLabelsFrom((key) => tKey(locale, key))
const sayIn =
  (locale: Locale): Say =>
  (key, params) =>
    tKey(locale, key, params)

/**
 * What a sticky's text reads as in the document: line breaks, tabs and spaces as one space, the ends trimmed (a
 * no-break space inside kept), and U+0000 as U+FFFD, which CommonMark requires of every reader.
 */
function asRendered(text: string): string {
  const oneLine = text.replace(/[\t\n\v\f\r \u0085\u2028\u2029]+/g, ' ').trim()
  return oneLine === '' ? '—' : oneLine.split('\u0000').join('\ufffd')
}

/** Node types no sticky text may ever turn into. */
const FORBIDDEN = [
  'html',
  'image',
  'strong',
  'delete',
  'inlineCode',
  'code',
  'table',
  'blockquote',
  'thematicBreak',
  'linkReference',
  'imageReference',
  'definition',
  'footnoteReference',
  'math',
  'inlineMath'
]

describe('toMarkdown: the document', () => {
  it('lays out a canvas with its statement, evidence, riskiest assumptions, tests and learnings (en)', () => {
    const md = toMarkdown(evidenceReport(), labelsOf('en'), {
      statement: 'Our workout library helps busy parents who want to stay fit in 20 minutes.',
      utcOffsetMinutes: 0
    })
    expect(md).toBe(
      [
        '# Value Proposition Canvas: Busy parents · Home workout app',
        '',
        'Checked: 23 November 2026, 10:00 UTC',
        '',
        '## Value proposition statement',
        '',
        'Our workout library helps busy parents who want to stay fit in 20 minutes.',
        '',
        '## Stickies by zone',
        '',
        '### Customer jobs',
        '',
        '1. Stay fit in 20 minutes — Evidence: customers did so',
        '2. Work out with a friend — Evidence: none yet',
        '',
        '### Pains',
        '',
        '1. Gym is too expensive — Votes: 3 — Evidence: customers said so',
        '2. No time for the gym — Votes: 1 — Evidence: none yet',
        '',
        '### Gains',
        '',
        '1. Visible progress — Evidence: refuted',
        '',
        '### Products & services',
        '',
        '1. Workout library — Evidence: none yet',
        '',
        '### Pain relievers',
        '',
        '1. Cheap subscription — Evidence: none yet',
        '2. Quiet mode — Evidence: none yet',
        '',
        '### Gain creators',
        '',
        '1. Progress charts — Evidence: none yet',
        '',
        '## Fit',
        '',
        'Fit score: 56% (on target)',
        '',
        'Backed by evidence: 33% (weak)',
        '',
        '### Coverage by zone',
        '',
        '- Customer jobs: 67%',
        '- Pains: 67%',
        '- Gains: 100%',
        '',
        '### Not addressed yet',
        '',
        '- Work out with a friend (Customer jobs)',
        '- No time for the gym (Pains)',
        '',
        '### Value map items with no link',
        '',
        '- Quiet mode (Pain relievers)',
        '',
        '### Links',
        '',
        '- Cheap subscription (Pain relievers) → Gym is too expensive (Pains)',
        '- Progress charts (Gain creators) → Visible progress (Gains)',
        '- Workout library (Products & services) → Stay fit in 20 minutes (Customer jobs)',
        '',
        '### Links that do not count',
        '',
        '- Quiet mode (Pain relievers) → Visible progress (Gains)',
        '',
        '## Riskiest assumptions',
        '',
        '1. Visible progress (Gains) — refuted, yet the fit still counts it',
        '2. Workout library (Products & services) — customers want “Stay fit in 20 minutes”; no evidence yet that this answers it',
        '3. Cheap subscription (Pain relievers) — customers want “Gym is too expensive”; no evidence yet that this answers it',
        '4. Work out with a friend (Customer jobs) — important, no evidence yet',
        '5. No time for the gym (Pains) — important, no evidence yet',
        '',
        '## Tests and learnings',
        '',
        '### Test card: No time for the gym (Pains)',
        '',
        '- Hypothesis: busy parents struggle with no time for the gym',
        '- Test: Interview 10 parents',
        '- Metric: How many name time first',
        '- Criteria: At least 6 of 10',
        '- Status: decided',
        '- Observation: 7 of 10 named time first',
        '- Learning: Time matters more than price',
        '- Decision: keep',
        '',
        '### Test card: Work out with a friend (Customer jobs)',
        '',
        '- Hypothesis: busy parents are trying to work out with a friend',
        '- Test: _not written yet_',
        '- Metric: _not written yet_',
        '- Criteria: _not written yet_',
        '- Status: to fill in',
        '',
        '## Stickies outside every zone',
        '',
        '1. Parking lot idea — Evidence: none yet',
        ''
      ].join('\n')
    )
  })

  it('says "None" under empty zones, riskiest list and tests, and leaves out what is not there', () => {
    const md = toMarkdown(makeReport(), DEFAULT_EXPORT_LABELS)
    expect(md).toContain('### Pains\n\n_None_\n')
    expect(md).toContain('## Riskiest assumptions\n\n_None_\n')
    expect(md).toContain('## Tests and learnings\n\n_None_\n')
    expect(md).not.toContain('Links that do not count')
    expect(md).not.toContain('Value proposition statement')
  })

  it('names a test card whose sticky has left the canvas by its hypothesis', () => {
    const report = evidenceReport()
    const second = report.evidence.tests[1]
    if (second) second.itemId = '99:99'
    const md = toMarkdown(report, labelsOf('en'))
    expect(md).toContain('### Test card: busy parents are trying to work out with a friend\n')
    expect(md).not.toContain('99:99')
  })

  it('is the same text every time for the same report and options', () => {
    const options = { statement: 'S.', utcOffsetMinutes: 60 }
    expect(toMarkdown(evidenceReport(), labelsOf('da'), options)).toBe(
      toMarkdown(evidenceReport(), labelsOf('da'), options)
    )
  })

  it('exports an old vpcfit/1 report: every item "none yet", the fit backed by evidence 0, no tests', () => {
    const { evidence: _evidence, ...rest } = sampleReport()
    const md = toMarkdown(upgradeReport({ ...rest, schema: 'vpcfit/1' }), labelsOf('en'))
    expect(md).toContain('1. Gym is too expensive — Votes: 3 — Evidence: none yet')
    expect(md).toContain('Backed by evidence: 0% (weak)')
    expect(md).toContain('## Tests and learnings\n\n_None_\n')
    expect(md).toContain('4. Work out with a friend (Customer jobs) — important, no evidence yet')
  })
})

describe('toMarkdown in the canvas language', () => {
  it.each([
    [
      'en',
      'Checked: 23 November 2026, 11:00',
      '## Value proposition statement',
      '1. Gym is too expensive — Votes: 3 — Evidence: customers said so',
      'Backed by evidence: 33% (weak)',
      '## Riskiest assumptions',
      '### Test card: No time for the gym (Pains)',
      '- Status: to fill in',
      '- Decision: keep'
    ],
    [
      'sv',
      'Kontrollerad: 23 november 2026 11:00',
      '## Värdeerbjudandet i en mening',
      '1. Gym is too expensive — Röster: 3 — Belägg: kunderna säger det',
      'Med belägg: 33\u00a0% (svag)',
      '## Mest riskfyllda antaganden',
      '### Testkort: No time for the gym (Besvär)',
      '- Status: att fylla i',
      '- Beslut: behålla'
    ],
    [
      'da',
      'Tjekket: 23. november 2026 kl. 11.00',
      '## Værditilbuddet i én sætning',
      '1. Gym is too expensive — Stemmer: 3 — Belæg: kunderne siger det',
      'Med belæg: 33\u00a0% (svag)',
      '## Mest risikable antagelser',
      '### Testkort: No time for the gym (Smerter)',
      '- Status: skal udfyldes',
      '- Beslutning: beholde'
    ]
  ] as const)('%s', (locale, ...lines) => {
    const md = toMarkdown(evidenceReport(), labelsOf(locale), { statement: 'S.', utcOffsetMinutes: 60 })
    for (const line of lines) expect(md.split('\n')).toContain(line)
    // Every zone by its name on the canvas, never by its key.
    for (const zone of ['painRelievers', 'gainCreators', 'products'] as const) {
      expect(md).toContain(`### ${tKey(locale, `zone.${zone}`)}`)
      expect(md).not.toContain(zone)
    }
  })

  it.each(LOCALES)('%s: the full value proposition statement, as buildValueStatement says it', async (locale) => {
    const zones = emptyZones()
    zones.jobs = [item('j1', 'Plan a week of dinners', 1)]
    zones.products = [item('p1', 'Meal planner app', 1), item('p2', 'Weekly recipe box', 2)]
    zones.painRelievers = [item('r1', 'A shopping list written for you', 1), item('r2', 'Ten-minute recipes', 2)]
    zones.gainCreators = [item('c1', 'Less food thrown away', 1)]
    const report = makeReport({ zones, canvas: { id: '1', segment: 'Busy parents', product: 'Dinner', locale } })
    const statement = buildValueStatement(valueStatementInput(report), sayIn(locale))
    expect(statement.length).toBeGreaterThan(80)
    const md = toMarkdown(report, labelsOf(locale), { statement })
    const tree = await parseMarkdown(md)
    const paragraphs = nodes(tree, 'paragraph').map(plain)
    expect(paragraphs).toContain(statement)
    expect(md).toContain(`## ${tKey(locale, 'export.heading.statement')}\n\n${statement}\n`)
  })
})

describe('dates as people write them (checkedAtText)', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it.each([
    ['en', '2026-12-01T08:00:56.280Z', 0, '1 December 2026, 08:00 UTC'],
    ['sv', '2026-12-01T08:00:56.280Z', 0, '1 december 2026 08:00 UTC'],
    ['da', '2026-12-01T08:00:56.280Z', 0, '1. december 2026 kl. 08.00 UTC'],
    ['en', '2026-12-01T08:00:56.280Z', 60, '1 December 2026, 09:00'],
    ['sv', '2026-12-01T08:00:56.280Z', 60, '1 december 2026 09:00'],
    ['da', '2026-12-01T08:00:56.280Z', 60, '1. december 2026 kl. 09.00'],
    ['en', '2026-01-01T03:05:00.000Z', -300, '31 December 2025, 22:05'],
    ['sv', '2026-06-30T22:30:00Z', 120, '1 juli 2026 00:30'],
    ['da', '2026-03-29T00:59:00Z', 60, '29. marts 2026 kl. 01.59'],
    ['en', '2026-12-01T10:00:00+02:00', 0, '1 December 2026, 08:00 UTC'],
    ['sv', '2026-02-28T23:00:00-01:00', 60, '1 mars 2026 01:00'],
    ['da', '2028-02-29T12:00:00Z', 0, '29. februar 2028 kl. 12.00 UTC'],
    ['en', 'not a date', 60, 'not a date'],
    ['en', '2026-13-45T99:00:00Z', 0, '2026-13-45T99:00:00Z']
  ] as const)('%s %s at %d minutes → %s', (locale, iso, offset, expected) => {
    expect(checkedAtText(iso, labelsOf(locale).dates, offset)).toBe(expected)
  })

  it('needs no Intl and no locale data: the same text with Intl and toLocale* gone', () => {
    const before = LOCALES.map((locale) => checkedAtText('2026-12-01T08:00:56.280Z', labelsOf(locale).dates, 60))
    vi.stubGlobal('Intl', undefined)
    const throwing = () => {
      throw new Error('no ICU')
    }
    const spies = [
      vi.spyOn(Date.prototype, 'toLocaleString').mockImplementation(throwing),
      vi.spyOn(Date.prototype, 'toLocaleDateString').mockImplementation(throwing),
      vi.spyOn(Date.prototype, 'toLocaleTimeString').mockImplementation(throwing)
    ]
    try {
      const after = LOCALES.map((locale) => checkedAtText('2026-12-01T08:00:56.280Z', labelsOf(locale).dates, 60))
      expect(after).toEqual(before)
      expect(after).toEqual(['1 December 2026, 09:00', '1 december 2026 09:00', '1. december 2026 kl. 09.00'])
    } finally {
      for (const spy of spies) spy.mockRestore()
    }
  })

  it('the document says the date, never the ISO time', () => {
    const report = makeReport({ checkedAt: '2026-12-01T08:00:56.280Z' })
    const md = toMarkdown(report, labelsOf('en'))
    expect(md).toContain('Checked: 1 December 2026, 08:00 UTC')
    expect(md).not.toContain('2026-12-01T')
  })
})

describe('Markdown escapes only where Markdown would read markup', () => {
  it.each([
    // Ordinary punctuation stays as written.
    ['Products & services', 'Products & services'],
    ['Costs $5 to $10', 'Costs $5 to $10'],
    ['C# devs', 'C# devs'],
    ['#42 on the list', '#42 on the list'],
    ['a | b | c', 'a | b | c'],
    ['Save 20% (maybe)', 'Save 20% (maybe)'],
    ['Q&A: why?', 'Q&A: why?'],
    ['Mail a@b.co or @team', 'Mail a@b.co or @team'],
    ['5 * 3 = 15', '5 * 3 = 15'],
    ['snake_case_name', 'snake_case_name'],
    ['~5 minutes', '~5 minutes'],
    ['Hello, world!', 'Hello, world!'],
    ['3.5 hours', '3.5 hours'],
    ['[Beta] app', '[Beta] app'],
    ['2026-12-01', '2026-12-01'],
    ['a < b > c', 'a < b > c'],
    ['it\'s "fine"', 'it\'s "fine"'],
    ['x + y - z', 'x + y - z'],
    ['-5 minutes', '-5 minutes'],
    ['+46 70 123', '+46 70 123'],
    ['Pris · kvalitet · Ærø', 'Pris · kvalitet · Ærø'],
    ['See https://example.com/a?b=c', 'See https://example.com/a?b=c'],
    ['back\\slash', 'back\\slash'],
    ['1/2 price', '1/2 price'],
    // What would become markup gets one backslash.
    ['1. Ranked first', '1\\. Ranked first'],
    ['2) Second', '2\\) Second'],
    ['# Not a heading', '\\# Not a heading'],
    ['> quoted', '\\> quoted'],
    ['- not a bullet', '\\- not a bullet'],
    ['* not a bullet', '\\* not a bullet'],
    ['---', '---'],
    ['[ ] task', '\\[ ] task'],
    ['*bold*', '*bold\\*'],
    ['**strong**', '**strong\\*\\*'],
    ['_it_', '_it\\_'],
    ['a*b*c', 'a\\*b\\*c'],
    ['~~gone~~', '~~gone\\~\\~'],
    ['`code`', '\\`code\\`'],
    ['<b>x</b>', '\\<b>x\\</b>'],
    ['&amp; &#169;', '\\&amp; \\&#169;'],
    ['[a](http://x)', '[a\\](http://x)'],
    ['![i](x.png)', '![i\\](x.png)'],
    ['$x$', '$x\\$'],
    ['back\\*slash', 'back\\\\\\*slash'],
    ['ends \\', 'ends \\\\'],
    ['$$x$$', '\\$\\$x\\$\\$'],
    ['65\u00a0% done', '65\u00a0% done'],
    // A bare URL with an escape inside is kept from becoming a link that would swallow the backslash.
    ['see www.example.com/<x>', 'see www\\.example.com/\\<x>'],
    ['https://x.com/a*b*', 'https\\://x.com/a\\*b\\*']
  ])('%j → %j', (text, escaped) => {
    const md = toMarkdown(withText(text), DEFAULT_EXPORT_LABELS)
    expect(md.split('\n')).toContain(`1. ${escaped} — Evidence: none yet`)
  })

  it('keeps a closing run of # in a heading as text', async () => {
    const report = makeReport({
      canvas: { id: '1', segment: 'C# devs *and* <ops>', product: '[Beta] | v2 #', locale: 'en' }
    })
    const md = toMarkdown(report, DEFAULT_EXPORT_LABELS)
    expect(md.split('\n')[0]).toBe('# Value Proposition Canvas: C# devs *and\\* \\<ops> · [Beta] | v2 \\#')
    const tree = await parseMarkdown(md)
    expect(plain(nodes(tree, 'heading')[0] ?? { type: 'none' })).toBe(
      'Value Proposition Canvas: C# devs *and* <ops> · [Beta] | v2 #'
    )
  })
})

describe('nasty sticky text in Markdown', () => {
  describe.each(NASTY)('%s', (_name, text) => {
    it('renders as written, on one line, with no markup or HTML; a bare URL at most becomes a link to itself', async () => {
      const oneLine = asRendered(text)
      const tree = await parseMarkdown(toMarkdown(withText(text), DEFAULT_EXPORT_LABELS))
      expect(listTexts(tree)).toContain(`${oneLine} — Evidence: none yet`)
      expect(
        nodes(tree, 'emphasis')
          .map(plain)
          .filter((t) => t !== 'None')
      ).toEqual([])
      for (const type of FORBIDDEN) expect(nodes(tree, type), type).toEqual([])
      for (const link of nodes(tree, 'link')) {
        expect(oneLine).toContain(plain(link))
        expect((link as { url?: string }).url ?? '').toMatch(/^(?:https?:|mailto:)/)
      }
      // Title, statement-less: "Stickies by zone", six zones, Fit, four fit sections, riskiest, tests, unplaced.
      expect(nodes(tree, 'heading')).toHaveLength(16)
    })
  })

  it('property: any texts in any zone render as written and make no markup', async () => {
    await fc.assert(
      fc.asyncProperty(reportArbitrary, async (report: FitReport) => {
        const tree = await parseMarkdown(toMarkdown(report, labelsOf(report.canvas.locale)))
        for (const type of FORBIDDEN) expect(nodes(tree, type), type).toEqual([])
        const rendered = listTexts(tree).join('\n')
        for (const zone of ['jobs', 'pains', 'gains'] as const) {
          for (const entry of report.zones[zone]) expect(rendered).toContain(asRendered(entry.text))
        }
      }),
      { numRuns: 60 }
    )
  })
})
