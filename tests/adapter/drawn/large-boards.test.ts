/**
 * Hostile and very large boards around drawn-canvas recognition, measured by the work the plugin asks of FigJam
 * (API reads and calls, counted by the fake), never by time: a 10,000-node board that is no canvas, and a board of
 * 50 hand-drawn canvases.
 */
import { describe, expect, it } from 'vitest'
import { DRAWING_MAX_NODES } from '../../../contract/limits'
import { readDrawnCanvases } from '../../../src/adapter/drawn-canvas'
import { LiveBoard } from '../../../src/adapter/live-board'
import { takeSnapshot } from '../../../src/adapter/snapshot'
import { adoptCanvasAsync } from '../../../src/commands/adopt-canvas-async'
import { decideSelectionAdoption } from '../../../src/commands/adopt-canvas-async'
import type { Point } from '../../../src/core/types'
import { ZONE_KEYS } from '../../../src/core/types'
import { runCommandAsync } from '../../../src/run/run-command'
import { useFake } from '../harness'
import { drawText, ENGLISH, polar, shapeAround } from './drawings'

function totalReads(): number {
  const { reads } = useFake().counter.snapshot()
  return Object.values(reads).reduce((sum, n) => sum + n, 0)
}

/** Reads (in all and per node type) and calls made by `work`, counted from zero. */
function counted<T>(work: () => T): {
  result: T
  reads: number
  readsOf: Record<string, number>
  calls: Record<string, number>
} {
  const fake = useFake()
  fake.counter.reset()
  const result = work()
  const snapshot = fake.counter.snapshot()
  return { result, reads: totalReads(), readsOf: snapshot.reads, calls: snapshot.calls }
}

/**
 * A 10,000-node board that is no canvas: a retrospective (sections of stickies, some reading "Pains", "Gains",
 * "Jobs"), a flowchart (shapes with text and connectors between them), a hand-drawn BMC.
 */
async function hostileBoard(): Promise<{ retro: SectionNode; nodes: number }> {
  const fake = useFake()
  await figma.loadFontAsync({ family: 'Inter', style: 'Medium' })
  let nodes = 0
  const retro = fake.user.addSection({ x: 0, y: 0, width: 12_000, height: 8_000, name: 'Sprint retro' })
  nodes += 1
  const columns = ['What went well', 'What to improve', 'Action items', 'Pains', 'Gains', 'Jobs']
  columns.forEach((title, c) => {
    drawText(title, { x: 1000 + c * 2000, y: 200 }, retro)
    nodes += 1
  })
  for (let i = 0; i < 2_400; i++) {
    const c = i % columns.length
    const word = i % 50 === 0 ? (columns[c] as string) : `Retro note ${i}`
    fake.user.addSticky({ text: word, x: 100 + c * 2000 + (i % 7) * 250, y: 400 + Math.floor(i / 42) * 130 })
    nodes += 1
  }
  // A flowchart: boxes with text, joined in a chain.
  let previous: ShapeWithTextNode | null = null
  for (let i = 0; i < 2_500; i++) {
    const shape = fake.user.addShape({
      x: 13_000 + (i % 50) * 300,
      y: (Math.floor(i / 50) % 50) * 300,
      width: 200,
      height: 100,
      text: i % 10 === 0 ? 'Decision?' : `Step ${i}`,
      shapeType: i % 10 === 0 ? 'DIAMOND' : 'ROUNDED_RECTANGLE'
    })
    nodes += 1
    if (previous && i % 2 === 1) {
      fake.user.connect(previous, shape)
      nodes += 1
    }
    previous = shape
  }
  // A hand-drawn BMC with its stickies.
  const bmc = fake.user.addSection({
    x: 0,
    y: 9_000,
    width: 5000,
    height: 3000,
    name: 'Business Model Canvas'
  })
  nodes += 1
  const blocks = [
    'Key Partners',
    'Key Activities',
    'Value Propositions',
    'Customer Relationships',
    'Customer Segments'
  ]
  blocks.forEach((name, b) => {
    fake.user.addShape({ x: b * 1000, y: 9_000, width: 980, height: 2000, text: name, shapeType: 'SQUARE' })
    nodes += 1
  })
  while (nodes < 10_000) {
    fake.user.addSticky({ text: `BMC note ${nodes}`, x: (nodes % 20) * 240, y: 9_100 + (nodes % 8) * 240 })
    nodes += 1
  }
  void bmc
  figma.commitUndo()
  return { retro, nodes }
}

describe('a 10,000-node board that is no canvas', () => {
  it('is never taken for a VPC, and costs a bounded read', async () => {
    const { retro, nodes } = await hostileBoard()
    expect(nodes).toBeGreaterThanOrEqual(10_000)
    expect(figma.currentPage.findAll().length).toBeGreaterThanOrEqual(10_000)

    // The whole page selected: refused as too large after reading at most the limit's worth of node types.
    figma.currentPage.selection = figma.currentPage.children.slice()
    const whole = counted(() => decideSelectionAdoption())
    expect(whole.result).toMatchObject({ ok: false, reason: 'tooLarge' })
    expect(whole.reads).toBeLessThanOrEqual(3 * (DRAWING_MAX_NODES + 1) + figma.currentPage.children.length)

    // The retro alone (2,407 nodes, under the limit): read once, recognised as no canvas.
    figma.currentPage.selection = [retro]
    const section = counted(() => decideSelectionAdoption())
    expect(section.result).toMatchObject({
      ok: false,
      refusal: { key: 'adopt.missingSide', side: 'valueMap' }
    })
    const inRetro = retro.findAll().length
    // Each node: its type, id, box, text (a sticky's text sublayer: two reads) and plugin role, read once.
    expect(section.reads).toBeLessThanOrEqual(8 * inRetro)
    const answer = await runCommandAsync('en', () => adoptCanvasAsync({ locale: 'en' }))
    expect(answer).toEqual({
      ok: false,
      message: 'Found Customer jobs, Pains and Gains but no value map: select the whole drawing.'
    })

    // A full read of the page reads no drawing at all: nothing on it was adopted.
    const read = counted(() => takeSnapshot(figma.currentPage))
    expect(read.result.canvases).toEqual([])
    expect(counted(() => readDrawnCanvases(figma.currentPage)).calls['PAGE.findAllWithCriteria']).toBe(1)
  })
})

/** `count` square-and-circle canvases, each in its section, labelled in English, in a grid; not adopted yet. */
async function drawnBoard(count: number): Promise<{ sections: SectionNode[]; circleCentres: Point[] }> {
  const fake = useFake()
  await figma.loadFontAsync({ family: 'Inter', style: 'Medium' })
  const sections: SectionNode[] = []
  const circleCentres: Point[] = []
  for (let i = 0; i < count; i++) {
    const x = (i % 10) * 2400
    const y = Math.floor(i / 10) * 1400
    const section = fake.user.addSection({ x, y, width: 2300, height: 1300, name: `Segment ${i + 1}` })
    const square = { x: x + 1000 / 2 + 50, y: y + 650 }
    const circle = { x: x + 1700, y: y + 650 }
    shapeAround(square, 1000, 'SQUARE')
    shapeAround(circle, 1000, 'ELLIPSE')
    const angles = { jobs: 0, gains: 120, pains: 240, products: 180, gainCreators: 60, painRelievers: 300 }
    for (const zone of ZONE_KEYS) {
      const customer = zone === 'jobs' || zone === 'pains' || zone === 'gains'
      drawText(ENGLISH[zone], polar(customer ? circle : square, angles[zone], 380), section)
    }
    sections.push(section)
    circleCentres.push(circle)
  }
  figma.commitUndo()
  return { sections, circleCentres }
}

describe('a board with 50 hand-drawn canvases', () => {
  it('every one adopts; reading the drawings costs their own nodes, never the 2,000 stickies on them', async () => {
    const fake = useFake()
    const { sections, circleCentres } = await drawnBoard(50)
    for (const section of sections) {
      figma.currentPage.selection = [section]
      const answer = await runCommandAsync('en', () => adoptCanvasAsync({ locale: 'en' }))
      expect(answer.ok).toBe(true)
    }
    // 40 stickies in each canvas's jobs.
    for (const centre of circleCentres)
      for (let k = 0; k < 40; k++)
        fake.user.addSticky({
          text: `Job ${k}`,
          x: centre.x + 60 + (k % 4) * 20,
          y: centre.y - 120 + (k % 10) * 8
        })
    await fake.flush()

    const read = counted(() => readDrawnCanvases(figma.currentPage))
    expect(read.result).toHaveLength(50)
    // Each canvas: its anchor's data and box, its drawing nodes (2 shapes, 6 labels) read once, each shape's
    // transform too (whether it is turned); its stickies (2,000 in all) are not read at all to find its zones.
    const drawingNodes = 50 * 8
    expect(read.reads).toBeLessThanOrEqual(12 * 50 + 6 * drawingNodes + 2 * 50)
    expect(read.readsOf.STICKY ?? 0).toBe(0)

    const snapshot = takeSnapshot(figma.currentPage)
    expect(snapshot.canvases).toHaveLength(50)
  })

  it('the live board re-reads the drawings only for a change to one of their parts or to a container', async () => {
    const fake = useFake()
    const { sections } = await drawnBoard(50)
    for (const section of sections) {
      figma.currentPage.selection = [section]
      expect((await runCommandAsync('en', () => adoptCanvasAsync({ locale: 'en' }))).ok).toBe(true)
    }
    const note = drawText('Workshop notes', { x: 500, y: 8000 })
    figma.commitUndo()
    await fake.flush()
    const live = new LiveBoard(figma.currentPage)
    live.readAll()
    figma.currentPage.on('nodechange', (event) => live.apply(event.nodeChanges))
    const agrees = (): void =>
      expect(live.snapshot().canvases.map((c) => c.drawn)).toEqual(
        takeSnapshot(figma.currentPage).canvases.map((c) => c.drawn)
      )

    // Typing in a text that is no part of any drawing reads no drawing.
    fake.counter.reset()
    fake.user.typeInto(note, 'Workshop notes, day 2')
    await fake.flush()
    expect(fake.counter.snapshot().calls['SECTION.findAllWithCriteria'] ?? 0).toBe(0)
    expect(totalReads()).toBeLessThan(50)

    // Moving a label, a zone's shape or a whole drawing is followed, and reads that drawing only: one search of
    // its own section (49 other drawings: none), and the drawing's few nodes.
    const third = sections[2] as SectionNode
    const label = third.findAllWithCriteria({ types: ['TEXT'] })[0] as TextNode
    const searches = (): number => fake.counter.snapshot().calls['SECTION.findAllWithCriteria'] ?? 0
    fake.counter.reset()
    fake.user.move(label, label.absoluteBoundingBox!.x + 200, label.absoluteBoundingBox!.y + 150)
    await fake.flush()
    expect(searches()).toBe(1)
    // The label's event, and the drawing's 8 nodes (about 6 reads each); all 50 drawings read would be ~3,000.
    expect(totalReads()).toBeLessThan(100)
    agrees()
    const circle = third.findAllWithCriteria({ types: ['SHAPE_WITH_TEXT'] })[1] as ShapeWithTextNode
    fake.counter.reset()
    fake.user.resize(circle, 800, 800)
    await fake.flush()
    expect(searches()).toBe(1)
    agrees()
    // The section moved: its stickies and parts are looked up in it (two searches), then the drawing read (one).
    fake.counter.reset()
    fake.user.move(third, 0, 20_000)
    await fake.flush()
    expect(searches()).toBeLessThanOrEqual(4)
    agrees()
    // A section that holds no drawing moved, or renamed: no drawing is read.
    const other = fake.user.addSection({ x: 0, y: 30_000, width: 400, height: 400, name: 'Parking lot' })
    fake.user.addSticky({ text: 'Later', x: 50, y: 30_050 })
    await fake.flush()
    fake.counter.reset()
    fake.user.move(other, 600, 30_000)
    fake.user.rename(other, 'Parking lot, day 2')
    await fake.flush()
    expect(fake.counter.snapshot().calls['PAGE.findAllWithCriteria'] ?? 0).toBe(0)
    expect(searches()).toBeLessThanOrEqual(2)
    agrees()
  })
})
