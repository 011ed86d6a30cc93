import { describe, expect, it } from 'vitest'
import { overlaps, placeNewCanvas } from '../../src/core/layout/placement'

const size = { width: 1000, height: 500 }

describe('placing a new canvas', () => {
  it('centres on the viewport when the page is empty', () => {
    expect(placeNewCanvas(size, { x: 0, y: 0 }, [], [])).toEqual({ x: -500, y: -250 })
  })

  it('goes to the right of the right-most canvas, top-aligned', () => {
    const canvases = [
      { x: 0, y: 0, width: 1000, height: 500 },
      { x: 1200, y: 40, width: 1000, height: 500 }
    ]
    const spot = placeNewCanvas(size, { x: 0, y: 0 }, canvases, canvases)
    expect(spot.y).toBe(40)
    expect(spot.x).toBeGreaterThanOrEqual(2200)
  })

  it('never overlaps anything on the page', () => {
    const occupied = [
      { x: -600, y: -300, width: 400, height: 400 },
      { x: 300, y: -200, width: 900, height: 300 },
      { x: 1300, y: -400, width: 300, height: 900 }
    ]
    const spot = placeNewCanvas(size, { x: 0, y: 0 }, [], occupied)
    const placed = { ...spot, ...size }
    for (const rect of occupied) expect(overlaps(placed, rect)).toBe(false)
  })

  it('treats touching edges as not overlapping', () => {
    expect(overlaps({ x: 0, y: 0, width: 10, height: 10 }, { x: 10, y: 0, width: 10, height: 10 })).toBe(false)
    expect(overlaps({ x: 0, y: 0, width: 10, height: 10 }, { x: 9, y: 9, width: 10, height: 10 })).toBe(true)
  })
})
