/**
 * Ranking and weights inside one zone: explicit rank markers, then reading order; stamp votes when the customer
 * profile has any. Votes are net: +1, Dot, Heart, Star and Thumbs up count for a sticky, Thumbs down against;
 * Question and Profile stamps are shown but are not votes (`STAMP_VOTE` in the contract).
 */
import { hasVotes } from '../../contract/vocabulary'
import { centreOf } from './geometry'
import { rankMarkerOf } from '../../contract/rank-marker'
import type { ReportItem, StickySnapshot } from './types'

export { rankMarkerOf }

/**
 * Reading order of two stickies: the centre's y ascending (top first), ties by x ascending, then by id so the
 * order never depends on the order the board was read in.
 */
export function compareReadingOrder(a: StickySnapshot, b: StickySnapshot): number {
  const ca = centreOf(a.box)
  const cb = centreOf(b.box)
  if (ca.y !== cb.y) return ca.y - cb.y
  if (ca.x !== cb.x) return ca.x - cb.x
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

interface Keyed {
  sticky: StickySnapshot
  marker: number | null
  /** The centre, read once rather than in every comparison. */
  cx: number
  cy: number
  /** Net votes when votes rank, else 0. */
  score: number
  weight: number
}

function keyOf(sticky: StickySnapshot, useVotes: boolean): Keyed {
  const { box } = sticky
  return {
    sticky,
    marker: rankMarkerOf(sticky.text),
    cx: box.x + box.width / 2,
    cy: box.y + box.height / 2,
    score: useVotes ? sticky.votes : 0,
    weight: useVotes ? 1 + Math.max(0, sticky.votes) : 0
  }
}

/** More net votes first (below zero after none), then markers in marker order, then reading order, then id. */
function compareKeyed(a: Keyed, b: Keyed): number {
  if (a.score !== b.score) return b.score - a.score
  if (a.marker !== b.marker) {
    if (a.marker === null) return 1
    if (b.marker === null) return -1
    return a.marker - b.marker
  }
  if (a.cy !== b.cy) return a.cy - b.cy
  if (a.cx !== b.cx) return a.cx - b.cx
  return a.sticky.id < b.sticky.id ? -1 : a.sticky.id > b.sticky.id ? 1 : 0
}

/**
 * The stickies of one zone in rank order, as report items. Without votes: markers first, then reading order;
 * weight = n + 1 - rank. With votes: weight = 1 + stamps, ranked by weight descending, ties as without votes.
 */
export function rankZone(stickies: readonly StickySnapshot[], useVotes: boolean): ReportItem[] {
  const keyed = stickies.map((sticky) => keyOf(sticky, useVotes))
  keyed.sort(compareKeyed)
  const n = keyed.length
  return keyed.map(({ sticky, weight }, index) => reportItemOf(sticky, index + 1, useVotes ? weight : n - index))
}

/** The report item of a sticky at `rank` with `weight`. */
export function reportItemOf(sticky: StickySnapshot, rank: number, weight: number): ReportItem {
  return { id: sticky.id, text: sticky.text, rank, weight, ...votesOf(sticky) }
}

/** The report's vote fields of a sticky: net votes (never below 0) and the tally when it has stamps. */
function votesOf(sticky: StickySnapshot): Pick<ReportItem, 'votes' | 'stamps'> {
  const votes = Math.max(0, sticky.votes)
  return Object.keys(sticky.stamps).length > 0 ? { votes, stamps: { ...sticky.stamps } } : { votes }
}

/** Stickies in no zone: reading order only (markers are not read), weight 1 each, votes kept. */
export function rankUnplaced(stickies: readonly StickySnapshot[]): ReportItem[] {
  const ordered = stickies.slice().sort(compareReadingOrder)
  return ordered.map((sticky, index) => reportItemOf(sticky, index + 1, 1))
}

/**
 * Whether votes decide the customer profile's ranking: any of its stickies has a vote, for or against. Question
 * and Profile stamps do not switch the profile to votes.
 */
export function votesDecide(customerStickies: readonly StickySnapshot[]): boolean {
  for (const sticky of customerStickies) if (hasVotes(sticky.stamps)) return true
  return false
}

/** Items in rank order (ties keep their order in the list): a zone as analysis gives it stays as it is. */
export function byRank(items: readonly ReportItem[]): ReportItem[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => a.item.rank - b.item.rank || a.index - b.index)
    .map((entry) => entry.item)
}
