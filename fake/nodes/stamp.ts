/** STAMP: a vote people place on a node (no `createStamp` exists); `stuckTo` is its host. */
import { apiError } from '../errors'
import { FakeSceneNode, unwrapScene, type SceneMembers } from './base'
import type { NodeContext } from './context'

type StampMembers = SceneMembers | 'opacity' | 'rotation' | 'resize' | 'stuckTo' | 'getAuthorAsync' | 'clone'

/** Looks a user up by id (the fake knows the local user and the collaborator). */
export type UserLookup = (id: string) => BaseUser | null

/** A stamp. */
export class FakeStamp extends FakeSceneNode<'STAMP'> implements Pick<StampNode, StampMembers> {
  private readonly users: UserLookup

  constructor(ctx: NodeContext, id: string, users: UserLookup) {
    super(ctx, id, 'STAMP')
    this.users = users
  }

  get opacity(): number {
    return this.opacityOf()
  }

  set opacity(value: number) {
    this.setOpacity(value)
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

  get stuckTo(): SceneNode | null {
    const record = this.read('stuckTo')
    return record.stuckTo === null || !this.ctx.doc.records.has(record.stuckTo)
      ? null
      : this.exposeAs<SceneNode>(record.stuckTo)
  }

  set stuckTo(value: SceneNode | null) {
    const record = this.write('stuckTo')
    const host = value === null ? null : unwrapScene(value, 'set_stuckTo')
    if (host !== null && host.nodeId === record.id)
      throw apiError('set_stuckTo', 'A stamp cannot stick to itself')
    this.ctx.doc.set(record, 'stuckTo', host === null ? null : host.nodeId, this.ctx, [])
  }

  getAuthorAsync(): Promise<BaseUser | null> {
    const record = this.invoke('getAuthorAsync')
    return Promise.resolve(this.users(record.createdBy))
  }

  clone(): StampNode {
    return this.exposeAs<StampNode>(this.duplicate().id)
  }
}
