import { describe, expect, it } from 'vitest'
import { stemWord, termOf, words } from '../../../contract/suggest'
import { CONCEPTS } from '../../../contract/suggest/lexicon'
import { guardedTerms, STEM_GUARDS } from '../../../contract/suggest/lexicon/stem-guards'
import { LOCALES, type Locale } from '../../../contract/vocabulary'
import { suggestCatalog } from '../../../ui/catalog/suggest'

const KINDS = ['quality', 'remedy', 'means']

describe('concept lexicon', () => {
  it('has unique keys and known kinds', () => {
    const keys = CONCEPTS.map((c) => c.key)
    expect(new Set(keys).size).toBe(keys.length)
    for (const concept of CONCEPTS) expect(KINDS, concept.key).toContain(concept.kind)
  })

  it.each(LOCALES)('%s: every concept has a name for the panel, and every name a concept', (locale) => {
    const names = Object.keys(suggestCatalog[locale]).filter((key) => key.startsWith('suggest.concept.'))
    expect(names.sort()).toEqual(CONCEPTS.map((c) => `suggest.concept.${c.key}`).sort())
    for (const key of names) expect((suggestCatalog[locale] as Record<string, string>)[key], key).not.toBe('')
  })

  it.each(LOCALES)('%s: every concept has words on both sides', (locale) => {
    for (const concept of CONCEPTS) {
      expect(concept[locale].words.length, `${concept.key} words`).toBeGreaterThanOrEqual(3)
      expect(concept[locale].opposites.length, `${concept.key} opposites`).toBeGreaterThanOrEqual(3)
    }
  })

  it.each(LOCALES)(
    '%s: every entry is one to three lower-case words as the tokeniser reads them',
    (locale) => {
      for (const concept of CONCEPTS) {
        for (const entry of concept[locale].words.concat(concept[locale].opposites)) {
          expect(entry, concept.key).toBe(entry.toLowerCase())
          expect(words(entry).length, `${concept.key}: ${entry}`).toBeGreaterThanOrEqual(1)
          expect(words(entry).length, `${concept.key}: ${entry}`).toBeLessThanOrEqual(3)
        }
      }
    }
  )

  it.each(LOCALES)('%s: no word is on both sides of a concept or in two concepts', (locale) => {
    const seen = new Map<string, string>()
    const clashes: string[] = []
    for (const concept of CONCEPTS) {
      for (const [side, list] of [
        ['words', concept[locale].words],
        ['opposites', concept[locale].opposites]
      ] as const) {
        for (const entry of list) {
          const key = words(entry).join(' ')
          const where = `${concept.key}.${side}`
          const before = seen.get(key)
          if (before !== undefined) clashes.push(`${entry}: ${before} and ${where}`)
          else seen.set(key, where)
        }
      }
    }
    expect(clashes).toEqual([])
  })

  it.each(LOCALES)('%s: no two concepts share a stem (the suggester matches stems)', (locale) => {
    const owner = new Map<string, string>()
    const clashes: string[] = []
    for (const concept of CONCEPTS) {
      for (const entry of concept[locale].words.concat(concept[locale].opposites)) {
        const parts = words(entry)
        if (parts.length !== 1) continue
        const word = parts[0] ?? ''
        const stem = guardedTerms(locale).has(word) ? word : stemWord(word, locale)
        const before = owner.get(stem)
        if (before !== undefined && before !== concept.key)
          clashes.push(`${entry} (${stem}): ${before} and ${concept.key}`)
        else owner.set(stem, concept.key)
      }
    }
    expect(clashes).toEqual([])
  })

  // The packed data leaves out inflections the stemmer finds; English entries are matched on every canvas, so an
  // English duplicate is one that stems alike in all three languages.
  it.each(LOCALES)('%s: no entry is an inflection of one before it on the same side (the stemmer finds those)', (locale) => {
    const languages: readonly Locale[] = locale === 'en' ? LOCALES : [locale]
    const guarded = (word: string) => languages.some((language) => guardedTerms(language).has(word))
    const duplicates: string[] = []
    for (const concept of CONCEPTS) {
      for (const list of [concept[locale].words, concept[locale].opposites]) {
        const singles = list.filter((entry) => words(entry).length === 1 && !guarded(entry))
        singles.forEach((entry, i) => {
          const twin = singles
            .slice(0, i)
            .find((before) => languages.every((language) => stemWord(before, language) === stemWord(entry, language)))
          if (twin !== undefined) duplicates.push(`${concept.key}: ${entry} after ${twin}`)
        })
      }
    }
    expect(duplicates).toEqual([])
  })
})

describe('stem guards', () => {
  it.each(LOCALES)(
    '%s: each guarded word collides with its listed words under the stemmer, and is kept apart',
    (locale: Locale) => {
      for (const { family, apart } of STEM_GUARDS[locale]) {
        expect(apart.length, family.join()).toBeGreaterThan(0)
        const term = termOf(family[0] ?? '', locale)
        for (const word of family) {
          expect(termOf(word, locale), `${word} stays with its family`).toBe(term)
          for (const other of apart) {
            expect(stemWord(other, locale), `${word} / ${other} collide`).toBe(stemWord(word, locale))
            expect(termOf(other, locale), `${word} / ${other} kept apart`).not.toBe(term)
          }
        }
      }
    }
  )

  it('keeps "integrity" apart from "integration", but "integrated" with "integration"', () => {
    expect(termOf('integrity', 'en')).not.toBe(termOf('integration', 'en'))
    expect(termOf('integrated', 'en')).toBe(termOf('integration', 'en'))
  })

  it('keeps Swedish and Danish "billig" (cheap) apart from "bilen" (the car), inflections together', () => {
    expect(termOf('billigare', 'sv')).toBe(termOf('billig', 'sv'))
    expect(termOf('billigere', 'da')).toBe(termOf('billig', 'da'))
    expect(termOf('bilen', 'sv')).not.toBe(termOf('billig', 'sv'))
    expect(termOf('bilen', 'da')).not.toBe(termOf('billigt', 'da'))
  })
})
