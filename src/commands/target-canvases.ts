import { selectedCanvasIds } from '../adapter/selected-canvases'
import type { CanvasAnalysis, Rect } from '../core/types'

/**
 * The canvases a command works on: the one named, else the ones that are selected or hold the
 * selection, else every canvas on the page.
 */
export function targetCanvases(
  analyses: CanvasAnalysis[],
  canvasBoxes: ReadonlyArray<{ id: string; box: Rect }>,
  canvasId: string | null,
  selection: ReadonlyArray<SceneNode>
): CanvasAnalysis[] {
  if (canvasId) return analyses.filter((a) => a.report.canvas.id === canvasId)
  const chosen = selectedCanvasIds(selection, canvasBoxes)
  if (chosen.length > 0) return analyses.filter((a) => chosen.includes(a.report.canvas.id))
  return analyses
}
