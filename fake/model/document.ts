/**
 * The board: every node's record, the tree, geometry, undo history and change reporting.
 * Shared by all plugin sessions and the user module. Every mutation goes through `touch` (undo
 * before-image) and `report` (change event), so undo and events cannot drift from the state.
 */
import { apiError } from '../errors'
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
import {
  blankRecord,
  changedFields,
  cloneFields,
  cloneRecord,
  serialiseRecord,
  type NodeRecord,
  type RecordType
} from './record'
import { UndoHistory, type Step, type StructuralEdit } from './undo'

/** Who makes a change: a plugin session or a person (the local user or a collaborator). */
export interface Actor {
  readonly origin: 'LOCAL' | 'REMOTE'
  /** Whether the change enters the local undo history (a collaborator's changes do not). */
  readonly journal: boolean
  /** First half of new node ids (Figma ids are `session:counter`). */
  readonly idPrefix: string
  /** Recorded as a new node's author. */
  readonly userId: string
  /** The session to hide the change from: set while a session runs its own change handler. */
  hiddenFrom(): object | null
}

/** One reported change, before it is turned into a session's `DocumentChange`. */
export interface ChangeRecord {
  readonly kind: 'CREATE' | 'DELETE' | 'PROPERTY_CHANGE'
  readonly id: string
  readonly nodeType: RecordType
  /** The page the node is (or, for DELETE, was) on. */
  readonly pageId: string | null
  readonly properties: readonly NodeChangeProperty[]
  readonly origin: 'LOCAL' | 'REMOTE'
  readonly hiddenFrom: object | null
}

/** Where the document reports what happened (the fake batches and delivers it). */
export interface DocumentSink {
  changed(change: ChangeRecord): void
  viewChanged(kind: 'selectionchange' | 'currentpagechange'): void
  mutated(): void
}

/** The undo actor: the local person pressing Cmd+Z. */
const UNDO_ACTOR: Actor = {
  origin: 'LOCAL',
  journal: false,
  idPrefix: '1',
  userId: '',
  hiddenFrom: () => null
}

/** Maps record fields to the change property Figma reports for them (undo diffs use it). */
const FIELD_PROPERTY: Partial<Record<keyof NodeRecord, NodeChangeProperty>> = {
  parent: 'parent',
  name: 'name',
  x: 'x',
  y: 'y',
  width: 'width',
  height: 'height',
  rotation: 'rotation',
  visible: 'visible',
  locked: 'locked',
  opacity: 'opacity',
  fills: 'fills',
  strokes: 'strokes',
  strokeWeight: 'strokeWeight',
  pluginData: 'pluginData',
  sharedPluginData: 'pluginData',
  relaunchData: 'pluginData',
  text: 'text',
  shapeType: 'shapeType',
  isWideWidth: 'width',
  authorName: 'authorName',
  authorVisible: 'authorVisible',
  connectorStart: 'connectorStart',
  connectorEnd: 'connectorEnd',
  connectorLineType: 'connectorLineType',
  connectorStartStrokeCap: 'connectorStartStrokeCap',
  connectorEndStrokeCap: 'connectorEndStrokeCap',
  stuckTo: 'relativeTransform'
}

/** The viewport state of the local user (shared by sessions: it is the user's view). */
export interface ViewState {
  center: Point
  zoom: number
}

/** The persistent board state shared by all plugin sessions. */
export class FakeDocument {
  /** All live records by id. Read-only for code outside the model; mutate through the methods. */
  readonly records = new Map<string, NodeRecord>()
  /** The local user's undo history. */
  readonly history = new UndoHistory((id) => this.records.get(id))
  readonly rootId = '0:0'
  /** The page the local user is looking at. */
  currentPageId: string
  readonly view: ViewState = { center: { x: 0, y: 0 }, zoom: 1 }
  private readonly selections = new Map<string, string[]>()
  private readonly sections = new Set<string>()
  private readonly connectors = new Set<string>()
  private readonly stamps = new Set<string>()
  private nextId = 1
  private sink: DocumentSink | null = null

  constructor() {
    const root = blankRecord(this.rootId, 'DOCUMENT')
    root.name = 'Document'
    this.records.set(root.id, root)
    this.currentPageId = this.addPage('Page 1')
  }

  /** Where changes are reported (set once by the fake). */
  connect(sink: DocumentSink): void {
    this.sink = sink
  }

  // ---------------------------------------------------------------------------------------------
  // Reading
  // ---------------------------------------------------------------------------------------------

  /** The record of a live node, or undefined. */
  get(id: string): NodeRecord | undefined {
    return this.records.get(id)
  }

  /** The record of a live node; throws Figma's "does not exist" error otherwise. */
  require(id: string, member: string): NodeRecord {
    const record = this.records.get(id)
    if (record === undefined) throw apiError(member, `The node with id "${id}" does not exist`)
    return record
  }

  /** Page ids in order. */
  get pageIds(): readonly string[] {
    return this.root.children
  }

  /** The DOCUMENT record. */
  get root(): NodeRecord {
    return this.records.get(this.rootId) as NodeRecord
  }

  /** Number of live nodes (pages and document included). */
  get size(): number {
    return this.records.size
  }

  /** The page a node is on (the page itself for a page), or null for the document. */
  pageOf(id: string): string | null {
    let record = this.records.get(id)
    while (record !== undefined) {
      if (record.type === 'PAGE') return record.id
      record = record.parent === null ? undefined : this.records.get(record.parent)
    }
    return null
  }

  /** Whether `ancestor` is `id` or one of its ancestors. */
  isSelfOrAncestor(ancestor: string, id: string): boolean {
    let current: string | null = id
    while (current !== null) {
      if (current === ancestor) return true
      current = this.records.get(current)?.parent ?? null
    }
    return false
  }

  /** Ids of a node and all its descendants, pre-order. */
  subtree(id: string): string[] {
    const out: string[] = []
    const visit = (nodeId: string): void => {
      out.push(nodeId)
      const record = this.records.get(nodeId)
      if (record !== undefined) for (const child of record.children) visit(child)
    }
    visit(id)
    return out
  }

  /** The nearest ancestor that is not a GROUP: groups do not have a coordinate space of their own. */
  containerOf(record: NodeRecord): NodeRecord | null {
    let parent = record.parent === null ? undefined : this.records.get(record.parent)
    while (parent !== undefined && parent.type === 'GROUP') {
      parent = parent.parent === null ? undefined : this.records.get(parent.parent)
    }
    return parent ?? null
  }

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

  /** Whether `a` paints above `b` on the same page. */
  private paintsAbove(a: NodeRecord, b: NodeRecord): boolean {
    if (this.isSelfOrAncestor(b.id, a.id)) return true
    if (this.isSelfOrAncestor(a.id, b.id)) return false
    const pathA = this.pathOf(a.id)
    const pathB = this.pathOf(b.id)
    for (let i = 0; i < Math.min(pathA.length, pathB.length); i++) {
      const ia = pathA[i] as number
      const ib = pathB[i] as number
      if (ia !== ib) return ia > ib
    }
    return pathA.length > pathB.length
  }

  /** Child indices from the page down to the node. */
  private pathOf(id: string): number[] {
    const path: number[] = []
    let record = this.records.get(id)
    while (record !== undefined && record.parent !== null && record.type !== 'PAGE') {
      const parent = this.records.get(record.parent) as NodeRecord
      path.unshift(parent.children.indexOf(record.id))
      record = parent
    }
    return path
  }

  /** Stamps stuck to a node. */
  stuckTo(hostId: string): NodeRecord[] {
    const out: NodeRecord[] = []
    for (const id of this.stamps) {
      const stamp = this.records.get(id) as NodeRecord
      if (stamp.stuckTo === hostId) out.push(stamp)
    }
    return out
  }

  /** Connectors with an endpoint on a node. */
  attachedTo(nodeId: string): NodeRecord[] {
    const out: NodeRecord[] = []
    for (const id of this.connectors) {
      const connector = this.records.get(id) as NodeRecord
      if (endpointId(connector.connectorStart) === nodeId || endpointId(connector.connectorEnd) === nodeId) {
        out.push(connector)
      }
    }
    return out
  }

  /** The local user's selection on a page (live nodes only). */
  selection(pageId: string): string[] {
    const ids = this.selections.get(pageId) ?? []
    return ids.filter((id) => this.records.has(id))
  }

  // ---------------------------------------------------------------------------------------------
  // Writing
  // ---------------------------------------------------------------------------------------------

  /** A fresh node id like Figma's `12:34`. */
  newId(actor: Actor): string {
    return `${actor.idPrefix}:${this.nextId++}`
  }

  /** Add a page at the end of the document: test setup, not an edit (no undo step, no event). */
  addPage(name: string): string {
    const page = blankRecord(`0:${this.nextId++}`, 'PAGE')
    page.name = name
    page.parent = this.rootId
    this.put(page)
    this.root.children.push(page.id)
    return page.id
  }

  /** Keep a before-image of the record for undo (once per step). Call before mutating it. */
  touch(record: NodeRecord, actor: Actor): void {
    if (actor.journal) this.history.beforeWrite(record)
  }

  /** Report a property change of a node. */
  report(record: NodeRecord, actor: Actor, properties: readonly NodeChangeProperty[]): void {
    this.emit('PROPERTY_CHANGE', record, actor, properties)
  }

  /** Create a node under `parentId` (at `index`, default on top) and report it. */
  create(record: NodeRecord, parentId: string, actor: Actor, index?: number): NodeRecord {
    const parent = this.require(parentId, 'appendChild')
    record.parent = parentId
    if (record.createdBy === '') record.createdBy = actor.userId
    this.put(record)
    if (actor.journal) this.history.logEdit({ kind: 'create', id: record.id })
    this.addChild(parent, record.id, index, actor)
    this.emit('CREATE', record, actor, [])
    return record
  }

  /**
   * Move a node under a new parent, keeping its x/y numbers (so it visually jumps, as in Figma).
   * Stamps stuck to it follow it. An emptied group disappears, as in Figma.
   */
  insert(parentId: string, childId: string, index: number | undefined, actor: Actor, member: string): void {
    const parent = this.require(parentId, member)
    const child = this.require(childId, member)
    this.checkParent(parent, child, member)
    const oldParent = child.parent === null ? null : (this.records.get(child.parent) ?? null)
    if (index !== undefined) {
      const max = parent.children.length - (oldParent === parent ? 1 : 0)
      if (!Number.isInteger(index) || index < 0 || index > max) {
        throw apiError(member, `Index ${index} is out of range: expected 0 to ${max}`)
      }
    }
    const stuck = oldParent === parent ? [] : this.stuckTo(child.id)
    const offsets = stuck.map((stamp) => this.offsetFrom(child, stamp))
    if (oldParent !== null) this.removeChild(oldParent, child.id, actor)
    this.addChild(parent, child.id, index, actor)
    if (oldParent !== parent) {
      this.touch(child, actor)
      child.parent = parent.id
    }
    this.report(child, actor, ['parent'])
    stuck.forEach((stamp, i) => this.follow(child, stamp, offsets[i] as Point, actor))
    if (oldParent !== null && oldParent !== parent) this.dropIfEmptyGroup(oldParent, actor)
  }

  private checkParent(parent: NodeRecord, child: NodeRecord, member: string): void {
    if (parent.type === 'DOCUMENT' && child.type !== 'PAGE') {
      throw apiError(member, 'Only pages can be children of the document')
    }
    if (child.type === 'PAGE' && parent.type !== 'DOCUMENT')
      throw apiError(member, 'A page can only be a child of the document')
    if (child.type === 'DOCUMENT') throw apiError(member, 'The document cannot be moved')
    if (!['DOCUMENT', 'PAGE', 'SECTION', 'GROUP'].includes(parent.type)) {
      throw apiError(member, `A ${parent.type} node cannot have children`)
    }
    if (this.isSelfOrAncestor(child.id, parent.id)) {
      throw apiError(member, 'Cannot move node. New parent is the node itself or one of its descendants')
    }
    if (parent.type === 'GROUP' && child.type === 'SECTION')
      throw apiError(member, 'A section cannot be put in a group')
  }

  /** Set a field, keeping undo and change reporting right. */
  set<K extends keyof NodeRecord>(
    record: NodeRecord,
    key: K,
    value: NodeRecord[K],
    actor: Actor,
    properties: readonly NodeChangeProperty[]
  ): void {
    if (record[key] === value) return
    this.touch(record, actor)
    record[key] = value
    this.report(record, actor, properties)
  }

  /**
   * Move a node to a local position. Groups move their children; connectors move their free ends;
   * stamps stuck to the node follow it.
   */
  moveTo(record: NodeRecord, x: number, y: number, actor: Actor): void {
    const box = this.localBox(record)
    const dx = x - box.x
    const dy = y - box.y
    if (dx === 0 && dy === 0) return
    this.moveBy(record, dx, dy, actor)
  }

  /** Shift a node by (dx, dy) in its container's coordinates. */
  moveBy(record: NodeRecord, dx: number, dy: number, actor: Actor): void {
    const stuck = this.stuckTo(record.id)
    if (record.type === 'GROUP') {
      for (const id of record.children) this.moveBy(this.records.get(id) as NodeRecord, dx, dy, actor)
    } else if (record.type === 'CONNECTOR') {
      this.touch(record, actor)
      record.connectorStart = shiftFree(record.connectorStart, dx, dy)
      record.connectorEnd = shiftFree(record.connectorEnd, dx, dy)
      this.report(record, actor, ['connectorStart', 'connectorEnd'])
    } else {
      this.touch(record, actor)
      record.x += dx
      record.y += dy
      this.report(record, actor, dx !== 0 && dy !== 0 ? ['x', 'y'] : dx !== 0 ? ['x'] : ['y'])
    }
    for (const stamp of stuck) {
      if (this.containerOf(stamp) === this.containerOf(record)) this.moveBy(stamp, dx, dy, actor)
    }
  }

  /** Place a node so its origin is at a page-absolute point (its container stays). */
  placeAbsolute(record: NodeRecord, at: Point, actor: Actor): void {
    const origin = this.containerOrigin(this.containerOf(record))
    this.moveTo(record, at.x - origin.x, at.y - origin.y, actor)
  }

  /** Page-absolute origin of a node (top-left before rotation). */
  absoluteOrigin(record: NodeRecord): Point {
    const t = this.absoluteTransform(record)
    return { x: t[0][2], y: t[1][2] }
  }

  private offsetFrom(host: NodeRecord, stamp: NodeRecord): Point {
    const a = this.absoluteOrigin(host)
    const b = this.absoluteOrigin(stamp)
    return { x: b.x - a.x, y: b.y - a.y }
  }

  /** Put a stamp next to its host again after the host moved to another parent. */
  private follow(host: NodeRecord, stamp: NodeRecord, offset: Point, actor: Actor): void {
    const parentId = host.parent
    if (parentId === null) return
    const parent = this.records.get(parentId) as NodeRecord
    const oldParent = stamp.parent === null ? null : (this.records.get(stamp.parent) ?? null)
    if (oldParent !== parent) {
      if (oldParent !== null) this.removeChild(oldParent, stamp.id, actor)
      this.addChild(parent, stamp.id, undefined, actor)
      this.touch(stamp, actor)
      stamp.parent = parent.id
      this.report(stamp, actor, ['parent'])
    }
    const origin = this.absoluteOrigin(host)
    this.placeAbsolute(stamp, { x: origin.x + offset.x, y: origin.y + offset.y }, actor)
  }

  /**
   * Remove a node with its descendants, the connectors attached to any of them and the stamps stuck
   * to them (FigJam deletes those with the node). An emptied group disappears too.
   */
  remove(id: string, actor: Actor): void {
    const doomed = new Set<string>()
    const queue = [id]
    while (queue.length > 0) {
      const next = queue.pop() as string
      for (const nodeId of this.subtree(next)) {
        if (doomed.has(nodeId)) continue
        doomed.add(nodeId)
        for (const connector of this.attachedTo(nodeId)) queue.push(connector.id)
        for (const stamp of this.stuckTo(nodeId)) queue.push(stamp.id)
      }
    }
    const parents = new Set<NodeRecord>()
    for (const nodeId of doomed) {
      const record = this.records.get(nodeId) as NodeRecord
      const parent = record.parent === null ? undefined : this.records.get(record.parent)
      if (parent !== undefined && !doomed.has(parent.id)) {
        this.removeChild(parent, nodeId, actor)
        parents.add(parent)
      }
    }
    let selectionTouched = false
    for (const nodeId of doomed) {
      const record = this.records.get(nodeId) as NodeRecord
      const pageId = this.pageOf(nodeId)
      if (pageId !== null && (this.selections.get(pageId) ?? []).includes(nodeId)) selectionTouched = true
      this.emitFor('DELETE', record, pageId, actor, [])
      this.drop(record)
      // The record object itself is the before-image: nothing changes it once it left the document.
      if (actor.journal) this.history.logEdit({ kind: 'delete', record })
    }
    for (const parent of parents) this.dropIfEmptyGroup(parent, actor)
    if (selectionTouched) this.sink?.viewChanged('selectionchange')
  }

  private dropIfEmptyGroup(record: NodeRecord, actor: Actor): void {
    if (record.type === 'GROUP' && record.children.length === 0 && this.records.has(record.id)) {
      this.remove(record.id, actor)
    }
  }

  /**
   * Copy a subtree with new ids (plugin data and shared plugin data included) under `parentId`.
   * Connectors inside the copy that joined copied nodes are re-pointed to the copies.
   * Returns the map from original ids to copy ids.
   */
  cloneSubtree(id: string, parentId: string, actor: Actor, index?: number): Map<string, string> {
    const ids = new Map<string, string>()
    for (const nodeId of this.subtree(id)) ids.set(nodeId, this.newId(actor))
    const copyOf = (nodeId: string, parent: string, at?: number): void => {
      const original = this.records.get(nodeId) as NodeRecord
      const copy: NodeRecord = { ...cloneRecord(original), id: ids.get(nodeId) as string, children: [] }
      copy.connectorStart = remapEndpoint(copy.connectorStart, ids)
      copy.connectorEnd = remapEndpoint(copy.connectorEnd, ids)
      if (copy.stuckTo !== null) copy.stuckTo = ids.get(copy.stuckTo) ?? copy.stuckTo
      copy.createdBy = ''
      this.create(copy, parent, actor, at)
      for (const child of original.children) copyOf(child, copy.id)
    }
    copyOf(id, parentId, index)
    return ids
  }

  /** Set the local user's selection on a page. */
  setSelection(pageId: string, ids: readonly string[]): void {
    const before = this.selection(pageId)
    this.selections.set(pageId, ids.slice())
    if (before.length !== ids.length || before.some((id, i) => id !== ids[i])) {
      this.sink?.viewChanged('selectionchange')
    }
  }

  /** Move the local user's view (viewport centre and zoom). */
  setView(center: Point, zoom: number): void {
    this.view.center = { x: center.x, y: center.y }
    this.view.zoom = zoom
    this.sink?.mutated()
  }

  /** Switch the page the local user looks at. */
  setCurrentPage(pageId: string): void {
    if (pageId === this.currentPageId) return
    this.currentPageId = pageId
    this.sink?.viewChanged('currentpagechange')
  }

  /**
   * Undo the last step: put back every record it touched (as before the step), report the
   * differences as changes, and return false when there is nothing to undo.
   */
  undo(): boolean {
    const step = this.history.pop()
    if (step === null) return false
    this.restore(step)
    return true
  }

  /**
   * Undo as FigJam does it with collaborators around: the step's edits are reverted on the board as it
   * is now. Without collaborator edits since, the board is exactly as before the step. With them:
   * - a node the step created goes wherever it is now, with what a collaborator put in it, the
   *   connectors they attached to it and the stamps they stuck on it (as a delete would);
   * - a node the step moved goes back to its old parent, out of wherever it is now (unless the old
   *   parent is gone: then it stays where it is);
   * - a node the step deleted comes back only if its parent still exists (and, for connectors and
   *   stamps, what they are attached to): a collaborator's delete of the container wins;
   * - only the fields the step changed are put back, so a collaborator's other edits stay.
   */
  private restore(step: Step): void {
    const affected = new Set<string>(step.fields.keys())
    for (const edit of step.log) affected.add(edit.kind === 'delete' ? edit.record.id : edit.id)
    const existed = new Map<string, NodeRecord>()
    const fieldsBefore = new Map<string, NodeRecord>()
    const pageBefore = new Map<string, string | null>()
    /** Nodes the undo brings back: they were not on the board when it began. */
    const fresh = new Set<string>()
    const note = (record: NodeRecord): void => {
      if (existed.has(record.id) || fresh.has(record.id)) return
      existed.set(record.id, record)
      fieldsBefore.set(record.id, cloneFields(record))
      pageBefore.set(record.id, this.pageOf(record.id))
    }
    for (const id of affected) {
      const record = this.records.get(id)
      if (record !== undefined) note(record)
    }
    const restored: NodeRecord[] = []
    // 1. Structure: replay the log backwards.
    for (let i = step.log.length - 1; i >= 0; i--) {
      const edit = step.log[i] as StructuralEdit
      if (edit.kind === 'create') {
        const record = this.records.get(edit.id)
        if (record !== undefined) this.uncreate(record, step, note)
      } else if (edit.kind === 'delete') {
        this.put(edit.record)
        fresh.add(edit.record.id)
        restored.push(edit.record)
      } else if (edit.kind === 'insert') {
        const children = this.records.get(edit.parent)?.children
        const at = children === undefined ? -1 : children.lastIndexOf(edit.id)
        if (children !== undefined && at >= 0) children.splice(at, 1)
      } else {
        const parent = this.records.get(edit.parent)
        const record = this.records.get(edit.id)
        // The old parent is gone, or a collaborator put it inside the node: the node stays where it is.
        if (parent === undefined || record === undefined || this.isSelfOrAncestor(record.id, parent.id))
          continue
        // Without collaborators the node is in no list here; a collaborator may have put it somewhere.
        this.detach(record)
        parent.children.splice(Math.min(edit.index, parent.children.length), 0, edit.id)
        record.parent = parent.id
      }
    }
    // 2. Nodes the step deleted whose place is gone (a collaborator deleted it) stay deleted.
    for (let i = restored.length - 1; i >= 0; i--) {
      const record = restored[i] as NodeRecord
      if (this.records.get(record.id) !== record) continue
      if (!this.isPlaced(record) || !this.hasAnchors(record)) this.dropSubtree(record, note)
    }
    // 3. Fields the step changed, of nodes that existed before it (the parent was put back in 1).
    for (const [id, before] of step.fields) {
      const record = this.records.get(id)
      if (record === undefined) continue
      const changed = step.changed.get(id) ?? null
      const fields = changed === null ? (Object.keys(before) as (keyof NodeRecord)[]) : [...changed]
      const copy = cloneFields(before)
      for (const field of fields) {
        if (field === 'children' || field === 'parent' || field === 'id' || field === 'type') continue
        Object.assign(record, { [field]: copy[field] })
      }
    }
    // 4. What a restored field points at may be gone by now (a collaborator deleted it).
    for (const id of step.fields.keys()) {
      const record = this.records.get(id)
      if (record !== undefined && !this.hasAnchors(record)) this.dropSubtree(record, note)
    }
    // 5. Report what the undo did.
    for (const id of new Set([...affected, ...existed.keys()])) {
      const before = existed.get(id)
      const now = this.records.get(id)
      if (before !== undefined && now === undefined)
        this.emitFor('DELETE', before, pageBefore.get(id) ?? null, UNDO_ACTOR, [])
      else if (before === undefined && now !== undefined) this.emit('CREATE', now, UNDO_ACTOR, [])
      else if (now !== undefined) {
        const changed = new Set<NodeChangeProperty>()
        for (const field of changedFields(fieldsBefore.get(id) as NodeRecord, now)) {
          const property = FIELD_PROPERTY[field]
          if (property !== undefined) changed.add(property)
        }
        this.emit('PROPERTY_CHANGE', now, UNDO_ACTOR, [...changed])
      }
    }
  }

  /**
   * Undo a node's creation: it goes from wherever it is now, with everything a collaborator has put
   * in it, attached to it or stuck on it since. Connectors and stamps the step itself touched or made
   * are left to the rest of the undo.
   */
  private uncreate(record: NodeRecord, step: Step, note: (record: NodeRecord) => void): void {
    const doomed: NodeRecord[] = []
    const seen = new Set<string>()
    const queue = [record.id]
    while (queue.length > 0) {
      const next = queue.pop() as string
      for (const id of this.subtree(next)) {
        if (seen.has(id)) continue
        seen.add(id)
        const node = this.records.get(id)
        if (node === undefined) continue
        doomed.push(node)
        for (const other of [...this.attachedTo(id), ...this.stuckTo(id)]) {
          if (step.fields.has(other.id) || step.created.has(other.id)) continue
          queue.push(other.id)
        }
      }
    }
    for (const node of doomed) note(node)
    const parents = new Set<NodeRecord>()
    for (const node of doomed) {
      const parent = this.parentOf(node)
      // Without collaborators the node is in no list here; a collaborator may have put it somewhere.
      if (this.detach(node) && parent !== undefined && !seen.has(parent.id)) parents.add(parent)
    }
    for (const node of doomed) this.drop(node)
    for (const parent of parents) this.dropEmptyGroups(parent, note)
  }

  /** Drop a node the undo restored or kept that has nowhere to be, with its subtree and attachments. */
  private dropSubtree(record: NodeRecord, note: (record: NodeRecord) => void): void {
    const doomed: NodeRecord[] = []
    const queue = [record.id]
    const seen = new Set<string>()
    while (queue.length > 0) {
      const next = queue.pop() as string
      for (const id of this.subtree(next)) {
        const node = this.records.get(id)
        if (seen.has(id) || node === undefined) continue
        seen.add(id)
        doomed.push(node)
        for (const other of [...this.attachedTo(id), ...this.stuckTo(id)]) queue.push(other.id)
      }
    }
    for (const node of doomed) note(node)
    const parents = new Set<NodeRecord>()
    for (const node of doomed) {
      const parent = this.parentOf(node)
      if (parent !== undefined && !seen.has(parent.id) && this.detach(node)) parents.add(parent)
    }
    for (const node of doomed) this.drop(node)
    for (const parent of parents) this.dropEmptyGroups(parent, note)
  }

  /** A group left without children by an undo goes, as in FigJam (and so may its group). */
  private dropEmptyGroups(record: NodeRecord, note: (record: NodeRecord) => void): void {
    let current: NodeRecord | undefined = record
    while (current !== undefined && current.type === 'GROUP' && current.children.length === 0) {
      if (this.records.get(current.id) !== current) return
      note(current)
      const parent = this.parentOf(current)
      this.detach(current)
      this.drop(current)
      current = parent
    }
  }

  private parentOf(record: NodeRecord): NodeRecord | undefined {
    return record.parent === null ? undefined : this.records.get(record.parent)
  }

  /** Take a node's id out of its parent's child list, if it is there (no undo log: undo is not journaled). */
  private detach(record: NodeRecord): boolean {
    const children = this.parentOf(record)?.children
    const at = children === undefined ? -1 : children.lastIndexOf(record.id)
    if (children === undefined || at < 0) return false
    children.splice(at, 1)
    return true
  }

  /** Whether a node's parent exists and lists it. */
  private isPlaced(record: NodeRecord): boolean {
    const parent = this.parentOf(record)
    return parent !== undefined && parent.children.includes(record.id)
  }

  /** Whether the nodes a connector's ends or a stamp are attached to exist. */
  private hasAnchors(record: NodeRecord): boolean {
    if (record.type === 'CONNECTOR') {
      for (const end of [record.connectorStart, record.connectorEnd]) {
        const id = endpointId(end)
        if (id !== null && !this.records.has(id)) return false
      }
    }
    return record.stuckTo === null || this.records.has(record.stuckTo)
  }

  /** Plain JSON-able copy of the whole board, for tests (equal boards give equal snapshots). */
  serialise(): Record<string, Record<string, unknown>> {
    const out: Record<string, Record<string, unknown>> = {}
    for (const id of [...this.records.keys()].sort())
      out[id] = serialiseRecord(this.records.get(id) as NodeRecord)
    return out
  }

  // ---------------------------------------------------------------------------------------------
  // Internals
  // ---------------------------------------------------------------------------------------------

  /** Insert a child id into a parent's list, logging it for undo. */
  private addChild(parent: NodeRecord, id: string, index: number | undefined, actor: Actor): void {
    const at = insertAt(parent.children, id, index)
    if (actor.journal) this.history.logEdit({ kind: 'insert', parent: parent.id, id, index: at })
  }

  /** Take a child id out of a parent's list, logging it for undo. */
  private removeChild(parent: NodeRecord, id: string, actor: Actor): void {
    const at = parent.children.indexOf(id)
    if (at < 0) return
    parent.children.splice(at, 1)
    if (actor.journal) this.history.logEdit({ kind: 'remove', parent: parent.id, id, index: at })
  }

  private put(record: NodeRecord): void {
    this.records.set(record.id, record)
    if (record.type === 'SECTION') this.sections.add(record.id)
    else if (record.type === 'CONNECTOR') this.connectors.add(record.id)
    else if (record.type === 'STAMP') this.stamps.add(record.id)
  }

  private drop(record: NodeRecord): void {
    this.records.delete(record.id)
    this.sections.delete(record.id)
    this.connectors.delete(record.id)
    this.stamps.delete(record.id)
  }

  private emit(
    kind: ChangeRecord['kind'],
    record: NodeRecord,
    actor: Actor,
    properties: readonly NodeChangeProperty[]
  ): void {
    this.emitFor(kind, record, this.pageOf(record.id), actor, properties)
  }

  private emitFor(
    kind: ChangeRecord['kind'],
    record: NodeRecord,
    pageId: string | null,
    actor: Actor,
    properties: readonly NodeChangeProperty[]
  ): void {
    const sink = this.sink
    if (sink === null) return
    if (kind === 'PROPERTY_CHANGE' && properties.length === 0) {
      // A change with no reportable property (e.g. a stamp's host): redraw, but no event.
      sink.mutated()
      return
    }
    sink.changed({
      kind,
      id: record.id,
      nodeType: record.type,
      pageId,
      properties,
      origin: actor.origin,
      hiddenFrom: actor.hiddenFrom()
    })
    sink.mutated()
  }
}

/** The node id an endpoint is attached to, or null for a free end. */
export function endpointId(end: ConnectorEndpoint): string | null {
  return 'endpointNodeId' in end ? end.endpointNodeId : null
}

function insertAt(list: string[], id: string, index: number | undefined): number {
  if (index === undefined || index >= list.length) {
    list.push(id)
    return list.length - 1
  }
  list.splice(index, 0, id)
  return index
}

function shiftFree(end: ConnectorEndpoint, dx: number, dy: number): ConnectorEndpoint {
  if ('endpointNodeId' in end) return end
  return Object.freeze({ position: Object.freeze({ x: end.position.x + dx, y: end.position.y + dy }) })
}

function remapEndpoint(end: ConnectorEndpoint, ids: Map<string, string>): ConnectorEndpoint {
  if (!('endpointNodeId' in end)) return end
  const mapped = ids.get(end.endpointNodeId)
  return mapped === undefined ? end : Object.freeze({ ...end, endpointNodeId: mapped })
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
