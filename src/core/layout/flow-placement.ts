/**
 * Where an import puts stickies of any height: in rows, in the order given, clear of the canvas's texts (labels,
 * hints, title, credit) and, at full spacing, of each other. Stickies of one row share a centre line, each one
 * `STAGGER` px lower than the one before it, so reading order (centre y, then x) gives back the order they were
 * placed in even when FigJam rounds positions; each row's centres lie below every centre of the row before.
 * Plain data in, plain data out.
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
  /**
   * How far a sticky moves its neighbours on, as a share of its own size plus the gap: 1 keeps stickies apart; less
   * fans them out like a hand of cards (each still shows its top-left part) for a zone too full to hold them apart.
   * Obstacles are always kept clear.
   */
  spacing?: number
}

/**
 * How much lower each sticky of a row sits than the one before it: a whole pixel at full spacing survives any
 * rounding of positions; a fanned-out zone shrinks it with the spacing, or it alone would fill the zone's height.
 */
export const STAGGER = 1

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
  const spacing = options.spacing ?? 1
  const stagger = STAGGER * Math.min(1, spacing)
  const placed: Array<Point | null> = sizes.map(() => null)
  const right = area.x + area.width
  const bottom = area.y + area.height
  const free = (box: Rect): boolean => fits(box) && !obstacles.some((o) => overlaps(box, o, gap))
  // A row's boxes for its centre line: the i-th one `i * stagger` below it.
  const aligned = (row: Rect[], centre: number): Rect[] =>
    row.map((box, i) => ({ ...box, y: centre + i * stagger - box.height / 2 }))
  let index = 0
  let top = area.y
  let lastCentre = -Infinity
  while (index < sizes.length && top < bottom) {
    // Never above the row before: the first sticky's centre lies at least a pixel below its last centre.
    top = Math.max(top, lastCentre + stagger - (sizes[index] as BoxSize).height / 2)
    let row: Rect[] = []
    let rowHeight = 0
    let x = area.x
    while (index < sizes.length) {
      const size = sizes[index] as BoxSize
      const height = Math.max(rowHeight, size.height)
      const centre = top + height / 2
      // A taller sticky moves the row's centre line down: the ones already in it must still be free there.
      const moved = height === rowHeight ? row : aligned(row, centre)
      if (height !== rowHeight && !moved.every(free)) break
      const y = centre + row.length * stagger - size.height / 2
      let found: Rect | null = null
      for (let at = x; at + size.width <= right; at += step) {
        const box = { x: at, y, width: size.width, height: size.height }
        if (free(box)) {
          found = box
          break
        }
      }
      if (!found) break
      row = [...moved, found]
      rowHeight = height
      x = found.x + spacing * (found.width + gap)
      index += 1
    }
    if (row.length === 0) {
      top += step
      continue
    }
    row.forEach((box, i) => {
      placed[index - row.length + i] = { x: box.x, y: box.y }
    })
    const rowBottom = Math.max(...row.map((box) => box.y + box.height))
    lastCentre = top + rowHeight / 2 + (row.length - 1) * stagger
    top = top + spacing * (rowBottom - top + gap)
  }
  return placed
}

/**
 * The last resort for stickies `flowPlace` could not keep in order (a tall one after a short one, in a small zone):
 * each one's centre on a `step` grid, in reading order after `after` (the centre of the one before), the first spot
 * where `centreFits(centre)` holds and no obstacle is within `gap` of its box. Stickies may cover each other, never
 * an obstacle. null for one that finds no spot, and for every one after it.
 */
export function scanPlace(
  sizes: readonly BoxSize[],
  area: Rect,
  centreFits: (centre: Point) => boolean,
  obstacles: readonly Rect[],
  after: Point,
  options: FlowOptions = {}
): Array<Point | null> {
  const gap = options.gap ?? 20
  const step = options.step ?? 20
  const placed: Array<Point | null> = sizes.map(() => null)
  let cy = after.y + STAGGER
  let cx = after.x + step
  for (let index = 0; index < sizes.length; index += 1) {
    const size = sizes[index] as BoxSize
    let found: Point | null = null
    while (!found && cy <= area.y + area.height) {
      for (; cx <= area.x + area.width; cx += step) {
        const box = {
          x: cx - size.width / 2,
          y: cy - size.height / 2,
          width: size.width,
          height: size.height
        }
        if (centreFits({ x: cx, y: cy }) && !obstacles.some((o) => overlaps(box, o, gap))) {
          found = { x: box.x, y: box.y }
          break
        }
      }
      if (found) break
      cy += step
      cx = area.x
    }
    if (!found) break
    placed[index] = found
    // The next one half a sticky on, so each still shows part of itself.
    cx += size.width / 2
  }
  return placed
}
