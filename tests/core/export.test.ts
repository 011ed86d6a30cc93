import fc from 'fast-check'
import * as prettier from 'prettier'
import { describe, expect, it } from 'vitest'
import {
  CSV_UNPLACED_ZONE,
  DEFAULT_EXPORT_LABELS,
  exportFilename,
  exportLabelsFrom,
  exportMimeType,
  IMPORT_MAX_CHARS,
  parseReportJson,
  planImport,
  toCsv,
  toJson,
  toMarkdown
} from '../../src/core/export'
import type { FitReport, ReportItem, ReportLink, ZoneKey } from '../../src/core/types'
import { ZONE_KEYS } from '../../src/core/types'
import type { MessageRef } from '../../src/core/types'
import { say } from '../../src/i18n'

/** A problem or note of the import parser as the English catalog says it. */
const english = (message: MessageRef): string => say('en', message)

// ---------------------------------------------------------------------------
// Reports to export
// ---------------------------------------------------------------------------

function item(id: string, text: string, rank: number, votes = 0, weight = 1): ReportItem {
  return { id, text, rank, weight, votes }
}

function emptyZones(): Record<ZoneKey, ReportItem[]> {
  return { jobs: [], pains: [], gains: [], products: [], painRelievers: [], gainCreators: [] }
}

function makeReport(over: Partial<FitReport> = {}): FitReport {
  return {
    schema: 'vpcfit/2',
    canvas: { id: '1:2', segment: 'Busy parents', product: 'Home workout app', locale: 'en' },
    zones: emptyZones(),
    unplaced: [],
    links: [],
    fit: { score: 0, band: 'weak', coverage: { jobs: 0, pains: 0, gains: 0 }, unaddressed: [], orphans: [] },
    evidence: { items: {}, fit: { score: 0, band: 'weak' }, tests: [] },
    checkedAt: '2026-11-23T10:00:00.000Z',
    ...over
  }
}

/** A small, complete canvas: every zone filled, votes, valid and invalid links, an orphan and an unplaced sticky. */
function sampleReport(): FitReport {
  const zones = emptyZones()
  zones.jobs = [item('j1', 'Stay fit in 20 minutes', 1, 0, 2), item('j2', 'Work out with a friend', 2, 0, 1)]
  zones.pains = [item('p2', 'No time for the gym', 2, 1, 2), item('p1', 'Gym is too expensive', 1, 3, 4)]
  zones.gains = [item('g1', 'Visible progress', 1, 0, 1)]
  zones.products = [item('pr1', 'Workout library', 1)]
  zones.painRelievers = [item('r1', 'Cheap subscription', 1, 0, 2), item('r2', 'Quiet mode', 2)]
  zones.gainCreators = [item('c1', 'Progress charts', 1)]
  return makeReport({
    zones,
    unplaced: [item('u1', 'Parking lot idea', 1)],
    links: [
      { from: 'r1', to: 'p1', kind: 'relieves' },
      { from: 'c1', to: 'g1', kind: 'creates' },
      { from: 'pr1', to: 'j1', kind: 'serves' },
      { from: 'r2', to: 'g1', kind: 'invalid' }
    ],
    fit: {
      score: 56,
      band: 'target',
      coverage: { jobs: 67, pains: 67, gains: 100 },
      unaddressed: ['j2', 'p2'],
      orphans: ['r2']
    }
  })
}

function withText(text: string): FitReport {
  const zones = emptyZones()
  zones.pains = [item('p1', text, 1)]
  zones.painRelievers = [item('r1', 'Reliever', 1)]
  return makeReport({ zones, links: [{ from: 'r1', to: 'p1', kind: 'relieves' }] })
}

const NASTY: [string, string][] = [
  ['plain', 'Plain text'],
  ['quotes and commas', 'Quote "inside", and a comma, or two'],
  ['LF', 'Line one\nline two'],
  ['CRLF', 'Line one\r\nline two\r\n'],
  ['CR only', 'one\rtwo'],
  ['emoji', 'Bike 🚲 money 💸 family 👩‍👩‍👧 flag 🇸🇪'],
  ['pipes', '| a | b |'],
  ['heading', '# Not a heading ##'],
  ['formula', '=SUM(A1:A9)'],
  ['plus', '+46 70 123 45 67'],
  ['minus', '-5 minutes'],
  ['at', '@channel help'],
  ['tab', '\tindented'],
  ['HTML', '<script>alert("x")</script><b>bold</b>'],
  ['long', 'Very long sticky. '.repeat(550).trim()],
  ['empty', ''],
  ['blank', '  \n\t '],
  ['rank marker', '1. Ranked first'],
  ['rank marker paren', '2) Second'],
  ['hash rank', '#1 top pain'],
  ['links', '[link](http://example.com) and ![img](x.png) <http://a.b>'],
  ['inline markup', '*bold* _it_ `code` ~~del~~ back\\slash \\*'],
  ['entities', '&amp; &copy; &#169;'],
  ['quote block', '> quoted'],
  ['rule', '---'],
  ['setext', 'Title\n===='],
  ['fence', '```js\ncode\n```'],
  ['tilde fence', '~~~'],
  ['math', 'Costs $5 to $10'],
  ['leading spaces', '    four spaces, code?'],
  ['diacritics', 'Dyrt på Ærø, naïve café'],
  ['RTL', 'שלום مرحبا'],
  ['brackets only', '[ ] [x]'],
  ['bare links', 'see www.example.com/<x> or https://a.b/c?d=e&f> or mail a@b.co>'],
  ['footnote and task', '[^1] - [ ] task'],
  ['emoji shortcode and mention', ':tada: @team #42']
]

// ---------------------------------------------------------------------------
// A tiny RFC 4180 reader, to read exports back.
// ---------------------------------------------------------------------------

function readCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let i = 0
  let quoted = false
  while (i < text.length) {
    const c = text.charAt(i)
    if (quoted) {
      if (c === '"' && text.charAt(i + 1) === '"') {
        field += '"'
        i += 2
      } else if (c === '"') {
        quoted = false
        i++
      } else {
        field += c
        i++
      }
    } else if (c === '"' && field === '') {
      quoted = true
      i++
    } else if (c === ',') {
      row.push(field)
      field = ''
      i++
    } else if (c === '\r' && text.charAt(i + 1) === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      i += 2
    } else if (c === '"' || c === '\r' || c === '\n') {
      throw new Error(`bare ${JSON.stringify(c)} at ${i}`)
    } else {
      field += c
      i++
    }
  }
  if (quoted) throw new Error('unterminated quote')
  if (field !== '' || row.length > 0) throw new Error('last row has no CRLF')
  return rows
}

/** What a spreadsheet shows for a cell we wrote: the apostrophe in front of a would-be formula is hidden. */
function shown(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell
}

// ---------------------------------------------------------------------------
// Markdown read back with a real parser (prettier's remark), to prove the text renders as written.
// ---------------------------------------------------------------------------

interface MdNode {
  type: string
  value?: string
  depth?: number
  children?: MdNode[]
}

async function parseMarkdown(markdown: string): Promise<MdNode> {
  // prettier's internal parse gives the remark (mdast) tree it formats from.
  const debug = (
    prettier as unknown as { __debug: { parse(text: string, o: object): Promise<{ ast: MdNode }> } }
  ).__debug
  return (await debug.parse(markdown, { parser: 'markdown' })).ast
}

function plain(node: MdNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? ''
  if (node.type === 'html') return node.value ?? ''
  return (node.children ?? []).map(plain).join('')
}

function nodes(node: MdNode, type: string): MdNode[] {
  const found = node.type === type ? [node] : []
  for (const child of node.children ?? []) found.push(...nodes(child, type))
  return found
}

/** The text of every list item, and whether any item holds more than one paragraph of plain text and markup. */
function listTexts(tree: MdNode): string[] {
  return nodes(tree, 'listItem').map(plain)
}

// ---------------------------------------------------------------------------

describe('nasty sticky text in every format', () => {
  describe.each(NASTY)('%s', (_name, text) => {
    const report = withText(text)
    const oneLine = text.replace(/\s+/g, ' ').trim()

    it('CSV reads back to the same text, in one cell of one row', () => {
      const rows = readCsv(toCsv(report, DEFAULT_EXPORT_LABELS))
      expect(rows).toHaveLength(3)
      for (const row of rows) expect(row).toHaveLength(8)
      const pain = rows.find((row) => row[1] === 'p1')
      expect(shown(pain?.[6] ?? '')).toBe(text)
    })

    it('Markdown renders the text as written, on one line, with no markup, link or HTML', async () => {
      const tree = await parseMarkdown(toMarkdown(report, DEFAULT_EXPORT_LABELS))
      expect(listTexts(tree)).toContain(oneLine === '' ? '—' : oneLine)
      // Our own markup: "_None_" under empty sections.
      expect(
        nodes(tree, 'emphasis')
          .map(plain)
          .filter((t) => t !== 'None')
      ).toEqual([])
      for (const type of [
        'html',
        'link',
        'image',
        'strong',
        'delete',
        'inlineCode',
        'code',
        'table',
        'blockquote',
        'thematicBreak',
        'linkReference',
        'math',
        'inlineMath'
      ]) {
        expect(nodes(tree, type), type).toEqual([])
      }
      // Title, "Stickies by zone", six zones, Fit, four fit sections (no invalid links), "Stickies outside every zone".
      expect(nodes(tree, 'heading')).toHaveLength(14)
    })

    it('JSON reads back to the same report', () => {
      const parsed = parseReportJson(toJson(report))
      expect(parsed).toEqual({ ok: true, report, notes: [] })
    })

    it('the import plan carries the text unchanged', () => {
      expect(planImport(report).stickies.find((s) => s.key === 'p1')?.text).toBe(text)
    })
  })
})

describe('toMarkdown', () => {
  it('lays out a canvas: title, zones customer profile first in rank order with votes, then the fit', () => {
    expect(toMarkdown(sampleReport(), DEFAULT_EXPORT_LABELS)).toBe(
      [
        '# Value Proposition Canvas: Busy parents · Home workout app',
        '',
        'Checked: 2026-11-23T10:00:00.000Z',
        '',
        '## Stickies by zone',
        '',
        '### Customer jobs',
        '',
        '1. Stay fit in 20 minutes',
        '2. Work out with a friend',
        '',
        '### Pains',
        '',
        '1. Gym is too expensive — Votes: 3',
        '2. No time for the gym — Votes: 1',
        '',
        '### Gains',
        '',
        '1. Visible progress',
        '',
        '### Products \\& services',
        '',
        '1. Workout library',
        '',
        '### Pain relievers',
        '',
        '1. Cheap subscription',
        '2. Quiet mode',
        '',
        '### Gain creators',
        '',
        '1. Progress charts',
        '',
        '## Fit',
        '',
        'Fit score: 56% (target)',
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
        '- Workout library (Products \\& services) → Stay fit in 20 minutes (Customer jobs)',
        '',
        '### Links that do not count',
        '',
        '- Quiet mode (Pain relievers) → Visible progress (Gains)',
        '',
        '## Stickies outside every zone',
        '',
        '1. Parking lot idea',
        ''
      ].join('\n')
    )
  })

  it('says "None" under an empty zone and leaves out the invalid-links section when there are none', () => {
    const md = toMarkdown(makeReport(), DEFAULT_EXPORT_LABELS)
    expect(md).toContain('### Pains\n\n_None_\n')
    expect(md).not.toContain('Links that do not count')
  })

  it('escapes segment and product in the title', async () => {
    const report = makeReport({
      canvas: { id: '1', segment: 'C# devs *and* <ops>', product: '[Beta] | v2 #', locale: 'en' }
    })
    const tree = await parseMarkdown(toMarkdown(report, DEFAULT_EXPORT_LABELS))
    expect(plain(nodes(tree, 'heading')[0] ?? { type: 'none' })).toBe(
      'Value Proposition Canvas: C# devs *and* <ops> · [Beta] | v2 #'
    )
  })

  it('uses the labels it is given', () => {
    const labels = exportLabelsFrom((key) =>
      key === 'zone.pains' ? 'Besvär' : key === 'export.none' ? 'Inga' : key
    )
    const md = toMarkdown(makeReport(), labels)
    expect(md).toContain('### Besvär\n\n_Inga_\n')
    expect(md).toContain('### Customer jobs') // unknown key: English
  })
})

describe('toCsv', () => {
  it('writes a header and one row per sticky: zones in order by rank, then unplaced; CRLF everywhere', () => {
    const csv = toCsv(sampleReport(), DEFAULT_EXPORT_LABELS)
    expect(csv.split('\r\n')).toEqual([
      'Canvas,Id,Zone,Rank,Weight,Votes,Text,Links',
      'Busy parents · Home workout app,j1,jobs,1,2,0,Stay fit in 20 minutes,pr1',
      'Busy parents · Home workout app,j2,jobs,2,1,0,Work out with a friend,',
      'Busy parents · Home workout app,p1,pains,1,4,3,Gym is too expensive,r1',
      'Busy parents · Home workout app,p2,pains,2,2,1,No time for the gym,',
      'Busy parents · Home workout app,g1,gains,1,1,0,Visible progress,c1',
      'Busy parents · Home workout app,pr1,products,1,1,0,Workout library,j1',
      'Busy parents · Home workout app,r1,painRelievers,1,2,0,Cheap subscription,p1',
      'Busy parents · Home workout app,r2,painRelievers,2,1,0,Quiet mode,',
      'Busy parents · Home workout app,c1,gainCreators,1,1,0,Progress charts,g1',
      `Busy parents · Home workout app,u1,${CSV_UNPLACED_ZONE},1,1,0,Parking lot idea,`,
      ''
    ])
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
  })

  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@x', "'@x"],
    ['\tx', "'\tx"],
    ['\rx', '"\'\rx"'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
    ['a = b', 'a = b'],
    ["'quoted'", "'quoted'"]
  ])('writes %j as %j', (text, field) => {
    const row = toCsv(withText(text), DEFAULT_EXPORT_LABELS).split('\r\n')[1] ?? ''
    expect(row.endsWith(`,${field},r1`) || row.includes(`,${field},r1`)).toBe(true)
  })

  it('lists several links of a sticky once each, in link order, and leaves out invalid links', () => {
    const report = sampleReport()
    report.links.push({ from: 'r2', to: 'p1', kind: 'relieves' }, { from: 'p1', to: 'r1', kind: 'relieves' })
    const rows = readCsv(toCsv(report, DEFAULT_EXPORT_LABELS))
    expect(rows.find((row) => row[1] === 'p1')?.[7]).toBe('r1 r2')
    expect(rows.find((row) => row[1] === 'g1')?.[7]).toBe('c1')
  })

  it('property: any texts, segments and products read back unchanged', () => {
    fc.assert(
      fc.property(reportArbitrary, (report) => {
        const rows = readCsv(toCsv(report, DEFAULT_EXPORT_LABELS))
        const expected = [
          ...ZONE_KEYS.flatMap((zone) => report.zones[zone].slice().sort((a, b) => a.rank - b.rank)),
          ...report.unplaced.slice().sort((a, b) => a.rank - b.rank)
        ]
        expect(rows).toHaveLength(expected.length + 1)
        rows.slice(1).forEach((row, i) => {
          expect(shown(row[0] ?? '')).toBe(`${report.canvas.segment} · ${report.canvas.product}`)
          expect(row[1]).toBe(expected[i]?.id)
          expect(shown(row[6] ?? '')).toBe(expected[i]?.text)
        })
      }),
      { numRuns: 200 }
    )
  })
})

// ---------------------------------------------------------------------------
// Arbitrary valid reports
// ---------------------------------------------------------------------------

const textArbitrary = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: fc.constantFrom(...'a,"\r\n=+-@\t|#*_`<>[]\\ 🚲é'.split('')), maxLength: 30 }),
  fc.constantFrom(...NASTY.map(([, text]) => text))
)

const reportArbitrary: fc.Arbitrary<FitReport> = fc
  .record({
    segment: textArbitrary,
    product: textArbitrary,
    locale: fc.constantFrom('en' as const, 'sv' as const, 'da' as const),
    texts: fc.array(
      fc.tuple(fc.constantFrom<ZoneKey | null>(...ZONE_KEYS, null), textArbitrary, fc.nat({ max: 9 })),
      {
        maxLength: 25
      }
    ),
    linkPicks: fc.array(
      fc.tuple(
        fc.nat(),
        fc.nat(),
        fc.constantFrom('relieves' as const, 'creates' as const, 'serves' as const, 'invalid' as const)
      ),
      {
        maxLength: 10
      }
    ),
    score: fc.integer({ min: 0, max: 100 }),
    checkedAt: fc
      .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString())
  })
  .map(({ segment, product, locale, texts, linkPicks, score, checkedAt }) => {
    const zones = emptyZones()
    const unplaced: ReportItem[] = []
    texts.forEach(([zone, text, votes], i) => {
      const list = zone === null ? unplaced : zones[zone]
      list.push({ id: `${i + 1}:${i * 7}`, text, rank: list.length + 1, weight: 1 + votes, votes })
    })
    // Shuffle one zone so rank order and list order differ.
    zones.pains.reverse()
    const ids = texts.map((_, i) => `${i + 1}:${i * 7}`)
    const links: ReportLink[] =
      ids.length < 2
        ? []
        : linkPicks.map(([a, b, kind]) => ({
            from: ids[a % ids.length] ?? '',
            to: ids[(a + 1 + (b % (ids.length - 1))) % ids.length] ?? '',
            kind
          }))
    const band = score < 50 ? ('weak' as const) : score <= 70 ? ('target' as const) : ('strong' as const)
    return makeReport({
      canvas: { id: '0:1', segment, product, locale },
      zones,
      unplaced,
      links,
      fit: {
        score,
        band,
        coverage: { jobs: score, pains: 0, gains: 100 },
        unaddressed: zones.jobs.map((j) => j.id),
        orphans: zones.products.map((p) => p.id)
      },
      checkedAt
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
