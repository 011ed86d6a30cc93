import { describe, expect, it } from 'vitest'
import { STAMP_KINDS } from '../../fake'
import { countStamps, takeSnapshot } from '../../src/adapter/snapshot'
import { takeCanvasSnapshot } from '../../src/adapter/canvas-snapshot'
import { LiveBoard } from '../../src/adapter/live-board'
import { insertVpcAsync } from '../../src/commands/insert-vpc-async'
import { analyzeBoard } from '../../src/core/analyze'
import { useFake } from './harness'
import { canvasSections, dropSticky, pointInZone } from './helpers'

const report = () => analyzeBoard(takeSnapshot(figma.currentPage), '2026-11-23T10:00:00.000Z')[0]!.report

async function twoPains() {
  await insertVpcAsync({ segment: 'Parents', product: 'Sitters', locale: 'en' })
  const section = canvasSections()[0]!
  // Reading order: "Cancellations" is higher up, so it ranks first without votes.
  const first = dropSticky('Cancellations', pointInZone(section, 'pains', 0.45))
  const second = dropSticky('Strangers at home', pointInZone(section, 'pains', 0.75))
  return { first, second }
}

describe('stamps by kind, as FigJam names them', () => {
  it("the fake's stamps carry FigJam's documented names", () => {
    const fake = useFake()
    const sticky = fake.user.addSticky({ text: 'x', x: 0, y: 0 })
    expect(STAMP_KINDS.map((kind) => fake.user.stamp(sticky, kind).name)).toEqual([
      '+1',
      'Dot',
      'Heart',
      'Profile',
      'Question',
      'Star',
      'Thumbs down',
      'Thumbs up'
    ])
    expect(fake.user.stamp(sticky).name).toBe('+1')
  })

  it('a question mark is shown but does not switch the profile to votes or weigh the sticky', async () => {
    const { second } = await twoPains()
    useFake().user.stamp(second, 'Question')
    const pains = report().zones.pains
    expect(pains.map((item) => item.text)).toEqual(['Cancellations', 'Strangers at home'])
    expect(pains[1]).toMatchObject({ votes: 0, weight: 1, stamps: { Question: 1 } })
  })

  it('a thumbs-down counts against: the sticky ranks below one with no votes', async () => {
    const { first, second } = await twoPains()
    const fake = useFake()
    fake.user.stamp(first, 'Thumbs down')
    fake.user.stamp(first, 'Thumbs down')
    fake.user.stamp(second, 'Profile')
    const pains = report().zones.pains
    expect(pains.map((item) => [item.text, item.votes, item.stamps])).toEqual([
      ['Strangers at home', 0, { Profile: 1 }],
      ['Cancellations', 0, { 'Thumbs down': 2 }]
    ])
  })

  it('hearts, stars and thumbs-up count for, and the report tallies each kind', async () => {
    const { second } = await twoPains()
    const fake = useFake()
    for (const kind of ['Heart', 'Star', 'Thumbs up', 'Thumbs up', 'Thumbs down'] as const)
      fake.user.stamp(second, kind)
    const top = report().zones.pains[0]!
    expect(top).toMatchObject({
      text: 'Strangers at home',
      votes: 3,
      weight: 4,
      stamps: { Heart: 1, Star: 1, 'Thumbs up': 2, 'Thumbs down': 1 }
    })
  })
})

describe('reading stamps', () => {
  it("reads each stamp's host and kind once, and no sticky's id twice, in a page read, a canvas read and the live board", async () => {
    const { first, second } = await twoPains()
    const fake = useFake()
    fake.user.stamp(first, 'Heart')
    fake.user.stamp(first, 'Thumbs down')
    fake.user.stamp(second, '+1')
    const stickies = figma.currentPage.findAllWithCriteria({ types: ['STICKY'] }).length
    const reads: Array<() => unknown> = [
      () => takeSnapshot(figma.currentPage),
      () => takeCanvasSnapshot(figma.currentPage, canvasSections()[0]!.id),
      () => new LiveBoard(figma.currentPage).readAll()
    ]
    for (const read of reads) {
      fake.counter.reset()
      read()
      expect(fake.counter.readsByProperty['STAMP.stuckTo']).toBe(3)
      expect(fake.counter.readsByProperty['STAMP.name']).toBe(3)
      expect(fake.counter.readsByProperty['STICKY.id']).toBe(stickies)
    }
    const pains = report().zones.pains
    expect(pains.map((item) => [item.text, item.stamps])).toEqual([
      ['Strangers at home', { '+1': 1 }],
      ['Cancellations', { Heart: 1, 'Thumbs down': 1 }]
    ])
  })

  it('a stamp on something that is not a sticky is counted for it by its id', () => {
    const fake = useFake()
    const shape = fake.user.addShape({ x: 0, y: 0, text: 'mine' })
    fake.user.stamp(shape, 'Star')
    fake.user.stamp(shape, 'Star')
    const id = shape.id
    fake.counter.reset()
    expect(countStamps(figma.currentPage).get(id)).toEqual({ Star: 2 })
    expect(fake.counter.readsByProperty['SHAPE_WITH_TEXT.id']).toBe(2)
  })
})
