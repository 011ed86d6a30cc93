/**
 * Very large boards: a section or group deleted while the panel is open (deleted by a person, or by undoing the
 * group or section they just made). FigJam reports one DELETE for the top node only, and the live board used to
 * read the whole page again for it: on 200 canvases and 50,000 stickies, undoing a group of two stickies cost
 * 241,000 API reads. It now finds what went with the node from what the page still holds, and reads no sticky;
 * after every step the live board agrees with a read from scratch.
 */
import { describe, expect, it } from 'vitest'
import { LiveBoard } from '../../../src/adapter/live-board'
import { analyzeBoard, reportWithoutTime } from '../../../src/core/analyze'
import { createTestCardAsync } from '../../../src/commands/create-test-card-async'
import { runCommandAsync } from '../../../src/run/run-command'
import { useFake } from '../harness'
import { differences, oracle, zonePoint } from '../reliability/board'
import { smallCanvas } from '../reliability/canvas'
import { adopt, drawSquareAndCircle, ENGLISH, fill } from '../drawn/drawings'

/** Loose stickies far from every canvas: the board's size, which a deletion elsewhere must not read. */
const LOOSE = 400

async function boardAsync() {
  const fake = useFake()
  const first = await smallCanvas(fake)
  const second = await smallCanvas(fake, { segment: 'Second' })
  const loose: string[] = []
  for (let i = 0; i < LOOSE; i += 1)
    loose.push(fake.user.addSticky({ text: `Loose ${i}`, x: -40_000 + (i % 20) * 300, y: -40_000 + Math.floor(i / 20) * 300 }).id)
  fake.user.connect(loose[0]!, loose[1]!)
  fake.user.stamp(loose[2]!)
  await fake.flush()
  const live = new LiveBoard(figma.currentPage)
  live.readAll()
  figma.currentPage.on('nodechange', (event) => live.apply(event.nodeChanges))
  return { fake, live, first, second, loose }
}

/** The live board's analysis is a fresh analysis of the page. */
function agrees(live: LiveBoard, what: string): void {
  const shown = analyzeBoard(live.snapshot(), 'oracle').map((a) => ({ report: reportWithoutTime(a.report), damaged: a.damaged }))
  expect(differences(shown, oracle()), what).toEqual([])
}

/** Sticky reads while `edit` is followed (its events delivered). */
async function stickyReadsAsync(fake: ReturnType<typeof useFake>, edit: () => void): Promise<number> {
  await fake.flush()
  fake.counter.reset()
  edit()
  await fake.flush()
  const reads = fake.counter.readsByProperty
  return Object.entries(reads)
    .filter(([key]) => key.startsWith('STICKY.'))
    .reduce((sum, [, n]) => sum + n, 0)
}

describe('hostile boards: a section or group deleted while the panel follows the board', () => {
  it('undoing a group of two loose stickies reads no sticky, and the stickies stay', async () => {
    const { fake, live, loose } = await boardAsync()
    fake.user.group([loose[5]!, loose[6]!])
    await fake.flush()
    agrees(live, 'after grouping')
    const reads = await stickyReadsAsync(fake, () => fake.undo.undo())
    // The two stickies, now on the page again, are read again; none of the other 400.
    expect(reads, 'sticky reads to follow the undone group').toBeLessThan(20)
    agrees(live, 'after undoing the group')
  })

  it('an empty section added and undone reads no sticky', async () => {
    const { fake, live } = await boardAsync()
    fake.user.addSection({ x: 60_000, y: 60_000, width: 300, height: 300, name: 'Parking lot' })
    await fake.flush()
    const reads = await stickyReadsAsync(fake, () => fake.undo.undo())
    expect(reads).toBeLessThan(20)
    agrees(live, 'after undoing the section')
  })

  it('a group of canvas stickies with a connector and a stamp deleted: they leave the fit, nothing else is read', async () => {
    const { fake, live, first } = await boardAsync()
    const rain = first.sticky['Rain']!
    const bikes = first.sticky['Bikes are never there']!
    fake.user.stamp(rain)
    const group = fake.user.group([rain, bikes, first.sticky['Reserve a bike']!])
    await fake.flush()
    agrees(live, 'after grouping')
    const reads = await stickyReadsAsync(fake, () => fake.user.delete([group.id]))
    expect(reads).toBeLessThan(20)
    agrees(live, 'after deleting the group')
    const report = analyzeBoard(live.snapshot(), 'x').find((a) => a.report.canvas.id === first.id)!.report
    expect(report.zones.pains.map((item) => item.id)).not.toContain(rain)
    expect(report.links).toHaveLength(2)
    fake.undo.undo()
    await fake.flush()
    agrees(live, 'after undoing the delete')
  })

  it('a section people drew inside a canvas, holding stickies, deleted', async () => {
    const { fake, live, first } = await boardAsync()
    const at = zonePoint(fake, first.id, 'jobs', 0.5)!
    const notes = fake.user.addSection({ x: at.x - 200, y: at.y - 200, width: 400, height: 400, name: 'Notes' })
    fake.user.addSticky({ text: 'Commute by train', x: at.x - 120, y: at.y - 120, parent: notes })
    await fake.flush()
    agrees(live, 'after adding the section')
    fake.user.delete([notes.id])
    await fake.flush()
    agrees(live, 'after deleting it')
  })

  it('a section holding a whole canvas and its test card deleted, then undone', async () => {
    const { fake, live, second } = await boardAsync()
    const made = await runCommandAsync('en', () =>
      createTestCardAsync({ canvasId: second.id, itemId: second.sticky['Rain']!, locale: 'en' })
    )
    expect(made.ok).toBe(true)
    const card = fake.inspect.nodes().find((node) => node.type === 'SECTION' && node.name.startsWith('Test card'))!
    const box = fake.inspect.node(second.id)!.box
    const room = fake.user.addSection({ x: 80_000, y: 80_000, width: box.width + card.box.width + 4000, height: box.height + 4000, name: 'Breakout room' })
    room.appendChild(second.section)
    room.appendChild((await figma.getNodeByIdAsync(card.id)) as SectionNode)
    figma.commitUndo()
    await fake.flush()
    agrees(live, 'after nesting')
    fake.user.delete([room.id])
    await fake.flush()
    agrees(live, 'after deleting the room with the canvas in it')
    expect(live.snapshot().canvases.map((canvas) => canvas.id)).not.toContain(second.id)
    fake.undo.undo()
    await fake.flush()
    agrees(live, 'after undoing')
  })

  it('a section holding an adopted drawing deleted, then undone', async () => {
    const fake = useFake()
    const drawing = await drawSquareAndCircle({ labels: ENGLISH, container: 'section' })
    fill(drawing)
    fake.user.select(drawing.selection)
    expect((await adopt()).ok).toBe(true)
    for (let i = 0; i < LOOSE; i += 1) fake.user.addSticky({ text: `Loose ${i}`, x: -40_000 + i * 300, y: -40_000 })
    await fake.flush()
    const live = new LiveBoard(figma.currentPage)
    live.readAll()
    figma.currentPage.on('nodechange', (event) => live.apply(event.nodeChanges))
    const room = fake.user.addSection({ x: 90_000, y: 0, width: 100, height: 100, name: 'Room' })
    room.appendChild(drawing.anchor)
    figma.commitUndo()
    await fake.flush()
    agrees(live, 'after nesting the drawing')
    expect(live.snapshot().canvases).toHaveLength(1)
    const reads = await stickyReadsAsync(fake, () => fake.user.delete([room.id]))
    expect(reads).toBeLessThan(20)
    agrees(live, 'after deleting the room with the drawing in it')
    expect(live.snapshot().canvases).toHaveLength(0)
    fake.undo.undo()
    await fake.flush()
    agrees(live, 'after undoing')
    expect(live.snapshot().canvases).toHaveLength(1)
  })
})
