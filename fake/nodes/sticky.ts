/** STICKY: 240 x 240 (wide 416 x 240), height grows with text, no `resize`, no `rotation`. */
import { exposeSublayer } from '../boundary'
import { apiError } from '../errors'
import { relayout } from '../model/text'
import { STICKY } from '../text-layout'
import { FakeSceneNode, type SceneMembers } from './base'
import type { NodeContext } from './context'
import { FakeTextSublayer } from './text-sublayer'

type StickyMembers =
  SceneMembers | 'opacity' | 'fills' | 'text' | 'authorName' | 'authorVisible' | 'isWideWidth' | 'clone'

/** A sticky note. */
export class FakeSticky extends FakeSceneNode<'STICKY'> implements Pick<StickyNode, StickyMembers> {
  private readonly textLayer: FakeTextSublayer

  constructor(ctx: NodeContext, id: string) {
    super(ctx, id, 'STICKY')
    this.textLayer = new FakeTextSublayer(ctx, id, 'STICKY')
  }

  get opacity(): number {
    return this.opacityOf()
  }

  set opacity(value: number) {
    this.setOpacity(value)
  }

  get fills(): readonly Paint[] {
    return this.read('fills').fills
  }

  set fills(value: ReadonlyArray<Paint> | PluginAPI['mixed']) {
    this.setPaints('fills', value)
  }

  get text(): TextSublayerNode {
    this.read('text')
    return exposeSublayer(this.textLayer)
  }

  get authorName(): string {
    return this.read('authorName').authorName
  }

  set authorName(value: string) {
    const record = this.write('authorName')
    if (typeof value !== 'string') throw apiError('set_authorName', 'Expected a string')
    this.ctx.doc.set(record, 'authorName', value, this.ctx, ['authorName'])
  }

  get authorVisible(): boolean {
    return this.read('authorVisible').authorVisible
  }

  set authorVisible(value: boolean) {
    const record = this.write('authorVisible')
    if (typeof value !== 'boolean') throw apiError('set_authorVisible', 'Expected a boolean')
    this.ctx.doc.set(record, 'authorVisible', value, this.ctx, ['authorVisible'])
  }

  get isWideWidth(): boolean {
    return this.read('isWideWidth').isWideWidth
  }

  set isWideWidth(value: boolean) {
    const record = this.write('isWideWidth')
    if (typeof value !== 'boolean') throw apiError('set_isWideWidth', 'Expected a boolean')
    if (record.isWideWidth === value) return
    this.ctx.doc.touch(record, this.ctx)
    record.isWideWidth = value
    record.width = value ? STICKY.wideWidth : STICKY.width
    this.ctx.doc.report(record, this.ctx, ['width', ...relayout(record)])
  }

  clone(): StickyNode {
    return this.exposeAs<StickyNode>(this.duplicate().id)
  }
}
