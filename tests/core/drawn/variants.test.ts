/**
 * Canvases drawn the ways people really draw them (Community templates, workshop boards, teaching material), as
 * plain data: each variant says where a sticky would be dropped and which zone a person expects it in (null:
 * inside the drawing but in no zone).
 */
import { describe, expect, it } from 'vitest'
import { recognizeDrawing } from '../../../src/core/drawn/recognize'
import { resolveDrawnZones, zoneInDrawing } from '../../../src/core/drawn/regions'
import type { DrawingInput, DrawnNode } from '../../../src/core/drawn/types'
import type { Point, Rect, ZoneKey } from '../../../src/core/types'
import { ZONE_KEYS } from '../../../src/core/types'
import type { Labels } from './drawings'
import { DANISH, ENGLISH, line, polar, readingOf, shape, SWEDISH, text, TURNED_ANGLES } from './drawings'

type Probe = [Point, ZoneKey | null]

interface Variant {
  input: DrawingInput
  probes: Probe[]
}

const CUSTOMER: readonly ZoneKey[] = ['jobs', 'pains', 'gains']
const isCustomer = (zone: ZoneKey): boolean => CUSTOMER.includes(zone)

function inSection(nodes: DrawnNode[]): DrawingInput {
  return { root: { kind: 'section', id: 'root', name: 'VPC', pluginRole: null }, nodes, adopted: false }
}

function boxAround(nodes: readonly DrawnNode[]): Rect {
  let x0 = Infinity
  let y0 = Infinity
  let x1 = -Infinity
  let y1 = -Infinity
  for (const { box } of nodes) {
    x0 = Math.min(x0, box.x)
    y0 = Math.min(y0, box.y)
    x1 = Math.max(x1, box.x + box.width)
    y1 = Math.max(y1, box.y + box.height)
  }
  return { x: x0 - 50, y: y0 - 50, width: x1 - x0 + 100, height: y1 - y0 + 100 }
}

/** Every probe lands where a person expects it. */
function expectProbes({ input, probes }: Variant): void {
  const decision = recognizeDrawing(input)
  if (!decision.ok) throw new Error(`refused: ${decision.refusal.key}`)
  const zones = resolveDrawnZones(decision.definition, readingOf(input, boxAround(input.nodes)))
  const got = probes.map(([p]) => zoneInDrawing(p, zones))
  expect(got).toEqual(probes.map(([, zone]) => zone))
}

/**
 * A square and a circle (either way round) with the labels at `angles`, turned by `turn` degrees about the
 * drawing's middle and scaled by `scale`; probes at the labels' angles, halfway out.
 */
function squareAndCircle(options: {
  labels?: Labels
  customerLeft?: boolean
  turn?: number
  scale?: number
  labelDistance?: number
  angles?: Partial<Record<ZoneKey, number>>
}): Variant {
  const scale = options.scale ?? 1
  const turn = options.turn ?? 0
  const labels = options.labels ?? ENGLISH
  const middle = { x: 900 * scale, y: 400 * scale }
  const at = (p: Point): Point => {
    const d = Math.hypot(p.x - middle.x, p.y - middle.y)
    const a = (Math.atan2(-(p.y - middle.y), p.x - middle.x) * 180) / Math.PI
    return polar(middle, a + turn, d)
  }
  const mirrored = options.customerLeft === true
  const squareCentre = at({ x: (mirrored ? 1400 : 400) * scale, y: 400 * scale })
  const circleCentre = at({ x: (mirrored ? 400 : 1400) * scale, y: 400 * scale })
  const side = 800 * scale
  const boxAt = (c: Point): Rect => ({ x: c.x - side / 2, y: c.y - side / 2, width: side, height: side })
  const base: Record<ZoneKey, number> = mirrored
    ? { jobs: 180, gains: 60, pains: 300, products: 0, gainCreators: 120, painRelievers: 240 }
    : { jobs: 0, gains: 120, pains: 240, products: 180, gainCreators: 60, painRelievers: 300 }
  const angles = { ...base, ...options.angles }
  const nodes: DrawnNode[] = [
    shape('square', boxAt(squareCentre), 'rect'),
    shape('circle', boxAt(circleCentre), 'ellipse')
  ]
  const probes: Probe[] = []
  for (const zone of ZONE_KEYS) {
    const centre = isCustomer(zone) ? circleCentre : squareCentre
    const angle = angles[zone] + turn
    const label = text(
      `label-${zone}`,
      labels[zone],
      polar(centre, angle, (options.labelDistance ?? 250) * scale)
    )
    const c = polar(centre, angle, (options.labelDistance ?? 250) * scale)
    label.box = {
      x: c.x - 80 * scale,
      y: c.y - 20 * scale,
      width: 160 * scale,
      height: 40 * scale
    }
    nodes.push(label)
    probes.push([polar(centre, base[zone] + turn, 180 * scale), zone])
  }
  return { input: inSection(nodes), probes }
}

/**
 * Two rectangles, each split into three by two lines (`bands`: across, labels at each band's top; `columns`:
 * down, labels at each column's top), value map left, customer profile right.
 */
function splitRectangles(split: 'bands' | 'columns', labels: Labels = ENGLISH): Variant {
  const nodes: DrawnNode[] = []
  const probes: Probe[] = []
  const sides: Array<[string, number, ZoneKey[]]> = [
    ['value-map', 0, ['products', 'gainCreators', 'painRelievers']],
    ['profile', 1000, ['jobs', 'gains', 'pains']]
  ]
  for (const [id, x, zones] of sides) {
    const box = { x, y: 0, width: 900, height: 900 }
    nodes.push(shape(id, box))
    for (let i = 0; i < 3; i++) {
      const zone = zones[i] as ZoneKey
      if (split === 'bands') {
        if (i > 0) nodes.push(line(`${id}-line-${i}`, { x, y: i * 300 }, { x: x + 900, y: i * 300 }))
        nodes.push(text(`label-${zone}`, labels[zone], { x: x + 120, y: i * 300 + 40 }))
        probes.push([{ x: x + 450, y: i * 300 + 250 }, zone], [{ x: x + 850, y: i * 300 + 60 }, zone])
      } else {
        if (i > 0) nodes.push(line(`${id}-line-${i}`, { x: x + i * 300, y: 0 }, { x: x + i * 300, y: 900 }))
        nodes.push(text(`label-${zone}`, labels[zone], { x: x + i * 300 + 150, y: 40 }))
        probes.push([{ x: x + i * 300 + 150, y: 850 }, zone], [{ x: x + i * 300 + 20, y: 450 }, zone])
      }
    }
  }
  return { input: inSection(nodes), probes }
}

/**
 * The Strategyzer layout drawn by hand: the square's T and the circle's three lines meet a little off the centres
 * (`hub` away), and the square's horizontal line stops short of the vertical one (`gap`).
 */
function handDrawnStrategyzer(hub: number, gap: number): Variant {
  const variant = squareAndCircle({ angles: { gainCreators: 45, painRelievers: 315 } })
  const squareHub = { x: 400 + hub, y: 400 - hub }
  const circleHub = { x: 1400 - hub, y: 400 + hub }
  variant.input.nodes.push(
    line('square-vertical', { x: squareHub.x, y: 0 }, { x: squareHub.x, y: 800 }),
    line('square-right', { x: squareHub.x + gap, y: squareHub.y }, { x: 800, y: squareHub.y }),
    line('circle-left', circleHub, { x: 1000, y: circleHub.y }),
    line('circle-up', circleHub, polar({ x: 1400, y: 400 }, 60, 400)),
    line('circle-down', circleHub, polar({ x: 1400, y: 400 }, 300, 400))
  )
  // Products take the whole left half, whatever the labels' angles; jobs the right of the circle.
  variant.probes.push(
    [{ x: 100, y: 60 }, 'products'],
    [{ x: 100, y: 740 }, 'products'],
    [{ x: 760, y: 60 }, 'gainCreators'],
    [{ x: 760, y: 740 }, 'painRelievers'],
    [polar({ x: 1400, y: 400 }, 40, 330), 'jobs'],
    [polar({ x: 1400, y: 400 }, 75, 330), 'gains'],
    [polar({ x: 1400, y: 400 }, 285, 330), 'pains'],
    // Where the lines, not the labels' angles, decide: just left of the square's vertical line, just below the
    // T's arm by the vertical line, and by the circle's hub on the jobs side of its lines.
    [{ x: squareHub.x - 30, y: 100 }, 'products'],
    [{ x: squareHub.x + 5, y: squareHub.y + 20 }, 'painRelievers'],
    [{ x: circleHub.x + 75, y: circleHub.y - 110 }, 'jobs']
  )
  return variant
}

/** Six zones as separate shapes or sections, value map left, profile right, each labelled by `label`. */
function sixZones(label: 'section name' | 'sticky header' | 'text above', labels: Labels = ENGLISH): Variant {
  // With the labels above the shapes, the rows leave room for them.
  const gap = label === 'text above' ? 90 : 20
  const row = (800 - gap) / 2
  const boxes: Record<ZoneKey, Rect> = {
    products: { x: 0, y: 100, width: 400, height: 800 },
    gainCreators: { x: 420, y: 100, width: 400, height: row },
    painRelievers: { x: 420, y: 100 + row + gap, width: 400, height: row },
    gains: { x: 1000, y: 100, width: 400, height: row },
    pains: { x: 1000, y: 100 + row + gap, width: 400, height: row },
    jobs: { x: 1420, y: 100, width: 400, height: 800 }
  }
  const nodes: DrawnNode[] = []
  const probes: Probe[] = []
  for (const zone of ZONE_KEYS) {
    const box = boxes[zone]
    if (label === 'section name')
      nodes.push({ ...shape(`zone-${zone}`, box, 'rect', labels[zone]), kind: 'section' })
    else nodes.push(shape(`zone-${zone}`, box))
    if (label === 'sticky header')
      nodes.push(text(`label-${zone}`, labels[zone], { x: box.x + 130, y: box.y + 130 }, 'sticky'))
    if (label === 'text above')
      nodes.push(text(`label-${zone}`, labels[zone], { x: box.x + 100, y: box.y - 25 }))
    probes.push([{ x: box.x + box.width / 2, y: box.y + box.height - 40 }, zone])
    probes.push([{ x: box.x + box.width - 30, y: box.y + 30 }, zone])
  }
  probes.push([{ x: 910, y: 500 }, null])
  return { input: inSection(nodes), probes }
}

/**
 * `node` (a shape) turned by `angle` degrees about its centre, as the adapter reads a rotated shape: its own size
 * and angle, and the bounding box around it.
 */
function turned(node: DrawnNode, angle: number): DrawnNode {
  const { width, height } = node.box
  const c = { x: node.box.x + width / 2, y: node.box.y + height / 2 }
  const radians = (angle * Math.PI) / 180
  const w = Math.abs(width * Math.cos(radians)) + Math.abs(height * Math.sin(radians))
  const h = Math.abs(width * Math.sin(radians)) + Math.abs(height * Math.cos(radians))
  return { ...node, box: { x: c.x - w / 2, y: c.y - h / 2, width: w, height: h }, turn: { angle, width, height } }
}

/**
 * The value map as a square turned 45° (a diamond) and the customer profile as a long ellipse turned 30°: the
 * corners of the diamond's bounding box and the sides of the ellipse's are in no zone.
 */
function turnedShapes(): Variant {
  const squareCentre = { x: 400, y: 400 }
  const ellipseCentre = { x: 1700, y: 400 }
  const nodes: DrawnNode[] = [
    turned(shape('square', { x: 0, y: 0, width: 800, height: 800 }, 'rect'), 45),
    turned(shape('ellipse', { x: 1200, y: 150, width: 1000, height: 500 }, 'ellipse'), 30)
  ]
  const angles = TURNED_ANGLES
  const probes: Probe[] = []
  for (const zone of ZONE_KEYS) {
    const centre = isCustomer(zone) ? ellipseCentre : squareCentre
    nodes.push(text(`label-${zone}`, ENGLISH[zone], polar(centre, angles[zone], 200)))
    probes.push([polar(centre, angles[zone], 140), zone])
  }
  probes.push(
    // The diamond's top and bottom tips, and the far end of the ellipse along its long axis.
    [polar(squareCentre, 90, 520), 'gainCreators'],
    [polar(squareCentre, 270, 520), 'painRelievers'],
    [polar(ellipseCentre, 30, 470), 'jobs'],
    // Inside the bounding boxes (and the ellipse inscribed in the ellipse's), outside the shapes as drawn.
    [polar(squareCentre, 135, 540), null],
    [polar(squareCentre, 315, 540), null],
    [polar(ellipseCentre, 300, 350), null],
    [polar(ellipseCentre, 120, 350), null]
  )
  return { input: inSection(nodes), probes }
}

/** Six shapes with sticky headers, the customer jobs box turned 10°: its bounding box's corners are nobody's. */
function oneBoxTurned(): Variant {
  const variant = sixZones('sticky header')
  variant.input.nodes = variant.input.nodes.map((node) => (node.id === 'zone-jobs' ? turned(node, 10) : node))
  variant.probes = variant.probes.filter(([, zone]) => zone !== 'jobs')
  variant.probes.push(
    [{ x: 1620, y: 500 }, 'jobs'],
    [{ x: 1600, y: 860 }, 'jobs'],
    // The box's top right and bottom left corners turned away from these: inside its bounding box only.
    [{ x: 1860, y: 120 }, null],
    [{ x: 1410, y: 920 }, null]
  )
  return variant
}

describe('drawn canvases as people draw them: every sticky in the zone a person expects', () => {
  it.each<[string, Variant]>([
    ['the plain square and circle', squareAndCircle({})],
    ['mirrored: customer profile left, value map right', squareAndCircle({ customerLeft: true })],
    ['mirrored, in Danish', squareAndCircle({ customerLeft: true, labels: DANISH })],
    ['the whole canvas turned a quarter (circle above the square)', squareAndCircle({ turn: 90 })],
    ['the whole canvas turned 30°', squareAndCircle({ turn: 30 })],
    ['scaled to a fifth', squareAndCircle({ scale: 0.2 })],
    ['scaled five times', squareAndCircle({ scale: 5, labels: SWEDISH })],
    ['labels near the rim', squareAndCircle({ labelDistance: 340 })],
    ['labels off the sector middles', squareAndCircle({ angles: { jobs: 20, gains: 100, pains: 200 } })],
    ['two rectangles split into three bands by lines', splitRectangles('bands')],
    ['two rectangles split into three columns by lines', splitRectangles('columns', SWEDISH)],
    ['six nested sections named per zone', sixZones('section name')],
    ['the Strategyzer lines drawn by hand, meeting at the centres', handDrawnStrategyzer(0, 0)],
    ['the Strategyzer lines meeting 90 px off the centres', handDrawnStrategyzer(90, 0)],
    ['the Strategyzer lines off the centres, the T’s arm stopping 30 px short', handDrawnStrategyzer(90, 30)],
    ['six shapes with a sticky header each', sixZones('sticky header', DANISH)],
    ['six shapes with each label written just above its shape', sixZones('text above')],
    ['a square turned 45° and a long ellipse turned 30°', turnedShapes()],
    ['six shapes, the customer jobs box turned 10°', oneBoxTurned()],
    [
      'labels written outside the circle and the square, next to their zones',
      (() => {
        const variant = squareAndCircle({ labelDistance: 470 })
        variant.probes.push([{ x: 900, y: 400 }, null])
        return variant
      })()
    ],
    [
      'one label outside its circle, the other two inside',
      (() => {
        const variant = squareAndCircle({})
        const gains = variant.input.nodes.find((node) => node.id === 'label-gains') as DrawnNode
        const c = polar({ x: 1400, y: 400 }, 120, 460)
        gains.box = { x: c.x - 80, y: c.y - 20, width: 160, height: 40 }
        return variant
      })()
    ]
  ])('%s', (_name, variant) => {
    expectProbes(variant)
  })
})

/**
 * The two halves as two sections side by side (FigJam's sections are how its templates and facilitators frame a
 * board's parts: "Value map" and "Customer profile"), each holding its three labels in a row along its top
 * (`columns`, the dashdot.be workshop board's layout) or down its left side (`bands`, the stacked Jobs / Pains /
 * Gains of orchestkit's and the markdown templates' tables), no lines between them.
 */
function twoSections(layout: 'columns' | 'bands', labels: Labels = ENGLISH): Variant {
  const nodes: DrawnNode[] = []
  const probes: Probe[] = []
  const halves: Array<[string, string, number, ZoneKey[]]> = [
    ['value-map', 'Value map', 0, ['products', 'gainCreators', 'painRelievers']],
    ['profile', 'Customer profile', 1000, ['jobs', 'gains', 'pains']]
  ]
  for (const [id, name, x, zones] of halves) {
    nodes.push({ ...shape(id, { x, y: 0, width: 900, height: 900 }, 'rect', name), kind: 'section' })
    zones.forEach((zone, i) => {
      if (layout === 'columns') {
        nodes.push(text(`label-${zone}`, labels[zone], { x: x + i * 300 + 150, y: 50 }))
        probes.push([{ x: x + i * 300 + 150, y: 860 }, zone], [{ x: x + i * 300 + 40, y: 450 }, zone])
      } else {
        nodes.push(text(`label-${zone}`, labels[zone], { x: x + 110, y: i * 300 + 40 }))
        probes.push([{ x: x + 860, y: i * 300 + 250 }, zone], [{ x: x + 450, y: i * 300 + 150 }, zone])
      }
    })
  }
  probes.push([{ x: 950, y: 450 }, null])
  return { input: inSection(nodes), probes }
}

/**
 * A board made from a template the way FigJam's and Miro's VPC templates look: a "Value Proposition Canvas"
 * title, the side titles "Value map" / "Customer profile" above the shapes, numbered headers with emoji
 * ("1. Customer Jobs 🛠"), the segment and offer named in texts, the Strategyzer lines, and header chips that
 * are shapes whose text is wrapped over two lines ("Pain\nrelievers").
 */
function templateBoard(labels: Labels): Variant {
  const variant = squareAndCircle({ labels, angles: { gainCreators: 45, painRelievers: 315 } })
  const nodes = variant.input.nodes.map((node) => {
    if (!node.id.startsWith('label-')) return node
    const zone = node.id.slice('label-'.length) as ZoneKey
    const number = ['jobs', 'pains', 'gains', 'products', 'painRelievers', 'gainCreators'].indexOf(zone) + 1
    const wrapped = labels[zone].replace(' ', '\n')
    return { ...node, kind: 'shape' as const, outline: 'rect' as const, text: `${number}. ${wrapped} ✨` }
  })
  nodes.push(
    text('title', 'Value Proposition Canvas', { x: 900, y: -200 }),
    text('side-value', 'Value map', { x: 400, y: -60 }),
    text('side-profile', 'Customer profile', { x: 1400, y: -60 }),
    text('segment', 'Segment: Busy parents', { x: 200, y: 900 }),
    text('offer', 'Offer: Meal kit', { x: 1600, y: 900 }),
    line('square-vertical', { x: 400, y: 0 }, { x: 400, y: 800 }),
    line('square-right', { x: 400, y: 400 }, { x: 800, y: 400 }),
    line('circle-left', { x: 1400, y: 400 }, { x: 1000, y: 400 }),
    line('circle-up', { x: 1400, y: 400 }, polar({ x: 1400, y: 400 }, 60, 400)),
    line('circle-down', polar({ x: 1400, y: 400 }, 300, 400), { x: 1400, y: 400 })
  )
  variant.input.nodes = nodes
  variant.probes.push([{ x: 100, y: 60 }, 'products'], [{ x: 760, y: 60 }, 'gainCreators'], [{ x: 760, y: 740 }, 'painRelievers'])
  return variant
}

/** Six boxes whose headers are stickies of another colour, with content stickies (not labels) in every box. */
function stickyHeadersWithContent(labels: Labels): Variant {
  const variant = sixZones('sticky header', labels)
  const contents = ['Long waits', 'Book a table', 'Save time', 'App', 'Reminders', 'Loyalty points']
  variant.input.nodes.push(
    ...ZONE_KEYS.map((zone, i) => {
      const box = variant.input.nodes.find((node) => node.id === `zone-${zone}`) as DrawnNode
      return text(`note-${zone}`, contents[i] as string, { x: box.box.x + 200, y: box.box.y + 300 }, 'sticky')
    })
  )
  return variant
}

describe('drawn canvases from templates and workshop boards (session 6)', () => {
  it.each<[string, Variant]>([
    ['the halves as two sections, three headers in a row along each top', twoSections('columns')],
    ['the halves as two sections, three headers down each side', twoSections('bands')],
    ['the halves as two sections in Swedish, headers in a row', twoSections('columns', SWEDISH)],
    ['the halves as two sections in Danish, headers down the side', twoSections('bands', DANISH)],
    ['a template: title, side titles, numbered wrapped header chips, segment and offer', templateBoard(ENGLISH)],
    ['the same template in Danish', templateBoard(DANISH)],
    ['six boxes with sticky headers and content stickies', stickyHeadersWithContent(SWEDISH)]
  ])('%s', (_name, variant) => {
    expectProbes(variant)
  })

  it('the template names its segment and offer, and its side titles are no zone', () => {
    const decision = recognizeDrawing(templateBoard(ENGLISH).input)
    if (!decision.ok) throw new Error(decision.refusal.key)
    expect(decision.definition.segment).toBe('Busy parents')
    expect(decision.definition.product).toBe('Meal kit')
    expect(Object.values(decision.definition.zones).map((zone) => zone.label)).not.toContain('side-value')
  })
})

/**
 * A header deleted from a row of three (the two-sections board): its column or band stays where it was and is
 * nobody's, its neighbours keep theirs; the drawing is not read as wedges around the section's centre instead.
 */
describe('a row of headers with one deleted (session 7)', () => {
  const cases: Array<[string, 'columns' | 'bands', Labels, ZoneKey]> = []
  for (const layout of ['columns', 'bands'] as const)
    for (const zone of ZONE_KEYS) cases.push([`${layout}, ${zone} deleted`, layout, layout === 'columns' ? SWEDISH : DANISH, zone])
  it.each(cases)('%s', (_name, layout, labels, deleted) => {
    const { input, probes } = twoSections(layout, labels)
    const decision = recognizeDrawing(input)
    if (!decision.ok) throw new Error(`refused: ${decision.refusal.key}`)
    expect(decision.definition.rows).toEqual(['profile', 'value-map'])
    const left = { ...input, nodes: input.nodes.filter((node) => node.id !== `label-${deleted}`) }
    const zones = resolveDrawnZones(decision.definition, readingOf(left, boxAround(input.nodes)))
    expect(zones.lost).toEqual([deleted])
    const got = probes.map(([p]) => zoneInDrawing(p, zones))
    expect(got).toEqual(probes.map(([, zone]) => (zone === deleted ? null : zone)))
  })

  it('three labels in an arc (no row) stay sectors when one is deleted', () => {
    const centre = { x: 400, y: 400 }
    const nodes: DrawnNode[] = [
      shape('square', { x: 0, y: 0, width: 800, height: 800 }),
      shape('circle', { x: 1000, y: 0, width: 800, height: 800 }, 'ellipse'),
      text('label-gainCreators', 'Gain creators', polar(centre, 30, 300)),
      text('label-products', 'Products & services', polar(centre, 90, 300)),
      text('label-painRelievers', 'Pain relievers', polar(centre, 150, 300)),
      text('label-jobs', 'Jobs', polar({ x: 1400, y: 400 }, 0, 250)),
      text('label-gains', 'Gains', polar({ x: 1400, y: 400 }, 120, 250)),
      text('label-pains', 'Pains', polar({ x: 1400, y: 400 }, 240, 250))
    ]
    const input = inSection(nodes)
    const decision = recognizeDrawing(input)
    if (!decision.ok) throw new Error(`refused: ${decision.refusal.key}`)
    expect(decision.definition.rows).toEqual([])
    const left = { ...input, nodes: nodes.filter((node) => node.id !== 'label-products') }
    const zones = resolveDrawnZones(decision.definition, readingOf(left, boxAround(nodes)))
    const sectors = zones.regions.filter((region) => region.mode === 'sector')
    expect(sectors.map((region) => region.zone).filter((zone) => zone === null)).toHaveLength(1)
    expect(sectors).toHaveLength(6)
    expect(zoneInDrawing(polar(centre, 90, 200), zones)).toBeNull()
    expect(zoneInDrawing(polar(centre, 270, 200), zones)).not.toBeNull()
  })
})
