import { netVotes, type StampTally } from '../../contract/vocabulary'
import type { BoardSnapshot, CanvasSnapshot, ConnectorSnapshot, Rect, StickySnapshot } from '../core/types'
import type { SummaryData } from './bmc/summary-data'
import { isPluginSummary, readSummaryData } from './bmc/summary-data'
import type { AdoptedNode } from './drawn-canvas'
import { readDrawnCanvases } from './drawn-canvas'
import { boxOf } from './occupied'
import { readStickyText } from './sticky-text'
import { readTestCards, withTests } from './test-cards'
import {
  DATA_KEYS,
  evidenceOf,
  findWithData,
  getData,
  readCanvasMeta,
  readChecks,
  readLastCheck,
  readRejected,
  ROLES
} from './plugin-data'

/**
 * One read pass over a page into plain data. Every property the core needs is read once per
 * node (each read crosses from the plugin sandbox into FigJam), through `findAllWithCriteria`,
 * the fast path: sticky id, absolute box and text; connector ends; the host of each stamp;
 * the plugin's own template parts.
 */


export interface CanvasSection {
  node: SectionNode
  id: string
  box: Rect
}

/** Sections this plugin drew as canvases (role `vpc-canvas`), duplicates included. */
export function canvasSectionsOn(page: PageNode | SectionNode): CanvasSection[] {
  const result: CanvasSection[] = []
  for (const node of findWithData(page, ['SECTION'], DATA_KEYS.role)) {
    if (getData(node, DATA_KEYS.role) !== ROLES.canvas) continue
    const box = boxOf(node)
    if (box) result.push({ node, id: node.id, box })
  }
  return result
}

export interface StickyContext {
  /** Stamps stuck to each node id, counted by name. */
  stamps: Map<string, StampTally>
  /** Summary data on the stickies that carry it (the BMC summaries this plugin wrote, and copies of them). */
  roles: Map<string, SummaryData>
}

const NO_STAMPS: StampTally = Object.freeze({})

/**
 * Reads one sticky: id, page-absolute box and text (three node reads and one text read: the text's segments by list
 * formatting, so a sticky formatted as a numbered list keeps its "1." in the text; see `sticky-text.ts`).
 * Its fill is not read: nothing in the fit check depends on colour.
 */
export function readSticky(node: StickyNode, context: StickyContext, memo?: ReadMemo): StickySnapshot | null {
  let read = memo?.stickies.get(node)
  if (read === undefined) {
    const id = node.id
    const box = boxOf(node)
    // List markers included; a summary someone formatted as a list no longer matches what the plugin wrote.
    read = box ? { id, text: readStickyText(node.text), box } : null
    memo?.stickies.set(node, read)
  }
  if (!read) return null
  const { id, text, box } = read
  return {
    id,
    text,
    box,
    ...stampsOf(context, id),
    pluginRole: summaryRole(context.roles.get(id), id, text)
  }
}

/**
 * What one read learnt of each node, handed to a second read of the same nodes while nothing changed in between:
 * the panel reads the canvas it opens on first, then the page, and the page read takes that canvas's stickies,
 * connectors and stamps from here instead of reading them again (so opening the panel stays one read of the board).
 * Keyed by node object: a plugin API that hands out a new object for the same node just reads it again. Whoever
 * holds a memo drops it at the first change event.
 */
export interface ReadMemo {
  stickies: Map<StickyNode, { id: string; text: string; box: Rect } | null>
  connectors: Map<ConnectorNode, ConnectorSnapshot>
  /** A stamp's host (null: stuck to nothing) and its kind. */
  stamps: Map<StampNode, { host: BaseNode | null; name: string }>
}

export function newReadMemo(): ReadMemo {
  return { stickies: new Map(), connectors: new Map(), stamps: new Map() }
}

/** Reads one connector's two ends; ends not attached to a node read as null. */
export function readConnector(node: ConnectorNode, memo?: ReadMemo): ConnectorSnapshot {
  const known = memo?.connectors.get(node)
  if (known) return { ...known }
  const start = node.connectorStart
  const end = node.connectorEnd
  const connector = {
    id: node.id,
    startId: 'endpointNodeId' in start ? start.endpointNodeId : null,
    endId: 'endpointNodeId' in end ? end.endpointNodeId : null
  }
  memo?.connectors.set(node, { ...connector })
  return connector
}

/**
 * Connectors in id order. The core keeps the first of several connectors between the same two stickies, so both
 * ways of reading the board (one pass here, change by change in `LiveBoard`) hand them over in the same order.
 */
export function inIdOrder(connectors: ConnectorSnapshot[]): ConnectorSnapshot[] {
  return connectors.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/** A sticky's stamps and the net votes they give (see `STAMP_VOTE`). */
export function stampsOf(context: StickyContext, id: string): { stamps: StampTally; votes: number } {
  const stamps = context.stamps.get(id) ?? NO_STAMPS
  return { stamps, votes: netVotes(stamps) }
}

/**
 * Nodes already read with their id (the stickies of this read). A stamp's host is one of them almost always; finding
 * it here by node spares reading the host's id a second time. A host not found (another kind of node, or a plugin
 * API that hands out a new object for the same node) has its id read: the tally is the same either way.
 */
export type KnownNodes = ReadonlyMap<BaseNode, string>

/** Stamps counted per host id and by name: a stamp's name is its kind (`+1`, `Thumbs down`, ...). */
export function tallyStamps(stamps: Iterable<StampNode>, known?: KnownNodes, memo?: ReadMemo): Map<string, StampTally> {
  const tallies = new Map<string, Record<string, number>>()
  for (const stamp of stamps) {
    let read = memo?.stamps.get(stamp)
    if (read === undefined) {
      const stuck = stamp.stuckTo
      read = { host: stuck, name: stuck ? stamp.name : '' }
      memo?.stamps.set(stamp, read)
    }
    const host = read.host
    if (!host) continue
    const id = known?.get(host) ?? host.id
    const name = read.name
    const tally = tallies.get(id) ?? {}
    tally[name] = (tally[name] ?? 0) + 1
    tallies.set(id, tally)
  }
  return tallies
}

/** The stamps stuck to each node id under `scope`, counted by name (see `tallyStamps`). */
export function countStamps(scope: PageNode | SectionNode | GroupNode, known?: KnownNodes): Map<string, StampTally> {
  return tallyStamps(scope.findAllWithCriteria({ types: ['STAMP'] }), known)
}

/**
 * Reads stickies, then the stamps `stamps()` lists, each counted for its host among those stickies by node (see
 * `KnownNodes`), so every property is read once: a sticky's id, box and text, a stamp's host and name. A sticky read
 * twice (two containers listing it) is kept once. `known` receives each sticky node with its id.
 */
export function readStickiesWithStamps(
  nodes: Iterable<StickyNode>,
  stamps: () => Iterable<StampNode>,
  roles: Map<string, SummaryData>,
  known: Map<BaseNode, string> = new Map(),
  memo?: ReadMemo
): { stickies: StickySnapshot[]; stamps: Map<string, StampTally> } {
  const context: StickyContext = { stamps: new Map(), roles }
  const stickies: StickySnapshot[] = []
  const seen = new Set<string>()
  for (const node of nodes) {
    if (known.has(node)) continue
    const sticky = readSticky(node, context, memo)
    if (!sticky || seen.has(sticky.id)) continue
    seen.add(sticky.id)
    known.set(node, sticky.id)
    stickies.push(sticky)
  }
  const tallies = tallyStamps(stamps(), known, memo)
  for (const sticky of stickies) {
    const tally = tallies.get(sticky.id)
    if (!tally) continue
    sticky.stamps = tally
    sticky.votes = netVotes(tally)
  }
  return { stickies, stamps: tallies }
}

/** The role a sticky has for the fit: the plugin's summary (not canvas content) only while it is one, else null. */
function summaryRole(data: SummaryData | undefined, id: string, text: string): string | null {
  return data !== undefined && isPluginSummary(data, id, text) ? ROLES.summary : null
}

/** The summary data of one sticky tagged as a summary, or undefined (not a summary, or data that does not read). */
export function summaryDataOf(node: StickyNode): SummaryData | undefined {
  if (getData(node, DATA_KEYS.role) !== ROLES.summary) return undefined
  return readSummaryData(getData(node, DATA_KEYS.summary)) ?? undefined
}

/**
 * Stickies tagged as the plugin's summaries, with their summary data. Imported stickies are the user's content from
 * the start; a summary someone edited or copied becomes theirs too (`isPluginSummary`, decided as each is read).
 */
export function pluginStickyRoles(page: PageNode): Map<string, SummaryData> {
  const roles = new Map<string, SummaryData>()
  for (const node of findWithData(page, ['STICKY'], DATA_KEYS.role)) {
    const data = summaryDataOf(node)
    if (data) roles.set(node.id, data)
  }
  return roles
}

interface TemplateShapes {
  valueMap: Map<string, Rect>
  customerProfile: Map<string, Rect>
  /** The section each square or circle sits in, by the shape's id (the live board follows shapes by id). */
  owners: Map<string, string>
}

/** The squares and circles of every canvas under `scope`, keyed by their parent section's id. */
function templateShapes(scope: PageNode | SectionNode): TemplateShapes {
  const shapes: TemplateShapes = { valueMap: new Map(), customerProfile: new Map(), owners: new Map() }
  const nodes = findWithData(scope, ['SHAPE_WITH_TEXT'], DATA_KEYS.role)
  for (const node of nodes) {
    const role = getData(node, DATA_KEYS.role)
    const target =
      role === ROLES.valueMap
        ? shapes.valueMap
        : role === ROLES.customerProfile
          ? shapes.customerProfile
          : null
    if (!target) continue
    // A part belongs to the section it sits in: a part moved out of its section no longer counts.
    const parent = node.parent
    const box = boxOf(node)
    if (!parent || parent.type !== 'SECTION' || !box) continue
    const parentId = parent.id
    shapes.owners.set(node.id, parentId)
    const previous = target.get(parentId)
    // A copy-pasted part inside the same section: the larger one is the canvas's.
    if (!previous || previous.width * previous.height < box.width * box.height)
      target.set(parentId, box)
  }
  return shapes
}

function canvasOf({ node, id, box }: CanvasSection, shapes: TemplateShapes): CanvasSnapshot {
  return {
    id,
    name: node.name,
    box,
    meta: readCanvasMeta((key) => getData(node, key)),
    valueMap: shapes.valueMap.get(id) ?? null,
    customerProfile: shapes.customerProfile.get(id) ?? null,
    checks: readChecks(getData(node, DATA_KEYS.checks)),
    ...evidenceOf(node),
    rejected: readRejected(getData(node, DATA_KEYS.rejected)),
    lastCheck: readLastCheck(getData(node, DATA_KEYS.lastCheck))
  }
}

/** Every canvas on the page with its current geometry and stored data. */
export function readCanvases(page: PageNode, pending?: AdoptedNode): CanvasSnapshot[] {
  // Canvases people drew and the plugin adopted follow the plugin's own.
  return readCanvasStructure(page).canvases.concat(readDrawnCanvases(page, pending))
}

/** The canvases, with their section nodes and the section of each template shape (for the live board). */
export interface CanvasStructure {
  canvases: CanvasSnapshot[]
  sections: Map<string, SectionNode>
  shapeOwners: Map<string, string>
}

export function readCanvasStructure(page: PageNode): CanvasStructure {
  const shapes = templateShapes(page)
  const sections = canvasSectionsOn(page)
  return {
    canvases: sections.map((section) => canvasOf(section, shapes)),
    sections: new Map(sections.map((section) => [section.id, section.node])),
    shapeOwners: shapes.owners
  }
}

/** One canvas's geometry and stored data, reading only inside its section. */
export function readCanvas(section: CanvasSection): CanvasSnapshot {
  return canvasOf(section, templateShapes(section.node))
}

/** Like `readCanvas`, also telling which template shapes it found. */
export function readCanvasWithShapes(section: CanvasSection): { canvas: CanvasSnapshot; shapeIds: string[] } {
  const shapes = templateShapes(section.node)
  // Only this canvas's own parts: a canvas nested inside keeps its shapes (the live board follows them by owner).
  const shapeIds: string[] = []
  for (const [shapeId, owner] of shapes.owners) if (owner === section.id) shapeIds.push(shapeId)
  return { canvas: canvasOf(section, shapes), shapeIds }
}

/** The whole board in one pass. */
export function takeSnapshot(page: PageNode, pending?: AdoptedNode): BoardSnapshot {
  const { stickies } = readStickiesWithStamps(
    page.findAllWithCriteria({ types: ['STICKY'] }),
    () => page.findAllWithCriteria({ types: ['STAMP'] }),
    pluginStickyRoles(page)
  )
  const connectors = inIdOrder(page.findAllWithCriteria({ types: ['CONNECTOR'] }).map((node) => readConnector(node)))
  return { canvases: withTests(readCanvases(page, pending), readTestCards(page).byCanvas), stickies, connectors }
}
