/**
 * Benchmark boards, built the way a workshop builds them: canvases drawn by the plugin's own `insertVpcAsync`,
 * then people drop stickies into the zones (and some next to the shapes or off the canvases), connect about 30 %
 * of them, and stamp some customer stickies. Deterministic: the same spec always gives the same board.
 *
 * Building goes through the fake's user module, which never counts as plugin API use; geometry of the drawn
 * canvases is read through the fake's non-counting inspector. The API counter is reset when the board is done.
 */
import { installFigJam } from '../fake'
import type { FigJamFake, InspectedNode } from '../fake'
import { insertVpcAsync } from '../src/commands/insert-vpc-async'
import { DATA_KEYS, ROLES } from '../src/adapter/plugin-data'
import { pointAt } from '../src/core/layout/vpc-layout'
import { ZONE_SECTORS } from '../src/core/zones'
import type { Locale, Point, Rect, ZoneKey } from '../src/core/types'

export interface BoardSpec {
  stickies: number
  canvases: number
  /** PRNG seed; default 1. */
  seed?: number
  /** Connectors to draw (a sticky may then have several); default: about 30 % of the stickies get one. */
  connectors?: number
}

export interface BuiltCanvas {
  id: string
  box: Rect
  valueMap: Rect
  customerProfile: Rect
}

export interface BuiltBoard {
  fake: FigJamFake
  spec: BoardSpec
  canvases: BuiltCanvas[]
  /** Every sticky a person dropped, in the order dropped. */
  stickyIds: string[]
  /** Where each sticky was aimed: a zone, 'margin' (inside a canvas section, outside both shapes) or 'outside'. */
  aims: Array<ZoneKey | 'margin' | 'outside'>
  connectors: number
  /** Stickies with at least one connector. */
  connected: number
  stamps: number
  buildMs: number
}

/** Share of stickies aimed at a zone, at a canvas's margin, and off every canvas. */
const SHARE_MARGIN = 0.08
const SHARE_OUTSIDE = 0.05
/** Share of stickies that end up with a connector (each connector joins two of them). */
const SHARE_CONNECTED = 0.3
/** Share of customer-profile stickies that get stamps (one to three each). */
const SHARE_STAMPED = 0.15

/** mulberry32: a small, fast, seedable PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const WORDS: Record<ZoneKey, string[]> = {
  jobs: ['plan meals', 'track workouts', 'book a trainer', 'stay motivated', 'share progress', 'find time'],
  pains: ['no time', 'too expensive', 'apps are complex', 'lose motivation', 'fear of injury', 'noisy workouts'],
  gains: ['quick results', 'visible progress', 'feel energetic', 'friends cheer', 'save money', 'sleep better'],
  products: ['mobile app', 'meal planner', 'coach chat', 'wearable sync', 'video library', 'weekly plan'],
  painRelievers: ['10-minute sessions', 'simple design', 'reminders', 'cheap plan', 'form checks', 'quiet mode'],
  gainCreators: ['progress charts', 'badges', 'buddy challenges', 'discounts', 'sleep tips', 'energy log']
}
const LOOSE = ['parking lot idea', 'ask legal', 'follow up with Sam', 'maybe later', '?', 'todo: survey']

function textFor(zone: ZoneKey | null, i: number, random: () => number): string {
  const pool = zone === null ? LOOSE : WORDS[zone]
  const base = pool[Math.floor(random() * pool.length)] ?? 'idea'
  // Some stickies carry a rank marker, some are longer, as on real boards.
  const r = random()
  if (r < 0.1) return `${1 + (i % 9)}. ${base}`
  if (r < 0.3) return `${base}: ${pool[(i * 7) % pool.length] ?? ''} and ${pool[(i * 3) % pool.length] ?? ''} (#${i})`
  return `${base} ${i}`
}

function shapesOf(nodes: InspectedNode[], sectionId: string): { valueMap: Rect; customerProfile: Rect } {
  let valueMap: Rect | null = null
  let customerProfile: Rect | null = null
  for (const node of nodes) {
    if (node.parentId !== sectionId) continue
    const role = node.sharedPluginData.vpcfit?.[DATA_KEYS.role]
    if (role === ROLES.valueMap) valueMap = node.box
    if (role === ROLES.customerProfile) customerProfile = node.box
  }
  if (!valueMap || !customerProfile) throw new Error(`bench: canvas ${sectionId} was drawn without its shapes`)
  return { valueMap, customerProfile }
}

/** A point in `zone`, on a random ray of its sector at 25-85 % of the radius. */
export function pointInZone(canvas: BuiltCanvas, zone: ZoneKey, random: () => number): Point {
  const sector = ZONE_SECTORS.find((s) => s.zone === zone)
  if (!sector) throw new Error(`bench: no sector for ${zone}`)
  const rect = sector.shape === 'square' ? canvas.valueMap : canvas.customerProfile
  const half = rect.width / 2
  const centre = { x: rect.x + half, y: rect.y + half }
  // Stay 12 degrees away from the dividers and inside the inscribed circle: the point is in the zone for sure.
  const angle = sector.centre + (random() - 0.5) * 96
  return pointAt(centre, angle, half * (0.25 + random() * 0.6))
}

/** A point inside the section but outside both shapes: the strip under the shapes (credit band). */
function pointInMargin(canvas: BuiltCanvas, random: () => number): Point {
  const top = canvas.valueMap.y + canvas.valueMap.height + 10
  const bottom = canvas.box.y + canvas.box.height - 10
  return { x: canvas.box.x + 200 + random() * (canvas.box.width - 400), y: top + random() * Math.max(1, bottom - top) }
}

/** A point below every canvas, on the bare page. */
function pointOutside(canvases: readonly BuiltCanvas[], random: () => number): Point {
  const left = Math.min(...canvases.map((c) => c.box.x))
  const right = Math.max(...canvases.map((c) => c.box.x + c.box.width))
  const below = Math.max(...canvases.map((c) => c.box.y + c.box.height))
  return { x: left + random() * (right - left), y: below + 600 + random() * 2000 }
}

const CUSTOMER: ReadonlySet<string> = new Set(['jobs', 'pains', 'gains'])
const VALUE_TO_CUSTOMER: Record<string, ZoneKey> = { products: 'jobs', painRelievers: 'pains', gainCreators: 'gains' }
const LOCALES: Locale[] = ['en', 'sv', 'da']

/**
 * What people put on a board with these canvases, decided without touching it: stickies (text and top-left), the
 * connectors between them and the stamps, by sticky index. Deterministic for a spec and its canvases: the Node
 * bench and the browser bench build the same board.
 */
export interface BoardPlan {
  stickies: Array<{ text: string; x: number; y: number }>
  aims: BuiltBoard['aims']
  /** Sticky indexes joined by each connector. */
  connectors: Array<[number, number]>
  /** The sticky index of each stamp, in stamping order. */
  stamps: number[]
  /** Stickies with at least one connector. */
  connected: number
}

export function planBoard(spec: BoardSpec, canvases: readonly BuiltCanvas[]): BoardPlan {
  const random = prng(spec.seed ?? 1)
  // The same draws in the same order as before the plan was split out: the boards stay the ones measured before.
  const stickies: BoardPlan['stickies'] = []
  const aims: BuiltBoard['aims'] = []
  const byCanvasZone = new Map<string, number[]>()
  const zones = ZONE_SECTORS.map((s) => s.zone)
  for (let i = 0; i < spec.stickies; i++) {
    const canvas = canvases[i % canvases.length] as BuiltCanvas
    const r = random()
    let aim: ZoneKey | 'margin' | 'outside'
    let point: Point
    if (r < SHARE_OUTSIDE) {
      aim = 'outside'
      point = pointOutside(canvases, random)
    } else if (r < SHARE_OUTSIDE + SHARE_MARGIN) {
      aim = 'margin'
      point = pointInMargin(canvas, random)
    } else {
      aim = zones[Math.floor(random() * zones.length)] ?? 'jobs'
      point = pointInZone(canvas, aim, random)
    }
    stickies.push({
      text: textFor(aim === 'margin' || aim === 'outside' ? null : aim, i, random),
      x: point.x - 120,
      y: point.y - 120
    })
    aims.push(aim)
    if (aim !== 'margin' && aim !== 'outside') {
      const key = `${canvas.id}/${aim}`
      const list = byCanvasZone.get(key)
      if (list) list.push(i)
      else byCanvasZone.set(key, [i])
    }
  }

  // Connectors: mostly value map -> the customer zone it answers; one in eight joins the wrong zones (invalid).
  const wanted = spec.connectors ?? Math.round((spec.stickies * SHARE_CONNECTED) / 2)
  // With a connector count asked for, stickies take several connectors each (never the same pair twice).
  const used = new Set<number>()
  const pairs = new Set<string>()
  const connectors: Array<[number, number]> = []
  for (let attempt = 0; connectors.length < wanted && attempt < wanted * 20; attempt++) {
    const canvas = canvases[Math.floor(random() * canvases.length)] as BuiltCanvas
    const from = (['products', 'painRelievers', 'gainCreators'] as const)[Math.floor(random() * 3)] ?? 'products'
    const to: ZoneKey = random() < 0.125 ? (zones[Math.floor(random() * zones.length)] ?? 'jobs') : VALUE_TO_CUSTOMER[from] ?? 'jobs'
    const free = spec.connectors === undefined ? used : new Set<number>()
    const a = pick(byCanvasZone.get(`${canvas.id}/${from}`), free, random)
    const b = pick(byCanvasZone.get(`${canvas.id}/${to}`), free, random)
    if (a === null || b === null || a === b || pairs.has(`${a}>${b}`) || pairs.has(`${b}>${a}`)) continue
    connectors.push([a, b])
    pairs.add(`${a}>${b}`)
    used.add(a)
    used.add(b)
  }

  // Stamps on some customer-profile stickies.
  const stamps: number[] = []
  aims.forEach((aim, i) => {
    if (!CUSTOMER.has(aim) || random() >= SHARE_STAMPED) return
    const count = 1 + Math.floor(random() * 3)
    for (let k = 0; k < count; k++) stamps.push(i)
  })
  return { stickies, aims, connectors, stamps, connected: used.size }
}

/** The canvases on the fake's page that the plugin drew, with their shapes (read without counting). */
export function canvasesOn(fake: FigJamFake): BuiltCanvas[] {
  const nodes = fake.inspect.nodes()
  return nodes
    .filter((node) => node.type === 'SECTION' && node.sharedPluginData.vpcfit?.[DATA_KEYS.role] === ROLES.canvas)
    .map((node) => ({ id: node.id, box: node.box, ...shapesOf(nodes, node.id) }))
}

/** Puts a plan on the board through the fake's user module (what people do); the new stickies' ids. */
export function applyPlan(fake: FigJamFake, plan: BoardPlan): string[] {
  const ids = plan.stickies.map((sticky) => fake.user.addSticky(sticky).id)
  for (const [a, b] of plan.connectors) fake.user.connect(ids[a] as string, ids[b] as string)
  for (const i of plan.stamps) fake.user.stamp(ids[i] as string)
  return ids
}

/** Installs a fresh fake (the global `figma`) and builds a board on it. */
export async function buildBoard(spec: BoardSpec): Promise<BuiltBoard> {
  const started = performance.now()
  const fake = installFigJam()

  // Canvases, drawn by the plugin itself; the viewport stays where it is, so they line up side by side.
  for (let c = 0; c < spec.canvases; c++) {
    const locale = LOCALES[c % LOCALES.length] ?? 'en'
    await insertVpcAsync({ segment: `Segment ${c + 1}`, product: `Product ${c + 1}`, locale })
  }
  const canvases = canvasesOn(fake)
  if (canvases.length !== spec.canvases) {
    throw new Error(`bench: asked for ${spec.canvases} canvases, the page has ${canvases.length}`)
  }
  const plan = planBoard(spec, canvases)
  const stickyIds = applyPlan(fake, plan)

  // Let the board's change events go by before anyone measures.
  await fake.flush()
  fake.counter.reset()
  return {
    fake,
    spec,
    canvases,
    stickyIds,
    aims: plan.aims,
    connectors: plan.connectors.length,
    connected: plan.connected,
    stamps: plan.stamps.length,
    buildMs: performance.now() - started
  }
}

/** A random unused id from `list`, or null when a few tries find none. */
function pick(list: number[] | undefined, used: Set<number>, random: () => number): number | null {
  if (!list || list.length === 0) return null
  for (let tries = 0; tries < 8; tries++) {
    const id = list[Math.floor(random() * list.length)]
    if (id !== undefined && !used.has(id)) return id
  }
  return null
}
