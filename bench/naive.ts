/**
 * The naive baseline: what an obvious first implementation of "read the board and check the fit" does, so the
 * benchmark can compare against it in the same run on the same board.
 *
 * - Finds everything with `page.findAll(predicate)` over the whole page, once per node kind (canvases, stickies,
 *   connectors, stamps): the predicate runs in the plugin for every node and reads its `type`.
 * - Finds each sticky's canvas with a parent walk (`parent`, `type` per level); a sticky not inside a canvas
 *   section is tested against every canvas, reading both boxes again for each canvas it is tested against.
 * - Hands the pure core (`analyzeCanvas`, the same code the plugin decides with) thin views over the nodes:
 *   every property is read from the node again at each use (`absoluteBoundingBox` in zone tests, centres and
 *   every sort comparison; `text.characters` when ranking and again for the report; `id` at each lookup).
 * - Counts votes from the stamps found by walking all nodes (`stuckTo.id` per stamp).
 * - Passes every connector of the board to every canvas (the core ignores those not between its stickies).
 *
 * It decides exactly what the plugin decides (the benchmark checks the reports are equal); only the reading differs.
 */
import type { PluginDataKey } from '../contract/plugin-data-keys'
import { DATA_KEYS, readCanvasMeta, readChecks, readRejected, ROLES, SHARED_NAMESPACE } from '../src/adapter/plugin-data'

/** The plugin's shared entry, read the plain way (one read; the naive reader knows no older boards). */
function shared(node: BaseNode, key: PluginDataKey): string {
  return node.getSharedPluginData(SHARED_NAMESPACE, key)
}
import { analyzeCanvas } from '../src/core/analyze'
import type { CanvasAnalysis, CanvasSnapshot, ConnectorSnapshot, Point, Rect, StickySnapshot } from '../src/core/types'

function boxOf(node: SceneNode): Rect {
  const box = node.absoluteBoundingBox
  if (!box) throw new Error(`naive: ${node.id} has no box`)
  return box
}

function inside(point: Point, rect: Rect): boolean {
  return point.x >= rect.x && point.x <= rect.x + rect.width && point.y >= rect.y && point.y <= rect.y + rect.height
}

function centre(rect: Rect): Point {
  return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 }
}

/** The template shape of `role` directly inside `section` (the largest when pasted twice), or null. */
function shapeIn(section: SectionNode, role: string): SceneNode | null {
  let best: SceneNode | null = null
  for (const child of section.findChildren((node) => shared(node, DATA_KEYS.role) === role)) {
    if (child.type !== 'SHAPE_WITH_TEXT') continue
    if (!best || boxOf(best).width * boxOf(best).height < boxOf(child).width * boxOf(child).height) best = child
  }
  return best
}

/** A canvas as the core sees it; its boxes are read from the nodes at each use. */
function canvasView(section: SectionNode): CanvasSnapshot {
  const valueMap = shapeIn(section, ROLES.valueMap)
  const customerProfile = shapeIn(section, ROLES.customerProfile)
  return {
    id: section.id,
    name: section.name,
    get box() {
      return boxOf(section)
    },
    meta: readCanvasMeta((key) => shared(section, key)),
    get valueMap() {
      return valueMap ? boxOf(valueMap) : null
    },
    get customerProfile() {
      return customerProfile ? boxOf(customerProfile) : null
    },
    checks: readChecks(shared(section, DATA_KEYS.checks)),
    rejected: readRejected(shared(section, DATA_KEYS.rejected))
  }
}

/** A sticky as the core sees it: every field read from the node when the core uses it. */
function stickyView(node: StickyNode, votes: Map<string, number>): StickySnapshot {
  return {
    get id() {
      return node.id
    },
    get text() {
      return node.text.characters
    },
    get box() {
      return boxOf(node)
    },
    get votes() {
      return votes.get(node.id) ?? 0
    },
    get stamps(): Record<string, number> {
      const count = votes.get(node.id) ?? 0
      return count > 0 ? { '+1': count } : {}
    },
    get pluginRole() {
      const role = shared(node, DATA_KEYS.role)
      return role === ROLES.summary ? role : null
    }
  }
}

function connectorView(node: ConnectorNode): ConnectorSnapshot {
  return {
    get id() {
      return node.id
    },
    get startId() {
      const end = node.connectorStart
      return 'endpointNodeId' in end ? end.endpointNodeId : null
    },
    get endId() {
      const end = node.connectorEnd
      return 'endpointNodeId' in end ? end.endpointNodeId : null
    }
  }
}

/** The section a node sits in, walking up its parents; null when it is on the page itself. */
function sectionAbove(node: SceneNode): SectionNode | null {
  let parent = node.parent
  while (parent && parent.type !== 'PAGE' && parent.type !== 'DOCUMENT') {
    if (parent.type === 'SECTION') return parent
    parent = parent.parent
  }
  return null
}

/** Full read + classify + fit, naively (see the module comment). One analysis per canvas, in page order. */
export function naiveAnalyze(page: PageNode, checkedAt: string): CanvasAnalysis[] {
  const sections = page.findAll(
    (node) => node.type === 'SECTION' && shared(node, DATA_KEYS.role) === ROLES.canvas
  ) as SectionNode[]
  const stickies = page.findAll((node) => node.type === 'STICKY') as StickyNode[]
  const connectors = page.findAll((node) => node.type === 'CONNECTOR') as ConnectorNode[]
  const stamps = page.findAll((node) => node.type === 'STAMP') as StampNode[]

  const votes = new Map<string, number>()
  for (const stamp of stamps) {
    if (!stamp.stuckTo) continue
    votes.set(stamp.stuckTo.id, (votes.get(stamp.stuckTo.id) ?? 0) + 1)
  }

  const canvases = sections.map(canvasView)
  const indexOf = new Map<string, number>()
  sections.forEach((section, i) => indexOf.set(section.id, i))
  const members: StickySnapshot[][] = canvases.map(() => [])
  for (const sticky of stickies) {
    // Plugin-written stickies (BMC summaries) are not canvas content.
    if (shared(sticky, DATA_KEYS.role) === ROLES.summary) continue
    const section = sectionAbove(sticky)
    let owner = section ? (indexOf.get(section.id) ?? -1) : -1
    if (owner >= 0 && !inside(centre(boxOf(sticky)), boxOf(sections[owner] as SectionNode))) owner = -1
    if (owner < 0) {
      // Not inside a canvas section: test every canvas, smallest holding the centre wins.
      sections.forEach((candidate, i) => {
        if (!inside(centre(boxOf(sticky)), boxOf(candidate))) return
        const best = sections[owner]
        if (!best || boxOf(candidate).width * boxOf(candidate).height < boxOf(best).width * boxOf(best).height) {
          owner = i
        }
      })
    }
    if (owner >= 0) members[owner]?.push(stickyView(sticky, votes))
  }

  const allConnectors = connectors.map(connectorView)
  return canvases.map((canvas, i) => analyzeCanvas(canvas, members[i] ?? [], allConnectors, checkedAt))
}
