/**
 * Where an import puts stickies of any height: in rows, in the order given, clear of the canvas's texts (labels,
 * hints, title, credit) and of each other. Stickies in one row have the same height and the same top, so their
 * centres share one y exactly and reading order (centre y, then x) gives back the order they were placed in; each
 * row starts below the tallest box of the row before. Plain data in, plain data out.
 */
import type { Point, Rect } from '../types'

export interface BoxSize {
  width: number
  height: number
}

export interface FlowOptions {
  /** Space between stickies and around obstacles. */
  gap?: number
  /** Step of the search for a free place, in both directions. */
  step?: number
}

function overlaps(a: Rect, b: Rect, gap: number): boolean {
  return (
    a.x < b.x + b.width + gap &&
    b.x < a.x + a.width + gap &&
    a.y < b.y + b.height + gap &&
    b.y < a.y + a.height + gap
  )
}

/**
 * Top-left corners for `sizes`, in order, inside `area` where `fits(box)` holds and no obstacle is within `gap`.
 * A sticky that finds no place gets null, and so does every one after it (the order must hold).
 */
export function flowPlace(
  sizes: readonly BoxSize[],
  area: Rect,
  fits: (box: Rect) => boolean,
  obstacles: readonly Rect[],
  options: FlowOptions = {}
): Array<Point | null> {
  const gap = options.gap ?? 20
  const step = options.step ?? 20
  const placed: Array<Point | null> = sizes.map(() => null)
  const right = area.x + area.width
  const bottom = area.y + area.height
  const free = (box: Rect): boolean => fits(box) && !obstacles.some((o) => overlaps(box, o, gap))
  let index = 0
  let top = area.y
  while (index < sizes.length && top < bottom) {
    const rowHeight = (sizes[index] as BoxSize).height
    let x = area.x
    let inRow = 0
    while (index < sizes.length) {
      const size = sizes[index] as BoxSize
      if (size.height !== rowHeight) break
      let found: Rect | null = null
      for (let at = x; at + size.width <= right; at += step) {
        const box = { x: at, y: top, width: size.width, height: size.height }
        if (free(box)) {
          found = box
          break
        }
      }
      if (!found) break
      placed[index] = { x: found.x, y: found.y }
      x = found.x + found.width + gap
      index += 1
      inRow += 1
    }
    top = inRow > 0 ? top + rowHeight + gap : top + step
  }
  return placed
}
