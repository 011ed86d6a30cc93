import type { BmcBlockKey } from '../types'
import type { Rect } from '../types'

/**
 * The drawn Business Model Canvas as plain data, in section-local coordinates. The adapter turns each part into
 * one FigJam node; tests check the arrangement here.
 *
 * The method's arrangement: a top band of five columns (Key partners, full height | Key activities over Key
 * resources | Value propositions, full height | Customer relationships over Channels | Customer segments, full
 * height) and a bottom band split in two halves (Cost structure | Revenue streams).
 *
 * Sizes: each column is 1200 px wide and each stacked block 1200 px high, so that under its label and questions
 * every block still holds rows of four standard 240 px stickies (checked by the layout tests).
 */
export const BMC_SCHEMA = 1

const PADDING = 160
const TITLE_BAND = 320
const COLUMN = 1200
const STACKED = 1200
const GAP = 40
const FOOTER_BAND = 200

const TOP_HEIGHT = STACKED + GAP + STACKED
const BOTTOM_HEIGHT = 1200
const INNER_WIDTH = 5 * COLUMN + 4 * GAP

export const BMC_SECTION_WIDTH = PADDING + INNER_WIDTH + PADDING
export const BMC_SECTION_HEIGHT = TITLE_BAND + TOP_HEIGHT + GAP + BOTTOM_HEIGHT + FOOTER_BAND

/** Inside a block: the label, then the guiding questions, then room for stickies. */
export const BMC_BLOCK_INSET = 48
const LABEL_TOP = 40
const LABEL_HEIGHT = 70
const QUESTIONS_TOP = 128
// Room for seven lines of 28 px questions: the longest Swedish and Danish ones take six in Inter Medium.
const QUESTIONS_HEIGHT = 250
/** Where stickies can start, measured from the block's top edge. */
export const BMC_CONTENT_TOP = QUESTIONS_TOP + QUESTIONS_HEIGHT + 40

/** Light FigJam section tints per block, echoing the VPC: value propositions blue, customer segments orange. */
export const BMC_COLOURS = {
  section: 'FFFFFF',
  stroke: 'B3B3B3',
  label: '1E1E1E',
  hint: '6B6B6B',
  blocks: {
    keyPartners: 'F8F5FF',
    keyActivities: 'F1FEFD',
    keyResources: 'F1FEFD',
    valuePropositions: 'F5FBFF',
    customerRelationships: 'FFFBF0',
    channels: 'FFFBF0',
    customerSegments: 'FFF7F0',
    costStructure: 'FFF5F5',
    revenueStreams: 'EBFFEE'
  } satisfies Record<BmcBlockKey, string>
} as const

export interface BmcBlockPart {
  kind: 'block'
  block: BmcBlockKey
  box: Rect
  fill: string
  stroke: string
}

export type BmcTextRole = 'title' | 'credit' | 'block-label' | 'block-questions'

export interface BmcTextPart {
  kind: 'text'
  role: BmcTextRole
  /** The block a label or its questions belong to; null for the title and the credit. */
  block: BmcBlockKey | null
  box: Rect
  fontSize: number
  color: string
}

export type BmcPart = BmcBlockPart | BmcTextPart

export interface BmcLayout {
  width: number
  height: number
  blocks: Record<BmcBlockKey, Rect>
  parts: BmcPart[]
}

/** The block boxes of the canonical arrangement (section-local). */
function blockBoxes(): Record<BmcBlockKey, Rect> {
  const column = (i: number) => PADDING + i * (COLUMN + GAP)
  const top = TITLE_BAND
  const lower = top + STACKED + GAP
  const bottom = top + TOP_HEIGHT + GAP
  const half = (INNER_WIDTH - GAP) / 2
  const full = (i: number): Rect => ({ x: column(i), y: top, width: COLUMN, height: TOP_HEIGHT })
  const upper = (i: number): Rect => ({ x: column(i), y: top, width: COLUMN, height: STACKED })
  const under = (i: number): Rect => ({ x: column(i), y: lower, width: COLUMN, height: STACKED })
  return {
    keyPartners: full(0),
    keyActivities: upper(1),
    keyResources: under(1),
    valuePropositions: full(2),
    customerRelationships: upper(3),
    channels: under(3),
    customerSegments: full(4),
    costStructure: { x: PADDING, y: bottom, width: half, height: BOTTOM_HEIGHT },
    revenueStreams: { x: PADDING + half + GAP, y: bottom, width: half, height: BOTTOM_HEIGHT }
  }
}

/** The label and the questions of one block, stacked at its top-left. */
function blockTexts(block: BmcBlockKey, box: Rect): BmcTextPart[] {
  const x = box.x + BMC_BLOCK_INSET
  const width = box.width - 2 * BMC_BLOCK_INSET
  return [
    {
      kind: 'text',
      role: 'block-label',
      block,
      box: { x, y: box.y + LABEL_TOP, width, height: LABEL_HEIGHT },
      fontSize: 52,
      color: BMC_COLOURS.label
    },
    {
      kind: 'text',
      role: 'block-questions',
      block,
      box: { x, y: box.y + QUESTIONS_TOP, width, height: QUESTIONS_HEIGHT },
      fontSize: 28,
      color: BMC_COLOURS.hint
    }
  ]
}

/** The canonical Business Model Canvas: one section, nine blocks with label and questions, title and credit. */
export function bmcLayout(): BmcLayout {
  const blocks = blockBoxes()
  const keys = Object.keys(blocks) as BmcBlockKey[]
  const parts: BmcPart[] = keys.map((block) => ({
    kind: 'block' as const,
    block,
    box: blocks[block],
    fill: BMC_COLOURS.blocks[block],
    stroke: BMC_COLOURS.stroke
  }))
  for (const block of keys) parts.push(...blockTexts(block, blocks[block]))
  parts.push(
    {
      kind: 'text',
      role: 'title',
      block: null,
      box: { x: PADDING, y: 110, width: INNER_WIDTH, height: 96 },
      fontSize: 72,
      color: BMC_COLOURS.label
    },
    {
      kind: 'text',
      role: 'credit',
      block: null,
      box: { x: PADDING, y: BMC_SECTION_HEIGHT - FOOTER_BAND + 70, width: INNER_WIDTH, height: 48 },
      fontSize: 28,
      color: BMC_COLOURS.hint
    }
  )
  return { width: BMC_SECTION_WIDTH, height: BMC_SECTION_HEIGHT, blocks, parts }
}
