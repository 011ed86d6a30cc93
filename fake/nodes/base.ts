/**
 * Node objects as plugins see them: thin views over the document's records, one object per node per
 * session. Every property is a getter or setter that counts itself, checks the plugin is still open and
 * the node still exists, then reads or writes the record.
 */
import { expose, exposeParent } from '../boundary'
import { apiError, closedPluginError, removedNodeError } from '../errors'
import { normaliseRotation, rotationOf } from '../geometry'
import type { NodeRecord, RecordType, SceneType } from '../model/record'
import type { NodeContext } from './context'
import { checkNumber, freezePaints } from './validate'

/** Members every fake node provides (checked against the typings by each class's `implements`). */
export type BaseMembers =
  | 'id'
  | 'type'
  | 'name'
  | 'parent'
  | 'removed'
  | 'toString'
  | 'remove'
  | 'isAsset'
  | 'setRelaunchData'
  | 'getRelaunchData'
  | 'getPluginData'
  | 'setPluginData'
  | 'getPluginDataKeys'
  | 'getSharedPluginData'
  | 'setSharedPluginData'
  | 'getSharedPluginDataKeys'

/** Members every fake scene node provides. */
export type SceneMembers =
  | BaseMembers
  | 'visible'
  | 'locked'
  | 'x'
  | 'y'
  | 'width'
  | 'height'
  | 'relativeTransform'
  | 'absoluteTransform'
  | 'absoluteBoundingBox'
  | 'attachedConnectors'
  | 'stuckNodes'

/** Figma's limit on one plugin-data entry (plugin id, key and value together). */
export const PLUGIN_DATA_LIMIT_BYTES = 100_000

/** Base of all fake nodes. */
export abstract class FakeBaseNode<T extends RecordType = RecordType> {
  /** @internal The session this object belongs to. */
  readonly ctx: NodeContext
  /** @internal The node's id, readable without counting an API read. */
  readonly nodeId: string
  /** @internal The node's type, readable without counting an API read. */
  readonly nodeType: T

  constructor(ctx: NodeContext, id: string, type: T) {
    this.ctx = ctx
    this.nodeId = id
    this.nodeType = type
  }

  // -- access helpers: count, check the session is open and the node exists -------------------------

  /** Count a property read and return the live record. */
  protected read(property: string): NodeRecord {
    const ctx = this.ctx
    if (ctx.closed) throw closedPluginError(`get_${property}`)
    ctx.counter.read(this.nodeType, property)
    const record = ctx.doc.records.get(this.nodeId)
    if (record === undefined) throw removedNodeError(`get_${property}`, this.nodeId)
    return record
  }

  /** Count a property write and return the live record. */
  protected write(property: string): NodeRecord {
    const ctx = this.ctx
    if (ctx.closed) throw closedPluginError(`set_${property}`)
    ctx.counter.write(this.nodeType, property)
    const record = ctx.doc.records.get(this.nodeId)
    if (record === undefined) throw removedNodeError(`set_${property}`, this.nodeId)
    return record
  }

  /** Count a method call and return the live record. */
  protected invoke(method: string): NodeRecord {
    const ctx = this.ctx
    if (ctx.closed) throw closedPluginError(method)
    ctx.counter.call(this.nodeType, method)
    const record = ctx.doc.records.get(this.nodeId)
    if (record === undefined) throw removedNodeError(method, this.nodeId)
    return record
  }

  /** Count a read that works on removed nodes too (`id`, `type`, `removed`). */
  private readAlways(property: string): void {
    if (this.ctx.closed) throw closedPluginError(`get_${property}`)
    this.ctx.counter.read(this.nodeType, property)
  }

  // -- identity --------------------------------------------------------------------------------------

  get id(): string {
    this.readAlways('id')
    return this.nodeId
  }

  get type(): T {
    this.readAlways('type')
    return this.nodeType
  }

  get removed(): boolean {
    this.readAlways('removed')
    return !this.ctx.doc.records.has(this.nodeId)
  }

  get name(): string {
    return this.read('name').name
  }

  set name(value: string) {
    const record = this.write('name')
    if (typeof value !== 'string') throw apiError('set_name', 'Expected a string')
    if (record.autoRename) this.ctx.doc.set(record, 'autoRename', false, this.ctx, [])
    this.ctx.doc.set(record, 'name', value, this.ctx, ['name'])
  }

  get parent(): (BaseNode & ChildrenMixin) | null {
    const record = this.read('parent')
    return record.parent === null ? null : exposeParent(this.ctx.wrap(record.parent))
  }

  get isAsset(): boolean {
    this.read('isAsset')
    return false
  }

  toString(): string {
    return `[Node ${this.nodeId}]`
  }

  remove(): void {
    const record = this.invoke('remove')
    if (record.type === 'DOCUMENT') throw apiError('remove', 'The document cannot be removed')
    if (record.type === 'PAGE' && this.ctx.doc.pageIds.length <= 1) {
      throw apiError('remove', 'Cannot remove the last page of a document')
    }
    if (record.type === 'PAGE' && record.id === this.ctx.doc.currentPageId) {
      throw apiError('remove', 'Cannot remove the current page')
    }
    this.ctx.doc.remove(record.id, this.ctx)
  }

  // -- plugin data -----------------------------------------------------------------------------------

  getPluginData(key: string): string {
    const record = this.invoke('getPluginData')
    checkString(key, 'getPluginData', 'key')
    // Private to the plugin id that wrote it (setPluginData docs): another id reads nothing.
    return record.pluginData.get(this.ctx.pluginId)?.get(key) ?? ''
  }

  setPluginData(key: string, value: string): void {
    const record = this.invoke('setPluginData')
    checkString(key, 'setPluginData', 'key')
    checkString(value, 'setPluginData', 'value')
    checkEntrySize('setPluginData', this.ctx.pluginId, key, value)
    const owner = this.ctx.pluginId
    if ((record.pluginData.get(owner)?.get(key) ?? '') === value) return
    this.ctx.doc.touch(record, this.ctx)
    const entries = record.pluginData.get(owner) ?? new Map<string, string>()
    // An empty value deletes the entry, as in Figma.
    if (value === '') entries.delete(key)
    else entries.set(key, value)
    if (entries.size === 0) record.pluginData.delete(owner)
    else record.pluginData.set(owner, entries)
    this.ctx.doc.report(record, this.ctx, ['pluginData'])
  }

  getPluginDataKeys(): string[] {
    return [...(this.invoke('getPluginDataKeys').pluginData.get(this.ctx.pluginId)?.keys() ?? [])]
  }

  getSharedPluginData(namespace: string, key: string): string {
    const record = this.invoke('getSharedPluginData')
    checkNamespace(namespace, 'getSharedPluginData')
    checkString(key, 'getSharedPluginData', 'key')
    return record.sharedPluginData.get(namespace)?.get(key) ?? ''
  }

  setSharedPluginData(namespace: string, key: string, value: string): void {
    const record = this.invoke('setSharedPluginData')
    checkNamespace(namespace, 'setSharedPluginData')
    checkString(key, 'setSharedPluginData', 'key')
    checkString(value, 'setSharedPluginData', 'value')
    checkEntrySize('setSharedPluginData', namespace, key, value)
    if ((record.sharedPluginData.get(namespace)?.get(key) ?? '') === value) return
    this.ctx.doc.touch(record, this.ctx)
    const entries = record.sharedPluginData.get(namespace) ?? new Map<string, string>()
    if (value === '') entries.delete(key)
    else entries.set(key, value)
    if (entries.size === 0) record.sharedPluginData.delete(namespace)
    else record.sharedPluginData.set(namespace, entries)
    this.ctx.doc.report(record, this.ctx, ['pluginData'])
  }

  getSharedPluginDataKeys(namespace: string): string[] {
    const record = this.invoke('getSharedPluginDataKeys')
    checkNamespace(namespace, 'getSharedPluginDataKeys')
    return [...(record.sharedPluginData.get(namespace)?.keys() ?? [])]
  }

  setRelaunchData(data: { [command: string]: string }): void {
    const record = this.invoke('setRelaunchData')
    if ((record.type === 'PAGE' || record.type === 'DOCUMENT') && this.ctx.editorType === 'figjam') {
      throw apiError('setRelaunchData', 'Relaunch data on pages and the document is not supported in FigJam')
    }
    if (typeof data !== 'object' || data === null) throw apiError('setRelaunchData', 'Expected an object')
    const copy: Record<string, string> = {}
    for (const [command, description] of Object.entries(data)) {
      checkString(description, 'setRelaunchData', `data.${command}`)
      copy[command] = description
    }
    this.ctx.doc.touch(record, this.ctx)
    record.relaunchData = Object.freeze(copy)
    this.ctx.doc.report(record, this.ctx, ['pluginData'])
  }

  getRelaunchData(): { [command: string]: string } {
    return { ...this.invoke('getRelaunchData').relaunchData }
  }
}

/** Base of all fake scene nodes (everything on a page). */
export abstract class FakeSceneNode<T extends SceneType = SceneType> extends FakeBaseNode<T> {
  get visible(): boolean {
    return this.read('visible').visible
  }

  set visible(value: boolean) {
    const record = this.write('visible')
    checkBoolean(value, 'set_visible')
    this.ctx.doc.set(record, 'visible', value, this.ctx, ['visible'])
  }

  /** A plain property: a plugin can still edit locked nodes, as in Figma. */
  get locked(): boolean {
    return this.read('locked').locked
  }

  set locked(value: boolean) {
    const record = this.write('locked')
    checkBoolean(value, 'set_locked')
    this.ctx.doc.set(record, 'locked', value, this.ctx, ['locked'])
  }

  get x(): number {
    return this.ctx.doc.localBox(this.read('x')).x
  }

  set x(value: number) {
    const record = this.write('x')
    checkNumber(value, 'set_x', 'x')
    this.ctx.doc.moveTo(record, value, this.ctx.doc.localBox(record).y, this.ctx)
  }

  get y(): number {
    return this.ctx.doc.localBox(this.read('y')).y
  }

  set y(value: number) {
    const record = this.write('y')
    checkNumber(value, 'set_y', 'y')
    this.ctx.doc.moveTo(record, this.ctx.doc.localBox(record).x, value, this.ctx)
  }

  get width(): number {
    return this.ctx.doc.localBox(this.read('width')).width
  }

  get height(): number {
    return this.ctx.doc.localBox(this.read('height')).height
  }

  get relativeTransform(): Transform {
    return this.ctx.doc.relativeTransform(this.read('relativeTransform'))
  }

  set relativeTransform(value: Transform) {
    const record = this.write('relativeTransform')
    const flat = Array.isArray(value) ? [...(value[0] ?? []), ...(value[1] ?? [])] : []
    if (flat.length !== 6 || flat.some((n) => typeof n !== 'number' || !Number.isFinite(n))) {
      throw apiError('set_relativeTransform', 'Expected a 2x3 matrix of finite numbers')
    }
    const rotation = rotationOf(value)
    if (rotation !== record.rotation) this.setRotation(record, rotation, 'set_relativeTransform')
    this.ctx.doc.moveTo(record, value[0][2], value[1][2], this.ctx)
  }

  get absoluteTransform(): Transform {
    return this.ctx.doc.absoluteTransform(this.read('absoluteTransform'))
  }

  get absoluteBoundingBox(): Rect | null {
    return this.ctx.doc.absoluteBox(this.read('absoluteBoundingBox'))
  }

  get attachedConnectors(): ConnectorNode[] {
    const record = this.read('attachedConnectors')
    return this.ctx.doc.attachedTo(record.id).map((connector) => this.exposeAs<ConnectorNode>(connector.id))
  }

  get stuckNodes(): SceneNode[] {
    const record = this.read('stuckNodes')
    return this.ctx.doc.stuckTo(record.id).map((stamp) => this.exposeAs<SceneNode>(stamp.id))
  }

  // -- helpers for subclasses ------------------------------------------------------------------------

  /** `opacity` for node types that have it. */
  protected opacityOf(): number {
    return this.read('opacity').opacity
  }

  protected setOpacity(value: number): void {
    const record = this.write('opacity')
    checkNumber(value, 'set_opacity', 'opacity')
    if (value < 0 || value > 1)
      throw apiError('set_opacity', 'Property "opacity" failed validation: expected 0 to 1')
    this.ctx.doc.set(record, 'opacity', value, this.ctx, ['opacity'])
  }

  /** `strokeWeight` for node types that have it. */
  protected setStrokeWeight(value: number | symbol): void {
    const record = this.write('strokeWeight')
    if (typeof value === 'symbol')
      throw apiError('set_strokeWeight', 'Cannot set strokeWeight to figma.mixed')
    checkNumber(value, 'set_strokeWeight', 'strokeWeight')
    if (value < 0)
      throw apiError('set_strokeWeight', 'Property "strokeWeight" failed validation: expected >= 0')
    this.ctx.doc.set(record, 'strokeWeight', value, this.ctx, ['strokeWeight'])
  }

  /** Rotation for node types that have it. */
  protected setRotation(record: NodeRecord, value: number, member: string): void {
    if (!ROTATABLE.has(record.type)) throw apiError(member, `A ${record.type} node cannot be rotated`)
    checkNumber(value, member, 'rotation')
    this.ctx.doc.set(record, 'rotation', normaliseRotation(value), this.ctx, ['rotation'])
  }

  /** Resize for node types that have `resize`. */
  protected resizeTo(record: NodeRecord, width: number, height: number, member: string): void {
    checkNumber(width, member, 'width')
    checkNumber(height, member, 'height')
    if (width < 0.01)
      throw apiError(
        member,
        'Property "width" failed validation: Number must be greater than or equal to 0.01'
      )
    const minHeight = record.type === 'LINE' ? 0 : 0.01
    if (height < minHeight) {
      throw apiError(
        member,
        `Property "height" failed validation: Number must be greater than or equal to ${minHeight}`
      )
    }
    if (record.type === 'LINE' && height !== 0)
      throw apiError(member, 'A line has no height: resize(length, 0)')
    if (record.width === width && record.height === height) return
    const properties: NodeChangeProperty[] = []
    if (record.width !== width) properties.push('width')
    if (record.height !== height) properties.push('height')
    this.ctx.doc.touch(record, this.ctx)
    record.width = width
    record.height = height
    this.ctx.doc.report(record, this.ctx, properties)
  }

  /** Fills setter shared by the node types that have fills. */
  protected setPaints(key: 'fills' | 'strokes', value: ReadonlyArray<Paint> | symbol): void {
    const record = this.write(key)
    this.ctx.doc.set(record, key, freezePaints(value, `set_${key}`), this.ctx, [key])
  }

  /** `clone()`: a copy with plugin data, on the current page (as the typings document). */
  protected duplicate(): NodeRecord {
    const record = this.invoke('clone')
    const ids = this.ctx.doc.cloneSubtree(record.id, this.ctx.doc.currentPageId, this.ctx)
    return this.ctx.doc.records.get(ids.get(record.id) as string) as NodeRecord
  }

  /** This session's node object for an id, as an official type the caller vouches for. */
  protected exposeAs<N extends BaseNode>(id: string): N {
    return expose(this.ctx.wrap(id)) as N
  }
}

/** Node types with a `rotation` property. */
const ROTATABLE = new Set<RecordType>(['SHAPE_WITH_TEXT', 'LINE', 'TEXT', 'STAMP'])

/** The fake node behind an official node, or a TypeError for anything else. */
export function unwrap(node: unknown, member: string): FakeBaseNode {
  if (isFakeNode(node)) return node
  throw new TypeError(`in ${member}: Expected a node, got ${describe(node)}`)
}

/** Whether a value is one of the fake's node objects (of any session). */
export function isFakeNode(value: unknown): value is FakeBaseNode {
  return value instanceof FakeBaseNode
}

function isFakeScene(value: FakeBaseNode): value is FakeSceneNode {
  return value instanceof FakeSceneNode
}

/** The fake scene node behind an official node. */
export function unwrapScene(node: unknown, member: string): FakeSceneNode {
  const fake = unwrap(node, member)
  if (isFakeScene(fake)) return fake
  throw apiError(member, 'Expected a scene node (not a page or the document)')
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (typeof value === 'object') return 'an object that is not a node'
  return typeof value
}

function checkString(value: unknown, member: string, name: string): asserts value is string {
  if (typeof value !== 'string') throw apiError(member, `Expected "${name}" to be a string`)
}

function checkBoolean(value: unknown, member: string): asserts value is boolean {
  if (typeof value !== 'boolean') throw apiError(member, 'Expected a boolean')
}

/** Shared plugin data namespaces: at least 3 alphanumeric characters (nothing else, to be safe). */
function checkNamespace(namespace: unknown, member: string): void {
  if (typeof namespace !== 'string' || !/^[A-Za-z0-9]{3,}$/.test(namespace)) {
    throw apiError(
      member,
      `Namespace must be at least 3 alphanumeric characters, got ${JSON.stringify(namespace)}`
    )
  }
}

function checkEntrySize(member: string, owner: string, key: string, value: string): void {
  const bytes = utf8Length(owner) + utf8Length(key) + utf8Length(value)
  if (bytes > PLUGIN_DATA_LIMIT_BYTES) {
    throw apiError(
      member,
      `Data too large: ${bytes} bytes; an entry can be at most 100 kB (${PLUGIN_DATA_LIMIT_BYTES} bytes)`
    )
  }
}

/** UTF-8 byte length without TextEncoder (not every sandbox has it). */
function utf8Length(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4
      i++
    } else bytes += 3
  }
  return bytes
}
