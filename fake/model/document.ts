/**
 * The board's edits: creating, moving, reparenting, removing and copying nodes, the local user's view,
 * undo and change reporting. Shared by all plugin sessions and the user module. Every mutation goes
 * through `touch` (undo before-image) and `report` (change event), so undo and events cannot drift
 * from the state. The layers below: `tree.ts` (records and parents), `spatial.ts` (geometry and
 * hit-testing), `restore.ts` (putting an undo step back), `serialise.ts` (snapshots for tests).
 */
import { apiError } from '../errors'
import type { Point } from '../geometry'
import { blankRecord, cloneRecord, type NodeRecord, type RecordType } from './record'
import { restoreStep } from './restore'
import { serialiseBoard } from './serialise'
import { BoardGeometry } from './spatial'
import { UndoHistory } from './undo'

export { endpointId } from './tree'

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
  /**
   * A CREATE or DELETE of a node inside a subtree created or deleted at once (a pasted section's stickies):
   * FigJam reports only the highest-level node ("a CreateChange will only be made for the highest level parent",
   * PageNode.on), so sessions never see it; it is kept so later changes to the node in the batch fold into it.
   */
  readonly nested?: true
}

/** Where the document reports what happened (the fake batches and delivers it). */
export interface DocumentSink {
  changed(change: ChangeRecord): void
  viewChanged(kind: 'selectionchange' | 'currentpagechange'): void
  /** Something changed; `id`: the node whose record was created, written or removed (not for view changes). */
  mutated(id?: string): void
}

/** The undo actor: the local person pressing Cmd+Z. */
const UNDO_ACTOR: Actor = {
  origin: 'LOCAL',
  journal: false,
  idPrefix: '1',
  userId: '',
  hiddenFrom: () => null
}

/** The viewport state of the local user (shared by sessions: it is the user's view). */
export interface ViewState {
  center: Point
  zoom: number
}

/** The persistent board state shared by all plugin sessions. */
export class FakeDocument extends BoardGeometry {
  /** The local user's undo history. */
  readonly history = new UndoHistory((id) => this.records.get(id))
  /** The page the local user is looking at. */
  currentPageId: string
  readonly view: ViewState = { center: { x: 0, y: 0 }, zoom: 1 }
  private readonly selections = new Map<string, string[]>()
  private nextId = 1
  private sink: DocumentSink | null = null

  constructor() {
    super()
    const root = blankRecord(this.rootId, 'DOCUMENT')
    root.name = 'Document'
    this.records.set(root.id, root)
    this.currentPageId = this.addPage('Page 1')
  }

  /** Where changes are reported (set once by the fake). */
  connect(sink: DocumentSink): void {
    this.sink = sink
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
    this.sink?.mutated(record.id)
  }

  /** Report a property change of a node. */
  report(record: NodeRecord, actor: Actor, properties: readonly NodeChangeProperty[]): void {
    this.emit('PROPERTY_CHANGE', record, actor, properties)
  }

  /**
   * Create a node under `parentId` (at `index`, default on top) and report it; `nested`: it comes with an
   * ancestor created in the same edit, whose CREATE stands for it.
   */
  create(record: NodeRecord, parentId: string, actor: Actor, index?: number, nested = false): NodeRecord {
    const parent = this.require(parentId, 'appendChild')
    record.parent = parentId
    if (record.createdBy === '') record.createdBy = actor.userId
    this.put(record)
    if (actor.journal) this.history.logEdit({ kind: 'create', id: record.id })
    this.addChild(parent, record.id, index, actor)
    this.emit('CREATE', record, actor, [], nested)
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
    const pageBefore = this.pageOf(child.id)
    if (oldParent !== null) this.removeChild(oldParent, child.id, actor)
    this.addChild(parent, child.id, index, actor)
    if (oldParent !== parent) {
      this.touch(child, actor)
      child.parent = parent.id
    }
    const pageAfter = this.pageOf(child.id)
    if (pageBefore !== null && pageAfter !== null && pageBefore !== pageAfter) {
      this.emitFor('DELETE', child, pageBefore, actor, [])
      this.emitFor('CREATE', child, pageAfter, actor, [])
    } else this.report(child, actor, ['parent'])
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
      // Only the highest-level node removed is reported, as for CREATE.
      const nested = record.parent !== null && doomed.has(record.parent)
      this.emitFor('DELETE', record, pageId, actor, [], nested)
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
      this.create(copy, parent, actor, at, nodeId !== id)
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
    restoreStep(this, step, (kind, record, pageId, properties, nested) =>
      this.emitFor(kind, record, pageId, UNDO_ACTOR, properties, nested)
    )
    return true
  }

  /** Plain JSON-able copy of the whole board, for tests (equal boards give equal snapshots). */
  serialise(): Record<string, Record<string, unknown>> {
    return serialiseBoard(this.records)
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

  private emit(
    kind: ChangeRecord['kind'],
    record: NodeRecord,
    actor: Actor,
    properties: readonly NodeChangeProperty[],
    nested = false
  ): void {
    this.emitFor(kind, record, this.pageOf(record.id), actor, properties, nested)
  }

  private emitFor(
    kind: ChangeRecord['kind'],
    record: NodeRecord,
    pageId: string | null,
    actor: Actor,
    properties: readonly NodeChangeProperty[],
    nested = false
  ): void {
    const sink = this.sink
    if (sink === null) return
    if (kind === 'PROPERTY_CHANGE' && properties.length === 0) {
      // A change with no reportable property (e.g. a stamp's host): redraw, but no event.
      sink.mutated(record.id)
      return
    }
    const change: ChangeRecord = {
      kind,
      id: record.id,
      nodeType: record.type,
      pageId,
      properties,
      origin: actor.origin,
      hiddenFrom: actor.hiddenFrom()
    }
    sink.changed(nested ? { ...change, nested: true } : change)
    sink.mutated(record.id)
  }
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
