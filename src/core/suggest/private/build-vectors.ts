import type { Locale } from '../../types'
import { tokenise } from '../tokenise'

export interface VectorOptions {
  /** Weight of a canvas word found inside a longer (compound) word of another sticky, e.g. "punkter" in "punkteringshjälp". */
  partWeight: number
  /** Shortest word that is searched for parts. */
  minCompoundLength: number
  /** Shortest part that counts. */
  minPartLength: number
}

export const DEFAULT_VECTOR_OPTIONS: VectorOptions = {
  partWeight: 0.5,
  minCompoundLength: 6,
  minPartLength: 4
}

/** A sticky as a unit-length TF-IDF vector: parallel arrays of term numbers and weights. */
export interface TermVector {
  terms: number[]
  weights: number[]
}

export interface CanvasVectors {
  vectors: TermVector[]
  /** How many distinct terms the canvas has (term numbers are 0 .. termCount - 1). */
  termCount: number
}

function bucket(index: Map<string, string[]>, key: string, value: string): void {
  const list = index.get(key)
  if (list === undefined) index.set(key, [value])
  else list.push(value)
}

/**
 * TF-IDF vectors for `texts`, with the inverse document frequency taken over these texts only (one canvas).
 * Swedish and Danish glue words together ("väntetid", "ladestander", "förseningsavgift"), so a long word also
 * carries, at a lower weight, each shorter word of the same canvas that starts or ends it.
 */
export function buildVectors(
  texts: string[],
  locale: Locale,
  options: VectorOptions = DEFAULT_VECTOR_OPTIONS
): CanvasVectors {
  const stems = new Map<string, string>()
  const termLists = texts.map((text) => tokenise(text, locale, stems))

  // Parts: index the canvas's words by their first and last letters so each long word checks only a few.
  const vocabulary = new Set<string>()
  for (const terms of termLists) for (const term of terms) vocabulary.add(term)
  const byStart = new Map<string, string[]>()
  const byEnd = new Map<string, string[]>()
  const k = options.minPartLength
  for (const term of vocabulary) {
    if (term.length < k) continue
    bucket(byStart, term.slice(0, k), term)
    bucket(byEnd, term.slice(term.length - k), term)
  }
  const partsCache = new Map<string, string[]>()
  const partsOf = (term: string): string[] => {
    const cached = partsCache.get(term)
    if (cached !== undefined) return cached
    const parts: string[] = []
    if (options.partWeight > 0 && term.length >= options.minCompoundLength) {
      for (const part of byStart.get(term.slice(0, k)) ?? []) {
        if (part.length < term.length && term.slice(0, part.length) === part) parts.push(part)
      }
      for (const part of byEnd.get(term.slice(term.length - k)) ?? []) {
        if (
          part.length < term.length &&
          term.slice(term.length - part.length) === part &&
          parts.indexOf(part) < 0
        ) {
          parts.push(part)
        }
      }
    }
    partsCache.set(term, parts)
    return parts
  }

  const counts: Map<string, number>[] = termLists.map((terms) => {
    const tf = new Map<string, number>()
    for (const term of terms) tf.set(term, (tf.get(term) ?? 0) + 1)
    for (const term of terms) {
      for (const part of partsOf(term)) tf.set(part, Math.max(tf.get(part) ?? 0, options.partWeight))
    }
    return tf
  })

  const df = new Map<string, number>()
  for (const tf of counts) for (const term of tf.keys()) df.set(term, (df.get(term) ?? 0) + 1)
  const n = texts.length

  const termNumbers = new Map<string, number>()
  const vectors = counts.map((tf) => {
    const vector: TermVector = { terms: [], weights: [] }
    let norm = 0
    tf.forEach((count, term) => {
      let number = termNumbers.get(term)
      if (number === undefined) {
        number = termNumbers.size
        termNumbers.set(term, number)
      }
      const weight = count * Math.log(1 + n / (df.get(term) ?? 1))
      vector.terms.push(number)
      vector.weights.push(weight)
      norm += weight * weight
    })
    const length = Math.sqrt(norm)
    if (length > 0)
      for (let i = 0; i < vector.weights.length; i++) vector.weights[i] = (vector.weights[i] ?? 0) / length
    return vector
  })
  return { vectors, termCount: termNumbers.size }
}
