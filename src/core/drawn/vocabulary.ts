/**
 * The words people write on canvases they draw themselves: the six zone labels and the two side titles, in
 * English, Swedish, Danish and German, with the languages each spelling belongs to (a drawing's language is the
 * one most of its labels are written in).
 *
 * Labels are compared by `labelKey` (the same compact key the hand-drawn BMC recognition uses): case, accents,
 * punctuation, numbering, emoji, a description after a colon and the words for "and" (and, och, og, und, &, /)
 * do not matter, so "1. Customer Jobs:", "PRODUCTS & SERVICES" and "Produkt / Service" all match. Only whole
 * labels match: "Pain relievers and gain creators" or "Painful" do not. Long labels survive a typo or two.
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
      'Tasks',
      'Customer jobs to be done',
      'Customer job to be done',
      'Customer tasks',
      'Costumer jobs'
    ],
    sv: [
      'Arbete som ska utföras',
      'Arbeten som ska utföras',
      'Arbete att utföra',
      'Kundens uppgifter',
      'Kunduppgifter',
      'Uppgifter',
      'Kundjobb',
      'Jobb',
      'Kundens jobb',
      'Jobb att utföra'
    ],
    da: [
      'Kundeopgaver',
      'Kundens opgaver',
      'Opgaver',
      'Kundejobs',
      'Kundejob',
      'Kundens jobs',
      'Jobs der skal udføres'
    ],
    de: ['Kundenaufgaben', 'Aufgaben', 'Kundenjobs', 'Jobs to be done']
  },
  pains: {
    en: ['Pains', 'Pain', 'Customer pains', 'Customer pain', 'Pain points', 'Pain point'],
    sv: [
      'Besvär',
      'Kundens besvär',
      'Smärtor',
      'Kundens smärtor',
      'Smärtpunkter',
      'Kundsmärtor',
      'Kundbesvär',
      'Smärtorna'
    ],
    da: [
      'Smerter',
      'Kundens smerter',
      'Smertepunkter',
      'Problemer',
      'Kundens problemer',
      'Gener',
      'Kundegener',
      'Kundens gener',
      'Kundesmerter',
      'Smerterne'
    ],
    de: ['Probleme', 'Kundenprobleme', 'Schmerzen', 'Schmerzpunkte']
  },
  gains: {
    en: ['Gains', 'Gain', 'Customer gains', 'Customer gain', 'Desired gains'],
    sv: [
      'Fördelar',
      'Kundens fördelar',
      'Vinster',
      'Kundens vinster',
      'Nyttor',
      'Kundvinster',
      'Kundfördelar',
      'Vinsterna',
      'Fördelarna'
    ],
    da: [
      'Gevinster',
      'Kundens gevinster',
      'Fordele',
      'Udbytte',
      'Kundeudbytte',
      'Kundens udbytte',
      'Kundegevinster',
      'Gevinsterne'
    ],
    de: ['Gewinne', 'Kundengewinne', 'Vorteile']
  },
  products: {
    en: [
      'Products & services',
      'Product & services',
      'Products & service',
      'Product & service',
      'Products',
      'Product',
      'Services & products',
      'Products or services',
      'Services'
    ],
    sv: ['Produkter och tjänster', 'Produkt och tjänst', 'Produkter', 'Tjänster och produkter'],
    da: [
      'Produkter og services',
      'Produkter og tjenester',
      'Produkter og ydelser',
      'Produkt og service',
      'Produkt / Service',
      'Produkter',
      'Produkter og tjenesteydelser',
      'Produkter og serviceydelser'
    ],
    de: ['Produkte und Dienstleistungen', 'Produkte & Services', 'Produkte']
  },
  painRelievers: {
    en: ['Pain relievers', 'Pain reliever', 'Pain relief', 'Pain killers', 'Painkillers', 'Relievers', 'Reliever'],
    sv: ['Besvärsdämpare', 'Smärtlindrare', 'Smärtlindring', 'Problemlösare', 'Smärtstillare', 'Besvärslindrare'],
    da: [
      'Smertelindrere',
      'Smertelindrer',
      'Smertelindring',
      'Smertestillere',
      'Smertestiller',
      'Problemløsere',
      'Problemløsning'
    ],
    de: ['Problemlöser', 'Schmerzlinderer', 'Problemlösungen']
  },
  gainCreators: {
    en: ['Gain creators', 'Gain creator', 'Creators', 'Creator', 'Gain providers'],
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

/**
 * A label's words as compared for typos: the keys of its runs of letters ("Customer jobs" is customer, jobs;
 * "Jobs-to-be-done" jobs, to, be, done), while they make up its whole key; else the key as one word.
 */
export function labelWords(text: string): string[] {
  const key = labelKey(text)
  const words: string[] = []
  let joined = ''
  for (const chunk of text.split(/[^A-Za-z\u00c0-\u024f()]+/)) {
    if (joined.length >= key.length) break
    const word = labelKey(chunk)
    if (word === '') continue
    words.push(word)
    joined += word
  }
  return joined === key ? words : [key]
}

/** Each spelling's words, by key (several labels may share a key: "Products & services", "Products and services"). */
const SPELLING_WORDS = new Map<string, string[][]>()

function keyTable<K extends string>(vocabulary: Vocabulary<K>): KeyTable<K> {
  const table: KeyTable<K> = new Map()
  for (const value of Object.keys(vocabulary) as K[]) {
    for (const locale of LABEL_LOCALES) {
      for (const label of vocabulary[value][locale]) {
        const key = labelKey(label)
        const words = SPELLING_WORDS.get(key) ?? []
        words.push(labelWords(label))
        SPELLING_WORDS.set(key, words)
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
// Built on first use (the index functions are declared further down).
let zoneTypos: TypoIndex<ZoneKey> | null = null
let sideTypos: TypoIndex<DrawnSide> | null = null
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
  // "Customer job(s)" is the label itself; "Pains (what hurts)" has a description.
  const plain = text.replace(/\((?:s|n|e|en|er|na|ne)\)/gi, '')
  return lines.length <= 1 && !/[:|(]\s*\S/.test(plain)
}

/** Keys this long may carry one typo ("Gain creaters", "Pain releivers"); from `TWO_TYPOS` on, two. */
const ONE_TYPO = 8
const TWO_TYPOS = 12
/**
 * Shorter keys, from this length on, survive only two neighbouring letters swapped ("Pians", "Gians", "Jbos"): a
 * dropped, added or changed letter in a short word is too often another word ("Pins", "Paint", "Produce").
 */
const SWAP_TYPO = 4
/**
 * Ordinary words (as keys) a typo away from a spelling: never taken for a misspelt label. Found by running every
 * word of Debian's word lists (wamerican, wswedish, wdanish, wngerman; common words, not names) through
 * `matchDrawnZone`: "Genre" is a word, not Danish "Gener"; "Ausgaben" (expenses) and "Schwerpunkte" are no German
 * "Aufgaben" and "Schmerzpunkte", "relieved" no reliever, "fördelas" no "Fördelar". Words that are a label's own
 * inflection ("Problems", "Produkten", "Vorteil", "smertestillende") still match. The words of those lists near a
 * spelling are kept in `tests/core/drawn/ordinary-words.ts`, and a test runs them all.
 */
const ORDINARY_WORDS: ReadonlySet<string> = new Set([
  'aufgabeln', 'aufgeben', 'aufhaben', 'ausgaben', 'believer', 'believers', 'cervices', 'egner', 'fordela',
  'fordelad', 'fordelas', 'fordelat', 'fordeler', 'forfelar', 'genre', 'gewinnbringend', 'kreators', 'pinpoint',
  'pinpoints', 'problemlos', 'problemlose', 'problemlosem', 'problemloses', 'problemlost', 'produces', 'reliefer',
  'reliefers', 'relieve', 'relieved', 'relieves', 'scherzen', 'schmelzen', 'schmelzpunkt', 'schmelzpunkte',
  'schmelzpunkten', 'schmelzpunktes', 'schmelzpunkts', 'schmerze', 'schmerzend', 'schmerzlicherer', 'schmerzten',
  'schwerpunkte', 'serviced', 'serviles', 'smeltepunkter', 'smeltepunkters', 'smeltepunktet', 'startpunkte',
  'startpunkten', 'startpunktes', 'verteile', 'voreile'
])
/** Keys longer than this are sentences, never labels: they are not compared letter by letter. */
const LONGEST_LABEL = 40

/**
 * Edit distance with adjacent transpositions (optimal string alignment), or `max + 1` once it exceeds `max`:
 * "releivers" is one edit from "relievers".
 */
export function typoDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  let before: number[] = []
  let previous: number[] = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current: number[] = [i]
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, (before[j - 2] as number) + 1)
      current.push(value)
      rowMin = Math.min(rowMin, value)
    }
    if (rowMin > max) return max + 1
    before = previous
    previous = current
  }
  return previous[b.length] as number
}

interface Spelling<K extends string> {
  key: string
  entries: Array<{ value: K; locale: LabelLocale }>
  /** How often each letter a-z occurs: an edit changes these counts by at most 2 in all. */
  letters: Uint8Array
  /** The words of the labels spelt so. */
  words: string[][]
}

function letterCounts(key: string): Uint8Array {
  const counts = new Uint8Array(26)
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i) - 97
    if (code >= 0 && code < 26) counts[code] = (counts[code] as number) + 1
  }
  return counts
}

/** The spellings that may carry a typo, by length, and the answers already found (boards repeat their texts). */
interface TypoIndex<K extends string> {
  byLength: Map<number, Array<Spelling<K>>>
  answers: Map<string, Array<{ value: K; locale: LabelLocale }> | null>
}

/** Work done by typo matching, for tests that count work instead of timing it: spellings compared letter by letter. */
export const TYPO_WORK = { compared: 0 }

/** Texts remembered per table before the memory starts again: a big board's distinct short texts. */
const TYPO_MEMORY = 10_000

/** Whether `a` is `b` with two different neighbouring letters swapped. */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false
  let i = 0
  while (i < a.length && a[i] === b[i]) i++
  return (
    i + 1 < a.length && a[i] !== a[i + 1] && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)
  )
}

function typoIndex<K extends string>(table: KeyTable<K>): TypoIndex<K> {
  const byLength = new Map<number, Array<Spelling<K>>>()
  table.forEach((entries, key) => {
    if (key.length < SWAP_TYPO) return
    const list = byLength.get(key.length) ?? []
    list.push({ key, entries, letters: letterCounts(key), words: SPELLING_WORDS.get(key) ?? [[key]] })
    byLength.set(key.length, list)
  })
  return { byLength, answers: new Map() }
}

/**
 * The entries of the one spelling a typo away from `key`, or undefined when none is, or when spellings of two
 * different values are equally near (then the label is not guessed). Only spellings of a near length and with
 * nearly the same letters are compared letter by letter.
 */
/**
 * Whether a misspelt label of several words misspells a spelling word by word: as many words, each the same, two
 * neighbouring letters swapped, a plural's s more or less, or (words of eight letters or more) a typo, two from
 * twelve. Ordinary phrases ("plain reliefers", "paint relieved") are near a label only when their words are run
 * together.
 */
function wordsAgree(text: readonly string[], spelling: readonly string[]): boolean {
  if (text.length !== spelling.length) return false
  return text.every((word, i) => {
    const own = spelling[i] as string
    if (word === own || swapped(word, own) || word === `${own}s` || own === `${word}s`) return true
    if (own.length < ONE_TYPO) return false
    const allowed = own.length >= TWO_TYPOS ? 2 : 1
    return typoDistance(word, own, allowed) <= allowed
  })
}

function nearestEntries<K extends string>(
  index: TypoIndex<K>,
  key: string,
  words: readonly string[]
): Array<{ value: K; locale: LabelLocale }> | undefined {
  if (key.length < SWAP_TYPO || key.length > LONGEST_LABEL || ORDINARY_WORDS.has(key)) return undefined
  // Several words are compared word by word too: the answer is remembered by the words, not only the key.
  const memo = words.length > 1 ? words.join(' ') : key
  const agrees = (spelling: Spelling<K>): boolean =>
    words.length <= 1 || spelling.words.some((own) => wordsAgree(words, own))
  const known = index.answers.get(memo)
  if (known !== undefined) return known ?? undefined
  const letters = letterCounts(key)
  let best: Spelling<K> | null = null
  let bestDistance = Infinity
  let tied = false
  for (let length = key.length - 2; length <= key.length + 2; length++) {
    for (const spelling of index.byLength.get(length) ?? []) {
      if (spelling.key.length < ONE_TYPO || key.length < ONE_TYPO - 1) {
        // A short spelling (or text): one swap of neighbouring letters, nothing else.
        if (!swapped(key, spelling.key) || !agrees(spelling)) continue
        TYPO_WORK.compared += 1
        if (1 < bestDistance) {
          best = spelling
          bestDistance = 1
          tied = false
        } else if (bestDistance === 1 && best?.entries[0]?.value !== spelling.entries[0]?.value) tied = true
        continue
      }
      const allowed = spelling.key.length >= TWO_TYPOS ? 2 : 1
      if (Math.abs(spelling.key.length - key.length) > allowed) continue
      let apart = 0
      for (let i = 0; i < 26; i++) apart += Math.abs((letters[i] as number) - (spelling.letters[i] as number))
      if (apart > 2 * allowed) continue
      TYPO_WORK.compared += 1
      const distance = typoDistance(key, spelling.key, allowed)
      if (distance > allowed || !agrees(spelling)) continue
      if (distance < bestDistance) {
        best = spelling
        bestDistance = distance
        tied = false
      } else if (distance === bestDistance && best?.entries[0]?.value !== spelling.entries[0]?.value) tied = true
    }
  }
  const answer = best && !tied ? best.entries : null
  if (index.answers.size >= TYPO_MEMORY) index.answers.clear()
  index.answers.set(memo, answer)
  return answer ?? undefined
}

/** A step number written before a label: "Step 1: Customer jobs", "Steg 2 – Besvär", "Trin 3. Gevinster". */
const STEP_PREFIX = /^\s*(?:step|steg|trin|schritt)\s*\d+\s*(?:[:.)]|\s[-–—])?\s*/i
/**
 * A letter or a Roman numeral numbering a label, with a full stop or a bracket and a space: "A. Customer jobs",
 * "b) Pains", "IV. Products". Only A to H and I to VIII: "P. S." or a name's initial is no numbering of six zones.
 */
const LETTER_PREFIX = /^\s*(?:[a-h]|i{1,3}|iv|vi{0,3})[.)]\s+(?=\S)/i
const LINES = /\r\n|\r|\n|\u2028|\u2029/

/**
 * A label as written, also when it is wrapped by hand over two or three lines ("Pain\nrelievers" is one label,
 * not Pains with a note): the lines joined are tried first, then the first line alone (a label with a description
 * under it). Exact only when the label is all the text.
 */
function lookUp<K extends string>(
  table: KeyTable<K>,
  text: string,
  typos: TypoIndex<K> | null
): LabelMatch<K> | null {
  const lines = text
    .replace(STEP_PREFIX, '')
    .replace(LETTER_PREFIX, '')
    .split(LINES)
    .map((line) => line.trim())
    .filter((line) => line !== '')
  for (let count = Math.min(lines.length, 3); count >= 2; count--) {
    const joined = lines.slice(0, count).join(' ')
    const match = lookUpLine(table, joined, typos)
    if (match) return { ...match, exact: match.exact && count === lines.length }
  }
  return lookUpLine(table, lines.join('\n'), typos)
}

function lookUpLine<K extends string>(
  table: KeyTable<K>,
  text: string,
  typos: TypoIndex<K> | null
): LabelMatch<K> | null {
  const key = labelKey(text)
  if (key === '') return null
  const entries = table.get(key) ?? (typos ? nearestEntries(typos, key, labelWords(text)) : undefined)
  const first = entries?.[0]
  if (!entries || !first) return null
  // One spelling never names two different zones (a test pins that), so the first entry's zone is the zone.
  return { value: first.value, locales: entries.map((e) => e.locale), exact: isExact(text) }
}

/**
 * "P&S" (also "P + S", "P/S", "P and S", numbered or with emoji around it): the products and services. Written
 * with its joining sign or word only, so a postscript "P.S." or the letters "PS" are no label.
 */
const PRODUCTS_SHORT = /^[^A-Za-z]*p\s*(?:&|\+|\/|\s(?:and|och|og|und)\s)\s*s[^A-Za-z]*$/i

/**
 * The zone a label names, in en, sv, da or de, with the languages of that spelling; null for anything else. A
 * spelling of eight letters or more also matches with one typo, of twelve or more with two ("Gain creaters",
 * "Custmer jobs", "Kundeuppgifter"), one of four to seven letters with two neighbouring letters swapped ("Pians",
 * "Jbos") unless that is an ordinary word ("Genre"), and never when the typo is as near to a side title or to
 * another zone's spelling.
 */
export function matchDrawnZone(text: string): LabelMatch<ZoneKey> | null {
  if (PRODUCTS_SHORT.test(text)) return { value: 'products', locales: ['en'], exact: true }
  const exact = lookUp(ZONE_TABLE, text, null)
  if (exact) return exact
  zoneTypos ??= typoIndex(ZONE_TABLE)
  sideTypos ??= typoIndex(SIDE_TABLE)
  // A misspelt side title ("Custmer profile") is not a zone.
  if (lookUp(SIDE_TABLE, text, sideTypos)) return null
  return lookUp(ZONE_TABLE, text, zoneTypos)
}

/** The side a title names ("Customer profile", "Värdekarta"), or null. */
export function matchDrawnSide(text: string): LabelMatch<DrawnSide> | null {
  return lookUp(SIDE_TABLE, text, null)
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

/**
 * Words that make a section's name a title of the board or the tool rather than a customer segment: FigJam's
 * default names ("Section 1"), the canvas's own names, and what workshop boards call their parts.
 */
const NOT_A_SEGMENT: ReadonlySet<string> = new Set(
  'section sektion group grupp gruppe frame canvas kanvas lærred vpc bmc template mall skabelon vorlage workshop board tavla tavle exercise övning øvelse copy kopia kopi'.split(
    ' '
  )
)
/**
 * What separates a name's words: anything but a Latin letter or a digit. Not `\b`, which knows only ASCII letters, so
 * "Övning" and "Øvelse" at the start of a name had no word boundary before them.
 */
const NOT_A_WORD = /[^a-z0-9\u00c0-\u024f]+/

/**
 * The segment a section's name gives the canvas drawn in it ("Busy parents"), or '' when the name is FigJam's
 * default, the canvas's or a side's title, a zone's name or a board's title ("VPC workshop", "Section 2"). A name
 * written as "Segment: Busy parents" gives its value.
 */
export function segmentFromName(name: string): string {
  const field = matchNamedField(name)
  if (field) return field.field === 'segment' ? field.value : ''
  const trimmed = name.trim()
  if (labelKey(trimmed) === '' || trimmed.toLowerCase().split(NOT_A_WORD).some((word) => NOT_A_SEGMENT.has(word)))
    return ''
  if (matchDrawnZone(trimmed) || matchDrawnSide(trimmed) || matchBmcTitle(trimmed)) return ''
  return trimmed
}

/** "Value proposition canvas", "Business model canvas" and the like, in the four languages (caught by words). */
function matchBmcTitle(name: string): boolean {
  return /value\s*prop|värdeerbjudande|værditilbud|wertangebot|business\s*model|affärsmodell|forretningsmodel|geschäftsmodell/i.test(name)
}
