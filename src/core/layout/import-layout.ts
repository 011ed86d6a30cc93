import type { ImportPlan } from '../export'
import { boxFits } from '../slots'
import type { Point, Rect, ZoneKey } from '../types'
import { ZONE_KEYS } from '../types'
import { centreOf } from '../geometry'
import { sectorFor, zoneInShape } from '../zones'
import type { BoxSize } from './flow-placement'
import { flowPlace, scanPlace, STAGGER } from './flow-placement'
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

/** Ever closer spacings tried for a zone too full to hold its stickies apart (a share of each sticky's size). */
const SPACINGS = Array.from({ length: 10 }, (_, i) => 1 / 2 ** i)

/**
 * A zone's stickies (their real sizes, in rank order) in rows inside the zone, clear of the canvas's texts. A zone
 * too full to hold them apart fans them out (each covers part of the one before; labels and hints stay clear), as
 * far apart as still fits them all. A sticky too tall for the zone may reach out of it, its centre inside; one
 * that finds no place clear of the texts even so (taller than the canvas), and every one after it, is stacked on the
 * zone's middle ray, a little lower each, so its centre stays in the zone and the order holds.
 */
function zonePositions(zone: ZoneKey, sizes: BoxSize[], obstacles: readonly Rect[]): Point[] {
  const layout = vpcLayout()
  const sector = sectorFor(zone)
  const rect = sector.shape === 'square' ? layout.valueMap : layout.customerProfile
  const inZone = (box: Rect): boolean => boxFits(box, rect, sector.shape, zone)
  // A sticky that fits wholly in the zone somewhere must sit wholly in it; one too tall for that may reach out of
  // it (below the shape, the section grows) with its centre inside.
  const fitsSomewhere = new Map<string, boolean>()
  const centred = (box: Rect): boolean => zoneInShape(centreOf(box), rect, sector.shape) === zone
  const mixed = (box: Rect): boolean => {
    const size = `${box.width}x${box.height}`
    let strict = fitsSomewhere.get(size)
    if (strict === undefined) {
      strict = flowPlace([box], rect, inZone, obstacles)[0] !== null
      fitsSomewhere.set(size, strict)
    }
    return strict ? inZone(box) : centred(box)
  }
  // When tall ones leave the rest no room in order, every sticky may reach out, centre inside.
  let placed: Array<Point | null> = []
  let spacing = 1
  search: for (const fits of [mixed, centred]) {
    for (spacing of SPACINGS) {
      placed = flowPlace(sizes, rect, fits, obstacles, { spacing })
      if (placed.every((p) => p !== null)) break search
    }
  }
  // Those left (a tall one after a short one, where rows cannot keep the order): anywhere clear of the texts with
  // the centre in the zone, after the last one placed; past that, stacked on the zone's middle ray.
  const first = placed.findIndex((p) => p === null)
  if (first >= 0) {
    const before = first > 0 ? (placed[first - 1] as Point) : null
    const after = before
      ? {
          x: before.x + (sizes[first - 1] as BoxSize).width / 2,
          y: before.y + (sizes[first - 1] as BoxSize).height / 2
        }
      : { x: rect.x - 20, y: rect.y - STAGGER }
    const centreIn = (centre: Point): boolean => zoneInShape(centre, rect, sector.shape) === zone
    const rest = scanPlace(sizes.slice(first), rect, centreIn, obstacles, after)
    rest.forEach((at, i) => {
      placed[first + i] = at
    })
  }
  const half = rect.width / 2
  const ray = (sector.centre * Math.PI) / 180
  const column = rect.x + half + Math.cos(ray) * half * 0.35
  let centreY = rect.y + half - Math.sin(ray) * half * 0.35
  const step = STAGGER * spacing
  return placed.map((at, i) => {
    const size = sizes[i] as BoxSize
    if (at) {
      centreY = Math.max(centreY, at.y + size.height / 2)
      return at
    }
    centreY += step
    return { x: column - size.width / 2, y: centreY - size.height / 2 }
  })
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
 * Each sticky's centre lies below the one before it in its zone, so reading order gives the ranks back.
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
    const at = zonePositions(
      zone,
      items.map((item) => sizeOf(item.key)),
      obstacles
    )
    items.forEach((item, i) => positions.set(item.key, at[i] as Point))
  }
  const loose = plan.stickies.filter((item) => item.zone === null)
  const at = loosePositions(
    loose.map((item) => sizeOf(item.key)),
    obstacles,
    sectionWidth
  )
  loose.forEach((item, i) => positions.set(item.key, at[i] as Point))
  let bottom = 0
  positions.forEach((point, key) => {
    bottom = Math.max(bottom, point.y + sizeOf(key).height)
  })
  return { positions, extraHeight: Math.max(0, Math.ceil(bottom + 160 - VPC_SECTION_HEIGHT)) }
}
