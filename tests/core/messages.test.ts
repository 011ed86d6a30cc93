/**
 * The messages issue 17 asked to tell the truth, pinned in all three languages: the check's notification (empty,
 * partial, one zone, all addressed, damaged), the fit card's lines, and one voice per language in every catalog.
 */
import { describe, expect, it } from 'vitest'
import { fitCardText } from '../../src/adapter/fit-card'
import { fitCardContent } from '../../src/core/fit-card'
import type { CanvasAnalysis, CustomerZone, Locale, ReportItem, ZoneKey } from '../../src/core/types'
import { LOCALES, ZONE_KEYS } from '../../src/core/types'
import { keepLastWordsTogether } from '../../contract/i18n/keep-last-words'
import { fitHeadline } from '../../src/core/fit-headline'
import { say, zoneHint, zoneLabel } from '../../src/i18n'
import { catalogParts } from '../i18n/all-parts'

const NBSP = '\u00a0'

/** A canvas with `items` stickies per customer zone, of which `open` per zone are unaddressed. */
function canvas(
  items: Record<CustomerZone, number>,
  open: Record<CustomerZone, number>,
  score: number
): CanvasAnalysis {
  const zones = Object.fromEntries(ZONE_KEYS.map((zone) => [zone, [] as ReportItem[]])) as Record<
    ZoneKey,
    ReportItem[]
  >
  const unaddressed: string[] = []
  for (const zone of ['jobs', 'pains', 'gains'] as const) {
    for (let i = 0; i < items[zone]; i++) {
      const id = `${zone}-${i}`
      zones[zone].push({ id, text: `${zone} ${i}`, rank: i + 1, weight: items[zone] - i, votes: 0 })
      if (i < open[zone]) unaddressed.push(id)
    }
  }
  const band = score < 50 ? 'weak' : score <= 70 ? 'target' : 'strong'
  return {
    report: {
      schema: 'vpcfit/2',
      canvas: { id: 'c1', segment: 'S', product: 'P', locale: 'en' },
      zones,
      unplaced: [],
      links: [],
      fit: { score, band, coverage: { jobs: 60, pains: 70, gains: 65 }, unaddressed, orphans: [] },
      evidence: { items: {}, fit: { score: 0, band: 'weak' }, tests: [] },
      checkedAt: '2026-12-01T10:42:00.000Z'
    },
    damaged: [],
    emptyZones: (['jobs', 'pains', 'gains'] as const).filter((zone) => items[zone] === 0)
  }
}

const EMPTY = canvas({ jobs: 0, pains: 0, gains: 0 }, { jobs: 0, pains: 0, gains: 0 }, 0)
const PARTIAL = canvas({ jobs: 4, pains: 3, gains: 4 }, { jobs: 2, pains: 1, gains: 2 }, 65)
const DAMAGED: CanvasAnalysis = { ...PARTIAL, damaged: ['customerProfile'] }
/** PARTIAL once the team has started testing: one item backed, one refuted, a fit of 20 % backed by evidence. */
const TESTED: CanvasAnalysis = {
  ...PARTIAL,
  report: {
    ...PARTIAL.report,
    evidence: { items: { 'jobs-3': 'said', 'pains-2': 'refuted' }, fit: { score: 20, band: 'weak' }, tests: [] }
  }
}

/** The check's notification for one canvas, as check-fit joins it. */
const headline = (analysis: CanvasAnalysis, locale: Locale) =>
  fitHeadline(analysis)
    .map((part) => say(locale, part))
    .join(' · ')

describe('the check notification gives the full picture, in the canvas’s language', () => {
  const ONE_ZONE = canvas({ jobs: 3, pains: 2, gains: 2 }, { jobs: 0, pains: 0, gains: 1 }, 83)
  const ONE_EACH = canvas({ jobs: 3, pains: 2, gains: 2 }, { jobs: 1, pains: 1, gains: 1 }, 45)
  const ALL = canvas({ jobs: 2, pains: 2, gains: 2 }, { jobs: 0, pains: 0, gains: 0 }, 100)
  const LOST: CanvasAnalysis = { ...PARTIAL, lostZones: ['pains'] }
  it.each<[string, CanvasAnalysis, Record<Locale, string>]>([
    [
      'partial: every zone with gaps, with the total',
      PARTIAL,
      {
        en: 'Fit 65% · on target · 5 unaddressed: 2 jobs, 1 pain, 2 gains',
        sv: `Matchning 65${NBSP}% · inom målet · 5 obemötta: 2 uppgifter, 1 besvär, 2 fördelar`,
        da: `Match 65${NBSP}% · inden for målet · 5 uadresserede: 2 opgaver, 1 smerte, 2 gevinster`
      }
    ],
    [
      'one of each: singular in every zone',
      ONE_EACH,
      {
        en: 'Fit 45% · weak · 3 unaddressed: 1 job, 1 pain, 1 gain',
        sv: `Matchning 45${NBSP}% · svag · 3 obemötta: 1 uppgift, 1 besvär, 1 fördel`,
        da: `Match 45${NBSP}% · svag · 3 uadresserede: 1 opgave, 1 smerte, 1 gevinst`
      }
    ],
    [
      'one zone with a gap: named without a total',
      ONE_ZONE,
      {
        en: 'Fit 83% · strong · 1 gain unaddressed',
        sv: `Matchning 83${NBSP}% · stark · 1 fördel obemött`,
        da: `Match 83${NBSP}% · stærk · 1 gevinst uadresseret`
      }
    ],
    [
      'everything addressed',
      ALL,
      {
        en: 'Fit 100% · strong · every item addressed',
        sv: `Matchning 100${NBSP}% · stark · allt är bemött`,
        da: `Match 100${NBSP}% · stærk · alt er adresseret`
      }
    ],
    [
      'empty: where to start, not that everything is addressed',
      EMPTY,
      {
        en: 'No fit yet: start with the customer’s jobs',
        sv: 'Ingen matchning än: börja med kundens uppgifter',
        da: 'Intet match endnu: begynd med kundens opgaver'
      }
    ],
    [
      'damaged: no score, only the repair',
      DAMAGED,
      {
        en: 'This canvas is missing its square or circle. Open VPC Fit to repair it.',
        sv: 'Canvasen saknar sin kvadrat eller cirkel. Öppna VPC Fit för att laga den.',
        da: 'Canvasset mangler sin firkant eller cirkel. Åbn VPC Fit for at reparere det.'
      }
    ]
  ])('%s', (_name, analysis, expected) => {
    for (const locale of LOCALES) expect(headline(analysis, locale), locale).toBe(expected[locale])
  })

  it('an adopted canvas with a lost label names the zone, not a score', () => {
    for (const locale of LOCALES) {
      const text = headline(LOST, locale)
      expect(text, locale).not.toMatch(/\d\s?%/)
      expect(text, locale).toBe(say(locale, { key: 'adopt.lostHeadline', params: { zone: 'pains' } }))
    }
  })

  it('says a lost zone of an adopted canvas in FigJam’s ~100 characters, in every language and for every zone', () => {
    for (const locale of LOCALES) {
      for (const zone of ZONE_KEYS) {
        const text = say(locale, { key: 'adopt.lostHeadline', params: { zone } })
        expect(text.length, `${locale} ${zone}: ${text}`).toBeLessThanOrEqual(100)
        expect(text, locale).not.toMatch(/[{}]/)
        const repair = say(locale, { key: 'adopt.lost', params: { zones: zoneLabel(locale, zone) } })
        expect(repair.length, `${locale} ${zone}: ${repair}`).toBeLessThanOrEqual(100)
      }
      const many = say(locale, { key: 'adopt.lostCount', params: { count: 6 } })
      expect(many.length, many).toBeLessThanOrEqual(100)
    }
  })

  it('fits FigJam’s ~100 characters even with four-digit counts in every zone', () => {
    const big = canvas({ jobs: 1500, pains: 1500, gains: 1500 }, { jobs: 1234, pains: 1234, gains: 1234 }, 100)
    for (const locale of LOCALES) expect(headline(big, locale).length, locale).toBeLessThanOrEqual(100)
  })
})

describe('the fit card says what the room needs, in the canvas’s language', () => {
  const time = { day: 1, month: 12, year: 2026, hours: 9, minutes: 5 }
  it.each<[string, CanvasAnalysis, Record<Locale, string>]>([
    [
      'a canvas with a score',
      PARTIAL,
      {
        en: 'Fit 65% · on target\nJobs 60% · Pains 70% · Gains 65%\nChecked 1 Dec 2026, 09:05',
        sv: `Matchning 65${NBSP}% · inom målet\nUppgifter 60${NBSP}% · Besvär 70${NBSP}% · Fördelar 65${NBSP}%\nKontrollerad 1 dec. 2026 kl. 09.05`,
        da: `Match 65${NBSP}% · inden for målet\nOpgaver 60${NBSP}% · Smerter 70${NBSP}% · Gevinster 65${NBSP}%\nTjekket 1. dec. 2026 kl. 09.05`
      }
    ],
    [
      'a canvas the team tests: the fit backed by evidence beside the fit on paper',
      TESTED,
      {
        en: 'Fit 65% · on target · backed by evidence 20%\nJobs 60% · Pains 70% · Gains 65%\nChecked 1 Dec 2026, 09:05',
        sv: `Matchning 65${NBSP}% · inom målet · med belägg 20${NBSP}%\nUppgifter 60${NBSP}% · Besvär 70${NBSP}% · Fördelar 65${NBSP}%\nKontrollerad 1 dec. 2026 kl. 09.05`,
        da: `Match 65${NBSP}% · inden for målet · med belæg 20${NBSP}%\nOpgaver 60${NBSP}% · Smerter 70${NBSP}% · Gevinster 65${NBSP}%\nTjekket 1. dec. 2026 kl. 09.05`
      }
    ],
    [
      'an empty canvas',
      EMPTY,
      {
        en: 'No fit yet: start with the customer’s jobs\nChecked 1 Dec 2026, 09:05',
        sv: 'Ingen matchning än: börja med kundens uppgifter\nKontrollerad 1 dec. 2026 kl. 09.05',
        da: 'Intet match endnu: begynd med kundens opgaver\nTjekket 1. dec. 2026 kl. 09.05'
      }
    ],
    [
      'a damaged canvas',
      DAMAGED,
      {
        en: 'No fit score: repair the canvas in VPC Fit\nChecked 1 Dec 2026, 09:05',
        sv: 'Ingen matchningsgrad: laga canvasen i VPC Fit\nKontrollerad 1 dec. 2026 kl. 09.05',
        da: 'Ingen matchgrad: reparér canvasset i VPC Fit\nTjekket 1. dec. 2026 kl. 09.05'
      }
    ]
  ])('%s', (_label, analysis, expected) => {
    for (const locale of LOCALES)
      expect(fitCardText(fitCardContent(analysis, time), locale), locale).toBe(expected[locale])
  })

  it('names an empty zone instead of giving it 0 %', () => {
    const text = fitCardText(
      fitCardContent(canvas({ jobs: 2, pains: 0, gains: 1 }, { jobs: 1, pains: 0, gains: 1 }, 40), time),
      'en'
    )
    expect(text.split('\n')[1]).toBe('Jobs 60% · Pains empty · Gains 65%')
  })
})

describe('one voice per language', () => {
  const texts = (locale: Locale): Array<[string, string]> =>
    Object.values(catalogParts).flatMap((part) =>
      Object.entries((part as unknown as Record<Locale, Record<string, string>>)[locale])
    )

  it('Swedish says "canvas" (never "kanvas"), Danish says "canvas" (never "lærred")', () => {
    expect(texts('sv').filter(([, text]) => /kanvas/i.test(text))).toEqual([])
    expect(texts('da').filter(([, text]) => /lærred/i.test(text))).toEqual([])
  })

  it('writes percent as 65% in English and 65 % with a no-break space in Swedish and Danish, everywhere', () => {
    expect(texts('en').filter(([, text]) => /[\d}][\s\u00a0]+%/.test(text))).toEqual([])
    for (const locale of ['sv', 'da'] as const) {
      expect(
        texts(locale).filter(([, text]) => /[\d}](%| %)/.test(text)),
        locale
      ).toEqual([])
    }
  })

  it('uses the panel’s band words in notifications, cards and exports', () => {
    const all = (locale: Locale) => Object.fromEntries(texts(locale))
    for (const locale of LOCALES) {
      for (const band of ['weak', 'target', 'strong']) {
        expect(all(locale)[`notify.band.${band}`]?.toLowerCase(), `${locale} ${band}`).toBe(
          all(locale)[`panel.band.${band}`]?.toLowerCase()
        )
      }
    }
  })

  it('keeps the last two words of every guiding hint together, so no line ends with one word alone', () => {
    for (const locale of LOCALES) {
      for (const zone of ZONE_KEYS) {
        const drawn = keepLastWordsTogether(zoneHint(locale, zone))
        const words = drawn.split(' ')
        expect(words.at(-1), `${locale} ${zone}`).toContain(NBSP)
        expect(drawn.replace(/\u00a0/g, ' ')).toBe(zoneHint(locale, zone))
      }
    }
  })
})
