/**
 * Finds the Business Model Canvas the summary writes into, read-only and with few reads:
 *
 * 1. A BMC this plugin drew: a section with role `bmc-canvas`, its blocks found by `DATA_KEYS.block`. With several,
 *    one with both blocks wins, then the one nearest `near`, then the first on the page.
 * 2. A BMC someone else drew: sections and shapes whose name (sections) or text (shapes; their name when the text
 *    is empty) is a Value propositions / Customer segments label (`matchBmcBlock`, en/sv/da/de); when a block is
 *    still missing, text labels too, each standing for the smallest section or shape around it that does not also
 *    hold the other block's label. A labelled shape under 480 px either way is a header and likewise stands for the
 *    region around it (or for itself when there is none). With several candidates, the closest pair wins.
 *    Only one of the two blocks found: the target has that block and null for the other, so the summary writes
 *    what it can and says which block it could not find (a team that renamed or removed a block still gets half
 *    the summary instead of a second BMC).
 * 3. The block the user selected: the first selected section or shape that is not part of a canvas this plugin
 *    drew becomes the Value propositions target.
 *
 * Otherwise null: the caller offers to insert a BMC.
 */
import type { Rect } from '../../core/types'
import { matchBmcBlock } from '../../i18n/bmc-blocks'
import type { BmcSummaryBlock } from '../../i18n/bmc-blocks'
import { boxOf } from '../occupied'
import { DATA_KEYS, ROLES } from '../plugin-data'

export interface BmcBlockTarget {
  node: SceneNode
  /** Page-absolute box of the block. */
  box: Rect
}

export interface BmcTarget {
  source: 'plugin' | 'foreign' | 'selection'
  valuePropositions: BmcBlockTarget | null
  customerSegments: BmcBlockTarget | null
  /** The section holding the BMC (the plugin's BMC section, or the section around a foreign block), or null. */
  sectionId: string | null
}

export interface FindBmcOptions {
  /** The canvas being summarised: among several BMCs the plugin drew, the nearest wins. */
  near?: Rect
}

type Blocks = Record<BmcSummaryBlock, BmcBlockTarget | null>

interface Candidate extends BmcBlockTarget {
  block: BmcSummaryBlock
}

/** Roles of nodes that belong to a canvas the plugin drew and so can never be a foreign block. */
const OWN_ROLES: readonly string[] = [
  ROLES.canvas,
  ROLES.valueMap,
  ROLES.customerProfile,
  ROLES.bmc,
  ROLES.bmcText
]

function centre(rect: Rect): { x: number; y: number } {
  return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 }
}

function distance(a: Rect, b: Rect): number {
  const p = centre(a)
  const q = centre(b)
  return Math.hypot(p.x - q.x, p.y - q.y)
}

function containsPoint(rect: Rect, point: { x: number; y: number }): boolean {
  return (
    point.x >= rect.x &&
    point.x <= rect.x + rect.width &&
    point.y >= rect.y &&
    point.y <= rect.y + rect.height
  )
}

function area(rect: Rect): number {
  return rect.width * rect.height
}

/** The id of the section a node sits in, or null. */
function parentSectionId(node: SceneNode): string | null {
  const parent = node.parent
  return parent && parent.type === 'SECTION' ? parent.id : null
}

// ---------------------------------------------------------------------------
// 1. The plugin's own BMC
// ---------------------------------------------------------------------------

interface OwnBmc {
  section: SectionNode
  box: Rect
  blocks: Blocks
}

/** Sections the plugin drew as BMCs, with their Value propositions and Customer segments blocks. */
function ownBmcs(page: PageNode): OwnBmc[] {
  const byId = new Map<string, OwnBmc>()
  for (const section of page.findAllWithCriteria({
    types: ['SECTION'],
    pluginData: { keys: [DATA_KEYS.role] }
  })) {
    if (section.getPluginData(DATA_KEYS.role) !== ROLES.bmc) continue
    const box = boxOf(section)
    if (box)
      byId.set(section.id, { section, box, blocks: { valuePropositions: null, customerSegments: null } })
  }
  if (byId.size === 0) return []
  const shapes = page.findAllWithCriteria({
    types: ['SHAPE_WITH_TEXT'],
    pluginData: { keys: [DATA_KEYS.block] }
  })
  for (const shape of shapes) {
    const key = shape.getPluginData(DATA_KEYS.block)
    if (key !== 'valuePropositions' && key !== 'customerSegments') continue
    // A block belongs to the BMC it sits in: one dragged or pasted elsewhere no longer counts.
    const owner = byId.get(parentSectionId(shape) ?? '')
    const box = owner ? boxOf(shape) : null
    if (!owner || !box) continue
    const previous = owner.blocks[key]
    // A copy pasted into the same BMC: the larger block is the BMC's.
    if (!previous || area(previous.box) < area(box)) owner.blocks[key] = { node: shape, box }
  }
  return Array.from(byId.values())
}

/** The plugin BMC to write into: complete ones first, then nearest `near`, then page order. */
function pickOwn(bmcs: OwnBmc[], near: Rect | undefined): OwnBmc | null {
  const usable = bmcs.filter((b) => b.blocks.valuePropositions || b.blocks.customerSegments)
  const complete = usable.filter((b) => b.blocks.valuePropositions && b.blocks.customerSegments)
  const pool = complete.length > 0 ? complete : usable
  if (!near) return pool[0] ?? null
  let best: OwnBmc | null = null
  for (const bmc of pool) if (!best || distance(bmc.box, near) < distance(best.box, near)) best = bmc
  return best
}

// ---------------------------------------------------------------------------
// 2. A BMC someone else drew
// ---------------------------------------------------------------------------

interface Region {
  node: SectionNode | ShapeWithTextNode
  box: Rect | null
}

/** The label a section or shape shows: a section's name; a shape's text, or its layer name when it has none. */
function labelOf(node: SectionNode | ShapeWithTextNode): string {
  if (node.type === 'SECTION') return node.name
  const text = node.text.characters
  return text.trim() !== '' ? text : node.name
}

/** Whether a node carries a role of the plugin's own canvases (and so is no foreign block). */
function isOwnPart(node: BaseNode): boolean {
  return OWN_ROLES.indexOf(node.getPluginData(DATA_KEYS.role)) >= 0
}

function outside(box: Rect, excluded: readonly Rect[]): boolean {
  const point = centre(box)
  return !excluded.some((rect) => containsPoint(rect, point))
}

interface Label {
  block: BmcSummaryBlock
  box: Rect
}

/** A labelled shape smaller than this either way is a header over a block rather than the block itself. */
const HEADER_MAX = 480

/** Sections and shapes labelled as one of the two blocks, outside the plugin's own BMCs. */
function labelledRegions(regions: Region[], excluded: readonly Rect[]): Candidate[] {
  const found: Candidate[] = []
  for (const region of regions) {
    const block = matchBmcBlock(labelOf(region.node))
    if (!block) continue
    const box = boxOf(region.node)
    if (!box || !outside(box, excluded) || isOwnPart(region.node)) continue
    found.push({ block, node: region.node, box })
  }
  return found
}

/** Text labels of the two blocks, with their page boxes, outside the plugin's own BMCs. */
function textLabels(page: PageNode, excluded: readonly Rect[]): Label[] {
  const labels: Label[] = []
  for (const text of page.findAllWithCriteria({ types: ['TEXT'] })) {
    const block = matchBmcBlock(text.characters)
    const box = block ? boxOf(text) : null
    if (block && box && outside(box, excluded)) labels.push({ block, box })
  }
  return labels
}

/**
 * The region a label stands for: the smallest section or shape around the label's centre, larger than the label,
 * that does not also hold a label of the other block (that one would be the whole BMC, not a block).
 */
function regionOf(label: Label, labels: readonly Label[], regions: Region[]): Candidate | null {
  const point = centre(label.box)
  const others = labels.filter((l) => l.block !== label.block).map((l) => centre(l.box))
  let best: Candidate | null = null
  for (const region of regions) {
    if (region.box === null) region.box = boxOf(region.node)
    const box = region.box
    if (!box || !containsPoint(box, point) || area(box) <= area(label.box)) continue
    if (others.some((other) => containsPoint(box, other))) continue
    if (!best || area(box) < area(best.box)) best = { block: label.block, node: region.node, box }
  }
  return best && !isOwnPart(best.node) ? best : null
}

/** Whether a labelled shape is too small to be a block: a header over one (e.g. a default-size shape). */
function isHeader(candidate: Candidate): boolean {
  return (
    candidate.node.type === 'SHAPE_WITH_TEXT' &&
    (candidate.box.width < HEADER_MAX || candidate.box.height < HEADER_MAX)
  )
}

/**
 * Labelled headers give way to the region around them; a header that heads nothing stays the block itself
 * (its sticky then goes just below it).
 */
function resolveHeaders(candidates: Candidate[], regions: Region[]): Candidate[] {
  if (!candidates.some(isHeader)) return candidates
  const labels: Label[] = candidates.map((c) => ({ block: c.block, box: c.box }))
  return candidates.map((c) => (isHeader(c) ? (regionOf(c, labels, regions) ?? c) : c))
}

/** The two blocks from the candidates: the pair lying closest together, or the first of the one block found. */
function pickPair(candidates: Candidate[]): Blocks {
  const vps = candidates.filter((c) => c.block === 'valuePropositions')
  const css = candidates.filter((c) => c.block === 'customerSegments')
  const plain = (c: Candidate | undefined): BmcBlockTarget | null => (c ? { node: c.node, box: c.box } : null)
  if (vps.length === 0 || css.length === 0) {
    return { valuePropositions: plain(vps[0]), customerSegments: plain(css[0]) }
  }
  let best: [Candidate, Candidate] | null = null
  for (const vp of vps) {
    for (const cs of css) {
      if (vp.node.id === cs.node.id) continue
      if (!best || distance(vp.box, cs.box) < distance(best[0].box, best[1].box)) best = [vp, cs]
    }
  }
  return best
    ? { valuePropositions: plain(best[0]), customerSegments: plain(best[1]) }
    : { valuePropositions: plain(vps[0]), customerSegments: null }
}

/** The section a foreign block lives in: its parent section, or for a block that is a section, the one around it. */
function foreignSectionId(blocks: Blocks): string | null {
  const first = blocks.valuePropositions ?? blocks.customerSegments
  return first ? parentSectionId(first.node) : null
}

function findForeign(page: PageNode, excluded: readonly Rect[]): BmcTarget | null {
  const regions: Region[] = page
    .findAllWithCriteria({ types: ['SECTION', 'SHAPE_WITH_TEXT'] })
    .map((node) => ({ node, box: null }))
  const candidates = resolveHeaders(labelledRegions(regions, excluded), regions)
  const has = (block: BmcSummaryBlock) => candidates.some((c) => c.block === block)
  if (!has('valuePropositions') || !has('customerSegments')) {
    // Only now read the page's texts: most boards with a hand-drawn BMC name its sections or shapes.
    const labels = textLabels(page, excluded)
    for (const label of labels) {
      const region = regionOf(label, labels, regions)
      if (region) candidates.push(region)
    }
  }
  if (candidates.length === 0) return null
  const blocks = pickPair(candidates)
  return {
    source: 'foreign',
    valuePropositions: blocks.valuePropositions,
    customerSegments: blocks.customerSegments,
    sectionId: foreignSectionId(blocks)
  }
}

// ---------------------------------------------------------------------------
// 3. The selected block
// ---------------------------------------------------------------------------

function findSelected(page: PageNode): BmcTarget | null {
  for (const node of page.selection) {
    if (node.type !== 'SECTION' && node.type !== 'SHAPE_WITH_TEXT') continue
    if (isOwnPart(node)) continue
    const box = boxOf(node)
    if (!box) continue
    return {
      source: 'selection',
      valuePropositions: { node, box },
      customerSegments: null,
      sectionId: parentSectionId(node)
    }
  }
  return null
}

/** The BMC on `page` the summary writes into (see the file comment for the order), or null when there is none. */
export function findBmc(page: PageNode, options: FindBmcOptions = {}): BmcTarget | null {
  const own = ownBmcs(page)
  const picked = pickOwn(own, options.near)
  if (picked) {
    const { valuePropositions, customerSegments } = picked.blocks
    return { source: 'plugin', valuePropositions, customerSegments, sectionId: picked.section.id }
  }
  return (
    findForeign(
      page,
      own.map((b) => b.box)
    ) ?? findSelected(page)
  )
}
