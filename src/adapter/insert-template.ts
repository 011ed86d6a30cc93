import { placeNewCanvas } from '../core/layout/placement'
import type { Point, Rect } from '../core/types'
import { occupiedBoxes } from './occupied'

/**
 * Puts a new template on the current page: beside `beside` (or at the viewport centre), never on
 * top of anything; then selects it, brings it into view and closes the undo step (unless `commit` is false: the
 * caller goes on writing in the same step).
 */
export function insertTemplate(
  size: { width: number; height: number },
  beside: Rect[],
  draw: (at: Point) => SectionNode,
  commit = true
): SectionNode {
  const page = figma.currentPage
  const at = placeNewCanvas(size, figma.viewport.center, beside, occupiedBoxes(page))
  const section = draw(at)
  page.selection = [section]
  figma.viewport.scrollAndZoomIntoView([section])
  if (commit) figma.commitUndo()
  return section
}
