/**
 * The pure decisions behind finding the Business Model Canvas the summary writes into (the adapter's
 * `find-bmc.ts` reads the board and asks these): which of the plugin's BMCs, which labelled regions of a BMC
 * someone drew, which region a label or a header stands for, and which pair of blocks belongs together.
 * Nodes are opaque here (anything with an id); boxes are page-absolute.
 */
import { areaOf, centreDistance, centreOf, insideRect } from './geometry'
import type { BmcSummaryBlock, Rect } from './types'

export interface BlockCandidate<N extends { id: string }> {
  block: BmcSummaryBlock
  node: N
  box: Rect
  /** Sections are blocks as they are; a small labelled shape may be a header over one. */
  kind: 'section' | 'shape'
}

/** A section or shape that may be a block; its box is read only when a decision needs it. */
export interface RegionRef<N extends { id: string }> {
  node: N
  kind: 'section' | 'shape'
  box: () => Rect | null
  /** Part of a canvas the plugin drew: never a foreign block (asked only of the region a decision picks). */
  own: () => boolean
}

export interface Label {
  block: BmcSummaryBlock
  box: Rect
}

export type BlockPair<N extends { id: string }> = Record<BmcSummaryBlock, BlockCandidate<N> | null>

/** A labelled shape smaller than this either way is a header over a block rather than the block itself. */
export const HEADER_MAX = 480

/** The plugin BMC to write into: complete ones first, then the one nearest `near`, then page order. */
export function pickOwnBmc<B extends { box: Rect; blocks: Record<BmcSummaryBlock, unknown> }>(
  bmcs: readonly B[],
  near: Rect | undefined
): B | null {
  const usable = bmcs.filter((b) => b.blocks.valuePropositions || b.blocks.customerSegments)
  const complete = usable.filter((b) => b.blocks.valuePropositions && b.blocks.customerSegments)
  const pool = complete.length > 0 ? complete : usable
  if (!near) return pool[0] ?? null
  let best: B | null = null
  for (const bmc of pool)
    if (!best || centreDistance(bmc.box, near) < centreDistance(best.box, near)) best = bmc
  return best
}

/** Whether a box lies outside every excluded box (by its centre): outside the plugin's own BMCs. */
export function isOutside(box: Rect, excluded: readonly Rect[]): boolean {
  const point = centreOf(box)
  return !excluded.some((rect) => insideRect(point, rect))
}

/**
 * The region a label stands for: the smallest section or shape around the label's centre, larger than the label,
 * that does not also hold a label of the other block (that one would be the whole BMC, not a block).
 */
export function regionAround<N extends { id: string }>(
  label: Label,
  labels: readonly Label[],
  regions: readonly RegionRef<N>[]
): BlockCandidate<N> | null {
  const point = centreOf(label.box)
  const others = labels.filter((l) => l.block !== label.block).map((l) => centreOf(l.box))
  let best: { region: RegionRef<N>; box: Rect } | null = null
  for (const region of regions) {
    const box = region.box()
    if (!box || !insideRect(point, box) || areaOf(box) <= areaOf(label.box)) continue
    if (others.some((other) => insideRect(other, box))) continue
    if (!best || areaOf(box) < areaOf(best.box)) best = { region, box }
  }
  if (!best || best.region.own()) return null
  return { block: label.block, node: best.region.node, box: best.box, kind: best.region.kind }
}

/** Whether a labelled shape is too small to be a block: a header over one (e.g. a default-size shape). */
export function isHeader(candidate: BlockCandidate<{ id: string }>): boolean {
  return candidate.kind === 'shape' && (candidate.box.width < HEADER_MAX || candidate.box.height < HEADER_MAX)
}

/**
 * Labelled headers give way to the region around them; a header that heads nothing stays the block itself
 * (its sticky then goes just below it).
 */
export function resolveHeaders<N extends { id: string }>(
  candidates: BlockCandidate<N>[],
  regions: readonly RegionRef<N>[]
): BlockCandidate<N>[] {
  if (!candidates.some(isHeader)) return candidates
  const labels: Label[] = candidates.map((c) => ({ block: c.block, box: c.box }))
  return candidates.map((c) => (isHeader(c) ? (regionAround(c, labels, regions) ?? c) : c))
}

/** The two blocks from the candidates: the pair lying closest together, or the first of the one block found. */
export function pickPair<N extends { id: string }>(candidates: readonly BlockCandidate<N>[]): BlockPair<N> {
  const vps = candidates.filter((c) => c.block === 'valuePropositions')
  const css = candidates.filter((c) => c.block === 'customerSegments')
  if (vps.length === 0 || css.length === 0) {
    return { valuePropositions: vps[0] ?? null, customerSegments: css[0] ?? null }
  }
  let best: [BlockCandidate<N>, BlockCandidate<N>] | null = null
  for (const vp of vps) {
    for (const cs of css) {
      if (vp.node.id === cs.node.id) continue
      if (!best || centreDistance(vp.box, cs.box) < centreDistance(best[0].box, best[1].box)) best = [vp, cs]
    }
  }
  return best
    ? { valuePropositions: best[0], customerSegments: best[1] }
    : { valuePropositions: vps[0] ?? null, customerSegments: null }
}
