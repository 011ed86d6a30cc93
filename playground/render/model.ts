/** What the board renderer draws: one plain record per node of the current page, in paint order. */

export interface Point {
  x: number
  y: number
}

export interface Box {
  x: number
  y: number
  width: number
  height: number
}

/** Figma's 2×3 affine transform `[[m00, m01, tx], [m10, m11, ty]]`. */
export type Matrix = [[number, number, number], [number, number, number]]

export type RenderType = 'SECTION' | 'STICKY' | 'SHAPE_WITH_TEXT' | 'CONNECTOR' | 'LINE' | 'TEXT' | 'STAMP' | 'GROUP'

export interface ConnectorEnd {
  point: Point
  nodeId: string | null
  magnet: string | null
  cap: string
}

export interface RenderNode {
  id: string
  type: RenderType
  parentId: string | null
  name: string
  /** Page-absolute bounding box (around the rotated node). */
  box: Box
  /** Page-absolute transform of the node's own (unrotated) width × height rectangle. */
  transform: Matrix
  width: number
  height: number
  rotation: number
  text: string | null
  fontSize: number | null
  /** `#RRGGBB` of the text's first solid fill. */
  textColor: string | null
  textAlign: 'LEFT' | 'CENTER' | 'RIGHT' | 'JUSTIFIED' | null
  /** TEXT nodes: 'WIDTH_AND_HEIGHT' (one line per paragraph), 'HEIGHT' (wraps at the width), … or null. */
  textAutoResize: string | null
  /** `#RRGGBB` of solid fills / strokes, first is painted first. */
  fills: string[]
  strokes: string[]
  strokeWeight: number
  locked: boolean
  visible: boolean
  shapeType: string | null
  connector: { start: ConnectorEnd; end: ConnectorEnd; lineType: string } | null
  stuckTo: string | null
  stampKind: string | null
  pluginData: Record<string, string>
  relaunchData: Record<string, string>
  authorName: string | null
}

/** Where nodes sit in the page's paint order (pre-order, back to front), asked of the board as it is now. */
export interface PaintOrder {
  /** The ids in paint order; ids no longer on the page are left out. */
  sort(ids: readonly string[]): string[]
  /** The node painted right after `id` (its first child, else the next after it in its parent, ...), or null. */
  next(id: string): string | null
}

/** The transform of a `width` × `height` rectangle rotated by `rotation` degrees whose bounding box is `box`. */
export function transformFromBox(box: Box, width: number, height: number, rotation: number): Matrix {
  const radians = (rotation * Math.PI) / 180
  const cos = Math.cos(radians)
  const sin = Math.sin(radians)
  const xs = [0, width * cos, height * sin, width * cos + height * sin]
  const ys = [0, -width * sin, height * cos, -width * sin + height * cos]
  return [
    [cos, sin, box.x - Math.min(...xs)],
    [-sin, cos, box.y - Math.min(...ys)]
  ]
}

/** Where a local point of a node lands on the page. */
export function apply(m: Matrix, x: number, y: number): Point {
  return { x: m[0][0] * x + m[0][1] * y + m[0][2], y: m[1][0] * x + m[1][1] * y + m[1][2] }
}

/** The SVG `matrix(a b c d e f)` for a Figma transform. */
export function svgMatrix(m: Matrix): string {
  const n = (v: number) => Number(v.toFixed(6))
  return `matrix(${n(m[0][0])} ${n(m[1][0])} ${n(m[0][1])} ${n(m[1][1])} ${n(m[0][2])} ${n(m[1][2])})`
}

export function centreOf(box: Box): Point {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
}

export function containsPoint(box: Box, p: Point): boolean {
  return p.x >= box.x && p.x <= box.x + box.width && p.y >= box.y && p.y <= box.y + box.height
}
