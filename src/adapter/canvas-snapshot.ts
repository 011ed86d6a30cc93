import { insideRect, touchesRect } from '../core/geometry'
import type { BoardSnapshot, CanvasSnapshot, ConnectorSnapshot, Rect } from '../core/types'
import { adoptedCanvasNodes, readDrawnCanvasAsync } from './drawn-canvas'
import type { AdoptedNode } from './drawn-canvas'
import { DATA_KEYS, findWithData } from './plugin-data'
import type { CanvasSection, ReadMemo } from './snapshot'
import type { SummaryData } from './bmc/summary-data'
import { readTestCards, withTests } from './test-cards'
import type { TestCardReading } from './test-cards'
import {
  canvasSectionsOn,
  inIdOrder,
  readCanvas,
  readConnector,
  readStickiesWithStamps,
  summaryDataOf
} from './snapshot'

/**
 * What one canvas's check needs, read without walking the page: the canvas section's descendants, plus the nodes at
 * page level (or beside the section in its parent) that can belong to it: stickies overlapping it (a sticky dropped
 * onto a canvas need not be the section's child), connectors and stamps, and the stickies of other sections or
 * groups overlapping it. Canvases overlapping it come along, so a sticky over two canvases is decided as a full read
 * decides it. The result gives the same report for the canvas as `takeSnapshot(page)` (tested).
 */

function centreInside(box: Rect, area: Rect): boolean {
  return insideRect({ x: box.x + box.width / 2, y: box.y + box.height / 2 }, area)
}

type Container = PageNode | SectionNode | GroupNode

/** The stickies, connectors and stamps under the containers, each read once. */
class ScopedReader {
  readonly stickyNodes: StickyNode[] = []
  readonly connectors = new Map<string, ConnectorSnapshot>()
  /** Stamps found, counted once the stickies are read (their hosts are found among them by node). */
  readonly stampNodes: StampNode[] = []
  readonly roles = new Map<string, SummaryData>()
  private seenContainers = new Set<string>()

  /** `memo` records what is read, for a read of the page right after (see `ReadMemo`). */
  constructor(readonly memo?: ReadMemo) {}

  /** Everything inside `container` (not the container itself). */
  takeInside(container: SectionNode | GroupNode): void {
    const id = container.id
    if (this.seenContainers.has(id)) return
    this.seenContainers.add(id)
    for (const node of container.findAllWithCriteria({ types: ['STICKY'] })) this.stickyNodes.push(node)
    for (const node of findWithData(container, ['STICKY'], DATA_KEYS.role)) this.takeRole(node)
    for (const node of container.findAllWithCriteria({ types: ['CONNECTOR'] })) this.takeConnector(node)
    for (const node of container.findAllWithCriteria({ types: ['STAMP'] })) this.takeStamp(node)
  }

  /**
   * The direct children of `parent` that can belong to a canvas inside `area`; `skip` holds the canvas itself and
   * the containers around it (read level by level, not whole).
   */
  takeBeside(parent: Container, area: Rect, skip: ReadonlySet<string>): void {
    for (const child of parent.children) {
      const type = child.type
      if (type === 'CONNECTOR') this.takeConnector(child)
      else if (type === 'STAMP') this.takeStamp(child)
      else if (type === 'STICKY' || type === 'SECTION' || type === 'GROUP') {
        const box = child.absoluteBoundingBox
        if (!box || !touchesRect(box, area)) continue
        if (type === 'STICKY') {
          if (!centreInside(box, area)) continue
          this.stickyNodes.push(child)
          this.takeRole(child)
        } else if (!skip.has(child.id)) this.takeInside(child)
      }
    }
  }

  /**
   * Canvases overlapping the area that no level read: one nested in a section that does not overlap the area, and
   * hanging out of it (a canvas duplicated onto another lands inside it). Read whole, after the levels around, so
   * nothing is read twice; `around` (the canvas's own containers, read level by level) are not read whole.
   */
  takeNested(sections: readonly SectionNode[], around: ReadonlySet<string>): void {
    for (const section of sections) {
      if (!around.has(section.id) && !this.readWithin(section)) this.takeInside(section)
    }
  }

  /**
   * Groups overlapping the area that no level read. A sticky dragged out of its group stays in the group, and the
   * group in its section: a sticky on this canvas can belong to a group of a section far away (or of another
   * canvas). A group's box holds its children, so the page's groups are looked at (one query; a box each, and the
   * stickies only of the groups that overlap).
   */
  takeOverhangingGroups(page: PageNode, area: Rect, around: ReadonlySet<string>): void {
    for (const group of page.findAllWithCriteria({ types: ['GROUP'] })) {
      if (around.has(group.id)) continue
      const box = group.absoluteBoundingBox
      if (box && touchesRect(box, area) && !this.readWithin(group)) this.takeInside(group)
    }
  }

  /** Whether `node` or a container around it was read whole already. */
  private readWithin(node: BaseNode): boolean {
    for (let at: BaseNode | null = node; at && at.type !== 'PAGE'; at = at.parent) {
      if (this.seenContainers.has(at.id)) return true
    }
    return false
  }

  private takeRole(node: StickyNode): void {
    const data = summaryDataOf(node)
    if (data) this.roles.set(node.id, data)
  }

  private takeConnector(node: ConnectorNode): void {
    const connector = readConnector(node, this.memo)
    this.connectors.set(connector.id, connector)
  }

  private takeStamp(node: StampNode): void {
    this.stampNodes.push(node)
  }
}

/**
 * What a command read already, in the same step, before it reads one canvas: the scoped read takes it instead of
 * reading it again. `tests`: the page's test cards; `drawn`: adopted drawings read by id (a loose drawing's box is
 * its nodes' read, see `drawnCanvasBoxesAsync`).
 */
export interface KnownReads {
  tests?: TestCardReading
  drawn?: ReadonlyMap<string, CanvasSnapshot>
}

/**
 * The board as far as the canvas `canvasId` needs it (see the module comment), or null when it is not a canvas
 * section of `page`. `sections` are the page's canvas sections when the caller has them already.
 */
export function takeCanvasSnapshot(
  page: PageNode,
  canvasId: string,
  sections: CanvasSection[] = canvasSectionsOn(page),
  memo?: ReadMemo,
  known: KnownReads = {}
): BoardSnapshot | null {
  const target = sections.find((section) => section.id === canvasId)
  if (!target) return null
  const near = sections.filter((section) => touchesRect(section.box, target.box))
  const reader = new ScopedReader(memo)
  reader.takeInside(target.node)
  return scopedSnapshot(
    page,
    reader,
    target.node,
    target.box,
    near.map(readCanvas),
    near.map((n) => n.node),
    known.tests
  )
}

/**
 * The canvas's own node and every container around it, up to the page: each level's other children that can
 * belong to a canvas at `area` are read, then the stickies once each.
 */
function scopedSnapshot(
  page: PageNode,
  reader: ScopedReader,
  node: SceneNode,
  area: Rect,
  canvases: CanvasSnapshot[],
  nearSections: readonly SectionNode[],
  tests: TestCardReading = readTestCards(page)
): BoardSnapshot {
  const around: Container[] = []
  const skip = new Set<string>([node.id])
  for (let parent = node.parent; parent; parent = parent.type === 'PAGE' ? null : parent.parent) {
    if (parent.type === 'PAGE' || parent.type === 'SECTION' || parent.type === 'GROUP') {
      around.push(parent)
      skip.add(parent.id)
    }
    if (parent.type === 'DOCUMENT') break
  }
  for (const container of around) reader.takeBeside(container, area, skip)
  reader.takeNested(nearSections, skip)
  reader.takeOverhangingGroups(page, area, skip)
  const { stickies } = readStickiesWithStamps(reader.stickyNodes, () => reader.stampNodes, reader.roles, new Map(), reader.memo)
  return {
    // Test cards sit beside their canvas, not in it: they are found by their data (one query of the page).
    canvases: withTests(canvases, tests.byCanvas),
    stickies,
    connectors: inIdOrder(Array.from(reader.connectors.values()))
  }
}

/**
 * The board as far as the adopted canvas `canvasId` needs it, read from the drawing and what overlaps it, as
 * `takeCanvasSnapshot` reads one of the plugin's own (the same report as a read of the page: tested). Canvases
 * overlapping it come along: the plugin's, then the other adopted ones, in the order a read of the page has them.
 * Null when it is not an adopted canvas on `page`. `sections` and `adopted` are the page's canvas sections and
 * adopted drawings when the caller has them already.
 */
export async function takeDrawnCanvasSnapshotAsync(
  page: PageNode,
  canvasId: string,
  sections: CanvasSection[] = canvasSectionsOn(page),
  adopted: readonly AdoptedNode[] = adoptedCanvasNodes(page),
  known: KnownReads = {}
): Promise<BoardSnapshot | null> {
  const entry = adopted.find((candidate) => candidate.node.id === canvasId)
  if (!entry) return null
  const read = async (drawing: AdoptedNode) =>
    known.drawn?.get(drawing.node.id) ?? (await readDrawnCanvasAsync(page, drawing))
  const target = await read(entry)
  if (!target) return null
  const drawn: CanvasSnapshot[] = []
  for (const other of adopted) {
    if (other === entry) {
      drawn.push(target)
      continue
    }
    // A section or group drawing's box is its root's: read only when it overlaps.
    const root = other.definition.root !== 'nodes' ? other.node.absoluteBoundingBox : null
    if (root && !touchesRect(root, target.box)) continue
    const canvas = await read(other)
    if (canvas && touchesRect(canvas.box, target.box)) drawn.push(canvas)
  }
  const nearSections = sections.filter((section) => touchesRect(section.box, target.box))
  const near = nearSections.map(readCanvas)
  const reader = new ScopedReader()
  const node = entry.node
  // Also a loose drawing's anchor when it is a section (the halves as two sections selected together): its
  // stickies are the drawing's, and the reads beside it skip the canvas's own node.
  if (node.type === 'SECTION' || node.type === 'GROUP') reader.takeInside(node)
  return scopedSnapshot(
    page,
    reader,
    node,
    target.box,
    near.concat(drawn),
    nearSections.map((n) => n.node),
    known.tests
  )
}
