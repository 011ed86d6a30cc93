import type { ImportPlan } from '../core/export'
import { guessedExtraHeight } from '../core/layout/import-layout'
import { placeNewCanvas } from '../core/layout/placement'
import { VPC_SECTION_HEIGHT, VPC_SECTION_WIDTH } from '../core/layout/vpc-layout'
import type { Rect } from '../core/types'
import { drawImportedCanvas } from './draw-import'
import { occupiedBoxes } from './occupied'
import { DATA_KEYS, ROLES, setData } from './plugin-data'

/**
 * Draws a past version of a canvas as a read-only copy beside `canvas` (to its right, on free board, never over
 * anything), named `name`: the template with the version's stickies and links, every node locked, the section
 * marked as a history copy so it is no canvas of its own (no check, no relaunch button, nothing adopts it).
 * Fonts must be loaded. Touches nothing that exists; one undo step; the copy is selected and shown.
 */
export function drawVersionCopy(plan: ImportPlan, canvas: Rect, name: string): SectionNode {
  const page = figma.currentPage
  const size = { width: VPC_SECTION_WIDTH, height: VPC_SECTION_HEIGHT + guessedExtraHeight(plan) }
  const at = placeNewCanvas(size, figma.viewport.center, [canvas], occupiedBoxes(page))
  const section = drawImportedCanvas(plan, at)
  try {
    setData(section, DATA_KEYS.role, ROLES.historyCopy)
    section.setRelaunchData({})
    section.name = name
    for (const node of section.findAll()) node.locked = true
    section.locked = true
  } catch (error) {
    section.remove()
    throw error
  }
  page.selection = [section]
  figma.viewport.scrollAndZoomIntoView([section])
  figma.commitUndo()
  return section
}
