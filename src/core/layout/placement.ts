import { grow } from '../geometry'
import type { Point, Rect } from '../types'

/** Whether two boxes share any area (touching edges do not count). */
export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

/**
 * Where to put a new canvas of `size`: beside the right-most existing canvas when there is one
 * (teams read canvases left to right), otherwise centred on the viewport; then moved right,
 * and if needed down, until it overlaps nothing on the page.
 */
export function placeNewCanvas(
  size: { width: number; height: number },
  viewportCentre: Point,
  existingCanvases: Rect[],
  occupied: Rect[],
  margin = 200
): Point {
  let start: Point
  if (existingCanvases.length > 0) {
    const rightMost = existingCanvases.reduce((a, b) => (b.x + b.width > a.x + a.width ? b : a))
    start = { x: rightMost.x + rightMost.width + margin, y: rightMost.y }
  } else {
    start = {
      x: Math.round(viewportCentre.x - size.width / 2),
      y: Math.round(viewportCentre.y - size.height / 2)
    }
  }
  const blockers = occupied.map((rect) => grow(rect, margin / 2))
  const fits = (p: Point) =>
    !blockers.some((b) => overlaps({ x: p.x, y: p.y, width: size.width, height: size.height }, b))
  // Scan rows to the right, then further rows below: always terminates with a free spot.
  for (let row = 0; row < 50; row += 1) {
    const y = start.y + row * (size.height + margin)
    let x = start.x
    for (let step = 0; step < 200; step += 1) {
      const candidate = { x, y }
      if (fits(candidate)) return candidate
      const hit = blockers.filter((b) => overlaps({ x, y, width: size.width, height: size.height }, b))
      x = Math.max(...hit.map((b) => b.x + b.width)) + 1
    }
  }
  const bottom = Math.max(start.y, ...occupied.map((r) => r.y + r.height))
  return { x: start.x, y: bottom + margin }
}
