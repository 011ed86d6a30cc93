/**
 * Where a summary sticky goes in a Business Model Canvas block: a free spot inside the block that covers no other
 * sticky (or label), filling the block from the top down, row by row; or, when the block is full, the first free
 * spot in the strip just below it.
 */
import { grow } from './geometry'
import { overlaps } from './layout/placement'
import type { Point, Rect } from './types'

export interface Size {
  width: number
  height: number
}

export interface FreeSpotRequest {
  /** Where the sticky may go (page-absolute); `height` may be Infinity for an open-ended strip. */
  area: Rect
  size: Size
  /** Boxes the sticky must not cover (page-absolute): stickies, labels. */
  blockers: readonly Rect[]
  /** Space kept from the area's edges and between the sticky and every blocker. */
  gap?: number
  /** When given, the free spot nearest to this top-left corner wins instead of the top-most, left-most one. */
  near?: Point
}

export const DEFAULT_GAP = 40

function unique(values: number[]): number[] {
  return values.filter((value, i) => values.indexOf(value) === i)
}

/**
 * Candidate top-left corners: every free spot can slide up, then left, until it touches the area's edge or a
 * blocker, so the corners built from those edges include a free spot whenever there is one.
 */
function candidates(request: FreeSpotRequest, gap: number, blockers: readonly Rect[]): Point[] {
  const { area, near } = request
  const xs = unique([area.x + gap, ...blockers.map((b) => b.x + b.width + gap), ...(near ? [near.x] : [])])
  const ys = unique([area.y + gap, ...blockers.map((b) => b.y + b.height + gap), ...(near ? [near.y] : [])])
  const points: Point[] = []
  for (const y of ys) for (const x of xs) points.push({ x: Math.round(x), y: Math.round(y) })
  return points
}

/** Reading order (top first, then left), or distance to `near` with reading order breaking ties. */
function preference(near: Point | undefined): (a: Point, b: Point) => number {
  const reading = (a: Point, b: Point) => a.y - b.y || a.x - b.x
  if (!near) return reading
  const distance = (p: Point) => Math.hypot(p.x - near.x, p.y - near.y)
  return (a, b) => distance(a) - distance(b) || reading(a, b)
}

/**
 * The top-left corner of a free spot for a box of `size` inside `area`, `gap` away from the area's edges and from
 * every blocker; null when there is none.
 */
export function findFreeSpot(request: FreeSpotRequest): Point | null {
  const gap = request.gap ?? DEFAULT_GAP
  const { area, size } = request
  const inArea = request.blockers.filter((b) => overlaps(b, grow(area, gap)))
  const grown = inArea.map((b) => grow(b, gap))
  const right = area.x + area.width - gap
  const bottom = area.y + area.height - gap
  const fits = (p: Point) =>
    p.x >= area.x + gap &&
    p.y >= area.y + gap &&
    p.x + size.width <= right &&
    p.y + size.height <= bottom &&
    !grown.some((b) => overlaps({ x: p.x, y: p.y, width: size.width, height: size.height }, b))
  const sorted = candidates(request, gap, inArea).sort(preference(request.near))
  return sorted.find(fits) ?? null
}

/**
 * The open strip just below `bottom` (the block's, or that of the canvas section holding it), as wide as the
 * block and at least as wide as the sticky: where a sticky goes when its block is full.
 */
export function overflowStrip(block: Rect, bottom: number, size: Size, gap = DEFAULT_GAP): Rect {
  return { x: block.x, y: bottom, width: Math.max(block.width, size.width + 2 * gap), height: Infinity }
}

export interface SummarySpot {
  at: Point
  /** false when the block had no room and the spot is in the strip below it. */
  inside: boolean
}

/**
 * Where a summary sticky of `size` goes for `block`: a free spot inside it (nearest `near` when given), else the
 * first free spot below `overflowBottom` (the block's bottom, or that of the section the block sits in).
 */
export function placeSummary(
  block: Rect,
  size: Size,
  blockers: readonly Rect[],
  options: { near?: Point; overflowBottom?: number; gap?: number } = {}
): SummarySpot {
  const gap = options.gap ?? DEFAULT_GAP
  const inside = findFreeSpot({ area: block, size, blockers, gap, near: options.near })
  if (inside) return { at: inside, inside: true }
  const strip = overflowStrip(block, options.overflowBottom ?? block.y + block.height, size, gap)
  // An open-ended strip always has room below the lowest blocker.
  const below = findFreeSpot({ area: strip, size, blockers, gap }) ?? { x: strip.x + gap, y: strip.y + gap }
  return { at: below, inside: false }
}

/** A summary sticky already on the board, as plain data. */
export interface ExistingSummary {
  id: string
  box: Rect
  /** Whether its text no longer hashes to the hash stored when the plugin wrote it. */
  edited: boolean
}

export interface SummaryChoice<T extends ExistingSummary> {
  /** The unedited sticky to update in place, or null. */
  update: T | null
  /** When there is nothing to update: the edited sticky the new one goes beside, or null. */
  beside: T | null
}

/**
 * Which existing summary sticky (same canvas and block) a new run updates. Only stickies whose centre lies in the
 * target block, or in `overflow` (the strip a full block's sticky went to), count; those in the block come first,
 * then reading order, then id, so copy-pasted duplicates always give the same answer. The first unedited one is
 * updated; when all of them were edited, the new sticky goes beside the first.
 */
export function chooseSummarySticky<T extends ExistingSummary>(
  existing: readonly T[],
  block: Rect,
  overflow: Rect | null
): SummaryChoice<T> {
  const centreIn = (box: Rect, area: Rect) => {
    const x = box.x + box.width / 2
    const y = box.y + box.height / 2
    return x >= area.x && x <= area.x + area.width && y >= area.y && y <= area.y + area.height
  }
  const ranked = existing
    .map((item) => ({ item, inside: centreIn(item.box, block) }))
    .filter(({ item, inside }) => inside || (overflow !== null && centreIn(item.box, overflow)))
    .sort(
      (a, b) =>
        Number(b.inside) - Number(a.inside) ||
        a.item.box.y - b.item.box.y ||
        a.item.box.x - b.item.box.x ||
        (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0)
    )
    .map(({ item }) => item)
  const update = ranked.find((item) => !item.edited) ?? null
  return { update, beside: update ? null : (ranked[0] ?? null) }
}
