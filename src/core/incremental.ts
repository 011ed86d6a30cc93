import { assignStickies, isUserSticky, ownerAmong, sortLinks } from './analyze'
import { indexBoxes } from './canvas-index'
import type { BoxIndex } from './canvas-index'
import { fitOfParts, zoneFit } from './fit'
import type { ZoneFit } from './fit'
import { evidenceReport, newEvidenceCache } from './evidence/evidence-report'
import { centreOf } from './geometry'
import { linkedIds, linksOf } from './links'
import { rankMarkerOf, rankUnplaced, rankZone, reportItemOf } from './ranking'
import { CUSTOMER_ZONES, REPORT_SCHEMA, VALUE_ZONES, ZONE_KEYS } from './types'
import type {
  CanvasAnalysis,
  CanvasPart,
  CanvasSnapshot,
  ConnectorSnapshot,
  FitReport,
  FitSummary,
  ReportItem,
  ReportLink,
  StickySnapshot,
  ZoneKey
} from './types'
import { zoneAt } from './zones'
import { hasVotes } from '../../contract/vocabulary'

/** What changed since the last analysis, as the live board saw it. */
export interface BoardChanges {
  /** Stickies created, edited, moved, re-voted or deleted. */
  stickies: ReadonlySet<string>
  /** Connectors as they were before and are now (null: did not exist). */
  connectors: ReadonlyArray<{ before: ConnectorSnapshot | null; after: ConnectorSnapshot | null }>
  /**
   * A section, square or circle may have changed. Canvases are compared by identity: the live board hands over
   * a new snapshot object only for a canvas it re-read.
   */
  canvases: boolean
}

/** The board as the live board holds it: stickies and connectors by id, so a change costs no copy of the board. */
export interface LiveSnapshot {
  canvases: CanvasSnapshot[]
  stickies: ReadonlyMap<string, StickySnapshot>
  connectors: ReadonlyMap<string, ConnectorSnapshot>
}

/** A zone's list, or the unplaced stickies. */
type Slot = ZoneKey | 'unplaced'

/** One canvas as the last analysis left it: who is where, each zone's ranked items, the links. */
class CanvasState {
  /** Zone (or null: unplaced) of each user sticky of the canvas. */
  readonly zoneOf = new Map<string, ZoneKey | null>()
  readonly slots = new Map<Slot, Set<string>>()
  readonly ranked = new Map<Slot, ReportItem[]>()
  readonly dirty = new Set<Slot>()
  /** What decides each placed sticky's place in its list (see `rankKey`). */
  private readonly keys = new Map<string, string>()
  /** Stickies whose text or stamps changed but not their place in a list that is not dirty. */
  private readonly edited = new Map<Slot, Set<string>>()
  /** Customer stickies with a vote for or against: votes rank the customer profile while there is one (`votesDecide`). */
  readonly voted = new Set<string>()
  /** Connectors with both ends on this canvas (as filed), in id order once sorted. */
  readonly connectorIds = new Map<string, ConnectorSnapshot>()
  /**
   * Stickies at an end of one of those connectors. Only they can change the links: a sticky with no connector
   * that is edited, moves or comes and goes leaves every link and its order as it was.
   */
  private readonly endpoints = new Map<string, number>()
  private sortedConnectors: ConnectorSnapshot[] | null = null
  linksDirty = true
  /** The canvas's own data changed (name, language, segment): the report is built again, nothing re-ranked. */
  private stale = true
  analysis: CanvasAnalysis | null = null
  private useVotes = false
  /** The ids valid links touch, for the links they came from. */
  private linked: { links: readonly ReportLink[]; ids: ReadonlySet<string> } | null = null
  /** Each zone's fit part, for the ranked list and linked ids it came from. */
  private lastFit: { parts: Record<ZoneKey, ZoneFit>; fit: FitSummary } | null = null
  private readonly fitParts = new Map<ZoneKey, { items: readonly ReportItem[]; linked: ReadonlySet<string>; part: ZoneFit }>()
  private readonly evidenceCache = newEvidenceCache()

  constructor(public canvas: CanvasSnapshot) {
    for (const slot of [...ZONE_KEYS, 'unplaced'] as Slot[]) this.slots.set(slot, new Set())
    this.invalidateAll()
  }

  invalidateAll(): void {
    for (const slot of this.slots.keys()) this.dirty.add(slot)
    this.linksDirty = true
  }

  /** Places a user sticky (again): its zone is read from the canvas geometry. */
  put(sticky: StickySnapshot): void {
    // A sticky a drawing uses as a zone's header is part of the drawing, not an item (as in `analyzeCanvas`).
    if (this.canvas.drawn?.labelIds.includes(sticky.id)) {
      this.remove(sticky.id)
      return
    }
    const centre = centreOf(sticky.box)
    const zone = zoneAt(centre, this.canvas)
    const slot: Slot = zone ?? 'unplaced'
    const key = rankKey(slot, sticky, centre)
    const customer = zone !== null && (CUSTOMER_ZONES as readonly string[]).includes(zone)
    if (this.zoneOf.has(sticky.id) && this.keys.get(sticky.id) === key) {
      // Same zone, marker, place and votes: the order stays, only the item's text or stamps change. The links
      // follow zones and order only, so they stay too.
      let edits = this.edited.get(slot)
      if (!edits) {
        edits = new Set()
        this.edited.set(slot, edits)
      }
      edits.add(sticky.id)
      if (customer && hasVotes(sticky.stamps)) this.voted.add(sticky.id)
      else this.voted.delete(sticky.id)
      return
    }
    this.remove(sticky.id)
    this.zoneOf.set(sticky.id, zone)
    this.keys.set(sticky.id, key)
    this.slots.get(slot)?.add(sticky.id)
    this.dirty.add(slot)
    if (customer && hasVotes(sticky.stamps)) this.voted.add(sticky.id)
    if (this.endpoints.has(sticky.id)) this.linksDirty = true
  }

  remove(id: string): void {
    if (!this.zoneOf.has(id)) return
    const slot: Slot = this.zoneOf.get(id) ?? 'unplaced'
    this.zoneOf.delete(id)
    this.keys.delete(id)
    this.slots.get(slot)?.delete(id)
    this.dirty.add(slot)
    this.voted.delete(id)
    if (this.endpoints.has(id)) this.linksDirty = true
  }

  /** Every sticky placed again, as after a change of the canvas's own geometry. */
  placeAll(stickies: StickySnapshot[]): void {
    for (const id of Array.from(this.zoneOf.keys())) this.remove(id)
    for (const sticky of stickies) this.put(sticky)
    this.invalidateAll()
  }

  addConnector(connector: ConnectorSnapshot): void {
    if (this.connectorIds.has(connector.id)) this.removeConnector(connector.id)
    this.connectorIds.set(connector.id, connector)
    for (const end of [connector.startId, connector.endId]) {
      if (end !== null) this.endpoints.set(end, (this.endpoints.get(end) ?? 0) + 1)
    }
    this.sortedConnectors = null
    this.linksDirty = true
  }

  removeConnector(id: string): void {
    const connector = this.connectorIds.get(id)
    if (!connector) return
    this.connectorIds.delete(id)
    for (const end of [connector.startId, connector.endId]) {
      if (end === null) continue
      const count = (this.endpoints.get(end) ?? 0) - 1
      if (count > 0) this.endpoints.set(end, count)
      else this.endpoints.delete(end)
    }
    this.sortedConnectors = null
    this.linksDirty = true
  }

  touch(): void {
    this.stale = true
  }

  get changed(): boolean {
    return this.stale || this.dirty.size > 0 || this.edited.size > 0 || this.linksDirty || this.analysis === null
  }

  /** The analysis, recomputing only the zones, links and totals that changed. */
  analyse(stickies: ReadonlyMap<string, StickySnapshot>, connectors: ReadonlyMap<string, ConnectorSnapshot>, at: string): CanvasAnalysis {
    const useVotes = this.voted.size > 0
    if (useVotes !== this.useVotes) {
      for (const zone of CUSTOMER_ZONES) this.dirty.add(zone)
      this.useVotes = useVotes
      this.linksDirty = true
    }
    for (const slot of this.dirty) {
      this.edited.delete(slot)
      const ids = this.slots.get(slot) ?? new Set<string>()
      const previous = this.ranked.get(slot) ?? []
      // The members in their last rank order first: sorting a list that is nearly in order is nearly linear.
      const members: StickySnapshot[] = []
      const taken = new Set<string>()
      for (const item of previous) {
        const sticky = ids.has(item.id) ? stickies.get(item.id) : undefined
        if (sticky) {
          members.push(sticky)
          taken.add(item.id)
        }
      }
      for (const id of ids) {
        const sticky = taken.has(id) ? undefined : stickies.get(id)
        if (sticky) members.push(sticky)
      }
      const customer = (CUSTOMER_ZONES as readonly string[]).includes(slot)
      const ranked = slot === 'unplaced' ? rankUnplaced(members) : rankZone(members, customer && useVotes)
      this.ranked.set(slot, keepUnchanged(previous, ranked))
    }
    this.dirty.clear()
    // Edited in place: the same order and weights, the changed items rebuilt from their stickies.
    for (const [slot, ids] of this.edited) {
      const previous = this.ranked.get(slot)
      if (!previous) continue
      const next = previous.slice()
      for (let i = 0; i < next.length; i++) {
        const item = next[i] as ReportItem
        const sticky = ids.has(item.id) ? stickies.get(item.id) : undefined
        if (sticky) next[i] = reportItemOf(sticky, item.rank, item.weight)
      }
      this.ranked.set(slot, keepUnchanged(previous, next))
    }
    this.edited.clear()
    const zones = {} as Record<ZoneKey, ReportItem[]>
    for (const zone of ZONE_KEYS) zones[zone] = this.ranked.get(zone) ?? []
    const unplaced = this.ranked.get('unplaced') ?? []
    const previous = this.analysis
    let links = previous ? previous.report.links : []
    // Links follow their ends' zones and ranks; a change that touched no connector's end leaves them as they were.
    if (this.linksDirty || !previous) {
      if (!this.sortedConnectors) {
        const list: ConnectorSnapshot[] = []
        for (const id of this.connectorIds.keys()) {
          const connector = connectors.get(id)
          if (connector) list.push(connector)
        }
        this.sortedConnectors = list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      }
      const position = new Map<string, number>()
      for (const zone of [...VALUE_ZONES, ...CUSTOMER_ZONES]) {
        for (const item of zones[zone]) position.set(item.id, position.size)
      }
      for (const item of unplaced) position.set(item.id, position.size)
      links = sortLinks(linksOf(this.sortedConnectors, this.zoneOf), position)
    }
    this.linksDirty = false
    this.stale = false
    const damaged: CanvasPart[] = []
    const canvas = this.canvas
    if (!canvas.drawn && !canvas.valueMap) damaged.push('valueMap')
    if (!canvas.drawn && !canvas.customerProfile) damaged.push('customerProfile')
    const report: FitReport = {
      schema: REPORT_SCHEMA,
      canvas: { id: canvas.id, segment: canvas.meta.segment, product: canvas.meta.product, locale: canvas.meta.locale },
      zones,
      unplaced,
      links,
      fit: this.fitOf(zones, links),
      evidence: evidenceReport(canvas, zones, links, this.evidenceCache),
      checkedAt: at
    }
    this.analysis = {
      report,
      damaged,
      emptyZones: CUSTOMER_ZONES.filter((zone) => zones[zone].length === 0),
      ...(canvas.drawn ? { lostZones: canvas.drawn.lost } : {})
    }
    return this.analysis
  }

  /**
   * The fit summary as `fitSummary` gives it, recomputing only the zones whose ranked list or links changed: one
   * edit costs its zone, not the canvas. The lists are joined again (ids only).
   */
  private fitOf(zones: Record<ZoneKey, ReportItem[]>, links: ReportLink[]): FitSummary {
    if (this.linked?.links !== links) this.linked = { links, ids: linkedIds(links) }
    const linked = this.linked.ids
    const parts = {} as Record<ZoneKey, ZoneFit>
    for (const zone of ZONE_KEYS) {
      const items = zones[zone]
      let cached = this.fitParts.get(zone)
      if (cached?.items !== items || cached.linked !== linked) {
        const part = zoneFit(items, linked)
        // An edit that left the zone's weights and missing items as they were keeps its part (and the lists).
        const kept = cached && samePart(cached.part, part) ? cached.part : part
        cached = { items, linked, part: kept }
        this.fitParts.set(zone, cached)
      }
      parts[zone] = cached.part
    }
    const last = this.lastFit
    if (last && ZONE_KEYS.every((zone) => last.parts[zone] === parts[zone])) return last.fit
    const fit = fitOfParts(parts)
    this.lastFit = { parts, fit }
    return fit
  }
}

/**
 * Everything that decides where a sticky stands in its list: its slot, rank marker, centre and net votes (the id
 * breaks ties and does not change). Two states of a sticky with the same key leave its list in the same order.
 */
function rankKey(slot: Slot, sticky: StickySnapshot, centre: { x: number; y: number }): string {
  return `${slot}|${rankMarkerOf(sticky.text) ?? ''}|${centre.x}|${centre.y}|${sticky.votes}`
}

function samePart(a: ZoneFit, b: ZoneFit): boolean {
  return (
    a.total === b.total &&
    a.hit === b.hit &&
    a.missing.length === b.missing.length &&
    a.missing.every((id, i) => b.missing[i] === id)
  )
}

function sameItem(a: ReportItem, b: ReportItem): boolean {
  if (a.id !== b.id || a.text !== b.text || a.rank !== b.rank || a.weight !== b.weight || a.votes !== b.votes) return false
  if (a.stamps === b.stamps) return true
  if (!a.stamps || !b.stamps) return false
  const keys = Object.keys(a.stamps)
  return keys.length === Object.keys(b.stamps).length && keys.every((key) => a.stamps?.[key] === b.stamps?.[key])
}

/**
 * `ranked` with each item that equals its previous version replaced by that object, so what follows (the state
 * patch, the fit parts) sees at once what one edit left as it was. A list equal to `previous` is `previous`.
 */
function keepUnchanged(previous: readonly ReportItem[], ranked: ReportItem[]): ReportItem[] {
  if (previous.length === 0) return ranked
  let before: Map<string, ReportItem> | null = null
  let same = previous.length === ranked.length
  for (let i = 0; i < ranked.length; i++) {
    const item = ranked[i] as ReportItem
    let old = previous[i]
    if (old?.id !== item.id) {
      // Shifted (a sticky came or went before it): found by id.
      if (!before) before = new Map(previous.map((p) => [p.id, p]))
      old = before.get(item.id)
    }
    if (old && old !== item && sameItem(old, item)) ranked[i] = old
    if (ranked[i] !== previous[i]) same = false
  }
  return same ? (previous as ReportItem[]) : ranked
}

function sameGeometry(a: CanvasSnapshot, b: CanvasSnapshot): boolean {
  const same = (p: CanvasSnapshot['box'] | null, q: CanvasSnapshot['box'] | null) =>
    p === q || (p !== null && q !== null && p.x === q.x && p.y === q.y && p.width === q.width && p.height === q.height)
  // An adopted drawing's zones are read afresh whenever a part of it changed: a new reading places again.
  return (
    same(a.box, b.box) && same(a.valueMap, b.valueMap) && same(a.customerProfile, b.customerProfile) && a.drawn === b.drawn
  )
}

/**
 * Keeps every canvas's analysis and redoes only what a change touches: the canvas a changed sticky left and the one
 * it joined, and inside each only the zones whose stickies changed; the links of a canvas when one of its
 * connectors or stickies changed. A canvas whose section, square or circle moved places its stickies again. Gives
 * the same reports as `analyzeBoard` on the whole board (property-tested), in time that follows the change.
 */
export class IncrementalAnalysis {
  private states = new Map<string, CanvasState>()
  private canvases: CanvasSnapshot[] = []
  private index: BoxIndex = indexBoxes([])
  /** Owning canvas of each user sticky that has one. */
  private owner = new Map<string, string>()
  /** Connectors at each sticky id. */
  private ends = new Map<string, Set<string>>()
  /** Canvas each connector belongs to (both ends on it). */
  private connectorOwner = new Map<string, string>()

  /** Every canvas, in board order. */
  get all(): CanvasAnalysis[] {
    const result: CanvasAnalysis[] = []
    for (const canvas of this.canvases) {
      const analysis = this.states.get(canvas.id)?.analysis
      if (analysis) result.push(analysis)
    }
    return result
  }

  /** The current analysis of one canvas. */
  analysisOf(canvasId: string): CanvasAnalysis | undefined {
    return this.states.get(canvasId)?.analysis ?? undefined
  }

  /** Analyses the whole board. */
  full(board: LiveSnapshot, checkedAt: string): CanvasAnalysis[] {
    this.states = new Map()
    this.owner.clear()
    this.ends.clear()
    this.connectorOwner.clear()
    this.setCanvases(board.canvases)
    const stickies = Array.from(board.stickies.values())
    const owners = assignStickies(board.canvases, stickies)
    owners.forEach((index, i) => {
      const canvas = board.canvases[index]
      const sticky = stickies[i]
      if (!canvas || !sticky) return
      this.owner.set(sticky.id, canvas.id)
      this.states.get(canvas.id)?.put(sticky)
    })
    for (const connector of board.connectors.values()) this.addConnector(connector)
    for (const state of this.states.values()) state.analyse(board.stickies, board.connectors, checkedAt)
    return this.all
  }

  /** Applies one batch of changes. */
  update(board: LiveSnapshot, changes: BoardChanges, checkedAt: string): CanvasAnalysis[] {
    if (board.canvases !== this.canvases) this.followCanvases(board)
    for (const id of changes.stickies) {
      const before = this.owner.get(id)
      const sticky = board.stickies.get(id)
      const after = sticky ? this.ownerOf(sticky) : undefined
      if (before !== undefined && before !== after) this.states.get(before)?.remove(id)
      if (after === undefined) this.owner.delete(id)
      else this.owner.set(id, after)
      if (sticky && after !== undefined) this.states.get(after)?.put(sticky)
      if (before !== after) this.reownConnectorsAt(id, board.connectors)
    }
    for (const { before, after } of changes.connectors) {
      if (before) this.removeConnector(before)
      if (after) this.addConnector(after)
    }
    for (const state of this.states.values()) {
      if (state.changed) state.analyse(board.stickies, board.connectors, checkedAt)
    }
    return this.all
  }

  private setCanvases(canvases: CanvasSnapshot[]): void {
    this.canvases = canvases
    this.index = indexBoxes(canvases.map((c) => c.box))
    for (const canvas of canvases) {
      const state = this.states.get(canvas.id)
      if (state) state.canvas = canvas
      else this.states.set(canvas.id, new CanvasState(canvas))
    }
    const ids = new Set(canvases.map((c) => c.id))
    for (const id of Array.from(this.states.keys())) if (!ids.has(id)) this.states.delete(id)
  }

  /** A canvas came, went or was re-read: re-places stickies where geometry changed. */
  private followCanvases(board: LiveSnapshot): void {
    const before = new Map(this.canvases.map((c) => [c.id, c]))
    let geometry = board.canvases.length !== this.canvases.length
    const reread: string[] = []
    for (const canvas of board.canvases) {
      const old = before.get(canvas.id)
      if (old === canvas) continue
      reread.push(canvas.id)
      if (!old || !sameGeometry(old, canvas)) geometry = true
    }
    if (!geometry && board.canvases.some((c, i) => this.canvases[i]?.id !== c.id)) geometry = true
    this.setCanvases(board.canvases)
    // Name, language, ticks or segment changed: only the report of that canvas is built again.
    for (const id of reread) this.states.get(id)?.touch()
    if (!geometry) return
    // Who belongs where can change anywhere the canvases moved: every sticky is placed again (no API reads).
    const stickies = Array.from(board.stickies.values())
    const owners = assignStickies(board.canvases, stickies)
    const members = new Map<string, StickySnapshot[]>(board.canvases.map((c) => [c.id, []]))
    this.owner.clear()
    owners.forEach((index, i) => {
      const canvas = board.canvases[index]
      const sticky = stickies[i]
      if (!canvas || !sticky) return
      this.owner.set(sticky.id, canvas.id)
      members.get(canvas.id)?.push(sticky)
    })
    for (const canvas of board.canvases) {
      const state = this.states.get(canvas.id)
      if (!state) continue
      const list = members.get(canvas.id) ?? []
      const moved = before.get(canvas.id) !== canvas
      const same =
        !moved && list.length === state.zoneOf.size && list.every((sticky) => state.zoneOf.has(sticky.id))
      if (!same) state.placeAll(list)
    }
    // Connectors follow their ends' canvases; each one that changed canvas marks the links of both.
    for (const connector of board.connectors.values()) this.ownConnector(connector)
  }

  private ownerOf(sticky: StickySnapshot): string | undefined {
    if (!isUserSticky(sticky)) return undefined
    const canvases = this.canvases
    const centre = centreOf(sticky.box)
    return canvases[ownerAmong(canvases, this.index.boxesAt(centre), centre)]?.id
  }

  private addConnector(connector: ConnectorSnapshot): void {
    const { id, startId, endId } = connector
    if (startId === null || endId === null) return
    for (const end of [startId, endId]) {
      let set = this.ends.get(end)
      if (!set) {
        set = new Set()
        this.ends.set(end, set)
      }
      set.add(id)
    }
    this.ownConnector(connector)
  }

  private removeConnector(connector: ConnectorSnapshot): void {
    const { id, startId, endId } = connector
    for (const end of [startId, endId]) if (end !== null) this.ends.get(end)?.delete(id)
    const canvasId = this.connectorOwner.get(id)
    if (canvasId !== undefined) this.states.get(canvasId)?.removeConnector(id)
    this.connectorOwner.delete(id)
  }

  /** Files a connector under the canvas holding both its ends, if any. */
  private ownConnector(connector: ConnectorSnapshot): void {
    const { id, startId, endId } = connector
    const previous = this.connectorOwner.get(id)
    const a = startId === null ? undefined : this.owner.get(startId)
    const next = a !== undefined && endId !== null && this.owner.get(endId) === a ? a : undefined
    if (previous === next) return
    if (previous !== undefined) this.states.get(previous)?.removeConnector(id)
    if (next === undefined) this.connectorOwner.delete(id)
    else {
      this.connectorOwner.set(id, next)
      this.states.get(next)?.addConnector(connector)
    }
  }

  /** A sticky changed canvas: its connectors may have too. */
  private reownConnectorsAt(stickyId: string, connectors: ReadonlyMap<string, ConnectorSnapshot>): void {
    const ids = this.ends.get(stickyId)
    if (!ids) return
    for (const id of ids) {
      const connector = connectors.get(id)
      if (connector) this.ownConnector(connector)
    }
  }
}

