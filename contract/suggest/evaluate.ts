import type { LinkSuggestion, Locale } from '../vocabulary'
import { LOCALES } from '../vocabulary'
import { buildVectors } from './private/build-vectors'
import { DEFAULT_TUNING, suggestLinks, type SuggestItem, type SuggestTuning } from './suggest-links'

/** One canvas of the labelled set: its stickies and the links a facilitator would draw (value map -> customer). */
export interface LabelledCanvas {
  name: string
  locale: Locale
  items: SuggestItem[]
  pairs: { from: string; to: string }[]
}

export interface Scores {
  precision: number
  recall: number
  f1: number
  /** Suggested pairs that are true pairs. */
  truePositives: number
  /** All suggested pairs. */
  suggested: number
  /** All true pairs. */
  expected: number
}

/** The three kinds of link the suggester proposes. */
export type SuggestedKind = LinkSuggestion['kind']

export const SUGGESTED_KINDS: SuggestedKind[] = ['relieves', 'creates', 'serves']

export interface Evaluation {
  overall: Scores
  perLocale: Record<Locale, Scores>
  /** relieves = pain reliever -> pain, creates = gain creator -> gain, serves = product -> job. */
  perKind: Record<SuggestedKind, Scores>
}

const KIND_OF_ZONE: Partial<Record<string, SuggestedKind>> = {
  painRelievers: 'relieves',
  gainCreators: 'creates',
  products: 'serves'
}

function scores(truePositives: number, suggested: number, expected: number): Scores {
  const precision = suggested === 0 ? 0 : truePositives / suggested
  const recall = expected === 0 ? 0 : truePositives / expected
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { precision, recall, f1, truePositives, suggested, expected }
}

/**
 * Precision, recall and F1 of the suggester on a labelled set, overall (micro-averaged over all pairs) and per
 * locale. Each canvas is scored with no links drawn and nothing rejected, and with no overall limit, so the
 * threshold and the three-per-sticky cap decide what is suggested (the panel's limit only trims the tail).
 */
export function evaluateSuggester(set: LabelledCanvas[], tuning?: Partial<SuggestTuning>): Evaluation {
  const full: SuggestTuning = { ...DEFAULT_TUNING, ...tuning }
  const totals: Record<Locale, [number, number, number]> = { en: [0, 0, 0], sv: [0, 0, 0], da: [0, 0, 0] }
  const kinds: Record<SuggestedKind, [number, number, number]> = {
    relieves: [0, 0, 0],
    creates: [0, 0, 0],
    serves: [0, 0, 0]
  }
  for (const canvas of set) {
    const truth = new Set(canvas.pairs.map((pair) => `${pair.from}>${pair.to}`))
    const suggested = suggestLinks(
      {
        locale: canvas.locale,
        items: canvas.items,
        existing: [],
        rejected: [],
        limit: Number.MAX_SAFE_INTEGER
      },
      full
    )
    const hits = suggested.filter((s) => truth.has(`${s.fromId}>${s.toId}`)).length
    const t = totals[canvas.locale]
    t[0] += hits
    t[1] += suggested.length
    t[2] += truth.size
    for (const s of suggested) {
      kinds[s.kind][1]++
      if (truth.has(`${s.fromId}>${s.toId}`)) kinds[s.kind][0]++
    }
    const zones = new Map(canvas.items.map((item) => [item.id, item.zone]))
    for (const key of truth) {
      const kind = KIND_OF_ZONE[zones.get(key.split('>')[0] ?? '') ?? '']
      if (kind !== undefined) kinds[kind][2]++
    }
  }
  let all: [number, number, number] = [0, 0, 0]
  const perLocale = {} as Record<Locale, Scores>
  for (const locale of LOCALES) {
    const [tp, s, e] = totals[locale]
    perLocale[locale] = scores(tp, s, e)
    all = [all[0] + tp, all[1] + s, all[2] + e]
  }
  const perKind = {} as Record<SuggestedKind, Scores>
  for (const kind of SUGGESTED_KINDS) perKind[kind] = scores(...kinds[kind])
  return { overall: scores(all[0], all[1], all[2]), perLocale, perKind }
}

/** One line overall, one per locale with true pairs, one per kind: for test messages and the benchmark. */
export function formatEvaluation(evaluation: Evaluation): string {
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`
  const line = (label: string, s: Scores): string =>
    `${label.padEnd(9)} precision ${pct(s.precision)}  recall ${pct(s.recall)}  F1 ${pct(s.f1)}  (${s.truePositives} of ${s.suggested} suggested, ${s.expected} true pairs)`
  return [line('all', evaluation.overall)]
    .concat(
      LOCALES.filter((l) => evaluation.perLocale[l].expected > 0).map((l) => line(l, evaluation.perLocale[l]))
    )
    .concat(SUGGESTED_KINDS.map((k) => line(k, evaluation.perKind[k])))
    .join('\n')
}

/** What kind of pairs a labelled set holds: why one set is harder than another, whatever the tuning. */
export interface LinkStructure {
  /** True pairs. */
  pairs: number
  /**
   * True pairs whose two stickies share a term other than a generic word (a stemmed word, a compound part or a
   * lexicon concept): only these can be suggested at all, so this is the most recall can reach.
   */
  reachable: number
  /** True pairs whose value-map or customer sticky is in another true pair too (one reliever for two pains, or two for one). */
  inManyLinks: number
}

/** The link structure of `set`, with the default vector options (the terms the suggester scores). */
export function linkStructure(set: LabelledCanvas[]): LinkStructure {
  let pairs = 0
  let reachable = 0
  let inManyLinks = 0
  for (const canvas of set) {
    const vectors = buildVectors(
      canvas.items.map((item) => item.text),
      canvas.locale,
      DEFAULT_TUNING.vectors
    )
    const index = new Map(canvas.items.map((item, i) => [item.id, i]))
    const termsOf = (i: number): Set<number> => {
      const terms = new Set<number>()
      for (let at = vectors.offsets[i] ?? 0; at < (vectors.offsets[i + 1] ?? 0); at++) {
        const term = vectors.terms[at] ?? 0
        if (vectors.generic[term] !== 1 && (vectors.weights[at] ?? 0) > 0) terms.add(term)
      }
      return terms
    }
    const uses = new Map<string, number>()
    for (const pair of canvas.pairs) {
      uses.set(`from:${pair.from}`, (uses.get(`from:${pair.from}`) ?? 0) + 1)
      uses.set(`to:${pair.to}`, (uses.get(`to:${pair.to}`) ?? 0) + 1)
    }
    for (const pair of canvas.pairs) {
      pairs++
      if ((uses.get(`from:${pair.from}`) ?? 0) > 1 || (uses.get(`to:${pair.to}`) ?? 0) > 1) inManyLinks++
      const from = index.get(pair.from)
      const to = index.get(pair.to)
      if (from === undefined || to === undefined) continue
      const theirs = termsOf(to)
      for (const term of termsOf(from)) {
        if (theirs.has(term)) {
          reachable++
          break
        }
      }
    }
  }
  return { pairs, reachable, inManyLinks }
}
