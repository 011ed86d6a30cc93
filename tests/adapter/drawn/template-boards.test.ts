/**
 * Canvases built the ways published templates and workshop boards build them (session 6 search: Strategyzer's
 * canvas and its Miro/Mural/FigJam copies, MindMeister's and merlin-ict's descriptions, the dashdot.be workshop
 * board, numbered workshop templates, the Swedish and Danish pages in `fake/README.md`'s list), drawn in the
 * fake with the user's actions, adopted, filled, and read back zone by zone.
 */
import { describe, expect, it } from 'vitest'
import { drawnCanvasBoxesAsync } from '../../../src/adapter/drawn-canvas'
import { checkFitAsync } from '../../../src/commands/check-fit-async'
import { targetCanvasIds } from '../../../src/commands/target-canvases'
import type { FitReport, Point, ZoneKey } from '../../../src/core/types'
import { ZONE_KEYS } from '../../../src/core/types'
import { runCommandAsync } from '../../../src/run/run-command'
import { useFake } from '../harness'
import { adopt, DANISH, drawLine, drawText, ENGLISH, polar, storedReport, SWEDISH } from './drawings'
import type { Labels } from './drawings'

/** A sticky centred on `point` (page-absolute). */
function stickyAt(text: string, point: Point): StickyNode {
  return useFake().user.addSticky({ text, x: point.x - 120, y: point.y - 120 })
}

type Expected = Record<ZoneKey, StickyNode[]>

function expectZones(report: FitReport, expected: Expected, unplaced: StickyNode[] = []): void {
  for (const zone of ZONE_KEYS)
    expect(report.zones[zone].map((item) => item.id).sort(), zone).toEqual(expected[zone].map((s) => s.id).sort())
  expect(report.unplaced.map((item) => item.id).sort()).toEqual(unplaced.map((s) => s.id).sort())
}

/**
 * An outer section holding the two halves as sections of their own ("Value map" / "Customer profile" in the
 * board's language), each with its three headers as texts along its top: no shapes, no lines. Stickies at the
 * foot of every column, the middle one too.
 */
async function drawTwoSections(labels: Labels, titles: [string, string]) {
  const fake = useFake()
  await figma.loadFontAsync({ family: 'Inter', style: 'Medium' })
  const outer = fake.user.addSection({ x: 0, y: 0, width: 3000, height: 1400, name: 'Value Proposition Canvas' })
  const expected = {} as Expected
  const halves: Array<[string, number, ZoneKey[]]> = [
    [titles[0], 100, ['gainCreators', 'products', 'painRelievers']],
    [titles[1], 1550, ['gains', 'jobs', 'pains']]
  ]
  for (const [name, x, zones] of halves) {
    const half = fake.user.addSection({ x, y: 100, width: 1350, height: 1200, name })
    zones.forEach((zone, i) => {
      const middle = x + i * 450 + 225
      drawText(labels[zone], { x: middle, y: 180 }, half)
      expected[zone] = [
        stickyAt(`${zone} top`, { x: middle, y: 420 }),
        stickyAt(`${zone} foot`, { x: middle + (i === 1 ? 0 : 60), y: 1130 })
      ]
    })
  }
  figma.commitUndo()
  return { outer, expected }
}

/**
 * The Strategyzer canvas as a template draws it: a square and a circle split by lines, header chips (shapes of
 * another colour, numbered, an emoji, the two-word names wrapped by hand over two lines), a title and side
 * titles above, all grouped.
 */
async function drawTemplate(labels: Labels) {
  const fake = useFake()
  await figma.loadFontAsync({ family: 'Inter', style: 'Medium' })
  const square = fake.user.addShape({ x: 0, y: 0, width: 1200, height: 1200, shapeType: 'SQUARE' })
  const circle = fake.user.addShape({ x: 1500, y: 0, width: 1200, height: 1200, shapeType: 'ELLIPSE' })
  const s = { x: 600, y: 600 }
  const c = { x: 2100, y: 600 }
  const lines = [
    drawLine({ x: 600, y: 0 }, { x: 600, y: 1200 }),
    drawLine(s, { x: 1200, y: 600 }),
    drawLine(c, { x: 1500, y: 600 }),
    drawLine(c, polar(c, 60, 600)),
    drawLine(c, polar(c, 300, 600))
  ]
  const where: Record<ZoneKey, Point> = {
    products: { x: 300, y: 120 },
    gainCreators: { x: 900, y: 120 },
    painRelievers: { x: 900, y: 1080 },
    jobs: polar(c, 0, 380),
    gains: polar(c, 120, 380),
    pains: polar(c, 240, 380)
  }
  const emoji: Record<ZoneKey, string> = {
    jobs: '🛠',
    pains: '😣',
    gains: '😀',
    products: '📦',
    painRelievers: '💊',
    gainCreators: '🚀'
  }
  const chips = ZONE_KEYS.map((zone, i) => {
    const chip = fake.user.addShape({
      x: where[zone].x - 130,
      y: where[zone].y - 60,
      width: 260,
      height: 120,
      text: `${i + 1}. ${labels[zone].replace(' ', '\n')} ${emoji[zone]}`,
      shapeType: 'ROUNDED_RECTANGLE'
    })
    fake.user.setFill(chip, '#FFD3A8')
    return chip
  })
  const texts = [
    drawText('Value Proposition Canvas', { x: 1350, y: -260 }),
    drawText('Value map', { x: 600, y: -90 }),
    drawText('Customer profile', { x: 2100, y: -90 })
  ]
  figma.commitUndo()
  const group = fake.user.group([square, circle, ...lines, ...chips, ...texts])
  const expected: Expected = {
    products: [stickyAt('products high', { x: 300, y: 400 }), stickyAt('products low', { x: 300, y: 1000 })],
    gainCreators: [stickyAt('creators', { x: 950, y: 350 })],
    painRelievers: [stickyAt('relievers', { x: 950, y: 850 })],
    jobs: [stickyAt('job', polar(c, 10, 250))],
    gains: [stickyAt('gain', polar(c, 110, 250))],
    pains: [stickyAt('pain', polar(c, 250, 250))]
  }
  return { group, expected }
}

describe('drawn canvases built as templates build them, in the fake', () => {
  it.each([
    ['Swedish', SWEDISH, ['Värdekarta', 'Kundprofil'], 'sv'],
    ['Danish', DANISH, ['Værdikort', 'Kundeprofil'], 'da'],
    ['English', ENGLISH, ['Value map', 'Customer profile'], 'en']
  ] as const)('the halves as two sections, headers along their tops (%s)', async (_name, labels, titles, locale) => {
    const { outer, expected } = await drawTwoSections(labels, [titles[0], titles[1]])
    figma.currentPage.selection = [outer]
    const answer = await adopt(locale)
    expect(answer.ok).toBe(true)
    expectZones(storedReport(outer), expected)
    const checked = await runCommandAsync(locale, () => checkFitAsync({ canvasId: outer.id, locale }))
    expect(checked.ok).toBe(true)
    expectZones(storedReport(outer), expected)
  })

  it.each([
    ['Swedish', SWEDISH, ['Värdekarta', 'Kundprofil'], 'sv', 'gains'],
    ['Danish', DANISH, ['Værdikort', 'Kundeprofil'], 'da', 'products']
  ] as const)(
    'the halves as two sections: a header deleted leaves its column nobody’s, the others keep theirs (%s)',
    async (_name, labels, titles, locale, deleted) => {
      const { outer, expected } = await drawTwoSections(labels, [titles[0], titles[1]])
      figma.currentPage.selection = [outer]
      expect((await adopt(locale)).ok).toBe(true)
      const header = outer.findAllWithCriteria({ types: ['TEXT'] }).find((node) => node.characters === labels[deleted])
      if (!header) throw new Error('no header')
      useFake().user.delete([header])
      const checked = await runCommandAsync(locale, () => checkFitAsync({ canvasId: outer.id, locale }))
      expect(checked.ok).toBe(true)
      const report = storedReport(outer)
      expectZones(report, { ...expected, [deleted]: [] }, expected[deleted])
    }
  )

  it.each([
    ['English', ENGLISH],
    ['Danish', DANISH]
  ] as const)('a grouped template with numbered, wrapped header chips and titles (%s)', async (_name, labels) => {
    const { group, expected } = await drawTemplate(labels)
    figma.currentPage.selection = [group]
    const answer = await adopt()
    expect(answer.message).toBe('Adopted the drawing: 7 stickies in its zones, 0 unplaced · fit 0%')
    expectZones(storedReport(group), expected)
  })

  it('six headers only, in a workshop section that also holds a BMC: the BMC’s stickies are not the canvas’s', async () => {
    const fake = useFake()
    await figma.loadFontAsync({ family: 'Inter', style: 'Medium' })
    const section = fake.user.addSection({ x: 0, y: 0, width: 7000, height: 1800, name: 'Workshop' })
    const order: ZoneKey[] = ['products', 'gainCreators', 'painRelievers', 'gains', 'pains', 'jobs']
    const expected = {} as Expected
    order.forEach((zone, i) => {
      const x = 200 + i * 450 + (i >= 3 ? 200 : 0)
      drawText(ENGLISH[zone], { x, y: 150 }, section)
      expected[zone] = [stickyAt(`${zone} one`, { x, y: 450 }), stickyAt(`${zone} two`, { x: x + 40, y: 800 })]
    })
    // A BMC drawn by hand far to the right, in the same section, with its own stickies.
    const blocks = ['Key Partners', 'Value Propositions', 'Customer Segments']
    const bmcStickies = blocks.map((name, i) => {
      fake.user.addShape({ x: 4600 + i * 700, y: 100, width: 650, height: 1500, text: name, shapeType: 'SQUARE' })
      return stickyAt(`${name} note`, { x: 4925 + i * 700, y: 900 })
    })
    figma.commitUndo()
    figma.currentPage.selection = [section]
    const answer = await adopt()
    expect(answer.message).toBe('Adopted the drawing: 12 stickies in its zones, 0 unplaced · fit 0%')
    expectZones(storedReport(section), expected)
    for (const sticky of bmcStickies) expect(JSON.stringify(storedReport(section))).not.toContain(JSON.stringify(sticky.id))
  })

  it('a BMC added to the drawing’s section later: a selected sticky of it picks no canvas of the drawing', async () => {
    const fake = useFake()
    await figma.loadFontAsync({ family: 'Inter', style: 'Medium' })
    const section = fake.user.addSection({ x: 0, y: 0, width: 2900, height: 1400, name: 'Workshop' })
    fake.user.addShape({ x: 100, y: 100, width: 1200, height: 1200, shapeType: 'SQUARE' })
    fake.user.addShape({ x: 1600, y: 100, width: 1200, height: 1200, shapeType: 'ELLIPSE' })
    const angles: Record<ZoneKey, number> = { jobs: 0, gains: 120, pains: 240, products: 180, gainCreators: 60, painRelievers: 300 }
    for (const zone of ZONE_KEYS) {
      const centre = ['jobs', 'pains', 'gains'].includes(zone) ? { x: 2200, y: 700 } : { x: 700, y: 700 }
      drawText(ENGLISH[zone], polar(centre, angles[zone], 420), section)
    }
    figma.commitUndo()
    figma.currentPage.selection = [section]
    expect((await adopt()).ok).toBe(true)
    fake.user.resize(section, 6500, 1400)
    const block = fake.user.addShape({ x: 4000, y: 100, width: 800, height: 1200, text: 'Value Propositions', shapeType: 'SQUARE' })
    const inBmc = stickyAt('Bike subscription', { x: block.x + 400, y: 700 })
    const onDrawing = stickyAt('Rain', polar({ x: 2200, y: 700 }, 240, 220))
    figma.commitUndo()
    const boxOf = async () => (await drawnCanvasBoxesAsync(figma.currentPage))[0]?.box
    // Nothing selected in it: the section's box, read from the section alone.
    figma.currentPage.selection = []
    expect(await boxOf()).toEqual({ x: 0, y: 0, width: 6500, height: 1400 })
    figma.currentPage.selection = [inBmc]
    const reach = await boxOf()
    expect(reach?.width).toBeLessThan(4000)
    expect(targetCanvasIds(await drawnCanvasBoxesAsync(figma.currentPage), null, [inBmc])).toBeNull()
    figma.currentPage.selection = [onDrawing]
    expect(targetCanvasIds(await drawnCanvasBoxesAsync(figma.currentPage), null, [onDrawing])).toEqual([section.id])
  })

  it('a BMC drawn in the drawing’s section after it was adopted: its stickies are not the canvas’s', async () => {
    const fake = useFake()
    await figma.loadFontAsync({ family: 'Inter', style: 'Medium' })
    const section = fake.user.addSection({ x: 0, y: 0, width: 2900, height: 1400, name: 'Workshop' })
    const square = fake.user.addShape({ x: 100, y: 100, width: 1200, height: 1200, shapeType: 'SQUARE' })
    const circle = fake.user.addShape({ x: 1600, y: 100, width: 1200, height: 1200, shapeType: 'ELLIPSE' })
    const s = { x: 700, y: 700 }
    const c = { x: 2200, y: 700 }
    const angles: Record<ZoneKey, number> = { jobs: 0, gains: 120, pains: 240, products: 180, gainCreators: 60, painRelievers: 300 }
    const expected = {} as Expected
    for (const zone of ZONE_KEYS) {
      const centre = ['jobs', 'pains', 'gains'].includes(zone) ? c : s
      drawText(ENGLISH[zone], polar(centre, angles[zone], 420), section)
      expected[zone] = [stickyAt(`${zone} sticky`, polar(centre, angles[zone], 220))]
    }
    const between = stickyAt('between the shapes', { x: 1450, y: 700 })
    figma.commitUndo()
    void square
    void circle
    figma.currentPage.selection = [section]
    expect((await adopt()).message).toBe('Adopted the drawing: 6 stickies in its zones, 1 unplaced · fit 0%')
    // Later the team widens the section and draws a BMC's blocks in it, far to the right, with stickies.
    fake.user.resize(section, 6500, 1400)
    const blocks = ['Key Partners', 'Value Propositions', 'Customer Segments'].map((name, i) =>
      fake.user.addShape({ x: 3800 + i * 850, y: 100, width: 800, height: 1200, text: name, shapeType: 'SQUARE' })
    )
    const bmcStickies = blocks.map((block, i) => stickyAt(`block ${i}`, { x: block.x + 400, y: 700 }))
    const parked = stickyAt('parked far off, no BMC under it', { x: 3400, y: 1200 })
    figma.commitUndo()
    const check = () => runCommandAsync('en', () => checkFitAsync({ canvasId: section.id, locale: 'en' }))
    expect((await check()).ok).toBe(true)
    expectZones(storedReport(section), expected, [between])
    for (const sticky of [...bmcStickies, parked]) expect(JSON.stringify(storedReport(section))).not.toContain(JSON.stringify(sticky.id))
    // The BMC goes again: the section is all canvas, and the sticky parked far off is its unplaced one.
    fake.user.delete(blocks)
    expect((await check()).ok).toBe(true)
    expectZones(storedReport(section), expected, [between, parked, ...bmcStickies])
  })
})
