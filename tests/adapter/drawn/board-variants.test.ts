/**
 * Canvases drawn in the FigJam fake the ways people draw them on real boards (templates, workshop boards,
 * teaching material): adopted as a person would, filled with stickies, and read back zone by zone.
 */
import { describe, expect, it } from 'vitest'
import { DRAWN_KEY } from '../../../src/adapter/drawn-canvas'
import { SHARED_NAMESPACE } from '../../../src/adapter/plugin-data'
import { checkFitAsync } from '../../../src/commands/check-fit-async'
import { parseDrawnDef } from '../../../src/core/drawn/definition'
import type { FitReport, Point, Rect, ZoneKey } from '../../../src/core/types'
import { ZONE_KEYS } from '../../../src/core/types'
import { runCommandAsync } from '../../../src/run/run-command'
import { useFake } from '../harness'
import type { Labels } from './drawings'
import {
  adopt,
  CUSTOMER,
  DANISH,
  drawLabels,
  drawLine,
  drawSquareAndCircle,
  drawText,
  ENGLISH,
  LABEL_ANGLES,
  polar,
  shapeAround,
  storedReport,
  SWEDISH,
  TURNED_ANGLES,
  turnAboutCentre
} from './drawings'

function parseDrawnDefOf(node: SceneNode) {
  return parseDrawnDef(node.getSharedPluginData(SHARED_NAMESPACE, DRAWN_KEY))
}

/** A sticky centred on `point` (page-absolute). */
function stickyAt(text: string, point: Point): StickyNode {
  return useFake().user.addSticky({ text, x: point.x - 120, y: point.y - 120 })
}

/** A straight connector attached to nothing, from `a` to `b` (page-absolute): the connector tool's line. */
function drawConnectorLine(a: Point, b: Point, parent?: SectionNode): ConnectorNode {
  const connector = figma.createConnector()
  if (parent) parent.appendChild(connector)
  const origin = parent
    ? { x: parent.absoluteTransform[0][2], y: parent.absoluteTransform[1][2] }
    : { x: 0, y: 0 }
  connector.connectorLineType = 'STRAIGHT'
  connector.connectorStart = { position: { x: a.x - origin.x, y: a.y - origin.y } }
  connector.connectorEnd = { position: { x: b.x - origin.x, y: b.y - origin.y } }
  connector.connectorEndStrokeCap = 'NONE'
  return connector
}

/** Stickies per zone, as dropped: the zone each should be read in. */
type Expected = Partial<Record<ZoneKey, StickyNode[]>>

function expectZones(report: FitReport, expected: Expected, unplaced: StickyNode[] = []): void {
  for (const zone of ZONE_KEYS)
    expect(report.zones[zone].map((item) => item.id).sort(), zone).toEqual(
      (expected[zone] ?? []).map((s) => s.id).sort()
    )
  expect(report.unplaced.map((item) => item.id).sort()).toEqual(unplaced.map((s) => s.id).sort())
}

/**
 * Two rectangles, each split into three bands by two lines (LINE nodes, or connectors attached to nothing),
 * labels at the top left of each band; two stickies in every band.
 */
async function drawSplitRectangles(lines: 'line' | 'connector', labels: Labels) {
  const fake = useFake()
  await figma.loadFontAsync({ family: 'Inter', style: 'Medium' })
  const section = fake.user.addSection({ x: 0, y: 0, width: 2400, height: 1200, name: 'Canvas' })
  const sides: Array<[number, ZoneKey[]]> = [
    [100, ['products', 'gainCreators', 'painRelievers']],
    [1250, ['jobs', 'gains', 'pains']]
  ]
  const expected: Expected = {}
  const bandHeight = 330
  for (const [x, zones] of sides) {
    fake.user.addShape({
      x,
      y: 100,
      width: 1050,
      height: 3 * bandHeight,
      shapeType: 'SQUARE',
      color: '#FFFFFF'
    })
    zones.forEach((zone, i) => {
      const top = 100 + i * bandHeight
      if (i > 0) {
        const a = { x, y: top }
        const b = { x: x + 1050, y: top }
        if (lines === 'line') drawLine(a, b, section)
        else drawConnectorLine(a, b, section)
      }
      drawText(labels[zone], { x: x + 180, y: top + 40 }, section)
      expected[zone] = [
        stickyAt(`${zone} near`, { x: x + 450, y: top + 170 }),
        stickyAt(`${zone} far`, { x: x + 880, y: top + 190 })
      ]
    })
  }
  figma.commitUndo()
  return { section, expected }
}

/**
 * A square and a circle split by straight connectors drawn from inside the shapes, so FigJam attached them: the
 * square's T (a vertical line from its top to its bottom, attached at both ends; an arm from its centre to the
 * right edge), the circle's three lines from its centre magnet at 45°, 180° and 315°.
 */
async function drawAttachedDividers() {
  const fake = useFake()
  await figma.loadFontAsync({ family: 'Inter', style: 'Medium' })
  const section = fake.user.addSection({ x: 0, y: 0, width: 3100, height: 1800, name: 'Canvas' })
  const square = fake.user.addShape({ x: 200, y: 300, width: 1200, height: 1200, shapeType: 'SQUARE' })
  const circle = fake.user.addShape({ x: 1700, y: 300, width: 1200, height: 1200, shapeType: 'ELLIPSE' })
  const s = { x: 800, y: 900 }
  const c = { x: 2300, y: 900 }
  const angles: Record<ZoneKey, number> = {
    jobs: 0,
    gains: 110,
    pains: 250,
    products: 180,
    gainCreators: 45,
    painRelievers: 315
  }
  for (const zone of ZONE_KEYS)
    drawText(
      ENGLISH[zone],
      polar(zone === 'jobs' || zone === 'pains' || zone === 'gains' ? c : s, angles[zone], 450),
      section
    )
  const connector = (start: ConnectorEndpoint, end: ConnectorEndpoint): void => {
    const line = figma.createConnector()
    section.appendChild(line)
    line.connectorLineType = 'STRAIGHT'
    line.connectorStart = start
    line.connectorEnd = end
  }
  connector(
    { endpointNodeId: square.id, position: { x: 600, y: 0 } },
    { endpointNodeId: square.id, position: { x: 600, y: 1200 } }
  )
  connector({ endpointNodeId: square.id, position: { x: 600, y: 600 } }, { position: { x: 1400, y: 900 } })
  for (const angle of [45, 180, 315])
    connector({ endpointNodeId: circle.id, magnet: 'CENTER' }, { position: polar(c, angle, 600) })
  figma.commitUndo()
  // Where the lines, not the labels' angles, decide (halfway between the labels would say otherwise).
  const expected: Expected = {
    products: [stickyAt('left, high', polar(s, 100, 350)), stickyAt('left, low', polar(s, 262, 350))],
    gainCreators: [stickyAt('upper right', polar(s, 80, 350))],
    painRelievers: [stickyAt('lower right', polar(s, 280, 350))],
    gains: [stickyAt('just past 45°', polar(c, 52, 380))],
    jobs: [stickyAt('just under 45°', polar(c, 38, 380))],
    pains: [stickyAt('just past 315° the other way', polar(c, 305, 380))]
  }
  return { section, expected }
}

describe('drawn canvases from real boards, in the fake', () => {
  it('lines drawn as connectors attached to the shapes they split', async () => {
    const { section, expected } = await drawAttachedDividers()
    figma.currentPage.selection = [section]
    expect((await adopt()).message).toBe('Adopted the drawing: 7 stickies in its zones, 0 unplaced · fit 0%')
    expect(parseDrawnDefOf(section)?.dividers).toHaveLength(5)
    expectZones(storedReport(section), expected)
    const checked = await runCommandAsync('en', () => checkFitAsync({ canvasId: section.id, locale: 'en' }))
    expect(checked.ok).toBe(true)
    expectZones(storedReport(section), expected)
  })

  it.each([
    ['LINE nodes', 'line', ENGLISH],
    ['connectors attached to nothing', 'connector', SWEDISH]
  ] as const)('two rectangles split into three bands by %s', async (_name, lines, labels) => {
    const { section, expected } = await drawSplitRectangles(lines, labels)
    figma.currentPage.selection = [section]
    const answer = await adopt()
    expect(answer.message).toBe('Adopted the drawing: 12 stickies in its zones, 0 unplaced · fit 0%')
    expectZones(storedReport(section), expected)
  })

  it('six sections named per zone, drawn at the top level and selected together', async () => {
    const fake = useFake()
    const boxes: Record<ZoneKey, Rect> = {
      products: { x: 0, y: 0, width: 600, height: 1200 },
      gainCreators: { x: 640, y: 0, width: 600, height: 580 },
      painRelievers: { x: 640, y: 620, width: 600, height: 580 },
      gains: { x: 1400, y: 0, width: 600, height: 580 },
      pains: { x: 1400, y: 620, width: 600, height: 580 },
      jobs: { x: 2040, y: 0, width: 600, height: 1200 }
    }
    const names: Labels = {
      products: '📦 Produkter & ydelser',
      gainCreators: '3. GEVINSTSKABERE',
      painRelievers: 'Smertestillere',
      gains: 'Gevinster 😀',
      pains: 'Kunde-gener',
      jobs: '1. Kundens jobs'
    }
    const sections = ZONE_KEYS.map((zone) => fake.user.addSection({ ...boxes[zone], name: names[zone] }))
    const expected: Expected = {}
    for (const zone of ZONE_KEYS) {
      const box = boxes[zone]
      expected[zone] = [stickyAt(`${zone} a`, { x: box.x + 200, y: box.y + 250 })]
    }
    figma.currentPage.selection = sections
    const answer = await adopt('da')
    expect(answer.ok).toBe(true)
    const anchor = sections.find((s) => s.getSharedPluginData('vpcfit', 'drawn') !== '')
    if (!anchor) throw new Error('nothing adopted')
    expectZones(storedReport(anchor), expected)
  })

  it('mirrored (customer profile left) and a quarter turned (profile above the value map), labels on shapes', async () => {
    const fake = useFake()
    for (const [name, circleCentre, squareCentre, turn] of [
      ['mirrored', { x: 600, y: 600 }, { x: 1900, y: 600 }, 180],
      ['turned', { x: 600, y: 3000 }, { x: 600, y: 4300 }, 90]
    ] as const) {
      const section = fake.user.addSection({
        x: Math.min(circleCentre.x, squareCentre.x) - 600,
        y: Math.min(circleCentre.y, squareCentre.y) - 600,
        width: Math.abs(circleCentre.x - squareCentre.x) + 1200,
        height: Math.abs(circleCentre.y - squareCentre.y) + 1200,
        name
      })
      shapeAround(circleCentre, 1000, 'ELLIPSE')
      shapeAround(squareCentre, 1000, 'SQUARE')
      // The canonical angles, turned: mirrored is the plain canvas seen from behind (angles reflected).
      const base: Record<ZoneKey, number> = {
        jobs: 0,
        gains: 120,
        pains: 240,
        products: 180,
        gainCreators: 60,
        painRelievers: 300
      }
      const angleOf = (zone: ZoneKey): number => (turn === 180 ? 180 - base[zone] : base[zone] + turn)
      const expected: Expected = {}
      for (const zone of ZONE_KEYS) {
        const centre = zone === 'jobs' || zone === 'pains' || zone === 'gains' ? circleCentre : squareCentre
        const at = polar(centre, angleOf(zone), 330)
        fake.user.addShape({
          x: at.x - 110,
          y: at.y - 35,
          width: 220,
          height: 70,
          text: DANISH[zone],
          shapeType: 'ROUNDED_RECTANGLE'
        })
        expected[zone] = [stickyAt(`${name} ${zone}`, polar(centre, angleOf(zone), 170))]
      }
      figma.currentPage.selection = [section]
      const answer = await adopt('da')
      expect(answer.message, name).toBe(
        'Tegningen er overtaget: 6 sedler i zonerne, 0 udenfor · fit 0\u00a0%'
      )
      expectZones(storedReport(section), expected)
    }
  })

  it('several drawn canvases on one page: each adopted alone reads only its own stickies', async () => {
    const first = await drawSquareAndCircle({ labels: ENGLISH, container: 'section', title: 'Commuters' })
    const second = await drawSquareAndCircle({ labels: ENGLISH, container: 'group' })
    // The group sits on top of the section's drawing; move it below it, as a second canvas on the board.
    useFake().user.move(second.anchor, 200, 2400)
    const ownFirst = stickyAt('first pain', { x: first.spots.pains[0].x, y: first.spots.pains[0].y })
    const groupBox = second.anchor.absoluteBoundingBox as Rect
    const secondCircle = { x: groupBox.x + groupBox.width - 600, y: groupBox.y + groupBox.height / 2 }
    const ownSecond = stickyAt('second job', polar(secondCircle, 0, 300))
    figma.currentPage.selection = first.selection
    expect((await adopt()).message).toBe('Adopted the drawing: 1 stickies in its zones, 0 unplaced · fit 0%')
    figma.currentPage.selection = second.selection
    expect((await adopt()).message).toBe('Adopted the drawing: 1 stickies in its zones, 0 unplaced · fit 0%')
    expectZones(storedReport(first.anchor), { pains: [ownFirst] })
    expectZones(storedReport(second.anchor), { jobs: [ownSecond] })
    // A check of each finds the same.
    for (const anchor of [first.anchor, second.anchor]) {
      const checked = await runCommandAsync('en', () => checkFitAsync({ canvasId: anchor.id, locale: 'en' }))
      expect(checked.ok).toBe(true)
    }
    expectZones(storedReport(first.anchor), { pains: [ownFirst] })
    expectZones(storedReport(second.anchor), { jobs: [ownSecond] })
  })

  it('stickies on a label, across a zone border, and an empty canvas', async () => {
    const drawing = await drawSquareAndCircle({ labels: ENGLISH, container: 'section' })
    figma.currentPage.selection = drawing.selection
    expect((await adopt()).message).toBe('Adopted the drawing: 0 stickies in its zones, 0 unplaced · fit 0%')
    const label = drawing.labels.gains.absoluteBoundingBox as Rect
    const onLabel = stickyAt('Arrive fresh', { x: label.x + label.width / 2, y: label.y + label.height / 2 })
    // The circle's gains/jobs border is at 60°: a sticky straddling it belongs where its centre is.
    const circle = { x: 1700 + 600, y: 300 + 600 }
    const justGains = stickyAt('Save money', polar(circle, 64, 300))
    const justJobs = stickyAt('Get to work', polar(circle, 56, 300))
    const checked = await runCommandAsync('en', () =>
      checkFitAsync({ canvasId: drawing.anchor.id, locale: 'en' })
    )
    expect(checked.ok).toBe(true)
    expectZones(storedReport(drawing.anchor), { gains: [onLabel, justGains], jobs: [justJobs] })
  })

  it('a square turned 45° and a long ellipse turned 30°: each claims only its own area, read afresh when turned back', async () => {
    const fake = useFake()
    await figma.loadFontAsync({ family: 'Inter', style: 'Medium' })
    const section = fake.user.addSection({ x: 0, y: 0, width: 3400, height: 1800, name: 'Turned canvas' })
    const squareCentre = { x: 800, y: 900 }
    const ellipseCentre = { x: 2400, y: 900 }
    const square = shapeAround(squareCentre, 1000, 'SQUARE')
    const ellipse = fake.user.addShape({ x: 1700, y: 600, width: 1400, height: 600, shapeType: 'ELLIPSE' })
    turnAboutCentre(square, 45)
    turnAboutCentre(ellipse, 30)
    const angles = TURNED_ANGLES
    const customer = CUSTOMER
    drawLabels(squareCentre, ellipseCentre, angles, 220, section)
    figma.commitUndo()
    const expected: Expected = {}
    for (const zone of ZONE_KEYS) {
      const centre = customer.includes(zone) ? ellipseCentre : squareCentre
      expected[zone] = [stickyAt(`${zone} a`, polar(centre, angles[zone], 120))]
    }
    // The diamond's top tip (a gain creator), and the far end of the ellipse's long axis (a job).
    expected.gainCreators?.push(stickyAt('tip', polar(squareCentre, 90, 640)))
    expected.jobs?.push(stickyAt('far end', polar(ellipseCentre, 30, 640)))
    // In the bounding boxes, outside the shapes as drawn: unplaced.
    const corner = stickyAt('corner', polar(squareCentre, 135, 620))
    const side = stickyAt('side', polar(ellipseCentre, 120, 420))
    figma.currentPage.selection = [section]
    expect((await adopt()).message).toBe('Adopted the drawing: 8 stickies in its zones, 2 unplaced · fit 0%')
    expectZones(storedReport(section), expected, [corner, side])
    // The square turned back upright: the corner is inside it again, the tip outside.
    turnAboutCentre(square, 0)
    figma.commitUndo()
    const checked = await runCommandAsync('en', () => checkFitAsync({ canvasId: section.id, locale: 'en' }))
    expect(checked.ok).toBe(true)
    const report = storedReport(section)
    expect(report.zones.products.map((item) => item.id)).toContain(corner.id)
    expect(report.unplaced.map((item) => item.id)).toContain(expected.gainCreators?.[1]?.id)
  })

  it('a section holding the drawing, a BMC and notes: the canvas is the drawing, the others’ stickies are not its', async () => {
    const fake = useFake()
    await figma.loadFontAsync({ family: 'Inter', style: 'Medium' })
    const section = fake.user.addSection({ x: 0, y: 0, width: 6400, height: 3200, name: 'Workshop day 1' })
    const squareCentre = { x: 800, y: 900 }
    const circleCentre = { x: 2200, y: 900 }
    shapeAround(squareCentre, 1200, 'SQUARE')
    shapeAround(circleCentre, 1200, 'ELLIPSE')
    drawLabels(squareCentre, circleCentre, LABEL_ANGLES, 450, section)
    drawText('Segment: Commuters', { x: 1500, y: 150 }, section)
    // A BMC to the right, and a notes corner below, in the same section.
    for (const [i, name] of ['Key Partners', 'Value Propositions', 'Customer Segments'].entries())
      fake.user.addShape({ x: 3600 + i * 900, y: 200, width: 800, height: 1600, text: name, shapeType: 'SQUARE' })
    drawText('Notes', { x: 400, y: 2300 }, section)
    figma.commitUndo()
    const pain = stickyAt('Rain', polar(circleCentre, 240, 300))
    const between = stickyAt('Not sure where', { x: 1500, y: 900 })
    const inBmc = stickyAt('Bike subscription', { x: 4500, y: 1000 })
    const note = stickyAt('Ask about winter', { x: 500, y: 2600 })
    figma.currentPage.selection = [section]
    expect((await adopt()).message).toBe('Adopted the drawing: 1 stickies in its zones, 1 unplaced · fit 0%')
    expectZones(storedReport(section), { pains: [pain] }, [between])
    expect(parseDrawnDefOf(section)?.nodes).not.toHaveLength(0)
    // Check fit of this canvas, and with the section selected, find the same; a sticky in the BMC picks no canvas
    // of this drawing.
    const checked = await runCommandAsync('en', () => checkFitAsync({ canvasId: section.id, locale: 'en' }))
    expect(checked.ok).toBe(true)
    expectZones(storedReport(section), { pains: [pain] }, [between])
    figma.currentPage.selection = [section]
    expect((await runCommandAsync('en', () => checkFitAsync({ canvasId: null, locale: 'en' }))).ok).toBe(true)
    expectZones(storedReport(section), { pains: [pain] }, [between])
    expect(storedReport(section).unplaced.map((item) => item.id)).not.toContain(inBmc.id)
    expect(storedReport(section).unplaced.map((item) => item.id)).not.toContain(note.id)
  })

  it('a square with its labels and the profile as three loose labels, in a section with a BMC: the BMC is not the canvas', async () => {
    const fake = useFake()
    await figma.loadFontAsync({ family: 'Inter', style: 'Medium' })
    const section = fake.user.addSection({ x: 0, y: 0, width: 6400, height: 2000, name: 'Workshop day 2' })
    const squareCentre = { x: 800, y: 900 }
    shapeAround(squareCentre, 1200, 'SQUARE')
    for (const zone of ['products', 'gainCreators', 'painRelievers'] as const)
      drawText(ENGLISH[zone], polar(squareCentre, LABEL_ANGLES[zone], 450), section)
    // The customer profile drawn as three headers in a column, no shape.
    const profile: Array<['jobs' | 'pains' | 'gains', number]> = [['jobs', 400], ['gains', 900], ['pains', 1400]]
    for (const [zone, y] of profile) drawText(ENGLISH[zone], { x: 1900, y }, section)
    for (const [i, name] of ['Key Partners', 'Value Propositions', 'Customer Segments'].entries())
      fake.user.addShape({ x: 3800 + i * 850, y: 200, width: 800, height: 1600, text: name, shapeType: 'SQUARE' })
    figma.commitUndo()
    const job = stickyAt('Get to work dry', { x: 1950, y: 560 })
    const relief = stickyAt('Rain cover', polar(squareCentre, 300, 300))
    const inBmc = stickyAt('Bike subscription', { x: 4600, y: 1000 })
    figma.currentPage.selection = [section]
    expect((await adopt()).message).toBe('Adopted the drawing: 2 stickies in its zones, 0 unplaced · fit 0%')
    expectZones(storedReport(section), { jobs: [job], painRelievers: [relief] })
    expect(JSON.stringify(storedReport(section))).not.toContain(JSON.stringify(inBmc.id))
    const checked = await runCommandAsync('en', () => checkFitAsync({ canvasId: section.id, locale: 'en' }))
    expect(checked.ok).toBe(true)
    expectZones(storedReport(section), { jobs: [job], painRelievers: [relief] })
  })

  it('a section that is only the drawing stays the canvas: a sticky by its edge is unplaced', async () => {
    const drawing = await drawSquareAndCircle({ labels: ENGLISH, container: 'section', title: 'Commuters' })
    const corner = stickyAt('Parked here', { x: 2950, y: 1650 })
    figma.currentPage.selection = drawing.selection
    expect((await adopt()).message).toBe('Adopted the drawing: 0 stickies in its zones, 1 unplaced · fit 0%')
    expect(parseDrawnDefOf(drawing.anchor)?.nodes).toEqual([])
    expectZones(storedReport(drawing.anchor), {}, [corner])
  })

  it('a BMC drawn beside loose nodes and selected with them: its stickies are not the canvas’s', async () => {
    const fake = useFake()
    const drawing = await drawSquareAndCircle({ labels: ENGLISH, container: 'none' })
    const vp = fake.user.addShape({
      x: 3400,
      y: 300,
      width: 600,
      height: 1200,
      text: 'Value Propositions',
      shapeType: 'SQUARE'
    })
    const cs = fake.user.addShape({
      x: 4100,
      y: 300,
      width: 600,
      height: 1200,
      text: 'Customer Segments',
      shapeType: 'SQUARE'
    })
    const inBmc = stickyAt('Bike subscription', { x: 3700, y: 1200 })
    const pain = stickyAt('Rain', drawing.spots.pains[0])
    figma.currentPage.selection = [...drawing.selection, vp, cs]
    expect((await adopt()).message).toBe('Adopted the drawing: 1 stickies in its zones, 0 unplaced · fit 0%')
    const report = storedReport(drawing.anchor)
    expectZones(report, { pains: [pain] })
    expect(report.unplaced.map((item) => item.id)).not.toContain(inBmc.id)
  })

  it('a second label of a zone written loose beside the drawing (a legend): the one in the shape is the zone', async () => {
    const drawing = await drawSquareAndCircle({ labels: ENGLISH, container: 'section' })
    await figma.loadFontAsync({ family: 'Inter', style: 'Medium' })
    drawText('Pains', { x: 800, y: 1650 }, drawing.anchor as SectionNode)
    figma.commitUndo()
    const pain = stickyAt('Rain', drawing.spots.pains[0])
    figma.currentPage.selection = drawing.selection
    expect((await adopt()).ok).toBe(true)
    expect(parseDrawnDefOf(drawing.anchor)?.zones.pains.label).toBe(drawing.labels.pains.id)
    expectZones(storedReport(drawing.anchor), { pains: [pain] })
  })

  it('a zone label written inside the other side’s shape: refused with a sentence saying where to move it', async () => {
    const drawing = await drawSquareAndCircle({ labels: SWEDISH, container: 'section' })
    // Besvär (Pains) written in the square, above its centre.
    figma.currentPage.selection = [drawing.labels.pains]
    useFake().user.move(drawing.labels.pains, 700, 450)
    figma.currentPage.selection = drawing.selection
    const steps = useFake().undo.steps
    expect(await adopt('sv')).toEqual({
      ok: false,
      message: 'Etiketten Besvär står i värdekartan: flytta den till kundprofilen och ta över igen.'
    })
    expect(drawing.anchor.getSharedPluginData('vpcfit', 'drawn')).toBe('')
    expect(useFake().undo.steps).toBe(steps)
  })

  it('two equally good labels for one zone: refused with a sentence, nothing written', async () => {
    const drawing = await drawSquareAndCircle({ labels: ENGLISH, container: 'section' })
    await figma.loadFontAsync({ family: 'Inter', style: 'Medium' })
    // A second "Pains" in the circle, between Customer jobs and Gains.
    drawText('Pains', polar({ x: 2300, y: 900 }, 60, 480), drawing.anchor as SectionNode)
    figma.commitUndo()
    figma.currentPage.selection = drawing.selection
    const steps = useFake().undo.steps
    expect(await adopt()).toEqual({
      ok: false,
      message: 'Found Pains twice, so the zone is unclear: select one drawing or delete a copy.'
    })
    expect(drawing.anchor.getSharedPluginData('vpcfit', 'drawn')).toBe('')
    expect(useFake().undo.steps).toBe(steps)
  })
})
