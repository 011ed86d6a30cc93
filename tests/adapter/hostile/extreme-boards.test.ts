/**
 * Hostile boards a real workshop makes, against every panel request (`sweep.ts`): thousands of connectors between
 * the same two stickies, thousands of stamps on one sticky, a canvas far out at ±10,000,000 px, its square and circle
 * turned, stickies locked or hidden, texts of only white space or only emoji, a wide sticky. Every request answers
 * once in a plain sentence, changes nothing people made, is one undo step and agrees with a fresh read.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useFake } from '../harness'
import { partOf, zonePoint } from '../reliability/board'
import { canvasWith, smallCanvas } from '../reliability/canvas'
import { PanelDriver } from '../reliability/panel'
import { oracle } from '../reliability/board'
import { sweepAsync } from './sweep'

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
})

afterEach(() => {
  vi.useRealTimers()
})

describe('hostile boards: extremes of a real workshop', () => {
  // The read-only requests here: the board is what is hostile, and each drawing request re-reads all of it.
  it('2,000 connectors between the same two stickies, both ways, count as one link', async () => {
    const fake = useFake()
    const canvas = await smallCanvas(fake)
    const reliever = canvas.sticky['Reserve a bike']!
    const pain = canvas.sticky['Bikes are never there']!
    for (let i = 0; i < 2000; i++)
      fake.user.connect(i % 2 === 0 ? reliever : pain, i % 2 === 0 ? pain : reliever)
    figma.commitUndo()
    const panel = await PanelDriver.openAsync(fake)
    const links = oracle()[0]!.report.links.filter(
      (link) => (link.from === reliever && link.to === pain) || (link.from === pain && link.to === reliever)
    )
    expect(links.length).toBeLessThanOrEqual(2)
    expect(await sweepAsync(fake, panel, { items: 2, readOnly: true })).toEqual([])
  }, 120_000)

  it('5,000 stamps on one sticky', async () => {
    const fake = useFake()
    const canvas = await smallCanvas(fake)
    const host = canvas.sticky['Rain']!
    for (let i = 0; i < 5000; i++) fake.user.stamp(host, i % 3 === 0 ? 'Thumbs down' : '+1')
    figma.commitUndo()
    const panel = await PanelDriver.openAsync(fake)
    const rain = oracle()[0]!.report.zones.pains.find((item) => item.id === host)
    expect(rain?.votes).toBe(5000 - 2 * 1667)
    expect(await sweepAsync(fake, panel, { items: 1, readOnly: true })).toEqual([])
  }, 120_000)

  it('a canvas far out (±10,000,000 px), its square and circle turned, stickies locked, hidden, blank or emoji', async () => {
    const fake = useFake()
    const far = await canvasWith(fake, {
      jobs: [' \n\t ', '🚲🚲🚲', '👩‍👩‍👧‍👦'],
      pains: ['Locked pain', 'Hidden pain'],
      gains: ['Arrive fresh'],
      products: ['\u00a0'],
      painRelievers: ['Reserve a bike'],
      gainCreators: ['🏳️‍🌈']
    })
    fake.user.move(far.section, 10_000_000, -10_000_000)
    const near = await smallCanvas(fake, { segment: 'Near' })
    fake.user.move(near.section, -10_000_000, 10_000_000)
    // A person turns the square and the circle of the far canvas.
    const square = partOf(fake, far.id, 'valueMap')!
    const circle = partOf(fake, far.id, 'customerProfile')!
    for (const [part, degrees] of [
      [square, 30],
      [circle, -45]
    ] as const) {
      const node = (await figma.getNodeByIdAsync(part.id)) as ShapeWithTextNode
      node.rotation = degrees
    }
    const locked = (await figma.getNodeByIdAsync(far.sticky['Locked pain']!)) as StickyNode
    locked.locked = true
    const hidden = (await figma.getNodeByIdAsync(far.sticky['Hidden pain']!)) as StickyNode
    hidden.visible = false
    const wideAt = zonePoint(fake, far.id, 'gains', 0.5)!
    fake.user.addSticky({ text: 'A wide gain', x: wideAt.x - 208, y: wideAt.y - 120, wide: true })
    figma.commitUndo()
    const panel = await PanelDriver.openAsync(fake)
    expect(await sweepAsync(fake, panel)).toEqual([])
  })
})
