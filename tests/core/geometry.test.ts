import { describe, it, expect } from 'vitest'
import {
  angleOf,
  areaOf,
  centreOf,
  insideEllipse,
  insideRect,
  grow,
  normaliseAngle,
  touchesRect
} from '../../src/core/geometry'

const centre = { x: 1000, y: 500 }

describe('angleOf', () => {
  const r = 300
  const cases: Array<[string, { x: number; y: number }, number]> = [
    ['right is 0', { x: 1300, y: 500 }, 0],
    ['up on the screen (smaller y) is 90', { x: 1000, y: 200 }, 90],
    ['left is 180', { x: 700, y: 500 }, 180],
    ['down on the screen (larger y) is 270', { x: 1000, y: 800 }, 270],
    ['upper right diagonal is 45', { x: 1100, y: 400 }, 45],
    ['lower right diagonal is 315, never negative', { x: 1100, y: 600 }, 315],
    ['the centre itself is 0', { x: 1000, y: 500 }, 0]
  ]
  it.each(cases)('%s', (_name, point, expected) => {
    expect(angleOf(point, centre)).toBe(expected)
  })

  it.each([60, 120, 180, 240, 300, 30, 359])(
    'a point built with sin/cos at exactly %i degrees reads back as exactly that angle',
    (degrees) => {
      const radians = (degrees * Math.PI) / 180
      const point = { x: centre.x + r * Math.cos(radians), y: centre.y - r * Math.sin(radians) }
      expect(angleOf(point, centre)).toBe(degrees)
    }
  )

  it('a point a hair below the right-pointing ray is just under 360, not 360', () => {
    const angle = angleOf({ x: 2000, y: 500.001 }, centre)
    expect(angle).toBeGreaterThan(359.9)
    expect(angle).toBeLessThan(360)
  })
})

describe('normaliseAngle', () => {
  it.each([
    [0, 0],
    [360, 0],
    [-0, 0],
    [-90, 270],
    [450, 90],
    [-720, 0],
    [-1e-20, 0]
  ])('maps %d degrees to %d in [0, 360)', (input, expected) => {
    const result = normaliseAngle(input)
    expect(result).toBe(expected)
    expect(Object.is(result, -0)).toBe(false)
  })
})

describe('centreOf and areaOf', () => {
  it('the centre of a box is its middle, also for odd sizes', () => {
    expect(centreOf({ x: 10, y: 20, width: 101, height: 40 })).toEqual({ x: 60.5, y: 40 })
  })
  it('the area of a box is width times height', () => {
    expect(areaOf({ x: -5, y: 7, width: 30, height: 4 })).toBe(120)
  })
})

describe('insideRect: edges inclusive, one pixel outside is outside', () => {
  const rect = { x: 100, y: 200, width: 400, height: 300 }
  const cases: Array<[string, { x: number; y: number }, boolean]> = [
    ['middle', { x: 300, y: 350 }, true],
    ['top-left corner', { x: 100, y: 200 }, true],
    ['bottom-right corner', { x: 500, y: 500 }, true],
    ['on the left edge', { x: 100, y: 400 }, true],
    ['on the right edge', { x: 500, y: 400 }, true],
    ['on the top edge', { x: 300, y: 200 }, true],
    ['on the bottom edge', { x: 300, y: 500 }, true],
    ['one pixel left of the left edge', { x: 99, y: 400 }, false],
    ['one pixel right of the right edge', { x: 501, y: 400 }, false],
    ['one pixel above the top edge', { x: 300, y: 199 }, false],
    ['one pixel below the bottom edge', { x: 300, y: 501 }, false],
    ['diagonally outside a corner', { x: 501, y: 501 }, false]
  ]
  it.each(cases)('%s -> %s', (_name, point, expected) => {
    expect(insideRect(point, rect)).toBe(expected)
  })
})

describe('insideEllipse: the rim counts as inside', () => {
  const circle = { x: 0, y: 0, width: 1000, height: 1000 } // centre 500,500, radius 500
  const ellipse = { x: 0, y: 0, width: 1000, height: 400 } // centre 500,200, radii 500 and 200
  const cases: Array<
    [string, { x: number; y: number }, { x: number; y: number; width: number; height: number }, boolean]
  > = [
    ['circle centre', { x: 500, y: 500 }, circle, true],
    ['circle rim, right', { x: 1000, y: 500 }, circle, true],
    ['circle rim, top', { x: 500, y: 0 }, circle, true],
    ['circle rim on a 3-4-5 diagonal', { x: 800, y: 900 }, circle, true],
    ['one pixel outside the rim, right', { x: 1001, y: 500 }, circle, false],
    ['one pixel outside the rim, on the diagonal', { x: 801, y: 901 }, circle, false],
    ['the bounding box corner is outside the circle', { x: 0, y: 0 }, circle, false],
    ['just inside the rim', { x: 999, y: 500 }, circle, true],
    ['ellipse rim at the end of the long axis', { x: 0, y: 200 }, ellipse, true],
    ['ellipse rim at the end of the short axis', { x: 500, y: 400 }, ellipse, true],
    ['one pixel beyond the short axis', { x: 500, y: 401 }, ellipse, false],
    ['inside the circle of the same width but outside the flat ellipse', { x: 500, y: 450 }, ellipse, false]
  ]
  it.each(cases)('%s -> %s', (_name, point, rect, expected) => {
    expect(insideEllipse(point, rect)).toBe(expected)
  })

  it('a rim point built with sin/cos at every whole degree is inside', () => {
    for (let degrees = 0; degrees < 360; degrees++) {
      const a = (degrees * Math.PI) / 180
      const point = { x: 500 + 500 * Math.cos(a), y: 200 - 200 * Math.sin(a) }
      expect(insideEllipse(point, ellipse)).toBe(true)
      const beyond = { x: 500 + 501 * Math.cos(a), y: 200 - 201 * Math.sin(a) }
      expect(insideEllipse(beyond, ellipse)).toBe(false)
    }
  })

  it('a zero-width ellipse holds only its own segment', () => {
    const line = { x: 10, y: 0, width: 0, height: 100 }
    expect(insideEllipse({ x: 10, y: 50 }, line)).toBe(true)
    expect(insideEllipse({ x: 10, y: 150 }, line)).toBe(false)
    expect(insideEllipse({ x: 11, y: 50 }, line)).toBe(false)
  })
})

describe('grow: the same margin on every side', () => {
  it.each([
    ['a margin', 10, { x: -10, y: 10, width: 120, height: 70 }],
    ['none', 0, { x: 0, y: 20, width: 100, height: 50 }],
    ['a negative margin shrinks it', -5, { x: 5, y: 25, width: 90, height: 40 }]
  ])('%s', (_case, margin, expected) => {
    expect(grow({ x: 0, y: 20, width: 100, height: 50 }, margin)).toEqual(expected)
  })
})

describe('touchesRect: overlapping or touching boxes, a gap of one pixel is apart', () => {
  const a = { x: 0, y: 0, width: 100, height: 50 }
  it.each([
    ['overlapping', { x: 50, y: 20, width: 100, height: 100 }, true],
    ['one inside the other', { x: 10, y: 10, width: 5, height: 5 }, true],
    ['touching at the right edge', { x: 100, y: 0, width: 10, height: 10 }, true],
    ['touching at a corner', { x: 100, y: 50, width: 10, height: 10 }, true],
    ['one pixel to the right', { x: 101, y: 0, width: 10, height: 10 }, false],
    ['one pixel below', { x: 0, y: 51, width: 10, height: 10 }, false],
    ['left and above', { x: -20, y: -20, width: 19, height: 100 }, false]
  ])('%s', (_case, b, expected) => {
    expect(touchesRect(a, b)).toBe(expected)
    expect(touchesRect(b, a)).toBe(expected)
  })
})
