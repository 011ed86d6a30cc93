import { netVotes, type StampTally } from '../../contract/vocabulary'
import type { BoardChanges, LiveSnapshot } from '../core/incremental'
import type { BoardSnapshot, CanvasSnapshot, ConnectorSnapshot, StickySnapshot } from '../core/types'
import type { ReadMemo, StickyContext } from './snapshot'
import {
  countStamps,
  readStickiesWithStamps,
  inIdOrder,
  pluginStickyRoles,
  readCanvasStructure,
  readCanvasWithShapes,
  readConnector,
  readSticky,
  summaryDataOf
} from './snapshot'
import type { AdoptedNode } from './drawn-canvas'
import { adoptedCanvasNodes, DRAWN_KEY, drawnDefinitionOf, readDrawnEntries, watchesRoot } from './drawn-canvas'
import { definitionNodeIds } from '../core/drawn/definition'
import { noTestCards, readTestCards, rereadCards, withTests } from './test-cards'
import type { TestCardReading } from './test-cards'
import type { SummaryData } from './bmc/summary-data'
import { boxOf } from './occupied'
import { DATA_KEYS, findWithData, getData, ROLES, SHARED_NAMESPACE } from './plugin-data'

/** How much of the page a batch of changes made the board re-read. */
export type RefreshKind = 'none' | 'partial' | 'full'

/** What one batch changed: how much was re-read, and which stickies, connectors and canvases. */
export interface LiveChanges extends BoardChanges {
  kind: RefreshKind
}

const GEOMETRY = new Set<string>(['x', 'y', 'width', 'height', 'relativeTransform', 'rotation', 'parent'])
/** Node types a drawing people made consists of, besides its header stickies. */
const DRAWING_KINDS = new Set<string>(['TEXT', 'LINE', 'GROUP', 'SECTION', 'SHAPE_WITH_TEXT'])
/** Node types a drawing's parts are, but stickies (header stickies inside a moved container are re-read anyway). */
const PART_KINDS: Array<'TEXT' | 'LINE' | 'SECTION' | 'SHAPE_WITH_TEXT' | 'CONNECTOR'> = [
  'TEXT',
  'LINE',
  'SECTION',
  'SHAPE_WITH_TEXT',
  'CONNECTOR'
]
/** What an adoption's definition can be stored on: any part of a drawing, a header sticky or a loose line too. */
const ANCHOR_KINDS = new Set<string>([...DRAWING_KINDS, 'STICKY', 'CONNECTOR'])
const TEMPLATE_ROLES = new Set<string>([ROLES.valueMap, ROLES.customerProfile])
/** Node types that are something else in a drawing's section when beyond its reach (with groups holding them). */
const OTHER_KINDS = new Set<string>(['TEXT', 'SHAPE_WITH_TEXT', 'SECTION', 'GROUP'])

/**
 * The board as last read, kept up to date from FigJam's change events while the panel is open. Work follows the
 * change, not the board: a moved sticky, an edited text or a new connector re-reads only that node; a stamp re-reads
 * its host; a moved section re-reads the stickies inside it; a canvas's section or template shape re-reads that
 * canvas only. What it cannot follow exactly falls back to a wider read: a canvas added or re-parented reads the
 * canvas list again, a stamp it never saw removed or moved on its own recounts the page's stamps, a deleted section
 * or group looks up which stickies and connectors the page no longer lists (no sticky is read).
 */
export class LiveBoard {
  private stickies = new Map<string, StickySnapshot>()
  private connectors = new Map<string, ConnectorSnapshot>()
  private canvases: CanvasSnapshot[] = []
  /** Adopted drawings (each read whole whenever a part of it may have changed) and every canvas, own ones first. */
  private drawn: CanvasSnapshot[] = []
  /** The adopted drawings as last listed, in page order (a drawing with nothing left to read is listed, not read). */
  private drawnEntries: ListedDrawing[] = []
  /** The drawings each node is a part of (labels, zone shapes, dividers, a loose drawing's nodes, the anchor). */
  private drawnOwners = new Map<string, string[]>()
  /** Drawings in a section or group that held only them when adopted: something added there may be far from them. */
  private watchedRoots = new Set<string>()
  /** The drawings each node lies far from in their root, as last read (a BMC, notes): its change re-reads them. */
  private farOwners = new Map<string, string[]>()
  private combined: CanvasSnapshot[] = []
  private sections = new Map<string, SectionNode>()
  /** The canvas each template shape sits in. */
  private shapeCanvas = new Map<string, string>()
  private context: StickyContext = { stamps: new Map(), roles: new Map() }
  /**
   * Host and kind (name) of each stamp seen in a change event (the full read counts stamps per host and kind,
   * without their ids).
   */
  private stampHost = new Map<string, { host: string | null; name: string }>()
  /** Sticky nodes read, with their id: a stamp's host is found here without reading its id again. */
  private known = new Map<BaseNode, string>()
  /** Connector nodes read, with their id: what a deleted section or group took along is found by node. */
  private connectorNodes = new Map<BaseNode, string>()

  /** The test and learning cards as last read, and the card each of their nodes belongs to. */
  private tests: TestCardReading = noTestCards()

  constructor(private readonly page: PageNode) {}

  /** The section of one of the plugin's canvases, as last read; null for an adopted drawing or an unknown id. */
  sectionOf(id: string): SectionNode | null {
    const section = this.sections.get(id)
    return section && !section.removed ? section : null
  }

  /** Reads the whole page (taking what `memo` holds from a read just before, when nothing changed since). */
  readAll(memo?: ReadMemo): void {
    this.stampHost.clear()
    this.stickies.clear()
    this.known = new Map()
    const roles = pluginStickyRoles(this.page)
    const page = this.page
    const read = readStickiesWithStamps(
      page.findAllWithCriteria({ types: ['STICKY'] }),
      () => page.findAllWithCriteria({ types: ['STAMP'] }),
      roles,
      this.known,
      memo
    )
    this.context = { stamps: read.stamps, roles }
    for (const sticky of read.stickies) this.stickies.set(sticky.id, sticky)
    this.connectors.clear()
    this.connectorNodes = new Map()
    for (const node of this.page.findAllWithCriteria({ types: ['CONNECTOR'] })) {
      const connector = readConnector(node, memo)
      this.connectors.set(connector.id, connector)
      this.connectorNodes.set(node, connector.id)
    }
    this.readStructure()
  }

  private readStructure(): void {
    const structure = readCanvasStructure(this.page)
    this.tests = readTestCards(this.page)
    this.canvases = withTests(structure.canvases, this.tests.byCanvas)
    this.sections = structure.sections
    this.shapeCanvas = structure.shapeOwners
    const adopted = adoptedCanvasNodes(this.page)
    this.drawnEntries = listed(adopted)
    const read: CanvasSnapshot[] = []
    for (const canvas of readDrawnEntries(this.page, adopted)) if (canvas) read.push(canvas)
    this.drawn = withTests(read, this.tests.byCanvas)
    this.indexDrawnParts()
    this.indexFar()
    this.combine()
  }

  /** Which drawings each node is a part of, from the drawings' definitions. */
  private indexDrawnParts(): void {
    this.drawnOwners = new Map()
    this.watchedRoots = new Set()
    for (const { id, entry } of this.drawnEntries) {
      if (watchesRoot(entry.definition)) this.watchedRoots.add(id)
      for (const part of new Set([id, ...definitionNodeIds(entry.definition)])) {
        const owners = this.drawnOwners.get(part)
        if (owners) owners.push(id)
        else this.drawnOwners.set(part, [id])
      }
    }
  }

  /**
   * Reads again only the drawings `dirty` (their parts changed) and, with `relist`, lists the adopted drawings again
   * (one query of the page by plugin data) and reads the new ones and those whose definition changed; every other
   * drawing keeps its snapshot, so the analysis places nothing again for it. Says whether any drawing changed.
   */
  private refreshDrawn(dirty: ReadonlySet<string>, relist: boolean): boolean {
    const toRead = new Set(dirty)
    let entries = this.drawnEntries
    if (relist) {
      const before = new Map(this.drawnEntries.map((drawing) => [drawing.id, drawing.entry]))
      entries = listed(adoptedCanvasNodes(this.page))
      for (const { id, entry } of entries) {
        const was = before.get(id)
        if (!was || JSON.stringify(was.definition) !== JSON.stringify(entry.definition)) toRead.add(id)
      }
    }
    const reading = entries.filter((drawing) => toRead.has(drawing.id))
    const fresh = new Map<string, CanvasSnapshot | null>()
    readDrawnEntries(
      this.page,
      reading.map((drawing) => drawing.entry)
    ).forEach((canvas, i) => {
      const drawing = reading[i]
      if (drawing) fresh.set(drawing.id, canvas)
    })
    const kept = new Map(this.drawn.map((canvas) => [canvas.id, canvas]))
    const next: CanvasSnapshot[] = []
    for (const { id } of entries) {
      const canvas = fresh.has(id) ? fresh.get(id) : kept.get(id)
      if (!canvas) continue
      const tests = fresh.has(id) ? this.tests.byCanvas.get(id) : undefined
      next.push(tests ? { ...canvas, tests } : canvas)
    }
    const changed =
      reading.length > 0 || next.length !== this.drawn.length || next.some((canvas, i) => canvas !== this.drawn[i])
    this.drawn = next
    if (relist) {
      this.drawnEntries = entries
      this.indexDrawnParts()
    }
    if (reading.length > 0 || relist) this.indexFar()
    return changed
  }

  /** Which drawings each node lies far from, from the drawings as last read. */
  private indexFar(): void {
    this.farOwners = new Map()
    for (const canvas of this.drawn) {
      for (const id of canvas.drawn?.farIds ?? []) {
        const owners = this.farOwners.get(id)
        if (owners) owners.push(canvas.id)
        else this.farOwners.set(id, [canvas.id])
      }
    }
  }

  /**
   * A shape, text, section or group that is no part of a drawing: one far from a drawing re-reads it (moved
   * nearer, deleted, edited); one created, moved or resized inside the root of a watched drawing re-reads that
   * drawing (it may lie beyond its reach now: a BMC drawn beside it). A group going or moving re-reads the drawings
   * that had something far (its children have no events of their own).
   */
  private markOther(change: NodeChange, node: SceneNode | RemovedNode, gone: boolean, dirty: Set<string>): void {
    const far = this.farOwners.get(change.id)
    if (far) for (const owner of far) dirty.add(owner)
    if (this.watchedRoots.size === 0) return
    const geometry = change.type === 'CREATE' || (change.type === 'PROPERTY_CHANGE' && change.properties.some((p) => GEOMETRY.has(p)))
    if (node.type === 'GROUP' && (gone || geometry))
      for (const canvas of this.drawn) if ((canvas.drawn?.farIds ?? []).length > 0) dirty.add(canvas.id)
    if (gone || node.removed || !geometry) return
    for (let parent = node.parent; parent && parent.type !== 'PAGE' && parent.type !== 'DOCUMENT'; parent = parent.parent) {
      const id = parent.id
      if (this.watchedRoots.has(id)) dirty.add(id)
    }
  }

  /** The drawings `id` is a part of, into `dirty`; whether it is a part of any. */
  private markDrawn(id: string, dirty: Set<string>): boolean {
    const owners = this.drawnOwners.get(id)
    if (!owners) return false
    for (const owner of owners) dirty.add(owner)
    return true
  }

  /**
   * Reads the cards again after one of them changed: only the cards touched (a field typed in, a card moved, its
   * data written), or, when cards came, went or changed hands (`all`), every card of the page. The canvases whose
   * tests changed get a new snapshot, the others stay as they were.
   */
  private rereadTests(touched: ReadonlySet<SectionNode>, all: boolean): boolean {
    // A copy: a re-read of some cards that gives up half-way has replaced lists in the reading already.
    const before = new Map(this.tests.byCanvas)
    const followed = all ? null : rereadCards(this.tests, touched)
    let changedIds: ReadonlySet<string>
    if (followed) changedIds = followed
    else {
      this.tests = readTestCards(this.page)
      const after = this.tests.byCanvas
      const ids = new Set<string>()
      for (const id of new Set([...before.keys(), ...after.keys()])) {
        if (JSON.stringify(before.get(id) ?? []) !== JSON.stringify(after.get(id) ?? [])) ids.add(id)
      }
      changedIds = ids
    }
    if (changedIds.size === 0) return false
    const after = this.tests.byCanvas
    const follow = (list: CanvasSnapshot[]) =>
      list.map((canvas) => (changedIds.has(canvas.id) ? { ...canvas, tests: after.get(canvas.id) ?? [] } : canvas))
    this.canvases = follow(this.canvases)
    this.drawn = follow(this.drawn)
    return true
  }

  /**
   * What a change does to the test and learning cards: nothing; `card`, one card read before changed in place (its
   * section node); or `all`, cards came, went or moved between containers (a new card or field, one brought back
   * by undo, deleted, dragged into or out of a card).
   */
  private cardChange(id: string, node: NodeChange['node'], change: NodeChange): SectionNode | 'all' | null {
    const cardId = this.tests.cardOf.get(id)
    if (cardId !== undefined) {
      if (change.type !== 'PROPERTY_CHANGE' || node.removed || change.properties.includes('parent')) return 'all'
      if (node.type === 'SECTION') return cardId === id ? node : 'all'
      const parent = node.parent
      return parent && parent.type === 'SECTION' && parent.id === cardId ? parent : 'all'
    }
    if (change.type !== 'CREATE' && !(change.type === 'PROPERTY_CHANGE' && change.properties.includes('pluginData')))
      return null
    if (node.removed) return null
    // A card's field brought back (undo of its deletion) or pasted in is new to the last reading, too.
    if (node.type === 'SHAPE_WITH_TEXT') return getData(node, DATA_KEYS.field) !== '' ? 'all' : null
    if (node.type !== 'SECTION') return null
    return getData(node, DATA_KEYS.testCard) !== '' || getData(node, DATA_KEYS.learningCard) !== '' ? 'all' : null
  }

  /** One array for the analysis, replaced only when a canvas changed (the analysis compares it by identity). */
  private combine(): void {
    this.combined = this.drawn.length > 0 ? this.canvases.concat(this.drawn) : this.canvases
  }

  /** The board for the incremental analysis: no copy of the stickies or connectors. */
  live(): LiveSnapshot {
    return { canvases: this.combined, stickies: this.stickies, connectors: this.connectors }
  }

  /** The board as plain data, for the core. */
  snapshot(): BoardSnapshot {
    return {
      canvases: this.combined,
      stickies: Array.from(this.stickies.values()),
      connectors: inIdOrder(Array.from(this.connectors.values()))
    }
  }

  private putSticky(node: StickyNode, changed?: Set<string>): void {
    const sticky = readSticky(node, this.context)
    if (!sticky) return
    this.known.set(node, sticky.id)
    this.stickies.set(sticky.id, sticky)
    changed?.add(sticky.id)
  }

  private rereadInside(container: SectionNode | GroupNode, changed: Set<string>): void {
    for (const node of container.findAllWithCriteria({ types: ['STICKY'] })) this.putSticky(node, changed)
  }

  /**
   * A container that arrived with its contents (a pasted section or group, or one brought back by undo): FigJam
   * reports a CREATE only for the highest-level node created ("If a node with nested children is being added to the
   * page a CreateChange will only be made for the highest level parent", NodeChange docs), so its stickies (with
   * their roles) and connectors are read from it here. Says whether it holds a canvas section, and whether it holds
   * stamps: those are counted by recounting the page's stamps (a new group or section can also wrap stickies whose
   * stamps were counted already, so adding them up here could count a stamp twice).
   */
  private readCreatedInside(
    container: SectionNode | GroupNode,
    stickies: Set<string>,
    connectors: LiveChanges['connectors'][number][]
  ): { canvas: boolean; stamps: boolean } {
    const summaries = new Map<string, SummaryData>()
    for (const node of findWithData(container, ['STICKY'], DATA_KEYS.role)) {
      const data = summaryDataOf(node)
      if (data) summaries.set(node.id, data)
    }
    for (const node of container.findAllWithCriteria({ types: ['STICKY'] })) {
      const id = node.id
      const data = summaries.get(id)
      if (data) this.context.roles.set(id, data)
      else this.context.roles.delete(id)
      this.putSticky(node, stickies)
    }
    for (const node of container.findAllWithCriteria({ types: ['CONNECTOR'] })) {
      const connector = readConnector(node)
      const before = this.connectors.get(connector.id) ?? null
      this.connectors.set(connector.id, connector)
      this.connectorNodes.set(node, connector.id)
      connectors.push({ before, after: connector })
    }
    return {
      canvas: findWithData(container, ['SECTION'], DATA_KEYS.role).some(
        (inner) => getData(inner, DATA_KEYS.role) === ROLES.canvas
      ),
      stamps: container.findAllWithCriteria({ types: ['STAMP'] }).length > 0
    }
  }

  /** Applies one batch of node changes: re-reads what changed and says what that was. */
  apply(changes: ReadonlyArray<NodeChange>): LiveChanges {
    const stickies = new Set<string>()
    const connectors: LiveChanges['connectors'][number][] = []
    /** Canvases to read again, with their section when the event brought it. */
    const reread = new Map<string, SectionNode | null>()
    let structure = false
    const moved = new Set<string>()
    const stamps: NodeChange[] = []
    let touched = false
    /** A container arrived with stamps inside: the page's stamps are counted again. */
    let recount = false
    // An adopted drawing's zones are read from its parts (labels, zone shapes, dividers) and its root: a change to
    // one of those re-reads that drawing (never the page's stickies); a section or group that moved (carrying the
    // nodes inside without events of their own) re-reads the drawings with parts inside it; a text, line or shape
    // elsewhere reads none. A new, undone or changed adoption lists the drawings again and reads only those.
    const dirtyDrawn = new Set<string>()
    let relist = false
    const movedContainers: Array<SectionNode | GroupNode> = []
    let cards = false
    /** Cards read before that changed in place; `allCards`: the page's cards are read again. */
    const touchedCards = new Set<SectionNode>()
    let allCards = false
    /** A section or group was deleted: what went with it (FigJam reports only the top node) is looked up below. */
    let containerGone = false
    for (const change of changes) {
      const id = change.id
      const node = change.node
      const gone = change.type === 'DELETE' || node.removed
      const type = node.type
      const card = type === 'SECTION' || type === 'SHAPE_WITH_TEXT' ? this.cardChange(id, node, change) : null
      if (card !== null) {
        cards = true
        touched = true
        if (card === 'all') allCards = true
        else touchedCards.add(card)
        if (type === 'SHAPE_WITH_TEXT' || gone) continue
      }
      // Plugin data on a node that may be a drawing's: adopted (or the adoption undone, or changed) by someone. A
      // drawing's own data (checks, ticks) re-reads it as one of its parts, below.
      if (
        change.type === 'PROPERTY_CHANGE' &&
        change.properties.includes('pluginData') &&
        ANCHOR_KINDS.has(type) &&
        !this.sections.has(id)
      ) {
        const known = this.drawnEntries.find((drawing) => drawing.id === id)
        const now = gone ? null : drawnDefinitionOf(node)
        if (known ? JSON.stringify(known.entry.definition) !== JSON.stringify(now) : now !== null) relist = true
      }
      // A node brought back (undo of its deletion, a paste) carrying a drawing's definition: adopted again.
      if (change.type === 'CREATE' && ANCHOR_KINDS.has(type) && !gone && getData(node, DATA_KEYS.drawn) !== '')
        relist = true
      if (this.markDrawn(id, dirtyDrawn)) {
        touched = true
        // A drawing's anchor deleted: it is no longer listed.
        if (gone && this.drawnEntries.some((drawing) => drawing.id === id)) relist = true
        // A drawing's anchor dropped into another section (or out of one): its place in the page's order changed.
        if (
          change.type === 'PROPERTY_CHANGE' &&
          change.properties.includes('parent') &&
          this.drawnEntries.some((drawing) => drawing.id === id)
        )
          relist = true
      }
      // Also a part of one drawing can be something else in another's root (a grouped drawing dropped into it).
      if (OTHER_KINDS.has(type) && (this.watchedRoots.size > 0 || this.farOwners.size > 0)) {
        const before = dirtyDrawn.size
        this.markOther(change, node, gone, dirtyDrawn)
        if (dirtyDrawn.size > before) touched = true
      }
      if (type === 'STICKY') {
        touched = true
        stickies.add(id)
        if (gone) {
          this.stickies.delete(id)
          continue
        }
        if (change.type === 'PROPERTY_CHANGE' && change.properties.some((p) => GEOMETRY.has(p))) moved.add(id)
        if (
          change.type === 'CREATE' ||
          (change.type === 'PROPERTY_CHANGE' && change.properties.includes('pluginData'))
        ) {
          const data = summaryDataOf(node)
          if (data) this.context.roles.set(id, data)
          else this.context.roles.delete(id)
        }
        this.putSticky(node)
      } else if (type === 'CONNECTOR') {
        touched = true
        const before = this.connectors.get(id) ?? null
        if (gone) this.connectors.delete(id)
        else {
          this.connectors.set(id, readConnector(node))
          this.connectorNodes.set(node, id)
        }
        connectors.push({ before, after: this.connectors.get(id) ?? null })
      } else if (type === 'STAMP') {
        touched = true
        stamps.push(change)
      } else if (type === 'SECTION' || type === 'GROUP') {
        touched = true
        if (gone) {
          containerGone = true
          continue
        }
        const geometry = change.type === 'CREATE' || change.properties.some((p) => GEOMETRY.has(p))
        if (geometry && this.drawnOwners.size > 0) movedContainers.push(node)
        if (change.type === 'CREATE') {
          const inside = this.readCreatedInside(node, stickies, connectors)
          if (inside.canvas) structure = true
          if (inside.stamps) recount = true
          // A pasted adopted drawing carries its definition: the list of drawings may have grown.
          if (
            getData(node, DRAWN_KEY) !== '' ||
            node.findAllWithCriteria({ sharedPluginData: { namespace: SHARED_NAMESPACE, keys: [DRAWN_KEY] } })
              .length > 0
          )
            relist = true
        } else if (geometry) {
          this.rereadInside(node, stickies)
          // Canvases nested inside moved with it, without events of their own.
          if (this.sections.size > 0) {
            for (const inner of node.findAllWithCriteria({ types: ['SECTION'] })) {
              const innerId = inner.id
              if (this.sections.has(innerId)) reread.set(innerId, inner)
            }
          }
        }
        if (type !== 'SECTION') continue
        const known = this.sections.has(id)
        if (change.type === 'PROPERTY_CHANGE' && known && !change.properties.includes('parent')) reread.set(id, node)
        // A new canvas, one that moved into another container, or a section whose data changed: the canvas list
        // keeps the page's order, so it is read again (section boxes and data, no sticky).
        else if (known || getData(node, DATA_KEYS.role) === ROLES.canvas) structure = true
      } else if (type === 'SHAPE_WITH_TEXT') {
        const before = this.shapeCanvas.get(id)
        if (before !== undefined) {
          touched = true
          reread.set(before, null)
          if (gone) this.shapeCanvas.delete(id)
        }
        if (gone || (before === undefined && !TEMPLATE_ROLES.has(getData(node, DATA_KEYS.role)))) continue
        touched = true
        const parent = node.parent
        if (parent && parent.type === 'SECTION') {
          const parentId = parent.id
          if (this.sections.has(parentId)) reread.set(parentId, null)
        }
      }
    }
    if (containerGone) {
      const gone = this.followContainerGone(stickies, connectors, dirtyDrawn)
      if (!gone) return this.full()
      structure = structure || gone.canvases
      if (gone.cards) {
        cards = true
        allCards = true
      }
      relist = relist || gone.drawings
      recount = recount || gone.stamps
    }
    if (stamps.length > 0) this.followStamps(stamps, moved, stickies)
    if (recount) this.recountVotes(stickies)
    // Drawings with parts inside a moved container: its non-sticky parts are looked up here, its header stickies
    // were re-read with the container's stickies.
    if (this.drawnOwners.size > 0) {
      for (const container of movedContainers)
        for (const part of container.findAllWithCriteria({ types: PART_KINDS })) this.markDrawn(part.id, dirtyDrawn)
      if (movedContainers.length > 0) for (const id of stickies) this.markDrawn(id, dirtyDrawn)
    }
    let drawnChanged = false
    if (structure) this.readStructure()
    else {
      if (reread.size > 0) this.rereadCanvases(reread)
      drawnChanged = (dirtyDrawn.size > 0 || relist) && this.refreshDrawn(dirtyDrawn, relist)
      if (drawnChanged) touched = true
      if (reread.size > 0 || drawnChanged) this.combine()
    }
    const testsChanged = cards && !structure && this.rereadTests(touchedCards, allCards)
    if (testsChanged) this.combine()
    return {
      kind: touched ? 'partial' : 'none',
      stickies,
      connectors,
      canvases: structure || reread.size > 0 || drawnChanged || testsChanged
    }
  }

  /**
   * A section or group was deleted, and FigJam reports only that top node (NodeChange docs), not the stickies,
   * connectors, stamps, cards, canvases or drawings that went with it. They are found without reading the page
   * again: the stickies and connectors the page no longer lists (one query each, matched by node, no property read),
   * the canvas sections now removed. Cards, drawings and stamps, when the board has any, are read again (their own
   * parts, never a sticky). Null when the page lists a node this board never read (node objects that are not kept
   * across queries): then the caller reads the whole page.
   */
  private followContainerGone(
    stickies: Set<string>,
    connectors: LiveChanges['connectors'][number][],
    dirtyDrawn: Set<string>
  ): { canvases: boolean; cards: boolean; drawings: boolean; stamps: boolean } | null {
    const listed = new Set<BaseNode>()
    for (const node of this.page.findAllWithCriteria({ types: ['STICKY'] })) {
      if (!this.known.has(node)) return null
      listed.add(node)
    }
    const connectorsListed = new Set<BaseNode>()
    for (const node of this.page.findAllWithCriteria({ types: ['CONNECTOR'] })) {
      if (!this.connectorNodes.has(node)) return null
      connectorsListed.add(node)
    }
    for (const [node, id] of this.known) {
      if (listed.has(node)) continue
      this.known.delete(node)
      if (this.stickies.delete(id)) stickies.add(id)
    }
    for (const [node, id] of this.connectorNodes) {
      if (connectorsListed.has(node)) continue
      this.connectorNodes.delete(node)
      const before = this.connectors.get(id)
      if (!before) continue
      this.connectors.delete(id)
      connectors.push({ before, after: null })
    }
    // A canvas section deleted, or moved to another page (reported here as deleted: it left the page), with or
    // without a container around it: the page no longer lists it.
    const sectionsListed = new Set<BaseNode>(this.page.findAllWithCriteria({ types: ['SECTION'] }))
    let canvases = false
    for (const section of this.sections.values()) if (section.removed || !sectionsListed.has(section)) canvases = true
    for (const { id } of this.drawnEntries) dirtyDrawn.add(id)
    return {
      canvases,
      cards: this.tests.cards.size > 0,
      drawings: this.drawnEntries.length > 0,
      stamps: this.context.stamps.size > 0 || this.stampHost.size > 0
    }
  }

  /** Reads the canvases named again (section box, name and data, template shapes), in place; none of the others. */
  private rereadCanvases(ids: ReadonlyMap<string, SectionNode | null>): void {
    const next: CanvasSnapshot[] = []
    for (const canvas of this.canvases) {
      if (!ids.has(canvas.id)) {
        next.push(canvas)
        continue
      }
      const node = ids.get(canvas.id) ?? this.sections.get(canvas.id)
      if (!node || node.removed) continue
      // A section that is no longer a canvas (its plugin data cleared) leaves the list.
      if (getData(node, DATA_KEYS.role) !== ROLES.canvas) {
        this.sections.delete(canvas.id)
        continue
      }
      const box = boxOf(node)
      if (!box) continue
      const { canvas: fresh, shapeIds } = readCanvasWithShapes({ node, id: canvas.id, box })
      for (const [shapeId, owner] of this.shapeCanvas) if (owner === canvas.id) this.shapeCanvas.delete(shapeId)
      for (const shapeId of shapeIds) this.shapeCanvas.set(shapeId, canvas.id)
      const tests = this.tests.byCanvas.get(canvas.id)
      next.push(tests ? { ...fresh, tests } : fresh)
    }
    this.canvases = next
  }

  /** One more (`by` 1) or one fewer (-1) stamp called `name` on a host: its tally, votes and sticky. */
  private bumpStamp(hostId: string | null, name: string, by: number, changed: Set<string>): void {
    if (hostId === null) return
    const tally: Record<string, number> = { ...(this.context.stamps.get(hostId) ?? {}) }
    const count = (tally[name] ?? 0) + by
    if (count > 0) tally[name] = count
    else delete tally[name]
    this.context.stamps.set(hostId, tally)
    const sticky = this.stickies.get(hostId)
    if (sticky) {
      sticky.stamps = tally
      sticky.votes = netVotes(tally)
      changed.add(hostId)
    }
  }

  /** Stamps added, removed or moved: the tallies of their hosts, before and after. */
  private followStamps(changes: NodeChange[], moved: ReadonlySet<string>, changed: Set<string>): void {
    const bump = (hostId: string | null, name: string, by: number) => this.bumpStamp(hostId, name, by, changed)
    for (const change of changes) {
      const id = change.id
      const seen = this.stampHost.get(id)
      if (change.type === 'DELETE' || change.node.removed) {
        // A stamp from before the last full read: which sticky it left is not known.
        if (!seen) return this.recountVotes(changed)
        bump(seen.host, seen.name, -1)
        this.stampHost.delete(id)
        continue
      }
      const stamp = change.node as StampNode
      const host = stamp.stuckTo
      const after = host ? (this.known.get(host) ?? host.id) : null
      const name = seen?.name ?? stamp.name
      if (change.type === 'CREATE') {
        if (!seen) bump(after, name, 1)
        else if (seen.host !== after) {
          bump(seen.host, name, -1)
          bump(after, name, 1)
        }
      } else if (seen) {
        if (seen.host !== after) {
          bump(seen.host, name, -1)
          bump(after, name, 1)
        }
      } else if (after === null || !moved.has(after)) {
        // A stamp from before the last full read moved on its own: it may have left another sticky.
        return this.recountVotes(changed)
      }
      // Else it moved with its host, which the full read counted it for. (Its limit: a stamp re-stuck to a sticky
      // that moved in the same batch would keep its old count; FigJam moves stamps with their host.)
      this.stampHost.set(id, { host: after, name })
    }
  }

  /** Recounts every stamp on the page; stickies whose stamps changed join `changed`. */
  private recountVotes(changed: Set<string>): void {
    this.context.stamps = countStamps(this.page, this.known)
    this.stampHost.clear()
    this.stickies.forEach((sticky) => {
      const next = this.context.stamps.get(sticky.id) ?? {}
      if (sameTally(next, sticky.stamps)) return
      sticky.stamps = next
      sticky.votes = netVotes(next)
      changed.add(sticky.id)
    })
  }

  private full(): LiveChanges {
    this.readAll()
    return { kind: 'full', stickies: new Set(), connectors: [], canvases: true }
  }
}

/** An adopted drawing as listed, with its anchor's id read once. */
interface ListedDrawing {
  id: string
  entry: AdoptedNode
}

function listed(entries: readonly AdoptedNode[]): ListedDrawing[] {
  return entries.map((entry) => ({ id: entry.node.id, entry }))
}

function sameTally(a: StampTally, b: StampTally): boolean {
  const keys = Object.keys(a)
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key])
}
