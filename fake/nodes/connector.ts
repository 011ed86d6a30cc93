/**
 * CONNECTOR: endpoints by node (magnet or node-relative position) or free canvas position.
 * FigJam's magnet rules: straight connectors take only CENTER or NONE; elbowed (and, here, curved)
 * ones take any magnet but CENTER. Defaults: ELBOWED, start cap NONE, end cap ARROW_LINES.
 */
import { exposeSublayer } from '../boundary'
import { apiError } from '../errors'
import type { ConnectorLineType, NodeRecord } from '../model/record'
import { FakeSceneNode, type SceneMembers } from './base'
import type { NodeContext } from './context'
import { FakeTextSublayer } from './text-sublayer'
import { checkEnum, checkNumber } from './validate'

type ConnectorMembers =
  | SceneMembers
  | 'opacity'
  | 'strokes'
  | 'strokeWeight'
  | 'text'
  | 'connectorLineType'
  | 'connectorStart'
  | 'connectorEnd'
  | 'connectorStartStrokeCap'
  | 'connectorEndStrokeCap'
  | 'rotation'
  | 'clone'

type Magnet = ConnectorEndpointEndpointNodeIdAndMagnet['magnet']

const LINE_TYPES: readonly ConnectorLineType[] = ['ELBOWED', 'STRAIGHT', 'CURVED']
const MAGNETS: readonly Magnet[] = ['NONE', 'AUTO', 'TOP', 'LEFT', 'BOTTOM', 'RIGHT', 'CENTER']
/** Every connector stroke cap. */
export const CONNECTOR_CAPS: readonly ConnectorStrokeCap[] = [
  'NONE',
  'ARROW_EQUILATERAL',
  'ARROW_LINES',
  'TRIANGLE_FILLED',
  'DIAMOND_FILLED',
  'CIRCLE_FILLED',
  'ERD_ZERO_OR_ONE',
  'ERD_EXACTLY_ONE',
  'ERD_ZERO_OR_MORE',
  'ERD_ONE_OR_MORE',
  'ERD_ONE',
  'ERD_MANY'
]

/** Throws unless a magnet suits the line type (FigJam's 2024 rule). */
export function checkMagnet(magnet: Magnet, lineType: ConnectorLineType, member: string): void {
  if (lineType === 'STRAIGHT' && magnet !== 'CENTER' && magnet !== 'NONE') {
    throw apiError(member, `Straight connectors can only attach to CENTER or NONE magnets, not ${magnet}`)
  }
  if (lineType !== 'STRAIGHT' && magnet === 'CENTER') {
    throw apiError(
      member,
      `${lineType === 'ELBOWED' ? 'Elbowed' : 'Curved'} connectors cannot attach to the CENTER magnet`
    )
  }
}

/** A validated, frozen copy of an endpoint. */
export function checkEndpoint(
  ctx: NodeContext,
  connector: NodeRecord,
  value: unknown,
  lineType: ConnectorLineType,
  member: string
): ConnectorEndpoint {
  if (typeof value !== 'object' || value === null)
    throw apiError(member, 'Expected a ConnectorEndpoint object')
  const end = value as { endpointNodeId?: unknown; magnet?: unknown; position?: unknown }
  const position = end.position === undefined ? undefined : checkPosition(end.position, member)
  if (end.endpointNodeId === undefined) {
    if (position === undefined) throw apiError(member, 'An endpoint needs endpointNodeId or position')
    return Object.freeze({ position })
  }
  if (typeof end.endpointNodeId !== 'string') throw apiError(member, 'endpointNodeId must be a string')
  const target = ctx.doc.get(end.endpointNodeId)
  if (target === undefined || target.type === 'PAGE' || target.type === 'DOCUMENT') {
    throw apiError(member, `Cannot attach to node ${end.endpointNodeId}: no such scene node`)
  }
  if (target.type === 'CONNECTOR' || target.id === connector.id) {
    throw apiError(member, 'A connector cannot attach to a connector')
  }
  if (ctx.doc.pageOf(target.id) !== ctx.doc.pageOf(connector.id)) {
    throw apiError(member, 'A connector can only attach to nodes on its own page')
  }
  if (end.magnet !== undefined) {
    const magnet = checkEnum(end.magnet, MAGNETS, member, 'magnet')
    checkMagnet(magnet, lineType, member)
    return Object.freeze({ endpointNodeId: target.id, magnet })
  }
  if (position === undefined) throw apiError(member, 'An attached endpoint needs a magnet or a position')
  return Object.freeze({ endpointNodeId: target.id, position })
}

function checkPosition(value: unknown, member: string): { x: number; y: number } {
  const p = value as { x?: unknown; y?: unknown } | null
  if (typeof p !== 'object' || p === null) throw apiError(member, 'position must be { x, y }')
  checkNumber(p.x, member, 'position.x')
  checkNumber(p.y, member, 'position.y')
  return Object.freeze({ x: p.x, y: p.y })
}

/** A FigJam connector. */
export class FakeConnector
  extends FakeSceneNode<'CONNECTOR'>
  implements Pick<ConnectorNode, ConnectorMembers>
{
  private readonly textLayer: FakeTextSublayer

  constructor(ctx: NodeContext, id: string) {
    super(ctx, id, 'CONNECTOR')
    this.textLayer = new FakeTextSublayer(ctx, id, 'CONNECTOR')
  }

  get opacity(): number {
    return this.opacityOf()
  }

  set opacity(value: number) {
    this.setOpacity(value)
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

  get connectorLineType(): ConnectorLineType {
    return this.read('connectorLineType').connectorLineType
  }

  set connectorLineType(value: ConnectorLineType) {
    const record = this.write('connectorLineType')
    const lineType = checkEnum(value, LINE_TYPES, 'set_connectorLineType', 'connectorLineType')
    for (const end of [record.connectorStart, record.connectorEnd]) {
      if ('magnet' in end) checkMagnet(end.magnet, lineType, 'set_connectorLineType')
    }
    this.ctx.doc.set(record, 'connectorLineType', lineType, this.ctx, ['connectorLineType'])
  }

  get connectorStart(): ConnectorEndpoint {
    return this.read('connectorStart').connectorStart
  }

  set connectorStart(value: ConnectorEndpoint) {
    const record = this.write('connectorStart')
    const end = checkEndpoint(this.ctx, record, value, record.connectorLineType, 'set_connectorStart')
    this.ctx.doc.set(record, 'connectorStart', end, this.ctx, ['connectorStart'])
  }

  get connectorEnd(): ConnectorEndpoint {
    return this.read('connectorEnd').connectorEnd
  }

  set connectorEnd(value: ConnectorEndpoint) {
    const record = this.write('connectorEnd')
    const end = checkEndpoint(this.ctx, record, value, record.connectorLineType, 'set_connectorEnd')
    this.ctx.doc.set(record, 'connectorEnd', end, this.ctx, ['connectorEnd'])
  }

  get connectorStartStrokeCap(): ConnectorStrokeCap {
    return this.read('connectorStartStrokeCap').connectorStartStrokeCap
  }

  set connectorStartStrokeCap(value: ConnectorStrokeCap) {
    const record = this.write('connectorStartStrokeCap')
    const cap = checkEnum(value, CONNECTOR_CAPS, 'set_connectorStartStrokeCap', 'connectorStartStrokeCap')
    this.ctx.doc.set(record, 'connectorStartStrokeCap', cap, this.ctx, ['connectorStartStrokeCap'])
  }

  get connectorEndStrokeCap(): ConnectorStrokeCap {
    return this.read('connectorEndStrokeCap').connectorEndStrokeCap
  }

  set connectorEndStrokeCap(value: ConnectorStrokeCap) {
    const record = this.write('connectorEndStrokeCap')
    const cap = checkEnum(value, CONNECTOR_CAPS, 'set_connectorEndStrokeCap', 'connectorEndStrokeCap')
    this.ctx.doc.set(record, 'connectorEndStrokeCap', cap, this.ctx, ['connectorEndStrokeCap'])
  }

  /** Connectors are drawn between their ends: always 0 here. */
  get rotation(): number {
    this.read('rotation')
    return 0
  }

  set rotation(_value: number) {
    this.write('rotation')
    throw apiError(
      'set_rotation',
      'Rotating a connector is not modelled by the fake: move its endpoints instead'
    )
  }

  clone(): ConnectorNode {
    return this.exposeAs<ConnectorNode>(this.duplicate().id)
  }
}
