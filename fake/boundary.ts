/**
 * The boundary between the fake's classes and the official typings: the only place where a fake node,
 * text sublayer or `figma` object is presented as its `@figma/plugin-typings` interface.
 *
 * Why a cast is honest here: each class `implements Pick<OfficialInterface, members it provides>`, so
 * every member it has is checked against the typings; the cast only hides the members it does not
 * provide (calling one fails at runtime with a TypeError, as calling an absent member does in Figma).
 */
import type { RecordType } from './model/record'

/** The official node interface for a fake node class, chosen by its literal `type`. */
export type ApiNodeOf<N extends { readonly type: RecordType }> = Extract<BaseNode, { type: N['type'] }>

/** Present a fake node as its official interface. */
export function expose<N extends { readonly type: RecordType }>(node: N): ApiNodeOf<N> {
  return node as unknown as ApiNodeOf<N>
}

/** Present a fake scene node as the official `SceneNode` union. */
export function exposeScene(node: { readonly type: RecordType }): SceneNode {
  return node as unknown as SceneNode
}

/** Present a container as a parent. (The typings promise `ChildrenMixin`; a page's DOCUMENT parent differs.) */
export function exposeParent(node: { readonly type: RecordType }): BaseNode & ChildrenMixin {
  return node as unknown as BaseNode & ChildrenMixin
}

/** Present search results narrowed to the searched types, as `findAllWithCriteria` is typed. */
export function exposeMatches<T extends NodeType[]>(
  nodes: SceneNode[]
): Array<{ type: T[number] } & SceneNode> {
  return nodes
}

/** Present a fake text sublayer as the official `TextSublayerNode`. */
export function exposeSublayer(sublayer: object): TextSublayerNode {
  return sublayer as unknown as TextSublayerNode
}

/** Present the fake `figma` object as the official `PluginAPI`. */
export function exposeApi(api: object): PluginAPI {
  return api as unknown as PluginAPI
}

/** Present the fake's `figma.mixed` symbol as the official `PluginAPI['mixed']` (a unique symbol in the typings). */
export function exposeMixed(symbol: symbol): PluginAPI['mixed'] {
  return symbol as unknown as PluginAPI['mixed']
}
