import type { LabelledCanvas } from './evaluate'
import { LINK_MODEL, probabilityOf, type LinkModel } from './link-model'
import { buildVectors, DEFAULT_VECTOR_OPTIONS } from './private/build-vectors'

/**
 * Trains the pair model (link-model.ts) on a labelled set: plain logistic regression by gradient descent over the
 * features the suggester computes for every pair that shares a specific term with similarity at least 0.01, one
 * example per such pair, labelled by the set's true pairs. For the benchmark's trainer and the test that checks the
 * shipped weights are what the development part gives; the panel never trains (this module is not in its bundle).
 */
export function trainLinkModel(
  set: LabelledCanvas[],
  options = { l2: 0.001, steps: 3000, rate: 0.5 }
): LinkModel {
  const examples = trainingExamples(set)
  const size = 7
  const w = new Array<number>(size).fill(0)
  for (let step = 0; step < options.steps; step++) {
    const gradient = new Array<number>(size).fill(0)
    for (const { x, y } of examples) {
      let z = 0
      for (let q = 0; q < size; q++) z += (x[q] ?? 0) * (w[q] ?? 0)
      const error = probabilityOf(z) - y
      for (let q = 0; q < size; q++) gradient[q] = (gradient[q] ?? 0) + error * (x[q] ?? 0)
    }
    for (let q = 0; q < size; q++) {
      const decay = q === 0 ? 0 : options.l2 * (w[q] ?? 0)
      w[q] = (w[q] ?? 0) - options.rate * ((gradient[q] ?? 0) / Math.max(1, examples.length) + decay)
    }
  }
  const round = (x: number | undefined): number => Math.round((x ?? 0) * 1000) / 1000
  return {
    weights: {
      bias: round(w[0]),
      similarity: round(w[1]),
      ofFromBest: round(w[2]),
      ofToBest: round(w[3]),
      matched: round(w[4]),
      fromChoices: round(w[5]),
      toChoices: round(w[6])
    },
    threshold: LINK_MODEL.threshold,
    perItem: LINK_MODEL.perItem
  }
}

const ZONE_PAIRS = [
  ['painRelievers', 'pains'],
  ['gainCreators', 'gains'],
  ['products', 'jobs']
] as const

/** Lowest similarity the suggester scores a pair at (its mutual threshold). */
const LOWEST = 0.01

/** One example per scored pair of every canvas: the model's features (1 first, for the bias) and whether it is a true pair. */
export function trainingExamples(set: LabelledCanvas[]): { x: number[]; y: number }[] {
  const examples: { x: number[]; y: number }[] = []
  for (const canvas of set) {
    const vectors = buildVectors(
      canvas.items.map((item) => item.text),
      canvas.locale,
      DEFAULT_VECTOR_OPTIONS
    )
    const truth = new Set(canvas.pairs.map((pair) => `${pair.from}>${pair.to}`))
    const vector = (i: number): Map<number, number> => {
      const terms = new Map<number, number>()
      for (let at = vectors.offsets[i] ?? 0; at < (vectors.offsets[i + 1] ?? 0); at++) {
        const term = vectors.terms[at] ?? 0
        terms.set(term, (terms.get(term) ?? 0) + (vectors.weights[at] ?? 0))
      }
      return terms
    }
    for (const [fromZone, toZone] of ZONE_PAIRS) {
      const rows = canvas.items.flatMap((item, i) => (item.zone === fromZone ? [i] : []))
      const cols = canvas.items.flatMap((item, i) => (item.zone === toZone ? [i] : []))
      if (rows.length === 0 || cols.length === 0) continue
      const colVectors = cols.map(vector)
      // Similarities as the suggester scores them: capped at 1, 0 unless a specific (non-generic) term is shared.
      const sims = rows.map((i) => {
        const a = vector(i)
        return cols.map((j, c) => {
          let sum = 0
          let specific = false
          for (const [term, weight] of a) {
            const other = colVectors[c]?.get(term)
            if (other === undefined) continue
            sum += weight * other
            if (vectors.generic[term] !== 1) specific = true
          }
          const same = canvas.items[i]?.id === canvas.items[j]?.id
          return specific && sum > 0 && !same ? Math.min(1, sum) : 0
        })
      })
      const rowBest = sims.map((row) => Math.max(0, ...row))
      const colBest = cols.map((_, c) => Math.max(0, ...sims.map((row) => row[c] ?? 0)))
      const rowChoices = sims.map((row) => row.filter((s) => s > 0).length)
      const colChoices = cols.map((_, c) => sims.filter((row) => (row[c] ?? 0) > 0).length)
      const matched = greedyMatching(sims)
      sims.forEach((row, r) =>
        row.forEach((s, c) => {
          if (s < LOWEST) return
          examples.push({
            x: [
              1,
              Math.sqrt(s),
              s / (rowBest[r] ?? s),
              s / (colBest[c] ?? s),
              matched.has(`${r}:${c}`) ? 1 : 0,
              1 / Math.max(1, rowChoices[r] ?? 0),
              1 / Math.max(1, colChoices[c] ?? 0)
            ],
            y: truth.has(`${canvas.items[rows[r] ?? -1]?.id}>${canvas.items[cols[c] ?? -1]?.id}`) ? 1 : 0
          })
        })
      )
    }
  }
  return examples
}

/** Greedy one-to-one matching by similarity (ties by row, then column), as the suggester's matching. */
function greedyMatching(sims: number[][]): Set<string> {
  const list: [number, number, number][] = []
  sims.forEach((row, r) => row.forEach((s, c) => s >= LOWEST && list.push([Math.round((1 - s) * 1e6), r, c])))
  list.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2])
  const usedRows = new Set<number>()
  const usedCols = new Set<number>()
  const matched = new Set<string>()
  for (const [, r, c] of list) {
    if (usedRows.has(r) || usedCols.has(c)) continue
    usedRows.add(r)
    usedCols.add(c)
    matched.add(`${r}:${c}`)
  }
  return matched
}
