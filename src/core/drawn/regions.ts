/**
 * Zone regions of a drawn canvas, from its stored definition and the drawing as it is now (moved, resized and
 * re-labelled drawings are read afresh), and the zone of a point.
 *
 * - `sector`: a shape holding the labels of two or three zones of one side is split around its centre. Each
 *   label's angle is an anchor; the edge between two neighbouring anchors is a divider line drawn from (or
 *   through) the centre between them, the one nearest the middle, else the angle halfway between them.
 * - `box`: a shape holding one zone's label (a grid cell, a nested section) is that zone.
 * - `nearest`: a label standing in no shape of its own claims the points of the drawing nearest to it.
 * - A sector shape cut by lines that do not all meet at its centre (a rectangle split into three bands or
 *   columns, a T, a circle split from a point off its centre) is split into cells instead: a point belongs to the
 *   label it can see without crossing a line.
 * A point inside several region shapes belongs to the smallest; nearest-label zones take only what no region
 * shape holds.
 */
import { angleOf, areaOf, centreOf, grow, insideEllipse, insideRect, normaliseAngle } from '../geometry'
import type { Point, Rect, ZoneKey } from '../types'
import { ZONE_KEYS } from '../types'
import { definitionNodeIds } from './definition'
import type { CellLabel, DrawingRoot, DrawnCanvasDef, DrawnZones, Outline, Turn, ZoneRegion } from './types'

/**
 * A point seen in a turned shape's own frame, and the shape's own box there (the same centre as its bounding box
 * `box`): a turned square holds a point when the untilted point is in the untilted box. No turn: both as given.
 */
export function untilted(point: Point, box: Rect, turn?: Turn): { point: Point; box: Rect } {
  if (!turn) return { point, box }
  const c = centreOf(box)
  const radians = (turn.angle * Math.PI) / 180
  const cos = Math.cos(radians)
  const sin = Math.sin(radians)
  const dx = point.x - c.x
  const dy = point.y - c.y
  // The shape's x axis points along (cos, -sin) on the page (y down) and its y axis along (sin, cos).
  return {
    point: { x: c.x + dx * cos - dy * sin, y: c.y + dx * sin + dy * cos },
    box: { x: c.x - turn.width / 2, y: c.y - turn.height / 2, width: turn.width, height: turn.height }
  }
}

/** Whether `point` is inside a region shape (edges and rim included), turned as drawn. */
export function insideOutline(point: Point, box: Rect, outline: Outline, turn?: Turn): boolean {
  const own = untilted(point, box, turn)
  return outline === 'ellipse' ? insideEllipse(own.point, own.box) : insideRect(own.point, own.box)
}

/** The area a shape covers: its own box's, not the bounding box around it when it is turned. */
export function shapeArea(box: Rect, turn?: Turn): number {
  return turn ? turn.width * turn.height : areaOf(box)
}

/** Counter-clockwise distance from angle `a` to angle `b`, in [0, 360). */
export function arc(a: number, b: number): number {
  return normaliseAngle(b - a)
}

/** Whether `angle` is in the half-open arc [from, to), wrapping through 0; from == to is the full turn. */
export function inArc(angle: number, from: number, to: number): boolean {
  if (from === to) return true
  return arc(from, angle) < arc(from, to)
}

/** A divider line counts for a shape when it starts at (or passes through) the centre within this share of the radius. */
const CENTRE_TOLERANCE = 0.15
/** ... and reaches at least this share of the radius away from the centre. */
const MIN_REACH = 0.3

function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x
  const dy = b.y - a.y
  const length2 = dx * dx + dy * dy
  const s = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2))
  return Math.hypot(p.x - (a.x + s * dx), p.y - (a.y + s * dy))
}

function grown(box: Rect, share: number): Rect {
  const dx = box.width * share
  const dy = box.height * share
  return { x: box.x - dx, y: box.y - dy, width: box.width + 2 * dx, height: box.height + 2 * dy }
}

type Segment = readonly [Point, Point]

/** The lines with both ends in the neighbourhood of `shape`: the lines that may split it. */
export function linesNear(shape: Rect, lines: ReadonlyArray<Segment>): Segment[] {
  const near = grown(shape, 0.1)
  return lines.filter(([a, b]) => insideRect(a, near) && insideRect(b, near))
}

/** Whether a line starts at, ends at or passes through the centre of `shape` (within the tolerance). */
function throughCentre(shape: Rect, [a, b]: Segment): boolean {
  const radius = Math.min(shape.width, shape.height) / 2
  return distanceToSegment(centreOf(shape), a, b) <= radius * CENTRE_TOLERANCE
}

/**
 * Directions (degrees) in which divider lines leave the centre of `shape`: a line from the centre gives one, a
 * line through it two. Lines that miss the centre or leave the shape's neighbourhood give none.
 */
export function dividerRays(shape: Rect, lines: ReadonlyArray<Segment>): number[] {
  const centre = centreOf(shape)
  const radius = Math.min(shape.width, shape.height) / 2
  const rays: number[] = []
  for (const line of linesNear(shape, lines)) {
    if (!throughCentre(shape, line)) continue
    for (const end of line) {
      if (Math.hypot(end.x - centre.x, end.y - centre.y) >= radius * MIN_REACH)
        rays.push(angleOf(end, centre))
    }
  }
  return rays
}

/** Whether the lines near `shape` split it into cells rather than sectors: one of them misses its centre. */
export function cutsIntoCells(shape: Rect, lines: ReadonlyArray<Segment>): boolean {
  return linesNear(shape, lines).some((line) => !throughCentre(shape, line))
}

/** Cell walls reach this share of the shape's smaller side past a line's ends: drawn lines often stop short. */
const WALL_REACH = 0.05

function cross(a: Point, b: Point, c: Point): number {
  return (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x)
}

/** Whether segments p-q and a-b cross (each one's ends strictly on both sides of the other; touching is not). */
export function segmentsCross(p: Point, q: Point, a: Point, b: Point): boolean {
  const d1 = cross(a, b, p)
  const d2 = cross(a, b, q)
  const d3 = cross(p, q, a)
  const d4 = cross(p, q, b)
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))
}

/** The walls cutting `shape`: the lines near it, each lengthened by `WALL_REACH` at both ends. */
export function wallsOf(shape: Rect, lines: ReadonlyArray<Segment>): Array<[Point, Point]> {
  const reach = Math.min(shape.width, shape.height) * WALL_REACH
  return linesNear(shape, lines).map(([a, b]) => {
    const length = Math.hypot(b.x - a.x, b.y - a.y)
    if (length === 0) return [a, b]
    const ux = ((b.x - a.x) / length) * reach
    const uy = ((b.y - a.y) / length) * reach
    return [
      { x: a.x - ux, y: a.y - uy },
      { x: b.x + ux, y: b.y + uy }
    ]
  })
}

/** The zone of a point in a cut shape: the nearest label it sees past no wall, or null when it sees none. */
export function cellZone(
  point: Point,
  labels: readonly CellLabel[],
  walls: ReadonlyArray<Segment>
): ZoneKey | null {
  let best: { zone: ZoneKey; distance: number } | null = null
  for (const label of labels) {
    if (walls.some(([a, b]) => segmentsCross(point, label.at, a, b))) continue
    const distance = Math.hypot(point.x - label.at.x, point.y - label.at.y)
    if (!best || distance < best.distance) best = { zone: label.zone, distance }
  }
  return best ? best.zone : null
}

export interface Anchor {
  /** null: the zone whose label is gone; its anchor still bounds its neighbours. */
  zone: ZoneKey | null
  angle: number
}

/**
 * Splits the full turn among anchors: each gets [edge before, edge after), the edges being the divider rays
 * between neighbouring anchors (nearest the middle) or the angle halfway between them. Anchors are ordered by
 * angle; equal angles keep their given order.
 */
export function sectorsFor(
  anchors: readonly Anchor[],
  rays: readonly number[]
): Array<{ zone: ZoneKey | null; from: number; to: number }> {
  const sorted = anchors
    .map((anchor, index) => ({ ...anchor, angle: normaliseAngle(anchor.angle), index }))
    .sort((a, b) => a.angle - b.angle || a.index - b.index)
  const n = sorted.length
  if (n === 0) return []
  const only = sorted[0]
  if (n === 1 && only) return [{ zone: only.zone, from: 0, to: 0 }]
  const edges: number[] = []
  for (let i = 0; i < n; i++) {
    const here = sorted[i] as Anchor
    const next = sorted[(i + 1) % n] as Anchor
    const gap = arc(here.angle, next.angle) || 360
    let edge = normaliseAngle(here.angle + gap / 2)
    let best = Infinity
    for (const ray of rays) {
      const offset = arc(here.angle, ray)
      if (offset <= 0 || offset >= gap) continue
      const fromMiddle = Math.abs(offset - gap / 2)
      if (fromMiddle < best) {
        best = fromMiddle
        edge = normaliseAngle(ray)
      }
    }
    edges.push(edge)
  }
  return sorted.map((anchor, i) => ({
    zone: anchor.zone,
    from: edges[(i + n - 1) % n] as number,
    to: edges[i] as number
  }))
}

/** One node of a drawing as it is now. */
export interface NodeReading {
  box: Rect
  outline: Outline | null
  turn?: Turn
  ends: [Point, Point] | null
}

/** What the adapter read of a definition's nodes now; a node missing from `nodes` was deleted. */
export interface DrawnReading {
  nodes: ReadonlyMap<string, NodeReading>
  /** The drawing's box now: the section's or group's, else the union of its nodes' boxes. */
  area: Rect
}

/** The box around boxes, or null for none. */
export function boxAround(boxes: readonly Rect[]): Rect | null {
  if (boxes.length === 0) return null
  let x0 = Infinity
  let y0 = Infinity
  let x1 = -Infinity
  let y1 = -Infinity
  for (const b of boxes) {
    x0 = Math.min(x0, b.x)
    y0 = Math.min(y0, b.y)
    x1 = Math.max(x1, b.x + b.width)
    y1 = Math.max(y1, b.y + b.height)
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 }
}

/**
 * How far a drawing that shares its section (or group) with something else reaches around its labels and shapes:
 * this share of its larger side. Stickies there but in no zone are its unplaced ones; beyond, they are not its.
 */
export const DRAWING_MARGIN = 0.1
/**
 * A drawing made of labels only (every zone its nearest label's) reaches this share of its labels' larger side
 * around them: its stickies sit under and beside its headers, not on them.
 */
export const LABELS_MARGIN = 0.5

/**
 * How far a drawing sharing its root reaches: labels-only drawings further than drawings with shapes, a drawing
 * mixing both as far as it was adopted with (`DrawnCanvasDef.margin`).
 */
export function drawingMargin(definition: Pick<DrawnCanvasDef, 'zones' | 'margin'>): number {
  if (definition.margin !== undefined) return definition.margin
  return ZONE_KEYS.every((zone) => definition.zones[zone].mode === 'nearest') ? LABELS_MARGIN : DRAWING_MARGIN
}

/** Whether some zone of a drawing reaches to its nearest label (it stands in no shape of its own). */
export function reachesByLabels(definition: Pick<DrawnCanvasDef, 'zones'>): boolean {
  return ZONE_KEYS.some((zone) => definition.zones[zone].mode === 'nearest')
}

/**
 * The margin of a drawing mixing labelled shapes and loose labels: its loose labels' zones reach half those
 * labels' spread (as a labels-only drawing's do), its shapes `DRAWING_MARGIN`; as one share of the whole
 * drawing's larger side, the larger of the two.
 */
export function mixedMargin(all: readonly Rect[], loose: readonly Rect[]): number {
  const whole = boxAround(all)
  const spread = boxAround(loose)
  if (!whole || !spread) return DRAWING_MARGIN
  const side = Math.max(whole.width, whole.height)
  if (side <= 0) return DRAWING_MARGIN
  return Math.min(1, Math.max(DRAWING_MARGIN, (LABELS_MARGIN * Math.max(spread.width, spread.height)) / side))
}

/** The box around a drawing's own nodes, grown by `margin` (a share of its larger side). */
export function drawingReach(boxes: readonly Rect[], margin = DRAWING_MARGIN): Rect | null {
  const around = boxAround(boxes)
  return around ? grow(around, Math.max(around.width, around.height) * margin) : null
}

/**
 * The drawing's box now, from its definition's `nodes` (their boxes now, `boxes`) and its root's box: loose nodes
 * are the box around them (grown by `margin` when `byLabels`: zones reach to their labels); a section or group whose definition lists nodes (it holds something else too, a BMC,
 * notes) is the box around them grown by `DRAWING_MARGIN`, within the root; otherwise the root's box.
 */
export function drawingArea(
  root: DrawingRoot,
  boxes: readonly Rect[],
  rootBox: Rect | null,
  margin = DRAWING_MARGIN,
  byLabels = false
): Rect | null {
  // Loose nodes: the box around them; a drawing with zones reaching to their labels (headers over columns of
  // stickies, selected without a section around them) reaches as far as in a section, or its stickies under the
  // headers would lie outside it.
  if (root === 'nodes') return byLabels ? drawingReach(boxes, margin) : boxAround(boxes)
  const reach = drawingReach(boxes, margin)
  if (!reach || !rootBox) return rootBox ?? reach
  const x0 = Math.max(reach.x, rootBox.x)
  const y0 = Math.max(reach.y, rootBox.y)
  const x1 = Math.min(reach.x + reach.width, rootBox.x + rootBox.width)
  const y1 = Math.min(reach.y + reach.height, rootBox.y + rootBox.height)
  // The drawing moved out of its root: its own reach.
  return x1 > x0 && y1 > y0 ? { x: x0, y: y0, width: x1 - x0, height: y1 - y0 } : reach
}

/** How thin a spread of labels is a row: its narrow spread (standard deviation) under this share of its long one. */
const ROW_SHARE = 0.2

/** Whether label points stand in a row or a column (any direction): nearly on one line. */
export function inARow(points: readonly Point[]): boolean {
  const n = points.length
  if (n < 2) return false
  const mx = points.reduce((sum, p) => sum + p.x, 0) / n
  const my = points.reduce((sum, p) => sum + p.y, 0) / n
  let xx = 0
  let yy = 0
  let xy = 0
  for (const at of points) {
    xx += (at.x - mx) ** 2
    yy += (at.y - my) ** 2
    xy += (at.x - mx) * (at.y - my)
  }
  // The eigenvalues of the spread's covariance: its long and narrow axes.
  const half = (xx + yy) / 2
  const root = Math.sqrt(((xx - yy) / 2) ** 2 + xy * xy)
  const long = half + root
  const narrow = Math.max(half - root, 0)
  return long > 0 && Math.sqrt(narrow / long) < ROW_SHARE
}

/**
 * The long axis of a spread of points (a unit vector): the eigenvector of its covariance's larger eigenvalue.
 */
function longAxis(points: readonly Point[]): Point {
  const n = points.length
  const mx = points.reduce((sum, p) => sum + p.x, 0) / n
  const my = points.reduce((sum, p) => sum + p.y, 0) / n
  let xx = 0
  let yy = 0
  let xy = 0
  for (const p of points) {
    xx += (p.x - mx) ** 2
    yy += (p.y - my) ** 2
    xy += (p.x - mx) * (p.y - my)
  }
  const angle = Math.atan2(2 * xy, xx - yy) / 2
  return { x: Math.cos(angle), y: Math.sin(angle) }
}

/**
 * The walls between strips of a shape whose labels stand in a row: strips of the shape along the row, each
 * starting as far before its label as the first label stands from the shape's edge (headers centred over their
 * columns, or at the top of their bands), so a wall stands between each two neighbouring labels.
 */
export function rowWalls(shape: Rect, points: readonly Point[]): Array<[Point, Point]> {
  const axis = longAxis(points)
  const along = (p: Point): number => p.x * axis.x + p.y * axis.y
  const positions = points.map(along).sort((a, b) => a - b)
  const corners = [
    { x: shape.x, y: shape.y },
    { x: shape.x + shape.width, y: shape.y },
    { x: shape.x, y: shape.y + shape.height },
    { x: shape.x + shape.width, y: shape.y + shape.height }
  ].map(along)
  const first = positions[0] as number
  const lead = Math.max(first - Math.min(...corners), 0)
  const c = centreOf(shape)
  const across = { x: -axis.y, y: axis.x }
  const span = shape.width + shape.height
  const walls: Array<[Point, Point]> = []
  for (let i = 1; i < positions.length; i++) {
    const before = positions[i - 1] as number
    const here = positions[i] as number
    // Never past either label: with uneven strips the wall stands between them.
    const at = Math.min(Math.max(here - lead, before + (here - before) * 0.1), here - (here - before) * 0.1)
    const shift = at - along(c)
    const foot = { x: c.x + axis.x * shift, y: c.y + axis.y * shift }
    walls.push([
      { x: foot.x - across.x * span, y: foot.y - across.y * span },
      { x: foot.x + across.x * span, y: foot.y + across.y * span }
    ])
  }
  return walls
}

/**
 * Where the deleted labels of a row stood: on the line through the labels still there (two or more), where the
 * direction each was seen in from the shape's centre when adopted crosses it, inside the shape. null when one of
 * them cannot be placed so (the line runs along its direction, or the crossing lies outside the shape).
 */
export function deletedInRow(shape: Rect, alive: readonly Point[], angles: readonly number[]): Point[] | null {
  if (alive.length < 2) return null
  const axis = longAxis(alive)
  const mx = alive.reduce((sum, p) => sum + p.x, 0) / alive.length
  const my = alive.reduce((sum, p) => sum + p.y, 0) / alive.length
  const c = centreOf(shape)
  const near = grown(shape, 0.05)
  const points: Point[] = []
  for (const angle of angles) {
    const radians = (angle * Math.PI) / 180
    const dir = { x: Math.cos(radians), y: -Math.sin(radians) }
    const denominator = dir.x * axis.y - dir.y * axis.x
    if (Math.abs(denominator) < 1e-6) return null
    const s = ((mx - c.x) * axis.y - (my - c.y) * axis.x) / denominator
    const point = { x: c.x + s * dir.x, y: c.y + s * dir.y }
    if (s <= 0 || !insideRect(point, near)) return null
    points.push(point)
  }
  return points
}

/** The regions of an adopted canvas as the drawing stands now. */
export function resolveDrawnZones(definition: DrawnCanvasDef, reading: DrawnReading): DrawnZones {
  const regions: ZoneRegion[] = []
  const lost: ZoneKey[] = []
  const labelIds: string[] = []
  const lines: Array<[Point, Point]> = []
  for (const id of definition.dividers) {
    const ends = reading.nodes.get(id)?.ends
    if (ends) lines.push(ends)
  }
  const sectorShapes = new Map<string, { anchors: Anchor[]; labels: CellLabel[] }>()
  for (const zone of ZONE_KEYS) {
    const def = definition.zones[zone]
    labelIds.push(def.label)
    const label = reading.nodes.get(def.label)
    const region = def.region === null ? null : (reading.nodes.get(def.region) ?? null)
    const alive = label !== undefined && (def.mode === 'nearest' || region !== null)
    if (!alive) lost.push(zone)
    if (def.mode === 'nearest') {
      if (label) regions.push({ zone, mode: 'nearest', anchor: centreOf(label.box) })
    } else if (def.mode === 'box') {
      if (region)
        regions.push({
          zone: alive ? zone : null,
          mode: 'box',
          shape: region.box,
          outline: region.outline ?? 'rect',
          ...(region.turn ? { turn: region.turn } : {})
        })
    } else if (region && def.region !== null) {
      const angle = label ? angleOf(centreOf(label.box), centreOf(region.box)) : def.angle
      if (angle === null) continue
      const split = sectorShapes.get(def.region) ?? { anchors: [], labels: [] }
      split.anchors.push({ zone: alive ? zone : null, angle })
      if (alive && label) split.labels.push({ zone, at: centreOf(label.box) })
      sectorShapes.set(def.region, split)
    }
  }
  sectorShapes.forEach(({ anchors, labels }, id) => {
    const shape = reading.nodes.get(id)
    if (!shape) return
    const outline = shape.outline ?? 'rect'
    const turn = shape.turn ? { turn: shape.turn } : {}
    if (cutsIntoCells(shape.box, lines)) {
      regions.push({
        zone: null,
        mode: 'cells',
        shape: shape.box,
        outline,
        ...turn,
        labels,
        walls: wallsOf(shape.box, lines)
      })
      return
    }
    const rays = dividerRays(shape.box, lines)
    // Three labels in a row (headers along a section's top, down its side) and no lines: columns or bands, each
    // label's the part of the shape nearest it, not sectors around the centre (a middle column's foot would be
    // split between its neighbours). A deleted header's column stays where it was, nobody's: its place is found
    // again on the row of the others.
    const at = labels.map((label) => label.at)
    if (rays.length === 0 && anchors.length >= 3 && labels.length >= 2) {
      const wasRow = definition.rows === undefined || definition.rows.includes(id)
      const dead = anchors.filter((anchor) => anchor.zone === null).map((anchor) => anchor.angle)
      const gone = dead.length === 0 ? [] : wasRow ? deletedInRow(shape.box, at, dead) : null
      const row = gone ? [...at, ...gone] : null
      if (row && inARow(row)) {
        regions.push({ zone: null, mode: 'cells', shape: shape.box, outline, ...turn, labels, walls: rowWalls(shape.box, row) })
        return
      }
    }
    for (const sector of sectorsFor(anchors, rays)) {
      regions.push({ ...sector, mode: 'sector', shape: shape.box, outline, ...turn })
    }
  })
  return { regions, lost, labelIds, partIds: definitionNodeIds(definition), area: reading.area }
}

/**
 * The zone of a drawn canvas holding `point`, or null (unplaced). The smallest region shape holding the point
 * decides (a deleted label's area stays nobody's); otherwise, inside the drawing, the nearest label standing in
 * no shape of its own.
 */
export function zoneInDrawing(point: Point, drawn: DrawnZones): ZoneKey | null {
  let best: { zone: ZoneKey | null; area: number } | null = null
  let nearest: { zone: ZoneKey; distance: number } | null = null
  for (const region of drawn.regions) {
    if (region.mode === 'nearest') {
      const distance = Math.hypot(point.x - region.anchor.x, point.y - region.anchor.y)
      if (!nearest || distance < nearest.distance) nearest = { zone: region.zone, distance }
      continue
    }
    if (!insideOutline(point, region.shape, region.outline, region.turn)) continue
    if (region.mode === 'sector' && !inArc(angleOf(point, centreOf(region.shape)), region.from, region.to))
      continue
    const area = shapeArea(region.shape, region.turn)
    if (best && area >= best.area) continue
    best = { zone: region.mode === 'cells' ? cellZone(point, region.labels, region.walls) : region.zone, area }
  }
  if (best) return best.zone
  if (nearest && insideRect(point, drawn.area)) return nearest.zone
  return null
}
