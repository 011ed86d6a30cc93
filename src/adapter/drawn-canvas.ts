import { DRAWING_MAX_NODES } from '../../contract/limits'
/**
 * Canvases people drew, as the plugin API shows them: reading a selection into the plain drawing the core
 * recognises, and reading back every adopted canvas (a node with shared plugin data `vpcfit` / `drawn`) with its
 * zones decided from the drawing as it is now. Reads only; the adopt command writes.
 */
import { definitionNodeIds, parseDrawnDef } from '../core/drawn/definition'
import type { NodeReading } from '../core/drawn/regions'
import { drawingArea, drawingMargin, drawingReach, reachesByLabels, resolveDrawnZones } from '../core/drawn/regions'
import { insideRect, touchesRect } from '../core/geometry'
import { zoneMapOf } from '../core/drawn/zone-map'
import type { DrawingInput, DrawnCanvasDef, DrawnNode, DrawnZones, Outline, Turn, UnreadCounts } from '../core/drawn/types'
import type { CanvasSnapshot, Point, Rect } from '../core/types'
import { CANVAS_SCHEMA } from '../core/types'
import { serializeDrawnDef } from '../core/drawn/definition'
import type { StorageEntry } from '../core/report-storage'
import type { Locale } from '../core/types'
import { DATA_KEYS, evidenceOf, getData, readChecks, readLastCheck, readRejected, setData, SHARED_NAMESPACE } from './plugin-data'
import { setRelaunchButtons } from './relaunch'
import { writeStoredReport } from './stored-report'

/** The shared plugin data key holding an adopted canvas's definition (namespace `vpcfit`). */
export const DRAWN_KEY = DATA_KEYS.drawn

/**
 * Node types a drawing is made of; anything else (stamps, widgets, pictures…) plays no part in it. Besides
 * FigJam's own, a canvas copied from Figma Design or a template brings frames (read as sections: the two halves
 * in frames named "Value map" and "Customer profile"), rectangles and ellipses (read as shapes without text) and
 * vectors (a straight one, a marker line across the circle, is read as a line).
 */
const DRAWING_TYPES = [
  'TEXT',
  'STICKY',
  'SHAPE_WITH_TEXT',
  'SECTION',
  'LINE',
  'CONNECTOR',
  'FRAME',
  'RECTANGLE',
  'ELLIPSE',
  'VECTOR'
] as const
type DrawingType = (typeof DRAWING_TYPES)[number]
type DrawingSceneNode = Extract<SceneNode, { type: DrawingType }>

function plainBox(box: Rect): Rect {
  return { x: box.x, y: box.y, width: box.width, height: box.height }
}

/** The page-absolute origin of a node's parent coordinate space (sections have their own; groups do not). */
function parentOrigin(node: SceneNode): Point {
  const parent = node.parent
  if (parent && (parent.type === 'SECTION' || parent.type === 'FRAME')) {
    const t = parent.absoluteTransform
    return { x: t[0][2], y: t[1][2] }
  }
  return { x: 0, y: 0 }
}

/** Both ends of a line, page-absolute: it starts at its transform's origin and runs `width` along its x axis. */
function lineEnds(node: LineNode): [Point, Point] {
  const t = node.absoluteTransform
  const length = node.width
  const start = { x: t[0][2], y: t[1][2] }
  return [start, { x: start.x + t[0][0] * length, y: start.y + t[1][0] * length }]
}

/** The drawing's nodes by id, for a connector's ends attached to one of them. */
export type PartLookup = (id: string) => DrawingSceneNode | undefined

/** Where a magnet sits on a node's box (AUTO faces the other end, which is not known here: no point). */
function magnetPoint(box: Rect, magnet: ConnectorEndpointEndpointNodeIdAndMagnet['magnet']): Point | null {
  const cx = box.x + box.width / 2
  const cy = box.y + box.height / 2
  switch (magnet) {
    case 'CENTER':
    case 'NONE':
      return { x: cx, y: cy }
    case 'TOP':
      return { x: cx, y: box.y }
    case 'BOTTOM':
      return { x: cx, y: box.y + box.height }
    case 'LEFT':
      return { x: box.x, y: cy }
    case 'RIGHT':
      return { x: box.x + box.width, y: cy }
    default:
      return null
  }
}

/**
 * One end of a connector people drew as a line, page-absolute, and the node it is attached to: free (a position
 * in its parent's space), or attached to a shape, section or text of the drawing (FigJam attaches a connector
 * drawn from inside a shape to it: at a point of the shape, or at a magnet). Attached to a sticky, or to a node
 * outside the drawing: null, it is no line.
 */
function connectorEnd(
  end: ConnectorEndpoint,
  origin: Point,
  lookup: PartLookup
): { point: Point; attached: string | null } | null {
  if (!('endpointNodeId' in end)) return { point: { x: origin.x + end.position.x, y: origin.y + end.position.y }, attached: null }
  const id = end.endpointNodeId
  const target = lookup(id)
  if (!target || target.type === 'STICKY') return null
  if ('position' in end) {
    const t = target.absoluteTransform
    const { x, y } = end.position
    return { point: { x: t[0][0] * x + t[0][1] * y + t[0][2], y: t[1][0] * x + t[1][1] * y + t[1][2] }, attached: id }
  }
  const box = target.absoluteBoundingBox
  const point = box ? magnetPoint(box, end.magnet) : null
  return point ? { point, attached: id } : null
}

/** A connector that joins no sticky is a line people drew: its two ends and the drawing's nodes it is attached to. */
function connectorEnds(node: ConnectorNode, lookup: PartLookup): { ends: [Point, Point]; attached: string[] } | null {
  const origin = parentOrigin(node)
  const start = connectorEnd(node.connectorStart, origin, lookup)
  const end = start ? connectorEnd(node.connectorEnd, origin, lookup) : null
  if (!start || !end) return null
  const attached: string[] = []
  for (const id of [start.attached, end.attached]) if (id !== null && !attached.includes(id)) attached.push(id)
  return { ends: [start.point, end.point], attached }
}

/** How far from an axis a shape's transform may point and still count as not turned (float noise). */
const TURN_EPSILON = 1e-6

/**
 * A shape's box and, when it is turned, its own geometry: its absolute transform says whether it is (a turned or
 * flipped shape's x axis is not the page's); only then are its width and height read, and its bounding box is the
 * box around its four corners. An unturned shape costs its transform and its bounding box.
 */
function shapeGeometry(node: ShapeWithTextNode | RectangleNode | EllipseNode): { box: Rect | null; turn: Turn | null } {
  const t = node.absoluteTransform
  const [[m00, m01, m02], [m10, m11, m12]] = t
  if (Math.abs(m10) <= TURN_EPSILON && Math.abs(m01) <= TURN_EPSILON && m00 > 0 && m11 > 0)
    return { box: node.absoluteBoundingBox, turn: null }
  const width = node.width
  const height = node.height
  const corners = [
    [0, 0],
    [width, 0],
    [0, height],
    [width, height]
  ].map(([u = 0, v = 0]) => ({ x: m00 * u + m01 * v + m02, y: m10 * u + m11 * v + m12 }))
  const xs = corners.map((p) => p.x)
  const ys = corners.map((p) => p.y)
  const x = Math.min(...xs)
  const y = Math.min(...ys)
  const box = { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y }
  return { box, turn: { angle: (Math.atan2(-m10, m00) * 180) / Math.PI, width, height } }
}

function outlineOf(node: ShapeWithTextNode): Outline {
  return node.shapeType === 'ELLIPSE' ? 'ellipse' : 'rect'
}

/** How far a vector's points may stray from the line between its ends, as a share of its length, to be a line. */
const STRAIGHT_SHARE = 0.06

/**
 * A vector drawn as a straight stroke (a marker line, a line pasted from Figma Design): its two ends,
 * page-absolute, or null when it bends (a curve, a closed outline, a scribble). The ends are the points farthest
 * apart (found in two passes); every other point must lie near the line between them.
 */
function vectorEnds(node: VectorNode): [Point, Point] | null {
  const vertices = node.vectorNetwork.vertices
  if (vertices.length < 2) return null
  const t = node.absoluteTransform
  const points = vertices.map((v) => ({
    x: t[0][0] * v.x + t[0][1] * v.y + t[0][2],
    y: t[1][0] * v.x + t[1][1] * v.y + t[1][2]
  }))
  const farthestFrom = (from: Point): Point => {
    let best = from
    let distance = -1
    for (const p of points) {
      const d = Math.hypot(p.x - from.x, p.y - from.y)
      if (d > distance) {
        distance = d
        best = p
      }
    }
    return best
  }
  const a = farthestFrom(points[0] as Point)
  const b = farthestFrom(a)
  const length = Math.hypot(b.x - a.x, b.y - a.y)
  if (length === 0) return null
  const off = (p: Point): number => Math.abs((b.x - a.x) * (a.y - p.y) - (a.x - p.x) * (b.y - a.y)) / length
  return points.every((p) => off(p) <= length * STRAIGHT_SHARE) ? [a, b] : null
}

/** Whether a rectangle shows a picture (an image fill): a template's background, no region. */
function isPicture(node: RectangleNode): boolean {
  const fills = node.fills
  return Array.isArray(fills) && (fills as readonly Paint[]).some((paint) => paint.type === 'IMAGE')
}

/**
 * One node as the core reads a drawing; null for nodes that play no part (a connector between stickies).
 * `lookup` finds the drawing's nodes a connector is attached to.
 */
export function readDrawnNode(
  node: DrawingSceneNode,
  withRole: boolean,
  lookup: PartLookup = () => undefined
): DrawnNode | null {
  // The type is read once: every other read depends on it.
  const { type } = node
  if (type === 'RECTANGLE' && isPicture(node)) return null
  const geometry =
    type === 'SHAPE_WITH_TEXT' || type === 'RECTANGLE' || type === 'ELLIPSE' ? shapeGeometry(node) : null
  const box = geometry ? geometry.box : node.absoluteBoundingBox
  if (!box) return null
  const base = {
    id: node.id,
    box: plainBox(box),
    pluginRole: withRole ? getData(node, DATA_KEYS.role) || null : null
  }
  switch (type) {
    case 'TEXT':
      return { ...base, kind: 'text', text: node.characters, outline: null, ends: null }
    case 'STICKY':
      return { ...base, kind: 'sticky', text: node.text.characters, outline: null, ends: null }
    case 'SHAPE_WITH_TEXT': {
      const text = node.text.characters
      return {
        ...base,
        kind: 'shape',
        text: text.trim() === '' ? node.name : text,
        outline: outlineOf(node),
        ...(geometry?.turn ? { turn: geometry.turn } : {}),
        ends: null
      }
    }
    case 'SECTION':
    case 'FRAME':
      return { ...base, kind: 'section', text: node.name, outline: 'rect', ends: null }
    case 'RECTANGLE':
    case 'ELLIPSE':
      return {
        ...base,
        kind: 'shape',
        text: '',
        outline: type === 'ELLIPSE' ? 'ellipse' : 'rect',
        ...(geometry?.turn ? { turn: geometry.turn } : {}),
        ends: null
      }
    case 'VECTOR': {
      const ends = vectorEnds(node)
      return ends ? { ...base, kind: 'line', text: '', outline: null, ends } : null
    }
    case 'LINE':
      return { ...base, kind: 'line', text: '', outline: null, ends: lineEnds(node) }
    case 'CONNECTOR': {
      const line = connectorEnds(node, lookup)
      if (!line) return null
      return {
        ...base,
        kind: 'line',
        text: '',
        outline: null,
        ends: line.ends,
        ...(line.attached.length > 0 ? { attached: line.attached } : {})
      }
    }
  }
}

function isDrawingNode(node: SceneNode): node is DrawingSceneNode {
  return (DRAWING_TYPES as readonly string[]).includes(node.type)
}

/** The node types that hold a drawing's parts: sections, groups and frames (a canvas pasted from Figma Design). */
const CONTAINER_TYPES: ReadonlySet<string> = new Set(['SECTION', 'GROUP', 'FRAME'])

/** Whether a node can hold a drawing (its type read once). */
function isContainer(node: BaseNode): node is SectionNode | GroupNode | FrameNode {
  return CONTAINER_TYPES.has(node.type)
}

/** Nodes under a container (section, group, frame) of the types a drawing is made of. */
function drawingNodesIn(container: SectionNode | GroupNode | FrameNode): DrawingSceneNode[] {
  return container.findAllWithCriteria({ types: [...DRAWING_TYPES] })
}

/** The types of a drawing's parts but stickies: a drawn canvas's stickies are its content, and there are many. */
const PART_TYPES = DRAWING_TYPES.filter((type) => type !== 'STICKY')
/**
 * The types that are something else when they lie beyond a drawing's reach in its section or group (a BMC's blocks,
 * a notes corner's texts, another diagram); lines and stickies are not (a sticky parked far off is an unplaced one).
 */
const OTHER_TYPES = ['SHAPE_WITH_TEXT', 'TEXT', 'SECTION', 'FRAME', 'RECTANGLE', 'ELLIPSE'] as const
/** The types only a divider is: read only for drawings with dividers. */
const LINE_TYPES = ['LINE', 'CONNECTOR', 'VECTOR'] as const

/** Whether a drawing in a section or group that held only it when adopted is watched for something else since. */
export function watchesRoot(definition: DrawnCanvasDef): boolean {
  if (definition.root === 'nodes' || definition.nodes.length > 0) return false
  const nearest = Object.values(definition.zones).filter((zone) => zone.mode === 'nearest').length
  return nearest === 0 || nearest === Object.keys(definition.zones).length
}

/**
 * The nodes of an adopted drawing under `root` (a section, a group, the page), as id and node: every part but
 * stickies first; the stickies only when a part is still missing (a header sticky, or a deleted part), so reading
 * the drawing costs its own nodes, not the stickies people put on it.
 */
function partsUnder(
  root: SectionNode | GroupNode | FrameNode | PageNode,
  wanted: ReadonlySet<string>,
  others?: DrawingSceneNode[]
): Map<string, DrawingSceneNode> {
  const parts = new Map<string, DrawingSceneNode>()
  const take = (nodes: readonly DrawingSceneNode[], rest?: DrawingSceneNode[]): void => {
    for (const node of nodes) {
      const id = node.id
      if (wanted.has(id)) parts.set(id, node)
      else if (rest) rest.push(node)
    }
  }
  if (others) {
    // Shapes, texts and sections apart from lines, so the other ones are known without reading their types.
    take(root.findAllWithCriteria({ types: [...OTHER_TYPES] }), others)
    if (parts.size < wanted.size) take(root.findAllWithCriteria({ types: [...LINE_TYPES] }))
  } else take(root.findAllWithCriteria({ types: [...PART_TYPES] }))
  if (parts.size < wanted.size) take(root.findAllWithCriteria({ types: ['STICKY'] }))
  return parts
}

/**
 * Of `others` (a watched drawing's root's shapes, texts and sections that are no part of it), the ids of those
 * wholly beyond the drawing's reach, not drawn by this plugin (its fit card): a BMC or notes added since.
 */
function farOthers(others: readonly DrawingSceneNode[], partBoxes: readonly Rect[], margin: number): string[] {
  const reach = drawingReach(partBoxes, margin)
  if (!reach) return []
  const far: string[] = []
  for (const node of others) {
    const box = node.absoluteBoundingBox
    if (!box || touchesRect(plainBox(box), reach)) continue
    if (getData(node, DATA_KEYS.role) !== '') continue
    far.push(node.id)
  }
  return far
}

/** Ids of every node some adopted canvas on the page is made of, and the canvases' nodes themselves. */
export function adoptedNodeIds(page: PageNode): Set<string> {
  const ids = new Set<string>()
  for (const node of page.findAllWithCriteria({
    sharedPluginData: { namespace: SHARED_NAMESPACE, keys: [DRAWN_KEY] }
  })) {
    const definition = parseDrawnDef(getData(node, DRAWN_KEY))
    if (!definition) continue
    ids.add(node.id)
    for (const id of definitionNodeIds(definition)) ids.add(id)
  }
  return ids
}

/**
 * The selection as a drawing for `recognizeDrawing`: one section or group is the drawing's root; anything else
 * is loose nodes (with the contents of selected sections and groups). null when the selection holds more than
 * `DRAWING_MAX_NODES` nodes.
 */
export function readSelectionDrawing(
  selection: readonly SceneNode[],
  adopted: ReadonlySet<string>
): DrawingInput | null {
  const only = selection.length === 1 ? selection[0] : undefined
  const container = only && isContainer(only) ? only : null
  const found: DrawingSceneNode[] = []
  if (container) found.push(...drawingNodesIn(container))
  else {
    for (const node of selection) {
      if (isDrawingNode(node)) found.push(node)
      if (isContainer(node)) found.push(...drawingNodesIn(node))
      if (found.length > DRAWING_MAX_NODES) return null
    }
  }
  if (found.length > DRAWING_MAX_NODES) return null
  const byId = new Map<string, DrawingSceneNode>()
  for (const node of found) {
    const id = node.id
    if (!byId.has(id)) byId.set(id, node)
  }
  const lookup: PartLookup = (id) => byId.get(id)
  const nodes: DrawnNode[] = []
  for (const node of byId.values()) {
    const drawn = readDrawnNode(node, true, lookup)
    if (drawn) nodes.push(drawn)
  }
  const rootRole = container ? getData(container, DATA_KEYS.role) || null : null
  return {
    root: container
      ? {
          kind: container.type === 'GROUP' ? 'group' : 'section',
          id: container.id,
          name: container.name,
          pluginRole: rootRole
        }
      : { kind: 'nodes', id: null, name: '', pluginRole: null },
    nodes,
    adopted: (container !== null && adopted.has(container.id)) || nodes.some((node) => adopted.has(node.id))
  }
}

/**
 * Node types a selection may hold that no zone is read from: Figma Design's (a paste from a design file), marker
 * and highlighter strokes, and media. Which types a paste or a marker stroke really leaves is unverified (see
 * `fake/README.md`); a picture is taken to be a rectangle filled with an image, as `figma.createImage` makes one.
 */
const FIGURE_TYPES = ['FRAME', 'RECTANGLE', 'ELLIPSE', 'POLYGON', 'STAR', 'BOOLEAN_OPERATION', 'COMPONENT', 'INSTANCE'] as const
const STROKE_TYPES = ['VECTOR', 'HIGHLIGHT'] as const
const UNREAD_TYPES = [...FIGURE_TYPES, ...STROKE_TYPES, 'MEDIA'] as const

/** The selection's nodes no zone is read from, counted by kind (`DrawingInput.unread`). */
export function unreadInSelection(selection: readonly SceneNode[]): UnreadCounts {
  const counts: UnreadCounts = { figures: 0, strokes: 0, images: 0 }
  const seen = new Set<string>()
  const count = (node: SceneNode): void => {
    const type = node.type
    if (!(UNREAD_TYPES as readonly string[]).includes(type)) return
    const id = node.id
    if (seen.has(id)) return
    seen.add(id)
    if (type === 'MEDIA') counts.images += 1
    else if ((STROKE_TYPES as readonly string[]).includes(type)) counts.strokes += 1
    else if (type === 'RECTANGLE' && hasImageFill(node)) counts.images += 1
    else counts.figures += 1
  }
  for (const node of selection) {
    count(node)
    if ('findAllWithCriteria' in node) for (const inner of node.findAllWithCriteria({ types: [...UNREAD_TYPES] })) count(inner)
  }
  return counts
}

function hasImageFill(node: SceneNode): boolean {
  const fills = 'fills' in node ? node.fills : []
  return Array.isArray(fills) && (fills as readonly Paint[]).some((paint) => paint.type === 'IMAGE')
}

export interface AdoptedNode {
  node: SceneNode
  definition: DrawnCanvasDef
}

/** The nodes holding an adopted canvas's definition, in page order. */
export function adoptedCanvasNodes(page: PageNode): AdoptedNode[] {
  const result: AdoptedNode[] = []
  for (const node of page.findAllWithCriteria({
    sharedPluginData: { namespace: SHARED_NAMESPACE, keys: [DRAWN_KEY] }
  })) {
    const definition = parseDrawnDef(getData(node, DRAWN_KEY))
    if (definition) result.push({ node, definition })
  }
  return result
}

function readingEntry(node: DrawingSceneNode, lookup: PartLookup): [string, NodeReading] | null {
  const drawn = readDrawnNode(node, false, lookup)
  return drawn
    ? [drawn.id, { box: drawn.box, outline: drawn.outline, ends: drawn.ends, ...(drawn.turn ? { turn: drawn.turn } : {}) }]
    : null
}

/** One adopted canvas from its definition's nodes found on the board (by id; a missing one was deleted). */
function drawnCanvasOf(
  { node, definition }: AdoptedNode,
  parts: ReadonlyMap<string, DrawingSceneNode>,
  others?: readonly DrawingSceneNode[]
): CanvasSnapshot | null {
  const nodes = new Map<string, NodeReading>()
  const own = new Set(definitionNodeIds(definition))
  // A connector's ends are looked up among this drawing's own parts only (loose drawings share one lookup of the
  // page): the drawing reads the same alone or with the others.
  const lookup: PartLookup = (id) => (own.has(id) ? parts.get(id) : undefined)
  for (const id of own) {
    const part = parts.get(id)
    const entry = part ? readingEntry(part, lookup) : null
    if (entry) nodes.set(entry[0], entry[1])
  }
  const ownBox = definition.root === 'nodes' ? null : node.absoluteBoundingBox
  const margin = drawingMargin(definition)
  // A root that held only the drawing when adopted and holds something else beyond its reach now: the drawing's
  // reach, as if adopted so (its stickies there are not the canvas's unplaced ones).
  const partBoxes = Array.from(nodes.values(), (entry) => entry.box)
  const farIds = others && others.length > 0 ? farOthers(others, partBoxes, margin) : []
  const area = drawingArea(
    definition.root,
    farIds.length > 0
      ? partBoxes
      : definition.nodes.flatMap((id) => {
          const entry = nodes.get(id)
          return entry ? [entry.box] : []
        }),
    ownBox ? plainBox(ownBox) : null,
    margin,
    reachesByLabels(definition)
  )
  if (!area) return null
  const zones = resolveDrawnZones(definition, { nodes, area })
  return {
    id: node.id,
    name: definition.root === 'nodes' ? definition.segment || node.name : node.name,
    box: area,
    meta: {
      schema: CANVAS_SCHEMA,
      locale: definition.locale,
      segment: definition.segment,
      product: definition.product
    },
    valueMap: null,
    customerProfile: null,
    checks: readChecks(getData(node, DATA_KEYS.checks)),
    rejected: readRejected(getData(node, DATA_KEYS.rejected)),
    lastCheck: readLastCheck(getData(node, DATA_KEYS.lastCheck)),
    ...evidenceOf(node),
    drawn: farIds.length > 0 ? { ...zones, farIds } : zones
  }
}

/** Whether a drawing is read inside its root (a section or group), not among the nodes of the page. */
function containerOf({ node, definition }: AdoptedNode): SectionNode | GroupNode | FrameNode | null {
  return definition.root !== 'nodes' && isContainer(node) ? node : null
}

/**
 * Every adopted canvas on the page, with its zones as the drawing stands now. A section or group drawing is
 * read inside its root; a loose drawing among the nodes of the page (read once for all of them).
 */
export function readDrawnCanvases(page: PageNode, pending?: AdoptedNode): CanvasSnapshot[] {
  const adopted = adoptedCanvasNodes(page)
  // A drawing being adopted: read as if its definition were stored, before anything is written.
  if (pending && !adopted.some((entry) => entry.node.id === pending.node.id)) adopted.push(pending)
  const canvases: CanvasSnapshot[] = []
  for (const canvas of readDrawnEntries(page, adopted)) if (canvas) canvases.push(canvas)
  return canvases
}

/**
 * The adopted drawings `entries`, each read as `readDrawnCanvases` reads it (null: nothing of it is left to read):
 * section and group drawings inside their roots, loose ones among the page's nodes, looked up once for all of them.
 */
export function readDrawnEntries(page: PageNode, entries: readonly AdoptedNode[]): Array<CanvasSnapshot | null> {
  if (entries.length === 0) return []
  const loose = new Set<string>()
  for (const entry of entries)
    if (!containerOf(entry)) for (const id of definitionNodeIds(entry.definition)) loose.add(id)
  const pageParts = loose.size > 0 ? partsUnder(page, loose) : new Map<string, DrawingSceneNode>()
  return entries.map((entry) => {
    const container = containerOf(entry)
    if (!container) return drawnCanvasOf(entry, pageParts)
    const others = watchesRoot(entry.definition) ? [] : undefined
    return drawnCanvasOf(entry, partsUnder(container, new Set(definitionNodeIds(entry.definition)), others), others)
  })
}

/** The definition stored on `node` now (null: none, or not one this plugin reads), for telling whether it changed. */
export function drawnDefinitionOf(node: BaseNode): DrawnCanvasDef | null {
  return parseDrawnDef(getData(node, DRAWN_KEY))
}

/** Whether `node` is on `page` (a node fetched by id may sit on another page, or nowhere any more). */
function isOnPage(node: BaseNode, page: PageNode): boolean {
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (parent.type === 'PAGE') return parent.id === page.id
  }
  return false
}

/** A loose drawing's nodes, fetched by id: what a read of the page would find of them, without walking it. */
async function looseNodesAsync(
  page: PageNode,
  definition: DrawnCanvasDef
): Promise<Map<string, DrawingSceneNode>> {
  const ids = Array.from(new Set(definitionNodeIds(definition)))
  const found = await Promise.all(ids.map((id) => figma.getNodeByIdAsync(id)))
  const parts = new Map<string, DrawingSceneNode>()
  found.forEach((node, i) => {
    const id = ids[i]
    if (id !== undefined && node !== null && !node.removed && isDrawingNode(node as SceneNode) && isOnPage(node, page))
      parts.set(id, node as DrawingSceneNode)
  })
  return parts
}

/**
 * One adopted canvas read from its own nodes only: inside its root, or (a loose drawing) its nodes fetched by id.
 * The same canvas `readDrawnCanvases` reads, at the cost of the drawing, not the page.
 */
export async function readDrawnCanvasAsync(
  page: PageNode,
  entry: AdoptedNode
): Promise<CanvasSnapshot | null> {
  const container = containerOf(entry)
  if (!container) return drawnCanvasOf(entry, await looseNodesAsync(page, entry.definition))
  const others = watchesRoot(entry.definition) ? [] : undefined
  return drawnCanvasOf(entry, partsUnder(container, new Set(definitionNodeIds(entry.definition)), others), others)
}

/**
 * Where each adopted canvas is, for choosing the canvas a command works on: a section or group drawing's box is
 * its root's (read from its nodes when the root holds something else too); a loose drawing is read from its nodes,
 * and that read comes along (`read`) so the command's read of the canvas does not fetch the nodes again. Never
 * walks the page.
 */
export async function drawnCanvasBoxesAsync(
  page: PageNode,
  entries: readonly AdoptedNode[] = adoptedCanvasNodes(page)
): Promise<Array<{ id: string; box: Rect; read?: CanvasSnapshot }>> {
  const boxes: Array<{ id: string; box: Rect; read?: CanvasSnapshot }> = []
  let selected: Array<{ id: string; at: Point }> | null = null
  for (const entry of entries) {
    // A section or group that is only the drawing is its box; one holding something else too, the drawing's. One
    // that held only the drawing when adopted may hold a BMC or notes since: when the selection lies in it, the
    // drawing is read, so a selected sticky of that BMC does not pick this canvas.
    if (containerOf(entry) && entry.definition.nodes.length === 0) {
      const rootBox = entry.node.absoluteBoundingBox
      const box = rootBox ? plainBox(rootBox) : null
      selected ??= watchesRoot(entry.definition) ? selectionCentres(page) : null
      const rootId = entry.node.id
      const inside =
        box !== null &&
        watchesRoot(entry.definition) &&
        (selected ?? []).some(({ id, at }) => id !== rootId && insideRect(at, box))
      if (box && !inside) {
        boxes.push({ id: rootId, box })
        continue
      }
    }
    const read = await readDrawnCanvasAsync(page, entry)
    if (read) boxes.push({ id: entry.node.id, box: plainBox(read.box), read })
  }
  return boxes
}

/** How many selected nodes are looked at to tell whether the selection lies in a drawing's root. */
const SELECTION_LOOKED_AT = 50

/** The centres of (the first few) selected nodes, page-absolute. */
function selectionCentres(page: PageNode): Array<{ id: string; at: Point }> {
  const centres: Array<{ id: string; at: Point }> = []
  for (const node of page.selection.slice(0, SELECTION_LOOKED_AT)) {
    const box = node.absoluteBoundingBox
    if (box) centres.push({ id: node.id, at: { x: box.x + box.width / 2, y: box.y + box.height / 2 } })
  }
  return centres
}

/**
 * Stores an adopted canvas on its node, as plugin data only (nothing people see changes): the definition under
 * `vpcfit` / `drawn`, its first report under `vpcfit` / `report` (planned by `planReportStorage`), and the
 * Check fit relaunch button.
 */
export function storeAdoption(
  anchor: SceneNode,
  definition: DrawnCanvasDef,
  report: readonly StorageEntry[],
  locale: Locale
): void {
  setData(anchor, DRAWN_KEY, serializeDrawnDef(definition))
  writeStoredReport(anchor, report)
  setRelaunchButtons(anchor, locale)
}

/** Stores the zones of an adopted drawing as the plugin understands them now (`vpcfit` / `zoneMap`). */
export function storeZoneMap(anchor: SceneNode, zones: DrawnZones): void {
  setData(anchor, DATA_KEYS.zoneMap, JSON.stringify(zoneMapOf(zones)))
}
