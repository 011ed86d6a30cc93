import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { zoneAt } from '../../src/core/zones'
import { analyzeBoard } from '../../src/core/analyze'
import type { BoardSnapshot, CanvasSnapshot, Rect, StickySnapshot, ZoneKey } from '../../src/core/types'

// ---------------------------------------------------------------------------------------------------------------
// The oracle: exact integer arithmetic, no atan2. Everything is doubled so half-pixel centres stay integers, and
// BigInt keeps the ellipse products exact. A sector boundary ray at angle a is written as (C, S*sqrt(3)) / 2, so
// the side a point falls on is the sign of A + B*sqrt(3), decided exactly by comparing squares.
// ---------------------------------------------------------------------------------------------------------------

/** Sign of A + B*sqrt(3) for integers A, B, exactly. */
function signSurd(a: bigint, b: bigint): number {
  if (a >= 0n && b >= 0n) return a === 0n && b === 0n ? 0 : 1
  if (a <= 0n && b <= 0n) return -1
  const a2 = a * a
  const b2 = 3n * b * b
  // Opposite signs: the larger magnitude wins (they cannot be equal: sqrt(3) is irrational, and both are non-zero).
  return a > 0n ? (a2 > b2 ? 1 : -1) : b2 > a2 ? 1 : -1
}

/** The boundary rays of the method, as (C, S) with direction (C, S*sqrt(3)). */
const RAYS: Record<number, [bigint, bigint]> = {
  0: [2n, 0n],
  60: [1n, 1n],
  120: [-1n, 1n],
  180: [-2n, 0n],
  240: [-1n, -1n],
  300: [1n, -1n]
}

/** Sign of cross(ray, v) for v = (dx, up): C*up - S*sqrt(3)*dx. */
function side(ray: number, dx: bigint, up: bigint): number {
  const r = RAYS[ray]
  if (!r) throw new Error(`no ray ${ray}`)
  return signSurd(r[0] * up, -r[1] * dx)
}

/** Whether v lies in the half-open sector [from, from + 120): on or counter-clockwise of `from`, strictly before `to`. */
function inOracleSector(from: number, to: number, dx: bigint, up: bigint): boolean {
  return side(from, dx, up) >= 0 && side(to, dx, up) < 0
}

const ORACLE_SECTORS: Record<'circle' | 'square', Array<[ZoneKey, number, number]>> = {
  circle: [
    ['jobs', 300, 0],
    ['jobs', 0, 60],
    ['gains', 60, 180],
    ['pains', 180, 300]
  ],
  square: [
    ['gainCreators', 0, 120],
    ['products', 120, 240],
    ['painRelievers', 240, 0]
  ]
}

/** The zone of one shape holding the doubled point (X2, Y2), or null. All inputs are whole numbers. */
function oracleShapeZone(rect: Rect, shape: 'circle' | 'square', x2: number, y2: number): ZoneKey | null {
  const dx = BigInt(x2 - (2 * rect.x + rect.width))
  const up = -BigInt(y2 - (2 * rect.y + rect.height))
  const w = BigInt(rect.width)
  const h = BigInt(rect.height)
  if (shape === 'square') {
    // |dx| <= width and |up| <= height in doubled units.
    if (dx > w || -dx > w || up > h || -up > h) return null
  } else {
    // (dx / w)^2 + (up / h)^2 <= 1 in doubled units (the doubled radii are the width and the height).
    if (dx * dx * h * h + up * up * w * w > w * w * h * h) return null
  }
  // The centre itself: angle 0 by convention.
  if (dx === 0n && up === 0n) return shape === 'circle' ? 'jobs' : 'gainCreators'
  for (const [zone, from, to] of ORACLE_SECTORS[shape]) {
    if (from === 300 && to === 0) {
      // [300, 360): on or past the 300 ray and strictly below the 0 ray.
      if (side(300, dx, up) >= 0 && side(0, dx, up) < 0) return zone
      continue
    }
    if (inOracleSector(from, to, dx, up)) return zone
  }
  throw new Error('oracle: no sector')
}

/** The oracle's zone of the doubled point on a canvas: the circle first where the two shapes overlap. */
function oracleZone(
  canvas: { valueMap: Rect | null; customerProfile: Rect | null },
  x2: number,
  y2: number
): ZoneKey | null {
  const inCircle = canvas.customerProfile ? oracleShapeZone(canvas.customerProfile, 'circle', x2, y2) : null
  if (inCircle) return inCircle
  return canvas.valueMap ? oracleShapeZone(canvas.valueMap, 'square', x2, y2) : null
}

describe('the oracle itself', () => {
  it('agrees with hand-picked points, including exact edges on the 0 and 180 rays', () => {
    const sq = { x: 0, y: 0, width: 100, height: 100 }
    const ci = { x: 0, y: 0, width: 100, height: 100 }
    expect(oracleShapeZone(sq, 'square', 180, 100)).toBe('gainCreators') // right of centre, angle 0
    expect(oracleShapeZone(sq, 'square', 20, 100)).toBe('products') // angle 180
    expect(oracleShapeZone(sq, 'square', 180, 101)).toBe('painRelievers') // a hair below angle 0
    expect(oracleShapeZone(sq, 'square', 200, 201)).toBeNull()
    expect(oracleShapeZone(ci, 'circle', 180, 100)).toBe('jobs')
    expect(oracleShapeZone(ci, 'circle', 20, 100)).toBe('pains') // angle 180 starts pains
    expect(oracleShapeZone(ci, 'circle', 20, 99)).toBe('gains')
    expect(oracleShapeZone(ci, 'circle', 200, 100)).toBe('jobs') // on the rim
    expect(oracleShapeZone(ci, 'circle', 200, 99)).toBeNull()
    // 59 degrees and 61 degrees off the centre, (cos, sin) scaled to whole numbers: 1000 * (0.515, 0.857) etc.
    expect(
      oracleShapeZone({ x: 0, y: 0, width: 4000, height: 4000 }, 'circle', 4000 + 1030, 4000 - 1714)
    ).toBe('jobs')
    expect(
      oracleShapeZone({ x: 0, y: 0, width: 4000, height: 4000 }, 'circle', 4000 + 970, 4000 - 1750)
    ).toBe('gains')
  })
})

// ---------------------------------------------------------------------------------------------------------------
// Generators: whole-pixel shapes and points, so the oracle stays exact.
// ---------------------------------------------------------------------------------------------------------------

const shapeRect = fc.record({
  x: fc.integer({ min: -40000, max: 40000 }),
  y: fc.integer({ min: -40000, max: 40000 }),
  width: fc.integer({ min: 1, max: 6000 }),
  height: fc.integer({ min: 1, max: 6000 })
})

/** A point near `rect`: anywhere in it or a little beyond, with extra weight on the centre lines and the rim. */
function pointNear(rect: Rect): fc.Arbitrary<{ x: number; y: number }> {
  const cx = Math.round(rect.x + rect.width / 2)
  const cy = Math.round(rect.y + rect.height / 2)
  const mx = Math.ceil(rect.width * 0.1) + 2
  const my = Math.ceil(rect.height * 0.1) + 2
  const xs = fc.integer({ min: rect.x - mx, max: rect.x + rect.width + mx })
  const ys = fc.integer({ min: rect.y - my, max: rect.y + rect.height + my })
  return fc.oneof(
    { weight: 6, arbitrary: fc.record({ x: xs, y: ys }) },
    { weight: 1, arbitrary: fc.record({ x: xs, y: fc.constant(cy) }) },
    { weight: 1, arbitrary: fc.record({ x: fc.constant(cx), y: ys }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        { x: rect.x, y: cy },
        { x: rect.x + rect.width, y: cy },
        { x: cx, y: rect.y },
        { x: cx, y: rect.y + rect.height },
        { x: cx, y: cy },
        { x: rect.x, y: rect.y },
        { x: rect.x + rect.width + 1, y: cy }
      )
    }
  )
}

describe('zoneAt agrees with the analytic oracle', () => {
  it('on random circles and points around them', () => {
    fc.assert(
      fc.property(
        shapeRect.chain((rect) => fc.tuple(fc.constant(rect), pointNear(rect))),
        ([rect, p]) => {
          const canvas = { valueMap: null, customerProfile: rect }
          expect(zoneAt(p, canvas)).toBe(oracleZone(canvas, 2 * p.x, 2 * p.y))
        }
      ),
      { numRuns: 3000 }
    )
  })

  it('on random squares and points around them', () => {
    fc.assert(
      fc.property(
        shapeRect.chain((rect) => fc.tuple(fc.constant(rect), pointNear(rect))),
        ([rect, p]) => {
          const canvas = { valueMap: rect, customerProfile: null }
          expect(zoneAt(p, canvas)).toBe(oracleZone(canvas, 2 * p.x, 2 * p.y))
        }
      ),
      { numRuns: 3000 }
    )
  })

  it('on random pairs of shapes that may overlap', () => {
    fc.assert(
      fc.property(
        fc
          .tuple(shapeRect, fc.integer({ min: -3000, max: 3000 }), fc.integer({ min: -3000, max: 3000 }))
          .chain(([square, ox, oy]) => {
            const circle = { x: square.x + ox, y: square.y + oy, width: square.height, height: square.width }
            return fc.tuple(
              fc.constant(square),
              fc.constant(circle),
              fc.oneof(pointNear(square), pointNear(circle))
            )
          }),
        ([square, circle, p]) => {
          const canvas = { valueMap: square, customerProfile: circle }
          expect(zoneAt(p, canvas)).toBe(oracleZone(canvas, 2 * p.x, 2 * p.y))
        }
      ),
      { numRuns: 3000 }
    )
  })
})

// ---------------------------------------------------------------------------------------------------------------
// Whole boards: several canvases, moved and resized, some damaged, stickies scattered over and around them.
// ---------------------------------------------------------------------------------------------------------------

interface CanvasPlan {
  section: Rect
  valueMap: Rect | null
  customerProfile: Rect | null
}

/** A canvas in its own column band of the board so sections never overlap; shapes anywhere inside the section. */
function canvasPlan(column: number): fc.Arbitrary<CanvasPlan> {
  return fc
    .record({
      x: fc.integer({ min: 0, max: 20000 }),
      y: fc.integer({ min: -30000, max: 30000 }),
      width: fc.integer({ min: 1500, max: 9000 }),
      height: fc.integer({ min: 1000, max: 6000 }),
      square: fc.record({
        fx: fc.double({ min: 0, max: 0.6, noNaN: true }),
        fy: fc.double({ min: 0, max: 0.6, noNaN: true }),
        size: fc.integer({ min: 100, max: 4000 }),
        squash: fc.integer({ min: 50, max: 150 })
      }),
      circle: fc.record({
        fx: fc.double({ min: 0, max: 0.6, noNaN: true }),
        fy: fc.double({ min: 0, max: 0.6, noNaN: true }),
        size: fc.integer({ min: 100, max: 4000 }),
        squash: fc.integer({ min: 50, max: 150 })
      }),
      hasSquare: fc.oneof(
        { weight: 5, arbitrary: fc.constant(true) },
        { weight: 1, arbitrary: fc.constant(false) }
      ),
      hasCircle: fc.oneof(
        { weight: 5, arbitrary: fc.constant(true) },
        { weight: 1, arbitrary: fc.constant(false) }
      )
    })
    .map((r) => {
      const section = { x: column * 40000 + r.x, y: r.y, width: r.width, height: r.height }
      const place = (s: { fx: number; fy: number; size: number; squash: number }): Rect => {
        const width = Math.min(s.size, r.width)
        const height = Math.min(Math.round((s.size * s.squash) / 100), r.height)
        return {
          x: section.x + Math.floor(s.fx * (r.width - width)),
          y: section.y + Math.floor(s.fy * (r.height - height)),
          width,
          height
        }
      }
      return {
        section,
        valueMap: r.hasSquare ? place(r.square) : null,
        customerProfile: r.hasCircle ? place(r.circle) : null
      }
    })
}

function toCanvas(plan: CanvasPlan, index: number): CanvasSnapshot {
  return {
    id: `c${index}`,
    name: `Canvas ${index}`,
    box: plan.section,
    meta: { schema: 1, locale: 'en', segment: 's', product: 'p' },
    valueMap: plan.valueMap,
    customerProfile: plan.customerProfile,
    checks: {},
    rejected: []
  }
}

/** Doubled points worth hitting exactly on a canvas: rims, edges, centre lines, one pixel outside. */
function specialPoints2(plan: CanvasPlan): Array<[number, number]> {
  const points: Array<[number, number]> = []
  for (const rect of [plan.valueMap, plan.customerProfile]) {
    if (!rect) continue
    const cx2 = 2 * rect.x + rect.width
    const cy2 = 2 * rect.y + rect.height
    const left = 2 * rect.x
    const right = 2 * (rect.x + rect.width)
    const top = 2 * rect.y
    const bottom = 2 * (rect.y + rect.height)
    points.push(
      [cx2, cy2],
      [left, cy2],
      [right, cy2],
      [cx2, top],
      [cx2, bottom],
      [left, top],
      [right, bottom],
      [right + 2, cy2],
      [left - 2, cy2],
      [cx2, top - 2],
      [(cx2 + right) >> 1, cy2],
      [cx2 - 2, cy2]
    )
  }
  return points
}

interface PlacedSticky {
  /** Doubled centre. */
  c2x: number
  c2y: number
  width: number
  height: number
  votes: number
}

const board = fc
  .integer({ min: 1, max: 5 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => canvasPlan(i))))
  .chain((plans) => {
    const anywhere = fc
      .record({
        canvas: fc.integer({ min: 0, max: plans.length - 1 }),
        fx: fc.double({ min: -0.1, max: 1.1, noNaN: true }),
        fy: fc.double({ min: -0.1, max: 1.1, noNaN: true })
      })
      .map(({ canvas, fx, fy }): [number, number] => {
        const section = (plans[canvas] as CanvasPlan).section
        return [
          2 * (section.x + Math.round(fx * section.width)),
          2 * (section.y + Math.round(fy * section.height))
        ]
      })
    const specials = plans.flatMap(specialPoints2)
    const centre2 =
      specials.length > 0
        ? fc.oneof({ weight: 3, arbitrary: anywhere }, { weight: 1, arbitrary: fc.constantFrom(...specials) })
        : anywhere
    const sticky = fc
      .record({
        c: centre2,
        width: fc.integer({ min: 40, max: 400 }),
        height: fc.integer({ min: 40, max: 400 }),
        votes: fc.nat(3)
      })
      .map(({ c, width, height, votes }): PlacedSticky => ({
        c2x: c[0],
        c2y: c[1],
        // The box's corners must be whole pixels: a half-pixel centre needs an odd size, a whole one an even size.
        width: width + ((width + c[0]) & 1),
        height: height + ((height + c[1]) & 1),
        votes
      }))
    return fc.tuple(fc.constant(plans), fc.array(sticky, { minLength: 1, maxLength: 60 }))
  })

describe('analyzeBoard agrees with the oracle on every zone assignment', () => {
  it('on random boards of moved, resized and damaged canvases', () => {
    fc.assert(
      fc.property(board, ([plans, placed]) => {
        const canvases = plans.map(toCanvas)
        const stickies: StickySnapshot[] = placed.map((s, i) => ({
          id: `s${i}`,
          text: `note ${i}`,
          box: { x: (s.c2x - s.width) / 2, y: (s.c2y - s.height) / 2, width: s.width, height: s.height },
          votes: s.votes,
          stamps: plusOnes(s.votes),
          pluginRole: null
        }))
        const snapshot: BoardSnapshot = { canvases, stickies, connectors: [] }
        const analyses = analyzeBoard(snapshot, '2024-01-01T00:00:00.000Z')

        const found = new Map<string, string>()
        analyses.forEach((analysis, c) => {
          for (const [zone, items] of Object.entries(analysis.report.zones)) {
            for (const item of items) found.set(item.id, `${c}:${zone}`)
          }
          for (const item of analysis.report.unplaced) found.set(item.id, `${c}:unplaced`)
        })

        for (const sticky of stickies) {
          const x2 = 2 * sticky.box.x + sticky.box.width
          const y2 = 2 * sticky.box.y + sticky.box.height
          // Sections never overlap here, so at most one holds the centre (edges included).
          const owner = plans.findIndex(
            (p) =>
              x2 >= 2 * p.section.x &&
              x2 <= 2 * (p.section.x + p.section.width) &&
              y2 >= 2 * p.section.y &&
              y2 <= 2 * (p.section.y + p.section.height)
          )
          const plan = plans[owner]
          const expected = plan ? `${owner}:${oracleZone(plan, x2, y2) ?? 'unplaced'}` : undefined
          expect(found.get(sticky.id), sticky.id).toBe(expected)
        }
      }),
      { numRuns: 400 }
    )
  })
})

/** `count` +1 stamps, as a sticky's tally. */
function plusOnes(count: number): Record<string, number> {
  return count > 0 ? { '+1': count } : {}
}
