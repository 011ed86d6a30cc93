import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { stickySlots } from '../../src/core/slots'
import { ZONE_SECTORS, zoneAt, zoneInShape } from '../../src/core/zones'
import type { Rect } from '../../src/core/types'

const SQUARE: Rect = { x: 160, y: 380, width: 2200, height: 2200 }
const CIRCLE: Rect = { x: 2840, y: 380, width: 2200, height: 2200 }

function corners(box: Rect): Array<{ x: number; y: number }> {
  return [
    { x: box.x, y: box.y },
    { x: box.x + box.width, y: box.y },
    { x: box.x, y: box.y + box.height },
    { x: box.x + box.width, y: box.y + box.height },
    { x: box.x + box.width / 2, y: box.y + box.height / 2 }
  ]
}

function overlap(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

describe('stickySlots on the drawn 2200 px shapes', () => {
  it.each(ZONE_SECTORS.map((s) => [s.zone, s.shape] as const))(
    '%s holds at least six standard stickies, each centre read back in that zone',
    (zone, shape) => {
      const rect = shape === 'square' ? SQUARE : CIRCLE
      const slots = stickySlots(rect, shape, zone, 6)
      expect(slots).toHaveLength(6)
      for (const slot of slots) {
        expect(slot.width).toBe(240)
        expect(slot.height).toBe(240)
        const centre = { x: slot.x + 120, y: slot.y + 120 }
        expect(zoneAt(centre, { valueMap: SQUARE, customerProfile: CIRCLE })).toBe(zone)
      }
    }
  )

  it.each(ZONE_SECTORS.map((s) => [s.zone, s.shape] as const))(
    '%s: every slot lies wholly in the zone, 20 px apart at least',
    (zone, shape) => {
      const rect = shape === 'square' ? SQUARE : CIRCLE
      const slots = stickySlots(rect, shape, zone, 100)
      expect(slots.length).toBeGreaterThanOrEqual(6)
      for (const slot of slots) for (const p of corners(slot)) expect(zoneInShape(p, rect, shape)).toBe(zone)
      for (let i = 0; i < slots.length; i++) {
        for (let j = i + 1; j < slots.length; j++) {
          const a = slots[i] as Rect
          const b = slots[j] as Rect
          // Grown by 20 px to the right and down, neither slot overlaps the other: the gap is at least 20 px.
          const grownA = { ...a, width: a.width + 20, height: a.height + 20 }
          const grownB = { ...b, width: b.width + 20, height: b.height + 20 }
          expect(overlap(grownA, b) || overlap(a, grownB)).toBe(false)
        }
      }
    }
  )

  it('slots come back in reading order, so stickies placed in rank order read back in rank order', () => {
    const slots = stickySlots(CIRCLE, 'circle', 'jobs', 6)
    const sorted = slots.slice().sort((a, b) => a.y - b.y || a.x - b.x)
    expect(slots).toEqual(sorted)
  })

  it('asking for fewer slots keeps the ones nearest the middle of the sector', () => {
    const few = stickySlots(SQUARE, 'square', 'products', 3)
    const many = stickySlots(SQUARE, 'square', 'products', 10)
    expect(few).toHaveLength(3)
    for (const slot of few) expect(many).toContainEqual(slot)
    // The middle of the products sector is left of the square's centre (1260, 1480), on its horizontal line.
    const meanY = few.reduce((sum, s) => sum + s.y + 120, 0) / few.length
    const meanX = few.reduce((sum, s) => sum + s.x + 120, 0) / few.length
    expect(meanX).toBeLessThan(1260)
    expect(Math.abs(meanY - 1480)).toBeLessThan(300)
  })

  it('a full zone returns what fits, no more', () => {
    const slots = stickySlots(CIRCLE, 'circle', 'gains', 1000)
    expect(slots.length).toBeGreaterThanOrEqual(6)
    expect(slots.length).toBeLessThan(1000)
  })

  it.each([
    ['zero stickies', 0],
    ['a negative count', -3]
  ])('%s gives no slots', (_name, count) => {
    expect(stickySlots(SQUARE, 'square', 'products', count)).toEqual([])
  })

  it('a zone too small for one sticky gives no slots', () => {
    expect(stickySlots({ x: 0, y: 0, width: 200, height: 200 }, 'circle', 'jobs', 3)).toEqual([])
  })

  it('a zone of the other shape is refused', () => {
    expect(() => stickySlots(SQUARE, 'square', 'jobs', 3)).toThrow(/not in the square/)
  })

  it('smaller stickies and gaps are honoured', () => {
    const slots = stickySlots(SQUARE, 'square', 'gainCreators', 4, 100, 10)
    expect(slots).toHaveLength(4)
    for (const slot of slots) expect(slot.width).toBe(100)
  })
})

describe('stickySlots on random moved and resized shapes', () => {
  it('never returns a slot outside its zone or overlapping another', () => {
    fc.assert(
      fc.property(
        fc.record({
          x: fc.integer({ min: -50000, max: 50000 }),
          y: fc.integer({ min: -50000, max: 50000 }),
          width: fc.integer({ min: 300, max: 5000 }),
          height: fc.integer({ min: 300, max: 5000 })
        }),
        fc.constantFrom(...ZONE_SECTORS),
        fc.integer({ min: 1, max: 20 }),
        (rect, sector, count) => {
          const slots = stickySlots(rect, sector.shape, sector.zone, count)
          expect(slots.length).toBeLessThanOrEqual(count)
          for (const slot of slots)
            for (const p of corners(slot)) expect(zoneInShape(p, rect, sector.shape)).toBe(sector.zone)
          for (let i = 0; i < slots.length; i++) {
            for (let j = i + 1; j < slots.length; j++)
              expect(overlap(slots[i] as Rect, slots[j] as Rect)).toBe(false)
          }
        }
      ),
      { numRuns: 300 }
    )
  })
})
