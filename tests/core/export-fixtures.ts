/**
 * Reports, nasty texts and readers shared by the export tests (JSON and import in `export.test.ts`, CSV and
 * Markdown in their own files).
 */
import fc from 'fast-check'
import * as prettier from 'prettier'
import type { FitReport, ReportItem, ReportLink, ZoneKey } from '../../src/core/types'
import { ZONE_KEYS } from '../../src/core/types'

// ---------------------------------------------------------------------------
// Reports to export
// ---------------------------------------------------------------------------

export function item(id: string, text: string, rank: number, votes = 0, weight = 1): ReportItem {
  return { id, text, rank, weight, votes }
}

export function emptyZones(): Record<ZoneKey, ReportItem[]> {
  return { jobs: [], pains: [], gains: [], products: [], painRelievers: [], gainCreators: [] }
}

export function makeReport(over: Partial<FitReport> = {}): FitReport {
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
export function sampleReport(): FitReport {
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

export function withText(text: string): FitReport {
  const zones = emptyZones()
  zones.pains = [item('p1', text, 1)]
  zones.painRelievers = [item('r1', 'Reliever', 1)]
  return makeReport({ zones, links: [{ from: 'r1', to: 'p1', kind: 'relieves' }] })
}

export const NASTY: [string, string][] = [
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
  ['emoji shortcode and mention', ':tada: @team #42'],
  ['semicolons', 'one; two; three'],
  ['strong and emphasis pairs', '**bold** and *it* and __b__ _i_'],
  ['math pair', 'Energy $E=mc^2$ and $$x$$'],
  ['definition', '[a]: http://example.com "t"'],
  ['reference link', '[a][b] and [c][]'],
  ['HTML comment and entity-coded tag', '<!-- hidden --> &#x3C;script&#x3E; <?php ?> <!DOCTYPE x>'],
  ['star list', '* not a list'],
  ['plus list', '+ not a list'],
  ['thematic stars', '* * *'],
  ['task checked', '[x] done'],
  ['quote without space', '>quoted'],
  ['autolink in brackets', '<https://example.com> and <a@b.co>'],
  ['javascript link', '[click](javascript:alert(1))'],
  ['closing hashes', 'Offer v2 ##'],
  ['trailing backslash', 'ends with \\'],
  ['middle dot and Nordic', 'Pris · kvalitet · Ærø · Åre · Øresund']
]

// ---------------------------------------------------------------------------
// A tiny RFC 4180 reader, to read exports back.
// ---------------------------------------------------------------------------

export function readCsv(file: string, separator = ','): string[][] {
  // Every CSV export starts with the UTF-8 byte-order mark; the reader insists on it.
  if (!file.startsWith('\uFEFF')) throw new Error('no byte-order mark')
  const text = file.slice(1)
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
    } else if (c === separator) {
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
export function shown(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell
}

// ---------------------------------------------------------------------------
// Markdown read back with a real parser (prettier's remark), to prove the text renders as written.
// ---------------------------------------------------------------------------

export interface MdNode {
  type: string
  value?: string
  depth?: number
  children?: MdNode[]
}

export async function parseMarkdown(markdown: string): Promise<MdNode> {
  // prettier's internal parse gives the remark (mdast) tree it formats from.
  const debug = (
    prettier as unknown as { __debug: { parse(text: string, o: object): Promise<{ ast: MdNode }> } }
  ).__debug
  return (await debug.parse(markdown, { parser: 'markdown' })).ast
}

export function plain(node: MdNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? ''
  if (node.type === 'html') return node.value ?? ''
  return (node.children ?? []).map(plain).join('')
}

export function nodes(node: MdNode, type: string): MdNode[] {
  const found = node.type === type ? [node] : []
  for (const child of node.children ?? []) found.push(...nodes(child, type))
  return found
}

/** The text of every list item, and whether any item holds more than one paragraph of plain text and markup. */
export function listTexts(tree: MdNode): string[] {
  return nodes(tree, 'listItem').map(plain)
}
// ---------------------------------------------------------------------------
// Arbitrary valid reports
// ---------------------------------------------------------------------------

export const textArbitrary = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: fc.constantFrom(...'a,"\r\n=+-@\t|#*_`<>[]\\ 🚲é'.split('')), maxLength: 30 }),
  fc.constantFrom(...NASTY.map(([, text]) => text))
)

export const reportArbitrary: fc.Arbitrary<FitReport> = fc
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


/**
 * `sampleReport` with evidence: a job customers did, a pain they said, a refuted gain still in the fit, a test card
 * with its learning card decided and one still to fill in.
 */
export function evidenceReport(): FitReport {
  const report = sampleReport()
  report.evidence = {
    items: { j1: 'did', p1: 'said', g1: 'refuted' },
    fit: { score: 33, band: 'weak' },
    tests: [
      {
        id: 't1',
        itemId: 'p2',
        hypothesis: 'busy parents struggle with no time for the gym',
        test: 'Interview 10 parents',
        metric: 'How many name time first',
        criteria: 'At least 6 of 10',
        status: 'decided',
        learning: {
          id: 'l1',
          observation: '7 of 10 named time first',
          learning: 'Time matters more than price',
          decision: 'keep'
        }
      },
      {
        id: 't2',
        itemId: 'j2',
        hypothesis: 'busy parents are trying to work out with a friend',
        test: '',
        metric: '',
        criteria: '',
        status: 'draft',
        learning: null
      }
    ]
  }
  return report
}
