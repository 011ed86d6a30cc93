/**
 * The children mixin (pages, sections, groups): listing, appending, inserting and searching.
 * Searches walk the records directly (host-side in Figma too), so only the call itself counts;
 * callbacks get node objects and count whatever they read.
 */
import { exposeMatches, exposeScene } from '../boundary'
import { apiError, unloadedPageError } from '../errors'
import type { NodeRecord } from '../model/record'
import { unwrapScene, type FakeBaseNode } from './base'
import type { NodeContext } from './context'

/** Members of the children mixin the fake provides. */
export type ChildrenMembers =
  | 'children'
  | 'appendChild'
  | 'insertChild'
  | 'findChildren'
  | 'findChild'
  | 'findAll'
  | 'findOne'
  | 'findAllWithCriteria'

/** The children mixin's members, as the typings declare them. */
export type ChildrenApi = Pick<ChildrenMixin, ChildrenMembers>

/** Any fake node class (its constructor arguments do not matter to the mixin). */
type NodeClass = abstract new (ctx: never, id: never, type: never) => FakeBaseNode

/** `Base` with the children members added. */
type WithChildrenClass<B extends NodeClass> = abstract new (
  ...args: ConstructorParameters<B>
) => InstanceType<B> & ChildrenApi

/**
 * The children mixin, written once for pages, sections and groups: `class FakeGroup extends
 * withChildren(FakeSceneNode<'GROUP'>)`. Each member counts itself and checks the node, as every
 * member does. (The class is built on a plain-typed base: TypeScript only lets a class extend a type
 * parameter whose constructor takes `...args: any[]`; the cast at the end restores `Base`'s own type,
 * which is what the class extends at runtime.)
 */
export function withChildren<B extends NodeClass>(Base: B): WithChildrenClass<B> {
  const Plain: NodeClass = Base
  abstract class WithChildren extends Plain implements ChildrenApi {
    get children(): ReadonlyArray<SceneNode> {
      return childrenOf(this.ctx, this.read('children'))
    }

    appendChild(child: SceneNode): void {
      insertInto(this.ctx, this.invoke('appendChild'), child, undefined, 'appendChild')
    }

    insertChild(index: number, child: SceneNode): void {
      insertInto(this.ctx, this.invoke('insertChild'), child, index, 'insertChild')
    }

    findChildren(callback?: (node: SceneNode) => boolean): SceneNode[] {
      return findChildrenOf(this.ctx, this.invoke('findChildren'), callback)
    }

    findChild(callback: (node: SceneNode) => boolean): SceneNode | null {
      return findChildOf(this.ctx, this.invoke('findChild'), callback)
    }

    findAll(callback?: (node: SceneNode) => boolean): SceneNode[] {
      return findAllIn(this.ctx, this.invoke('findAll'), callback)
    }

    findOne(callback: (node: SceneNode) => boolean): SceneNode | null {
      return findOneIn(this.ctx, this.invoke('findOne'), callback)
    }

    findAllWithCriteria<T extends NodeType[]>(
      criteria: FindAllCriteria<T>
    ): Array<{ type: T[number] } & SceneNode> {
      return findWithCriteriaIn(this.ctx, this.invoke('findAllWithCriteria'), criteria)
    }
  }
  return WithChildren as unknown as WithChildrenClass<B>
}

/** dynamic-page: a page's content is readable only once loaded. */
export function requireLoaded(ctx: NodeContext, record: NodeRecord, member: string): void {
  if (record.type === 'PAGE' && !ctx.pageLoaded(record.id)) throw unloadedPageError(member)
}

/** `children`: this session's node objects, in paint order (a fresh frozen array, as in Figma). */
export function childrenOf(ctx: NodeContext, record: NodeRecord): ReadonlyArray<SceneNode> {
  requireLoaded(ctx, record, 'get_children')
  return Object.freeze(record.children.map((id) => exposeScene(ctx.wrap(id))))
}

/** `appendChild` / `insertChild`: keeps the child's x/y numbers, so it may jump (as in Figma). */
export function insertInto(
  ctx: NodeContext,
  record: NodeRecord,
  child: unknown,
  index: number | undefined,
  member: string
): void {
  requireLoaded(ctx, record, member)
  const node = unwrapScene(child, member)
  if (index !== undefined && typeof index !== 'number') throw apiError(member, 'Expected a numeric index')
  ctx.doc.insert(record.id, node.nodeId, index, ctx, member)
}

/** `findChildren`. */
export function findChildrenOf(
  ctx: NodeContext,
  record: NodeRecord,
  callback?: (node: SceneNode) => boolean
): SceneNode[] {
  requireLoaded(ctx, record, 'findChildren')
  const nodes = record.children.map((id) => exposeScene(ctx.wrap(id)))
  return callback === undefined ? nodes : nodes.filter((node) => callback(node))
}

/** `findChild`. */
export function findChildOf(
  ctx: NodeContext,
  record: NodeRecord,
  callback: (node: SceneNode) => boolean
): SceneNode | null {
  requireLoaded(ctx, record, 'findChild')
  for (const id of record.children) {
    const node = exposeScene(ctx.wrap(id))
    if (callback(node)) return node
  }
  return null
}

/** Descendant ids in pre-order (parents before children, back to front), excluding the node itself. */
export function descendants(ctx: NodeContext, record: NodeRecord): string[] {
  const out: string[] = []
  const stack: string[] = []
  for (let i = record.children.length - 1; i >= 0; i--) stack.push(record.children[i] as string)
  while (stack.length > 0) {
    const id = stack.pop() as string
    out.push(id)
    const children = (ctx.doc.records.get(id) as NodeRecord).children
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as string)
  }
  return out
}

/** `findAll`. */
export function findAllIn(
  ctx: NodeContext,
  record: NodeRecord,
  callback?: (node: SceneNode) => boolean
): SceneNode[] {
  requireLoaded(ctx, record, 'findAll')
  const out: SceneNode[] = []
  for (const id of descendants(ctx, record)) {
    const node = exposeScene(ctx.wrap(id))
    if (callback === undefined || callback(node)) out.push(node)
  }
  return out
}

/** `findOne`. */
export function findOneIn(
  ctx: NodeContext,
  record: NodeRecord,
  callback: (node: SceneNode) => boolean
): SceneNode | null {
  requireLoaded(ctx, record, 'findOne')
  for (const id of descendants(ctx, record)) {
    const node = exposeScene(ctx.wrap(id))
    if (callback(node)) return node
  }
  return null
}

/** `findAllWithCriteria`: types, plugin data keys and shared plugin data keys (any of the keys). */
export function findWithCriteriaIn<T extends NodeType[]>(
  ctx: NodeContext,
  record: NodeRecord,
  criteria: FindAllCriteria<T>
): Array<{ type: T[number] } & SceneNode> {
  requireLoaded(ctx, record, 'findAllWithCriteria')
  if (typeof criteria !== 'object' || criteria === null)
    throw apiError('findAllWithCriteria', 'Expected a criteria object')
  const types = criteria.types === undefined ? null : new Set<string>(criteria.types)
  const pluginKeys = criteria.pluginData === undefined ? undefined : (criteria.pluginData.keys ?? null)
  const shared = criteria.sharedPluginData
  const out: SceneNode[] = []
  for (const id of descendants(ctx, record)) {
    const node = ctx.doc.records.get(id) as NodeRecord
    if (types !== null && !types.has(node.type)) continue
    if (pluginKeys !== undefined && !hasKeys(node.pluginData.get(ctx.pluginId) ?? NO_ENTRIES, pluginKeys)) continue
    if (shared !== undefined) {
      const entries = node.sharedPluginData.get(shared.namespace)
      if (entries === undefined || !hasKeys(entries, shared.keys ?? null)) continue
    }
    out.push(exposeScene(ctx.wrap(id)))
  }
  return exposeMatches<T>(out)
}

const NO_ENTRIES = new Map<string, string>()

function hasKeys(entries: Map<string, string>, keys: readonly string[] | null): boolean {
  if (keys === null) return entries.size > 0
  return keys.some((key) => entries.has(key))
}
