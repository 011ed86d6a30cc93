/**
 * The board's tree: every live record by id, who is whose parent, and the indexes of the node kinds
 * other nodes refer to (sections for drops, connectors and stamps for what is attached to a node).
 * Reading only, plus `put`/`drop`/`detach` for the layers above; no undo, no events.
 */
import { apiError } from '../errors'
import type { NodeRecord } from './record'

/** The tree layer of the document (see module comment). */
export class BoardTree {
  /** All live records by id. Read-only for code outside the model; mutate through the methods. */
  readonly records = new Map<string, NodeRecord>()
  readonly rootId = '0:0'
  /** Live SECTION ids (where a drop may land). */
  protected readonly sections = new Set<string>()
  private readonly connectors = new Set<string>()
  private readonly stamps = new Set<string>()

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

  /** The live parent record, if any. */
  parentOf(record: NodeRecord): NodeRecord | undefined {
    return record.parent === null ? undefined : this.records.get(record.parent)
  }

  /** The nearest ancestor that is not a GROUP: groups do not have a coordinate space of their own. */
  containerOf(record: NodeRecord): NodeRecord | null {
    let parent = this.parentOf(record)
    while (parent !== undefined && parent.type === 'GROUP') parent = this.parentOf(parent)
    return parent ?? null
  }

  /** Whether `a` paints above `b` on the same page. */
  paintsAbove(a: NodeRecord, b: NodeRecord): boolean {
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

  /** Whether a node's parent exists and lists it. */
  isPlaced(record: NodeRecord): boolean {
    const parent = this.parentOf(record)
    return parent !== undefined && parent.children.includes(record.id)
  }

  /** Whether the nodes a connector's ends or a stamp are attached to exist. */
  hasAnchors(record: NodeRecord): boolean {
    if (record.type === 'CONNECTOR') {
      for (const end of [record.connectorStart, record.connectorEnd]) {
        const id = endpointId(end)
        if (id !== null && !this.records.has(id)) return false
      }
    }
    return record.stuckTo === null || this.records.has(record.stuckTo)
  }

  /** Take a node's id out of its parent's child list, if it is there (not journaled: undo uses it). */
  detach(record: NodeRecord): boolean {
    const children = this.parentOf(record)?.children
    const at = children === undefined ? -1 : children.lastIndexOf(record.id)
    if (children === undefined || at < 0) return false
    children.splice(at, 1)
    return true
  }

  /** Make a record live (and indexed). */
  put(record: NodeRecord): void {
    this.records.set(record.id, record)
    if (record.type === 'SECTION') this.sections.add(record.id)
    else if (record.type === 'CONNECTOR') this.connectors.add(record.id)
    else if (record.type === 'STAMP') this.stamps.add(record.id)
  }

  /** Take a record off the board (and out of the indexes). */
  drop(record: NodeRecord): void {
    this.records.delete(record.id)
    this.sections.delete(record.id)
    this.connectors.delete(record.id)
    this.stamps.delete(record.id)
  }
}

/** The node id an endpoint is attached to, or null for a free end. */
export function endpointId(end: ConnectorEndpoint): string | null {
  return 'endpointNodeId' in end ? end.endpointNodeId : null
}
