import type { LinkSuggestion, Locale, ZoneKey } from '../types'
import { buildVectors, DEFAULT_VECTOR_OPTIONS, type VectorOptions } from './private/build-vectors'

/** One sticky as the suggester sees it. */
export interface SuggestItem {
  id: string
  zone: ZoneKey
  text: string
}

export interface SuggestInput {
  /** The canvas's locale: picks the stemmer and stop words (English stop words are always dropped too). */
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
 * Lowest similarity that is suggested, tuned on the labelled set (tests/core/fixtures/suggest-labelled.ts).
 * Overall F1 by threshold: 0.04 -> 0.69, 0.06 -> 0.72 (best), 0.08 -> 0.70, 0.10 -> 0.68, 0.14 -> 0.63,
 * 0.20 -> 0.52. Below 0.06 precision falls quickly (0.74 -> 0.67) for little recall, so the best value sits on a
 * cliff edge; 0.08 is in the middle of the flat top, on the precision side: a wrong suggestion costs the team a
 * click to reject, a missed one only means drawing that link by hand.
 */
export const SUGGEST_THRESHOLD = 0.08

/** Suggestions per value-map sticky: enough to show the alternatives, few enough that one vague sticky cannot flood the list. */
export const SUGGESTIONS_PER_ITEM = 3

const DEFAULT_LIMIT = 10

const PAIRS: { from: ZoneKey; to: ZoneKey; kind: LinkSuggestion['kind'] }[] = [
  { from: 'painRelievers', to: 'pains', kind: 'relieves' },
  { from: 'gainCreators', to: 'gains', kind: 'creates' },
  { from: 'products', to: 'jobs', kind: 'serves' }
]

/** Tuning knobs, for the evaluation only. */
export interface SuggestTuning {
  threshold: number
  vectors: VectorOptions
}

const DEFAULT_TUNING: SuggestTuning = { threshold: SUGGEST_THRESHOLD, vectors: DEFAULT_VECTOR_OPTIONS }

/**
 * Likely links between a canvas's value map and customer profile, from the sticky texts alone (offline):
 * pain relievers to pains, gain creators to gains, products to jobs. Scores are TF-IDF cosine similarities of
 * stemmed words. Never suggests a pair that is linked (either way) or was rejected; best first; at most `limit`
 * in all and three per value-map sticky.
 */
export function suggestLinks(input: SuggestInput, tuning: SuggestTuning = DEFAULT_TUNING): LinkSuggestion[] {
  const limit = input.limit === undefined ? DEFAULT_LIMIT : Math.max(0, Math.floor(input.limit))
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

  // One vector per sticky, built once; idf over the whole canvas.
  const { vectors, termCount } = buildVectors(
    input.items.map((item) => item.text),
    input.locale,
    tuning.vectors
  )

  const candidates: LinkSuggestion[] = []
  for (const pair of PAIRS) {
    // Inverted index of the customer zone: term -> (sticky, weight). Only pairs sharing a term are ever scored.
    const targets: number[] = []
    const postings: number[][] = []
    for (let t = 0; t < termCount; t++) postings.push([])
    input.items.forEach((item, i) => {
      if (item.zone !== pair.to) return
      const vector = vectors[i]
      if (vector === undefined) return
      vector.terms.forEach((term, k) => postings[term]?.push(targets.length, vector.weights[k] ?? 0))
      targets.push(i)
    })
    const sums = new Float64Array(targets.length)

    input.items.forEach((from, i) => {
      const vector = vectors[i]
      if (from.zone !== pair.from || vector === undefined) return
      const touched: number[] = []
      vector.terms.forEach((term, k) => {
        const weight = vector.weights[k] ?? 0
        const list = postings[term] ?? []
        for (let p = 0; p < list.length; p += 2) {
          const target = list[p] ?? 0
          if (sums[target] === 0) touched.push(target)
          sums[target] = (sums[target] ?? 0) + weight * (list[p + 1] ?? 0)
        }
      })
      // Keep the best few as plain numbers; objects only for the ones that survive.
      const best: { score: number; target: number }[] = []
      for (const target of touched) {
        const score = Math.min(1, sums[target] ?? 0)
        sums[target] = 0
        const to = input.items[targets[target] ?? -1]
        if (to === undefined || to.id === from.id || score < tuning.threshold || score <= 0) continue
        if (blocked.has(`${from.id}>${to.id}`)) continue
        insertBest(best, score, target, (x) => input.items[targets[x] ?? -1]?.id ?? '')
      }
      for (const { score, target } of best) {
        const to = input.items[targets[target] ?? -1]
        if (to === undefined) continue
        candidates.push({
          fromId: from.id,
          toId: to.id,
          kind: pair.kind,
          score: Math.round(score * 1000) / 1000
        })
      }
    })
  }
  candidates.sort(byScore)
  return candidates.slice(0, limit)
}

/** Inserts into `best` (score descending, ties by id) and keeps at most SUGGESTIONS_PER_ITEM entries. */
function insertBest(
  best: { score: number; target: number }[],
  score: number,
  target: number,
  idOf: (target: number) => string
): void {
  let at = best.length
  while (at > 0) {
    const above = best[at - 1]
    if (
      above === undefined ||
      above.score > score ||
      (above.score === score && idOf(above.target) < idOf(target))
    )
      break
    at--
  }
  if (at >= SUGGESTIONS_PER_ITEM) return
  best.splice(at, 0, { score, target })
  if (best.length > SUGGESTIONS_PER_ITEM) best.pop()
}

function byScore(a: LinkSuggestion, b: LinkSuggestion): number {
  if (b.score !== a.score) return b.score - a.score
  if (a.fromId !== b.fromId) return a.fromId < b.fromId ? -1 : 1
  return a.toId < b.toId ? -1 : a.toId > b.toId ? 1 : 0
}
