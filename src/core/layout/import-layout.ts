import type { ImportPlan } from '../export'
import { stickySlots } from '../slots'
import type { Point, ZoneKey } from '../types'
import { ZONE_KEYS } from '../types'
import { shapeOfZone } from '../zones'
import { vpcLayout, VPC_SECTION_WIDTH } from './vpc-layout'

const STICKY = 240
const STEP = 260

/** Where an import puts each sticky of its plan, in the canvas section's coordinates. */
export interface ImportLayout {
  /** Section-local top-left corner of each planned sticky, by its key. */
  positions: Map<string, Point>
  /** How much taller than the template the section has to be for the unplaced stickies (0 when none). */
  extraHeight: number
}

/**
 * Section-local top-left corners for a zone's stickies, in reading order (so ranks read back the same), on a
 * lattice of `size` px slots: the tallest of the zone's stickies (FigJam grows a sticky with its text).
 */
function zonePositions(zone: ZoneKey, count: number, size = STICKY): Point[] {
  const layout = vpcLayout()
  const shape = shapeOfZone(zone)
  const rect = shape === 'square' ? layout.valueMap : layout.customerProfile
  const slots = stickySlots(rect, shape, zone, count, size).map((slot) => ({ x: slot.x, y: slot.y }))
  // A zone with more stickies than free slots: the rest cascade down from the last slot, still inside the zone.
  const last = slots[slots.length - 1] ?? {
    x: rect.x + rect.width / 2 - STICKY / 2,
    y: rect.y + rect.height / 2
  }
  for (let i = slots.length; i < count; i += 1) {
    const extra = i - slots.length + 1
    slots.push({ x: last.x + extra * 12, y: last.y + extra * 24 })
  }
  return slots
}

/** Unplaced stickies: the column between the square and the circle, then rows below the shapes. */
function unplacedPositions(count: number): { positions: Point[]; extraHeight: number } {
  const layout = vpcLayout()
  const gapX = (layout.valueMap.x + layout.valueMap.width + layout.customerProfile.x) / 2 - STICKY / 2
  const columnRows = Math.floor(layout.valueMap.height / STEP)
  const positions: Point[] = []
  for (let i = 0; i < count && i < columnRows; i += 1)
    positions.push({ x: gapX, y: layout.valueMap.y + i * STEP })
  const perRow = Math.floor((VPC_SECTION_WIDTH - 320) / STEP)
  const below = layout.valueMap.y + layout.valueMap.height + 260
  for (let i = columnRows; i < count; i += 1) {
    const k = i - columnRows
    positions.push({ x: 160 + (k % perRow) * STEP, y: below + Math.floor(k / perRow) * STEP })
  }
  const rows = Math.max(0, Math.ceil((count - columnRows) / perRow))
  return { positions, extraHeight: rows > 0 ? 260 + rows * STEP : 0 }
}

/**
 * Every sticky of an import plan in its zone, in rank order; unplaced ones beside and below the shapes. `heights`:
 * how tall each sticky grew with its text, by key, once written (standard 240 px when not known).
 */
export function importLayout(plan: ImportPlan, heights?: ReadonlyMap<string, number>): ImportLayout {
  const positions = new Map<string, Point>()
  for (const zone of ZONE_KEYS) {
    const items = plan.stickies.filter((item) => item.zone === zone)
    const tallest = items.reduce((max, item) => Math.max(max, heights?.get(item.key) ?? STICKY), STICKY)
    const slots = zonePositions(zone, items.length, tallest)
    items.forEach((item, i) => positions.set(item.key, slots[i] ?? slots[0]!))
  }
  const unplaced = plan.stickies.filter((item) => item.zone === null)
  const loose = unplacedPositions(unplaced.length)
  unplaced.forEach((item, i) => positions.set(item.key, loose.positions[i]!))
  return { positions, extraHeight: loose.extraHeight }
}
