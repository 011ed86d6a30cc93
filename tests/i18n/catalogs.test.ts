import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { LOCALES, ZONE_KEYS } from '../../src/core/types'
import type { Locale } from '../../src/core/types'
import { BMC_BLOCK_KEYS } from '../../src/i18n/bmc-blocks'
import { formatMessage, placeholdersOf, withoutPlaceholders } from '../../contract/i18n/format'
import { catalogParts, catalogs, tKey as allTKey } from './all-parts'
import {
  bmcBlockLabel,
  catalogs as mainCatalogs,
  isLocale,
  t,
  tKey,
  zoneHint,
  zoneLabel
} from '../../src/i18n/index'
import { bmcQuestions, bmcQuestionsFor, questionsFor, zoneQuestions } from '../../src/i18n/questions'

type Part = Record<Locale, Record<string, string>>

function isPart(value: unknown): value is Part {
  if (typeof value !== 'object' || value === null) return false
  const record = value as Record<string, unknown>
  return LOCALES.every((locale) => typeof record[locale] === 'object' && record[locale] !== null)
}

/** The folders that hold catalog areas: main's, the shared canvas text, the panel's. */
const CATALOG_DIRS = ['../../src/i18n/catalog/', '../../contract/i18n/catalog/', '../../ui/catalog/'].map(
  (dir) => fileURLToPath(new URL(dir, import.meta.url))
)

const catalogFiles = (dir: string): string[] =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.ts'))
    .sort()

/**
 * Every catalog area: the ones the index merges, plus any area file in a catalog folder that exports a
 * `defineCatalog` part the index does not merge (yet), so a new area is checked from the day it appears.
 */
async function discoverParts(): Promise<Array<[string, Part]>> {
  const found: Array<[string, Part]> = Object.entries(catalogParts as unknown as Record<string, Part>)
  const merged = new Set<unknown>(Object.values(catalogParts))
  for (const dir of CATALOG_DIRS) {
    for (const file of catalogFiles(dir)) {
      const module = (await import(pathToFileURL(join(dir, file)).href)) as Record<string, unknown>
      for (const [exported, value] of Object.entries(module)) {
        if (isPart(value) && !merged.has(value)) found.push([`${file}:${exported}`, value])
      }
    }
  }
  return found
}

const parts = await discoverParts()

describe('plurals and choices: one helper, no …One/…Many key pairs', () => {
  it.each([
    ['{count, plural, one {# pain} other {# pains}}', { count: 1 }, '1 pain'],
    ['{count, plural, one {# pain} other {# pains}}', { count: 0 }, '0 pains'],
    ['{count, plural, one {# pain} other {# pains}}', { count: 7 }, '7 pains'],
    ['{count, plural, =0 {none} one {# pain} other {# pains}}', { count: 0 }, 'none'],
    [
      'Fit {score} % ({band, select, weak {weak} target {on target} other {strong}})',
      { score: 62, band: 'target' },
      'Fit 62 % (on target)'
    ],
    ['{band, select, weak {weak} other {strong}}', { band: 'strong' }, 'strong'],
    [
      '{count, plural, one {# pain} other {# pains}} of {total}',
      { total: 3 },
      '{count, plural, one {# pain} other {# pains}} of 3'
    ]
  ])('formats %j with %j as %j', (template, params, expected) => {
    expect(formatMessage(template, params)).toBe(expected)
  })

  it('reads the parameters of choices like placeholders', () => {
    expect(placeholdersOf('{count, plural, one {# x} other {# xs}} in {zone}')).toEqual(['count', 'zone'])
  })

  it('no catalog has a key pair for one and many', () => {
    const pairs = Object.keys(catalogs.en).filter((key) => /(One|Many|\.one|\.many)(\.|$)/.test(key))
    expect(pairs).toEqual([])
  })
})

describe('every catalog part (including panel and notify)', () => {
  it('covers all the parts the index merges, and every area file', () => {
    const names = parts.map(([name]) => name)
    for (const name of ['bmc', 'canvas', 'checklist', 'export', 'notify', 'panel', 'statement']) {
      expect(names).toContain(name)
    }
    const files = CATALOG_DIRS.flatMap(catalogFiles)
    expect(files.length).toBeLessThanOrEqual(parts.length)
  })

  for (const [name, part] of parts) {
    describe(name, () => {
      const keys = Object.keys(part.en)

      it('has at least one key', () => {
        expect(keys.length).toBeGreaterThan(0)
      })

      for (const locale of LOCALES) {
        it(`${locale}: has exactly the English keys, none empty or blank`, () => {
          const own = part[locale]
          const missing = keys.filter((key) => typeof own[key] !== 'string' || own[key].trim() === '')
          const extra = Object.keys(own).filter((key) => !(key in part.en))
          expect(missing, `missing or empty in ${name}/${locale}`).toEqual([])
          expect(extra, `not in English in ${name}/${locale}`).toEqual([])
        })
      }

      it('uses the same placeholders for a key in every locale', () => {
        const differing: string[] = []
        for (const key of keys) {
          const reference = placeholdersOf(part.en[key] ?? '').join(',')
          for (const locale of LOCALES) {
            const own = placeholdersOf(part[locale][key] ?? '').join(',')
            if (own !== reference) differing.push(`${locale}:${key} {${own}} vs en {${reference}}`)
          }
        }
        expect(differing).toEqual([])
      })

      it('has no stray braces (a placeholder typo would show up on the board)', () => {
        const broken: string[] = []
        for (const locale of LOCALES) {
          for (const [key, text] of Object.entries(part[locale])) {
            if (/[{}]/.test(withoutPlaceholders(text))) broken.push(`${locale}:${key}`)
          }
        }
        expect(broken).toEqual([])
      })
    })
  }

  it('no key is defined by two parts (the merge would silently keep only one)', () => {
    const owner = new Map<string, string>()
    const clashes: string[] = []
    for (const [name, part] of parts) {
      for (const key of Object.keys(part.en)) {
        const first = owner.get(key)
        if (first !== undefined) clashes.push(`${key}: ${first} and ${name}`)
        else owner.set(key, name)
      }
    }
    expect(clashes).toEqual([])
  })

  it('the merged catalogs hold every key of every part', () => {
    for (const part of Object.values(catalogParts as unknown as Record<string, Part>)) {
      for (const locale of LOCALES) {
        for (const key of Object.keys(part.en)) expect(catalogs[locale][key]).toBe(part[locale][key])
      }
    }
  })
})

describe('canvas text fits the drawn canvas', () => {
  const locales = LOCALES.map((locale) => [locale] as const)

  it.each(locales)('%s: zone labels are at most 24 characters', (locale) => {
    for (const zone of ZONE_KEYS) expect(zoneLabel(locale, zone).length, zone).toBeLessThanOrEqual(24)
  })

  it.each(locales)('%s: each hint is one question of at most 60 characters', (locale) => {
    for (const zone of ZONE_KEYS) {
      const hint = zoneHint(locale, zone)
      expect(hint.length, zone).toBeLessThanOrEqual(60)
      expect(hint.endsWith('?'), zone).toBe(true)
      expect(hint.slice(0, -1).includes('?'), zone).toBe(false)
    }
  })

  it.each(locales)('%s: zone and BMC labels differ within a locale', (locale) => {
    const zones = ZONE_KEYS.map((zone) => zoneLabel(locale, zone))
    const blocks = BMC_BLOCK_KEYS.map((block) => bmcBlockLabel(locale, block))
    expect(new Set(zones).size).toBe(zones.length)
    expect(new Set(blocks).size).toBe(blocks.length)
  })

  it.each(locales)('%s: the credit lines name Strategyzer and the BMC licence', (locale) => {
    expect(t(locale, 'canvas.credit')).toContain('Strategyzer AG')
    expect(t(locale, 'canvas.credit')).toContain('strategyzer.com')
    expect(t(locale, 'bmc.credit')).toContain('Strategyzer AG')
    expect(t(locale, 'bmc.credit')).toContain('CC BY-SA 4.0')
  })

  it("Swedish and Danish zones use the practitioners' words", () => {
    expect(ZONE_KEYS.map((zone) => zoneLabel('sv', zone))).toEqual([
      'Kundens uppgifter',
      'Besvär',
      'Fördelar',
      'Produkter och tjänster',
      'Besvärsdämpare',
      'Fördelsskapare'
    ])
    expect(ZONE_KEYS.map((zone) => zoneLabel('da', zone))).toEqual([
      'Kundeopgaver',
      'Smerter',
      'Gevinster',
      'Produkter og services',
      'Smertelindrere',
      'Gevinstskabere'
    ])
  })
})

describe('guiding questions', () => {
  for (const locale of LOCALES) {
    it(`${locale}: every zone has 4 to 6 distinct questions`, () => {
      expect(Object.keys(zoneQuestions[locale]).sort()).toEqual([...ZONE_KEYS].sort())
      for (const zone of ZONE_KEYS) {
        const questions = questionsFor(locale, zone)
        expect(questions.length, zone).toBeGreaterThanOrEqual(4)
        expect(questions.length, zone).toBeLessThanOrEqual(6)
        expect(new Set(questions).size, zone).toBe(questions.length)
        for (const question of questions) {
          expect(question.trim(), zone).toBe(question)
          expect(question.endsWith('?'), `${zone}: ${question}`).toBe(true)
        }
      }
    })

    it(`${locale}: every BMC block has 3 to 5 distinct questions`, () => {
      expect(Object.keys(bmcQuestions[locale]).sort()).toEqual([...BMC_BLOCK_KEYS].sort())
      for (const block of BMC_BLOCK_KEYS) {
        const questions = bmcQuestionsFor(locale, block)
        expect(questions.length, block).toBeGreaterThanOrEqual(3)
        expect(questions.length, block).toBeLessThanOrEqual(5)
        expect(new Set(questions).size, block).toBe(questions.length)
        for (const question of questions) expect(question.endsWith('?'), `${block}: ${question}`).toBe(true)
      }
    })
  }

  it('Swedish and Danish questions are not English copies', () => {
    for (const locale of ['sv', 'da'] as const) {
      for (const zone of ZONE_KEYS) {
        const english = new Set(zoneQuestions.en[zone])
        for (const question of zoneQuestions[locale][zone]) expect(english.has(question)).toBe(false)
      }
    }
  })

  it('hands out copies, so callers cannot change the tables', () => {
    const list = questionsFor('sv', 'pains')
    list.length = 0
    expect(questionsFor('sv', 'pains').length).toBeGreaterThan(0)
    const blocks = bmcQuestionsFor('da', 'channels')
    blocks.push('extra?')
    expect(bmcQuestionsFor('da', 'channels')).not.toContain('extra?')
  })

  it('falls back to English for a locale that is not in the table', () => {
    const unknown = 'fi' as unknown as Locale
    expect(questionsFor(unknown, 'jobs')).toEqual(zoneQuestions.en.jobs)
    expect(bmcQuestionsFor(unknown, 'revenueStreams')).toEqual(bmcQuestions.en.revenueStreams)
  })
})

describe('t and tKey', () => {
  it('fills placeholders', () => {
    expect(t('en', 'canvas.name', { segment: 'Busy parents', product: 'Meal kit' })).toBe(
      'Value Proposition Canvas · Busy parents · Meal kit'
    )
    expect(t('sv', 'canvas.title', { segment: 'småbarnsföräldrar', product: 'Matkasse' })).toBe(
      'Matkasse för småbarnsföräldrar'
    )
    expect(allTKey('da', 'checklist.detail.vm.relieversTied', { tied: 3, total: 5 })).toBe(
      'Smertelindrere forbundet med en smerte: 3 af 5'
    )
  })

  it('leaves an unknown placeholder visible instead of hiding the gap', () => {
    expect(t('en', 'canvas.title', { segment: 'teams' })).toBe('{product} for teams')
  })

  it('falls back to English when a locale lacks a key, and to the key itself when no locale has it', () => {
    const saved = mainCatalogs.da['canvas.title']
    try {
      delete mainCatalogs.da['canvas.title']
      expect(t('da', 'canvas.title', { segment: 'familier', product: 'Madkasse' })).toBe(
        'Madkasse for familier'
      )
    } finally {
      if (saved !== undefined) mainCatalogs.da['canvas.title'] = saved
    }
    expect(t('da', 'canvas.title', { segment: 'familier', product: 'Madkasse' })).toBe(
      'Madkasse til familier'
    )
    expect(tKey('sv', 'no.such.key')).toBe('no.such.key')
  })

  it('tKey reaches keys built at run time', () => {
    for (const zone of ZONE_KEYS) expect(tKey('sv', `zone.${zone}`)).toBe(zoneLabel('sv', zone))
    expect(tKey('da', 'bmc.block.valuePropositions')).toBe('Værditilbud')
  })

  it('isLocale accepts en, sv and da only', () => {
    expect(LOCALES.every((locale) => isLocale(locale))).toBe(true)
    for (const value of ['de', 'EN', '', null, undefined, 3, {}]) expect(isLocale(value)).toBe(false)
  })
})
