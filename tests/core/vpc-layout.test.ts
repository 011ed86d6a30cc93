import { describe, expect, it } from 'vitest'
import { pointAt, truncate, vpcLayout, VPC_SECTION_HEIGHT, VPC_SECTION_WIDTH } from '../../src/core/layout/vpc-layout'
import type { VpcLinePart, VpcTextPart } from '../../src/core/layout/vpc-layout'
import { overlaps } from '../../src/core/layout/placement'
import { stickySlots } from '../../src/core/slots'
import { zoneAt } from '../../src/core/zones'
import { ZONE_KEYS } from '../../src/core/types'
import type { Rect } from '../../src/core/types'

const layout = vpcLayout()
const shapes = { valueMap: layout.valueMap, customerProfile: layout.customerProfile }
const centre = (r: Rect) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 })

describe('the drawn Value Proposition Canvas', () => {
  it('puts the square (value map) on the left and the circle (customer profile) on the right', () => {
    expect(layout.valueMap.x + layout.valueMap.width).toBeLessThan(layout.customerProfile.x)
    expect(layout.valueMap.width).toBe(layout.valueMap.height)
    expect(layout.customerProfile.width).toBe(layout.customerProfile.height)
  })

  it('stays within 30 nodes including its section', () => {
    expect(layout.parts.length + 1).toBeLessThanOrEqual(30)
  })

  it('makes the square and the circle the two largest parts', () => {
    const areas = layout.parts
      .filter((p): p is VpcTextPart => p.kind === 'text')
      .map((p) => p.box.width * p.box.height)
    const shapeArea = layout.valueMap.width * layout.valueMap.height
    expect(Math.max(...areas)).toBeLessThan(shapeArea)
  })

  it('keeps every part inside the section', () => {
    for (const part of layout.parts) {
      const box = part.kind === 'line' ? { x: part.start.x, y: part.start.y, width: 0, height: 0 } : part.box
      expect(box.x).toBeGreaterThanOrEqual(0)
      expect(box.y).toBeGreaterThanOrEqual(0)
      expect(box.x + box.width).toBeLessThanOrEqual(VPC_SECTION_WIDTH)
      expect(box.y + box.height).toBeLessThanOrEqual(VPC_SECTION_HEIGHT)
    }
  })

  it('draws three dividers per shape along the sector edges, ending on the outline', () => {
    const lines = layout.parts.filter((p): p is VpcLinePart => p.kind === 'line')
    expect(lines.map((l) => l.angle).sort((a, b) => a - b)).toEqual([0, 60, 120, 180, 240, 300])
    for (const line of lines) {
      const shape = line.angle % 120 === 0 ? layout.valueMap : layout.customerProfile
      expect(line.start).toEqual(centre(shape))
      const end = pointAt(line.start, line.angle, line.length)
      const onSquareEdge =
        Math.abs(end.x - shape.x) < 1e-6 ||
        Math.abs(end.x - (shape.x + shape.width)) < 1e-6 ||
        Math.abs(end.y - shape.y) < 1e-6 ||
        Math.abs(end.y - (shape.y + shape.height)) < 1e-6
      if (shape === layout.valueMap) expect(onSquareEdge).toBe(true)
      else expect(line.length).toBeCloseTo(shape.width / 2)
    }
  })

  it.each(ZONE_KEYS)('puts the %s label and hint inside their own zone', (zone) => {
    const texts = layout.parts.filter((p): p is VpcTextPart => p.kind === 'text' && p.zone === zone)
    expect(texts.map((p) => p.role).sort()).toEqual(['zone-hint', 'zone-label'])
    for (const text of texts) {
      const { x, y, width, height } = text.box
      for (const corner of [
        { x, y },
        { x: x + width, y },
        { x, y: y + height },
        { x: x + width, y: y + height }
      ]) {
        expect(zoneAt(corner, shapes)).toBe(zone)
      }
    }
  })

  it.each(ZONE_KEYS)('leaves room for six standard stickies in the %s zone', (zone) => {
    const shape = zone === 'jobs' || zone === 'pains' || zone === 'gains' ? 'circle' : 'square'
    const rect = shape === 'circle' ? layout.customerProfile : layout.valueMap
    const slots = stickySlots(rect, shape, zone, 6)
    expect(slots).toHaveLength(6)
    for (const slot of slots) expect(zoneAt(centre(slot), shapes)).toBe(zone)
    for (let i = 0; i < slots.length; i += 1) {
      for (let j = i + 1; j < slots.length; j += 1) expect(overlaps(slots[i]!, slots[j]!)).toBe(false)
    }
  })

  it('places a sticky at 60 % of the radius on each sector centre inside that zone', () => {
    const expected: Record<number, string> = { 0: 'jobs', 120: 'gains', 240: 'pains' }
    const circleCentre = centre(layout.customerProfile)
    for (const [angle, zone] of Object.entries(expected)) {
      const point = pointAt(circleCentre, Number(angle), 0.6 * (layout.customerProfile.width / 2))
      expect(zoneAt(point, shapes)).toBe(zone)
    }
    const squareCentre = centre(layout.valueMap)
    const squareZones: Record<number, string> = { 60: 'gainCreators', 180: 'products', 300: 'painRelievers' }
    for (const [angle, zone] of Object.entries(squareZones)) {
      const point = pointAt(squareCentre, Number(angle), 0.6 * (layout.valueMap.width / 2))
      expect(zoneAt(point, shapes)).toBe(zone)
    }
  })
})

describe('truncating long names', () => {
  it.each([
    ['short', 10, 'short'],
    ['exactly ten', 11, 'exactly ten'],
    ['a long segment name', 8, 'a long…'],
    ['🎯🎯🎯🎯', 3, '🎯🎯…'],
    ['שלום עולם גדול', 6, 'שלום…']
  ])('%s at %i characters', (text, max, expected) => {
    expect(truncate(text, max)).toBe(expected)
    expect(Array.from(truncate(text, max)).length).toBeLessThanOrEqual(max)
  })
})
