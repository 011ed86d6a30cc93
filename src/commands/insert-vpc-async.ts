import { drawVpc, displayNames } from '../adapter/draw-vpc'
import type { VpcContent } from '../adapter/draw-vpc'
import { assertFigJam } from '../adapter/editor'
import { UserFacingError } from '../adapter/errors'
import { loadTemplateFontsAsync } from '../adapter/fonts'
import { occupiedBoxes } from '../adapter/occupied'
import { canvasSectionsOn } from '../adapter/snapshot'
import { placeNewCanvas } from '../core/layout/placement'
import { VPC_SECTION_HEIGHT, VPC_SECTION_WIDTH } from '../core/layout/vpc-layout'
import { notifyName } from '../core/notification-text'
import { t } from '../i18n'
import type { CommandOutcome } from './run-command'

/**
 * Inserts one Value Proposition Canvas beside the existing ones (or at the viewport centre),
 * selects it and brings it into view. One undo step.
 */
export async function insertVpcAsync(content: VpcContent): Promise<CommandOutcome> {
  assertFigJam(content.locale)
  try {
    await loadTemplateFontsAsync()
  } catch {
    throw new UserFacingError(t(content.locale, 'notify.fontFailed'))
  }
  const page = figma.currentPage
  const canvases = canvasSectionsOn(page).map((entry) => entry.box)
  const at = placeNewCanvas(
    { width: VPC_SECTION_WIDTH, height: VPC_SECTION_HEIGHT },
    figma.viewport.center,
    canvases,
    occupiedBoxes(page)
  )
  const section = drawVpc(content, at)
  page.selection = [section]
  figma.viewport.scrollAndZoomIntoView([section])
  figma.commitUndo()
  // FigJam shows about 100 characters of a notification: long names are cut so the whole sentence shows.
  const names = displayNames(content)
  const shown = { segment: notifyName(names.segment), product: notifyName(names.product) }
  return { message: t(content.locale, 'notify.vpcInserted', shown) }
}
