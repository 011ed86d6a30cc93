import { SUGGESTIONS_MAX, SUGGESTIONS_PER_ITEM } from '../limits'
import type { LinkSuggestion, Locale, SuggestionReason, ZoneKey } from '../vocabulary'
import {
  buildVectors,
  DEFAULT_VECTOR_OPTIONS,
  type CanvasVectors,
  type VectorOptions
} from './private/build-vectors'
import { LINK_MODEL, linkLogit, logitOf, probabilityOf, type LinkModel } from './link-model'

/** One sticky as the suggester sees it. */
export interface SuggestItem {
  id: string
  zone: ZoneKey
  text: string
}

export interface SuggestInput {
  /** The canvas's locale: picks the stemmer, stop words and lexicon (English is always used too). */
  locale: Locale
  items: SuggestItem[]
  /** Links already drawn, in either direction. */
  existing: { from: string; to: string }[]
  /** Pairs the team rejected, as `fromId>toId` (value-map sticky first). */
  rejected: string[]
  /** At most this many suggestions (default 10). */
  limit?: number
}

/**
 * Lowest canvas-level score that is suggested, tuned together with `DEFAULT_TUNING` on the hand-written labelled
 * set (tests/contract/suggest/fixtures/suggest-labelled.ts) and the development part of the published canvases
 * (suggest-published.ts); the held-out published canvases are only measured. A pair of the one-to-one matching (or
 * a mutual best match) needs only `mutualThreshold`. The bench prints what each part adds; the README has the figures.
 */
export const SUGGEST_THRESHOLD = 0.1


const PAIRS: { from: ZoneKey; to: ZoneKey; kind: LinkSuggestion['kind'] }[] = [
  { from: 'painRelievers', to: 'pains', kind: 'relieves' },
  { from: 'gainCreators', to: 'gains', kind: 'creates' },
  { from: 'products', to: 'jobs', kind: 'serves' }
]

/** Tuning knobs, for the evaluation only. */
export interface SuggestTuning {
  threshold: number
  vectors: VectorOptions
  /**
   * How much a pair loses for not being its value-map sticky's best match: the score is multiplied by
   * (similarity / that sticky's best similarity) to this power. 0 turns it off.
   */
  fromBest: number
  /** The same for not being the customer sticky's best match: spreads suggestions so one sticky cannot take all. */
  toBest: number
  /** Lowest similarity suggested when each side is the other's best match (below `threshold`: mutual best is strong evidence). */
  mutualThreshold: number
  /** Whether pairs of the greedy one-to-one matching count as mutual best matches. */
  matching: boolean
  /**
   * Rescue: a customer sticky that no kept pair reaches (and that no drawn link touches) still gets its best
   * partner when their similarity is at least this. 0 turns it off.
   */
  rescue: number
  /**
   * Many-to-many: a value-map sticky's own best match passes when its similarity is at least this fraction of
   * the customer sticky's best (one reliever may answer two pains). 0 turns it off.
   */
  manyToMany: number
  /**
   * The logistic model that picks the pairs (link-model.ts), or null for the hand-set rule above (threshold,
   * mutual best, damping by each side's best), which the model replaces when set.
   */
  model: LinkModel | null
}

export const DEFAULT_TUNING: SuggestTuning = {
  threshold: SUGGEST_THRESHOLD,
  vectors: DEFAULT_VECTOR_OPTIONS,
  fromBest: 1.5,
  toBest: 2,
  mutualThreshold: 0.01,
  matching: true,
  rescue: 0,
  manyToMany: 0,
  model: LINK_MODEL
}

/** Room for a pair's number inside a sort key (more pairs than this per kind would need 40,000 × 50,000 stickies). */
const PAIR_SPACE = 2 ** 31

/** At most this many concepts and words in a suggestion's reason. */
const REASON_PARTS = 2

/**
 * Likely links between a canvas's value map and customer profile, from the sticky texts alone (offline):
 * pain relievers to pains, gain creators to gains, products to jobs. Similarity is the cosine of TF-IDF vectors
 * of stemmed words plus the lexicon concepts each sticky expresses ("expensive" and "cheaper" share cost).
 * The canvas as a whole then decides: by default a small logistic model (link-model.ts, trained on the development
 * canvases) rates each pair from its similarity, how close it is to each side's best, whether the greedy one-to-one
 * matching pairs the two, and how many rivals each side has, so a sticky that shares a word with everything does
 * not take every pain; with `model: null`, the hand-set rule (mutual best, damping by each side's best) decides.
 * Never suggests a pair that is linked (either way) or was rejected; best first; at most `limit` in all and two
 * per value-map sticky (three under the hand-set rule); each says why.
 */
export function suggestLinks(input: SuggestInput, tuning: SuggestTuning = DEFAULT_TUNING): LinkSuggestion[] {
  const limit = input.limit === undefined ? SUGGESTIONS_MAX : Math.max(0, Math.floor(input.limit))
  if (limit === 0) return []

  const blocked = new Set<string>(input.rejected)
  for (const link of input.existing) {
    blocked.add(`${link.from}>${link.to}`)
    blocked.add(`${link.to}>${link.from}`)
  }
  for (const key of input.rejected) {
    const [from = '', to = ''] = key.split('>')
    blocked.add(`${to}>${from}`)
  }
  // Stickies a drawn link already touches: the rescue leaves them alone.
  const linked = new Set<string>()
  if (tuning.rescue > 0) {
    for (const link of input.existing) {
      linked.add(link.from)
      linked.add(link.to)
    }
  }

  // One vector per sticky, built once; idf over the whole canvas.
  const canvas = buildVectors(
    input.items.map((item) => item.text),
    input.locale,
    tuning.vectors
  )
  const { offsets, terms, weights, termCount, generic } = canvas
  const count = input.items.length

  const lowest = Math.min(tuning.threshold, tuning.mutualThreshold)
  const candidates: Omit<LinkSuggestion, 'reason'>[] = []
  const stickyOf = new Map<string, number>()
  // Per sticky, the first sticky with its id: a sticky is never suggested with itself, compared as numbers.
  const idNumber = new Int32Array(count)
  input.items.forEach((item, i) => {
    const first = stickyOf.get(item.id)
    if (first === undefined) stickyOf.set(item.id, i)
    idNumber[i] = first ?? i
  })
  // Scratch space shared by the three zone pairs, sized once for the canvas.
  const postingStart = new Int32Array(termCount + 1)
  const postingTarget = new Int32Array(terms.length)
  const postingWeight = new Float64Array(terms.length)
  const sums = new Float64Array(count)
  const specific = new Uint8Array(count)
  // At most one entry per posting visited (a zero-weight term can touch a sticky twice).
  const touched = new Int32Array(Math.max(count, terms.length))
  const bestFrom = new Float64Array(count)
  // Per value-map sticky, how many customer stickies it shares a specific term with (the model's feature).
  const choicesFrom = new Int32Array(count)
  const usedFrom = new Uint8Array(count)
  const pairs = SCORED_PAIRS
  const kept = new KeptBest(count)
  for (const pair of PAIRS) {
    // Inverted index of the customer zone (term -> stickies and weights, packed), so only pairs sharing a term
    // are ever scored. Customer stickies get local numbers 0 .. targets.length - 1.
    const targets: number[] = []
    postingStart.fill(0)
    for (let i = 0; i < count; i++) {
      if (input.items[i]?.zone !== pair.to) continue
      for (let at = offsets[i] ?? 0; at < (offsets[i + 1] ?? 0); at++) {
        const next = (terms[at] ?? 0) + 1
        postingStart[next] = (postingStart[next] ?? 0) + 1
      }
      targets.push(i)
    }
    if (targets.length === 0) continue
    for (let t = 0; t < termCount; t++) postingStart[t + 1] = (postingStart[t + 1] ?? 0) + (postingStart[t] ?? 0)
    const fill = postingStart.slice(0, termCount)
    targets.forEach((i, target) => {
      for (let at = offsets[i] ?? 0; at < (offsets[i + 1] ?? 0); at++) {
        const term = terms[at] ?? 0
        const slot = fill[term] ?? 0
        fill[term] = slot + 1
        postingTarget[slot] = target
        postingWeight[slot] = weights[at] ?? 0
      }
    })

    // Every scored pair, packed: value-map sticky, customer sticky (local number), similarity.
    pairs.clear()
    const bestTo = new Float64Array(targets.length)
    const choicesTo = new Int32Array(targets.length)
    bestFrom.fill(0)
    for (let i = 0; i < count; i++) {
      const from = input.items[i]
      if (from === undefined || from.zone !== pair.from) continue
      let touchedCount = 0
      for (let at = offsets[i] ?? 0; at < (offsets[i + 1] ?? 0); at++) {
        const term = terms[at] ?? 0
        const weight = weights[at] ?? 0
        // Whether a pair shares anything but generic words: "time" alone never links two stickies.
        const isSpecific = generic[term] !== 1
        const end = postingStart[term + 1] ?? 0
        for (let p = postingStart[term] ?? 0; p < end; p++) {
          const target = postingTarget[p] ?? 0
          if (sums[target] === 0) touched[touchedCount++] = target
          sums[target] = (sums[target] ?? 0) + weight * (postingWeight[p] ?? 0)
          if (isSpecific) specific[target] = 1
        }
      }
      let best = 0
      let choices = 0
      for (let t = 0; t < touchedCount; t++) {
        const target = touched[t] ?? 0
        const score = Math.min(1, sums[target] ?? 0)
        const shared = specific[target] === 1
        sums[target] = 0
        specific[target] = 0
        if (!shared || score <= 0 || idNumber[targets[target] ?? -1] === idNumber[i]) continue
        if (score > best) best = score
        if (score > (bestTo[target] ?? 0)) bestTo[target] = score
        choices++
        choicesTo[target] = (choicesTo[target] ?? 0) + 1
        // A pair under both thresholds can never be suggested: it counts for the bests above, and stops here.
        if (score < lowest) continue
        pairs.push(i, target, score)
      }
      bestFrom[i] = best
      choicesFrom[i] = choices
    }
    const { from: pairFrom, to: pairTo, score: pairScore, size: pairCount } = pairs

    // One-to-one matching, greedy by similarity: each sticky's strongest partner that is still free. Value maps
    // are mostly written one answer per pain or gain, so a matched pair is strong evidence even when either
    // side has a better partner that was taken by its own better match.
    const matched = new Uint8Array(pairCount)
    if (tuning.matching) matchGreedily(pairs, targets.length, tuning.mutualThreshold, matched, usedFrom)

    // Canvas-level score; keep the best few per value-map sticky.
    kept.clear()
    const targetIds = targets.map((index) => input.items[index]?.id ?? '')
    // Only the rescue (off by default) needs to know which customer stickies were reached, and by what.
    const rescueSize = tuning.rescue > 0 ? targets.length : 0
    const reached = new Uint8Array(rescueSize)
    const rescueScore = new Float64Array(rescueSize)
    const rescuePair = new Int32Array(rescueSize).fill(-1)
    const model = tuning.model
    const passLogit = model === null ? 0 : logitOf(model.threshold)
    for (let p = 0; p < pairCount && model !== null; p++) {
      const raw = pairScore[p] ?? 0
      const i = pairFrom[p] ?? 0
      const target = pairTo[p] ?? 0
      const logit = linkLogit(
        model,
        raw,
        raw / (bestFrom[i] ?? raw),
        raw / (bestTo[target] ?? raw),
        matched[p] === 1,
        choicesFrom[i] ?? 0,
        choicesTo[target] ?? 0
      )
      if (logit < passLogit) continue
      const from = input.items[i]
      const to = input.items[targets[target] ?? -1]
      if (from === undefined || to === undefined || (blocked.size > 0 && blocked.has(`${from.id}>${to.id}`))) continue
      kept.insert(i, probabilityOf(logit), target, targetIds)
    }
    for (let p = 0; p < pairCount && model === null; p++) {
      const raw = pairScore[p] ?? 0
      const i = pairFrom[p] ?? 0
      const target = pairTo[p] ?? 0
      const fromsBest = raw >= (bestFrom[i] ?? 0)
      const mutual =
        matched[p] === 1 ||
        (fromsBest && raw >= (bestTo[target] ?? 0)) ||
        (tuning.manyToMany > 0 && fromsBest && raw >= tuning.manyToMany * (bestTo[target] ?? 0))
      // The canvas-level score is at most the similarity: most pairs are ruled out before it is worked out.
      const score =
        raw < tuning.threshold
          ? 0
          : raw *
            power(raw / (bestFrom[i] ?? raw), tuning.fromBest) *
            power(raw / (bestTo[target] ?? raw), tuning.toBest)
      const passes = score >= tuning.threshold || (mutual && raw >= tuning.mutualThreshold)
      if (!passes && !(tuning.rescue > 0 && raw >= tuning.rescue)) continue
      const from = input.items[i]
      const to = input.items[targets[target] ?? -1]
      if (from === undefined || to === undefined || (blocked.size > 0 && blocked.has(`${from.id}>${to.id}`))) continue
      if (!passes) {
        // A rescue candidate: kept aside until every passing pair is known.
        if (raw > (rescueScore[target] ?? 0) && !linked.has(to.id) && !linked.has(from.id)) {
          rescueScore[target] = raw
          rescuePair[target] = p
        }
        continue
      }
      if (rescueSize > 0) reached[target] = 1
      // A matched pair is shown at its own similarity: its partner's better match is why it was damped.
      kept.insert(i, mutual ? raw : score, target, targetIds)
    }
    // Rescue: a customer sticky nothing reaches gets its strongest partner, if strong enough.
    for (let target = 0; target < rescueSize; target++) {
      const p = rescuePair[target] ?? -1
      if (reached[target] === 1 || p < 0) continue
      kept.insert(pairFrom[p] ?? 0, rescueScore[target] ?? 0, target, targetIds)
    }
    const perItem = model === null ? SUGGESTIONS_PER_ITEM : Math.min(SUGGESTIONS_PER_ITEM, model.perItem)
    for (const i of kept.order) {
      const from = input.items[i]
      if (from === undefined) continue
      for (let k = i * SUGGESTIONS_PER_ITEM; k < i * SUGGESTIONS_PER_ITEM + Math.min(perItem, kept.size[i] ?? 0); k++) {
        const to = input.items[targets[kept.target[k] ?? -1] ?? -1]
        if (to === undefined) continue
        candidates.push({
          fromId: from.id,
          toId: to.id,
          kind: pair.kind,
          score: Math.round(Math.min(1, kept.score[k] ?? 0) * 1000) / 1000
        })
      }
    }
  }
  pairs.release(SCORED_PAIRS_KEPT)
  // Reasons only for what is returned: the panel shows ten, the canvas may have hundreds of candidates.
  return firstByScore(candidates, limit).map((s) => ({
    ...s,
    reason: reasonFor(canvas, stickyOf.get(s.fromId) ?? -1, stickyOf.get(s.toId) ?? -1)
  }))
}

/** The concepts and words that contribute most to the similarity of stickies `a` and `b`. */
function reasonFor(canvas: CanvasVectors, a: number, b: number): SuggestionReason {
  const { offsets, terms, weights, conceptOf } = canvas
  if (a < 0 || b < 0 || a >= offsets.length - 1 || b >= offsets.length - 1) return { concepts: [], words: [] }
  const shared: { term: number; contribution: number }[] = []
  for (let x = offsets[a] ?? 0; x < (offsets[a + 1] ?? 0); x++) {
    for (let y = offsets[b] ?? 0; y < (offsets[b + 1] ?? 0); y++) {
      if (terms[x] === terms[y]) shared.push({ term: terms[x] ?? 0, contribution: (weights[x] ?? 0) * (weights[y] ?? 0) })
    }
  }
  // Ties go by label, not by term number (which depends on the stickies' order).
  const label = (term: number): string => conceptOf[term] ?? canvas.wordOf(a, term) ?? ''
  shared.sort((x, y) => y.contribution - x.contribution || (label(x.term) < label(y.term) ? -1 : 1))
  const concepts: string[] = []
  const words: string[] = []
  for (const { term } of shared) {
    const concept = conceptOf[term]
    if (concept !== null && concept !== undefined) {
      if (concepts.length < REASON_PARTS && concepts.indexOf(concept) < 0) concepts.push(concept)
    } else {
      // A compound part ("tid" inside "väntetid") has no word of its own on this sticky: the other's word.
      const word = canvas.wordOf(a, term) ?? canvas.wordOf(b, term) ?? ''
      if (word !== '' && words.length < REASON_PARTS && words.indexOf(word) < 0) words.push(word)
    }
  }
  return { concepts, words }
}

/** Scored pairs of one zone pair, in growable typed arrays reused across zone pairs and calls (no object per pair). */
class ScoredPairs {
  from = new Int32Array(1024)
  to = new Int32Array(1024)
  score = new Float64Array(1024)
  size = 0

  clear(): void {
    this.size = 0
  }

  /** Lets go of buffers grown past `most` pairs by a very large canvas, so they are not held after the call. */
  release(most: number): void {
    this.size = 0
    if (this.score.length <= most) return
    this.from = new Int32Array(1024)
    this.to = new Int32Array(1024)
    this.score = new Float64Array(1024)
  }

  push(from: number, to: number, score: number): void {
    if (this.size === this.score.length) {
      const from2 = new Int32Array(this.size * 2)
      from2.set(this.from)
      this.from = from2
      const to2 = new Int32Array(this.size * 2)
      to2.set(this.to)
      this.to = to2
      const score2 = new Float64Array(this.size * 2)
      score2.set(this.score)
      this.score = score2
    }
    this.from[this.size] = from
    this.to[this.size] = to
    this.score[this.size] = score
    this.size++
  }
}

/**
 * The scored pairs' buffers, shared by every call (the suggester is synchronous), so a call does not grow them
 * anew; kept up to SCORED_PAIRS_KEPT pairs (1 MB), which a 200 x 200 canvas (about 6,500 pairs) stays far under.
 */
const SCORED_PAIRS = new ScoredPairs()
const SCORED_PAIRS_KEPT = 65_536

/** Buckets of the matching's sort key (1 - similarity in millionths, shifted right): 977 buckets of 1,024 millionths. */
const BUCKET_SHIFT = 10
const MATCH_BUCKETS = (1e6 >> BUCKET_SHIFT) + 1

/** Highest similarity in millionths (the sort key's first part), as the matching rounds it. */
const MILLIONTHS = 1e6

/**
 * Greedy one-to-one matching of `pairs` with similarity at least `threshold`: best first (similarity in
 * millionths, then the pair's number), each pair whose two stickies are still free is matched (`matched[p] = 1`).
 * Pairs go into buckets of that order in one pass; a bucket's pairs that can still be matched are sorted when the
 * matching gets to it, and it stops once every sticky on one side that has a pair is matched. On a full canvas
 * most pairs are never sorted. The result is exactly that of sorting every pair.
 */
function matchGreedily(
  pairs: ScoredPairs,
  targetCount: number,
  threshold: number,
  matched: Uint8Array,
  usedFrom: Uint8Array
): void {
  const { from: pairFrom, to: pairTo, score: pairScore, size: pairCount } = pairs
  // Per bucket, its first pair; per pair, the next pair of its bucket and 1 - similarity in millionths.
  const head = new Int32Array(MATCH_BUCKETS).fill(-1)
  const next = new Int32Array(pairCount)
  const millionthsOf = new Int32Array(pairCount)
  usedFrom.fill(0)
  const usedTo = new Uint8Array(targetCount)
  // Stickies with a pair, per side (marked in `usedFrom` / `usedTo` with 2 until matched): the matching can match
  // at most the smaller number.
  let froms = 0
  let tos = 0
  for (let p = 0; p < pairCount; p++) {
    const raw = pairScore[p] ?? 0
    if (raw < threshold) continue
    const millionths = Math.round((1 - raw) * MILLIONTHS)
    millionthsOf[p] = millionths
    const b = millionths >> BUCKET_SHIFT
    next[p] = head[b] ?? -1
    head[b] = p
    const i = pairFrom[p] ?? 0
    if (usedFrom[i] === 0) {
      usedFrom[i] = 2
      froms++
    }
    const target = pairTo[p] ?? 0
    if (usedTo[target] === 0) {
      usedTo[target] = 2
      tos++
    }
  }
  const most = Math.min(froms, tos)
  let matches = 0
  const keys = new Float64Array(pairCount)
  for (let b = 0; b < MATCH_BUCKETS && matches < most; b++) {
    // The bucket's pairs whose two stickies are still free, sorted; the others can no longer be matched.
    let size = 0
    for (let p = head[b] ?? -1; p >= 0; p = next[p] ?? -1) {
      if (usedFrom[pairFrom[p] ?? 0] !== 1 && usedTo[pairTo[p] ?? 0] !== 1) {
        keys[size++] = (millionthsOf[p] ?? 0) * PAIR_SPACE + p
      }
    }
    if (size > 1) keys.subarray(0, size).sort()
    for (let o = 0; o < size; o++) {
      const p = pairOfKey(keys[o] ?? 0)
      const i = pairFrom[p] ?? 0
      const target = pairTo[p] ?? 0
      if (usedFrom[i] === 1 || usedTo[target] === 1) continue
      usedFrom[i] = 1
      usedTo[target] = 1
      matched[p] = 1
      matches++
    }
  }
}

/** The pair's number in a matching key: its low part (an exact division by a power of two, not a floating-point %). */
function pairOfKey(key: number): number {
  return key - Math.floor(key / PAIR_SPACE) * PAIR_SPACE
}

/** `x` to the power `e`, without Math.pow for the exponents the tuning uses (it runs once per scored pair). */
function power(x: number, e: number): number {
  if (e === 0) return 1
  if (e === 1) return x
  if (e === 2) return x * x
  if (e === 1.5) return x * Math.sqrt(x)
  return Math.pow(x, e)
}

/**
 * The best few pairs of each value-map sticky (score descending, ties by the customer sticky's id), at most
 * SUGGESTIONS_PER_ITEM each, in flat typed arrays reused across the zone pairs; `order` lists the value-map
 * stickies in the order they first kept a pair.
 */
class KeptBest {
  score: Float64Array
  target: Int32Array
  size: Uint8Array
  order: number[] = []

  constructor(count: number) {
    this.score = new Float64Array(count * SUGGESTIONS_PER_ITEM)
    this.target = new Int32Array(count * SUGGESTIONS_PER_ITEM)
    this.size = new Uint8Array(count)
  }

  clear(): void {
    for (const i of this.order) this.size[i] = 0
    this.order.length = 0
  }

  insert(i: number, score: number, target: number, ids: string[]): void {
    const base = i * SUGGESTIONS_PER_ITEM
    const size = this.size[i] ?? 0
    if (size === 0) this.order.push(i)
    let at = size
    while (at > 0) {
      const above = base + at - 1
      const aboveScore = this.score[above] ?? 0
      if (aboveScore > score || (aboveScore === score && (ids[this.target[above] ?? 0] ?? '') < (ids[target] ?? ''))) break
      at--
    }
    if (at >= SUGGESTIONS_PER_ITEM) return
    // Shift the worse ones down one place; the last falls off when the list is full.
    for (let k = Math.min(size, SUGGESTIONS_PER_ITEM - 1); k > at; k--) {
      this.score[base + k] = this.score[base + k - 1] ?? 0
      this.target[base + k] = this.target[base + k - 1] ?? 0
    }
    this.score[base + at] = score
    this.target[base + at] = target
    this.size[i] = Math.min(SUGGESTIONS_PER_ITEM, size + 1)
  }
}

/**
 * The first `limit` of `candidates` sorted by `byScore`, ties in their given order: what a stable sort and a slice
 * give, without sorting hundreds of candidates when ten are shown.
 */
function firstByScore<T extends Omit<LinkSuggestion, 'reason'>>(candidates: T[], limit: number): T[] {
  if (limit >= candidates.length / 4) return candidates.slice().sort(byScore).slice(0, limit)
  const first: T[] = []
  for (const candidate of candidates) {
    const last = first[first.length - 1]
    if (first.length === limit && (last === undefined || byScore(candidate, last) >= 0)) continue
    let at = first.length
    while (at > 0 && byScore(candidate, first[at - 1] as T) < 0) at--
    first.splice(at, 0, candidate)
    if (first.length > limit) first.pop()
  }
  return first
}

function byScore(a: Omit<LinkSuggestion, 'reason'>, b: Omit<LinkSuggestion, 'reason'>): number {
  if (b.score !== a.score) return b.score - a.score
  if (a.fromId !== b.fromId) return a.fromId < b.fromId ? -1 : 1
  return a.toId < b.toId ? -1 : a.toId > b.toId ? 1 : 0
}
