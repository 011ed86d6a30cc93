/**
 * Canvases people drew, built in the FigJam fake as a person would: shapes, text labels (or stickies and shapes
 * used as headers), divider lines, sections or groups. Texts and lines have no user action in the fake, so they
 * are made through the plugin API before the test's plugin run, and that run's undo step is closed.
 */
import { readStoredReport } from '../../../src/adapter/stored-report'
import { adoptCanvasAsync } from '../../../src/commands/adopt-canvas-async'
import type { FitReport, Point, Rect, ZoneKey } from '../../../src/core/types'
import { ZONE_KEYS } from '../../../src/core/types'
import { runCommandAsync } from '../../../src/run/run-command'
import type { Labels } from '../../core/drawn/drawings'
import { CUSTOMER as CUSTOMER_ZONES, ENGLISH as ENGLISH_LABELS, polar } from '../../core/drawn/drawings'
import { useFake } from '../harness'

export { CUSTOMER, DANISH, ENGLISH, LABEL_ANGLES, polar, SWEDISH, TURNED_ANGLES } from '../../core/drawn/drawings'
export type { Labels } from '../../core/drawn/drawings'

const CUSTOMER: readonly ZoneKey[] = ['jobs', 'pains', 'gains']

function centreOf(box: Rect): Point {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
}

/** Runs the adopt-canvas command on the selection, as the menu does. */
export const adopt = (locale: 'en' | 'sv' | 'da' = 'en') =>
  runCommandAsync(locale, () => adoptCanvasAsync({ locale }))

/** The report stored on an adopted drawing's node. */
export function storedReport(node: SceneNode): FitReport {
  const stored = readStoredReport(node)
  if (!stored.ok) throw new Error('no report stored')
  return JSON.parse(stored.json) as FitReport
}

/** A square (`SQUARE`) or circle (`ELLIPSE`) shape people drew, `side` wide, centred on `centre`. */
export function shapeAround(centre: Point, side: number, shapeType: 'SQUARE' | 'ELLIPSE'): ShapeWithTextNode {
  return useFake().user.addShape({
    x: centre.x - side / 2,
    y: centre.y - side / 2,
    width: side,
    height: side,
    shapeType
  })
}

/**
 * Turns a shape by `degrees` (counter-clockwise on screen) about its centre, as a person turns it with the rotate
 * handle: through its relative transform (`rotation` alone turns about the top-left; typings,
 * `LayoutMixin.rotation`). Works on a shape whose parent is the page or a section.
 */
export function turnAboutCentre(node: ShapeWithTextNode, degrees: number): void {
  const t = node.relativeTransform
  const width = node.width
  const height = node.height
  const centre = {
    x: t[0][0] * (width / 2) + t[0][1] * (height / 2) + t[0][2],
    y: t[1][0] * (width / 2) + t[1][1] * (height / 2) + t[1][2]
  }
  const radians = (degrees * Math.PI) / 180
  const cos = Math.cos(radians)
  const sin = Math.sin(radians)
  // x axis (cos, -sin), y axis (sin, cos): the origin is where the centre minus half of each lands.
  node.relativeTransform = [
    [cos, sin, centre.x - cos * (width / 2) - sin * (height / 2)],
    [-sin, cos, centre.y + sin * (width / 2) - cos * (height / 2)]
  ]
}

/** A text node centred on `point` (page-absolute), inside `parent` when given. */
export function drawText(characters: string, point: Point, parent?: SectionNode): TextNode {
  const text = figma.createText()
  if (parent) parent.appendChild(text)
  text.characters = characters
  text.fontSize = 32
  const origin = parent
    ? { x: parent.absoluteTransform[0][2], y: parent.absoluteTransform[1][2] }
    : { x: 0, y: 0 }
  text.x = point.x - text.width / 2 - origin.x
  text.y = point.y - text.height / 2 - origin.y
  return text
}

/**
 * The six English labels as text, each at `distance` from its side's centre (`value`, `profile`) at its angle in
 * `angles`, inside `parent` when given.
 */
export function drawLabels(
  value: Point,
  profile: Point,
  angles: Record<ZoneKey, number>,
  distance: number,
  parent?: SectionNode
): TextNode[] {
  return ZONE_KEYS.map((zone) =>
    drawText(ENGLISH_LABELS[zone], polar(CUSTOMER_ZONES.includes(zone) ? profile : value, angles[zone], distance), parent)
  )
}

/** A straight line from `a` to `b` (page-absolute), inside `parent` when given. */
export function drawLine(a: Point, b: Point, parent?: SectionNode): LineNode {
  const line = figma.createLine()
  if (parent) parent.appendChild(line)
  const length = Math.hypot(b.x - a.x, b.y - a.y)
  line.resize(length, 0)
  const cos = (b.x - a.x) / length
  const sin = (b.y - a.y) / length
  const origin = parent
    ? { x: parent.absoluteTransform[0][2], y: parent.absoluteTransform[1][2] }
    : { x: 0, y: 0 }
  line.relativeTransform = [
    [cos, -sin, a.x - origin.x],
    [sin, cos, a.y - origin.y]
  ]
  line.strokeWeight = 4
  return line
}

export interface Drawing {
  /** What the person selects to adopt. */
  selection: SceneNode[]
  /** The node the plugin should store the definition on. */
  anchor: SceneNode
  labels: Record<ZoneKey, SceneNode>
  /** Two points per zone, the first above the second, both well inside the zone. */
  spots: Record<ZoneKey, [Point, Point]>
  /** Points inside the drawing but in no zone. */
  gaps: Point[]
}

export type LabelStyle = 'text' | 'sticky' | 'shape'

/** The size of the square and the circle, and their centres (the square left, the circle right). */
const SIDE = 1200
const SQUARE: Rect = { x: 200, y: 300, width: SIDE, height: SIDE }
const CIRCLE: Rect = { x: 1700, y: 300, width: SIDE, height: SIDE }

/**
 * A square and a circle with six labels at the middle of each zone's sector (the Strategyzer layout with
 * `dividers`: the square's products take its left half, split by a vertical line through the centre and a line
 * from the centre to the right edge; the circle's three lines leave its centre at 60, 180 and 300 degrees).
 */
export async function drawSquareAndCircle(options: {
  labels: Labels
  container: 'section' | 'group' | 'none'
  dividers?: boolean
  labelStyle?: LabelStyle
  title?: string
}): Promise<Drawing> {
  const fake = useFake()
  await figma.loadFontAsync({ family: 'Inter', style: 'Medium' })
  const section =
    options.container === 'section'
      ? fake.user.addSection({ x: 0, y: 0, width: 3100, height: 1800, name: options.title ?? 'Our canvas' })
      : undefined
  const square = fake.user.addShape({
    x: SQUARE.x,
    y: SQUARE.y,
    width: SIDE,
    height: SIDE,
    shapeType: 'SQUARE'
  })
  const circle = fake.user.addShape({
    x: CIRCLE.x,
    y: CIRCLE.y,
    width: SIDE,
    height: SIDE,
    shapeType: 'ELLIPSE'
  })
  const angles: Record<ZoneKey, number> = {
    jobs: 0,
    gains: 120,
    pains: 240,
    products: 180,
    gainCreators: options.dividers ? 45 : 60,
    painRelievers: options.dividers ? 315 : 300
  }
  const labels = {} as Record<ZoneKey, SceneNode>
  const spots = {} as Record<ZoneKey, [Point, Point]>
  for (const zone of ZONE_KEYS) {
    const centre = centreOf(CUSTOMER.includes(zone) ? CIRCLE : SQUARE)
    const at = polar(centre, angles[zone], SIDE * 0.4)
    const style = options.labelStyle ?? 'text'
    labels[zone] =
      style === 'text'
        ? drawText(options.labels[zone], at, section)
        : style === 'sticky'
          ? fake.user.addSticky({ text: options.labels[zone], x: at.x - 120, y: at.y - 120 })
          : fake.user.addShape({
              x: at.x - 110,
              y: at.y - 40,
              width: 220,
              height: 80,
              text: options.labels[zone],
              shapeType: 'ROUNDED_RECTANGLE'
            })
    const spot = polar(centre, angles[zone], SIDE * 0.22)
    spots[zone] = [
      { x: spot.x, y: spot.y - 80 },
      { x: spot.x, y: spot.y + 80 }
    ]
  }
  const lines: LineNode[] = []
  if (options.dividers) {
    const s = centreOf(SQUARE)
    const c = centreOf(CIRCLE)
    lines.push(
      drawLine({ x: s.x, y: SQUARE.y }, { x: s.x, y: SQUARE.y + SIDE }, section),
      drawLine(s, { x: SQUARE.x + SIDE, y: s.y }, section),
      drawLine(c, polar(c, 60, SIDE / 2), section),
      drawLine(c, { x: CIRCLE.x, y: c.y }, section),
      drawLine(c, polar(c, 300, SIDE / 2), section)
    )
  }
  const parts: SceneNode[] = [square, circle, ...Object.values(labels), ...lines]
  let anchor: SceneNode = square
  let selection: SceneNode[] = parts
  if (section) {
    anchor = section
    selection = [section]
  } else if (options.container === 'group') {
    const group = figma.group(parts, figma.currentPage)
    anchor = group
    selection = [group]
  }
  figma.commitUndo()
  const gaps = [
    { x: (SQUARE.x + SIDE + CIRCLE.x) / 2, y: SQUARE.y + SIDE / 2 },
    { x: CIRCLE.x + 60, y: CIRCLE.y + 60 }
  ]
  return { selection, anchor, labels, spots, gaps }
}

/** Six labelled boxes (value map left, customer profile right) on a background, each box's text its label. */
export async function drawSixBoxes(labels: Labels): Promise<Drawing> {
  const fake = useFake()
  await figma.loadFontAsync({ family: 'Inter', style: 'Medium' })
  const section = fake.user.addSection({ x: 0, y: 0, width: 2600, height: 1600, name: 'VPC workshop' })
  const background = fake.user.addShape({
    x: 100,
    y: 100,
    width: 2400,
    height: 1400,
    shapeType: 'SQUARE',
    color: '#F5F5F5'
  })
  const boxes: Record<ZoneKey, Rect> = {
    products: { x: 150, y: 150, width: 500, height: 1300 },
    gainCreators: { x: 700, y: 150, width: 500, height: 625 },
    painRelievers: { x: 700, y: 825, width: 500, height: 625 },
    gains: { x: 1400, y: 150, width: 500, height: 625 },
    pains: { x: 1400, y: 825, width: 500, height: 625 },
    jobs: { x: 1950, y: 150, width: 500, height: 1300 }
  }
  const nodes = {} as Record<ZoneKey, SceneNode>
  const spots = {} as Record<ZoneKey, [Point, Point]>
  for (const zone of ZONE_KEYS) {
    const box = boxes[zone]
    // FigJam centres a shape's text; a big box with its zone's name is what people draw.
    nodes[zone] = fake.user.addShape({ ...box, text: labels[zone], shapeType: 'ROUNDED_RECTANGLE' })
    const c = centreOf(box)
    spots[zone] = [
      { x: c.x, y: box.y + 150 },
      { x: c.x, y: box.y + box.height - 150 }
    ]
  }
  void background
  figma.commitUndo()
  return {
    selection: [section],
    anchor: section,
    labels: nodes,
    spots,
    gaps: [
      { x: 1300, y: 800 },
      { x: 2480, y: 1480 }
    ]
  }
}

export type Built = Drawing & { stickies: Record<ZoneKey, [StickyNode, StickyNode]>; unplaced: StickyNode[] }

/**
 * Fills a drawing as a team would: two stickies in every zone, two in no zone, connectors: a reliever to the top
 * pain, a creator to the lower gain, a product to the top job, and two invalid ones (pain to gain, unplaced to job).
 */
export function fill(drawing: Drawing): Built {
  const fake = useFake()
  const stickies = {} as Built['stickies']
  for (const zone of ZONE_KEYS) {
    const [a, b] = drawing.spots[zone]
    stickies[zone] = [
      fake.user.addSticky({ text: `${zone} one`, x: a.x - 120, y: a.y - 120 }),
      fake.user.addSticky({ text: `${zone} two`, x: b.x - 120, y: b.y - 120 })
    ]
  }
  const unplaced = drawing.gaps.map((gap, i) =>
    fake.user.addSticky({ text: `loose ${i}`, x: gap.x - 120, y: gap.y - 120 })
  )
  fake.user.connect(stickies.painRelievers[0], stickies.pains[0])
  fake.user.connect(stickies.gains[1], stickies.gainCreators[0])
  fake.user.connect(stickies.products[0], stickies.jobs[0])
  fake.user.connect(stickies.pains[1], stickies.gains[0])
  fake.user.connect(unplaced[0] as StickyNode, stickies.jobs[1])
  return { ...drawing, stickies, unplaced }
}

