import { describe, expect, it } from 'vitest'
import { zoneMapOf } from '../../../src/core/drawn/zone-map'
import { zoneInDrawing } from '../../../src/core/drawn/regions'
import type { DrawnZones } from '../../../src/core/drawn/types'
import { ZONE_KEYS } from '../../../src/core/types'

/** Six boxes in a 3 × 2 grid over 600 × 400, one zone each. */
const GRID: DrawnZones = {
  regions: ZONE_KEYS.map((zone, i) => ({
    zone,
    mode: 'box' as const,
    shape: { x: (i % 3) * 200, y: Math.floor(i / 3) * 200, width: 200, height: 200 },
    outline: 'rect' as const
  })),
  lost: [],
  labelIds: [],
  partIds: [],
  area: { x: 0, y: 0, width: 600, height: 400 }
}

describe('the zone map of a drawing', () => {
  it('names the zone at every cell centre, as zoneInDrawing decides it', () => {
    const map = zoneMapOf(GRID, 30)
    expect([map.cols, map.rows]).toEqual([30, 20])
    expect(map.cells).toHaveLength(600)
    for (let row = 0; row < map.rows; row++) {
      for (let col = 0; col < map.cols; col++) {
        const zone = zoneInDrawing({ x: (col + 0.5) * 20, y: (row + 0.5) * 20 }, GRID)
        expect(map.cells[row * map.cols + col]).toBe(zone === null ? '.' : String(ZONE_KEYS.indexOf(zone)))
      }
    }
    // Each box fills its own sixth of the map.
    for (const zone of ZONE_KEYS) {
      expect([...map.cells].filter((c) => c === String(ZONE_KEYS.indexOf(zone)))).toHaveLength(100)
    }
  })

  it('leaves a lost zone’s area to nobody', () => {
    const lost: DrawnZones = { ...GRID, regions: GRID.regions.map((r, i) => (i === 0 && r.mode === 'box' ? { ...r, zone: null } : r)) }
    expect(zoneMapOf(lost, 30).cells.split('').filter((c) => c === '.')).toHaveLength(100)
  })
})
