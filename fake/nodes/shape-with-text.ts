/** SHAPE_WITH_TEXT: 208 x 208 by default, `shapeType`, `resize`, `rotation`, text sublayer. */
import { exposeSublayer } from '../boundary'
import type { ShapeType } from '../model/record'
import { FakeSceneNode, type SceneMembers } from './base'
import type { NodeContext } from './context'
import { FakeTextSublayer } from './text-sublayer'
import { checkEnum, checkNumber } from './validate'

type ShapeMembers =
  | SceneMembers
  | 'opacity'
  | 'fills'
  | 'strokes'
  | 'strokeWeight'
  | 'text'
  | 'shapeType'
  | 'rotation'
  | 'resize'
  | 'rescale'
  | 'clone'

/** Every `shapeType` FigJam offers. */
export const SHAPE_TYPES: readonly ShapeType[] = [
  'SQUARE',
  'ELLIPSE',
  'ROUNDED_RECTANGLE',
  'DIAMOND',
  'TRIANGLE_UP',
  'TRIANGLE_DOWN',
  'PARALLELOGRAM_RIGHT',
  'PARALLELOGRAM_LEFT',
  'ENG_DATABASE',
  'ENG_QUEUE',
  'ENG_FILE',
  'ENG_FOLDER',
  'TRAPEZOID',
  'PREDEFINED_PROCESS',
  'SHIELD',
  'DOCUMENT_SINGLE',
  'DOCUMENT_MULTIPLE',
  'MANUAL_INPUT',
  'HEXAGON',
  'CHEVRON',
  'PENTAGON',
  'OCTAGON',
  'STAR',
  'PLUS',
  'ARROW_LEFT',
  'ARROW_RIGHT',
  'SUMMING_JUNCTION',
  'OR',
  'SPEECH_BUBBLE',
  'INTERNAL_STORAGE'
]

/** A FigJam shape with text. */
export class FakeShapeWithText
  extends FakeSceneNode<'SHAPE_WITH_TEXT'>
  implements Pick<ShapeWithTextNode, ShapeMembers>
{
  private readonly textLayer: FakeTextSublayer

  constructor(ctx: NodeContext, id: string) {
    super(ctx, id, 'SHAPE_WITH_TEXT')
    this.textLayer = new FakeTextSublayer(ctx, id, 'SHAPE_WITH_TEXT')
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

  get strokes(): readonly Paint[] {
    return this.read('strokes').strokes
  }

  set strokes(value: ReadonlyArray<Paint>) {
    this.setPaints('strokes', value)
  }

  get strokeWeight(): number {
    return this.read('strokeWeight').strokeWeight
  }

  set strokeWeight(value: number | PluginAPI['mixed']) {
    this.setStrokeWeight(value)
  }

  get text(): TextSublayerNode {
    this.read('text')
    return exposeSublayer(this.textLayer)
  }

  get shapeType(): ShapeType {
    return this.read('shapeType').shapeType
  }

  set shapeType(value: ShapeType) {
    const record = this.write('shapeType')
    this.ctx.doc.set(
      record,
      'shapeType',
      checkEnum(value, SHAPE_TYPES, 'set_shapeType', 'shapeType'),
      this.ctx,
      ['shapeType']
    )
  }

  get rotation(): number {
    return this.read('rotation').rotation
  }

  set rotation(value: number) {
    this.setRotation(this.write('rotation'), value, 'set_rotation')
  }

  resize(width: number, height: number): void {
    this.resizeTo(this.invoke('resize'), width, height, 'resize')
  }

  rescale(scale: number): void {
    const record = this.invoke('rescale')
    checkNumber(scale, 'rescale', 'scale')
    this.resizeTo(record, record.width * scale, record.height * scale, 'rescale')
  }

  clone(): ShapeWithTextNode {
    return this.exposeAs<ShapeWithTextNode>(this.duplicate().id)
  }
}
