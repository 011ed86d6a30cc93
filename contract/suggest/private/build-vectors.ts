import { MAX_CANVAS_STICKIES } from '../../limits'
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
  /**
   * Swedish and Danish only: shortest canvas word that also counts inside a long word, not only at its start or
   * end ("jämför" in "prisjämför", "påmin" in "betalningspåminn"); 0 turns it off.
   */
  innerPartLength: number
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
  innerPartLength: 5,
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

/** Prefix-or-suffix index of a canvas's word terms: key (first or last letters) -> term numbers. */
function bucket(index: Map<string, number[]>, key: string, value: number): void {
  const list = index.get(key)
  if (list === undefined) index.set(key, [value])
  else list.push(value)
}

/**
 * Everything the vectors need to know about one word of a locale, worked out once and then found with a single
 * lookup per word of a sticky: whether it is a stop word, its term (as a number, interned per locale), the
 * lexicon concept it expresses, whether it is generic, and the second words of the lexicon phrases it starts.
 */
interface WordEntry {
  stop: boolean
  /** Interned term number (see `LocaleWords.terms`); -1 for a stop word, which has no term. */
  term: number
  /** Lexicon concept number, -1 for none. */
  concept: number
  generic: boolean
  phraseSeconds: Set<string> | undefined
}

/**
 * Words seen per locale, so a canvas re-read after one edit does not stem or look up every sticky's words again,
 * and the terms they map to as small integers. Per term, `stamp` says which call last numbered it and `local` the
 * number it got in that call, so a call numbers its canvas's terms without a string map and without clearing.
 */
interface LocaleWords {
  entries: Map<string, WordEntry>
  /** Sticky texts seen, with their words looked up: a canvas asked again after one edit reads one text anew. */
  texts: Map<string, TextTokens>
  terms: string[]
  termIds: Map<string, number>
  stamp: Int32Array
  local: Int32Array
  /** The call in which the term was last seen in a word (the canvas's vocabulary) and as a generic word's. */
  seenStamp: Int32Array
  genericStamp: Int32Array
}

/**
 * One sticky text's words and concepts, as the vectors need them, in one array of small integers (a cache of
 * thousands of texts stays one array each): first each word that is not a stop word, in order, as its interned
 * term × 2 + 1 for a generic word; then each lexicon concept its words and phrases express, once, in order, as
 * -1 - the concept's number (unused when concepts are off). The words as written are found again from the text
 * only for the few pairs a reason is given for (`surfaceWords`).
 */
type TextTokens = number[]

const localeWords: Partial<Record<Locale, LocaleWords>> = {}

/** Distinct words kept per locale before the cache starts over (a board's vocabulary is far smaller). */
const WORD_CACHE_LIMIT = 50_000

/**
 * Sticky texts kept per locale before that cache starts over: two of the largest canvases (MAX_CANVAS_STICKIES), so
 * the panel switching between two canvases re-reads neither, and the texts held stay a few MB at most.
 */
const TEXT_CACHE_LIMIT = 2 * MAX_CANVAS_STICKIES

/** Numbers the calls of buildVectors, for the stamps (which are 32-bit: the caches start over long before they wrap). */
let callNumber = 0

function freshLocaleWords(): LocaleWords {
  return {
    entries: new Map(),
    texts: new Map(),
    terms: [],
    termIds: new Map(),
    stamp: new Int32Array(256),
    local: new Int32Array(256),
    seenStamp: new Int32Array(256),
    genericStamp: new Int32Array(256)
  }
}

/** The word cache of `locale`, started over when it has grown past its limit (only ever between calls). */
function wordsOf(locale: Locale): LocaleWords {
  let cache = localeWords[locale]
  if (cache === undefined || cache.entries.size >= WORD_CACHE_LIMIT) {
    cache = freshLocaleWords()
    localeWords[locale] = cache
  } else if (cache.texts.size >= TEXT_CACHE_LIMIT) {
    cache.texts.clear()
  }
  return cache
}

function grown(array: Int32Array, size: number): Int32Array {
  if (size <= array.length) return array
  const more = new Int32Array(Math.max(size, array.length * 2))
  more.set(array)
  return more
}

function internTerm(cache: LocaleWords, term: string): number {
  let id = cache.termIds.get(term)
  if (id === undefined) {
    id = cache.terms.length
    cache.terms.push(term)
    cache.termIds.set(term, id)
    const size = id + 1
    cache.stamp = grown(cache.stamp, size)
    cache.local = grown(cache.local, size)
    cache.seenStamp = grown(cache.seenStamp, size)
    cache.genericStamp = grown(cache.genericStamp, size)
  }
  return id
}

function wordEntry(cache: LocaleWords, word: string, locale: Locale): WordEntry {
  const cached = cache.entries.get(word)
  if (cached !== undefined) return cached
  const lexicon = conceptIndex(locale)
  const phraseSeconds = lexicon.phraseStarts.get(word)
  let entry: WordEntry
  if (stopWords(locale).has(word)) {
    entry = { stop: true, term: -1, concept: -1, generic: false, phraseSeconds }
  } else {
    // A guarded word ("billig", whose stem "bil" is also "car") is looked up as written only.
    const guarded = guardedTerms(locale).has(word)
    const stem = guarded ? word : stemWord(word, locale)
    const direct = lexicon.single.get(word) ?? (guarded ? undefined : lexicon.single.get(stem))
    const concept =
      direct ?? (locale === 'en' || guarded ? undefined : compoundConcept(word, locale, lexicon.single))
    entry = {
      stop: false,
      term: internTerm(cache, termOf(word, locale)),
      concept: concept ?? -1,
      generic: genericWords(locale).has(word),
      phraseSeconds
    }
  }
  cache.entries.set(word, entry)
  return entry
}

/**
 * "-free" after a word means without it ("risk-free", "hassle-free", "fee-free"), not free of charge: the suffix is
 * dropped so the word it follows carries the meaning, and "free" does not express cost.
 */
const FREE_OF = /-free\b/gi

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
 * The words of one sticky text that are not stop words (as interned terms), and the lexicon concepts its words
 * and short phrases express, each once.
 */
function textTokens(cache: LocaleWords, text: string, locale: Locale): TextTokens {
  const stop = stopWords(locale)
  const lexicon = conceptIndex(locale)
  const all = textWords(text)
  const tokens: number[] = []
  const concepts: number[] = []
  for (let i = 0; i < all.length; i++) {
    const word = all[i] ?? ''
    const entry = wordEntry(cache, word, locale)
    if (entry.phraseSeconds?.has(all[i + 1] ?? '') === true) {
      for (let size = Math.min(lexicon.longest, all.length - i); size >= 2; size--) {
        // A phrase of stop words only ("ge upp" is two) says nothing on its own.
        if (anyContent(all, i, i + size, stop)) {
          addConcept(concepts, 0, lexicon.phrases.get(all.slice(i, i + size).join(' ')))
        }
      }
    }
    if (entry.stop) continue
    tokens.push(entry.term * 2 + (entry.generic ? 1 : 0))
    addConcept(concepts, 0, entry.concept)
  }
  for (const concept of concepts) tokens.push(-1 - concept)
  return tokens
}

/** The words of a sticky text, "-free" dropped. */
function textWords(text: string): string[] {
  return words(text.indexOf('-') >= 0 ? text.replace(FREE_OF, '') : text)
}

/** The words of a sticky text that are not stop words, as written (lower case): one per word token of `textTokens`. */
function surfaceWords(text: string, locale: Locale): string[] {
  const stop = stopWords(locale)
  return textWords(text).filter((word) => !stop.has(word))
}

/** Adds `concept` to the concepts of the sticky that starts at `start` in `list`, once. */
function addConcept(list: number[], start: number, concept: number | undefined): void {
  if (concept === undefined || concept < 0) return
  for (let at = start; at < list.length; at++) if (list[at] === concept) return
  list.push(concept)
}

/** Whether any of `all[from .. to - 1]` is not a stop word. */
function anyContent(all: string[], from: number, to: number, stop: Set<string>): boolean {
  for (let at = from; at < to; at++) if (!stop.has(all[at] ?? '')) return true
  return false
}

/** Growable packed term numbers and counts of all stickies. */
class PackedTerms {
  terms: Int32Array
  counts: Float64Array
  size = 0

  constructor(capacity: number) {
    this.terms = new Int32Array(Math.max(16, capacity))
    this.counts = new Float64Array(this.terms.length)
  }

  /** Where `term` is in `start .. size - 1`, or -1. */
  find(start: number, term: number): number {
    const terms = this.terms
    for (let at = start; at < this.size; at++) if (terms[at] === term) return at
    return -1
  }

  push(term: number, count: number): void {
    if (this.size === this.terms.length) {
      const moreTerms = new Int32Array(this.terms.length * 2)
      moreTerms.set(this.terms)
      this.terms = moreTerms
      const moreCounts = new Float64Array(this.counts.length * 2)
      moreCounts.set(this.counts)
      this.counts = moreCounts
    }
    this.terms[this.size] = term
    this.counts[this.size] = count
    this.size++
  }
}

/**
 * TF-IDF vectors for `texts`, with the inverse document frequency taken over these texts only (one canvas), so a
 * word or concept common on this canvas counts less. Swedish and Danish glue words together ("väntetid",
 * "ladestander", "förseningsavgift"), so a long word also carries, at a lower weight, each shorter word of the
 * same canvas that starts or ends it. Generic words count at a fraction; lexicon concepts are extra terms.
 *
 * The terms of a sticky are its words' stems without stop words (a few words whose stem collides with an
 * unrelated word's keep their own term), the canvas words inside its long words, and the lexicon concepts its
 * words and short phrases express.
 */
export function buildVectors(
  texts: string[],
  locale: Locale,
  options: VectorOptions = DEFAULT_VECTOR_OPTIONS
): CanvasVectors {
  if (callNumber >= 0x7fffffff) {
    callNumber = 0
    for (const key of Object.keys(localeWords) as Locale[]) delete localeWords[key]
  }
  const cache = wordsOf(locale)
  const call = ++callNumber
  const useConcepts = options.conceptWeight > 0
  const n = texts.length

  // Every sticky's words (interned terms) and concepts, from the text cache; the words' offsets, packed.
  const stickyTokens: TextTokens[] = []
  const wordOffsets = new Int32Array(n + 1)
  let tokenCount = 0
  // The canvas's distinct word terms (interned), in order of first use.
  const vocabulary: number[] = []
  for (let s = 0; s < n; s++) {
    const text = texts[s] ?? ''
    let tokens = cache.texts.get(text)
    if (tokens === undefined) {
      tokens = textTokens(cache, text, locale)
      cache.texts.set(text, tokens)
    }
    stickyTokens.push(tokens)
    let w = 0
    for (; w < tokens.length; w++) {
      const token = tokens[w] ?? -1
      if (token < 0) break
      const id = token >> 1
      if (cache.seenStamp[id] !== call) {
        cache.seenStamp[id] = call
        vocabulary.push(id)
      }
      if ((token & 1) === 1) cache.genericStamp[id] = call
    }
    wordOffsets[s + 1] = (wordOffsets[s] ?? 0) + w
    tokenCount += tokens.length
  }

  // Parts: index the canvas's words by their first and last letters so each long word checks only a few.
  const termText = cache.terms
  const byStart = new Map<string, number[]>()
  const byEnd = new Map<string, number[]>()
  const k = options.minPartLength
  // A guarded term ("integrity=") is neither split into parts nor a part of another word.
  for (const id of vocabulary) {
    const term = termText[id] ?? ''
    if (term.length < k || isGuardedTerm(term)) continue
    bucket(byStart, term.slice(0, k), id)
    bucket(byEnd, term.slice(term.length - k), id)
  }

  // Term numbers in order of first use (sticky by sticky: words, then parts, then concepts). Each word term's
  // number, generic flag and parts are worked out once per canvas, not once per sticky that uses it.
  const conceptOf: (string | null)[] = []
  const genericList: number[] = []
  const partNumbers: (number[] | undefined)[] = []
  const numberOf = (id: number): number => {
    if (cache.stamp[id] === call) return cache.local[id] ?? 0
    const number = conceptOf.length
    cache.stamp[id] = call
    cache.local[id] = number
    conceptOf.push(null)
    genericList.push(cache.genericStamp[id] === call ? 1 : 0)
    partNumbers.push(undefined)
    return number
  }
  const partsOf = (id: number): number[] => {
    const parts: number[] = []
    const term = termText[id] ?? ''
    if (options.partWeight > 0 && term.length >= options.minCompoundLength && !isGuardedTerm(term)) {
      for (const part of byStart.get(term.slice(0, k)) ?? []) {
        const text = termText[part] ?? ''
        if (text.length < term.length && term.slice(0, text.length) === text) parts.push(numberOf(part))
      }
      for (const part of byEnd.get(term.slice(term.length - k)) ?? []) {
        const text = termText[part] ?? ''
        if (text.length < term.length && term.slice(term.length - text.length) === text) {
          const number = numberOf(part)
          if (parts.indexOf(number) < 0) parts.push(number)
        }
      }
      const inner = options.innerPartLength
      if (inner > 0 && locale !== 'en') {
        // A part that starts inside: at least a short word's letters before it and after its own start.
        for (let at = MIN_INNER_START; at + inner <= term.length - 1; at++) {
          for (const part of byStart.get(term.slice(at, at + k)) ?? []) {
            const text = termText[part] ?? ''
            if (text.length < inner || at + text.length > term.length || !term.startsWith(text, at)) continue
            const number = numberOf(part)
            if (parts.indexOf(number) < 0) parts.push(number)
          }
        }
      }
    }
    return parts
  }
  const conceptNumbers: number[] = []
  const conceptTerm = (concept: number): number => {
    let number = conceptNumbers[concept]
    if (number === undefined) {
      number = conceptOf.length
      conceptNumbers[concept] = number
      conceptOf.push(conceptKey(concept))
      genericList.push(0)
      partNumbers.push(undefined)
    }
    return number
  }

  // Term frequencies of all stickies, packed; a sticky's terms keep their first-use order.
  const wordCount = wordOffsets[n] ?? 0
  const packed = new PackedTerms(wordCount + tokenCount)
  const offsets = new Int32Array(n + 1)
  // Per word of a sticky, its term number (for `wordOf`).
  const wordNumbers = new Int32Array(wordCount)
  for (let s = 0; s < n; s++) {
    const start = packed.size
    const tokens = stickyTokens[s] ?? []
    const first = wordOffsets[s] ?? 0
    const last = wordOffsets[s + 1] ?? 0
    for (let w = first; w < last; w++) {
      const number = numberOf((tokens[w - first] ?? 0) >> 1)
      wordNumbers[w] = number
      const weight = genericList[number] === 1 ? options.genericWeight : 1
      const at = packed.find(start, number)
      if (at >= 0) packed.counts[at] = (packed.counts[at] ?? 0) + weight
      else packed.push(number, weight)
    }
    for (let w = first; w < last; w++) {
      const number = wordNumbers[w] ?? 0
      let parts = partNumbers[number]
      if (parts === undefined) {
        parts = partsOf((tokens[w - first] ?? 0) >> 1)
        partNumbers[number] = parts
      }
      for (const part of parts) {
        const at = packed.find(start, part)
        if (at >= 0) packed.counts[at] = Math.max(packed.counts[at] ?? 0, options.partWeight)
        else packed.push(part, options.partWeight)
      }
    }
    if (useConcepts) {
      for (let c = last - first; c < tokens.length; c++) packed.push(conceptTerm(-1 - (tokens[c] ?? -1)), options.conceptWeight)
    }
    offsets[s + 1] = packed.size
  }

  const size = packed.size
  const terms = packed.terms
  const counts = packed.counts
  const termCount = conceptOf.length
  const df = new Int32Array(termCount)
  for (let at = 0; at < size; at++) {
    const term = terms[at] ?? 0
    df[term] = (df[term] ?? 0) + 1
  }
  const idf = new Float64Array(termCount)
  for (let t = 0; t < termCount; t++) idf[t] = Math.pow(Math.log(1 + n / (df[t] || 1)), options.idfPower)
  const weights = new Float64Array(size)
  for (let s = 0; s < n; s++) {
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
    if (sticky < 0 || sticky >= n) return undefined
    const first = wordOffsets[sticky] ?? 0
    for (let w = first; w < (wordOffsets[sticky + 1] ?? 0); w++) {
      if (wordNumbers[w] === term) return surfaceWords(texts[sticky] ?? '', locale)[w - first]
    }
    return undefined
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

/** Fewest letters before a part found inside a long word ("pris" before "jämför"). */
const MIN_INNER_START = 3

/** Whether `term` is a guarded family's own term ("integrity="). */
function isGuardedTerm(term: string): boolean {
  return term.charAt(term.length - 1) === '='
}

function conceptKey(number: number): string {
  return CONCEPTS[number]?.key ?? ''
}
