/**
 * Undo restore: put a closed step back on the board as it is now and say what changed. The history
 * (`undo.ts`) records steps; this module replays one backwards over the tree.
 */
import { changedFields, cloneFields, type NodeRecord } from './record'
import type { BoardTree } from './tree'
import type { Step, StructuralEdit } from './undo'

/** How the restore reports one node's change (the document turns it into a change event). */
export type RestoreReport = (
  kind: 'CREATE' | 'DELETE' | 'PROPERTY_CHANGE',
  record: NodeRecord,
  pageId: string | null,
  properties: readonly NodeChangeProperty[],
  /** Created or deleted with its parent in this undo: only the highest-level node is reported. */
  nested: boolean
) => void

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
export function restoreStep(board: BoardTree, step: Step, report: RestoreReport): void {
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
    pageBefore.set(record.id, board.pageOf(record.id))
  }
  for (const id of affected) {
    const record = board.records.get(id)
    if (record !== undefined) note(record)
  }
  const restored: NodeRecord[] = []
  // 1. Structure: replay the log backwards.
  for (let i = step.log.length - 1; i >= 0; i--) {
    const edit = step.log[i] as StructuralEdit
    if (edit.kind === 'create') {
      const record = board.records.get(edit.id)
      if (record !== undefined) uncreate(board, record, step, note)
    } else if (edit.kind === 'delete') {
      board.put(edit.record)
      fresh.add(edit.record.id)
      restored.push(edit.record)
    } else if (edit.kind === 'insert') {
      const children = board.records.get(edit.parent)?.children
      const at = children === undefined ? -1 : children.lastIndexOf(edit.id)
      if (children !== undefined && at >= 0) children.splice(at, 1)
    } else {
      const parent = board.records.get(edit.parent)
      const record = board.records.get(edit.id)
      // The old parent is gone, or a collaborator put it inside the node: the node stays where it is.
      if (parent === undefined || record === undefined || board.isSelfOrAncestor(record.id, parent.id))
        continue
      // Without collaborators the node is in no list here; a collaborator may have put it somewhere.
      const current = board.parentOf(record)
      board.detach(record)
      parent.children.splice(Math.min(edit.index, parent.children.length), 0, edit.id)
      record.parent = parent.id
      // Taken out of a group a collaborator made around it since: a group left without children deletes itself
      // ("A group with no children will delete itself", GroupNode docs).
      if (current !== undefined && current !== parent) dropEmptyGroups(board, current, note)
    }
  }
  // 2. Nodes the step deleted whose place is gone (a collaborator deleted it) stay deleted.
  for (let i = restored.length - 1; i >= 0; i--) {
    const record = restored[i] as NodeRecord
    if (board.records.get(record.id) !== record) continue
    if (!board.isPlaced(record) || !board.hasAnchors(record)) dropSubtree(board, record, note)
  }
  // 3. Fields the step changed, of nodes that existed before it (the parent was put back in 1).
  for (const [id, before] of step.fields) {
    const record = board.records.get(id)
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
    const record = board.records.get(id)
    if (record !== undefined && !board.hasAnchors(record)) dropSubtree(board, record, note)
  }
  // 5. Report what the undo did: only the highest-level node of a subtree that came or went.
  const all = new Set([...affected, ...existed.keys()])
  const gone = (id: string | null): boolean => id !== null && existed.has(id) && !board.records.has(id)
  const came = (id: string | null): boolean => id !== null && fresh.has(id) && board.records.has(id)
  for (const id of all) {
    const before = existed.get(id)
    const now = board.records.get(id)
    if (before !== undefined && now === undefined)
      report('DELETE', before, pageBefore.get(id) ?? null, [], gone(before.parent))
    else if (before === undefined && now !== undefined) report('CREATE', now, board.pageOf(id), [], came(now.parent))
    else if (now !== undefined) {
      const changed = new Set<NodeChangeProperty>()
      for (const field of changedFields(fieldsBefore.get(id) as NodeRecord, now)) {
        const property = FIELD_PROPERTY[field]
        if (property !== undefined) changed.add(property)
      }
      report('PROPERTY_CHANGE', now, board.pageOf(id), [...changed], false)
    }
  }
}

/**
 * Undo a node's creation: it goes from wherever it is now, with everything a collaborator has put
 * in it, attached to it or stuck on it since. Connectors and stamps the step itself touched or made
 * are left to the rest of the undo.
 */
function uncreate(
  board: BoardTree,
  record: NodeRecord,
  step: Step,
  note: (record: NodeRecord) => void
): void {
  const keep = (other: NodeRecord): boolean => step.fields.has(other.id) || step.created.has(other.id)
  removeWithAttachments(board, record, keep, note, false)
}

/** Drop a node the undo restored or kept that has nowhere to be, with its subtree and attachments. */
function dropSubtree(board: BoardTree, record: NodeRecord, note: (record: NodeRecord) => void): void {
  removeWithAttachments(board, record, () => false, note, true)
}

/**
 * Take a node off the board with its subtree and (transitively) the connectors and stamps attached to
 * them, except those `keep` spares; groups emptied by it go too. `onlyOutside`: a node whose parent
 * is itself going is not detached from it (a restored subtree keeps its own lists).
 */
function removeWithAttachments(
  board: BoardTree,
  record: NodeRecord,
  keep: (other: NodeRecord) => boolean,
  note: (record: NodeRecord) => void,
  onlyOutside: boolean
): void {
  const doomed: NodeRecord[] = []
  const seen = new Set<string>()
  const queue = [record.id]
  while (queue.length > 0) {
    const next = queue.pop() as string
    for (const id of board.subtree(next)) {
      if (seen.has(id)) continue
      seen.add(id)
      const node = board.records.get(id)
      if (node === undefined) continue
      doomed.push(node)
      for (const other of [...board.attachedTo(id), ...board.stuckTo(id)]) {
        if (!keep(other)) queue.push(other.id)
      }
    }
  }
  for (const node of doomed) note(node)
  const parents = new Set<NodeRecord>()
  for (const node of doomed) {
    const parent = board.parentOf(node)
    if (onlyOutside) {
      if (parent !== undefined && !seen.has(parent.id) && board.detach(node)) parents.add(parent)
    } else if (board.detach(node) && parent !== undefined && !seen.has(parent.id)) parents.add(parent)
  }
  for (const node of doomed) board.drop(node)
  for (const parent of parents) dropEmptyGroups(board, parent, note)
}

/** A group left without children by an undo goes, as in FigJam (and so may its group). */
function dropEmptyGroups(board: BoardTree, record: NodeRecord, note: (record: NodeRecord) => void): void {
  let current: NodeRecord | undefined = record
  while (current !== undefined && current.type === 'GROUP' && current.children.length === 0) {
    if (board.records.get(current.id) !== current) return
    note(current)
    const parent = board.parentOf(current)
    board.detach(current)
    board.drop(current)
    current = parent
  }
}
