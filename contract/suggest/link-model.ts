/**
 * The suggester's choice of pairs, as data: a logistic model over six features of a scored pair, trained on the
 * development part of the published canvases only (tests/contract/suggest/fixtures/suggest-published.ts,
 * SUGGEST_PUBLISHED_DEV: 20 canvases, 204 true pairs, 417 scored pairs), by `npx tsx bench/suggest-train.ts`, which
 * prints these weights; the held-out canvases and the hand-written set are only measured. A pair is suggested when
 * its probability is at least `threshold`, at most `perItem` per value-map sticky.
 */
export interface LinkModel {
  weights: {
    bias: number
    /** Square root of the pair's similarity. */
    similarity: number
    /** Similarity over the value-map sticky's best similarity (1 for its best partner). */
    ofFromBest: number
    /** Similarity over the customer sticky's best similarity. */
    ofToBest: number
    /** 1 when the greedy one-to-one matching pairs the two. */
    matched: number
    /** 1 over how many customer stickies the value-map sticky shares a term with. */
    fromChoices: number
    /** 1 over how many value-map stickies the customer sticky shares a term with. */
    toChoices: number
  }
  threshold: number
  perItem: number
}

export const LINK_MODEL: LinkModel = {
  weights: {
    bias: -4.766,
    similarity: 1.715,
    ofFromBest: 0.866,
    ofToBest: 1.537,
    matched: 2.288,
    fromChoices: 1.276,
    toChoices: 0.365
  },
  threshold: 0.3,
  perItem: 2
}

/** The probability a log-odds stands for (the logistic function); `logitOf` is its inverse. */
export function probabilityOf(logit: number): number {
  return 1 / (1 + Math.exp(-logit))
}

/** The model's probability that a scored pair is a link a facilitator would draw. */
export function linkProbability(...pair: Parameters<typeof linkLogit>): number {
  return probabilityOf(linkLogit(...pair))
}

/** The log-odds a probability of `threshold` has: a pair passes when its logit is at least this (no exp per pair). */
export function logitOf(threshold: number): number {
  return Math.log(threshold / (1 - threshold))
}

/** The model's log-odds for a scored pair (see linkProbability). */
export function linkLogit(
  model: LinkModel,
  similarity: number,
  ofFromBest: number,
  ofToBest: number,
  matched: boolean,
  fromChoices: number,
  toChoices: number
): number {
  const w = model.weights
  const z =
    w.bias +
    w.similarity * Math.sqrt(similarity) +
    w.ofFromBest * ofFromBest +
    w.ofToBest * ofToBest +
    (matched ? w.matched : 0) +
    w.fromChoices / Math.max(1, fromChoices) +
    w.toChoices / Math.max(1, toChoices)
  return z
}
