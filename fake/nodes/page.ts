/**
 * PAGE: under dynamic-page its content is readable only once loaded (the current page always is).
 * `selection` is the local user's selection on the page; `on('nodechange')` reports its node changes.
 */
import { exposeScene } from '../boundary'
import { apiError } from '../errors'
import { FakeBaseNode, unwrapScene, type BaseMembers } from './base'
import { withChildren, type ChildrenMembers } from './children'
import type { NodeContext } from './context'

type PageMembers =
  BaseMembers | ChildrenMembers | 'selection' | 'loadAsync' | 'on' | 'once' | 'off' | 'isPageDivider'

/** A page. */
export class FakePage extends withChildren(FakeBaseNode<'PAGE'>) implements Pick<PageNode, PageMembers> {
  constructor(ctx: NodeContext, id: string) {
    super(ctx, id, 'PAGE')
  }

  get isPageDivider(): boolean {
    this.read('isPageDivider')
    return false
  }

  get selection(): ReadonlyArray<SceneNode> {
    const record = this.read('selection')
    return Object.freeze(this.ctx.doc.selection(record.id).map((id) => exposeScene(this.ctx.wrap(id))))
  }

  set selection(value: ReadonlyArray<SceneNode>) {
    const record = this.write('selection')
    if (!Array.isArray(value)) throw apiError('set_selection', 'Expected an array of nodes')
    const ids = (value as readonly unknown[]).map((node) => {
      const fake = unwrapScene(node, 'set_selection')
      if (this.ctx.doc.pageOf(fake.nodeId) !== record.id) {
        throw apiError('set_selection', `Node ${fake.nodeId} is not on this page`)
      }
      return fake.nodeId
    })
    this.ctx.doc.setSelection(record.id, [...new Set(ids)])
  }

  async loadAsync(): Promise<void> {
    const record = this.invoke('loadAsync')
    await Promise.resolve()
    this.ctx.loadPage(record.id)
  }

  on(type: 'nodechange', callback: (event: NodeChangeEvent) => void): void {
    this.listen('on', type, callback)
  }

  once(type: 'nodechange', callback: (event: NodeChangeEvent) => void): void {
    this.listen('once', type, callback)
  }

  off(type: 'nodechange', callback: (event: NodeChangeEvent) => void): void {
    this.listen('off', type, callback)
  }

  private listen(
    action: 'on' | 'once' | 'off',
    type: string,
    callback: (event: NodeChangeEvent) => void
  ): void {
    const record = this.invoke(action)
    if (type !== 'nodechange') throw apiError(action, `Pages only emit "nodechange", not "${type}"`)
    if (typeof callback !== 'function') throw apiError(action, 'Expected a callback function')
    this.ctx.pageListener(action, record.id, callback)
  }
}
