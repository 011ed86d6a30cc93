import { centreOf } from '../core/geometry'
import { canvasAt } from '../core/selection'
import type { Rect } from '../core/types'

/**
 * The canvases a selection points at, in selection order without repeats: a selected canvas
 * section itself, or the canvas holding the centre of a selected node.
 */
export function selectedCanvasIds(
  selection: ReadonlyArray<SceneNode>,
  canvases: ReadonlyArray<{ id: string; box: Rect }>
): string[] {
  const ids: string[] = []
  for (const node of selection) {
    const nodeId = node.id
    let id: string | null = canvases.some((canvas) => canvas.id === nodeId) ? nodeId : null
    if (!id) {
      const box = node.absoluteBoundingBox
      id = box ? canvasAt(centreOf(box), canvases) : null
    }
    if (id && !ids.includes(id)) ids.push(id)
  }
  return ids
}
