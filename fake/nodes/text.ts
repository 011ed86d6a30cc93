/** TEXT: auto-sized text node; writing its text needs the font loaded in this session. */
import { apiError } from '../errors'
import { applyText, relayout } from '../model/text'
import { FakeSceneNode, type SceneMembers } from './base'
import type { NodeContext } from './context'
import { readText, weightOf, writeText } from './text-sublayer'
import { freezePaints } from './validate'

type TextMembers =
  | SceneMembers
  | 'opacity'
  | 'fills'
  | 'characters'
  | 'fontName'
  | 'fontSize'
  | 'fontWeight'
  | 'hasMissingFont'
  | 'autoRename'
  | 'rotation'
  | 'clone'
  | 'textAlignHorizontal'
  | 'textAutoResize'
  | 'resize'

/** A text node. */
export class FakeText extends FakeSceneNode<'TEXT'> implements Pick<TextNode, TextMembers> {
  constructor(ctx: NodeContext, id: string) {
    super(ctx, id, 'TEXT')
  }

  get opacity(): number {
    return this.opacityOf()
  }

  set opacity(value: number) {
    this.setOpacity(value)
  }

  get fills(): readonly Paint[] {
    return readText(this.read('fills')).fills
  }

  set fills(value: ReadonlyArray<Paint> | PluginAPI['mixed']) {
    const record = this.write('fills')
    applyText(this.ctx.doc, this.ctx, record, { fills: freezePaints(value, 'set_fills') })
  }

  get characters(): string {
    return readText(this.read('characters')).characters
  }

  set characters(value: string) {
    writeText(this.ctx, this.write('characters'), 'characters', value)
  }

  get fontName(): FontName {
    return readText(this.read('fontName')).fontName
  }

  set fontName(value: FontName | PluginAPI['mixed']) {
    writeText(this.ctx, this.write('fontName'), 'fontName', value)
  }

  get fontSize(): number {
    return readText(this.read('fontSize')).fontSize
  }

  set fontSize(value: number | PluginAPI['mixed']) {
    writeText(this.ctx, this.write('fontSize'), 'fontSize', value)
  }

  get fontWeight(): number {
    return weightOf(readText(this.read('fontWeight')).fontName.style)
  }

  get hasMissingFont(): boolean {
    return !this.ctx.catalog.isAvailable(readText(this.read('hasMissingFont')).fontName)
  }

  get autoRename(): boolean {
    return this.read('autoRename').autoRename
  }

  set autoRename(value: boolean) {
    const record = this.write('autoRename')
    if (typeof value !== 'boolean') throw apiError('set_autoRename', 'Expected a boolean')
    this.ctx.doc.set(record, 'autoRename', value, this.ctx, [])
  }

  get rotation(): number {
    return this.read('rotation').rotation
  }

  set rotation(value: number) {
    this.setRotation(this.write('rotation'), value, 'set_rotation')
  }

  get textAlignHorizontal(): TextNode['textAlignHorizontal'] {
    return this.read('textAlignHorizontal').textAlignHorizontal
  }

  set textAlignHorizontal(value: TextNode['textAlignHorizontal']) {
    const record = this.write('textAlignHorizontal')
    if (!['LEFT', 'CENTER', 'RIGHT', 'JUSTIFIED'].includes(value)) {
      throw apiError('set_textAlignHorizontal', `Invalid enum value: ${String(value)}`)
    }
    this.ctx.doc.set(record, 'textAlignHorizontal', value, this.ctx, ['textAlignHorizontal'])
  }

  get textAutoResize(): TextNode['textAutoResize'] {
    return this.read('textAutoResize').textAutoResize
  }

  set textAutoResize(value: TextNode['textAutoResize']) {
    const record = this.write('textAutoResize')
    if (!['NONE', 'WIDTH_AND_HEIGHT', 'HEIGHT', 'TRUNCATE'].includes(value)) {
      throw apiError('set_textAutoResize', `Invalid enum value: ${String(value)}`)
    }
    this.ctx.doc.set(record, 'textAutoResize', value, this.ctx, ['textAutoResize'])
    const changed = relayout(record)
    if (changed.length > 0) this.ctx.doc.report(record, this.ctx, changed)
  }

  /** A fixed box: like Figma, resizing stops the box from following the text (`textAutoResize` NONE). */
  resize(width: number, height: number): void {
    const record = this.invoke('resize')
    this.resizeTo(record, width, height, 'resize')
    if (record.textAutoResize !== 'NONE')
      this.ctx.doc.set(record, 'textAutoResize', 'NONE', this.ctx, ['textAutoResize'])
  }

  clone(): TextNode {
    return this.exposeAs<TextNode>(this.duplicate().id)
  }
}
