/**
 * A uniform grid over the canvases' section boxes, so finding the canvases under a point costs a few box tests
 * instead of one per canvas.
 */
import { insideRect } from './geometry'
import type { Point, Rect } from './types'

/** A canvas covering more cells than this is kept aside and tested for every point instead. */
const MAX_CELLS_PER_BOX = 1024

export interface BoxIndex {
  /** Indices (into the boxes given) of every box containing the point, edges included, ascending. */
  boxesAt(point: Point): number[]
}

/** Builds a grid index over `boxes`; cells are about the size of a typical (median) box. */
export function indexBoxes(boxes: readonly Rect[]): BoxIndex {
  const sides = boxes.map((b) => Math.max(b.width, b.height)).filter((s) => s > 0 && isFinite(s))
  sides.sort((a, b) => a - b)
  const cell = sides.length > 0 ? (sides[sides.length >> 1] ?? 1) : 1
  const cells = new Map<string, number[]>()
  const oversized: number[] = []

  boxes.forEach((box, index) => {
    const i0 = Math.floor(box.x / cell)
    const i1 = Math.floor((box.x + box.width) / cell)
    const j0 = Math.floor(box.y / cell)
    const j1 = Math.floor((box.y + box.height) / cell)
    const count = (i1 - i0 + 1) * (j1 - j0 + 1)
    if (!(count > 0 && count <= MAX_CELLS_PER_BOX)) {
      oversized.push(index)
      return
    }
    for (let i = i0; i <= i1; i++) {
      for (let j = j0; j <= j1; j++) {
        const key = `${i},${j}`
        const list = cells.get(key)
        if (list) list.push(index)
        else cells.set(key, [index])
      }
    }
  })

  return {
    boxesAt(point: Point): number[] {
      const hits: number[] = []
      const list = cells.get(`${Math.floor(point.x / cell)},${Math.floor(point.y / cell)}`)
      if (list) for (const index of list) if (insideRect(point, boxes[index] as Rect)) hits.push(index)
      for (const index of oversized) if (insideRect(point, boxes[index] as Rect)) hits.push(index)
      if (list && oversized.length > 0) hits.sort((a, b) => a - b)
      return hits
    }
  }
}
