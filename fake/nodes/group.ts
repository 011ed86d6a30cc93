/**
 * GROUP: no coordinate space of its own. Its box is its children's union; its children's x/y are in
 * the group's parent's space; moving it moves them; it disappears when emptied.
 */
import { apiError } from '../errors'
import { FakeSceneNode, type SceneMembers } from './base'
import {
  childrenOf,
  findAllIn,
  findChildOf,
  findChildrenOf,
  findOneIn,
  findWithCriteriaIn,
  insertInto,
  type ChildrenMembers
} from './children'
import type { NodeContext } from './context'

type GroupMembers = SceneMembers | ChildrenMembers | 'opacity' | 'rotation' | 'clone'

/** A group. */
export class FakeGroup extends FakeSceneNode<'GROUP'> implements Pick<GroupNode, GroupMembers> {
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

  clone(): GroupNode {
    return this.exposeAs<GroupNode>(this.duplicate().id)
  }
}
