import type { Rect } from '../core/types'

/** The boxes of everything at the top of the page, for placing new canvases where nothing is. */
export function occupiedBoxes(page: PageNode): Rect[] {
  const boxes: Rect[] = []
  for (const child of page.children) {
    const box = boxOf(child)
    if (box) boxes.push(box)
  }
  return boxes
}

/** Page-absolute box of a node, or null when it has none (e.g. invisible). */
export function boxOf(node: SceneNode): Rect | null {
  const box = node.absoluteBoundingBox
  return box ? { x: box.x, y: box.y, width: box.width, height: box.height } : null
}
