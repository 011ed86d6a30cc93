import { CONTROL, EXTEND, INCB_EXTEND, PICTOGRAPHIC, SPACING_MARK } from './grapheme-tables'

/**
 * Characters as a person counts them (extended grapheme clusters, Unicode UAX #29): an emoji with its skin tone, a
 * family joined by ZWJ, a flag, a keycap, a letter with its combining accents, a Hangul syllable of jamo are one
 * character each. Every limit on a name or text a person typed counts these, and every cut of such a text falls
 * between them, on both sides of the plugin alike.
 *
 * Not `Intl.Segmenter`: the panel's browser has it, Figma's ES2017 sandbox may not, and both sides must count a name
 * the same way (the panel lets through what main accepts). The rules below are UAX #29's without Prepend (GB9b);
 * Indic conjuncts (GB9c) join for the six scripts Unicode lists, with each script's consonant block as its consonants.
 */

/** Indic viramas (UAX #29 InCB=Linker): Devanagari, Bengali, Gujarati, Oriya, Telugu, Malayalam. */
const LINKERS = [0x094d, 0x09cd, 0x0acd, 0x0b4d, 0x0c4d, 0x0d4d]
/** The consonants of those scripts (InCB=Consonant, as ranges). */
const CONSONANTS = [
  0x0915, 0x0939, 0x0958, 0x095f, 0x0978, 0x097f, 0x0995, 0x09b9, 0x09dc, 0x09df, 0x09f0, 0x09f1, 0x0a95,
  0x0ab9, 0x0b15, 0x0b39, 0x0b5c, 0x0b5f, 0x0b71, 0x0b71, 0x0c15, 0x0c39, 0x0c58, 0x0c5a, 0x0d15, 0x0d3a
]

function isConsonant(cp: number): boolean {
  if (cp < 0x0915 || cp > 0x0d3a) return false
  for (let i = 0; i < CONSONANTS.length; i += 2) {
    if (cp >= (CONSONANTS[i] ?? 0) && cp <= (CONSONANTS[i + 1] ?? 0)) return true
  }
  return false
}

function decode(table: string): Uint32Array {
  const parts = table.split(' ')
  const ranges = new Uint32Array(parts.length)
  let last = 0
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const start = last + parseInt(parts[i] ?? '0', 36)
    last = start + parseInt(parts[i + 1] ?? '0', 36)
    ranges[i] = start
    ranges[i + 1] = last
  }
  return ranges
}

let tables: {
  extend: Uint32Array
  pictographic: Uint32Array
  control: Uint32Array
  conjunctExtend: Uint32Array
  spacing: Uint32Array
} | null = null

function inRanges(ranges: Uint32Array, cp: number): boolean {
  let low = 0
  let high = ranges.length / 2 - 1
  while (low <= high) {
    const mid = (low + high) >> 1
    if (cp < (ranges[mid * 2] ?? 0)) high = mid - 1
    else if (cp > (ranges[mid * 2 + 1] ?? 0)) low = mid + 1
    else return true
  }
  return false
}

const enum Kind {
  Other,
  CR,
  LF,
  Control,
  Extend,
  SpacingMark,
  ZWJ,
  Regional,
  Pictographic,
  L,
  V,
  T,
  LV,
  LVT
}

function kindOf(cp: number): Kind {
  // Printable ASCII and Latin-1 letters, most of what is typed, need no table.
  if (cp >= 0x20 && cp < 0x7f) return Kind.Other
  if (cp === 0x0d) return Kind.CR
  if (cp === 0x0a) return Kind.LF
  if (cp === 0x200d) return Kind.ZWJ
  if (cp >= 0x1f1e6 && cp <= 0x1f1ff) return Kind.Regional
  if ((cp >= 0x1100 && cp <= 0x115f) || (cp >= 0xa960 && cp <= 0xa97c)) return Kind.L
  if ((cp >= 0x1160 && cp <= 0x11a7) || (cp >= 0xd7b0 && cp <= 0xd7c6)) return Kind.V
  if ((cp >= 0x11a8 && cp <= 0x11ff) || (cp >= 0xd7cb && cp <= 0xd7fb)) return Kind.T
  if (cp >= 0xac00 && cp <= 0xd7a3) return (cp - 0xac00) % 28 === 0 ? Kind.LV : Kind.LVT
  if (tables === null) {
    tables = {
      extend: decode(EXTEND),
      pictographic: decode(PICTOGRAPHIC),
      control: decode(CONTROL),
      conjunctExtend: decode(INCB_EXTEND),
      spacing: decode(SPACING_MARK)
    }
  }
  if (inRanges(tables.extend, cp)) return inRanges(tables.spacing, cp) ? Kind.SpacingMark : Kind.Extend
  if (inRanges(tables.pictographic, cp)) return Kind.Pictographic
  if (inRanges(tables.control, cp)) return Kind.Control
  return Kind.Other
}

/** Whether a mark keeps an Indic conjunct going (InCB=Extend; the tables are read by then: it follows a consonant). */
function inConjunctExtend(cp: number): boolean {
  return tables !== null && inRanges(tables.conjunctExtend, cp)
}

/** Whether nothing separates two code points of these kinds (`joining`: a pictograph, its extenders, a ZWJ came last). */
function joins(before: Kind, after: Kind, joining: boolean, regionalRun: number): boolean {
  if (before === Kind.CR) return after === Kind.LF
  if (before === Kind.LF || before === Kind.Control) return false
  if (after === Kind.CR || after === Kind.LF || after === Kind.Control) return false
  if (after === Kind.Extend || after === Kind.SpacingMark || after === Kind.ZWJ) return true
  if (before === Kind.L)
    return after === Kind.L || after === Kind.V || after === Kind.LV || after === Kind.LVT
  if (before === Kind.LV || before === Kind.V) return after === Kind.V || after === Kind.T
  if (before === Kind.LVT || before === Kind.T) return after === Kind.T
  if (before === Kind.ZWJ && after === Kind.Pictographic) return joining
  if (before === Kind.Regional && after === Kind.Regional) return regionalRun % 2 === 1
  return false
}

/**
 * The characters of `text` (grapheme clusters), in order; at most the first `limit` of them (a long text cut to a
 * few characters is not split whole).
 */
export function graphemes(text: string, limit = Infinity): string[] {
  const found: string[] = []
  let start = 0
  let before: Kind | null = null
  // A pictograph followed by extenders only (0), then by a ZWJ (1); -1 otherwise.
  let pictograph = -1
  // An Indic consonant followed by extenders only (0), one of them a virama (1); -1 otherwise.
  let conjunct = -1
  let regionalRun = 0
  let at = 0
  while (at < text.length) {
    const cp = text.codePointAt(at) ?? 0
    const size = cp > 0xffff ? 2 : 1
    const kind = kindOf(cp)
    const consonant = isConsonant(cp)
    const joined = consonant && conjunct === 1
    if (before !== null && !joined && !joins(before, kind, pictograph === 1, regionalRun)) {
      found.push(text.slice(start, at))
      if (found.length >= limit) return found
      start = at
    }
    if (kind === Kind.Pictographic) pictograph = 0
    else if (kind === Kind.ZWJ && pictograph === 0) pictograph = 1
    else if (kind !== Kind.Extend) pictograph = -1
    regionalRun = kind === Kind.Regional ? regionalRun + 1 : 0
    if (consonant) conjunct = 0
    else if (conjunct >= 0 && LINKERS.indexOf(cp) >= 0) conjunct = 1
    else if (conjunct < 0 || !(kind === Kind.Extend || kind === Kind.ZWJ) || !inConjunctExtend(cp))
      conjunct = -1
    before = kind
    at += size
  }
  if (at > start) found.push(text.slice(start))
  return found
}

/** How many characters (grapheme clusters) `text` has. */
export function graphemeCount(text: string): number {
  // Printable ASCII (most names) is one character per code unit.
  if (/^[\x20-\x7e]*$/.test(text)) return text.length
  return graphemes(text).length
}

/** `text` cut to at most `max` characters (grapheme clusters), without any mark: the cut never splits one. */
export function firstGraphemes(text: string, max: number): string {
  if (text.length <= max) return text
  if (/^[\x20-\x7e]*$/.test(text)) return text.slice(0, Math.max(0, max))
  const first = graphemes(text, max + 1)
  return first.length <= max ? text : first.slice(0, Math.max(0, max)).join('')
}

/** `text` cut to at most `max` UTF-16 code units (a storage limit), at the last character boundary that fits. */
export function withinUnits(text: string, max: number): string {
  if (text.length <= max) return text
  let end = 0
  for (const part of graphemes(text, max + 1)) {
    if (end + part.length > max) break
    end += part.length
  }
  return text.slice(0, end)
}
