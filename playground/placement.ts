/**
 * Where a person would put stickies in a zone of a drawn canvas: around 50–65 % of the shape's radius, spread
 * across the zone's sector, clear of the zone's label and of each other. Pure geometry in page coordinates
 * (y down on screen; angles counter-clockwise with y up, as the method file draws the canvas).
 */
import type { ZoneKey } from '../contract/vocabulary'

export interface Box {
  x: number
  y: number
  width: number
  height: number
}

export interface Point {
  x: number
  y: number
}

export type ShapeKind = 'square' | 'circle'

/** Each zone's shape and the angle of its sector's middle (degrees, counter-clockwise, y up). */
export const ZONE_ANGLES: Record<ZoneKey, { shape: ShapeKind; centre: number }> = {
  jobs: { shape: 'circle', centre: 0 },
  gains: { shape: 'circle', centre: 120 },
  pains: { shape: 'circle', centre: 240 },
  gainCreators: { shape: 'square', centre: 60 },
  products: { shape: 'square', centre: 180 },
  painRelievers: { shape: 'square', centre: 300 }
}

export const STICKY_SIZE = 240
const GAP = 24
/** Distance kept from the zone's dividers and the shape's outline. */
const EDGE_MARGIN = 12

function steps(from: number, to: number): number[] {
  const out: number[] = []
  for (let r = from; r <= to + 1e-9; r += 0.025) out.push(Math.round(r * 1000) / 1000)
  return out
}

function grow(box: Box, by: number): Box {
  return { x: box.x - by, y: box.y - by, width: box.width + 2 * by, height: box.height + 2 * by }
}

function centreOf(box: Box): Point {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
}

/** The angle of `p` seen from `centre`, in [0, 360), counter-clockwise with y up. */
export function angleFrom(centre: Point, p: Point): number {
  const degrees = (Math.atan2(centre.y - p.y, p.x - centre.x) * 180) / Math.PI
  return degrees < 0 ? degrees + 360 : degrees
}

/** Signed difference `a - b` folded into (-180, 180]. */
function angleDelta(a: number, b: number): number {
  let d = (a - b) % 360
  if (d > 180) d -= 360
  if (d <= -180) d += 360
  return d
}

function insideShape(p: Point, box: Box, shape: ShapeKind): boolean {
  if (shape === 'square') return p.x >= box.x && p.x <= box.x + box.width && p.y >= box.y && p.y <= box.y + box.height
  const c = centreOf(box)
  const rx = box.width / 2
  const ry = box.height / 2
  return ((p.x - c.x) / rx) ** 2 + ((p.y - c.y) / ry) ** 2 <= 1
}

/** Whether `p` lies in `zone` of the shape drawn in `shapeBox` (inside the shape and inside its 120° sector). */
export function inZone(p: Point, zone: ZoneKey, shapeBox: Box): boolean {
  const { shape, centre } = ZONE_ANGLES[zone]
  if (!insideShape(p, shapeBox, shape)) return false
  return Math.abs(angleDelta(angleFrom(centreOf(shapeBox), p), centre)) < 60
}

function corners(box: Box): Point[] {
  return [
    { x: box.x, y: box.y },
    { x: box.x + box.width, y: box.y },
    { x: box.x, y: box.y + box.height },
    { x: box.x + box.width, y: box.y + box.height }
  ]
}

function overlaps(a: Box, b: Box, gap: number): boolean {
  return (
    a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap
  )
}

/**
 * Top-left corners for `count` stickies in `zone`: each box lies wholly inside the zone (a sector of a convex
 * shape is convex, so four corners inside means the whole box is), keeps a gap from `obstacles` (labels,
 * stickies already there) and from the others. Targets are spread evenly across the sector around 50–65 % of
 * the radius; a target that is taken falls back to the nearest free spot, further out or in only when needed.
 */
export function placeInZone(
  zone: ZoneKey,
  count: number,
  shapeBox: Box,
  obstacles: readonly Box[],
  size = STICKY_SIZE
): Point[] {
  const { centre: centreAngle } = ZONE_ANGLES[zone]
  const c = centreOf(shapeBox)
  const radius = Math.min(shapeBox.width, shapeBox.height) / 2
  const taken: Box[] = obstacles.slice()
  const placed: Point[] = []
  const span = Math.min(80, 30 * Math.max(0, count - 1))
  // Zone labels sit on the sector's middle ray, so the band widens when the preferred one is full.
  const ratios = steps(0.45, 0.7)
  const wider = steps(0.3, 0.85)

  for (let i = 0; i < count; i += 1) {
    const target = count === 1 ? centreAngle : centreAngle - span / 2 + (span * i) / (count - 1)
    const spot = findSpot(target, ratios) ?? findSpot(target, wider)
    if (spot === null) throw new Error(`No room for sticky ${i + 1} of ${count} in ${zone}`)
    placed.push({ x: spot.x, y: spot.y })
    taken.push(spot)
  }
  return placed

  function findSpot(target: number, radii: readonly number[]): Box | null {
    let best: Box | null = null
    let bestCost = Infinity
    for (const ratio of radii) {
      for (let offset = -58; offset <= 58; offset += 2) {
        const angle = centreAngle + offset
        const radians = (angle * Math.PI) / 180
        const cx = c.x + radius * ratio * Math.cos(radians)
        const cy = c.y - radius * ratio * Math.sin(radians)
        const box = { x: Math.round(cx - size / 2), y: Math.round(cy - size / 2), width: size, height: size }
        if (!corners(grow(box, EDGE_MARGIN)).every((p) => inZone(p, zone, shapeBox))) continue
        if (taken.some((other) => overlaps(box, other, GAP))) continue
        const cost = Math.abs(angleDelta(angle, target)) + 100 * Math.abs(ratio - 0.575)
        if (cost < bestCost) {
          bestCost = cost
          best = box
        }
      }
    }
    return best
  }
}
