import type { Locale } from '../../vocabulary'
import { genericWords } from '../generic-words'
import { conceptIndex } from '../lexicon'
import { CONCEPTS } from '../lexicon/concepts'
import { guardedTerms } from '../lexicon/stem-guards'
import { stemWord } from '../stemmers/stem-word'
import { stopWords } from '../stop-words'
import { termOf, words } from '../tokenise'

export interface VectorOptions {
  /** Weight of a canvas word found inside a longer (compound) word of another sticky, e.g. "punkter" in "punkteringshjälp". */
  partWeight: number
  /** Shortest word that is searched for parts. */
  minCompoundLength: number
  /** Shortest part that counts. */
  minPartLength: number
  /** Weight of a lexicon concept a sticky expresses ("expensive" and "cheaper" both express cost); 0 turns the meaning layer off. */
  conceptWeight: number
  /** Weight of a generic word ("app", "customer", "time") relative to other words. */
  genericWeight: number
  /** Power of the inverse document frequency: below 1, one rare shared word weighs less against the rest. */
  idfPower: number
}

export const DEFAULT_VECTOR_OPTIONS: VectorOptions = {
  partWeight: 0.5,
  minCompoundLength: 6,
  minPartLength: 4,
  conceptWeight: 1.15,
  genericWeight: 0.35,
  idfPower: 1
}

/**
 * Every sticky of a canvas as a unit-length TF-IDF vector, packed: sticky `i`'s term numbers and weights are
 * `terms[offsets[i] .. offsets[i + 1] - 1]` and the same range of `weights` (typed arrays, no object per sticky).
 */
export interface CanvasVectors {
  offsets: Int32Array
  terms: Int32Array
  weights: Float64Array
  /** How many distinct terms the canvas has (term numbers are 0 .. termCount - 1). */
  termCount: number
  /** Per term number: the lexicon concept's key, or null for a word. */
  conceptOf: (string | null)[]
  /** Per term number: 1 for a generic word, which never links two stickies on its own. */
  generic: Uint8Array
  /** Sticky `sticky`'s own word for word term `term` (as written, lower case), for explanations; undefined if it has none. */
  wordOf: (sticky: number, term: number) => string | undefined
}

function bucket(index: Map<string, string[]>, key: string, value: string): void {
  const list = index.get(key)
  if (list === undefined) index.set(key, [value])
  else list.push(value)
}

/** Prefix of concept terms, which no word can start with (words are letters and digits). */
const CONCEPT = '~'

interface StickyTerms {
  /** Word terms (stems), in order, with the word each came from. */
  terms: string[]
  surfaces: string[]
  /** Concept numbers the sticky expresses, each once. */
  concepts: number[]
}

/** What one word contributes: its term, and the lexicon concept it expresses (-1 for none). */
interface WordInfo {
  term: string
  concept: number
}

/** Words seen per locale, so a canvas re-read after one edit does not stem every sticky again. */
const wordCache: Partial<Record<Locale, Map<string, WordInfo>>> = {}

/** Distinct words kept per locale before the cache starts over (a board's vocabulary is far smaller). */
const WORD_CACHE_LIMIT = 50_000

function wordInfo(word: string, locale: Locale): WordInfo {
  let cache = wordCache[locale]
  if (cache === undefined) {
    cache = new Map()
    wordCache[locale] = cache
  }
  const cached = cache.get(word)
  if (cached !== undefined) return cached
  const lexicon = conceptIndex(locale)
  // A guarded word ("billig", whose stem "bil" is also "car") is looked up as written only.
  const guarded = guardedTerms(locale).has(word)
  const stem = guarded ? word : stemWord(word, locale)
  const direct = lexicon.single.get(word) ?? (guarded ? undefined : lexicon.single.get(stem))
  const concept =
    direct ?? (locale === 'en' || guarded ? undefined : compoundConcept(word, locale, lexicon.single))
  const info = { term: termOf(word, locale), concept: concept ?? -1 }
  if (cache.size >= WORD_CACHE_LIMIT) cache.clear()
  cache.set(word, info)
  return info
}

/**
 * "-free" after a word means without it ("risk-free", "hassle-free", "fee-free"), not free of charge: the suffix is
 * dropped so the word it follows carries the meaning, and "free" does not express cost.
 */
const FREE_OF = /-free\b/gi

/**
 * The terms of one sticky: stems of its words without stop words (a few words whose stem collides with an
 * unrelated word's keep their own term), and the lexicon concepts its words and short phrases express.
 */
function stickyTerms(text: string, locale: Locale, seen: Set<string>, useConcepts: boolean): StickyTerms {
  const stop = stopWords(locale)
  const lexicon = conceptIndex(locale)
  const all = words(text.replace(FREE_OF, ''))
  const terms: string[] = []
  const surfaces: string[] = []
  const concepts: number[] = []
  const addConcept = (number: number | undefined): void => {
    if (number !== undefined && number >= 0 && concepts.indexOf(number) < 0) concepts.push(number)
  }
  for (let i = 0; i < all.length; i++) {
    const word = all[i] ?? ''
    if (useConcepts && lexicon.phraseStarts.get(word)?.has(all[i + 1] ?? '') === true) {
      for (let n = Math.min(lexicon.longest, all.length - i); n >= 2; n--) {
        const phrase = all.slice(i, i + n)
        // A phrase of stop words only ("ge upp" is two) says nothing on its own.
        if (phrase.some((part) => !stop.has(part))) addConcept(lexicon.phrases.get(phrase.join(' ')))
      }
    }
    if (stop.has(word)) continue
    const info = wordInfo(word, locale)
    seen.add(word)
    terms.push(info.term)
    surfaces.push(word)
    if (useConcepts) addConcept(info.concept)
  }
  return { terms, surfaces, concepts }
}

/** Shortest compound part that is looked up in the lexicon ("kurs" in "onlinekurs", "pris" in "prisvärd"). */
const MIN_CONCEPT_PART = 4

const compoundCache = new Map<string, number | null>()

/**
 * The concept of a Swedish or Danish compound through its parts: the head (last part) first, as it carries
 * the meaning ("onlinekursus" is a course, "punkteringshjälp" is help), then the first part ("prisvärd").
 */
function compoundConcept(word: string, locale: Locale, single: Map<string, number>): number | undefined {
  if (word.length < MIN_CONCEPT_PART * 2) return undefined
  const key = `${locale}:${word}`
  const cached = compoundCache.get(key)
  if (cached !== undefined) return cached ?? undefined
  let found: number | undefined
  for (let at = MIN_CONCEPT_PART; at <= word.length - MIN_CONCEPT_PART && found === undefined; at++) {
    const head = word.slice(at)
    found = single.get(head) ?? single.get(stemWord(head, locale))
  }
  for (let at = word.length - MIN_CONCEPT_PART; at >= MIN_CONCEPT_PART && found === undefined; at--) {
    const first = word.slice(0, at)
    found = single.get(first) ?? single.get(stemWord(first, locale))
  }
  compoundCache.set(key, found ?? null)
  return found
}

/**
 * TF-IDF vectors for `texts`, with the inverse document frequency taken over these texts only (one canvas), so a
 * word or concept common on this canvas counts less. Swedish and Danish glue words together ("väntetid",
 * "ladestander", "förseningsavgift"), so a long word also carries, at a lower weight, each shorter word of the
 * same canvas that starts or ends it. Generic words count at a fraction; lexicon concepts are extra terms.
 */
export function buildVectors(
  texts: string[],
  locale: Locale,
  options: VectorOptions = DEFAULT_VECTOR_OPTIONS
): CanvasVectors {
  const seen = new Set<string>()
  const useConcepts = options.conceptWeight > 0
  const stickies = texts.map((text) => stickyTerms(text, locale, seen, useConcepts))
  const genericTerms = new Set<string>()
  for (const word of genericWords(locale)) if (seen.has(word)) genericTerms.add(wordInfo(word, locale).term)

  // Parts: index the canvas's words by their first and last letters so each long word checks only a few.
  const vocabulary = new Set<string>()
  for (const sticky of stickies) for (const term of sticky.terms) vocabulary.add(term)
  const byStart = new Map<string, string[]>()
  const byEnd = new Map<string, string[]>()
  const k = options.minPartLength
  // A guarded term ("integrity=") is neither split into parts nor a part of another word.
  const guardedTerm = (term: string): boolean => term.charAt(term.length - 1) === '='
  for (const term of vocabulary) {
    if (term.length < k || guardedTerm(term)) continue
    bucket(byStart, term.slice(0, k), term)
    bucket(byEnd, term.slice(term.length - k), term)
  }
  const partsOf = (term: string): string[] => {
    const parts: string[] = []
    if (options.partWeight > 0 && term.length >= options.minCompoundLength && !guardedTerm(term)) {
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
    return parts
  }

  // Term numbers in order of first use (sticky by sticky: words, then parts, then concepts). Each word term's
  // number, generic flag and parts are worked out once per canvas, not once per sticky that uses it.
  const termNumbers = new Map<string, number>()
  const conceptOf: (string | null)[] = []
  const genericList: number[] = []
  const partNumbers: (number[] | undefined)[] = []
  const numberOf = (term: string, concept: string | null): number => {
    let number = termNumbers.get(term)
    if (number === undefined) {
      number = conceptOf.length
      termNumbers.set(term, number)
      conceptOf.push(concept)
      genericList.push(genericTerms.has(term) ? 1 : 0)
      partNumbers.push(undefined)
    }
    return number
  }
  const conceptNumbers: number[] = []
  const conceptTerm = (concept: number): number => {
    let number = conceptNumbers[concept]
    if (number === undefined) {
      number = numberOf(`${CONCEPT}${concept}`, conceptKey(concept))
      conceptNumbers[concept] = number
    }
    return number
  }

  // Term frequencies of all stickies, packed; a sticky's terms keep their first-use order.
  let total = 0
  for (const sticky of stickies) total += sticky.terms.length * 2 + sticky.concepts.length
  let terms = new Int32Array(Math.max(16, total))
  let counts = new Float64Array(terms.length)
  const offsets = new Int32Array(stickies.length + 1)
  const wordTerms: Int32Array[] = []
  let size = 0
  const grow = (): void => {
    const moreTerms = new Int32Array(terms.length * 2)
    moreTerms.set(terms)
    terms = moreTerms
    const moreCounts = new Float64Array(counts.length * 2)
    moreCounts.set(counts)
    counts = moreCounts
  }
  const find = (start: number, number: number): number => {
    for (let at = start; at < size; at++) if (terms[at] === number) return at
    return -1
  }
  stickies.forEach((sticky, s) => {
    const start = size
    const own = new Int32Array(sticky.terms.length)
    sticky.terms.forEach((term, w) => {
      const number = numberOf(term, null)
      own[w] = number
      const weight = genericList[number] === 1 ? options.genericWeight : 1
      const at = find(start, number)
      if (at >= 0) counts[at] = (counts[at] ?? 0) + weight
      else {
        if (size === terms.length) grow()
        terms[size] = number
        counts[size] = weight
        size++
      }
    })
    wordTerms.push(own)
    sticky.terms.forEach((term, w) => {
      const number = own[w] ?? 0
      let parts = partNumbers[number]
      if (parts === undefined) {
        parts = partsOf(term).map((part) => numberOf(part, null))
        partNumbers[number] = parts
      }
      for (const part of parts) {
        const at = find(start, part)
        if (at >= 0) counts[at] = Math.max(counts[at] ?? 0, options.partWeight)
        else {
          if (size === terms.length) grow()
          terms[size] = part
          counts[size] = options.partWeight
          size++
        }
      }
    })
    for (const concept of sticky.concepts) {
      if (size === terms.length) grow()
      terms[size] = conceptTerm(concept)
      counts[size] = options.conceptWeight
      size++
    }
    offsets[s + 1] = size
  })

  const termCount = conceptOf.length
  const df = new Int32Array(termCount)
  for (let at = 0; at < size; at++) {
    const term = terms[at] ?? 0
    df[term] = (df[term] ?? 0) + 1
  }
  const n = texts.length
  const idf = new Float64Array(termCount)
  for (let t = 0; t < termCount; t++) idf[t] = Math.pow(Math.log(1 + n / (df[t] || 1)), options.idfPower)
  const weights = new Float64Array(size)
  for (let s = 0; s < stickies.length; s++) {
    const from = offsets[s] ?? 0
    const to = offsets[s + 1] ?? 0
    let norm = 0
    for (let at = from; at < to; at++) {
      const weight = (counts[at] ?? 0) * (idf[terms[at] ?? 0] ?? 0)
      weights[at] = weight
      norm += weight * weight
    }
    const length = Math.sqrt(norm)
    if (length > 0) for (let at = from; at < to; at++) weights[at] = (weights[at] ?? 0) / length
  }
  const wordOf = (sticky: number, term: number): string | undefined => {
    const own = wordTerms[sticky]
    if (own === undefined) return undefined
    const at = own.indexOf(term)
    return at < 0 ? undefined : stickies[sticky]?.surfaces[at]
  }
  return {
    offsets,
    terms: terms.subarray(0, size),
    weights,
    termCount,
    conceptOf,
    generic: Uint8Array.from(genericList),
    wordOf
  }
}

function conceptKey(number: number): string {
  return CONCEPTS[number]?.key ?? ''
}
