/**
 * The words people write on canvases they draw themselves: the six zone labels and the two side titles, in
 * English, Swedish, Danish and German, with the languages each spelling belongs to (a drawing's language is the
 * one most of its labels are written in).
 *
 * Labels are compared by `labelKey` (the same compact key the hand-drawn BMC recognition uses): case, accents,
 * punctuation, numbering, emoji, a description after a colon and the words for "and" (and, och, og, und, &, /)
 * do not matter, so "1. Customer Jobs:", "PRODUCTS & SERVICES" and "Produkt / Service" all match. Only whole
 * labels match: "Pain relievers and gain creators" or "Painful" do not.
 */
// eslint-disable-next-line layers/imports -- label keys and BMC labels move into the core with issue 15's BMC stage
import { labelKey } from '../../i18n/bmc-blocks'
import type { ZoneKey } from '../types'
import { ZONE_KEYS } from '../types'

/** The languages labels are recognised in; German boards are read, the plugin itself speaks en, sv, da. */
export const LABEL_LOCALES = ['en', 'sv', 'da', 'de'] as const
export type LabelLocale = (typeof LABEL_LOCALES)[number]

export type DrawnSide = 'customerProfile' | 'valueMap'

type Vocabulary<K extends string> = Record<K, Record<LabelLocale, readonly string[]>>

/**
 * Zone names seen on real boards. Swedish includes the Swedish seed's own terms ("Arbete som ska utföras",
 * "Besvär", "Fördelar", "Produkter och tjänster", "Besvärsdämpare", "Fördelsskapare"); Danish the Danish BMC
 * seed's words for the customer side ("opgaver", "problemer", "Produkter og tjenester", "Produkt / Service").
 */
export const ZONE_VOCABULARY: Vocabulary<ZoneKey> = {
  jobs: {
    en: [
      'Customer jobs',
      'Customer job',
      'Jobs',
      'Job',
      'Jobs to be done',
      'Job to be done',
      'JTBD',
      'Tasks'
    ],
    sv: [
      'Arbete som ska utföras',
      'Arbeten som ska utföras',
      'Arbete att utföra',
      'Kundens uppgifter',
      'Kunduppgifter',
      'Uppgifter',
      'Kundjobb',
      'Jobb'
    ],
    da: ['Kundeopgaver', 'Kundens opgaver', 'Opgaver', 'Kundejobs', 'Jobs der skal udføres'],
    de: ['Kundenaufgaben', 'Aufgaben', 'Kundenjobs', 'Jobs to be done']
  },
  pains: {
    en: ['Pains', 'Pain', 'Customer pains', 'Pain points'],
    sv: ['Besvär', 'Kundens besvär', 'Smärtor', 'Smärtpunkter'],
    da: ['Smerter', 'Kundens smerter', 'Smertepunkter', 'Problemer', 'Kundens problemer'],
    de: ['Probleme', 'Kundenprobleme', 'Schmerzen', 'Schmerzpunkte']
  },
  gains: {
    en: ['Gains', 'Gain', 'Customer gains'],
    sv: ['Fördelar', 'Kundens fördelar', 'Vinster', 'Nyttor'],
    da: ['Gevinster', 'Kundens gevinster', 'Fordele'],
    de: ['Gewinne', 'Kundengewinne', 'Vorteile']
  },
  products: {
    en: [
      'Products & services',
      'Product & services',
      'Products & service',
      'Product & service',
      'Products',
      'Services & products'
    ],
    sv: ['Produkter och tjänster', 'Produkt och tjänst', 'Produkter', 'Tjänster och produkter'],
    da: [
      'Produkter og services',
      'Produkter og tjenester',
      'Produkter og ydelser',
      'Produkt og service',
      'Produkt / Service',
      'Produkter'
    ],
    de: ['Produkte und Dienstleistungen', 'Produkte & Services', 'Produkte']
  },
  painRelievers: {
    en: ['Pain relievers', 'Pain reliever', 'Pain relief', 'Pain killers', 'Painkillers'],
    sv: ['Besvärsdämpare', 'Smärtlindrare', 'Smärtlindring'],
    da: ['Smertelindrere', 'Smertelindrer', 'Smertelindring', 'Problemløsere', 'Problemløsning'],
    de: ['Problemlöser', 'Schmerzlinderer', 'Problemlösungen']
  },
  gainCreators: {
    en: ['Gain creators', 'Gain creator'],
    sv: ['Fördelsskapare', 'Vinstskapare', 'Nyttoskapare'],
    da: ['Gevinstskabere', 'Gevinstskaber', 'Fordelsskabere'],
    de: ['Gewinnerzeuger', 'Gewinnbringer', 'Nutzenstifter']
  }
}

/** Titles of the two halves: they name a side, not a zone. */
export const SIDE_VOCABULARY: Vocabulary<DrawnSide> = {
  customerProfile: {
    en: ['Customer profile', 'Customer segment'],
    sv: ['Kundprofil', 'Kundsegment'],
    da: ['Kundeprofil', 'Kundesegment'],
    de: ['Kundenprofil', 'Kundensegment']
  },
  valueMap: {
    en: ['Value map', 'Value proposition'],
    sv: ['Värdekarta', 'Värdeerbjudande'],
    da: ['Værdikort', 'Værditilbud'],
    de: ['Werte-Map', 'Wertekarte', 'Wertangebot']
  }
}

/** Words that introduce the segment or the offer a drawing names: "Segment: Busy parents", "Tilbud: E-cykel". */
const FIELD_VOCABULARY: Record<'segment' | 'product', readonly string[]> = {
  segment: [
    'Segment',
    'Customer segment',
    'Customer',
    'Kundsegment',
    'Kund',
    'Målgrupp',
    'Kundesegment',
    'Kunde',
    'Målgruppe',
    'Kundensegment',
    'Zielgruppe'
  ],
  product: [
    'Offer',
    'Product',
    'Value proposition',
    'Erbjudande',
    'Produkt',
    'Värdeerbjudande',
    'Tilbud',
    'Værditilbud',
    'Angebot',
    'Wertangebot'
  ]
}

type KeyTable<K extends string> = Map<string, Array<{ value: K; locale: LabelLocale }>>

function keyTable<K extends string>(vocabulary: Vocabulary<K>): KeyTable<K> {
  const table: KeyTable<K> = new Map()
  for (const value of Object.keys(vocabulary) as K[]) {
    for (const locale of LABEL_LOCALES) {
      for (const label of vocabulary[value][locale]) {
        const key = labelKey(label)
        const entries = table.get(key) ?? []
        if (!entries.some((e) => e.value === value && e.locale === locale)) entries.push({ value, locale })
        table.set(key, entries)
      }
    }
  }
  return table
}

const ZONE_TABLE = keyTable(ZONE_VOCABULARY)
const SIDE_TABLE = keyTable(SIDE_VOCABULARY)
const FIELD_KEYS: Record<'segment' | 'product', Set<string>> = {
  segment: new Set(FIELD_VOCABULARY.segment.map(labelKey)),
  product: new Set(FIELD_VOCABULARY.product.map(labelKey))
}

export interface LabelMatch<K extends string> {
  value: K
  /** Every language this spelling is used in ("Produkter" is Swedish and Danish). */
  locales: LabelLocale[]
  /** The text is the label and nothing else (no second line, no description after a colon). */
  exact: boolean
}

function isExact(text: string): boolean {
  const lines = text.split(/\r\n|\r|\n|\u2028|\u2029/).filter((line) => line.trim() !== '')
  return lines.length <= 1 && !/[:|(]\s*\S/.test(text)
}

function lookUp<K extends string>(table: KeyTable<K>, text: string): LabelMatch<K> | null {
  const key = labelKey(text)
  if (key === '') return null
  const entries = table.get(key)
  const first = entries?.[0]
  if (!entries || !first) return null
  // One spelling never names two different zones (a test pins that), so the first entry's zone is the zone.
  return { value: first.value, locales: entries.map((e) => e.locale), exact: isExact(text) }
}

/** The zone a label names, in en, sv, da or de, with the languages of that spelling; null for anything else. */
export function matchDrawnZone(text: string): LabelMatch<ZoneKey> | null {
  return lookUp(ZONE_TABLE, text)
}

/** The side a title names ("Customer profile", "Värdekarta"), or null. */
export function matchDrawnSide(text: string): LabelMatch<DrawnSide> | null {
  return lookUp(SIDE_TABLE, text)
}

/**
 * The segment or offer a text names as "Segment: Busy parents" / "Erbjudande – Matkasse" (keyword, separator,
 * value on the same line), or null. The value is trimmed and kept as written.
 */
export function matchNamedField(text: string): { field: 'segment' | 'product'; value: string } | null {
  const line = text.split(/\r\n|\r|\n/).find((l) => l.trim() !== '') ?? ''
  const cut = /\s*(?::|\s[-–—]\s)\s*/.exec(line)
  if (!cut || cut.index === 0) return null
  const key = labelKey(line.slice(0, cut.index))
  const value = line.slice(cut.index + cut[0].length).trim()
  if (value === '' || key === '') return null
  if (FIELD_KEYS.segment.has(key)) return { field: 'segment', value }
  if (FIELD_KEYS.product.has(key)) return { field: 'product', value }
  return null
}

/** Which side a zone is on. */
export function sideOfZone(zone: ZoneKey): DrawnSide {
  return zone === 'jobs' || zone === 'pains' || zone === 'gains' ? 'customerProfile' : 'valueMap'
}

/** The zones of one side, in the method's order. */
export function zonesOfSide(side: DrawnSide): ZoneKey[] {
  return ZONE_KEYS.filter((zone) => sideOfZone(zone) === side)
}
