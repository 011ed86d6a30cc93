/**
 * The nine Business Model Canvas blocks, and recognition of labels people write on boards: BMC blocks drawn by
 * hand (for the summary stickies) and VPC zones, in English, Swedish, Danish and, for the two BMC blocks the
 * summary writes into, German.
 *
 * Recognition works on a "compact key" of the label: the first line that has a letter, lower-cased, accents
 * folded (ä -> a, ø -> o, æ -> ae), leading numbering and emoji dropped, anything after a separator (`:`, `(`,
 * `|`, a dash between spaces) dropped, and the remaining words glued together without the words for "and".
 * "3. Value Propositions:", "🎁 value proposition(s)" and "VALUE-PROPOSITIONS" all become `valuepropositions` /
 * `valueproposition`; the key is then looked up in fixed sets, so only whole labels match: "Value map",
 * "Customer relationships" or "Value proposition canvas" do not.
 */
import type { BmcBlockKey, BmcSummaryBlock, Locale, ZoneKey } from '../../contract/vocabulary'
import { BMC_BLOCK_KEYS, LOCALES, ZONE_KEYS } from '../../contract/vocabulary'
import { bmcCatalog } from './catalog/bmc'
import { canvasCatalog } from '../../contract/i18n/catalog/canvas'

export { BMC_BLOCK_KEYS }
export type { BmcBlockKey }

/** The two blocks the VPC summary writes into. */
export type { BmcSummaryBlock }

export function isBmcBlockKey(value: unknown): value is BmcBlockKey {
  return typeof value === 'string' && (BMC_BLOCK_KEYS as readonly string[]).indexOf(value) >= 0
}

// ---------------------------------------------------------------------------
// Normalisation
// ---------------------------------------------------------------------------

/** Precomposed letters folded to plain ASCII; decomposed accents are removed as combining marks. */
const FOLD: Record<string, string> = {
  à: 'a',
  á: 'a',
  â: 'a',
  ã: 'a',
  ä: 'a',
  å: 'a',
  ā: 'a',
  è: 'e',
  é: 'e',
  ê: 'e',
  ë: 'e',
  ì: 'i',
  í: 'i',
  î: 'i',
  ï: 'i',
  ò: 'o',
  ó: 'o',
  ô: 'o',
  õ: 'o',
  ö: 'o',
  ø: 'o',
  ù: 'u',
  ú: 'u',
  û: 'u',
  ü: 'u',
  ý: 'y',
  ÿ: 'y',
  ç: 'c',
  ñ: 'n',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss'
}

const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/
/** Soft hyphen and zero-width characters (joiners, marks, BOM): invisible, so they must not change a match. */
const INVISIBLE = /[\u00ad\u200b-\u200f\u2060\ufeff]/g
const COMBINING = /[\u0300-\u036f]/g
/** "(s)", "(n)", "(er)" as in "Value proposition(s)", "Värdeerbjudande(n)", "Kundesegment(er)". */
const OPTIONAL_ENDING = /\((?:s|n|e|en|er|na|ne)\)/g
/** Where a label stops and a description starts: "Customer segments: who we serve", "Pains (3)". */
const SEPARATOR = /\s[-–—]\s|[:|(–—[]/
/** Words for "and" (and the sign), left out so "Products & services" = "Products and services". */
const CONJUNCTIONS: Record<string, true> = { and: true, och: true, og: true, und: true }

/** Lower case, folded accents, invisible characters removed. */
function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(INVISIBLE, '')
    .replace(COMBINING, '')
    .replace(/[\u0080-\uffff]/g, (ch) => FOLD[ch] ?? ch)
}

/**
 * The compact key of a label (see the file comment); '' when the label has no Latin letter at all.
 * Exported for tests and for callers that want to compare labels the same way.
 */
export function labelKey(label: string): string {
  const lines = String(label).split(LINE_BREAK)
  let line = ''
  for (const candidate of lines) {
    const folded = fold(candidate)
    if (/[a-z]/.test(folded)) {
      line = folded
      break
    }
  }
  if (line === '') return ''
  let text = line.replace(OPTIONAL_ENDING, '').replace(/^[^a-z]+/, '')
  const cut = SEPARATOR.exec(text)
  if (cut) text = text.slice(0, cut.index)
  return text
    .split(/[^a-z]+/)
    .filter((word) => word !== '' && CONJUNCTIONS[word] !== true)
    .join('')
}

function keySet(labels: readonly string[]): Record<string, true> {
  const set: Record<string, true> = {}
  for (const label of labels) {
    const key = labelKey(label)
    if (key !== '') set[key] = true
  }
  return set
}

// ---------------------------------------------------------------------------
// BMC blocks
// ---------------------------------------------------------------------------

/** Labels seen on hand-drawn BMCs, besides this plugin's own labels (added from the catalog below). */
const SUMMARY_BLOCK_LABELS: Record<BmcSummaryBlock, readonly string[]> = {
  valuePropositions: [
    'Value propositions',
    'Value proposition',
    'Value props',
    'Value prop',
    'Värdeerbjudande',
    'Värdeerbjudanden',
    'Värdeerbjudandet',
    'Värdeerbjudandena',
    'Værditilbud',
    'Værditilbuddet',
    'Værditilbuddene',
    'Wertangebote',
    'Wertangebot',
    'Wertversprechen',
    'Nutzenversprechen'
  ],
  customerSegments: [
    'Customer segments',
    'Customer segment',
    'Kundsegment',
    'Kundsegmentet',
    'Kundsegmenten',
    'Kundesegment',
    'Kundesegmentet',
    'Kundesegmenter',
    'Kundesegmenterne',
    'Kundensegmente',
    'Kundensegment'
  ]
}

/** The label under `key` in every locale of a catalog part, so this plugin's own labels always match. */
function catalogLabels(part: Record<Locale, Record<string, string>>, key: string): string[] {
  const labels: string[] = []
  for (const locale of LOCALES) {
    const label = part[locale][key]
    if (label !== undefined) labels.push(label)
  }
  return labels
}

const SUMMARY_BLOCK_KEYS: Record<BmcSummaryBlock, Record<string, true>> = {
  valuePropositions: keySet([
    ...SUMMARY_BLOCK_LABELS.valuePropositions,
    ...catalogLabels(bmcCatalog, 'bmc.block.valuePropositions')
  ]),
  customerSegments: keySet([
    ...SUMMARY_BLOCK_LABELS.customerSegments,
    ...catalogLabels(bmcCatalog, 'bmc.block.customerSegments')
  ])
}

/**
 * Which of the two summary blocks a section or shape name (or its text) labels, in en, sv, da or de; null for
 * anything else. Tolerates case, whitespace, numbering and emoji prefixes ("3. ", "🎁 "), a trailing colon, a
 * description after a separator, and more lines after the first.
 */
export function matchBmcBlock(label: string): BmcSummaryBlock | null {
  const key = labelKey(label)
  if (key === '') return null
  if (SUMMARY_BLOCK_KEYS.valuePropositions[key]) return 'valuePropositions'
  if (SUMMARY_BLOCK_KEYS.customerSegments[key]) return 'customerSegments'
  return null
}

// ---------------------------------------------------------------------------
// VPC zones
// ---------------------------------------------------------------------------

/** Names teams give the zones on their own boards, besides the catalog's labels (added below). */
const ZONE_LABELS: Record<ZoneKey, readonly string[]> = {
  jobs: [
    'Customer jobs',
    'Customer job',
    'Jobs',
    'Jobs to be done',
    'Job to be done',
    'Kundens uppgifter',
    'Kunduppgifter',
    'Uppgifter',
    'Arbete som ska utföras',
    'Arbeten som ska utföras',
    'Kundjobb',
    'Kundeopgaver',
    'Kundens opgaver',
    'Opgaver',
    'Kundejobs'
  ],
  pains: [
    'Pains',
    'Pain',
    'Customer pains',
    'Pain points',
    'Besvär',
    'Kundens besvär',
    'Smärtpunkter',
    'Smerter',
    'Kundens smerter',
    'Smertepunkter'
  ],
  gains: [
    'Gains',
    'Gain',
    'Customer gains',
    'Fördelar',
    'Kundens fördelar',
    'Vinster',
    'Gevinster',
    'Kundens gevinster'
  ],
  products: [
    'Products & services',
    'Products and services',
    'Products/services',
    'Product & services',
    'Products',
    'Produkter och tjänster',
    'Produkter & tjänster',
    'Produkter',
    'Produkter og services',
    'Produkter og tjenester',
    'Produkter og ydelser'
  ],
  painRelievers: [
    'Pain relievers',
    'Pain reliever',
    'Pain relief',
    'Besvärsdämpare',
    'Smärtlindrare',
    'Smertelindrere',
    'Smertelindrer',
    'Smertelindring'
  ],
  gainCreators: [
    'Gain creators',
    'Gain creator',
    'Fördelsskapare',
    'Vinstskapare',
    'Gevinstskabere',
    'Gevinstskaber'
  ]
}

const ZONE_KEY_SETS: ReadonlyArray<[ZoneKey, Record<string, true>]> = ZONE_KEYS.map(
  (zone): [ZoneKey, Record<string, true>] => [
    zone,
    keySet([...ZONE_LABELS[zone], ...catalogLabels(canvasCatalog, `zone.${zone}`)])
  ]
)

/** The VPC zone a label names, in en, sv or da ("Pains", "Besvärsdämpare", "2. Gevinster:"), or null. */
export function matchZoneLabel(label: string): ZoneKey | null {
  const key = labelKey(label)
  if (key === '') return null
  for (const [zone, keys] of ZONE_KEY_SETS) {
    if (keys[key]) return zone
  }
  return null
}
