/**
 * Big canvases keep their whole report, and names of any length cannot break a canvas (issue #18), through the fake.
 */
import { describe, expect, it } from 'vitest'
import { checkFitAsync } from '../../src/commands/check-fit-async'
import { exportProblem } from '../../src/commands/export-canvas'
import { insertVpcAsync } from '../../src/commands/insert-vpc-async'
import { setData, SHARED_NAMESPACE } from '../../src/adapter/plugin-data'
import { takeSnapshot } from '../../src/adapter/snapshot'
import { readStoredReport } from '../../src/adapter/stored-report'
import { analyzeBoard, reportWithoutTime } from '../../src/core/analyze'
import { MAX_CANVAS_STICKIES, MAX_NAME_CHARS, PLUGIN_DATA_LIMIT } from '../../contract/limits'
import { readSplitHead } from '../../src/core/report-storage'
import type { FitReport, ZoneKey } from '../../src/core/types'
import { ZONE_KEYS } from '../../src/core/types'
import { useFake } from './harness'
import { canvases, oracle, zonePoint } from './reliability/board'
import { canvasWith } from './reliability/canvas'
import { commandAsync, expectDone, expectRefused } from './reliability/observe'

const check = (locale: 'en' | 'sv' = 'en') => checkFitAsync({ canvasId: null, locale })

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}

function stored(section: SectionNode): FitReport {
  const text = readStoredReport(section)
  if (!text.ok) throw new Error(`no stored report: ${text.reason}`)
  return JSON.parse(text.json) as FitReport
}

/** Drops `count` stickies spread over the six zones of the only canvas, and `links` connectors between them. */
async function bigCanvas(count: number, links: number) {
  const fake = useFake()
  const canvas = await canvasWith(fake, {})
  const ids: Record<ZoneKey, string[]> = {
    jobs: [],
    pains: [],
    gains: [],
    products: [],
    painRelievers: [],
    gainCreators: []
  }
  // Points along each zone's middle ray, read once (the inspector walks the whole page).
  const points = new Map<string, { x: number; y: number }>()
  for (const zone of ZONE_KEYS)
    for (let k = 0; k < 8; k++) points.set(`${zone}${k}`, zonePoint(fake, canvas.id, zone, 0.35 + k * 0.05)!)
  for (let i = 0; i < count; i++) {
    const zone = ZONE_KEYS[i % ZONE_KEYS.length] as ZoneKey
    const at = points.get(`${zone}${Math.floor(i / 6) % 8}`)!
    const node = fake.user.addSticky({
      text: `${zone} ${i} with a few words`,
      x: at.x - 120 + (i % 13),
      y: at.y - 120
    })
    ids[zone].push(node.id)
  }
  const pairs: Array<[ZoneKey, ZoneKey]> = [
    ['painRelievers', 'pains'],
    ['gainCreators', 'gains'],
    ['products', 'jobs'],
    ['products', 'pains']
  ]
  for (let i = 0; i < links; i++) {
    const [from, to] = pairs[i % pairs.length]!
    const a = ids[from][i % ids[from].length]!
    const round = Math.floor(i / pairs.length)
    const b = ids[to][(round * 7 + Math.floor(round / ids[from].length)) % ids[to].length]!
    fake.user.connect(a, b)
  }
  return { fake, canvas }
}

/** The section's report entries (`report`, `report.1`…): its other shared entries are the canvas's own data. */
const reportKeys = (section: SectionNode) =>
  section.getSharedPluginDataKeys(SHARED_NAMESPACE).filter((key) => key === 'report' || key.startsWith('report.'))

describe('the stored report of a big canvas', () => {
  it('3,000 stickies and 3,000 connectors: stored in full across entries of at most 100 kB, exactly a fresh analysis', async () => {
    const { fake, canvas } = await bigCanvas(3_000, 3_000)
    expectDone(await commandAsync(fake, () => check()), /^Fit \d+%/)
    const keys = reportKeys(canvas.section)
    expect(keys.length).toBeGreaterThan(2)
    for (const key of keys) {
      const entry =
        bytes(SHARED_NAMESPACE) +
        bytes(key) +
        bytes(canvas.section.getSharedPluginData(SHARED_NAMESPACE, key))
      expect(entry).toBeLessThanOrEqual(PLUGIN_DATA_LIMIT)
    }
    const head = readSplitHead(canvas.section.getSharedPluginData(SHARED_NAMESPACE, 'report'))
    expect(head?.parts).toBe(keys.length - 1)
    const report = stored(canvas.section)
    expect(reportWithoutTime(report)).toEqual(oracle()[0]!.report)
    expect('truncated' in report).toBe(false)
    // Every id the fit names is a sticky of the report's zones.
    const inZones = new Set(ZONE_KEYS.flatMap((zone) => report.zones[zone].map((item) => item.id)))
    for (const id of [...report.fit.unaddressed, ...report.fit.orphans]) expect(inZones.has(id)).toBe(true)
    expect(report.links.length).toBeGreaterThan(2_000)
  }, 30_000)

  it('a report that shrinks back under 100 kB is stored whole again and leaves no stale pieces', async () => {
    const { fake, canvas } = await bigCanvas(1_500, 0)
    expectDone(await commandAsync(fake, () => check()))
    expect(reportKeys(canvas.section).length).toBeGreaterThan(1)
    for (const node of figma.currentPage.findAllWithCriteria({ types: ['STICKY'] }).slice(10)) node.remove()
    expectDone(await commandAsync(fake, () => check()))
    expect(reportKeys(canvas.section)).toEqual(['report'])
    expect(reportWithoutTime(stored(canvas.section))).toEqual(oracle()[0]!.report)
  })

  it(`beyond ${MAX_CANVAS_STICKIES} stickies: a clear message with the numbers, and nothing stored`, async () => {
    const { fake, canvas } = await bigCanvas(MAX_CANVAS_STICKIES + 1, 0)
    const refused = await commandAsync(fake, () => check())
    expectRefused(refused, 'This canvas has 5,001 stickies; VPC Fit stores up to 5,000. Nothing was stored.')
    expect(reportKeys(canvas.section)).toEqual([])
    // The export refuses the same canvas, so every file an export writes can be imported again.
    const report = analyzeBoard(takeSnapshot(figma.currentPage), 'now')[0]!.report
    expect(exportProblem(report, 'da')).toBe('Canvasset har 5.001 sedler; en eksport rummer højst 5.000.')
  })
})

describe('names that cannot break a canvas', () => {
  it('a Swedish canvas with a 30,000-character segment stays Swedish and keeps the name in full', async () => {
    const fake = useFake()
    const segment = 'Pendlare '.repeat(3_334).slice(0, 30_000)
    const inserted = await commandAsync(
      fake,
      () => insertVpcAsync({ segment, product: 'Cykelapp', locale: 'sv' }),
      'sv'
    )
    expectDone(inserted, /^Lade in en Value Proposition Canvas för Pendlare/)
    const canvas = takeSnapshot(figma.currentPage).canvases[0]!
    expect(canvas.meta.locale).toBe('sv')
    expect(canvas.meta.segment).toBe(segment.trim())
    // On the board the name is cut with "…".
    const section = (await figma.getNodeByIdAsync(canvas.id)) as SectionNode
    expect(section.name.endsWith('…')).toBe(true)
    expect(Array.from(section.name).length).toBeLessThanOrEqual(90)
    expectDone(await commandAsync(fake, () => check('sv'), 'sv'))
    expect(stored(section).canvas).toMatchObject({ locale: 'sv', segment: segment.trim() })
  })

  it.each([
    ['segment', { segment: 'S'.repeat(100_000), product: 'App' }],
    ['offer', { segment: 'Pendlare', product: '🚲'.repeat(MAX_NAME_CHARS) }]
  ])(
    'a %s too long to store: refused with a short message of our own, nothing drawn',
    async (_which, names) => {
      const fake = useFake()
      const refused = await commandAsync(fake, () => insertVpcAsync({ ...names, locale: 'sv' }), 'sv')
      expectRefused(
        refused,
        /^Namnet är för långt \((100\u00a0000|60\u00a0000) tecken, högst 30\u00a0000\)\. Inget ritades\.$/
      )
      expect(refused.answer.message).not.toMatch(/setPluginData|Data too large|bytes/)
      expect(canvases(fake)).toHaveLength(0)
    }
  )

  it('a canvas drawn before names had their own entries, with a meta too large to parse, keeps its language', async () => {
    const fake = useFake()
    await insertVpcAsync({ segment: 'Pendlare', product: 'Cykelapp', locale: 'sv' })
    const section = (await figma.getNodeByIdAsync(canvases(fake)[0]!.id)) as SectionNode
    setData(section, 'segment', '')
    setData(section, 'product', '')
    setData(section, 'meta', JSON.stringify({ schema: 1, segment: 'P'.repeat(30_000), product: 'Cykelapp', locale: 'sv' }))
    const meta = takeSnapshot(figma.currentPage).canvases[0]!.meta
    expect(meta.locale).toBe('sv')
    expect(analyzeBoard(takeSnapshot(figma.currentPage), 'now')[0]!.report.canvas.locale).toBe('sv')
  })
})
