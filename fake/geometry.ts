/**
 * 2D affine transforms in Figma's layout: `[[m00, m01, tx], [m10, m11, ty]]`, rotation in degrees,
 * positive = counter-clockwise on screen, `rotation === atan2(-m10, m00)`, rotating about the top-left.
 */

/** A point. */
export interface Point {
  readonly x: number
  readonly y: number
}

/** An axis-aligned box. */
export interface Box {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

/** The identity transform. */
export function identity(): Transform {
  return [
    [1, 0, 0],
    [0, 1, 0]
  ]
}

/** The transform of a node at (x, y) rotated by `rotation` degrees about its top-left. */
export function transformOf(x: number, y: number, rotation: number): Transform {
  if (rotation === 0) {
    return [
      [1, 0, x],
      [0, 1, y]
    ]
  }
  const radians = (rotation * Math.PI) / 180
  const cos = clean(Math.cos(radians))
  const sin = clean(Math.sin(radians))
  return [
    [cos, sin, x],
    [-sin, cos, y]
  ]
}

/** `a` then `b` in Figma's sense: `a` is the parent's transform, `b` the child's. */
export function multiply(a: Transform, b: Transform): Transform {
  const [[a00, a01, a02], [a10, a11, a12]] = a
  const [[b00, b01, b02], [b10, b11, b12]] = b
  return [
    [a00 * b00 + a01 * b10, a00 * b01 + a01 * b11, a00 * b02 + a01 * b12 + a02],
    [a10 * b00 + a11 * b10, a10 * b01 + a11 * b11, a10 * b02 + a11 * b12 + a12]
  ]
}

/** Where a local point lands under a transform. */
export function applyTo(t: Transform, x: number, y: number): Point {
  return { x: t[0][0] * x + t[0][1] * y + t[0][2], y: t[1][0] * x + t[1][1] * y + t[1][2] }
}

/** Rotation in degrees of a transform, in (-180, 180]. */
export function rotationOf(t: Transform): number {
  return normaliseRotation((Math.atan2(-t[1][0], t[0][0]) * 180) / Math.PI)
}

/** Degrees folded into (-180, 180], as Figma reports them. */
export function normaliseRotation(degrees: number): number {
  let r = degrees % 360
  if (r > 180) r -= 360
  if (r <= -180) r += 360
  return clean(r)
}

/** Bounding box of a `width` x `height` rectangle placed by `t` (the box of the rotated rectangle). */
export function boundsOf(t: Transform, width: number, height: number): Box {
  const corners = [applyTo(t, 0, 0), applyTo(t, width, 0), applyTo(t, 0, height), applyTo(t, width, height)]
  return boxAround(corners)
}

/** The smallest box holding all points. */
export function boxAround(points: readonly Point[]): Box {
  let minX = Infinity
  let minY = Infinity
  let maxX = -Infinity
  let maxY = -Infinity
  for (const p of points) {
    if (p.x < minX) minX = p.x
    if (p.y < minY) minY = p.y
    if (p.x > maxX) maxX = p.x
    if (p.y > maxY) maxY = p.y
  }
  if (minX === Infinity) return { x: 0, y: 0, width: 0, height: 0 }
  return { x: clean(minX), y: clean(minY), width: clean(maxX - minX), height: clean(maxY - minY) }
}

/** The smallest box holding all boxes, or null for none. */
export function unionOf(boxes: readonly Box[]): Box | null {
  if (boxes.length === 0) return null
  const points: Point[] = []
  for (const b of boxes) points.push({ x: b.x, y: b.y }, { x: b.x + b.width, y: b.y + b.height })
  return boxAround(points)
}

/** Whether a point lies inside a box (edges included). */
export function contains(box: Box, p: Point): boolean {
  return p.x >= box.x && p.x <= box.x + box.width && p.y >= box.y && p.y <= box.y + box.height
}

/** Snaps floating-point noise (1e-12) to the nearest integer so 90-degree turns give exact numbers. */
export function clean(value: number): number {
  const rounded = Math.round(value)
  return Math.abs(value - rounded) < 1e-9 ? rounded + 0 : value
}
