/**
 * Hostile files and hostile text against the import and the exports, end to end through the commands and the
 * panel: a refused file draws nothing and says why in one short sentence without the parser's words; an accepted
 * odd file draws one canvas in one undo step; an export of a canvas full of formulas, HTML and Markdown carries the
 * text as text.
 */
import { describe, expect, it } from 'vitest'
import type { FigJamFake } from '../../../fake'
import { createTestCardAsync } from '../../../src/commands/create-test-card-async'
import { importReportAsync } from '../../../src/commands/import-report-async'
import { takeSnapshot } from '../../../src/adapter/snapshot'
import { DATA_KEYS, getData } from '../../../src/adapter/plugin-data'
import { analyzeBoard } from '../../../src/core/analyze'
import { toJson } from '../../../src/core/export'
import type { FitReport, Locale } from '../../../src/core/types'
import { useFake } from '../harness'
import { canvases } from './board'
import { canvasWith } from './canvas'
import type { Observed } from './observe'
import { commandAsync, expectDone, expectRefused } from './observe'
import { PanelDriver } from './panel'

const INTERNALS = /undefined|NaN|\[object|TypeError|RangeError|SyntaxError|Error:|valibot|Expected|Received|Unexpected token|JSON\.parse|position \d/

function expectPlain(observed: Observed): void {
  expect(observed.answer.message).not.toMatch(INTERNALS)
  expect(observed.answer.message.length).toBeLessThanOrEqual(110)
}

async function exported(fake: FigJamFake, locale: Locale = 'en'): Promise<FitReport> {
  await canvasWith(
    fake,
    {
      jobs: ['Get to work', 'Stay fit'],
      pains: ['Rain'],
      products: ['Bike app'],
      painRelievers: ['Reserve a bike']
    },
    { locale }
  )
  return analyzeBoard(takeSnapshot(figma.currentPage), new Date().toISOString())[0]!.report
}

type Json = Record<string, unknown>

function file(report: FitReport, change: (json: Json) => void = () => {}): string {
  const json = JSON.parse(toJson(report)) as Json
  change(json)
  return JSON.stringify(json)
}

const zones = (json: Json) => json.zones as Record<string, Json[]>

const REFUSED: Array<[string, (report: FitReport) => string]> = [
  ['a 100 MB string', () => JSON.stringify('x'.repeat(100_000_000))],
  ['100 MB of spaces around a valid file', (r) => file(r) + ' '.repeat(100_000_000)],
  ['nested 200,000 lists deep', () => '['.repeat(200_000) + ']'.repeat(200_000)],
  ['nested 50,000 objects deep in a field', (r) => file(r).replace('"segment":', '"segment":' + '{"a":'.repeat(50_000) + '1' + '}'.repeat(50_000) + ',"x":')],
  ['a top-level list', () => '[{"schema":"vpcfit/2"}]'],
  ['a bare string', () => '"vpcfit/2"'],
  ['null', () => 'null'],
  ['two sticky ids the same', (r) => file(r, (j) => { zones(j).jobs![1]!.id = zones(j).jobs![0]!.id })],
  ['a sticky id shared across zones', (r) => file(r, (j) => { zones(j).pains![0]!.id = zones(j).jobs![0]!.id })],
  ['a zone spelled __proto__', (r) => file(r).replace('"zones":{', '"zones":{"__proto__":[],')],
  ['a sticky spelled as __proto__ in a zone', (r) => file(r).replace('"jobs":[', '"jobs":[{"__proto__":{"id":"1:1","text":"x","rank":1,"weight":1,"votes":0}},')],
  ['canvas.constructor.prototype', (r) => file(r, (j) => { j.canvas = { constructor: { prototype: { polluted: true } } } })],
  ['a schema of vpcfit/2 inside a prototype key only', () => '{"__proto__":{"schema":"vpcfit/2"}}'],
  ['an HTML page', () => '<!doctype html><script>alert(1)</script>']
]

describe('hostile import files', () => {
  it.each(REFUSED)('%s: refused in one short sentence, nothing drawn', async (_case, make) => {
    const fake = useFake()
    const json = make(await exported(fake))
    const observed = await commandAsync(fake, () => importReportAsync({ json, locale: 'en' }))
    expectRefused(observed, /^Could not import that file: \S/)
    expectPlain(observed)
    expect(({} as Json)['polluted']).toBeUndefined()
  })

  it.each([
    ['a link from an id nowhere', (j: Json) => { (j.links as Json[]).push({ from: '999:1', to: zones(j).jobs![0]!.id, kind: 'serves' }) }],
    ['schema vpcfit/1 and broken evidence', (j: Json) => { j.schema = 'vpcfit/1'; (j.evidence as Json).items = { x: 'nonsense' } }],
    ['a link to itself', (j: Json) => { const id = zones(j).jobs![0]!.id; (j.links as Json[]).push({ from: id, to: id, kind: 'serves' }) }],
    ['a prototype key beside the schema', (j: Json) => { Object.defineProperty(j, '__proto__', { value: { x: 1 }, enumerable: true }) }],
    ['evidence for ids nowhere', (j: Json) => { (j.evidence as Json).items = { '999:1': 'did', constructor: 'said' } }],
    ['hostile text in every sticky', (j: Json) => { for (const item of Object.values(zones(j)).flat()) item.text = '=cmd|\' /C calc\'!A0 <script>alert(1)</script> \u202Eevil' }],
    ['names with HTML and formulas', (j: Json) => { j.canvas = { ...(j.canvas as Json), segment: '<img src=x onerror=alert(1)>', product: '=HYPERLINK("http://x")' } }]
  ])('a file with %s: imported or refused, never half-drawn, nothing of theirs touched', async (_case, change) => {
    const fake = useFake()
    const json = file(await exported(fake), change)
    const before = canvases(fake).length
    const observed = await commandAsync(fake, () => importReportAsync({ json, locale: 'en' }))
    expectPlain(observed)
    if (observed.answer.ok) {
      expectDone(observed)
      expect(canvases(fake).length).toBe(before + 1)
    } else {
      expectRefused(observed, /^Could not import that file: \S/)
      expect(canvases(fake).length).toBe(before)
    }
  })

  it('a vpcfit/1 file (before evidence): imported as a canvas, one undo step, one notification', async () => {
    const fake = useFake()
    const json = file(await exported(fake), (j) => {
      j.schema = 'vpcfit/1'
      delete j.evidence
    })
    const before = canvases(fake).length
    const observed = await commandAsync(fake, () => importReportAsync({ json, locale: 'en' }))
    expectDone(observed, /^Drew the imported canvas with 5 stickies/)
    expect(canvases(fake).length).toBe(before + 1)
  })

  it.each(['sv', 'da'] as const)('a refused file with the panel in %s: the sentence is in that language, whole', async (locale) => {
    const fake = useFake()
    await exported(fake, locale)
    const observed = await commandAsync(fake, () => importReportAsync({ json: '{"schema":', locale }), locale)
    expect(observed.answer.ok).toBe(false)
    expect(observed.answer.message).not.toMatch(/Could not import/)
    expectPlain(observed)
  })

  // The real panel refuses such a file itself before reading it (ui/components/import-box.tsx); main's guard is for
  // a panel that sends one anyway: one answer, nothing drawn.
  it('a file over the import limit sent by the panel anyway: one answer, nothing drawn', async () => {
    const fake = useFake()
    await exported(fake)
    const panel = await PanelDriver.openAsync(fake)
    const before = fake.inspect.nodes().length
    const answer = await panel.requestAsync('IMPORT_REPORT', { json: ' '.repeat(60_000_000) })
    expect(answer.ok).toBe(false)
    // The import's own sentence (the file is too large, with both numbers), not the message contract's.
    expect(answer.message).toMatch(/^Could not import that file: The file is too large \(60,000,000 characters/)
    expect(answer.message).not.toMatch(/IMPORT_REPORT/)
    expect(fake.inspect.nodes().length).toBe(before)
  })
})

describe('hostile text on test cards, exported and imported again', () => {
  it.each([
    ['20,000 characters in a test card’s field', 20_000],
    ['a 10,001-character hypothesis', 10_001]
  ])('%s: the JSON export imports again, or the export says why', async (_case, length) => {
    const fake = useFake()
    const c = await canvasWith(fake, { jobs: ['Get to work'], pains: ['Rain'], products: ['Bike app'], painRelievers: ['Reserve a bike'] })
    expectDone(await commandAsync(fake, () => createTestCardAsync({ canvasId: c.id, itemId: c.sticky['Rain'] as string, locale: 'en' })))
    const card = figma.currentPage.findAllWithCriteria({ types: ['SECTION'] }).find((s) => getData(s, DATA_KEYS.testCard) !== '')!
    const hypothesis = card.findAllWithCriteria({ types: ['SHAPE_WITH_TEXT'] }).find((s) => getData(s, DATA_KEYS.field) === 'hypothesis')!
    fake.user.typeInto(hypothesis, 'h'.repeat(length))
    const panel = await PanelDriver.openAsync(fake)
    const answer = await panel.requestAsync('EXPORT', { canvasId: c.id, format: 'json' })
    expect(answer.message).not.toMatch(INTERNALS)
    if (!answer.ok) return
    const json = panel.exports.at(-1)!.content
    const before = canvases(fake).length
    const imported = await panel.requestAsync('IMPORT_REPORT', { json })
    expect(imported.message).toMatch(/^Drew the imported canvas/)
    expect(imported.ok).toBe(true)
    expect(canvases(fake).length).toBe(before + 1)
  })
})

/** The rows of an RFC 4180 file (fields split at `separator`, quotes undone). */
function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i += 1
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"' && field === '') quoted = true
    else if (c === separator) {
      row.push(field)
      field = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += c
  }
  if (field !== '' || row.length > 0) rows.push([...row, field])
  return rows
}

const HOSTILE_TEXT = [
  '=cmd|\' /C calc\'!A0',
  '+1+1',
  '-2+3',
  '@SUM(A1:A9)',
  '\t=1+1',
  '=HYPERLINK("http://evil.example","click")',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(2)>',
  '# Not a heading',
  '[click](javascript:alert(3))',
  '| a | b |',
  'line one\n=line two',
  'semi;colon, comma "quote"'
]

describe('hostile text in the exports', () => {
  async function hostileBoard(fake: FigJamFake, locale: Locale) {
    const c = await canvasWith(
      fake,
      { jobs: HOSTILE_TEXT.slice(0, 5), pains: HOSTILE_TEXT.slice(5, 9), gains: HOSTILE_TEXT.slice(9), products: ['=1'], painRelievers: ['<b>x</b>'] },
      { locale, segment: '=Segment()', product: '<script>p</script>' }
    )
    expectDone(await commandAsync(fake, () => createTestCardAsync({ canvasId: c.id, itemId: c.sticky['+1+1'] as string, locale })))
    const card = figma.currentPage.findAllWithCriteria({ types: ['SECTION'] }).find((s) => getData(s, DATA_KEYS.testCard) !== '')!
    for (const shape of card.findAllWithCriteria({ types: ['SHAPE_WITH_TEXT'] }))
      fake.user.typeInto(shape, '=IMPORTXML("http://evil.example") <script>t</script>')
    return c
  }

  it.each(['en', 'sv', 'da'] as const)('CSV (%s): no cell a spreadsheet would run as a formula; text kept', async (locale) => {
    const fake = useFake()
    const c = await hostileBoard(fake, locale)
    const panel = await PanelDriver.openAsync(fake)
    const before = fake.inspect.nodes()
    const answer = await panel.requestAsync('EXPORT', { canvasId: c.id, format: 'csv' })
    expect(answer.ok).toBe(true)
    expect(fake.inspect.nodes()).toEqual(before)
    const content = panel.exports.at(-1)!.content.replace(/^\uFEFF/, '')
    const separator = locale === 'en' ? ',' : ';'
    const rows = parseCsv(content, content.includes(';') && locale !== 'en' ? ';' : separator)
    const cells = rows.flat()
    for (const cell of cells) expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/)
    for (const text of HOSTILE_TEXT) expect(cells.some((cell) => cell.includes(text.replace(/^[\t]/, '')))).toBe(true)
  })

  it.each(['en', 'sv', 'da'] as const)('Markdown (%s): no live HTML, no heading or link made from a sticky', async (locale) => {
    const fake = useFake()
    const c = await hostileBoard(fake, locale)
    const panel = await PanelDriver.openAsync(fake)
    const answer = await panel.requestAsync('EXPORT', { canvasId: c.id, format: 'markdown' })
    expect(answer.ok).toBe(true)
    const content = panel.exports.at(-1)!.content
    // A backslash before "<" is CommonMark's escape: the text shows, nothing runs.
    expect(content).not.toMatch(/(^|[^\\])<(script|img|b>|\/)/im)
    expect(content).toContain('\\<script>alert(1)\\</script>')
    expect(content).not.toMatch(/(^|[^\\])\]\(javascript:/m)
    expect(content).toContain('[click\\](javascript:alert(3))')
    expect(content).not.toMatch(/^#+ Not a heading/m)
    expect(content).toContain('\\# Not a heading')
    expect(content).not.toMatch(/^=line two/m)
  })
})
