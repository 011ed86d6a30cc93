/**
 * Finds the Business Model Canvas the summary writes into, read-only and with few reads:
 *
 * 1. A BMC this plugin drew: a section with role `bmc-canvas`, its blocks found by `DATA_KEYS.block`. With several,
 *    one with both blocks wins, then the one nearest `near`, then the first on the page.
 * 2. A BMC someone else drew: sections and shapes whose name (sections) or text (shapes; their name when the text
 *    is empty) is a Value propositions / Customer segments label (`matchBmcBlock`, en/sv/da/de); when a block is
 *    still missing, text labels too, each standing for the smallest section or shape around it that does not also
 *    hold the other block's label. A labelled shape under 480 px (`HEADER_MAX`) either way is a header and likewise stands for the
 *    region around it (or for itself when there is none). With several candidates, the closest pair wins.
 *    Only one of the two blocks found: the target has that block and null for the other, so the summary writes
 *    what it can and says which block it could not find (a team that renamed or removed a block still gets half
 *    the summary instead of a second BMC).
 * 3. The block the user selected, when it is a BMC block: the first selected section or shape labelled Value
 *    propositions or Customer segments becomes that block's target.
 *
 * Never a canvas: no section or shape that holds a Value Proposition Canvas, sits inside one, or is part of one is
 * ever a block. Otherwise null: the caller offers to insert a BMC. The decisions are the core's
 * (`src/core/bmc-target.ts`); this file reads the board for them.
 */
import { isOutside, pickOwnBmc, pickPair, regionAround, resolveHeaders } from '../../core/bmc-target'
import type { BlockCandidate, BlockPair, Label, RegionRef } from '../../core/bmc-target'
import { areaOf, centreOf, insideRect } from '../../core/geometry'
import type { BmcSummaryBlock, Rect } from '../../core/types'
import { matchBmcBlock } from '../../i18n/bmc-blocks'
import { boxOf } from '../occupied'
import { DATA_KEYS, findWithData, getData, ROLES } from '../plugin-data'

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
type BlockNode = SectionNode | ShapeWithTextNode

/** Roles of nodes that belong to a canvas the plugin drew and so can never be a foreign block. */
const OWN_ROLES: readonly string[] = [
  ROLES.canvas,
  ROLES.valueMap,
  ROLES.customerProfile,
  ROLES.bmc,
  ROLES.bmcText
]

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

/** The page's sections the plugin drew as BMCs and as canvases, from one query (each role read once). */
function roleSections(page: PageNode): { bmcs: SectionNode[]; canvases: SectionNode[] } {
  const bmcs: SectionNode[] = []
  const canvases: SectionNode[] = []
  for (const section of findWithData(page, ['SECTION'], DATA_KEYS.role)) {
    const role = getData(section, DATA_KEYS.role)
    if (role === ROLES.bmc) bmcs.push(section)
    else if (role === ROLES.canvas) canvases.push(section)
  }
  return { bmcs, canvases }
}

/** Sections the plugin drew as BMCs, with their Value propositions and Customer segments blocks. */
function ownBmcs(page: PageNode, sections: readonly SectionNode[]): OwnBmc[] {
  const byId = new Map<string, OwnBmc>()
  for (const section of sections) {
    const box = boxOf(section)
    if (box)
      byId.set(section.id, { section, box, blocks: { valuePropositions: null, customerSegments: null } })
  }
  if (byId.size === 0) return []
  const shapes = findWithData(page, ['SHAPE_WITH_TEXT'], DATA_KEYS.block)
  for (const shape of shapes) {
    const key = getData(shape, DATA_KEYS.block)
    if (key !== 'valuePropositions' && key !== 'customerSegments') continue
    // A block belongs to the BMC it sits in: one dragged or pasted elsewhere no longer counts.
    const owner = byId.get(parentSectionId(shape) ?? '')
    const box = owner ? boxOf(shape) : null
    if (!owner || !box) continue
    const previous = owner.blocks[key]
    // A copy pasted into the same BMC: the larger block is the BMC's.
    if (!previous || areaOf(previous.box) < areaOf(box)) owner.blocks[key] = { node: shape, box }
  }
  return Array.from(byId.values())
}

// ---------------------------------------------------------------------------
// 2. A BMC someone else drew
// ---------------------------------------------------------------------------

/** The label a section or shape shows: a section's name; a shape's text, or its layer name when it has none. */
function labelOf(node: BlockNode): string {
  if (node.type === 'SECTION') return node.name
  const text = node.text.characters
  return text.trim() !== '' ? text : node.name
}

/** Whether a node carries a role of the plugin's own canvases (and so is no foreign block). */
function isOwnPart(node: BaseNode): boolean {
  return OWN_ROLES.indexOf(getData(node, DATA_KEYS.role)) >= 0
}

/** Every section and shape of the page, each box and role read at most once and only when a decision asks. */
function regionsOf(page: PageNode): RegionRef<BlockNode>[] {
  return page.findAllWithCriteria({ types: ['SECTION', 'SHAPE_WITH_TEXT'] }).map((node) => {
    let box: Rect | null | undefined
    let own: boolean | undefined
    return {
      node,
      kind: node.type === 'SECTION' ? 'section' : 'shape',
      box: () => (box === undefined ? (box = boxOf(node)) : box),
      own: () => (own === undefined ? (own = isOwnPart(node)) : own)
    }
  })
}

/** Sections and shapes labelled as one of the two blocks, outside the plugin's own BMCs. */
function labelledRegions(
  regions: RegionRef<BlockNode>[],
  excluded: readonly Rect[]
): BlockCandidate<BlockNode>[] {
  const found: BlockCandidate<BlockNode>[] = []
  for (const region of regions) {
    const block = matchBmcBlock(labelOf(region.node))
    if (!block) continue
    const box = region.box()
    if (!box || !isOutside(box, excluded) || region.own()) continue
    found.push({ block, node: region.node, box, kind: region.kind })
  }
  return found
}

/** Text labels of the two blocks, with their page boxes, outside the plugin's own BMCs. */
function textLabels(page: PageNode, excluded: readonly Rect[]): Label[] {
  const labels: Label[] = []
  for (const text of page.findAllWithCriteria({ types: ['TEXT'] })) {
    const block = matchBmcBlock(text.characters)
    const box = block ? boxOf(text) : null
    if (block && box && isOutside(box, excluded)) labels.push({ block, box })
  }
  return labels
}

const target = (candidate: BlockCandidate<BlockNode> | null): BmcBlockTarget | null =>
  candidate ? { node: candidate.node, box: candidate.box } : null

/** The section a foreign block lives in: its parent section, or for a block that is a section, the one around it. */
function foreignSectionId(blocks: BlockPair<BlockNode>): string | null {
  const first = blocks.valuePropositions ?? blocks.customerSegments
  return first ? parentSectionId(first.node) : null
}

function findForeign(page: PageNode, excluded: readonly Rect[], canvases: CanvasBoxes): BmcTarget | null {
  const regions = regionsOf(page)
  const candidates = resolveHeaders(labelledRegions(regions, excluded), regions)
  const has = (block: BmcSummaryBlock) => candidates.some((c) => c.block === block)
  if (!has('valuePropositions') || !has('customerSegments')) {
    // Only now read the page's texts: most boards with a hand-drawn BMC name its sections or shapes.
    const labels = textLabels(page, excluded)
    for (const label of labels) {
      const region = regionAround(label, labels, regions)
      if (region) candidates.push(region)
    }
  }
  const usable = candidates.filter((c) => !touchesCanvas(c.box, canvases))
  if (usable.length === 0) return null
  const blocks = pickPair(usable)
  return {
    source: 'foreign',
    valuePropositions: target(blocks.valuePropositions),
    customerSegments: target(blocks.customerSegments),
    sectionId: foreignSectionId(blocks)
  }
}

// ---------------------------------------------------------------------------
// 3. The selected block
// ---------------------------------------------------------------------------

function findSelected(page: PageNode, canvases: CanvasBoxes): BmcTarget | null {
  for (const node of page.selection) {
    if (node.type !== 'SECTION' && node.type !== 'SHAPE_WITH_TEXT') continue
    if (isOwnPart(node)) continue
    // Only a block of a BMC: a section or shape people drew for something else is not written into.
    const block = matchBmcBlock(labelOf(node))
    const box = block ? boxOf(node) : null
    if (!block || !box || touchesCanvas(box, canvases)) continue
    const target = { node, box }
    return {
      source: 'selection',
      valuePropositions: block === 'valuePropositions' ? target : null,
      customerSegments: block === 'customerSegments' ? target : null,
      sectionId: parentSectionId(node)
    }
  }
  return null
}

/** The boxes of the page's canvases, read the first time a candidate block asks (most live looks find none). */
type CanvasBoxes = () => readonly Rect[]

function lazyBoxes(sections: readonly SectionNode[]): CanvasBoxes {
  let boxes: Rect[] | null = null
  return () => {
    if (boxes === null) {
      boxes = []
      for (const section of sections) {
        const box = boxOf(section)
        if (box) boxes.push(box)
      }
    }
    return boxes
  }
}

/** Whether a box sits inside a Value Proposition Canvas or holds one: such a region is never a BMC block. */
function touchesCanvas(box: Rect, canvases: CanvasBoxes): boolean {
  const point = centreOf(box)
  return canvases().some((canvas) => insideRect(point, canvas) || insideRect(centreOf(canvas), box))
}

/** The BMC on `page` the summary writes into (see the file comment for the order), or null when there is none. */
export function findBmc(page: PageNode, options: FindBmcOptions = {}): BmcTarget | null {
  const sections = roleSections(page)
  const own = ownBmcs(page, sections.bmcs)
  const picked = pickOwnBmc(own, options.near)
  if (picked) {
    const { valuePropositions, customerSegments } = picked.blocks
    return { source: 'plugin', valuePropositions, customerSegments, sectionId: picked.section.id }
  }
  const canvases = lazyBoxes(sections.canvases)
  return findForeign(page, own.map((b) => b.box), canvases) ?? findSelected(page, canvases)
}
