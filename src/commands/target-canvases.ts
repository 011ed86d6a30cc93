import { selectedCanvasIds } from '../adapter/selected-canvases'
import type { Rect } from '../core/types'

/**
 * The canvases a command works on, by id: the one named, else the ones that are selected or hold the
 * selection; null: every canvas on the page. A named canvas that is not on the page gives no id.
 */
export function targetCanvasIds(
  canvasBoxes: ReadonlyArray<{ id: string; box: Rect }>,
  canvasId: string | null,
  selection: ReadonlyArray<SceneNode>
): string[] | null {
  if (canvasId) return canvasBoxes.some((canvas) => canvas.id === canvasId) ? [canvasId] : []
  const chosen = selectedCanvasIds(selection, canvasBoxes)
  return chosen.length > 0 ? chosen : null
}
