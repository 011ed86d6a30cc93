/**
 * From a board snapshot to one analysis per canvas: membership, zones, ranking, links and fit.
 */
import { indexBoxes } from './canvas-index'
import { evidenceReport } from './evidence/evidence-report'
import { fitSummary } from './fit'
import { areaOf, centreOf } from './geometry'
import { linksOf } from './links'
import { rankUnplaced, rankZone, votesDecide } from './ranking'
import { zoneAt } from './zones'
import { CUSTOMER_ZONES, REPORT_SCHEMA, VALUE_ZONES } from './types'
import type {
  BoardSnapshot,
  CanvasAnalysis,
  CanvasPart,
  CanvasSnapshot,
  ConnectorSnapshot,
  FitReport,
  Point,
  Rect,
  ReportItem,
  ReportLink,
  StickySnapshot,
  ZoneKey
} from './types'

/** The report minus `checkedAt`: what two checks of an unchanged board agree on. */
export type TimelessReport = Omit<FitReport, 'checkedAt'>

/** Whether a sticky is canvas content: plugin-written stickies (BMC summaries and the like) are not. */
export function isUserSticky(sticky: StickySnapshot): boolean {
  return sticky.pluginRole === null
}

/** Whether `inner` lies wholly inside `outer` (edges included) and is not the same box. */
function nestedIn(inner: Rect, outer: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height &&
    (inner.x !== outer.x ||
      inner.y !== outer.y ||
      inner.width !== outer.width ||
      inner.height !== outer.height)
  )
}

/**
 * The canvas a sticky centred at `centre` belongs to, among `hits` (indices into `canvases` of the sections holding
 * the centre, ascending), or -1 (see `assignStickies`).
 */
export function ownerAmong(
  canvases: readonly CanvasSnapshot[],
  hits: readonly number[],
  centre: Point
): number {
  if (hits.length <= 1) return hits[0] ?? -1
  const boxOf = (i: number) => (canvases[i] as CanvasSnapshot).box
  // A canvas drawn (or pasted) inside another canvas's section keeps what lies on it, zoned or not.
  const innermost = hits.filter((i) => !hits.some((j) => j !== i && nestedIn(boxOf(j), boxOf(i))))
  const zoned = innermost.filter((i) => zoneAt(centre, canvases[i] as CanvasSnapshot) !== null)
  const pool = zoned.length > 0 ? zoned : innermost
  let best = pool[0] ?? -1
  for (const i of pool) if (areaOf(boxOf(i)) < areaOf(boxOf(best))) best = i
  return best
}

/**
 * Which canvas each sticky belongs to, as an index into `canvases` per sticky (-1: none). A sticky belongs to the
 * canvas whose section box holds its centre (edges included). Inside several sections, it belongs to the innermost:
 * a section lying wholly inside another holds its stickies, whether or not the outer one's zone is under them.
 * Among overlapping sections neither of which holds the other, it belongs to the one with a zone holding its
 * centre; when that does not decide, to the smallest section among those left, then the earliest in `canvases`.
 * Plugin-written stickies belong to none.
 */
export function assignStickies(
  canvases: readonly CanvasSnapshot[],
  stickies: readonly StickySnapshot[]
): number[] {
  const index = indexBoxes(canvases.map((c) => c.box))
  return stickies.map((sticky) => {
    if (!isUserSticky(sticky)) return -1
    const centre = centreOf(sticky.box)
    return ownerAmong(canvases, index.boxesAt(centre), centre)
  })
}

/** Sorts links by where their ends stand in the report: value map, then customer profile, then unplaced. */
export function sortLinks(links: ReportLink[], position: ReadonlyMap<string, number>): ReportLink[] {
  const at = (id: string): number => position.get(id) ?? Number.MAX_SAFE_INTEGER
  return links.sort((a, b) => at(a.from) - at(b.from) || at(a.to) - at(b.to))
}

/**
 * The analysis of one canvas. `stickies` are the stickies that belong to it (see `assignStickies`; plugin-written
 * ones are skipped here too); `connectors` may be every connector of the board, those not between two of these
 * stickies are ignored. Stickies in no zone, including those that would need a missing shape, are unplaced.
 */
export function analyzeCanvas(
  canvas: CanvasSnapshot,
  stickies: readonly StickySnapshot[],
  connectors: readonly ConnectorSnapshot[],
  checkedAt: string
): CanvasAnalysis {
  const byZone: Record<ZoneKey, StickySnapshot[]> = {
    jobs: [],
    pains: [],
    gains: [],
    products: [],
    painRelievers: [],
    gainCreators: []
  }
  const unplacedStickies: StickySnapshot[] = []
  const zoneOf = new Map<string, ZoneKey | null>()
  // A sticky a drawing uses as a zone's header is part of the drawing, not an item.
  const labels = canvas.drawn ? new Set(canvas.drawn.labelIds) : null
  for (const sticky of stickies) {
    if (!isUserSticky(sticky) || labels?.has(sticky.id)) continue
    const zone = zoneAt(centreOf(sticky.box), canvas)
    zoneOf.set(sticky.id, zone)
    if (zone) byZone[zone].push(sticky)
    else unplacedStickies.push(sticky)
  }

  const useVotes = votesDecide(byZone.jobs.concat(byZone.pains, byZone.gains))
  // Votes rank the customer profile only; the value map keeps its markers and reading order.
  const zones: Record<ZoneKey, ReportItem[]> = {
    jobs: rankZone(byZone.jobs, useVotes),
    pains: rankZone(byZone.pains, useVotes),
    gains: rankZone(byZone.gains, useVotes),
    products: rankZone(byZone.products, false),
    painRelievers: rankZone(byZone.painRelievers, false),
    gainCreators: rankZone(byZone.gainCreators, false)
  }
  const unplaced = rankUnplaced(unplacedStickies)

  const position = new Map<string, number>()
  for (const zone of [...VALUE_ZONES, ...CUSTOMER_ZONES]) {
    for (const item of zones[zone]) position.set(item.id, position.size)
  }
  for (const item of unplaced) position.set(item.id, position.size)
  const links = sortLinks(linksOf(connectors, zoneOf), position)

  // An adopted drawing has no template parts to lose; its lost zones are reported instead.
  const damaged: CanvasPart[] = []
  if (!canvas.drawn && !canvas.valueMap) damaged.push('valueMap')
  if (!canvas.drawn && !canvas.customerProfile) damaged.push('customerProfile')

  const report: FitReport = {
    schema: REPORT_SCHEMA,
    canvas: {
      id: canvas.id,
      segment: canvas.meta.segment,
      product: canvas.meta.product,
      locale: canvas.meta.locale
    },
    zones,
    unplaced,
    links,
    fit: fitSummary(zones, links),
    evidence: evidenceReport(canvas, zones, links),
    checkedAt
  }
  const emptyZones = CUSTOMER_ZONES.filter((zone) => byZone[zone].length === 0)
  if (canvas.drawn) return { report, damaged, emptyZones, lostZones: canvas.drawn.lost }
  return { report, damaged, emptyZones }
}

/**
 * One analysis per canvas of the board, in the snapshot's canvas order. Deterministic: the same snapshot and
 * `checkedAt` give the same analyses. Each sticky counts for at most one canvas (see `assignStickies`).
 */
export function analyzeBoard(snapshot: BoardSnapshot, checkedAt: string): CanvasAnalysis[] {
  const { canvases, stickies, connectors } = snapshot
  const owner = assignStickies(canvases, stickies)
  const stickiesOf: StickySnapshot[][] = canvases.map(() => [])
  const canvasOfSticky = new Map<string, number>()
  owner.forEach((canvasIndex, i) => {
    const sticky = stickies[i]
    if (canvasIndex < 0 || !sticky) return
    stickiesOf[canvasIndex]?.push(sticky)
    canvasOfSticky.set(sticky.id, canvasIndex)
  })
  // Hand each canvas only the connectors between two of its stickies: linear in connectors overall.
  const connectorsOf: ConnectorSnapshot[][] = canvases.map(() => [])
  for (const connector of connectors) {
    if (connector.startId === null || connector.endId === null) continue
    const a = canvasOfSticky.get(connector.startId)
    if (a === undefined || a !== canvasOfSticky.get(connector.endId)) continue
    connectorsOf[a]?.push(connector)
  }
  return canvases.map((canvas, i) =>
    analyzeCanvas(canvas, stickiesOf[i] ?? [], connectorsOf[i] ?? [], checkedAt)
  )
}

/** The report without `checkedAt`, for comparing two checks. */
export function reportWithoutTime(report: FitReport): TimelessReport {
  const { checkedAt: _checkedAt, ...rest } = report
  return rest
}
