import { describe, it, expect } from 'vitest'
import {
  inSector,
  sectorFor,
  sectorOf,
  shapeOfZone,
  ZONE_SECTORS,
  zoneAt,
  zoneInShape
} from '../../src/core/zones'
import type { Point, Rect, ZoneKey } from '../../src/core/types'
import { ZONE_KEYS } from '../../src/core/types'

/** A point `distance` px from `c` at `degrees` (counter-clockwise, y up), built with sin/cos like a user's drag. */
function polar(c: Point, degrees: number, distance: number): Point {
  const a = (degrees * Math.PI) / 180
  return { x: c.x + distance * Math.cos(a), y: c.y - distance * Math.sin(a) }
}

describe('ZONE_SECTORS: the method file as data', () => {
  it('holds each zone once, three per shape', () => {
    expect(ZONE_SECTORS.map((s) => s.zone).sort()).toEqual([...ZONE_KEYS].sort())
    expect(
      ZONE_SECTORS.filter((s) => s.shape === 'circle')
        .map((s) => s.zone)
        .sort()
    ).toEqual(['gains', 'jobs', 'pains'])
  })

  it.each([
    ['jobs', 'circle', 300, 60, 0],
    ['gains', 'circle', 60, 180, 120],
    ['pains', 'circle', 180, 300, 240],
    ['gainCreators', 'square', 0, 120, 60],
    ['products', 'square', 120, 240, 180],
    ['painRelievers', 'square', 240, 360, 300]
  ] as const)('%s lives in the %s from %i to %i around %i', (zone, shape, start, end, centre) => {
    expect(sectorFor(zone)).toEqual({ zone, shape, start, end, centre })
    expect(shapeOfZone(zone)).toBe(shape)
  })

  it('every sector spans 120 degrees and its centre bisects it', () => {
    for (const s of ZONE_SECTORS) {
      const span = (s.end - s.start + 360) % 360 || 360
      expect(span).toBe(120)
      expect(inSector(s.centre, s)).toBe(true)
      expect((s.start + 60) % 360).toBe(s.centre)
    }
  })

  it('an unknown zone is refused', () => {
    expect(() => sectorFor('nope' as ZoneKey)).toThrow(/Unknown zone/)
  })
})

describe('sectorOf: half-open sectors, the edge belongs to the sector that starts there', () => {
  const cases: Array<['circle' | 'square', number, ZoneKey]> = [
    ['circle', 0, 'jobs'],
    ['circle', 59.999, 'jobs'],
    ['circle', 60, 'gains'],
    ['circle', 120, 'gains'],
    ['circle', 179.999, 'gains'],
    ['circle', 180, 'pains'],
    ['circle', 240, 'pains'],
    ['circle', 299.999, 'pains'],
    ['circle', 300, 'jobs'],
    ['circle', 359.999, 'jobs'],
    ['square', 0, 'gainCreators'],
    ['square', 60, 'gainCreators'],
    ['square', 119.999, 'gainCreators'],
    ['square', 120, 'products'],
    ['square', 180, 'products'],
    ['square', 239.999, 'products'],
    ['square', 240, 'painRelievers'],
    ['square', 300, 'painRelievers'],
    ['square', 359.999, 'painRelievers'],
    ['square', 360, 'gainCreators'],
    ['square', -1, 'painRelievers'],
    ['circle', 420, 'gains'],
    ['circle', -60, 'jobs'],
    ['circle', -60.001, 'pains']
  ]
  it.each(cases)('%s at %d degrees -> %s', (shape, angle, zone) => {
    expect(sectorOf(shape, angle)).toBe(zone)
  })

  it('NaN has no sector', () => {
    expect(() => sectorOf('circle', Number.NaN)).toThrow()
  })
})

describe('zoneAt on a canonical canvas', () => {
  // Square 0..2000 (centre 1000,1000), circle 2400..4400 x 0..2000 (centre 3400,1000, radius 1000).
  const valueMap: Rect = { x: 0, y: 0, width: 2000, height: 2000 }
  const customerProfile: Rect = { x: 2400, y: 0, width: 2000, height: 2000 }
  const canvas = { valueMap, customerProfile }
  const sq = { x: 1000, y: 1000 }
  const ci = { x: 3400, y: 1000 }

  const cases: Array<[string, Point, ZoneKey | null]> = [
    ['circle: straight right is jobs', polar(ci, 0, 500), 'jobs'],
    ['circle: exactly 60 degrees is gains (edge starts gains)', polar(ci, 60, 500), 'gains'],
    ['circle: 59.9 degrees is still jobs', polar(ci, 59.9, 500), 'jobs'],
    ['circle: exactly 120 degrees is gains', polar(ci, 120, 500), 'gains'],
    ['circle: exactly 180 degrees is pains', polar(ci, 180, 500), 'pains'],
    ['circle: 179.9 degrees is gains', polar(ci, 179.9, 500), 'gains'],
    ['circle: exactly 240 degrees is pains', polar(ci, 240, 500), 'pains'],
    ['circle: exactly 300 degrees is jobs', polar(ci, 300, 500), 'jobs'],
    ['circle: 299.9 degrees is pains', polar(ci, 299.9, 500), 'pains'],
    ['circle: the centre itself counts as angle 0, jobs', ci, 'jobs'],
    ['circle: on the rim at the top is gains', { x: 3400, y: 0 }, 'gains'],
    ['circle: on the rim at the right is jobs', { x: 4400, y: 1000 }, 'jobs'],
    ['circle: on the rim at 200 degrees is pains', polar(ci, 200, 1000), 'pains'],
    ['circle: one pixel outside the rim at the right is nothing', { x: 4401, y: 1000 }, null],
    ['circle: the corner of its bounding box is nothing', { x: 4350, y: 50 }, null],
    ['square: exactly 0 degrees is gain creators', polar(sq, 0, 500), 'gainCreators'],
    ['square: exactly 60 degrees is gain creators', polar(sq, 60, 500), 'gainCreators'],
    ['square: exactly 120 degrees is products', polar(sq, 120, 500), 'products'],
    ['square: 119.9 degrees is gain creators', polar(sq, 119.9, 500), 'gainCreators'],
    ['square: exactly 180 degrees is products', polar(sq, 180, 500), 'products'],
    ['square: exactly 240 degrees is pain relievers', polar(sq, 240, 500), 'painRelievers'],
    ['square: 239.9 degrees is products', polar(sq, 239.9, 500), 'products'],
    ['square: exactly 300 degrees is pain relievers', polar(sq, 300, 500), 'painRelievers'],
    ['square: a hair below 0 degrees is pain relievers', { x: 1500, y: 1000.01 }, 'painRelievers'],
    ['square: the centre counts as angle 0, gain creators', sq, 'gainCreators'],
    ['square: top-left corner is products', { x: 0, y: 0 }, 'products'],
    ['square: top-right corner is gain creators', { x: 2000, y: 0 }, 'gainCreators'],
    ['square: bottom-right corner is pain relievers', { x: 2000, y: 2000 }, 'painRelievers'],
    ['square: on the right edge at the centre line is gain creators', { x: 2000, y: 1000 }, 'gainCreators'],
    ['square: one pixel right of the right edge is nothing', { x: 2001, y: 1000 }, null],
    ['square: one pixel above the top edge is nothing', { x: 1000, y: -1 }, null],
    ['square: one pixel left of the left edge is nothing', { x: -1, y: 1000 }, null],
    ['square: one pixel below the bottom edge is nothing', { x: 1000, y: 2001 }, null],
    ['between the shapes is nothing', { x: 2200, y: 1000 }, null]
  ]
  it.each(cases)('%s', (_name, point, zone) => {
    expect(zoneAt(point, canvas)).toBe(zone)
  })
})

describe('zoneAt follows the shapes as they are now', () => {
  it('a moved and squashed circle is read from its new box', () => {
    const customerProfile = { x: -5000, y: 300, width: 1000, height: 400 } // centre -4500, 500
    expect(zoneAt({ x: -4100, y: 500 }, { valueMap: null, customerProfile })).toBe('jobs')
    expect(zoneAt({ x: -4700, y: 350 }, { valueMap: null, customerProfile })).toBe('gains')
    expect(zoneAt({ x: -4700, y: 650 }, { valueMap: null, customerProfile })).toBe('pains')
    // Inside the old, unsquashed circle's reach but outside the flat ellipse.
    expect(zoneAt({ x: -4500, y: 250 }, { valueMap: null, customerProfile })).toBeNull()
  })

  it('a wide value map splits at its own centre', () => {
    const valueMap = { x: 100, y: 100, width: 3000, height: 500 } // centre 1600, 350
    expect(zoneAt({ x: 1700, y: 200 }, { valueMap, customerProfile: null })).toBe('gainCreators')
    expect(zoneAt({ x: 200, y: 350 }, { valueMap, customerProfile: null })).toBe('products')
    expect(zoneAt({ x: 1700, y: 500 }, { valueMap, customerProfile: null })).toBe('painRelievers')
  })

  it('with both shapes missing no point is in a zone', () => {
    expect(zoneAt({ x: 0, y: 0 }, { valueMap: null, customerProfile: null })).toBeNull()
  })

  it('where a moved circle overlaps the square, the circle wins', () => {
    const valueMap = { x: 0, y: 0, width: 1000, height: 1000 }
    const customerProfile = { x: 800, y: 0, width: 1000, height: 1000 }
    const inBoth = { x: 900, y: 500 }
    expect(zoneInShape(inBoth, valueMap, 'square')).toBe('gainCreators')
    expect(zoneAt(inBoth, { valueMap, customerProfile })).toBe('pains')
    expect(zoneAt({ x: 700, y: 500 }, { valueMap, customerProfile })).toBe('gainCreators')
  })
})
