/**
 * Geometry and hit-testing over the tree: where a node is (local box, transforms, page-absolute
 * bounding box, connector end points) and which section a point falls in. Groups take their children's
 * union and connectors their endpoints' box, as in FigJam. Reading only.
 */
import {
  applyTo,
  boundsOf,
  boxAround,
  contains,
  identity,
  transformOf,
  unionOf,
  type Box,
  type Point
} from '../geometry'
import type { NodeRecord } from './record'
import { BoardTree } from './tree'

/** The geometry layer of the document (see module comment). */
export class BoardGeometry extends BoardTree {
  /**
   * Page-absolute position of a container's (0, 0). Containers (pages, sections) are never rotated
   * in this model, so a container's absolute transform is a translation.
   */
  containerOrigin(container: NodeRecord | null): Point {
    let x = 0
    let y = 0
    let current = container
    while (current !== null && current.type !== 'PAGE' && current.type !== 'DOCUMENT') {
      x += current.x
      y += current.y
      current = this.containerOf(current)
    }
    return { x, y }
  }

  /** Local position and size, derived for groups (children's union) and connectors (their endpoints). */
  localBox(record: NodeRecord): Box {
    if (record.type === 'GROUP') {
      const boxes = record.children.map((id) => this.localBounds(this.records.get(id) as NodeRecord))
      return unionOf(boxes) ?? { x: 0, y: 0, width: 0, height: 0 }
    }
    if (record.type === 'CONNECTOR') {
      const origin = this.containerOrigin(this.containerOf(record))
      const [start, end] = this.connectorPoints(record)
      const box = boxAround([start, end])
      return { x: box.x - origin.x, y: box.y - origin.y, width: box.width, height: box.height }
    }
    return { x: record.x, y: record.y, width: record.width, height: record.height }
  }

  /** Bounding box in the container's coordinates, rotation included. */
  private localBounds(record: NodeRecord): Box {
    const box = this.localBox(record)
    if (record.type === 'GROUP' || record.type === 'CONNECTOR') return box
    return boundsOf(transformOf(box.x, box.y, record.rotation), box.width, box.height)
  }

  /** Transform relative to the containing parent. */
  relativeTransform(record: NodeRecord): Transform {
    if (record.type === 'PAGE' || record.type === 'DOCUMENT') return identity()
    const box = this.localBox(record)
    const rotation = record.type === 'GROUP' || record.type === 'CONNECTOR' ? 0 : record.rotation
    return transformOf(box.x, box.y, rotation)
  }

  /** Page-absolute transform. */
  absoluteTransform(record: NodeRecord): Transform {
    const local = this.relativeTransform(record)
    if (record.type === 'PAGE' || record.type === 'DOCUMENT') return local
    const origin = this.containerOrigin(this.containerOf(record))
    return [
      [local[0][0], local[0][1], local[0][2] + origin.x],
      [local[1][0], local[1][1], local[1][2] + origin.y]
    ]
  }

  /** Page-absolute origin of a node (top-left before rotation). */
  absoluteOrigin(record: NodeRecord): Point {
    const t = this.absoluteTransform(record)
    return { x: t[0][2], y: t[1][2] }
  }

  /** Page-absolute bounding box: the box around the rotated node. Null for pages and the document. */
  absoluteBox(record: NodeRecord): Box | null {
    if (record.type === 'PAGE' || record.type === 'DOCUMENT') return null
    if (record.type === 'GROUP') {
      const boxes: Box[] = []
      for (const id of record.children) {
        const box = this.absoluteBox(this.records.get(id) as NodeRecord)
        if (box !== null) boxes.push(box)
      }
      return unionOf(boxes) ?? { x: 0, y: 0, width: 0, height: 0 }
    }
    if (record.type === 'CONNECTOR') return boxAround(this.connectorPoints(record))
    return boundsOf(this.absoluteTransform(record), record.width, record.height)
  }

  /** Page-absolute start and end points of a connector. */
  connectorPoints(record: NodeRecord): [Point, Point] {
    const startNode = this.endpointBox(record.connectorStart)
    const endNode = this.endpointBox(record.connectorEnd)
    const start = this.endpointPoint(record.connectorStart, endNode)
    const end = this.endpointPoint(record.connectorEnd, startNode)
    return [start, end]
  }

  private endpointBox(end: ConnectorEndpoint): Box | null {
    if (!('endpointNodeId' in end)) return null
    const node = this.records.get(end.endpointNodeId)
    return node === undefined ? null : this.absoluteBox(node)
  }

  private endpointPoint(end: ConnectorEndpoint, other: Box | null): Point {
    if (!('endpointNodeId' in end)) return end.position
    const node = this.records.get(end.endpointNodeId)
    if (node === undefined) return { x: 0, y: 0 }
    if ('position' in end) return applyTo(this.absoluteTransform(node), end.position.x, end.position.y)
    const box = this.absoluteBox(node) ?? { x: 0, y: 0, width: 0, height: 0 }
    return magnetPoint(box, end.magnet, other)
  }

  /**
   * The topmost SECTION on a page whose box holds `point`, skipping `exclude` and its descendants
   * (where FigJam drops a node). Later siblings and deeper sections paint above.
   */
  topSectionAt(pageId: string, point: Point, exclude: string | null): NodeRecord | null {
    let best: NodeRecord | null = null
    for (const id of this.sections) {
      const section = this.records.get(id) as NodeRecord
      if (exclude !== null && this.isSelfOrAncestor(exclude, id)) continue
      if (this.pageOf(id) !== pageId) continue
      const box = this.absoluteBox(section)
      if (box === null || !contains(box, point)) continue
      if (best === null || this.paintsAbove(section, best)) best = section
    }
    return best
  }
}

/** Where a magnet sits on a node's box. AUTO faces the other end; NONE and CENTER use the centre. */
function magnetPoint(
  box: Box,
  magnet: ConnectorEndpointEndpointNodeIdAndMagnet['magnet'],
  other: Box | null
): Point {
  const cx = box.x + box.width / 2
  const cy = box.y + box.height / 2
  switch (magnet) {
    case 'TOP':
      return { x: cx, y: box.y }
    case 'BOTTOM':
      return { x: cx, y: box.y + box.height }
    case 'LEFT':
      return { x: box.x, y: cy }
    case 'RIGHT':
      return { x: box.x + box.width, y: cy }
    case 'AUTO': {
      if (other === null) return { x: cx, y: cy }
      const dx = other.x + other.width / 2 - cx
      const dy = other.y + other.height / 2 - cy
      if (Math.abs(dx) >= Math.abs(dy)) return dx >= 0 ? { x: box.x + box.width, y: cy } : { x: box.x, y: cy }
      return dy >= 0 ? { x: cx, y: box.y + box.height } : { x: cx, y: box.y }
    }
    default:
      return { x: cx, y: cy }
  }
}
