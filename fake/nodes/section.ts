/**
 * SECTION: a container whose children use section-local coordinates. Starts small (100 x 100 here):
 * always `resizeWithoutConstraints` it. No rotation.
 */
import { apiError } from '../errors'
import { FakeSceneNode, type SceneMembers } from './base'
import { withChildren, type ChildrenMembers } from './children'
import type { NodeContext } from './context'

type SectionMembers =
  | SceneMembers
  | ChildrenMembers
  | 'fills'
  | 'strokes'
  | 'strokeWeight'
  | 'resizeWithoutConstraints'
  | 'resize'
  | 'sectionContentsHidden'
  | 'clone'

/** A FigJam section. */
export class FakeSection
  extends withChildren(FakeSceneNode<'SECTION'>)
  implements Pick<SectionNode, SectionMembers>
{
  constructor(ctx: NodeContext, id: string) {
    super(ctx, id, 'SECTION')
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

  resizeWithoutConstraints(width: number, height: number): void {
    this.resizeTo(this.invoke('resizeWithoutConstraints'), width, height, 'resizeWithoutConstraints')
  }

  /** Sections have no constraints on children: same as `resizeWithoutConstraints`. */
  resize(width: number, height: number): void {
    this.resizeTo(this.invoke('resize'), width, height, 'resize')
  }

  get sectionContentsHidden(): boolean {
    return this.read('sectionContentsHidden').sectionContentsHidden
  }

  set sectionContentsHidden(value: boolean) {
    const record = this.write('sectionContentsHidden')
    if (typeof value !== 'boolean') throw apiError('set_sectionContentsHidden', 'Expected a boolean')
    this.ctx.doc.set(record, 'sectionContentsHidden', value, this.ctx, [])
  }

  clone(): SectionNode {
    return this.exposeAs<SectionNode>(this.duplicate().id)
  }
}
