/**
 * Non-counting read access for renderers (the playground) and tests: plain snapshots of nodes in paint
 * order, with page-absolute geometry, and a subscription to redraw after mutations.
 */
import { paintToHex } from './colors'
import { type Box, type Point } from './geometry'
import type { FakeDocument } from './model/document'
import { endpointId } from './model/document'
import type { NodeRecord, RecordType } from './model/record'
import { boundsFor } from './viewport'

/** One end of a connector, page-absolute. */
export interface InspectedConnectorEnd {
  readonly x: number
  readonly y: number
  /** The node the end is attached to, or null for a free end. */
  readonly nodeId: string | null
  readonly magnet: string | null
}

/** A connector's ends, caps and line type. */
export interface InspectedConnector {
  readonly start: InspectedConnectorEnd
  readonly end: InspectedConnectorEnd
  readonly startCap: ConnectorStrokeCap
  readonly endCap: ConnectorStrokeCap
  readonly lineType: 'ELBOWED' | 'STRAIGHT' | 'CURVED'
}

/** A plain snapshot of one node. */
export interface InspectedNode {
  readonly id: string
  readonly type: RecordType
  readonly parentId: string | null
  /** 0 for children of the page. */
  readonly depth: number
  readonly name: string
  /** Page-absolute bounding box (the box around the rotated node). */
  readonly box: Box
  /** Page-absolute transform: with `width` and `height` it draws the node rotated. */
  readonly transform: Transform
  readonly width: number
  readonly height: number
  /** Degrees, counter-clockwise, about the node's top-left. */
  readonly rotation: number
  readonly text: string | null
  readonly fontSize: number | null
  readonly fontName: FontName | null
  /** TEXT nodes: 'LEFT' | 'CENTER' | 'RIGHT' | 'JUSTIFIED'; null for other types. */
  readonly textAlign: string | null
  /** TEXT nodes: how the box follows the text ('WIDTH_AND_HEIGHT', 'HEIGHT', ...); null for other types. */
  readonly textAutoResize: TextNode['textAutoResize'] | null
  /** Solid fills as '#RRGGBB' (other paint types by their type name). */
  readonly fills: readonly string[]
  readonly strokes: readonly string[]
  readonly strokeWeight: number
  readonly opacity: number
  readonly locked: boolean
  readonly visible: boolean
  readonly shapeType: string | null
  readonly connector: InspectedConnector | null
  /** For stamps: the node the stamp is stuck to. */
  readonly stuckTo: string | null
  readonly stampKind: string | null
  readonly isWideWidth: boolean
  readonly authorName: string | null
  readonly authorVisible: boolean
  readonly pluginData: Readonly<Record<string, string>>
  readonly sharedPluginData: Readonly<Record<string, Readonly<Record<string, string>>>>
  /** What `setRelaunchData` set (a copy): command -> description. */
  readonly relaunchData: Readonly<Record<string, string>>
}

/** A page as listed by `pages()`. */
export interface InspectedPage {
  readonly id: string
  readonly name: string
  readonly current: boolean
}

/**
 * What changed in one burst of mutations, for a renderer that redraws only that (the playground). Playground
 * plumbing, not FigJam behaviour: FigJam's own change events are the sessions' `nodechange` / `documentchange`.
 */
export interface InspectChange {
  /**
   * Every node whose own record was created, written or removed, on any page, nested ones included (a pasted
   * section's stickies too). What depends on them is not listed: a section's descendants when it moves, connectors
   * attached to a moved node, stamps stuck to it.
   */
  readonly ids: ReadonlySet<string>
  /** The local user switched pages: everything on screen changed. */
  readonly pageSwitched: boolean
}

/** Non-counting read access (see module comment). */
export interface Inspector {
  /** Nodes of a page (default: the current page) in paint order: pre-order, back to front. */
  nodes(pageId?: string): InspectedNode[]
  /** One node, or null if it does not exist. */
  node(id: string): InspectedNode | null
  /**
   * A node and its descendants in paint order, with their depth below the page, when the node is on the page
   * (default: the current page); [] when it is gone or elsewhere.
   */
  subtree(id: string, pageId?: string): InspectedNode[]
  /** A node's parent id (a page's is the document's), or null when the node does not exist. */
  parentOf(id: string): string | null
  /** A node's (or page's) children in paint order, back to front (a copy); [] when it has none or is gone. */
  childIds(id: string): string[]
  pages(): InspectedPage[]
  readonly currentPageId: string
  /** The local user's selection on the current page. */
  selection(): string[]
  viewport(): { center: Point; zoom: number; bounds: Rect }
  /**
   * Be told after document mutations (and selection, page or viewport changes). Calls are coalesced:
   * one call per burst of synchronous mutations (a microtask later), with what the burst changed (empty for a
   * view or selection change). Returns an unsubscribe function.
   */
  subscribe(listener: (change: InspectChange) => void): () => void
}

/** Builds the inspector over a document; `subscribe` is provided by the fake. */
export function createInspector(
  doc: FakeDocument,
  subscribe: (listener: (change: InspectChange) => void) => () => void
): Inspector {
  const snapshot = (record: NodeRecord, depth: number): InspectedNode => inspectRecord(doc, record, depth)
  return {
    nodes(pageId = doc.currentPageId) {
      const page = doc.get(pageId)
      if (page === undefined || page.type !== 'PAGE') throw new Error(`inspect: no page ${pageId}`)
      const out: InspectedNode[] = []
      const visit = (id: string, depth: number): void => {
        const record = doc.get(id) as NodeRecord
        out.push(snapshot(record, depth))
        for (const child of record.children) visit(child, depth + 1)
      }
      for (const child of page.children) visit(child, 0)
      return out
    },
    node(id) {
      const record = doc.get(id)
      if (record === undefined || record.type === 'PAGE' || record.type === 'DOCUMENT') return null
      return snapshot(record, placeOf(doc, record).depth)
    },
    subtree(id, pageId = doc.currentPageId) {
      const record = doc.get(id)
      if (record === undefined || record.type === 'PAGE' || record.type === 'DOCUMENT') return []
      const place = placeOf(doc, record)
      if (place.pageId !== pageId) return []
      const out: InspectedNode[] = []
      const visit = (node: NodeRecord, depth: number): void => {
        out.push(snapshot(node, depth))
        for (const child of node.children) visit(doc.get(child) as NodeRecord, depth + 1)
      }
      visit(record, place.depth)
      return out
    },
    parentOf(id) {
      return doc.get(id)?.parent ?? null
    },
    childIds(id) {
      return doc.get(id)?.children.slice() ?? []
    },
    pages() {
      return doc.pageIds.map((id) => ({
        id,
        name: (doc.get(id) as NodeRecord).name,
        current: id === doc.currentPageId
      }))
    },
    get currentPageId() {
      return doc.currentPageId
    },
    selection() {
      return doc.selection(doc.currentPageId)
    },
    viewport() {
      const { center, zoom } = doc.view
      return { center: { ...center }, zoom, bounds: boundsFor(center, zoom) }
    },
    subscribe
  }
}

/** The page a node is on (null when it hangs nowhere) and its depth below it (0 for a child of the page). */
function placeOf(doc: FakeDocument, record: NodeRecord): { pageId: string | null; depth: number } {
  let depth = 0
  let parent = doc.get(record.parent ?? '')
  while (parent !== undefined && parent.type !== 'PAGE') {
    depth++
    parent = doc.get(parent.parent ?? '')
  }
  return { pageId: parent?.id ?? null, depth }
}

function inspectRecord(doc: FakeDocument, record: NodeRecord, depth: number): InspectedNode {
  const local = doc.localBox(record)
  const shared: Record<string, Record<string, string>> = {}
  for (const [namespace, entries] of record.sharedPluginData) shared[namespace] = Object.fromEntries(entries)
  return {
    id: record.id,
    type: record.type,
    parentId: record.parent,
    depth,
    name: record.name,
    box: doc.absoluteBox(record) ?? { x: 0, y: 0, width: 0, height: 0 },
    transform: doc.absoluteTransform(record),
    width: local.width,
    height: local.height,
    rotation: record.rotation,
    text: record.text === null ? null : record.text.characters,
    fontSize: record.text === null ? null : record.text.fontSize,
    fontName: record.text === null ? null : record.text.fontName,
    textAlign: record.type === 'TEXT' ? record.textAlignHorizontal : null,
    textAutoResize: record.type === 'TEXT' ? record.textAutoResize : null,
    fills: (record.type === 'TEXT' && record.text !== null ? record.text.fills : record.fills).map(
      paintToHex
    ),
    strokes: record.strokes.map(paintToHex),
    strokeWeight: record.strokeWeight,
    opacity: record.opacity,
    locked: record.locked,
    visible: record.visible,
    shapeType: record.type === 'SHAPE_WITH_TEXT' ? record.shapeType : null,
    connector: record.type === 'CONNECTOR' ? inspectConnector(doc, record) : null,
    stuckTo: record.type === 'STAMP' ? record.stuckTo : null,
    stampKind: record.type === 'STAMP' ? record.name : null,
    isWideWidth: record.isWideWidth,
    authorName: record.type === 'STICKY' ? record.authorName : null,
    authorVisible: record.authorVisible,
    // Every plugin id's entries in one view (tests run one plugin id at a time).
    pluginData: Object.assign({}, ...[...record.pluginData.values()].map((entries) => Object.fromEntries(entries))) as Record<string, string>,
    sharedPluginData: shared,
    relaunchData: { ...record.relaunchData }
  }
}

function inspectConnector(doc: FakeDocument, record: NodeRecord): InspectedConnector {
  const [start, end] = doc.connectorPoints(record)
  const magnetOf = (end: ConnectorEndpoint): string | null => ('magnet' in end ? end.magnet : null)
  return {
    start: { ...start, nodeId: endpointId(record.connectorStart), magnet: magnetOf(record.connectorStart) },
    end: { ...end, nodeId: endpointId(record.connectorEnd), magnet: magnetOf(record.connectorEnd) },
    startCap: record.connectorStartStrokeCap,
    endCap: record.connectorEndStrokeCap,
    lineType: record.connectorLineType
  }
}
