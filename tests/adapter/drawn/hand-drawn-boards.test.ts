/**
 * Session 8: hand-drawn boards unlike the earlier fixtures, built in the FigJam fake the ways people draw a Value
 * Proposition Canvas by hand: a square and a circle drawn with shapes, zone titles as texts, stickies or shape text
 * in English, Swedish and Danish with typos, emoji, numbering, capitals and abbreviations; dividers that overshoot
 * the shapes; the square on the right; a turned group; tiny and huge canvases; overlapping canvases; a canvas in a
 * section named after its segment; numbered badges beside loose headers. Each is adopted as a person would (the
 * section, the group or the loose nodes selected) and every sticky must be read in the zone a person expects, or
 * the adoption refused with a sentence that says why; never a guess presented as certain.
 */
import { describe, expect, it } from 'vitest'
import { DRAWN_KEY } from '../../../src/adapter/drawn-canvas'
import { SHARED_NAMESPACE } from '../../../src/adapter/plugin-data'
import { parseDrawnDef } from '../../../src/core/drawn/definition'
import type { FitReport, Point, Rect, ZoneKey } from '../../../src/core/types'
import { ZONE_KEYS } from '../../../src/core/types'
import { checkFitAsync } from '../../../src/commands/check-fit-async'
import { runCommandAsync } from '../../../src/run/run-command'
import { useFake } from '../harness'
import type { Labels } from './drawings'
import { adopt, CUSTOMER, drawLine, polar, storedReport } from './drawings'

type Expected = Partial<Record<ZoneKey, StickyNode[]>>

interface Board {
  selection: SceneNode[]
  expected: Expected
  unplaced: StickyNode[]
  locale?: 'en' | 'sv' | 'da'
}

const isCustomer = (zone: ZoneKey): boolean => CUSTOMER.includes(zone)

/** The canonical sector middles (square left, circle right); `mirrored` is the square on the right. */
function middles(mirrored: boolean): Record<ZoneKey, number> {
  return mirrored
    ? { jobs: 180, gains: 60, pains: 300, products: 0, gainCreators: 120, painRelievers: 240 }
    : { jobs: 0, gains: 120, pains: 240, products: 180, gainCreators: 60, painRelievers: 300 }
}

function stickyAt(text: string, point: Point, color?: string): StickyNode {
  return useFake().user.addSticky({ text, x: point.x - 120, y: point.y - 120, ...(color ? { color } : {}) })
}

function parentOrigin(parent?: SectionNode): Point {
  return parent ? { x: parent.absoluteTransform[0][2], y: parent.absoluteTransform[1][2] } : { x: 0, y: 0 }
}

/** A text node centred on `point` (page-absolute) at `fontSize`, inside `parent` when given. */
function textAt(characters: string, point: Point, fontSize = 32, parent?: SectionNode): TextNode {
  const text = figma.createText()
  if (parent) parent.appendChild(text)
  text.characters = characters
  text.fontSize = fontSize
  const origin = parentOrigin(parent)
  text.x = point.x - text.width / 2 - origin.x
  text.y = point.y - text.height / 2 - origin.y
  return text
}

function shapeAt(
  centre: Point,
  width: number,
  height: number,
  shapeType: ShapeWithTextNode['shapeType'],
  text?: string
) {
  return useFake().user.addShape({
    x: centre.x - width / 2,
    y: centre.y - height / 2,
    width,
    height,
    shapeType,
    ...(text !== undefined ? { text } : {})
  })
}

/** A straight connector attached to nothing, from `a` to `b` (page-absolute). */
function connectorLine(a: Point, b: Point): ConnectorNode {
  const connector = figma.createConnector()
  connector.connectorLineType = 'STRAIGHT'
  connector.connectorStart = { position: { x: a.x, y: a.y } }
  connector.connectorEnd = { position: { x: b.x, y: b.y } }
  connector.connectorEndStrokeCap = 'NONE'
  return connector
}

/**
 * A square and a circle of `side` px, `gap` apart, starting at `origin`; labels as text (or `style`) at
 * `labelShare` of the radius on each zone's sector middle; one sticky per zone at `stickyShare` of the radius.
 */
interface SquareCircle {
  square: ShapeWithTextNode
  circle: ShapeWithTextNode
  squareCentre: Point
  circleCentre: Point
  labels: Record<ZoneKey, SceneNode>
  stickies: Record<ZoneKey, StickyNode>
}

async function squareAndCircle(options: {
  labels: Labels
  origin?: Point
  side?: number
  mirrored?: boolean
  style?: 'text' | 'sticky' | 'chip'
  fontSize?: number
  labelShare?: number
  angles?: Partial<Record<ZoneKey, number>>
  stickyAngles?: Partial<Record<ZoneKey, number>>
  parent?: SectionNode
  stickyShare?: number
}): Promise<SquareCircle> {
  await figma.loadFontAsync({ family: 'Inter', style: 'Medium' })
  const side = options.side ?? 1200
  const origin = options.origin ?? { x: 200, y: 300 }
  const mirrored = options.mirrored === true
  const squareCentre = { x: origin.x + (mirrored ? side * 1.4 : 0) + side / 2, y: origin.y + side / 2 }
  const circleCentre = { x: origin.x + (mirrored ? 0 : side * 1.4) + side / 2, y: origin.y + side / 2 }
  const square = shapeAt(squareCentre, side, side, 'SQUARE')
  const circle = shapeAt(circleCentre, side, side, 'ELLIPSE')
  const base = middles(mirrored)
  const angles = { ...base, ...options.angles }
  const stickyAngles = { ...base, ...options.stickyAngles }
  const labels = {} as Record<ZoneKey, SceneNode>
  const stickies = {} as Record<ZoneKey, StickyNode>
  const radius = side / 2
  for (const zone of ZONE_KEYS) {
    const centre = isCustomer(zone) ? circleCentre : squareCentre
    const at = polar(centre, angles[zone], radius * (options.labelShare ?? 0.75))
    const style = options.style ?? 'text'
    labels[zone] =
      style === 'text'
        ? textAt(options.labels[zone], at, options.fontSize ?? 32, options.parent)
        : style === 'sticky'
          ? stickyAt(options.labels[zone], at, 'Orange')
          : shapeAt(at, side * 0.2, side * 0.07, 'ROUNDED_RECTANGLE', options.labels[zone])
  }
  for (const zone of ZONE_KEYS) {
    const centre = isCustomer(zone) ? circleCentre : squareCentre
    stickies[zone] = stickyAt(
      `${zone} item`,
      polar(centre, stickyAngles[zone], radius * (options.stickyShare ?? 0.4))
    )
  }
  return { square, circle, squareCentre, circleCentre, labels, stickies }
}

function expectedOf(stickies: Record<ZoneKey, StickyNode>): Expected {
  const expected: Expected = {}
  for (const zone of ZONE_KEYS) expected[zone] = [stickies[zone]]
  return expected
}

/** Turns a node about `pivot` by `degrees` (counter-clockwise on screen), as rotating its group turns it. */
function turnAbout(node: ShapeWithTextNode | TextNode, pivot: Point, degrees: number): void {
  const t = node.relativeTransform
  const radians = (degrees * Math.PI) / 180
  const cos = Math.cos(radians)
  const sin = Math.sin(radians)
  // On screen (y down) a counter-clockwise turn maps (dx, dy) to (dx cos + dy sin, -dx sin + dy cos).
  const turnVector = (x: number, y: number): [number, number] => [x * cos + y * sin, -x * sin + y * cos]
  const [ax, ay] = turnVector(t[0][0], t[1][0])
  const [bx, by] = turnVector(t[0][1], t[1][1])
  const [ox, oy] = turnVector(t[0][2] - pivot.x, t[1][2] - pivot.y)
  node.relativeTransform = [
    [ax, bx, ox + pivot.x],
    [ay, by, oy + pivot.y]
  ]
}

function anchorOf(): SceneNode {
  const found = figma.currentPage.findAllWithCriteria({
    sharedPluginData: { namespace: SHARED_NAMESPACE, keys: [DRAWN_KEY] }
  })
  if (found.length === 0) throw new Error('nothing adopted')
  return found[found.length - 1] as SceneNode
}

function zonesOf(report: FitReport): Record<string, string[]> {
  const got: Record<string, string[]> = {}
  for (const zone of ZONE_KEYS) got[zone] = report.zones[zone].map((item) => item.id).sort()
  got.unplaced = report.unplaced.map((item) => item.id).sort()
  return got
}

function wanted(expected: Expected, unplaced: StickyNode[]): Record<string, string[]> {
  const want: Record<string, string[]> = {}
  for (const zone of ZONE_KEYS) want[zone] = (expected[zone] ?? []).map((s) => s.id).sort()
  want.unplaced = unplaced.map((s) => s.id).sort()
  return want
}

async function adoptAndRead(
  board: Board
): Promise<{ message: string; report: FitReport; anchor: SceneNode }> {
  figma.currentPage.selection = board.selection
  const answer = await adopt(board.locale ?? 'en')
  if (!answer.ok) throw new Error(`refused: ${answer.message}`)
  const anchor = anchorOf()
  const report = storedReport(anchor)
  // Check fit reads the drawing alone (its own nodes and what overlaps it): it must find what adopting found.
  const checked = await runCommandAsync('en', () => checkFitAsync({ canvasId: anchor.id, locale: 'en' }))
  expect(checked.ok).toBe(true)
  expect(zonesOf(storedReport(anchor))).toEqual(zonesOf(report))
  return { message: answer.message, report, anchor }
}

const SWEDISH_NUMBERED: Labels = {
  jobs: '1. Kundjobb 🧑‍🔧',
  pains: '2. Smärtor 😣',
  gains: '3. Vinster 🎉',
  products: '4. Produkter och tjänster',
  painRelievers: '5. Smärtlindrare 💊',
  gainCreators: '6. Vinstskapare ✨'
}
const DANISH_CAPS: Labels = {
  jobs: 'KUNDEOPGAVER',
  pains: 'SMERTER',
  gains: 'GEVINSTER',
  products: 'PRODUKTER OG SERVICES',
  painRelievers: 'SMERTELINDRERE',
  gainCreators: 'GEVINSTSKABERE'
}
const SHORT: Labels = {
  jobs: 'Jobs',
  pains: 'Pains',
  gains: 'Gains',
  products: 'P&S',
  painRelievers: 'Pain relievers',
  gainCreators: 'Gain creators'
}
const TYPOS: Labels = {
  jobs: 'Custmer jobs',
  pains: 'Pians',
  gains: 'Gians',
  products: 'Prodcuts & services',
  painRelievers: 'Pain releivers',
  gainCreators: 'Gain creaters'
}
const ENGLISH_CAPS: Labels = {
  jobs: 'CUSTOMER JOBS',
  pains: 'PAINS',
  gains: 'GAINS',
  products: 'PRODUCTS & SERVICES',
  painRelievers: 'PAIN RELIEVERS',
  gainCreators: 'GAIN CREATORS'
}
const LETTERED: Labels = {
  jobs: 'A. Customer jobs',
  pains: 'B. Pains',
  gains: 'C. Gains',
  products: 'D. Products & services',
  painRelievers: 'E. Pain relievers',
  gainCreators: 'F. Gain creators'
}

describe('hand-drawn boards (session 8): every sticky where a person expects it', () => {
  it('1. Swedish, square on the right, numbered titles with emoji as text, in a section', async () => {
    const section = useFake().user.addSection({ x: 0, y: 0, width: 3500, height: 1800, name: 'Kundprofil' })
    const drawn = await squareAndCircle({ labels: SWEDISH_NUMBERED, mirrored: true, parent: section })
    const { message, report } = await adoptAndRead({
      selection: [section],
      expected: {},
      unplaced: [],
      locale: 'sv'
    })
    expect(message).toContain('6')
    expect(zonesOf(report)).toEqual(wanted(expectedOf(drawn.stickies), []))
  })

  it('2. Danish capitals on orange header stickies, square and circle in a group', async () => {
    const drawn = await squareAndCircle({ labels: DANISH_CAPS, style: 'sticky' })
    const group = figma.group([drawn.square, drawn.circle, ...Object.values(drawn.labels)], figma.currentPage)
    figma.commitUndo()
    const { report } = await adoptAndRead({ selection: [group], expected: {}, unplaced: [], locale: 'da' })
    expect(zonesOf(report)).toEqual(wanted(expectedOf(drawn.stickies), []))
  })

  it('3. abbreviations as shape text (Jobs, Pains, Gains, P&S), loose nodes selected', async () => {
    const drawn = await squareAndCircle({ labels: SHORT, style: 'chip' })
    const { report } = await adoptAndRead({
      selection: [drawn.square, drawn.circle, ...Object.values(drawn.labels)],
      expected: {},
      unplaced: []
    })
    expect(zonesOf(report)).toEqual(wanted(expectedOf(drawn.stickies), []))
  })

  it('4. typos in every title, loose nodes selected', async () => {
    const drawn = await squareAndCircle({ labels: TYPOS })
    const { report } = await adoptAndRead({
      selection: [drawn.square, drawn.circle, ...Object.values(drawn.labels)],
      expected: {},
      unplaced: []
    })
    expect(zonesOf(report)).toEqual(wanted(expectedOf(drawn.stickies), []))
  })

  it('5. lettered titles (A. … F.) in capitals-free English, in a section', async () => {
    const section = useFake().user.addSection({ x: 0, y: 0, width: 3500, height: 1800, name: 'Workshop' })
    const drawn = await squareAndCircle({ labels: LETTERED, parent: section })
    const { report } = await adoptAndRead({ selection: [section], expected: {}, unplaced: [] })
    expect(zonesOf(report)).toEqual(wanted(expectedOf(drawn.stickies), []))
  })

  it('6. Strategyzer lines drawn long, past the shapes’ edges, titles in the zones’ outer corners', async () => {
    const section = useFake().user.addSection({ x: 0, y: 0, width: 3500, height: 1800, name: 'Canvas' })
    // Products take the square's left half; creators the upper right quarter, relievers the lower right.
    const drawn = await squareAndCircle({
      labels: ENGLISH_CAPS,
      parent: section,
      labelShare: 0.8,
      angles: { products: 150, gainCreators: 80, painRelievers: 280, gains: 75, pains: 285, jobs: 330 },
      stickyAngles: { products: 200, gainCreators: 20, painRelievers: 340, gains: 170, pains: 190, jobs: 30 },
      stickyShare: 0.55
    })
    const s = drawn.squareCentre
    const c = drawn.circleCentre
    const r = 600
    // Drawn by hand: each line runs a fifth of the radius past the edge it ends at.
    drawLine({ x: s.x, y: s.y - r * 1.2 }, { x: s.x, y: s.y + r * 1.2 }, section)
    drawLine(s, { x: s.x + r * 1.2, y: s.y }, section)
    drawLine(c, polar(c, 60, r * 1.2), section)
    drawLine(c, polar(c, 180, r * 1.2), section)
    drawLine(c, polar(c, 300, r * 1.2), section)
    figma.commitUndo()
    const { report } = await adoptAndRead({ selection: [section], expected: {}, unplaced: [] })
    expect(zonesOf(report)).toEqual(wanted(expectedOf(drawn.stickies), []))
  })

  it('7. the circle cut in three by connectors from its centre, in a group, square on the right', async () => {
    const drawn = await squareAndCircle({
      labels: ENGLISH_CAPS,
      mirrored: true,
      labelShare: 0.8,
      angles: { jobs: 200, gains: 80, pains: 320 },
      stickyAngles: { jobs: 160, gains: 40, pains: 280 },
      stickyShare: 0.55
    })
    const c = drawn.circleCentre
    const lines = [120, 0, 240].map((angle) => connectorLine(c, polar(c, angle, 600)))
    const group = figma.group(
      [drawn.square, drawn.circle, ...Object.values(drawn.labels), ...lines],
      figma.currentPage
    )
    figma.commitUndo()
    const { report } = await adoptAndRead({ selection: [group], expected: {}, unplaced: [] })
    expect(zonesOf(report)).toEqual(wanted(expectedOf(drawn.stickies), []))
  })

  it('8. the two halves as two sections side by side, each with its shape, selected together', async () => {
    const fake = useFake()
    const left = fake.user.addSection({ x: 100, y: 200, width: 1400, height: 1400, name: 'Value Map' })
    const right = fake.user.addSection({
      x: 1780,
      y: 200,
      width: 1400,
      height: 1400,
      name: 'Customer Profile'
    })
    const drawn = await squareAndCircle({ labels: ENGLISH_CAPS, origin: { x: 200, y: 300 } })
    // The labels were written on the page; they belong in their halves' sections, where people type them.
    for (const zone of ZONE_KEYS) {
      const label = drawn.labels[zone] as TextNode
      const box = label.absoluteBoundingBox as Rect
      const host = isCustomer(zone) ? right : left
      host.appendChild(label)
      label.x = box.x - host.x
      label.y = box.y - host.y
    }
    figma.commitUndo()
    const { report } = await adoptAndRead({ selection: [left, right], expected: {}, unplaced: [] })
    expect(zonesOf(report)).toEqual(wanted(expectedOf(drawn.stickies), []))
  })

  it('9. the whole drawing in a group turned 25°', async () => {
    const drawn = await squareAndCircle({ labels: ENGLISH_CAPS })
    const parts: Array<ShapeWithTextNode | TextNode> = [
      drawn.square,
      drawn.circle,
      ...(Object.values(drawn.labels) as TextNode[])
    ]
    const pivot = { x: (drawn.squareCentre.x + drawn.circleCentre.x) / 2, y: drawn.squareCentre.y }
    for (const part of parts) turnAbout(part, pivot, 25)
    // The stickies were dropped on the turned drawing: moved to where their zones turned to.
    for (const zone of ZONE_KEYS) {
      const sticky = drawn.stickies[zone]
      const box = sticky.absoluteBoundingBox as Rect
      const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 }
      const d = Math.hypot(centre.x - pivot.x, centre.y - pivot.y)
      const a = (Math.atan2(-(centre.y - pivot.y), centre.x - pivot.x) * 180) / Math.PI
      const to = polar(pivot, a + 25, d)
      useFake().user.move(sticky, to.x - box.width / 2, to.y - box.height / 2)
    }
    const group = figma.group(parts, figma.currentPage)
    figma.commitUndo()
    const { report } = await adoptAndRead({ selection: [group], expected: {}, unplaced: [] })
    expect(zonesOf(report)).toEqual(wanted(expectedOf(drawn.stickies), []))
  })

  it('10. a tiny canvas (180 px shapes, 10 px titles) under stickies larger than its zones', async () => {
    const section = useFake().user.addSection({ x: 0, y: 0, width: 700, height: 500, name: 'Mini VPC' })
    const drawn = await squareAndCircle({
      labels: SHORT,
      side: 180,
      origin: { x: 100, y: 150 },
      fontSize: 10,
      parent: section,
      labelShare: 0.7,
      stickyShare: 0.45
    })
    const { report } = await adoptAndRead({ selection: [section], expected: {}, unplaced: [] })
    expect(zonesOf(report)).toEqual(wanted(expectedOf(drawn.stickies), []))
  })

  it('11. a huge canvas (30,000 px shapes, 600 px titles), Danish', async () => {
    const section = useFake().user.addSection({
      x: -1000,
      y: -1000,
      width: 80000,
      height: 34000,
      name: 'Stor'
    })
    const drawn = await squareAndCircle({
      labels: DANISH_CAPS,
      side: 30000,
      origin: { x: 0, y: 0 },
      fontSize: 600,
      parent: section
    })
    const { report } = await adoptAndRead({ selection: [section], expected: {}, unplaced: [], locale: 'da' })
    expect(zonesOf(report)).toEqual(wanted(expectedOf(drawn.stickies), []))
  })

  it('12. stickies straddling the rim, the gap and a divider: each where its centre is', async () => {
    const section = useFake().user.addSection({ x: 0, y: 0, width: 3500, height: 1800, name: 'Canvas' })
    const drawn = await squareAndCircle({ labels: ENGLISH_CAPS, parent: section })
    const c = drawn.circleCentre
    const s = drawn.squareCentre
    // Half on the circle, its centre just inside the rim; another just outside it (in the section: unplaced).
    const inside = stickyAt('rim inside', polar(c, 0, 570))
    const outside = stickyAt('rim outside', polar(c, 0, 640))
    // Between the square and the circle: unplaced.
    const gap = stickyAt('in the gap', { x: (s.x + 600 + c.x - 600) / 2, y: s.y })
    // On the square's edge, centre just inside: products.
    const edge = stickyAt('on the edge', { x: s.x - 590, y: s.y })
    const expected = expectedOf(drawn.stickies)
    expected.jobs = [drawn.stickies.jobs, inside]
    expected.products = [drawn.stickies.products, edge]
    const { report } = await adoptAndRead({ selection: [section], expected: {}, unplaced: [] })
    expect(zonesOf(report)).toEqual(wanted(expected, [outside, gap]))
  })

  it('13. two canvases side by side, overlapping: each sticky counted once, each canvas its own', async () => {
    const first = await squareAndCircle({ labels: ENGLISH_CAPS, origin: { x: 0, y: 0 } })
    const firstGroup = figma.group(
      [first.square, first.circle, ...Object.values(first.labels)],
      figma.currentPage
    )
    // The second canvas drawn so its square overlaps the first one's circle by 200 px.
    const second = await squareAndCircle({ labels: SHORT, origin: { x: 2880 + 1200 - 200, y: 0 } })
    const secondGroup = figma.group(
      [second.square, second.circle, ...Object.values(second.labels)],
      figma.currentPage
    )
    figma.commitUndo()
    figma.currentPage.selection = [firstGroup]
    expect((await adopt()).ok).toBe(true)
    figma.currentPage.selection = [secondGroup]
    expect((await adopt()).ok).toBe(true)
    const reports = [storedReport(firstGroup), storedReport(secondGroup)]
    expect(zonesOf(reports[0] as FitReport)).toEqual(wanted(expectedOf(first.stickies), []))
    expect(zonesOf(reports[1] as FitReport)).toEqual(wanted(expectedOf(second.stickies), []))
    // A sticky dropped where the first circle's jobs and the second square's products overlap counts once.
    const overlap = stickyAt('in the overlap', { x: 2880 + 1200 - 100, y: 600 })
    for (const group of [firstGroup, secondGroup]) {
      const checked = await runCommandAsync('en', () => checkFitAsync({ canvasId: group.id, locale: 'en' }))
      expect(checked.ok).toBe(true)
    }
    const counted = [storedReport(firstGroup), storedReport(secondGroup)].flatMap((report) =>
      [...ZONE_KEYS.flatMap((zone) => report.zones[zone]), ...report.unplaced].filter(
        (item) => item.id === overlap.id
      )
    )
    expect(counted).toHaveLength(1)
  })

  it('14. a canvas drawn inside a section named after its segment: the canvas carries the segment', async () => {
    const section = useFake().user.addSection({ x: 0, y: 0, width: 3500, height: 1800, name: 'Busy parents' })
    const drawn = await squareAndCircle({ labels: ENGLISH_CAPS, parent: section })
    const { report } = await adoptAndRead({ selection: [section], expected: {}, unplaced: [] })
    expect(zonesOf(report)).toEqual(wanted(expectedOf(drawn.stickies), []))
    expect(report.canvas.segment).toBe('Busy parents')
    const definition = parseDrawnDef(section.getSharedPluginData(SHARED_NAMESPACE, DRAWN_KEY))
    expect(definition?.segment).toBe('Busy parents')
  })

  it.each([true, false])(
    '15. six loose headers over sticky columns, a numbered badge circle beside each: %s',
    async (badges) => {
      await figma.loadFontAsync({ family: 'Inter', style: 'Medium' })
      const order: ZoneKey[] = ['products', 'gainCreators', 'painRelievers', 'gains', 'pains', 'jobs']
      const names: Labels = {
        products: 'Products & Services',
        gainCreators: 'Gain Creators',
        painRelievers: 'Pain Relievers',
        gains: 'Gains',
        pains: 'Pains',
        jobs: 'Customer Jobs'
      }
      const parts: SceneNode[] = []
      const expected: Expected = {}
      order.forEach((zone, i) => {
        const x = 300 + i * 600 + (i >= 3 ? 300 : 0)
        const header = textAt(names[zone], { x, y: 200 })
        const box = header.absoluteBoundingBox as Rect
        parts.push(header)
        if (badges) parts.push(shapeAt({ x: box.x - 34, y: 200 }, 48, 48, 'ELLIPSE', String(i + 1)))
        expected[zone] = [stickyAt(`${zone} first`, { x, y: 500 }), stickyAt(`${zone} second`, { x, y: 800 })]
      })
      figma.commitUndo()
      const { report, message } = await adoptAndRead({ selection: parts, expected: {}, unplaced: [] })
      expect(message).toBe('Adopted the drawing: 12 stickies in its zones, 0 unplaced · fit 0%')
      expect(zonesOf(report)).toEqual(wanted(expected, []))
    }
  )

  it('17. Swedish halves as sections in a section named after the segment, header stickies in a row', async () => {
    const fake = useFake()
    const outer = fake.user.addSection({ x: 0, y: 0, width: 3000, height: 1400, name: 'Småbarnsföräldrar' })
    const left = fake.user.addSection({ x: 50, y: 100, width: 1400, height: 1250, name: 'Värdekarta' })
    const right = fake.user.addSection({ x: 1550, y: 100, width: 1400, height: 1250, name: 'Kundprofil' })
    const columns: Array<[SectionNode, ZoneKey[]]> = [
      [left, ['gainCreators', 'products', 'painRelievers']],
      [right, ['gains', 'jobs', 'pains']]
    ]
    const names: Labels = {
      jobs: 'KUNDJOBB',
      pains: 'Smärtor 😖',
      gains: 'Vinster',
      products: 'Produkter & tjänster',
      painRelievers: 'Smärtlindrare',
      gainCreators: 'Vinstskapare'
    }
    const expected: Expected = {}
    for (const [section, zones] of columns) {
      const box = section.absoluteBoundingBox as Rect
      zones.forEach((zone, i) => {
        const x = box.x + 230 + i * 470
        stickyAt(names[zone], { x, y: box.y + 180 }, 'Violet')
        expected[zone] = [
          stickyAt(`${zone} a`, { x, y: box.y + 600 }),
          stickyAt(`${zone} b`, { x, y: box.y + 950 })
        ]
      })
    }
    void outer
    const { report } = await adoptAndRead({ selection: [outer], expected: {}, unplaced: [], locale: 'sv' })
    expect(zonesOf(report)).toEqual(wanted(expected, []))
    expect(report.canvas.segment).toBe('Småbarnsföräldrar')
  })

  it('18. the whole board selected: two complete canvases are refused with a sentence, nothing written', async () => {
    const first = await squareAndCircle({ labels: ENGLISH_CAPS, origin: { x: 0, y: 0 } })
    const second = await squareAndCircle({ labels: DANISH_CAPS, origin: { x: 0, y: 2000 } })
    figma.commitUndo()
    figma.currentPage.selection = [
      first.square,
      first.circle,
      ...Object.values(first.labels),
      second.square,
      second.circle,
      ...Object.values(second.labels)
    ]
    const answer = await adopt()
    expect(answer.ok).toBe(false)
    expect(answer.message).toBe('The selection holds more than one canvas: adopt one drawing at a time.')
    const stored = figma.currentPage.findAllWithCriteria({
      sharedPluginData: { namespace: SHARED_NAMESPACE, keys: [DRAWN_KEY] }
    })
    expect(stored).toEqual([])
  })

  it('19. the value map as three boxes with their titles, the profile a circle with titles, Danish', async () => {
    await figma.loadFontAsync({ family: 'Inter', style: 'Medium' })
    const boxes: Array<[ZoneKey, Rect]> = [
      ['products', { x: 100, y: 100, width: 500, height: 1200 }],
      ['gainCreators', { x: 650, y: 100, width: 500, height: 575 }],
      ['painRelievers', { x: 650, y: 725, width: 500, height: 575 }]
    ]
    const parts: SceneNode[] = []
    const expected: Expected = {}
    for (const [zone, box] of boxes) {
      parts.push(useFake().user.addShape({ ...box, shapeType: 'ROUNDED_RECTANGLE', text: DANISH_CAPS[zone] }))
      expected[zone] = [stickyAt(`${zone} a`, { x: box.x + 250, y: box.y + 150 })]
    }
    const c = { x: 2000, y: 700 }
    parts.push(shapeAt(c, 1200, 1200, 'ELLIPSE'))
    for (const zone of ['jobs', 'gains', 'pains'] as const) {
      const angle = middles(false)[zone]
      parts.push(textAt(DANISH_CAPS[zone], polar(c, angle, 420)))
      expected[zone] = [stickyAt(`${zone} a`, polar(c, angle, 200))]
    }
    figma.commitUndo()
    const { report } = await adoptAndRead({ selection: parts, expected: {}, unplaced: [], locale: 'da' })
    expect(zonesOf(report)).toEqual(wanted(expected, []))
  })
})
