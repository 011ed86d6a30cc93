import { canvasAt } from '../core/selection'
import type { CanvasAnalysis } from '../core/types'

/**
 * The canvases a command works on: the one named, else the one that is selected or holds the
 * selection, else every canvas on the page.
 */
export function targetCanvases(
  analyses: CanvasAnalysis[],
  canvasBoxes: ReadonlyArray<{ id: string; box: { x: number; y: number; width: number; height: number } }>,
  canvasId: string | null,
  selection: ReadonlyArray<SceneNode>
): CanvasAnalysis[] {
  if (canvasId) return analyses.filter((a) => a.report.canvas.id === canvasId)
  const chosen = new Set<string>()
  for (const node of selection) {
    const box = node.absoluteBoundingBox
    if (!box) continue
    const id = canvasAt({ x: box.x + box.width / 2, y: box.y + box.height / 2 }, canvasBoxes)
    if (id) chosen.add(id)
  }
  if (chosen.size > 0) return analyses.filter((a) => chosen.has(a.report.canvas.id))
  return analyses
}
