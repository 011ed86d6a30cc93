import type { Locale } from '../vocabulary'
import { stemWord } from './stemmers/stem-word'
import { guardedTerms } from './lexicon/stem-guards'
import { stopWords } from './stop-words'

const NON_ASCII = /[\u0080-\uffff]/

/**
 * Whether a character code (of lower-case text) is part of a word: ASCII letters and digits, Latin-1 letters
 * (å ä ö æ ø é ü ß ...) and Latin Extended-A. Explicit ranges instead of `\p{L}`, which the ES2017 sandbox lacks.
 */
function isWordCode(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)
  return (code >= 0xdf && code <= 0xf6) || (code >= 0xf8 && code <= 0x17f)
}

/** Lower-case words of `text` (runs of word characters), in order. */
export function words(text: string): string[] {
  // Decomposed letters (a + combining ring, as macOS pastes them) are composed first; ASCII needs no work.
  const normalised =
    NON_ASCII.test(text) && typeof text.normalize === 'function' ? text.normalize('NFC') : text
  const lower = normalised.toLowerCase()
  // One scan of the character codes: a third faster than a global regular expression match on new text.
  const found: string[] = []
  let start = -1
  for (let at = 0; at < lower.length; at++) {
    if (isWordCode(lower.charCodeAt(at))) {
      if (start < 0) start = at
    } else if (start >= 0) {
      found.push(lower.slice(start, at))
      start = -1
    }
  }
  if (start >= 0) found.push(lower.slice(start))
  return found
}

/**
 * Swedish and Danish neuter adjectives end in -t, which Snowball keeps ("dyrt", "snabbt", "billigt"):
 * drop a final t after a consonant so they meet their other forms ("dyr", "dyra").
 */
function dropNeuterT(stem: string): string {
  if (stem.length < 4 || stem.charAt(stem.length - 1) !== 't') return stem
  return 'aeiouyäåöæø'.indexOf(stem.charAt(stem.length - 2)) >= 0 ? stem : stem.slice(0, -1)
}

/**
 * The term of one word that is not a stop word: its stem (Swedish and Danish without the neuter -t), or, for the
 * few words whose stem collides with an unrelated word's (lexicon/stem-guards.ts), a term of their own.
 */
export function termOf(word: string, locale: Locale): string {
  const guarded = guardedTerms(locale).get(word)
  if (guarded !== undefined) return guarded
  const stem = stemWord(word, locale)
  return locale === 'en' ? stem : dropNeuterT(stem)
}

/** The terms of a sticky: its words without stop words, stemmed for `locale`. `cache` (word -> term) saves re-stemming words a canvas repeats. */
export function tokenise(text: string, locale: Locale, cache?: Map<string, string>): string[] {
  const stop = stopWords(locale)
  const terms: string[] = []
  for (const word of words(text)) {
    if (stop.has(word)) continue
    let term = cache?.get(word)
    if (term === undefined) {
      term = termOf(word, locale)
      cache?.set(word, term)
    }
    terms.push(term)
  }
  return terms
}
