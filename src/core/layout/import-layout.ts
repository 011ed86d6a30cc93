import type { ImportPlan } from '../export'
import { boxFits } from '../slots'
import type { Point, Rect, ZoneKey } from '../types'
import { ZONE_KEYS } from '../types'
import { shapeOfZone } from '../zones'
import type { BoxSize } from './flow-placement'
import { flowPlace } from './flow-placement'
import { vpcLayout, VPC_SECTION_HEIGHT } from './vpc-layout'

/** Where an import puts each sticky of its plan, in the canvas section's coordinates. */
export interface ImportLayout {
  /** Section-local top-left corner of each planned sticky, by its key. */
  positions: Map<string, Point>
  /** How much taller than the template the section has to be for what was placed below the shapes (0: none). */
  extraHeight: number
}

/** Room below the shapes for stickies outside every zone, guessed before anything is drawn (rows of eight). */
export function guessedExtraHeight(plan: ImportPlan): number {
  const loose = plan.stickies.filter((item) => item.zone === null).length
  // The gap between the shapes holds about eight standard stickies; the rest go in rows of eight below.
  const below = Math.max(0, loose - 8)
  return below > 0 ? 80 + Math.ceil(below / 8) * 260 : 0
}

/**
 * A zone's stickies (their real sizes, in rank order) in rows inside the zone, clear of the canvas's texts. A zone
 * too full for the rest: they step down from the last one placed, a little each, so their centres stay in the zone
 * and in order (they overlap; the ranks still read back).
 */
function zonePositions(zone: ZoneKey, sizes: BoxSize[], obstacles: readonly Rect[]): Point[] {
  const layout = vpcLayout()
  const shape = shapeOfZone(zone)
  const rect = shape === 'square' ? layout.valueMap : layout.customerProfile
  const placed = flowPlace(sizes, rect, (box) => boxFits(box, rect, shape, zone), obstacles)
  const positions: Point[] = []
  let lastCentre: Point = { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 }
  const overflow = placed.filter((p) => p === null).length
  const drop = overflow > 0 ? Math.min(24, 400 / overflow) : 0
  placed.forEach((at, i) => {
    const size = sizes[i] as BoxSize
    if (at) {
      positions.push(at)
      lastCentre = { x: at.x + size.width / 2, y: at.y + size.height / 2 }
      return
    }
    lastCentre = { x: lastCentre.x + drop / 2, y: lastCentre.y + drop }
    positions.push({ x: lastCentre.x - size.width / 2, y: lastCentre.y - size.height / 2 })
  })
  return positions
}

/** Stickies outside every zone: down the gap between the square and the circle, then in rows below the shapes. */
function loosePositions(sizes: BoxSize[], obstacles: readonly Rect[], width: number): Point[] {
  const layout = vpcLayout()
  const gap: Rect = {
    x: layout.valueMap.x + layout.valueMap.width,
    y: layout.valueMap.y,
    width: layout.customerProfile.x - layout.valueMap.x - layout.valueMap.width,
    height: layout.valueMap.height
  }
  const inside = (area: Rect) => (box: Rect) =>
    box.x >= area.x &&
    box.y >= area.y &&
    box.x + box.width <= area.x + area.width &&
    box.y + box.height <= area.y + area.height
  const first = flowPlace(sizes, { ...gap, x: gap.x + 20, width: gap.width - 40 }, inside(gap), obstacles)
  const rest = first.findIndex((p) => p === null)
  if (rest < 0) return first as Point[]
  const below: Rect = {
    x: 160,
    y: layout.valueMap.y + layout.valueMap.height + 80,
    width: width - 320,
    height: Number.MAX_SAFE_INTEGER
  }
  const second = flowPlace(sizes.slice(rest), below, () => true, obstacles)
  return [...(first.slice(0, rest) as Point[]), ...second.map((p) => p ?? { x: below.x, y: below.y })]
}

/**
 * Every sticky of an import plan in its zone in rank order, from the sizes FigJam gave them (`sizes`, by key) and
 * clear of the canvas's own texts (`obstacles`, section-local, as drawn); unplaced ones beside and below the shapes.
 * Stickies in one row share a top and a height, so reading order gives the ranks back.
 */
export function importLayout(
  plan: ImportPlan,
  sizes: ReadonlyMap<string, BoxSize>,
  obstacles: readonly Rect[],
  sectionWidth: number
): ImportLayout {
  const positions = new Map<string, Point>()
  const sizeOf = (key: string): BoxSize => sizes.get(key) ?? { width: 240, height: 240 }
  for (const zone of ZONE_KEYS) {
    const items = plan.stickies.filter((item) => item.zone === zone)
    const at = zonePositions(zone, items.map((item) => sizeOf(item.key)), obstacles)
    items.forEach((item, i) => positions.set(item.key, at[i] as Point))
  }
  const loose = plan.stickies.filter((item) => item.zone === null)
  const at = loosePositions(loose.map((item) => sizeOf(item.key)), obstacles, sectionWidth)
  loose.forEach((item, i) => positions.set(item.key, at[i] as Point))
  let bottom = 0
  positions.forEach((point, key) => {
    bottom = Math.max(bottom, point.y + sizeOf(key).height)
  })
  return { positions, extraHeight: Math.max(0, Math.ceil(bottom + 160 - VPC_SECTION_HEIGHT)) }
}
