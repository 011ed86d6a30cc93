// The live board follows FigJam's change events reading only what changed, and agrees with a fresh read of the
// page after each batch. Counts come from the fake's API counter (no timing).
import { describe, expect, it } from 'vitest'
import { LiveBoard } from '../../src/adapter/live-board'
import { readCanvases, takeSnapshot } from '../../src/adapter/snapshot'
import { insertVpcAsync } from '../../src/commands/insert-vpc-async'
import { analyzeBoard, reportWithoutTime } from '../../src/core/analyze'
import { DATA_KEYS, getData, ROLES, setData } from '../../src/adapter/plugin-data'
import { useFake } from './harness'
import { canvasSections, dropSticky, pointInZone, shapesOf } from './helpers'

async function liveBoardAsync(canvases = 3) {
  const fake = useFake()
  for (let i = 0; i < canvases; i++)
    await insertVpcAsync({ segment: `S${i}`, product: `P${i}`, locale: 'en' })
  const sections = canvasSections()
  const stickies = sections.map((section) => dropSticky('Get to work on time', pointInZone(section, 'jobs')))
  await fake.flush()
  const live = new LiveBoard(figma.currentPage)
  live.readAll()
  figma.currentPage.on('nodechange', (event) => live.apply(event.nodeChanges))
  return { fake, live, sections, stickies }
}

const timeless = (analyses: ReturnType<typeof analyzeBoard>) =>
  analyses.map((a) => reportWithoutTime(a.report))

function agrees(live: LiveBoard): void {
  expect(timeless(analyzeBoard(live.snapshot(), 'x'))).toEqual(
    timeless(analyzeBoard(takeSnapshot(figma.currentPage), 'x'))
  )
  expect(live.snapshot().canvases).toEqual(readCanvases(figma.currentPage))
}

describe('the live board', () => {
  it('a canvas pasted onto another, then the outer one moved: the inner one moves with it', async () => {
    const { fake, live, sections } = await liveBoardAsync(2)
    fake.user.duplicate([sections[0]!.id], { offset: { x: 1300, y: 700 } })
    await fake.flush()
    const box = sections[0]!.absoluteBoundingBox!
    fake.user.move(sections[0]!, box.x - 5600, box.y - 3000)
    await fake.flush()
    agrees(live)
  })

  it('a canvas dropped into another, the outer one ticked, then the inner square moved out: the inner is damaged', async () => {
    // Found by the model test (seed 1420348213): re-reading the outer canvas claimed the inner canvas's shapes, so
    // a later move of the inner square re-read the outer canvas and left the inner one with its old square.
    const { fake, live, sections } = await liveBoardAsync(2)
    const outer = sections[0]!
    const inner = sections[1]!
    const box = outer.absoluteBoundingBox!
    fake.user.move(inner, box.x + 200, box.y + 200)
    await fake.flush()
    expect(inner.parent?.id).toBe(outer.id)
    agrees(live)
    setData(outer, DATA_KEYS.checks, JSON.stringify({ evidence: true }))
    await fake.flush()
    agrees(live)
    const square = inner.findChildren((child) => getData(child, DATA_KEYS.role) === ROLES.valueMap)[0]!
    const squareBox = square.absoluteBoundingBox!
    fake.user.move(square, squareBox.x - 3000, squareBox.y - 3500)
    await fake.flush()
    expect(square.parent?.id).not.toBe(inner.id)
    agrees(live)
    expect(live.snapshot().canvases.find((canvas) => canvas.id === inner.id)?.valueMap).toBeNull()
  })

  it('a sticky edit reads that sticky only: its id, box and text', async () => {
    const { fake, live, stickies } = await liveBoardAsync()
    fake.counter.reset()
    fake.user.typeInto(stickies[1]!, 'Get to work before nine')
    await fake.flush()
    // The sticky's id, box, text and characters, plus the event's own type and removed checks.
    const reads = fake.counter.readsByProperty
    expect(reads['STICKY.text.getStyledTextSegments']).toBe(1)
    expect(fake.counter.reads.STICKY).toBeLessThanOrEqual(6)
    expect(fake.counter.reads.SECTION ?? 0).toBe(0)
    agrees(live)
  })

  it('a stamp added, moved with its sticky and removed: votes follow through the host, no page recount', async () => {
    const { fake, live, sections, stickies } = await liveBoardAsync()
    const stamp = fake.user.stamp(stickies[0]!)
    await fake.flush()
    agrees(live)
    const target = pointInZone(sections[0]!, 'pains')
    fake.counter.reset()
    fake.user.move(stickies[0]!, target.x - 120, target.y - 120)
    await fake.flush()
    // The sticky (4 reads) and its stamp's host (2 reads): not every stamp on the page.
    expect(fake.counter.readsByProperty['STAMP.stuckTo']).toBe(1)
    agrees(live)
    fake.user.delete([stamp])
    await fake.flush()
    agrees(live)
  })

  it('a stamp from before the read: moved with its sticky it costs its host, deleted the stamps are recounted', async () => {
    const fake = useFake()
    await insertVpcAsync({ segment: 'S', product: 'P', locale: 'en' })
    const [section] = canvasSections()
    const a = dropSticky('A', pointInZone(section!, 'jobs'))
    dropSticky('B', pointInZone(section!, 'pains'))
    const stamp = fake.user.stamp(a)
    await fake.flush()
    const live = new LiveBoard(figma.currentPage)
    live.readAll()
    figma.currentPage.on('nodechange', (event) => live.apply(event.nodeChanges))
    const target = pointInZone(section!, 'gains')
    fake.counter.reset()
    fake.user.move(a, target.x - 120, target.y - 120)
    await fake.flush()
    expect(fake.counter.readsByProperty['STAMP.stuckTo']).toBe(1)
    agrees(live)
    fake.user.delete([stamp])
    await fake.flush()
    agrees(live)
  })

  it('a canvas whose data or square changed is read again alone', async () => {
    const { fake, live, sections } = await liveBoardAsync()
    fake.counter.reset()
    setData(sections[1]!, DATA_KEYS.checks, JSON.stringify({ 'vm.focus': true }))
    await fake.flush()
    // One section box and the two template shapes of that canvas, not the three canvases.
    expect(fake.counter.readsByProperty['SECTION.absoluteBoundingBox']).toBe(1)
    agrees(live)
    const square = sections[2]!.findChildren((n) => getData(n, DATA_KEYS.role) === 'value-map')[0]!
    const { valueMap } = shapesOf(sections[2]!)
    fake.counter.reset()
    fake.user.move(square, valueMap.x + 300, valueMap.y)
    await fake.flush()
    expect(fake.counter.readsByProperty['SECTION.absoluteBoundingBox']).toBe(1)
    agrees(live)
  })
})
