/**
 * GROUP: no coordinate space of its own. Its box is its children's union; its children's x/y are in
 * the group's parent's space; moving it moves them; it disappears when emptied.
 */
import { apiError } from '../errors'
import { FakeSceneNode, type SceneMembers } from './base'
import { withChildren, type ChildrenMembers } from './children'
import type { NodeContext } from './context'

type GroupMembers = SceneMembers | ChildrenMembers | 'opacity' | 'rotation' | 'clone'

/** A group. */
export class FakeGroup extends withChildren(FakeSceneNode<'GROUP'>) implements Pick<GroupNode, GroupMembers> {
  constructor(ctx: NodeContext, id: string) {
    super(ctx, id, 'GROUP')
  }

  get opacity(): number {
    return this.opacityOf()
  }

  set opacity(value: number) {
    this.setOpacity(value)
  }

  /** Groups are never rotated in this model. */
  get rotation(): number {
    this.read('rotation')
    return 0
  }

  set rotation(_value: number) {
    this.write('rotation')
    throw apiError('set_rotation', 'Rotating a group is not modelled by the fake')
  }

  clone(): GroupNode {
    return this.exposeAs<GroupNode>(this.duplicate().id)
  }
}
