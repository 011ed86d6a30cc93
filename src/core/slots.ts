/**
 * Where to put new stickies in a zone: free positions for standard stickies, fully inside one sector.
 */
import { centreOf } from './geometry'
import { sectorFor, zoneInShape } from './zones'
import type { ShapeKind } from './zones'
import type { Point, Rect, ZoneKey } from './types'

/** How far along the sector's middle ray the slots cluster, as a share of the way to the shape's outline. */
const ANCHOR_REACH = 0.55

/** Distance from the shape's centre to its outline along the unit direction (ux, uy). */
function reachAlong(rect: Rect, shape: ShapeKind, ux: number, uy: number): number {
  const rx = rect.width / 2
  const ry = rect.height / 2
  if (shape === 'circle') {
    const q = (ux * ux) / (rx * rx) + (uy * uy) / (ry * ry)
    return q > 0 ? 1 / Math.sqrt(q) : 0
  }
  const tx = ux === 0 ? Infinity : rx / Math.abs(ux)
  const ty = uy === 0 ? Infinity : ry / Math.abs(uy)
  return Math.min(tx, ty)
}

/** Whether a sticky box lies wholly in the zone: its four corners and its centre are in the sector and the shape. */
export function boxFits(box: Rect, shapeRect: Rect, shape: ShapeKind, zone: ZoneKey): boolean {
  const right = box.x + box.width
  const bottom = box.y + box.height
  const points: Point[] = [
    { x: box.x, y: box.y },
    { x: right, y: box.y },
    { x: box.x, y: bottom },
    { x: right, y: bottom },
    centreOf(box)
  ]
  // Sector and shape are both convex, so the corners being in both puts the whole box in both.
  return points.every((p) => zoneInShape(p, shapeRect, shape) === zone)
}

/** Reading order of boxes: top first, then left first. */
function readingOrder(a: Rect, b: Rect): number {
  return a.y - b.y || a.x - b.x
}

/** Every fitting box on a lattice of step `pitch` through `origin` (a box centre), with whole-pixel corners. */
function latticeBoxes(
  shapeRect: Rect,
  shape: ShapeKind,
  zone: ZoneKey,
  origin: Point,
  size: number,
  pitch: number
): Rect[] {
  const boxes: Rect[] = []
  const iFrom = Math.floor((shapeRect.x - origin.x) / pitch)
  const iTo = Math.ceil((shapeRect.x + shapeRect.width - origin.x) / pitch)
  const jFrom = Math.floor((shapeRect.y - origin.y) / pitch)
  const jTo = Math.ceil((shapeRect.y + shapeRect.height - origin.y) / pitch)
  for (let j = jFrom; j <= jTo; j++) {
    for (let i = iFrom; i <= iTo; i++) {
      const box: Rect = {
        x: Math.round(origin.x + i * pitch - size / 2),
        y: Math.round(origin.y + j * pitch - size / 2),
        width: size,
        height: size
      }
      if (boxFits(box, shapeRect, shape, zone)) boxes.push(box)
    }
  }
  return boxes
}

/**
 * Up to `count` positions (page coordinates, top-left and size) for standard stickies fully inside `zone` of the
 * shape drawn in `shapeRect`, `gap` apart on a square lattice. The slots nearest the sector's middle (a point
 * `ANCHOR_REACH` of the way out along its middle ray) are chosen, then returned in reading order (top row first,
 * left to right), so stickies placed in rank order read back in the same order. Fewer than `count` when the zone
 * is full.
 */
export function stickySlots(
  shapeRect: Rect,
  shape: ShapeKind,
  zone: ZoneKey,
  count: number,
  stickySize = 240,
  gap = 20
): Rect[] {
  const sector = sectorFor(zone)
  if (sector.shape !== shape) throw new Error(`Zone ${zone} is not in the ${shape}`)
  if (!(count > 0) || !(stickySize > 0) || shapeRect.width <= 0 || shapeRect.height <= 0) return []

  const centre = centreOf(shapeRect)
  const radians = (sector.centre * Math.PI) / 180
  const ux = Math.cos(radians)
  const uy = -Math.sin(radians)
  const reach = reachAlong(shapeRect, shape, ux, uy) * ANCHOR_REACH
  const anchor = { x: centre.x + ux * reach, y: centre.y + uy * reach }
  const pitch = stickySize + Math.max(0, gap)

  // The lattice through the anchor first; shifted by half a step when that holds fewer than asked.
  let best: Rect[] = []
  for (const [sx, sy] of [
    [0, 0],
    [0.5, 0],
    [0, 0.5],
    [0.5, 0.5]
  ] as const) {
    const origin = { x: anchor.x + sx * pitch, y: anchor.y + sy * pitch }
    const boxes = latticeBoxes(shapeRect, shape, zone, origin, stickySize, pitch)
    if (boxes.length > best.length) best = boxes
    if (best.length >= count) break
  }

  const distance = (box: Rect): number => {
    const c = centreOf(box)
    return (c.x - anchor.x) * (c.x - anchor.x) + (c.y - anchor.y) * (c.y - anchor.y)
  }
  const nearest = best.slice().sort((a, b) => distance(a) - distance(b) || readingOrder(a, b))
  return nearest.slice(0, Math.floor(count)).sort(readingOrder)
}
