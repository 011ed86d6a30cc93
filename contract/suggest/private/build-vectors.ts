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
  conceptWeight: 1,
  genericWeight: 0.35,
  idfPower: 1
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
  /** Per term number: the lexicon concept's key, or null for a word. */
  conceptOf: (string | null)[]
  /** Per term number: whether it is a generic word, which never links two stickies on its own. */
  generic: boolean[]
  /** Per sticky: term number -> the sticky's own word for it (as written, lower case), for explanations. */
  wordsOf: Map<number, string>[]
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
 * The terms of one sticky: stems of its words without stop words (a few words whose stem collides with an
 * unrelated word's keep their own term), and the lexicon concepts its words and short phrases express.
 */
function stickyTerms(text: string, locale: Locale, seen: Set<string>, useConcepts: boolean): StickyTerms {
  const stop = stopWords(locale)
  const lexicon = conceptIndex(locale)
  const all = words(text)
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
  const partsCache = new Map<string, string[]>()
  const partsOf = (term: string): string[] => {
    const cached = partsCache.get(term)
    if (cached !== undefined) return cached
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
    partsCache.set(term, parts)
    return parts
  }

  const counts: Map<string, number>[] = stickies.map((sticky) => {
    const tf = new Map<string, number>()
    for (const term of sticky.terms) {
      const weight = genericTerms.has(term) ? options.genericWeight : 1
      tf.set(term, (tf.get(term) ?? 0) + weight)
    }
    for (const term of sticky.terms) {
      for (const part of partsOf(term)) tf.set(part, Math.max(tf.get(part) ?? 0, options.partWeight))
    }
    for (const concept of sticky.concepts) tf.set(`${CONCEPT}${concept}`, options.conceptWeight)
    return tf
  })

  const df = new Map<string, number>()
  for (const tf of counts) for (const term of tf.keys()) df.set(term, (df.get(term) ?? 0) + 1)
  const n = texts.length

  const termNumbers = new Map<string, number>()
  const conceptOf: (string | null)[] = []
  const generic: boolean[] = []
  const vectors = counts.map((tf) => {
    const vector: TermVector = { terms: [], weights: [] }
    let norm = 0
    tf.forEach((count, term) => {
      let number = termNumbers.get(term)
      if (number === undefined) {
        number = termNumbers.size
        termNumbers.set(term, number)
        const isConcept = term.charAt(0) === CONCEPT
        conceptOf.push(isConcept ? conceptKey(Number(term.slice(1))) : null)
        generic.push(genericTerms.has(term))
      }
      const weight = count * Math.pow(Math.log(1 + n / (df.get(term) ?? 1)), options.idfPower)
      vector.terms.push(number)
      vector.weights.push(weight)
      norm += weight * weight
    })
    const length = Math.sqrt(norm)
    if (length > 0)
      for (let i = 0; i < vector.weights.length; i++) vector.weights[i] = (vector.weights[i] ?? 0) / length
    return vector
  })
  const wordsOf = stickies.map((sticky) => {
    const own = new Map<number, string>()
    sticky.terms.forEach((term, i) => {
      const number = termNumbers.get(term)
      if (number !== undefined && !own.has(number)) own.set(number, sticky.surfaces[i] ?? term)
    })
    return own
  })
  return { vectors, termCount: termNumbers.size, conceptOf, generic, wordsOf }
}

function conceptKey(number: number): string {
  return CONCEPTS[number]?.key ?? ''
}
