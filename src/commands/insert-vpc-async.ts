import { drawVpc, displayNames, nameProblem } from '../adapter/draw-vpc'
import { UserFacingError } from '../adapter/errors'
import type { VpcContent } from '../adapter/draw-vpc'
import type { Locale } from '../core/types'
import { assertFigJam } from '../adapter/editor'
import { loadTemplateFontsOrExplainAsync } from '../adapter/fonts'
import { insertTemplate } from '../adapter/insert-template'
import { canvasSectionsOn } from '../adapter/snapshot'
import { VPC_SECTION_HEIGHT, VPC_SECTION_WIDTH } from '../core/layout/vpc-layout'
import { sentenceWithNames } from '../core/notification-text'
import { t } from '../i18n'
import type { CommandOutcome } from '../run/run-command'

/**
 * Inserts one Value Proposition Canvas beside the existing ones (or at the viewport centre),
 * selects it and brings it into view. One undo step. The canvas is drawn in `content.locale`, for the team; what
 * the plugin says to the person who asked is in `speaks`, their own language (the panel's), which may differ.
 */
export async function insertVpcAsync(
  content: VpcContent,
  speaks: Locale = content.locale
): Promise<CommandOutcome> {
  assertFigJam(speaks)
  const tooLong = nameProblem(content, speaks)
  if (tooLong) throw new UserFacingError(tooLong)
  await loadTemplateFontsOrExplainAsync(t(speaks, 'notify.fontFailed'))
  const canvases = canvasSectionsOn(figma.currentPage).map((entry) => entry.box)
  insertTemplate({ width: VPC_SECTION_WIDTH, height: VPC_SECTION_HEIGHT }, canvases, (at) =>
    drawVpc(content, at)
  )
  // FigJam shows about 100 characters of a notification: long names are cut so the whole sentence shows.
  const names = displayNames(content)
  const message = sentenceWithNames(
    (segment, product) => t(speaks, 'notify.vpcInserted', { segment, product }),
    names.segment,
    names.product
  )
  return { message }
}
