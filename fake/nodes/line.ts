/** LINE: `width` is the length, height is 0, `rotation` turns it; drawn with strokes. */
import { FakeSceneNode, type SceneMembers } from './base'
import type { NodeContext } from './context'

type LineMembers =
  SceneMembers | 'opacity' | 'fills' | 'strokes' | 'strokeWeight' | 'rotation' | 'resize' | 'clone'

/** A line. */
export class FakeLine extends FakeSceneNode<'LINE'> implements Pick<LineNode, LineMembers> {
  constructor(ctx: NodeContext, id: string) {
    super(ctx, id, 'LINE')
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

  get rotation(): number {
    return this.read('rotation').rotation
  }

  set rotation(value: number) {
    this.setRotation(this.write('rotation'), value, 'set_rotation')
  }

  /** `resize(length, 0)`: a line has no height. */
  resize(width: number, height: number): void {
    this.resizeTo(this.invoke('resize'), width, height, 'resize')
  }

  clone(): LineNode {
    return this.exposeAs<LineNode>(this.duplicate().id)
  }
}
