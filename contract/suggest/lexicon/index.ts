import type { Locale } from '../../vocabulary'
import { stemWord } from '../stemmers/stem-word'
import { CONCEPTS, type Concept } from './concepts'
import { guardedTerms } from './stem-guards'

/** Lower-case words of a lexicon entry (hyphens and spaces split it, as they split sticky text). */
function entryWords(entry: string): string[] {
  return entry.toLowerCase().match(/[a-z0-9\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f]+/g) ?? []
}

/** The lexicon of one canvas language, ready for lookups. */
export interface ConceptIndex {
  /** Single word (as written, or its stem in the canvas language) -> concept number. */
  single: Map<string, number>
  /** Word sequences ("by hand", "same day") joined by one space -> concept number. */
  phrases: Map<string, number>
  /** First word -> the second words of its phrases: most words start none, and are not looked up further. */
  phraseStarts: Map<string, Set<string>>
  /** Longest phrase, in words. */
  longest: number
}

const cache: Partial<Record<Locale, ConceptIndex>> = {}

/**
 * The concept lexicon for a canvas in `locale`: that language's words first, then English (teams mix it in),
 * each also under its stem in the canvas language so inflections meet ("cheaper", "billigare", "billigere").
 */
export function conceptIndex(locale: Locale): ConceptIndex {
  const cached = cache[locale]
  if (cached !== undefined) return cached
  const single = new Map<string, number>()
  const phrases = new Map<string, number>()
  const phraseStarts = new Map<string, Set<string>>()
  let longest = 1
  const guards = guardedTerms(locale)
  const add = (language: Locale): void => {
    CONCEPTS.forEach((concept, number) => {
      const side = concept[language]
      for (const entry of side.words.concat(side.opposites)) {
        const parts = entryWords(entry)
        if (parts.length === 0) continue
        if (parts.length === 1) {
          const word = parts[0] ?? ''
          if (!single.has(word)) single.set(word, number)
          // A guarded word ("billig", whose stem "bil" is also "car") is matched as written only.
          const stem = stemWord(word, locale)
          if (!guards.has(word) && !single.has(stem)) single.set(stem, number)
        } else {
          const key = parts.join(' ')
          if (!phrases.has(key)) phrases.set(key, number)
          const first = parts[0] ?? ''
          const seconds = phraseStarts.get(first) ?? new Set<string>()
          seconds.add(parts[1] ?? '')
          phraseStarts.set(first, seconds)
          longest = Math.max(longest, parts.length)
        }
      }
    })
  }
  add(locale)
  if (locale !== 'en') add('en')
  const index = { single, phrases, phraseStarts, longest }
  cache[locale] = index
  return index
}

export function conceptAt(number: number): Concept | undefined {
  return CONCEPTS[number]
}

export { CONCEPTS } from './concepts'
export type { Concept, ConceptKind, ConceptWords } from './concepts'
