/** Connector geometry: the path between two endpoints (straight, elbowed or curved), clipped to the nodes' edges. */
import type { Box, Point } from './model'
import { centreOf } from './model'

type Direction = 'h' | 'v'

/** Where the ray from the box's centre towards `towards` leaves the box. */
export function clipToBox(box: Box, towards: Point): Point {
  const c = centreOf(box)
  const dx = towards.x - c.x
  const dy = towards.y - c.y
  if (dx === 0 && dy === 0) return c
  const tx = dx === 0 ? Infinity : box.width / 2 / Math.abs(dx)
  const ty = dy === 0 ? Infinity : box.height / 2 / Math.abs(dy)
  const t = Math.min(tx, ty, 1)
  return { x: c.x + dx * t, y: c.y + dy * t }
}

function near(a: number, b: number): boolean {
  return Math.abs(a - b) < 0.5
}

/** The direction a connector leaves a node at `p`: sideways from a left/right edge, vertically from top/bottom. */
function leaving(p: Point, box: Box | null, other: Point): Direction {
  if (box) {
    if (near(p.x, box.x) || near(p.x, box.x + box.width)) return 'h'
    if (near(p.y, box.y) || near(p.y, box.y + box.height)) return 'v'
  }
  return Math.abs(other.x - p.x) >= Math.abs(other.y - p.y) ? 'h' : 'v'
}

function r(v: number): number {
  return Math.round(v * 10) / 10
}

/**
 * SVG path data for a connector from `start` to `end`. Endpoints at a node's centre (CENTER magnet) are moved
 * to the node's edge so arrowheads stay visible.
 */
export function connectorPath(
  start: Point,
  end: Point,
  startBox: Box | null,
  endBox: Box | null,
  lineType: string
): { d: string; from: Point; to: Point; points: Point[] } {
  // `points`: a polyline the drawn path stays on or near (what the board's tiles cut it by).
  let from = start
  let to = end
  if (startBox && near(from.x, centreOf(startBox).x) && near(from.y, centreOf(startBox).y)) from = clipToBox(startBox, to)
  if (endBox && near(to.x, centreOf(endBox).x) && near(to.y, centreOf(endBox).y)) to = clipToBox(endBox, from)

  if (lineType === 'STRAIGHT') return { d: `M${r(from.x)} ${r(from.y)} L${r(to.x)} ${r(to.y)}`, from, to, points: [from, to] }

  const a = leaving(from, startBox, to)
  const b = leaving(to, endBox, from)
  if (lineType === 'CURVED') {
    const reach = Math.max(40, Math.hypot(to.x - from.x, to.y - from.y) / 3)
    const c1 = a === 'h' ? { x: from.x + Math.sign(to.x - from.x || 1) * reach, y: from.y } : { x: from.x, y: from.y + Math.sign(to.y - from.y || 1) * reach }
    const c2 = b === 'h' ? { x: to.x + Math.sign(from.x - to.x || 1) * reach, y: to.y } : { x: to.x, y: to.y + Math.sign(from.y - to.y || 1) * reach }
    const points: Point[] = []
    for (let k = 0; k <= CURVE_SAMPLES; k++) points.push(bezier(from, c1, c2, to, k / CURVE_SAMPLES))
    return { d: `M${r(from.x)} ${r(from.y)} C${r(c1.x)} ${r(c1.y)} ${r(c2.x)} ${r(c2.y)} ${r(to.x)} ${r(to.y)}`, from, to, points }
  }
  // ELBOWED: axis-aligned segments, one bend in the middle when both ends leave the same way.
  let d = `M${r(from.x)} ${r(from.y)}`
  let points: Point[]
  if (a === 'h' && b === 'h') {
    const mid = (from.x + to.x) / 2
    d += ` H${r(mid)} V${r(to.y)} H${r(to.x)}`
    points = [from, { x: mid, y: from.y }, { x: mid, y: to.y }, to]
  } else if (a === 'v' && b === 'v') {
    const mid = (from.y + to.y) / 2
    d += ` V${r(mid)} H${r(to.x)} V${r(to.y)}`
    points = [from, { x: from.x, y: mid }, { x: to.x, y: mid }, to]
  } else if (a === 'h') {
    d += ` H${r(to.x)} V${r(to.y)}`
    points = [from, { x: to.x, y: from.y }, to]
  } else {
    d += ` V${r(to.y)} H${r(to.x)}`
    points = [from, { x: from.x, y: to.y }, to]
  }
  return { d, from, to, points }
}

/** Points sampled along a curved connector: the polyline stays within a few units of the curve. */
const CURVE_SAMPLES = 24

function bezier(p0: Point, p1: Point, p2: Point, p3: Point, t: number): Point {
  const u = 1 - t
  const a = u * u * u
  const b = 3 * u * u * t
  const c = 3 * u * t * t
  const e = t * t * t
  return { x: a * p0.x + b * p1.x + c * p2.x + e * p3.x, y: a * p0.y + b * p1.y + c * p2.y + e * p3.y }
}
