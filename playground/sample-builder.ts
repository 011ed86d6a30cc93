/**
 * Builds a sample board the way a facilitator would: insert a canvas through the real plugin, then place
 * stickies in each zone, draw the links and vote.
 */
import type { FigJamFake, InspectedNode, UserActions } from '../fake'
import type { ZoneKey } from '../contract/vocabulary'
import { placeInZone, type Box } from './placement'
import type { SampleBoard } from './samples'
import { ZONE_COLOURS } from './samples'

const ZONE_ORDER: readonly ZoneKey[] = ['jobs', 'pains', 'gains', 'products', 'painRelievers', 'gainCreators']

/** The parts of a drawn canvas a person looks at to place stickies. */
export interface CanvasParts {
  section: InspectedNode
  valueMap: InspectedNode
  customerProfile: InspectedNode
  /** Everything already inside the section that stickies must not cover (labels, hints, stickies). */
  obstacles: Box[]
}

/** Ids of every canvas section on the current page. */
export function canvasIds(fake: FigJamFake): string[] {
  return fake.inspect
    .nodes()
    .filter((node) => node.type === 'SECTION' && node.sharedPluginData.vpcfit?.role === 'vpc-canvas')
    .map((node) => node.id)
}

/** The square, the circle and the occupied areas of a canvas, read from the board. */
export function canvasParts(fake: FigJamFake, sectionId: string): CanvasParts {
  const nodes = fake.inspect.nodes()
  const section = nodes.find((node) => node.id === sectionId)
  if (!section) throw new Error(`No canvas ${sectionId} on the page`)
  const inside = nodes.filter((node) => isInside(node, section.box) && node.id !== section.id)
  const valueMap = inside.find((node) => node.sharedPluginData.vpcfit?.role === 'value-map')
  const customerProfile = inside.find((node) => node.sharedPluginData.vpcfit?.role === 'customer-profile')
  if (!valueMap || !customerProfile) throw new Error('The canvas has no square or no circle: repair it first')
  const obstacles = inside
    .filter((node) => node.type === 'TEXT' || node.type === 'STICKY' || node.type === 'STAMP')
    .map((node) => ({ ...node.box }))
  return { section, valueMap, customerProfile, obstacles }
}

function isInside(node: InspectedNode, box: Box): boolean {
  const cx = node.box.x + node.box.width / 2
  const cy = node.box.y + node.box.height / 2
  return cx >= box.x && cx <= box.x + box.width && cy >= box.y && cy <= box.y + box.height
}

/**
 * Places the sample's stickies, links and votes on the canvas `sectionId`, all through the fake's user
 * module (so every edit fires change events and is an undo step). Returns the sticky ids by sample key.
 */
export function fillCanvas(fake: FigJamFake, user: UserActions, sectionId: string, sample: SampleBoard): Map<string, string> {
  const parts = canvasParts(fake, sectionId)
  const ids = new Map<string, string>()
  const obstacles = parts.obstacles.slice()
  for (const zone of ZONE_ORDER) {
    const stickies = sample.zones[zone]
    const shape = ZONE_SHAPE[zone] === 'square' ? parts.valueMap : parts.customerProfile
    const spots = placeInZone(zone, stickies.length, shape.box, obstacles)
    stickies.forEach((sticky, index) => {
      const spot = spots[index]
      if (!spot) return
      const node = user.addSticky({ text: sticky.text, x: spot.x, y: spot.y, color: ZONE_COLOURS[zone] })
      ids.set(sticky.key, node.id)
      const placed = fake.inspect.node(node.id)
      obstacles.push(placed ? { ...placed.box } : { x: spot.x, y: spot.y, width: 240, height: 240 })
    })
  }
  for (const [from, to] of sample.links) {
    const a = ids.get(from)
    const b = ids.get(to)
    if (a && b) user.connect(a, b)
  }
  for (const [key, count] of sample.votes) {
    const id = ids.get(key)
    if (!id) continue
    for (let i = 0; i < count; i += 1) user.stamp(id)
  }
  return ids
}

const ZONE_SHAPE: Record<ZoneKey, 'square' | 'circle'> = {
  jobs: 'circle',
  gains: 'circle',
  pains: 'circle',
  gainCreators: 'square',
  products: 'square',
  painRelievers: 'square'
}
