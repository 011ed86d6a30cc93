// A read of one canvas (its section and what overlaps it) must give the report a read of the whole page gives,
// whatever sits where: stickies dropped on the page over a canvas, stickies in groups, in a person's own section,
// connectors and stamps at page level, canvases overlapping each other.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { installFigJam } from '../../fake'
import { takeCanvasSnapshot } from '../../src/adapter/canvas-snapshot'
import { takeSnapshot } from '../../src/adapter/snapshot'
import { insertVpcAsync } from '../../src/commands/insert-vpc-async'
import { readOneCanvas } from '../../src/commands/read-canvas'
import { analyzeBoard, reportWithoutTime } from '../../src/core/analyze'
import { ZONE_KEYS } from '../../src/core/types'
import { useFake } from './harness'
import { canvasSections, dropSticky, expectScopedReadsAgree, pointInZone } from './helpers'

type Place = 'zone' | 'page' | 'group' | 'ownSection' | 'margin'

const stickyPlan = fc.record({
  canvas: fc.nat(2),
  zone: fc.nat(ZONE_KEYS.length - 1),
  place: fc.constantFrom<Place>('zone', 'zone', 'page', 'group', 'ownSection', 'margin'),
  fraction: fc.double({ min: 0.2, max: 0.9, noNaN: true }),
  votes: fc.nat(2)
})

const boardPlan = fc.record({
  stickies: fc.array(stickyPlan, { minLength: 1, maxLength: 24 }),
  links: fc.array(fc.tuple(fc.nat(23), fc.nat(23)), { maxLength: 12 }),
  overlap: fc.boolean()
})

type BoardPlan = typeof boardPlan extends fc.Arbitrary<infer T> ? T : never

async function buildBoard(plan: BoardPlan) {
  const fake = useFake()
  for (let i = 0; i < 3; i++) await insertVpcAsync({ segment: `S${i}`, product: `P${i}`, locale: 'en' })
  const sections = canvasSections()
  if (plan.overlap) {
    // The third canvas dragged half over the second.
    const second = sections[1]!.absoluteBoundingBox!
    fake.user.move(sections[2]!, second.x + second.width / 2, second.y + 200)
  }
  const stickies: StickyNode[] = []
  plan.stickies.forEach((s, i) => {
    const section = sections[s.canvas]!
    const zone = ZONE_KEYS[s.zone]!
    const point = pointInZone(section, zone, s.fraction)
    let sticky: StickyNode
    if (s.place === 'page') {
      sticky = fake.user.addSticky({
        text: `loose ${i}`,
        x: point.x - 120,
        y: point.y - 120,
        parent: figma.currentPage
      })
    } else if (s.place === 'group') {
      const a = fake.user.addSticky({
        text: `grouped ${i}`,
        x: point.x - 120,
        y: point.y - 120,
        parent: figma.currentPage
      })
      const b = fake.user.addSticky({
        text: `partner ${i}`,
        x: point.x - 100,
        y: point.y - 100,
        parent: figma.currentPage
      })
      fake.user.group([a, b])
      stickies.push(b)
      sticky = a
    } else if (s.place === 'ownSection') {
      const own = fake.user.addSection({
        x: point.x - 200,
        y: point.y - 200,
        width: 400,
        height: 400,
        name: 'mine'
      })
      sticky = fake.user.addSticky({
        text: `in my section ${i}`,
        x: point.x - 120,
        y: point.y - 120,
        parent: own
      })
    } else if (s.place === 'margin') {
      const box = section.absoluteBoundingBox!
      sticky = dropSticky(`margin ${i}`, { x: box.x + 140, y: box.y + 140 + i * 10 })
    } else {
      sticky = dropSticky(`in zone ${i}`, point)
    }
    for (let k = 0; k < s.votes; k++) fake.user.stamp(sticky)
    stickies.push(sticky)
  })
  for (const [a, b] of plan.links) {
    const from = stickies[a % stickies.length]!
    const to = stickies[b % stickies.length]!
    if (from !== to) fake.user.connect(from, to)
  }
  await fake.flush()
  return sections
}

describe('reading one canvas', () => {
  it('gives every canvas the report a read of the whole page gives', async () => {
    await fc.assert(
      fc.asyncProperty(boardPlan, async (plan) => {
        globalThis.__vpcFake = installFigJam()
        const sections = await buildBoard(plan)
        const full = analyzeBoard(takeSnapshot(figma.currentPage), 'now')
        for (const section of sections) {
          const scoped = readOneCanvas(figma.currentPage, section.id, 'now')
          const expected = full.find((a) => a.report.canvas.id === section.id)
          expect(scoped && reportWithoutTime(scoped.analysis.report)).toEqual(
            expected && reportWithoutTime(expected.report)
          )
          expect(scoped?.analysis.damaged).toEqual(expected?.damaged)
        }
      }),
      { numRuns: 25 }
    )
  })

  it('reads a fraction of a big page: the canvas, not its neighbours', async () => {
    const fake = useFake()
    for (let i = 0; i < 5; i++) await insertVpcAsync({ segment: `S${i}`, product: `P${i}`, locale: 'en' })
    const sections = canvasSections()
    for (const section of sections) {
      for (const zone of ZONE_KEYS)
        for (let k = 0; k < 6; k++) dropSticky(`${zone} ${k}`, pointInZone(section, zone, 0.3 + k / 10))
    }
    await fake.flush()
    fake.counter.reset()
    takeSnapshot(figma.currentPage)
    const fullReads = fake.counter.reads.STICKY ?? 0
    fake.counter.reset()
    expect(takeCanvasSnapshot(figma.currentPage, sections[2]!.id)?.stickies).toHaveLength(36)
    const scopedReads = fake.counter.reads.STICKY ?? 0
    expect(fullReads).toBe(5 * 36 * 4)
    expect(scopedReads).toBe(36 * 4)
  })

  it('finds the stickies of a canvas duplicated into a neighbour and hanging out of it over this one', async () => {
    const fake = useFake()
    for (let i = 0; i < 2; i++) await insertVpcAsync({ segment: `S${i}`, product: `P${i}`, locale: 'en' })
    const [first, second] = canvasSections() as [SectionNode, SectionNode]
    const box = first.absoluteBoundingBox!
    dropSticky('Near the edge', { x: box.x + box.width - 150, y: box.y + box.height * 0.3 })
    // A copy offset like this lands inside the first canvas (its centre is in it), its right part over the second.
    const [copy] = fake.user.duplicate([first.id], { offset: { x: 1300, y: 700 } })
    await fake.flush()
    expect(copy?.parent?.id).toBe(first.id)
    const full = expectScopedReadsAgree()
    // The copy's sticky sits over the second canvas, and a full read gives it to the second canvas.
    const secondReport = full.find((a) => a.report.canvas.id === second.id)!.report
    expect(
      Object.values(secondReport.zones)
        .flat()
        .map((item) => item.text)
    ).toContain('Near the edge')
  })

  it('is null for a node that is not a canvas', async () => {
    await insertVpcAsync({ segment: 'S', product: 'P', locale: 'en' })
    const own = useFake().user.addSection({ x: 0, y: 5000, width: 400, height: 400 })
    expect(takeCanvasSnapshot(figma.currentPage, own.id)).toBeNull()
  })
})
