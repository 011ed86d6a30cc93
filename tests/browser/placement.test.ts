/** Where the playground's samples put stickies: inside the right zone, clear of labels and of each other. */
import { describe, expect, it } from 'vitest'
import { inZone, placeInZone, STICKY_SIZE, type Box } from '../../playground/placement'
import { vpcLayout } from '../../src/core/layout/vpc-layout'
import type { ZoneKey } from '../../src/core/types'
import { zoneAt } from '../../src/core/zones'

const ZONES: readonly ZoneKey[] = ['jobs', 'gains', 'pains', 'gainCreators', 'products', 'painRelievers']
const layout = vpcLayout()
const labels: Box[] = layout.parts.filter((part) => part.kind === 'text').map((part) => part.box)

function shapeOf(zone: ZoneKey): Box {
  return ['jobs', 'gains', 'pains'].includes(zone) ? layout.customerProfile : layout.valueMap
}

function overlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

describe('sample sticky placement', () => {
  it('agrees with the plugin on which zone a point is in', () => {
    const canvas = { valueMap: layout.valueMap, customerProfile: layout.customerProfile }
    for (let x = 0; x < layout.width; x += 97) {
      for (let y = 0; y < layout.height; y += 89) {
        const ours = ZONES.find((zone) => inZone({ x, y }, zone, shapeOf(zone))) ?? null
        expect(ours, `(${x}, ${y})`).toBe(zoneAt({ x, y }, canvas))
      }
    }
  })

  it.each(ZONES)('puts three and four stickies wholly inside %s, clear of the labels and each other', (zone) => {
    for (const count of [3, 4]) {
      const spots = placeInZone(zone, count, shapeOf(zone), labels)
      expect(spots).toHaveLength(count)
      const boxes = spots.map((p) => ({ ...p, width: STICKY_SIZE, height: STICKY_SIZE }))
      for (const box of boxes) {
        for (const corner of [
          { x: box.x, y: box.y },
          { x: box.x + box.width, y: box.y },
          { x: box.x, y: box.y + box.height },
          { x: box.x + box.width, y: box.y + box.height }
        ]) {
          expect(inZone(corner, zone, shapeOf(zone))).toBe(true)
        }
        for (const label of labels) expect(overlap(box, label)).toBe(false)
      }
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i] as Box, boxes[j] as Box)).toBe(false)
      }
    }
  })

  it('keeps most of a few stickies around 50-65 % of the radius, clear of the rim', () => {
    for (const zone of ZONES) {
      const shape = shapeOf(zone)
      const radius = shape.width / 2
      const centre = { x: shape.x + radius, y: shape.y + radius }
      const ratios = placeInZone(zone, 3, shape, labels).map(
        (spot) => Math.hypot(spot.x + STICKY_SIZE / 2 - centre.x, spot.y + STICKY_SIZE / 2 - centre.y) / radius
      )
      for (const ratio of ratios) expect(ratio).toBeGreaterThanOrEqual(0.3)
      for (const ratio of ratios) expect(ratio).toBeLessThanOrEqual(0.86)
      expect(ratios.filter((ratio) => ratio >= 0.44 && ratio <= 0.71).length, zone).toBeGreaterThanOrEqual(2)
    }
  })
})
