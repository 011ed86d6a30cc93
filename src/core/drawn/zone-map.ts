/**
 * An adopted drawing's zones as a coarse grid: which zone the plugin finds at each cell's centre, so people (and
 * the playground) can see the regions it understood. Plain data in and out.
 */
import { ZONE_MAP_CELLS } from '../../../contract/limits'
import type { Rect } from '../types'
import { ZONE_KEYS } from '../types'
import { zoneInDrawing } from './regions'
import type { DrawnZones } from './types'

export interface ZoneMap extends Rect {
  cols: number
  rows: number
  /** One character per cell, row by row: the zone's index in `ZONE_KEYS`, or `.` for no zone. */
  cells: string
}

/** The zone map of a drawing, `cells` across its longer side. */
export function zoneMapOf(zones: DrawnZones, cells: number = ZONE_MAP_CELLS): ZoneMap {
  const { x, y, width, height } = zones.area
  const long = Math.max(width, height, 1)
  const cols = Math.max(1, Math.round((cells * width) / long))
  const rows = Math.max(1, Math.round((cells * height) / long))
  let out = ''
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++) {
      const zone = zoneInDrawing(
        { x: x + ((col + 0.5) * width) / cols, y: y + ((row + 0.5) * height) / rows },
        zones
      )
      out += zone === null ? '.' : String(ZONE_KEYS.indexOf(zone))
    }
  }
  return { x, y, width, height, cols, rows, cells: out }
}
