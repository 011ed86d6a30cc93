import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { angleOf, centreOf } from '../../../src/core/geometry'
import { inArc, resolveDrawnZones, sectorsFor, zoneInDrawing } from '../../../src/core/drawn/regions'
import { recognizeDrawing } from '../../../src/core/drawn/recognize'
import type { DrawingInput } from '../../../src/core/drawn/types'
import type { Rect } from '../../../src/core/types'
import { ZONE_KEYS } from '../../../src/core/types'
import { zoneAt } from '../../../src/core/zones'
import {
  CIRCLE,
  DANISH,
  ENGLISH,
  readingOf,
  sixBoxes,
  SQUARE,
  squareAndCircle,
  strategyzer,
  SWEDISH
} from './drawings'

const AREA: Rect = { x: -100, y: -100, width: 2000, height: 1000 }
const point = fc.record({ x: fc.integer({ min: -100, max: 1900 }), y: fc.integer({ min: -100, max: 900 }) })

function moved(input: DrawingInput, dx: number, dy: number): DrawingInput {
  return {
    ...input,
    nodes: input.nodes.map((node) => ({
      ...node,
      box: { ...node.box, x: node.box.x + dx, y: node.box.y + dy },
      ends: node.ends
        ? [
            { x: node.ends[0].x + dx, y: node.ends[0].y + dy },
            { x: node.ends[1].x + dx, y: node.ends[1].y + dy }
          ]
        : null
    }))
  }
}

function zonesFor(input: DrawingInput, area: Rect = AREA) {
  const decision = recognizeDrawing(input)
  if (!decision.ok) throw new Error(decision.refusal.key)
  return resolveDrawnZones(decision.definition, readingOf(input, area))
}

/** Degrees from `angle` to the nearest canonical sector edge. */
function fromEdge(angle: number): number {
  return Math.min(...[0, 60, 120, 180, 240, 300, 360].map((edge) => Math.abs(angle - edge)))
}

describe('drawn canvas zones (properties)', () => {
  it('labels at the sector middles decide exactly as the plugin’s own canvas does', () => {
    const zones = zonesFor(squareAndCircle(ENGLISH))
    fc.assert(
      fc.property(point, (p) => {
        const shape = p.x < 900 ? SQUARE : CIRCLE
        fc.pre(fromEdge(angleOf(p, centreOf(shape))) > 1e-6)
        expect(zoneInDrawing(p, zones)).toBe(zoneAt(p, { valueMap: SQUARE, customerProfile: CIRCLE }))
      }),
      { numRuns: 2000 }
    )
  })

  it('moving the whole drawing moves every zone with it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(squareAndCircle(SWEDISH), strategyzer(ENGLISH), sixBoxes(DANISH)),
        point,
        fc.integer({ min: -5000, max: 5000 }),
        fc.integer({ min: -5000, max: 5000 }),
        (input, p, dx, dy) => {
          const here = zonesFor(input)
          const there = zonesFor(moved(input, dx, dy), { ...AREA, x: AREA.x + dx, y: AREA.y + dy })
          expect(zoneInDrawing({ x: p.x + dx, y: p.y + dy }, there)).toBe(zoneInDrawing(p, here))
        }
      ),
      { numRuns: 500 }
    )
  })

  it('the node order never changes the definition', () => {
    const input = strategyzer(SWEDISH)
    fc.assert(
      fc.property(fc.shuffledSubarray(input.nodes, { minLength: input.nodes.length }), (nodes) => {
        expect(recognizeDrawing({ ...input, nodes })).toEqual(recognizeDrawing(input))
      }),
      { numRuns: 200 }
    )
  })

  it('sectors split the full turn: every angle in exactly one, every anchor inside its own', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 359 }), { minLength: 2, maxLength: 3 }),
        fc.array(fc.integer({ min: 0, max: 359 }), { maxLength: 4 }),
        fc.double({ min: 0, max: 359.999, noNaN: true }),
        (angles, rays, probe) => {
          const anchors = angles.map((angle, i) => ({ zone: ZONE_KEYS[i] ?? null, angle }))
          const sectors = sectorsFor(anchors, rays)
          expect(sectors.filter((s) => inArc(probe, s.from, s.to))).toHaveLength(1)
          for (const anchor of anchors) {
            const own = sectors.find((s) => s.zone === anchor.zone)
            expect(own && inArc(anchor.angle, own.from, own.to)).toBe(true)
          }
        }
      ),
      { numRuns: 1000 }
    )
  })
})
