import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { labelKey } from '../../../src/i18n/bmc-blocks'
import {
  LABEL_LOCALES,
  matchDrawnSide,
  matchDrawnZone,
  matchNamedField,
  SIDE_VOCABULARY,
  typoDistance,
  TYPO_WORK,
  ZONE_VOCABULARY
} from '../../../src/core/drawn/vocabulary'
import type { ZoneKey } from '../../../src/core/types'
import { LOCALES, ZONE_KEYS } from '../../../src/core/types'
import { zoneLabel } from '../../../src/i18n'
import { ORDINARY_NEAR_WORDS } from './ordinary-words'

const ALL_SPELLINGS: Array<[string, ZoneKey]> = ZONE_KEYS.flatMap((zone) =>
  LABEL_LOCALES.flatMap((locale) =>
    ZONE_VOCABULARY[zone][locale].map((label): [string, ZoneKey] => [label, zone])
  )
)

describe('zone vocabulary', () => {
  it('no spelling names two zones, and none is also a side title', () => {
    const owner = new Map<string, ZoneKey>()
    for (const [label, zone] of ALL_SPELLINGS) {
      const key = labelKey(label)
      expect(owner.get(key) ?? zone, label).toBe(zone)
      owner.set(key, zone)
    }
    for (const side of ['customerProfile', 'valueMap'] as const)
      for (const locale of LABEL_LOCALES)
        for (const title of SIDE_VOCABULARY[side][locale]) expect(matchDrawnZone(title), title).toBeNull()
  })

  it('the plugin’s own labels in every language are recognised', () => {
    for (const locale of LOCALES)
      for (const zone of ZONE_KEYS) expect(matchDrawnZone(zoneLabel(locale, zone))?.value).toBe(zone)
  })

  it.each<[string, ZoneKey, string]>([
    ['Customer Jobs', 'jobs', 'en'],
    ['Jobs to be done', 'jobs', 'en'],
    ['JOBS-TO-BE-DONE', 'jobs', 'en'],
    ['1. Customer jobs:', 'jobs', 'en'],
    ['Arbete som ska utföras', 'jobs', 'sv'],
    ['arbete som ska utforas', 'jobs', 'sv'],
    ['Kundeopgaver', 'jobs', 'da'],
    ['Opgaver', 'jobs', 'da'],
    ['Kundenaufgaben', 'jobs', 'de'],
    ['Pains', 'pains', 'en'],
    ['Besvär', 'pains', 'sv'],
    ['Smerter', 'pains', 'da'],
    ['Problemer', 'pains', 'da'],
    ['Probleme', 'pains', 'de'],
    ['Gains', 'gains', 'en'],
    ['Fördelar', 'gains', 'sv'],
    ['Gevinster', 'gains', 'da'],
    ['Gewinne', 'gains', 'de'],
    ['Products & Services', 'products', 'en'],
    ['Products and services', 'products', 'en'],
    ['Products/Services', 'products', 'en'],
    ['Produkter och tjänster', 'products', 'sv'],
    ['Produkter og ydelser', 'products', 'da'],
    ['Produkt / Service', 'products', 'da'],
    ['Produkte und Dienstleistungen', 'products', 'de'],
    ['Pain Relievers', 'painRelievers', 'en'],
    ['💊 pain relievers', 'painRelievers', 'en'],
    ['Besvärsdämpare', 'painRelievers', 'sv'],
    ['Smertelindrere', 'painRelievers', 'da'],
    ['Problemlöser', 'painRelievers', 'de'],
    ['Gain Creators', 'gainCreators', 'en'],
    ['Fördelsskapare', 'gainCreators', 'sv'],
    ['Gevinstskabere', 'gainCreators', 'da'],
    ['Gewinnerzeuger', 'gainCreators', 'de']
  ])('%j is %s (%s)', (label, zone, locale) => {
    const match = matchDrawnZone(label)
    expect(match?.value).toBe(zone)
    expect(match?.locales).toContain(locale)
  })

  it.each<[string, ZoneKey]>([
    // Seen on workshop boards and templates: other words for the same zone.
    ['Customer Jobs to be done', 'jobs'],
    ['Customer job(s)', 'jobs'],
    ['Kundens jobb', 'jobs'],
    ['Kundens Jobs', 'jobs'],
    ['Kunde-gener', 'pains'],
    ['Kundens smärtor', 'pains'],
    ['Kundens vinster', 'gains'],
    ['Kunde-udbytte', 'gains'],
    ['Products and/or services', 'products'],
    ['Smertestillere', 'painRelievers'],
    ['Problemlösare', 'painRelievers'],
    // Typos: one in a long spelling, two in a very long one.
    ['Gain creaters', 'gainCreators'],
    ['Pain releivers', 'painRelievers'],
    ['Pains relievers', 'painRelievers'],
    ['Gains creators', 'gainCreators'],
    ['Custmer jobs', 'jobs'],
    ['Kundeuppgifter', 'jobs'],
    ['Produkts & Servises', 'products'],
    ['Gevinstskaber', 'gainCreators'],
    ['Smärtlindrar', 'painRelievers'],
    // Session 8: the abbreviation P&S, lettered and Roman numbering, definite forms, a common misspelling.
    ['P&S', 'products'],
    ['P & S', 'products'],
    ['4. P+S 📦', 'products'],
    ['P and S', 'products'],
    ['A. Customer jobs', 'jobs'],
    ['b) Pains', 'pains'],
    ['IV. Products & services', 'products'],
    ['F. GAIN CREATORS 🚀', 'gainCreators'],
    ['Smärtorna', 'pains'],
    ['Vinsterna', 'gains'],
    ['Fördelarna', 'gains'],
    ['Smerterne', 'pains'],
    ['Gevinsterne', 'gains'],
    ['Costumer jobs', 'jobs']
  ])('%j is %s', (label, zone) => {
    expect(matchDrawnZone(label)?.value).toBe(zone)
  })

  // Spellings from published templates and workshop boards (session 6 search): Strategyzer's own canvas ("Customer
  // Job(s)", "Gain Creators", "Pain Relievers", "Products & Services"), MindMeister's and merlin-ict's descriptions
  // ("Products and services"), numbered workshop templates ("1. Persona … 5. Gain creators 7. Products and
  // services", maiyajiaoan.com), markdown templates ("Customer Pains", "Desired Gains", "Pain Points", "Gain
  // Providers"; github buildingwithai/skills, aisandler/marketing-agent), the Danish pages (gnistbranding.dk
  // "smertestillere", "gevinstskabere", "produkt/service"; retailreinvented.dk "Kundejobs", "Kunde-gener",
  // "Kunde-udbytte"), and the shorthand people write in a crowded box ("Relievers", "Creators"). Labels wrapped by
  // hand over two lines are one label: "Pain\nrelievers" read as Pains with a note made the zone twice.
  it.each<[string, ZoneKey, boolean]>([
    ['Customer Job(s)', 'jobs', true],
    ['Step 1: Customer jobs', 'jobs', true],
    ['Steg 2 – Besvär', 'pains', true],
    ['Trin 3. Gevinster', 'gains', true],
    ['Relievers', 'painRelievers', true],
    ['Creators', 'gainCreators', true],
    ['Gain Providers', 'gainCreators', true],
    ['Desired Gains', 'gains', true],
    ['Customer Pains', 'pains', true],
    ['Services', 'products', true],
    ['Products + Services', 'products', true],
    ['Product(s) & Service(s)', 'products', true],
    ['Kundvinster', 'gains', true],
    ['Kundsmärtor', 'pains', true],
    ['Smärtstillare', 'painRelievers', true],
    ['Besvärslindrare', 'painRelievers', true],
    ['Kundegevinster', 'gains', true],
    ['Kundesmerter', 'pains', true],
    ['Pain\nrelievers', 'painRelievers', true],
    ['Gain\ncreators', 'gainCreators', true],
    ['Products\n& services', 'products', true],
    ['Customer\njobs', 'jobs', true],
    ['Smerte-\nlindrere', 'painRelievers', true],
    ['Pain\nrelievers\nHow do we ease them?', 'painRelievers', false],
    ['Pains\nWhat annoys the customer?', 'pains', false],
    ['Gains\n\n', 'gains', true]
  ])('%j is %s (exact: %s)', (label, zone, exact) => {
    const match = matchDrawnZone(label)
    expect(match?.value).toBe(zone)
    expect(match?.exact).toBe(exact)
  })

  it('a side title wrapped over two lines is still a side title, not a zone', () => {
    expect(matchDrawnSide('Customer\nprofile')?.value).toBe('customerProfile')
    expect(matchDrawnZone('Customer\nprofile')).toBeNull()
    expect(matchDrawnSide('Value\nmap')?.value).toBe('valueMap')
  })

  it('“Customer job(s)” is the label alone: exact', () => {
    expect(matchDrawnZone('Customer job(s)')?.exact).toBe(true)
    expect(matchDrawnZone('Pains (what hurts)')?.exact).toBe(false)
  })

  it.each([
    // Short words get no typo: one letter turns a gain into a pain.
    'Gans',
    'Jobz',
    'Paints',
    // A misspelt side title or BMC block is not a zone.
    'Custmer profile',
    'Value mapp',
    'Key activites',
    'Customer segmnts',
    'Revenue streams',
    // Not near enough.
    'Gain makers',
    'Product roadmap',
    'Pain relievers and gain creators'
  ])('%j is no zone, even with typos allowed', (label) => expect(matchDrawnZone(label)).toBeNull())

  it('typoDistance counts an adjacent swap as one edit and stops past its limit', () => {
    expect(typoDistance('relievers', 'releivers', 1)).toBe(1)
    expect(typoDistance('gaincreators', 'gaincreaters', 2)).toBe(1)
    expect(typoDistance('abc', 'abc', 0)).toBe(0)
    expect(typoDistance('customerjobs', 'customergains', 2)).toBe(3)
    expect(typoDistance('a', 'abcdef', 2)).toBe(3)
  })

  it('“Produkter” is Swedish and Danish', () => {
    expect(matchDrawnZone('Produkter')?.locales.sort()).toEqual(['da', 'sv'])
  })

  it.each([
    'What went well',
    'Action items',
    'Value map',
    'Customer profile',
    'Painful',
    'Gainsharing',
    'Key partners',
    'Pain relievers and gain creators',
    // A letter numbering only from A to H, with a space after it; a postscript or an initial is no label.
    'P.S.',
    'PS',
    'P&S&Q',
    'P. Pains',
    'A.Pains and more',
    'Z. Gains',
    ''
  ])('%j is no zone', (label) => expect(matchDrawnZone(label)).toBeNull())

  it('a label with a hint under it still names the zone, but is not exact', () => {
    expect(matchDrawnZone('Gains\nWhat would delight them?')).toMatchObject({ value: 'gains', exact: false })
    expect(matchDrawnZone('Gains')).toMatchObject({ value: 'gains', exact: true })
  })

  it('case, spacing and trailing punctuation never change a match (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ALL_SPELLINGS),
        fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
        fc.constantFrom('', ':', ' :', '.', '!', ' ', '\t'),
        fc.constantFrom('', '1. ', '# ', '  ', '→ '),
        ([label, zone], upper, tail, head) => {
          const cased = Array.from(label)
            .map((ch, i) => (upper[i % upper.length] ? ch.toUpperCase() : ch.toLowerCase()))
            .join('')
          expect(matchDrawnZone(`${head}${cased}${tail}`)?.value).toBe(zone)
        }
      )
    )
  })
})

describe('short labels with two letters swapped', () => {
  it.each<[string, ZoneKey]>([
    ['Pians', 'pains'],
    ['Gians', 'gains'],
    ['Jbos', 'jobs'],
    ['JOSB', 'jobs'],
    ['Pian', 'pains'],
    ['Gian', 'gains'],
    ['Jbob', 'jobs'],
    ['Tsaks', 'jobs'],
    ['Besvrä', 'pains'],
    ['Smreter', 'pains'],
    ['Geenr', 'pains'],
    ['Vinsetr', 'gains'],
    ['Fodrele', 'gains'],
    ['Prodcut', 'products'],
    ['Customr jobs', 'jobs'],
    ['2. Pians:', 'pains']
  ])('%j is %s', (label, zone) => expect(matchDrawnZone(label)?.value).toBe(zone))

  it.each([
    // A short word with a letter dropped, added or changed is too often another word.
    'Pins',
    'Paint',
    'Produce',
    'Gais',
    'Jobz',
    // Swaps that are words.
    'Genre',
    'Egner',
    // Ordinary words a typo away from a long spelling.
    'Ausgaben',
    'Schwerpunkte',
    'Relieved',
    'Believers',
    'Fördelas',
    'Smeltepunkter',
    // Phrases whose words run together come near a label, word by word they are not (found by the property below).
    'Plain reliefers',
    'Paint\nrelieved',
    'Customers jibs'
  ])('%j is no zone', (label) => expect(matchDrawnZone(label)).toBeNull())

  // Words of the lists that are a zone's own word, inflected: they name the zone on purpose.
  const INFLECTIONS: Record<string, ZoneKey> = {
    aufgabe: 'jobs',
    uppgiften: 'jobs',
    uppgifters: 'jobs',
    problem: 'pains',
    problems: 'pains',
    problemen: 'pains',
    problemet: 'pains',
    problemers: 'pains',
    schmerzes: 'pains',
    fordelars: 'gains',
    gevinsten: 'gains',
    gevinsterne: 'gains',
    fordelarna: 'gains',
    gevinsters: 'gains',
    vorteil: 'gains',
    vorteilen: 'gains',
    vorteiles: 'gains',
    vorteils: 'gains',
    service: 'products',
    servicen: 'products',
    servicens: 'products',
    servicer: 'products',
    servicers: 'products',
    servicet: 'products',
    servicets: 'products',
    produkt: 'products',
    produkten: 'products',
    produkters: 'products',
    produkts: 'products',
    produktet: 'products',
    produktes: 'products',
    painkiller: 'painRelievers',
    smertestillende: 'painRelievers',
    problemlosen: 'painRelievers',
    problemlosung: 'painRelievers',
    problemlosningen: 'painRelievers',
    problemlosnings: 'painRelievers',
    problemlosend: 'painRelievers',
    problemlosende: 'painRelievers',
    problemlosenden: 'painRelievers',
    schmerzlindernd: 'painRelievers',
    schmerzlindernder: 'painRelievers'
  }

  it('no ordinary word of the en, sv, da and de word lists near a zone name is a label, but a zone word inflected', () => {
    const wrong: string[] = []
    for (const word of ORDINARY_NEAR_WORDS) {
      const got = matchDrawnZone(word)?.value ?? null
      if (got !== (INFLECTIONS[labelKey(word)] ?? null)) wrong.push(`${word}: ${got}`)
    }
    expect(wrong).toEqual([])
  })

  it('sticky texts of ordinary words, cased and punctuated any way, are never labels (property)', () => {
    const ordinary = ORDINARY_NEAR_WORDS.filter((word) => INFLECTIONS[labelKey(word)] === undefined)
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...ordinary), { minLength: 1, maxLength: 3 }),
        fc.constantFrom(' ', '\n', ' - ', ', '),
        fc.constantFrom('', '!', '?', ':', ' …'),
        fc.boolean(),
        (words, gap, tail, upper) => {
          const text = words.join(gap) + tail
          expect(matchDrawnZone(upper ? text.toUpperCase() : text)).toBeNull()
        }
      ),
      { numRuns: 2000 }
    )
  })
})

describe('side titles and named fields', () => {
  it.each([
    ['Customer Profile', 'customerProfile'],
    ['Kundprofil', 'customerProfile'],
    ['Værdikort', 'valueMap'],
    ['VALUE MAP', 'valueMap']
  ] as const)('%j is the %s', (title, side) => expect(matchDrawnSide(title)?.value).toBe(side))

  it.each([
    ['Segment: Busy parents', { field: 'segment', value: 'Busy parents' }],
    ['Kundsegment – Småbarnsföräldrar', { field: 'segment', value: 'Småbarnsföräldrar' }],
    ['Tilbud: El-cykel abonnement', { field: 'product', value: 'El-cykel abonnement' }],
    ['Offer: Fitness app\nmore', { field: 'product', value: 'Fitness app' }],
    ['Segment:', null],
    ['Pains: long waits', null],
    ['Busy parents', null]
  ] as const)('%j', (textValue, expected) => expect(matchNamedField(textValue)).toEqual(expected))
})

describe('typo matching on big boards (work counted, not timed)', () => {
  it('compares few spellings letter by letter, and none again for a text already seen', () => {
    // 3,000 distinct short texts as a retro or a flowchart has them: none is a zone label.
    const texts = Array.from(
      { length: 3000 },
      (_, i) =>
        ['Retro note', 'Step', 'Decision', 'Customers say', 'Process'][i % 5] +
        ` ${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + ((i / 26) % 26))}${String.fromCharCode(97 + ((i / 676) % 26))}`
    )
    const before = TYPO_WORK.compared
    for (const label of texts) expect(matchDrawnZone(label)).toBeNull()
    const first = TYPO_WORK.compared - before
    // Without the length and letter filters every text would be compared with every long spelling (about 150).
    expect(first).toBeLessThan(texts.length)
    for (const label of texts) matchDrawnZone(label)
    expect(TYPO_WORK.compared - before).toBe(first)
  })
})
