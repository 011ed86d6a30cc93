/** Multi-node edits shared by the plugin API and the user module. */
import { apiError } from '../errors'
import { newRecord } from './defaults'
import type { Actor, FakeDocument } from './document'
import type { NodeRecord } from './record'

/**
 * `figma.group(nodes, parent, index)`: a new GROUP under `parent` holding the nodes, each staying
 * where it is on the page. Returns the group's id.
 */
export function groupNodes(
  doc: FakeDocument,
  actor: Actor,
  ids: readonly string[],
  parentId: string,
  index: number | undefined,
  member: string
): string {
  if (ids.length === 0) throw apiError(member, 'First argument must be an array of at least one node')
  const parent = doc.require(parentId, member)
  if (parent.type !== 'PAGE' && parent.type !== 'SECTION' && parent.type !== 'GROUP') {
    throw apiError(member, `Cannot group into a ${parent.type} node`)
  }
  const records = [...new Set(ids)].map((id) => doc.require(id, member))
  for (const record of records) {
    if (record.type === 'PAGE' || record.type === 'DOCUMENT')
      throw apiError(member, 'Only scene nodes can be grouped')
    if (doc.isSelfOrAncestor(record.id, parentId)) throw apiError(member, 'Cannot group a node into itself')
  }
  const group = doc.create(
    newRecord(doc.newId(actor), 'GROUP', { authorName: '', editor: 'figjam' }),
    parentId,
    actor,
    index
  )
  for (const record of records) moveKeepingPlace(doc, actor, record, group.id, undefined, member)
  return group.id
}

/** `figma.ungroup(group)`: the children move to the group's parent at its place; the group goes. */
export function ungroupNode(doc: FakeDocument, actor: Actor, groupId: string, member: string): string[] {
  const group = doc.require(groupId, member)
  if (group.type !== 'GROUP' && group.type !== 'SECTION')
    throw apiError(member, 'Only groups can be ungrouped')
  const parent = doc.require(group.parent ?? '', member)
  let index = parent.children.indexOf(group.id)
  const children = group.children.slice()
  for (const id of children) moveKeepingPlace(doc, actor, doc.require(id, member), parent.id, index++, member)
  if (doc.get(group.id) !== undefined) doc.remove(group.id, actor)
  return children
}

/** Reparent a node without moving it on the page (a person dragging, or grouping). */
export function moveKeepingPlace(
  doc: FakeDocument,
  actor: Actor,
  record: NodeRecord,
  parentId: string,
  index: number | undefined,
  member: string
): void {
  const at = doc.absoluteOrigin(record)
  doc.insert(parentId, record.id, index, actor, member)
  doc.placeAbsolute(record, at, actor)
}
