import { drawBmc } from '../adapter/bmc/draw-bmc'
import { assertFigJam } from '../adapter/editor'
import { loadTemplateFontsOrExplainAsync } from '../adapter/fonts'
import { insertTemplate } from '../adapter/insert-template'
import { boxOf } from '../adapter/occupied'
import { DATA_KEYS, findWithData, getData, ROLES } from '../adapter/plugin-data'
import { canvasSectionsOn } from '../adapter/snapshot'
import { BMC_SECTION_HEIGHT, BMC_SECTION_WIDTH } from '../core/layout/bmc-layout'
import type { Locale, Rect } from '../core/types'
import { t } from '../i18n'
import type { CommandOutcome } from '../run/run-command'

export interface InsertBmcOptions {
  locale: Locale
  /** Put the BMC beside this box (e.g. the canvas being summarised) instead of beside the right-most canvas. */
  near?: Rect
}

/**
 * Draws the BMC without closing the undo step, for a command that goes on writing into it (the fonts must be
 * loaded). Returns its section.
 */
export function drawBmcBeside(options: InsertBmcOptions, commit = false): SectionNode {
  const { locale, near } = options
  const page = figma.currentPage
  const beside = near
    ? [near]
    : canvasSectionsOn(page)
        .map((entry) => entry.box)
        .concat(bmcSectionBoxes(page))
  return insertTemplate(
    { width: BMC_SECTION_WIDTH, height: BMC_SECTION_HEIGHT },
    beside,
    (at) => drawBmc(locale, at),
    commit
  )
}

/** Boxes of the sections this plugin drew as BMCs. */
function bmcSectionBoxes(page: PageNode): Rect[] {
  const boxes: Rect[] = []
  for (const section of findWithData(page, ['SECTION'], DATA_KEYS.role)) {
    if (getData(section, DATA_KEYS.role) !== ROLES.bmc) continue
    const box = boxOf(section)
    if (box) boxes.push(box)
  }
  return boxes
}

/**
 * Inserts one Business Model Canvas: beside `near` when given, else beside the right-most canvas or BMC on the
 * page, else at the viewport centre, never overlapping anything. Selects it and brings it into view. One undo step.
 * Drawn in `options.locale`; the notification is in `speaks`, the language of the person who asked.
 */
export async function insertBmcAsync(
  options: InsertBmcOptions,
  speaks: Locale = options.locale
): Promise<CommandOutcome> {
  assertFigJam(speaks)
  await loadTemplateFontsOrExplainAsync(t(speaks, 'bmcNotify.fontFailed'))
  drawBmcBeside(options, true)
  return { message: t(speaks, 'bmcNotify.inserted') }
}
