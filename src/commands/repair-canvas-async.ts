import { redrawPart } from '../adapter/draw-vpc'
import { assertFigJam } from '../adapter/editor'
import { UserFacingError } from '../adapter/errors'
import { findSectionAsync } from '../adapter/find-node'
import { loadTemplateFontsOrExplainAsync } from '../adapter/fonts'
import { canvasMetaJson } from '../adapter/plugin-data'
import { adoptedCanvasNodes, readDrawnCanvasAsync } from '../adapter/drawn-canvas'
import { readCanvas } from '../adapter/snapshot'
import { VPC_SHAPE_SIZE, vpcLayout } from '../core/layout/vpc-layout'
import type { Locale, Rect } from '../core/types'
import { t } from '../i18n'
import type { CommandOutcome } from '../run/run-command'
import { zoneList } from './adopt-canvas-async'

/** Where a missing shape goes: mirrored from the surviving one, else where the template puts it. */
function missingBox(section: Rect, other: Rect | null, part: 'valueMap' | 'customerProfile'): Rect {
  const layout = vpcLayout()
  if (!other) {
    const box = part === 'valueMap' ? layout.valueMap : layout.customerProfile
    return { ...box }
  }
  // Keep the surviving shape's size and the template's spacing, scaled to that size.
  const scale = other.width / VPC_SHAPE_SIZE
  const offset = (layout.customerProfile.x - layout.valueMap.x) * scale
  const x = part === 'valueMap' ? other.x - offset : other.x + offset
  return { x: x - section.x, y: other.y - section.y, width: other.width, height: other.height }
}

/**
 * Redraws the square or circle of a damaged canvas in place. Stickies, connectors and every
 * other node stay exactly where they are. One undo step.
 */
export async function repairCanvasAsync(options: {
  canvasId: string
  locale: Locale
}): Promise<CommandOutcome> {
  assertFigJam(options.locale)
  // A drawing people made is never redrawn: say which zones can no longer be found, if any.
  // Only that drawing is read (its root, or a loose drawing's own nodes), not the other drawings or the page.
  const page = figma.currentPage
  const adopted = adoptedCanvasNodes(page).find((entry) => entry.node.id === options.canvasId)
  const drawn = adopted ? (await readDrawnCanvasAsync(page, adopted))?.drawn : undefined
  if (drawn) {
    if (drawn.lost.length === 0) return { message: t(options.locale, 'adopt.noRedraw') }
    // One zone by name; several by count (their names would not fit a notification; the panel lists them).
    throw new UserFacingError(
      drawn.lost.length === 1
        ? t(options.locale, 'adopt.lost', { zones: zoneList(options.locale, drawn.lost) })
        : t(options.locale, 'adopt.lostCount', { count: drawn.lost.length })
    )
  }
  // The font first: a collaborator can change the board while it loads, so the canvas is read after it, and
  // nothing yields between that read and the write.
  await loadTemplateFontsOrExplainAsync(t(options.locale, 'notify.fontFailed'))
  const section = await findSectionAsync(options.canvasId)
  const box = section?.absoluteBoundingBox
  const canvas = section && box ? readCanvas({ node: section, id: section.id, box }) : null
  if (!section || !canvas) throw new UserFacingError(t(options.locale, 'notify.canvasGone'))
  if (canvas.valueMap && canvas.customerProfile)
    return { message: t(options.locale, 'notify.nothingToRepair') }
  // Written as read back, so a section with damaged metadata does not pass it on to the new part.
  const meta = canvasMetaJson(canvas.meta.locale)
  if (!canvas.valueMap)
    redrawPart(section, 'valueMap', missingBox(canvas.box, canvas.customerProfile, 'valueMap'), meta)
  if (!canvas.customerProfile) {
    redrawPart(section, 'customerProfile', missingBox(canvas.box, canvas.valueMap, 'customerProfile'), meta)
  }
  figma.commitUndo()
  return { message: t(options.locale, 'notify.repaired') }
}
