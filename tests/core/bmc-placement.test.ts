import { describe, expect, it } from 'vitest'
import { chooseSummarySticky, findFreeSpot, overflowStrip, placeSummary } from '../../src/core/bmc-placement'
import { overlaps } from '../../src/core/layout/placement'
import type { Point, Rect } from '../../src/core/types'

const block: Rect = { x: 1000, y: 2000, width: 1200, height: 1200 }
const sticky = { width: 240, height: 240 }
const at = (p: Point, size = sticky): Rect => ({ x: p.x, y: p.y, width: size.width, height: size.height })
const within = (inner: Rect, outer: Rect) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height

describe('findFreeSpot', () => {
  it('an empty block: the top-left corner, one gap in', () => {
    expect(findFreeSpot({ area: block, size: sticky, blockers: [], gap: 40 })).toEqual({ x: 1040, y: 2040 })
  })

  it('fills a row left to right before starting the next row below', () => {
    const blockers: Rect[] = []
    const spots: Point[] = []
    for (let i = 0; i < 6; i++) {
      const spot = findFreeSpot({ area: block, size: sticky, blockers, gap: 40 })
      expect(spot).not.toBeNull()
      spots.push(spot!)
      blockers.push(at(spot!))
    }
    expect(spots.slice(0, 4).map((p) => p.y)).toEqual([2040, 2040, 2040, 2040])
    expect(spots.slice(0, 4).map((p) => p.x)).toEqual([1040, 1320, 1600, 1880])
    expect(spots[4]).toEqual({ x: 1040, y: 2320 })
  })

  it('never covers a blocker and always stays inside the area', () => {
    const blockers: Rect[] = [
      { x: 1100, y: 2100, width: 240, height: 300 },
      { x: 1500, y: 2050, width: 416, height: 240 },
      { x: 1030, y: 2600, width: 700, height: 90 },
      { x: 1900, y: 2800, width: 240, height: 240 }
    ]
    const spot = findFreeSpot({ area: block, size: { width: 416, height: 300 }, blockers, gap: 40 })
    expect(spot).not.toBeNull()
    const placed = at(spot!, { width: 416, height: 300 })
    expect(within(placed, block)).toBe(true)
    for (const b of blockers) expect(overlaps(placed, b)).toBe(false)
  })

  it('ignores stickies outside the area', () => {
    const far = { x: 0, y: 0, width: 240, height: 240 }
    expect(findFreeSpot({ area: block, size: sticky, blockers: [far], gap: 40 })).toEqual({
      x: 1040,
      y: 2040
    })
  })

  it('a full block gives null', () => {
    const full = { x: block.x, y: block.y, width: block.width, height: block.height }
    expect(findFreeSpot({ area: block, size: sticky, blockers: [full], gap: 40 })).toBeNull()
  })

  it('a block smaller than the sticky gives null', () => {
    const small = { x: 0, y: 0, width: 208, height: 208 }
    expect(findFreeSpot({ area: small, size: sticky, blockers: [], gap: 10 })).toBeNull()
  })

  it('with `near`, picks the free spot closest to it (beside an edited sticky)', () => {
    const edited: Rect = { x: 1040, y: 2400, width: 240, height: 240 }
    const spot = findFreeSpot({
      area: block,
      size: sticky,
      blockers: [edited],
      gap: 40,
      near: { x: edited.x + edited.width + 40, y: edited.y }
    })
    expect(spot).toEqual({ x: 1320, y: 2400 })
  })

  it('property: on random boards the spot is inside and covers nothing', () => {
    let seed = 7
    const random = () => {
      seed = (seed * 16807) % 2147483647
      return seed / 2147483647
    }
    for (let run = 0; run < 200; run++) {
      const blockers: Rect[] = []
      const count = Math.floor(random() * 12)
      for (let i = 0; i < count; i++) {
        blockers.push({
          x: block.x + random() * block.width - 120,
          y: block.y + random() * block.height - 120,
          width: 240,
          height: 240 + random() * 200
        })
      }
      const spot = findFreeSpot({ area: block, size: sticky, blockers, gap: 20 })
      if (!spot) continue
      const placed = at(spot)
      expect(within(placed, block)).toBe(true)
      for (const b of blockers) expect(overlaps(placed, b)).toBe(false)
    }
  })
})

describe('placeSummary', () => {
  it('inside the block when there is room', () => {
    expect(placeSummary(block, sticky, [])).toEqual({ at: { x: 1040, y: 2040 }, inside: true })
  })

  it('a full block: just below it, marked as outside', () => {
    const spot = placeSummary(block, sticky, [block])
    expect(spot.inside).toBe(false)
    expect(spot.at.y).toBeGreaterThanOrEqual(block.y + block.height)
    expect(spot.at.x).toBe(block.x + 40)
  })

  it('below the section holding the block when one is given, and below stickies already there', () => {
    const earlier = { x: block.x + 40, y: 3500 + 40, width: 240, height: 240 }
    const spot = placeSummary(block, sticky, [block, earlier], { overflowBottom: 3500 })
    expect(spot.inside).toBe(false)
    expect(overlaps(at(spot.at), earlier)).toBe(false)
    expect(spot.at.y).toBeGreaterThanOrEqual(3500)
  })

  it('the overflow strip is at least as wide as the sticky', () => {
    const narrow = { x: 0, y: 0, width: 100, height: 100 }
    expect(overflowStrip(narrow, 100, { width: 416, height: 240 }, 40).width).toBe(496)
  })
})

describe('chooseSummarySticky', () => {
  const sticky = (id: string, x: number, y: number, edited = false) => ({
    id,
    box: { x, y, width: 416, height: 240 },
    edited
  })
  const strip = { x: block.x, y: block.y + block.height, width: block.width, height: Infinity }

  it('nothing there: nothing to update, nothing to go beside', () => {
    expect(chooseSummarySticky([], block, strip)).toEqual({ update: null, beside: null })
  })

  it('copy-pasted duplicates in the block: always the top-most, then left-most, whatever the input order', () => {
    const a = sticky('9:1', 1500, 2100)
    const b = sticky('3:1', 1100, 2100)
    const c = sticky('1:1', 1100, 2600)
    expect(chooseSummarySticky([a, b, c], block, strip).update?.id).toBe('3:1')
    expect(chooseSummarySticky([c, a, b], block, strip).update?.id).toBe('3:1')
  })

  it('equal boxes: the id decides', () => {
    expect(
      chooseSummarySticky([sticky('5:2', 1100, 2100), sticky('5:1', 1100, 2100)], block, strip).update?.id
    ).toBe('5:1')
  })

  it('an edited sticky is never updated; the new one goes beside it', () => {
    const edited = sticky('1:1', 1100, 2100, true)
    expect(chooseSummarySticky([edited], block, strip)).toEqual({ update: null, beside: edited })
  })

  it('an edited sticky and an unedited one: the unedited one is updated', () => {
    const edited = sticky('1:1', 1100, 2100, true)
    const fresh = sticky('2:1', 1600, 2100)
    expect(chooseSummarySticky([edited, fresh], block, strip)).toEqual({ update: fresh, beside: null })
  })

  it('one that went below a full block still counts; one elsewhere does not', () => {
    const below = sticky('1:1', 1100, 3400)
    const elsewhere = sticky('2:1', 9000, 9000)
    expect(chooseSummarySticky([elsewhere, below], block, strip).update?.id).toBe('1:1')
    expect(chooseSummarySticky([elsewhere], block, strip)).toEqual({ update: null, beside: null })
    expect(chooseSummarySticky([below], block, null)).toEqual({ update: null, beside: null })
  })

  it('one inside the block wins over one below it', () => {
    const below = sticky('1:1', 1100, 3400)
    const inside = sticky('2:1', 1100, 2900)
    expect(chooseSummarySticky([below, inside], block, strip).update?.id).toBe('2:1')
  })
})
