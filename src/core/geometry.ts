/**
 * Plane geometry on page coordinates (y grows downwards), as the method file defines it.
 * Pure: numbers in, numbers out.
 */
import type { Point, Rect } from './types'

/**
 * Angles are rounded to this many degrees so that a point built on a sector edge with sin/cos lands on the
 * edge exactly instead of on either side of it by floating-point noise. Far finer than any pixel.
 */
const ANGLE_QUANTUM = 1e-10

/** Relative slack on the ellipse equation, for the same reason: rim points built with sin/cos stay on the rim. */
const RIM_SLACK = 1e-12

/**
 * Angle of `point` seen from `centre`, in degrees in [0, 360): 0 points right, 90 up (the screen's y axis is
 * flipped), counter-clockwise. `atan2(-(py - cy), px - cx)`. The centre itself has angle 0.
 */
export function angleOf(point: Point, centre: Point): number {
  const radians = Math.atan2(-(point.y - centre.y), point.x - centre.x)
  const degrees = Math.round((radians * 180) / Math.PI / ANGLE_QUANTUM) * ANGLE_QUANTUM
  return normaliseAngle(degrees)
}

/** Any angle in degrees mapped into [0, 360); -0 becomes 0. */
export function normaliseAngle(degrees: number): number {
  const turned = degrees % 360
  const positive = turned < 0 ? turned + 360 : turned
  // A tiny negative angle plus 360 can round to 360 itself; and -0 must not leak out.
  return positive >= 360 || positive === 0 ? 0 : positive
}

/** Centre of a box. */
export function centreOf(rect: Rect): Point {
  return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 }
}

/**
 * Whether `point` lies inside the ellipse inscribed in `rect`. The rim counts as inside: a sticky centred exactly
 * on the drawn outline belongs to the shape, the same as the square's edges.
 */
export function insideEllipse(point: Point, rect: Rect): boolean {
  // The box test first also keeps a zero-width or zero-height ellipse to its segment.
  if (!insideRect(point, rect)) return false
  const rx = rect.width / 2
  const ry = rect.height / 2
  const dx = point.x - (rect.x + rx)
  const dy = point.y - (rect.y + ry)
  // (dx/rx)^2 + (dy/ry)^2 <= 1 multiplied out: exact for whole and half pixels, no division by a zero radius.
  const lhs = dx * dx * ry * ry + dy * dy * rx * rx
  const rhs = rx * rx * ry * ry
  return lhs <= rhs + rhs * RIM_SLACK
}

/** Whether `point` lies inside `rect`, edges included (one pixel outside is outside). */
export function insideRect(point: Point, rect: Rect): boolean {
  return (
    point.x >= rect.x &&
    point.x <= rect.x + rect.width &&
    point.y >= rect.y &&
    point.y <= rect.y + rect.height
  )
}

/** Whether two boxes overlap or touch (edges included: what the one-canvas reads take along). */
export function touchesRect(a: Rect, b: Rect): boolean {
  return a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height
}

/** The box grown by `margin` on every side (a negative margin shrinks it). */
export function grow(rect: Rect, margin: number): Rect {
  return { x: rect.x - margin, y: rect.y - margin, width: rect.width + 2 * margin, height: rect.height + 2 * margin }
}

/** Area of a box. */
export function areaOf(rect: Rect): number {
  return rect.width * rect.height
}

/** Distance between the centres of two boxes. */
export function centreDistance(a: Rect, b: Rect): number {
  const p = centreOf(a)
  const q = centreOf(b)
  return Math.hypot(p.x - q.x, p.y - q.y)
}
