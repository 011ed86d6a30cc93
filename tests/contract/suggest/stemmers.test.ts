import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { newStemmer } from 'snowball-stemmers'
import { dan, eng, swe } from 'stopword'
import { stemWord, words } from '../../../contract/suggest'
import type { Locale } from '../../../contract/vocabulary'
import { SUGGEST_LABELLED } from './fixtures/suggest-labelled'

/*
 * The suggester ships its own Swedish, Danish and English Snowball stemmers because the `snowball-stemmers`
 * package bundles all of its 24 languages into one 330 kB (minified) file that esbuild cannot tree-shake.
 * Here that package is the reference: our stemmers must give exactly its output (5,000 random words per
 * language per run here; 300,000 per language were checked once by hand, with no difference).
 */
const LANGUAGE: Record<Locale, string> = { en: 'english', sv: 'swedish', da: 'danish' }
const LETTERS: Record<Locale, string> = {
  en: 'abcdefghijklmnopqrstuvwxyzaeiouyy',
  sv: 'abcdefghijklmnoprstuvyäåöaeiou',
  da: 'abcdefghijklmnoprstuvyæåøaeiou'
}
// Endings the algorithms look for, so random words reach every rule.
const ENDINGS: Record<Locale, string[]> = {
  en: [
    's',
    'es',
    'ies',
    'ied',
    'sses',
    'ed',
    'ing',
    'ingly',
    'edly',
    'eed',
    'eedly',
    'ly',
    'li',
    'y',
    'ational',
    'tional',
    'ization',
    'ation',
    'ator',
    'alism',
    'aliti',
    'fulness',
    'ousness',
    'iveness',
    'biliti',
    'logi',
    'lessli',
    'enci',
    'anci',
    'abli',
    'entli',
    'izer',
    'alize',
    'icate',
    'ical',
    'ful',
    'ness',
    'ative',
    'al',
    'ance',
    'ence',
    'er',
    'ic',
    'able',
    'ible',
    'ant',
    'ement',
    'ment',
    'ent',
    'ism',
    'ate',
    'iti',
    'ous',
    'ive',
    'ize',
    'sion',
    'tion',
    'e',
    'll',
    'at',
    'bl',
    'iz',
    'bb',
    'tt',
    'gener',
    'commun',
    'arsen',
    'skies',
    'dying'
  ],
  sv: [
    'a',
    'arna',
    'erna',
    'heterna',
    'orna',
    'ad',
    'e',
    'ade',
    'ande',
    'arne',
    'are',
    'aste',
    'en',
    'anden',
    'aren',
    'heten',
    'ern',
    'ar',
    'er',
    'heter',
    'or',
    's',
    'as',
    'arnas',
    'ernas',
    'ornas',
    'es',
    'ades',
    'andes',
    'ens',
    'arens',
    'hetens',
    'erns',
    'at',
    'andet',
    'het',
    'ast',
    'dd',
    'gd',
    'nn',
    'dt',
    'gt',
    'kt',
    'tt',
    'lig',
    'ig',
    'els',
    'löst',
    'fullt'
  ],
  da: [
    'hed',
    'ethed',
    'ered',
    'e',
    'erede',
    'ende',
    'erende',
    'ene',
    'erne',
    'ere',
    'en',
    'heden',
    'eren',
    'er',
    'heder',
    'erer',
    's',
    'heds',
    'es',
    'endes',
    'erendes',
    'enes',
    'ernes',
    'eres',
    'ens',
    'hedens',
    'erens',
    'ers',
    'ets',
    'erets',
    'et',
    'eret',
    'gd',
    'dt',
    'gt',
    'kt',
    'igst',
    'ig',
    'lig',
    'elig',
    'els',
    'løst',
    'll',
    'nn'
  ]
}
const STOP: Record<Locale, string[]> = { en: eng, sv: swe, da: dan }

describe.each(['en', 'sv', 'da'] as const)('%s Snowball stemmer', (locale) => {
  const reference = newStemmer(LANGUAGE[locale])

  it('agrees with snowball-stemmers on every word of the labelled set and the stop-word lists', () => {
    const vocabulary = new Set<string>(STOP[locale])
    for (const canvas of SUGGEST_LABELLED)
      for (const item of canvas.items) for (const w of words(item.text)) vocabulary.add(w)
    const differences = [...vocabulary].filter((w) => stemWord(w, locale) !== reference.stem(w))
    expect(differences).toEqual([])
  })

  it('agrees with snowball-stemmers on random words built from its letters and endings', () => {
    const word = fc
      .tuple(
        fc.option(fc.constantFrom(...ENDINGS[locale]), { nil: '', freq: 8 }),
        fc.string({ unit: fc.constantFrom(...LETTERS[locale].split('')), minLength: 0, maxLength: 9 }),
        fc.array(fc.constantFrom(...ENDINGS[locale]), { maxLength: 3 })
      )
      .map(([prefix, body, endings]) => prefix + body + endings.join(''))
    fc.assert(
      fc.property(word, (w) => {
        expect(stemWord(w, locale)).toBe(reference.stem(w))
      }),
      { numRuns: 5000 }
    )
  })
})
