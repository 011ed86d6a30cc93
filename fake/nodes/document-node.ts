/**
 * DOCUMENT (`figma.root`): its pages are listed freely, but searching it needs
 * `await figma.loadAllPagesAsync()` first under dynamic-page.
 */
import { expose } from '../boundary'
import { apiError } from '../errors'
import type { NodeRecord } from '../model/record'
import { FakeBaseNode, type BaseMembers } from './base'
import { descendants } from './children'
import type { NodeContext } from './context'

type DocumentMembers =
  | BaseMembers
  | 'children'
  | 'findChildren'
  | 'findChild'
  | 'findAll'
  | 'findOne'
  | 'findAllWithCriteria'
  | 'documentColorProfile'

/** The document root. */
export class FakeDocumentNode
  extends FakeBaseNode<'DOCUMENT'>
  implements Pick<DocumentNode, DocumentMembers>
{
  private readonly allPagesLoaded: () => boolean

  constructor(ctx: NodeContext, id: string, allPagesLoaded: () => boolean) {
    super(ctx, id, 'DOCUMENT')
    this.allPagesLoaded = allPagesLoaded
  }

  get documentColorProfile(): 'SRGB' {
    this.read('documentColorProfile')
    return 'SRGB'
  }

  get children(): ReadonlyArray<PageNode> {
    return Object.freeze(this.read('children').children.map((id) => this.page(id)))
  }

  findChildren(callback?: (node: PageNode) => boolean): PageNode[] {
    const pages = this.invoke('findChildren').children.map((id) => this.page(id))
    return callback === undefined ? pages : pages.filter((page) => callback(page))
  }

  findChild(callback: (node: PageNode) => boolean): PageNode | null {
    return (
      this.invoke('findChild')
        .children.map((id) => this.page(id))
        .find((page) => callback(page)) ?? null
    )
  }

  findAll(callback?: (node: PageNode | SceneNode) => boolean): Array<PageNode | SceneNode> {
    const out: Array<PageNode | SceneNode> = []
    for (const id of this.everything(this.invoke('findAll'), 'findAll')) {
      const node = this.node(id)
      if (callback === undefined || callback(node)) out.push(node)
    }
    return out
  }

  findOne(callback: (node: PageNode | SceneNode) => boolean): PageNode | SceneNode | null {
    for (const id of this.everything(this.invoke('findOne'), 'findOne')) {
      const node = this.node(id)
      if (callback(node)) return node
    }
    return null
  }

  findAllWithCriteria<T extends NodeType[]>(
    criteria: FindAllCriteria<T>
  ): Array<{ type: T[number] } & (PageNode | SceneNode)> {
    const record = this.invoke('findAllWithCriteria')
    const types = criteria.types === undefined ? null : new Set<string>(criteria.types)
    const out: Array<{ type: T[number] } & (PageNode | SceneNode)> = []
    for (const id of this.everything(record, 'findAllWithCriteria')) {
      const node = this.ctx.doc.records.get(id) as NodeRecord
      if (types !== null && !types.has(node.type)) continue
      const keys = criteria.pluginData?.keys
      if (
        criteria.pluginData !== undefined &&
        !ownKeys(node, this.ctx.pluginId, keys)
      ) {
        continue
      }
      const shared = criteria.sharedPluginData
      if (shared !== undefined) {
        const entries = node.sharedPluginData.get(shared.namespace)
        if (
          entries === undefined ||
          (shared.keys === undefined ? entries.size === 0 : !shared.keys.some((k) => entries.has(k)))
        ) {
          continue
        }
      }
      out.push(this.node(id))
    }
    return out
  }

  /** Pages and their content, pre-order; throws unless all pages were loaded. */
  private everything(record: NodeRecord, member: string): string[] {
    if (!this.allPagesLoaded()) {
      throw apiError(
        member,
        `Cannot call ${member} on the document node without calling figma.loadAllPagesAsync() first (documentAccess: dynamic-page)`
      )
    }
    const out: string[] = []
    for (const pageId of record.children) {
      out.push(pageId, ...descendants(this.ctx, this.ctx.doc.records.get(pageId) as NodeRecord))
    }
    return out
  }

  private page(id: string): PageNode {
    return expose(this.ctx.wrap(id)) as PageNode
  }

  private node(id: string): PageNode | SceneNode {
    return expose(this.ctx.wrap(id)) as PageNode | SceneNode
  }
}

/** Whether a node has private plugin data of `pluginId` (any key, or one of `keys`). */
function ownKeys(node: NodeRecord, pluginId: string, keys: readonly string[] | undefined): boolean {
  const entries = node.pluginData.get(pluginId)
  if (entries === undefined) return false
  return keys === undefined ? entries.size > 0 : keys.some((key) => entries.has(key))
}
