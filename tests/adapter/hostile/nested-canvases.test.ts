// A canvas inside another canvas's section (dropped or pasted into it, the outer section grown to hold it) holds the
// stickies lying on it, zoned or not, even where the outer canvas's circle or square is under them: the full read,
// one canvas's scoped read and the live board agree on it.
import { describe, expect, it } from 'vitest'
import { LiveBoard } from '../../../src/adapter/live-board'
import { takeSnapshot } from '../../../src/adapter/snapshot'
import { insertVpcAsync } from '../../../src/commands/insert-vpc-async'
import { analyzeBoard, reportWithoutTime } from '../../../src/core/analyze'
import type { FitReport } from '../../../src/core/types'
import { useFake } from '../harness'
import { canvasSections, dropSticky, expectScopedReadsAgree, shapesOf } from '../helpers'

const texts = (report: FitReport) =>
  [...Object.values(report.zones).flat(), ...report.unplaced].map((i) => i.text)

async function nestedBoardAsync() {
  const fake = useFake()
  await insertVpcAsync({ segment: 'Outer', product: 'P', locale: 'en' })
  await insertVpcAsync({ segment: 'Inner', product: 'P', locale: 'en' })
  const [outer, inner] = canvasSections() as [SectionNode, SectionNode]
  fake.user.resize(outer, 12000, 8000)
  const circle = shapesOf(outer).customerProfile
  const centre = { x: circle.x + circle.width / 2, y: circle.y + circle.height / 2 }
  // The inner canvas's title band (above its square and circle) lies across the outer canvas's circle.
  const box = outer.absoluteBoundingBox!
  fake.user.move(inner, centre.x - 2600, centre.y - 200)
  await fake.flush()
  expect(inner.parent?.id).toBe(outer.id)
  const innerBox = inner.absoluteBoundingBox!
  expect(innerBox.x >= box.x && innerBox.y >= box.y).toBe(true)
  expect(innerBox.x + innerBox.width <= box.x + box.width).toBe(true)
  expect(innerBox.y + innerBox.height <= box.y + box.height).toBe(true)
  return { fake, outer, inner, centre }
}

describe('a canvas nested in another canvas', () => {
  it('holds a sticky on its title band over the outer circle, in the full and the scoped read', async () => {
    const { outer, inner, centre } = await nestedBoardAsync()
    dropSticky('On the inner title', { x: centre.x + 100, y: centre.y })
    const full = expectScopedReadsAgree()
    const of = (section: SectionNode) => full.find((a) => a.report.canvas.id === section.id)!.report
    expect(of(inner).unplaced.map((i) => i.text)).toEqual(['On the inner title'])
    expect(texts(of(outer))).not.toContain('On the inner title')
  })

  it('the live board agrees as a sticky moves onto the inner canvas and off it again', async () => {
    const { fake, outer, inner, centre } = await nestedBoardAsync()
    const sticky = dropSticky('Wanders', { x: centre.x + 100, y: centre.y - 700 })
    await fake.flush()
    const live = new LiveBoard(figma.currentPage)
    live.readAll()
    figma.currentPage.on('nodechange', (event) => live.apply(event.nodeChanges))
    const check = (owner: SectionNode) => {
      const fresh = analyzeBoard(takeSnapshot(figma.currentPage), 'x')
      expect(analyzeBoard(live.snapshot(), 'x').map((a) => reportWithoutTime(a.report))).toEqual(
        fresh.map((a) => reportWithoutTime(a.report))
      )
      expect(texts(fresh.find((a) => a.report.canvas.id === owner.id)!.report)).toContain('Wanders')
    }
    check(outer)
    fake.user.move(sticky, centre.x + 100 - 120, centre.y - 120)
    await fake.flush()
    check(inner)
    fake.user.move(sticky, centre.x + 100 - 120, centre.y - 820)
    await fake.flush()
    check(outer)
  })
})
