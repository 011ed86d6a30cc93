import type { BmcBlockPart, BmcTextPart } from '../../core/layout/bmc-layout'
import { BMC_COLOURS, BMC_SCHEMA, bmcLayout } from '../../core/layout/bmc-layout'
import type { Locale, Point } from '../../core/types'
import { t, tKey } from '../../i18n'
import { bmcQuestionsFor } from '../../i18n/questions'
import { solid } from '../paint'
import { DATA_KEYS, ROLES, setData } from '../plugin-data'
import { drawLockedShape, drawLockedText, tagPart } from '../template-nodes'

/** Plugin data `meta` on every part of a drawn BMC. */
export interface BmcMeta {
  schema: number
  locale: Locale
}

/** How many guiding questions a block shows: enough to get a team going, few enough to leave room. */
const QUESTIONS_PER_BLOCK = 4

/** One block: a locked, tinted rectangle tagged with its block key. */
function drawBlock(section: SectionNode, part: BmcBlockPart, label: string, meta: string): ShapeWithTextNode {
  const shape = drawLockedShape(
    section,
    { ...part, shapeType: 'SQUARE', strokeWeight: 4, name: label },
    ROLES.bmcBlock,
    meta
  )
  setData(shape, DATA_KEYS.block, part.block)
  return shape
}

/** One locked text (label, questions, title or credit). */
function drawText(section: SectionNode, part: BmcTextPart, characters: string, meta: string): TextNode {
  const text = drawLockedText(section, part, characters, ROLES.bmcText, meta)
  if (part.block) setData(text, DATA_KEYS.block, part.block)
  return text
}

/** The words of one text part in `locale`. */
function textFor(part: BmcTextPart, locale: Locale): string {
  switch (part.role) {
    case 'title':
      return t(locale, 'bmc.title')
    case 'credit':
      return t(locale, 'bmc.credit')
    case 'block-label':
      return part.block ? tKey(locale, `bmc.block.${part.block}`) : ''
    case 'block-questions':
      return part.block ? bmcQuestionsFor(locale, part.block).slice(0, QUESTIONS_PER_BLOCK).join('\n') : ''
  }
}

/**
 * Draws one Business Model Canvas as native FigJam nodes with its top-left corner at `at`: a section holding the
 * nine locked blocks, their labels and questions, the title and the credit. Fonts must already be loaded. If
 * anything fails half-way, the section and everything in it is removed again and the error is passed on.
 */
export function drawBmc(locale: Locale, at: Point): SectionNode {
  const layout = bmcLayout()
  const metaRecord: BmcMeta = { schema: BMC_SCHEMA, locale }
  const meta = JSON.stringify(metaRecord)
  const section = figma.createSection()
  try {
    section.name = t(locale, 'bmc.name')
    section.resizeWithoutConstraints(layout.width, layout.height)
    section.x = Math.round(at.x)
    section.y = Math.round(at.y)
    section.fills = [solid(BMC_COLOURS.section)]
    tagPart(section, ROLES.bmc, meta)
    for (const part of layout.parts) {
      if (part.kind === 'block') drawBlock(section, part, tKey(locale, `bmc.block.${part.block}`), meta)
      else drawText(section, part, textFor(part, locale), meta)
    }
    return section
  } catch (error) {
    if (!section.removed) section.remove()
    throw error
  }
}

/** Takes back a BMC this run drew (`drawBmc`), when the command that drew it stops before writing into it. */
export function removeDrawnBmc(section: SectionNode): void {
  if (!section.removed) section.remove()
}
