/**
 * Writing the summary stickies into a BMC: first everything is read and decided (`planSummary`,
 * `loadSummaryFontsAsync`), then written in one go (`writeSummary`), which undoes its own writes if one fails.
 */
import type { SummaryChoice } from '../../core/bmc-placement'
import { chooseSummarySticky, DEFAULT_GAP, overflowStrip, placeSummary } from '../../core/bmc-placement'
import type { Point, Rect } from '../../core/types'
import type { BmcSummaryBlock } from '../../i18n/bmc-blocks'
import { UserFacingError } from '../errors'
import { TEMPLATE_FONT } from '../fonts'
import { boxOf } from '../occupied'
import { solid } from '../paint'
import type { BmcBlockTarget, BmcTarget } from './find-bmc'
import type { SummarySticky } from './summary-data'
import { summaryStickiesOf, tagSummary } from './summary-data'

/** Wide stickies: a statement reads better in 416 px lines than in 240 px ones. */
const STICKY_SIZE = { width: 416, height: 240 }
/** The sticky colours of the VPC's two sides: value map blue, customer profile orange. */
const STICKY_FILLS: Record<BmcSummaryBlock, string> = {
  valuePropositions: 'A8DAFF',
  customerSegments: 'FFD3A8'
}

export interface SummaryText {
  block: BmcSummaryBlock
  text: string
  /** Briefer texts, tried in order when the sticky with `text` would not fit inside its block. */
  shorter?: string[]
}

interface Container {
  node: SectionNode
  box: Rect
}

/** What will happen in one block, decided before anything is written. */
export interface BlockPlan extends SummaryChoice<SummarySticky> {
  block: BmcSummaryBlock
  text: string
  /** The texts to try, longest first (`text`, then the briefer ones): the first whose sticky fits the block. */
  texts: string[]
  target: BmcBlockTarget
  /** Sections around the block, innermost first (the block itself when it is a section). */
  containers: Container[]
  /** Where a full block's sticky goes below: the bottom of the outermost section around the block. */
  overflowBottom: number
  /** Fonts the sticky to update uses (loaded before writing). */
  fonts: FontName[]
  /** Set when the sticky to update could not have its font loaded and so is left alone. */
  fontKept: boolean
}

export interface SummaryPlan {
  canvasId: string
  blocks: BlockPlan[]
  /** Boxes new stickies must not cover: every sticky and the texts around the blocks. */
  blockers: Rect[]
}

function containersOf(target: BmcBlockTarget): Container[] {
  const containers: Container[] = []
  const node = target.node
  if (node.type === 'SECTION') containers.push({ node, box: target.box })
  const parent = node.parent
  if (parent && parent.type === 'SECTION') {
    const box = boxOf(parent)
    if (box) containers.push({ node: parent, box })
  }
  return containers
}

/** The fonts a sticky's text uses (several when its text is styled in parts). */
function fontsOf(sticky: SummarySticky): FontName[] {
  const text = sticky.node.text
  const font = text.fontName
  return typeof font === 'symbol' ? text.getRangeAllFontNames(0, sticky.text.length) : [font]
}

/** The boxes of the texts around the blocks (labels, questions), so new stickies do not cover them. */
function textBoxes(page: PageNode, plans: BlockPlan[]): Rect[] {
  const scopes = new Map<string, PageNode | SectionNode>()
  for (const plan of plans) {
    const outer = plan.containers[plan.containers.length - 1]
    scopes.set(outer ? outer.node.id : page.id, outer ? outer.node : page)
  }
  const boxes: Rect[] = []
  scopes.forEach((scope) => {
    for (const text of scope.findAllWithCriteria({ types: ['TEXT'] })) {
      const box = boxOf(text)
      if (box) boxes.push(box)
    }
  })
  return boxes
}

/**
 * Reads everything the summary needs from the page and decides, per block, whether an existing sticky is
 * updated or a new one is placed (and beside which edited one). Writes nothing.
 */
export function planSummary(
  page: PageNode,
  canvasId: string,
  target: BmcTarget,
  texts: SummaryText[],
  stickyBoxes: Rect[]
): SummaryPlan {
  const existing = summaryStickiesOf(page, canvasId)
  const blocks: BlockPlan[] = []
  for (const { block, text, shorter } of texts) {
    const blockTarget = target[block]
    if (!blockTarget) continue
    const containers = containersOf(blockTarget)
    const bottoms = [blockTarget.box, ...containers.map((c) => c.box)].map((box) => box.y + box.height)
    const overflowBottom = Math.max(...bottoms)
    const strip = overflowStrip(blockTarget.box, overflowBottom, STICKY_SIZE)
    const own = existing.filter((sticky) => sticky.block === block)
    const choice = chooseSummarySticky(own, blockTarget.box, strip)
    const fonts = choice.update ? fontsOf(choice.update) : []
    blocks.push({
      block,
      text,
      texts: [text, ...(shorter ?? [])],
      target: blockTarget,
      containers,
      overflowBottom,
      fonts,
      fontKept: false,
      update: choice.update,
      beside: choice.beside
    })
  }
  return { canvasId, blocks, blockers: stickyBoxes.concat(textBoxes(page, blocks)) }
}

/**
 * Loads Inter Medium and the fonts of the stickies to update, in one round. Inter failing stops the command
 * (`fontError` is thrown); a sticky whose own font fails is left alone and a new sticky goes beside it.
 */
export async function loadSummaryFontsAsync(plan: SummaryPlan, fontError: string): Promise<void> {
  const load = (font: FontName) => figma.loadFontAsync(font)
  const [inter, ...perBlock] = await Promise.all([
    Promise.all([load(TEMPLATE_FONT)]).then(
      () => true,
      () => false
    ),
    ...plan.blocks.map((block) =>
      Promise.all(block.fonts.map(load)).then(
        () => true,
        () => false
      )
    )
  ])
  if (!inter) throw new UserFacingError(fontError)
  plan.blocks.forEach((block, i) => {
    if (perBlock[i] !== false || !block.update) return
    block.beside = block.update
    block.update = null
    block.fontKept = true
  })
}

/** What was written in one block. */
export interface BlockResult {
  block: BmcSummaryBlock
  node: StickyNode
  mode: 'updated' | 'created'
  /** false when the block was full and the sticky went below it. */
  inside: boolean
  /** Set when an edited sticky (or one in a font that could not load) was left alone and this one put beside it. */
  besideKept: 'edited' | 'font' | null
}

/** The top-left corner right beside `rect`. */
function besideOf(rect: Rect, margin: number): Point {
  return { x: rect.x + rect.width + margin, y: rect.y }
}

function containsRect(outer: Rect, inner: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  )
}

/** Updates the text of an unedited summary sticky in place, then its hash. */
function updateSticky(
  block: BlockPlan,
  sticky: SummarySticky,
  canvasId: string,
  undo: Array<() => void>
): BlockResult {
  const node = sticky.node
  const result: BlockResult = { block: block.block, node, mode: 'updated', inside: true, besideKept: null }
  // Same text (full or brief, as last time): nothing to write, so an unchanged board gets no empty undo step.
  if (block.texts.includes(sticky.text)) return result
  // Unedited: the stored hash is the hash of its current text, so tagging the old text restores it exactly.
  undo.push(() => {
    node.text.characters = sticky.text
    tagSummary(node, canvasId, block.block, sticky.text)
  })
  // The sticky grows with its text: the first text with which it still fits the block, else the briefest.
  for (const text of block.texts) {
    node.text.characters = text
    const box = node.absoluteBoundingBox
    if (box && containsRect(block.target.box, box)) break
  }
  tagSummary(node, canvasId, block.block, node.text.characters)
  return result
}

/** Creates a new summary sticky, puts it in its section first, then places it on a free spot. */
function createSticky(block: BlockPlan, plan: SummaryPlan, undo: Array<() => void>): BlockResult {
  const sticky = figma.createSticky()
  undo.push(() => {
    if (!sticky.removed) sticky.remove()
  })
  sticky.isWideWidth = true
  sticky.fills = [solid(STICKY_FILLS[block.block])]
  sticky.text.fontName = TEMPLATE_FONT
  const near = block.beside ? besideOf(block.beside.box, DEFAULT_GAP) : undefined
  // FigJam grows a sticky with its text: the full text when its sticky finds a spot inside the block, else the
  // first briefer one that does, else the briefest below the block.
  let size = { width: 0, height: 0 }
  let spot: ReturnType<typeof placeSummary> | null = null
  for (let i = 0; i < block.texts.length; i++) {
    sticky.text.characters = block.texts[i] ?? block.text
    size = { width: sticky.width, height: sticky.height }
    spot = placeSummary(block.target.box, size, plan.blockers, { near, overflowBottom: block.overflowBottom })
    if (spot.inside) break
  }
  if (!spot) throw new Error('a summary has at least one text')
  const box = { x: spot.at.x, y: spot.at.y, width: size.width, height: size.height }
  // Into the innermost section that holds the spot (the block's, or the BMC's); a sticky below a full BMC stays
  // on the page. Append first, then place: section children have section-local coordinates.
  const parent = block.containers.find((c) => containsRect(c.box, box)) ?? null
  if (parent) parent.node.appendChild(sticky)
  sticky.x = box.x - (parent ? parent.box.x : 0)
  sticky.y = box.y - (parent ? parent.box.y : 0)
  plan.blockers.push(box)
  tagSummary(sticky, plan.canvasId, block.block, sticky.text.characters)
  const besideKept = block.beside ? (block.fontKept ? 'font' : 'edited') : null
  return { block: block.block, node: sticky, mode: 'created', inside: spot.inside, besideKept }
}

/**
 * Writes the planned stickies (fonts must be loaded). If a write fails, the stickies created so far are removed
 * and updated texts are put back before the error is passed on.
 */
export function writeSummary(plan: SummaryPlan): BlockResult[] {
  const undo: Array<() => void> = []
  try {
    return plan.blocks.map((block) => {
      const planned = block.update
      // The fonts loaded in between: a sticky someone edited (or deleted) meanwhile is theirs now, so it is left
      // alone and a new one goes beside it.
      if (planned && (planned.node.removed || planned.node.text.characters !== planned.text)) {
        block.update = null
        block.beside = planned.node.removed ? null : planned
      }
      return block.update
        ? updateSticky(block, block.update, plan.canvasId, undo)
        : createSticky(block, plan, undo)
    })
  } catch (error) {
    for (const step of undo.reverse()) step()
    throw error
  }
}
