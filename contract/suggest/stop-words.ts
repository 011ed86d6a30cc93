import { dan, eng, swe } from 'stopword'
import type { Locale } from '../vocabulary'

/** Leftovers of English contractions once apostrophes split a word ("we've" -> "we", "ve"). */
const CONTRACTION_TAILS = ['s', 't', 'd', 'll', 're', 've', 'm']

/**
 * Words in the packages' lists that carry meaning on a canvas (slow, easy, simple, low, new) and so are kept:
 * "långsam leverans" and "lav pris" are exactly what pains and relievers say.
 */
const KEEP: Record<Locale, string[]> = {
  en: [],
  sv: [
    'långsam',
    'långsamma',
    'långsammare',
    'långsammast',
    'långsamt',
    'lätt',
    'lätta',
    'lättare',
    'lättast',
    'enkel',
    'enkelt',
    'enkla',
    'beslut',
    'sent',
    'tidig',
    'tidigt'
  ],
  da: ['lav', 'ny', 'nyt', 'lidt', 'tag']
}

const cache: Partial<Record<Locale, Set<string>>> = {}

/** The stop words dropped for a canvas in `locale`: that locale's list plus English, since teams mix languages. */
export function stopWords(locale: Locale): Set<string> {
  const cached = cache[locale]
  if (cached !== undefined) return cached
  const lists: Record<Locale, string[]> = { en: eng, sv: swe, da: dan }
  const words = new Set<string>(eng.concat(lists[locale], CONTRACTION_TAILS))
  for (const word of KEEP[locale]) words.delete(word)
  cache[locale] = words
  return words
}
