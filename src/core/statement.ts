/**
 * The texts of the BMC summary stickies: the value proposition statement (for the "Value propositions" block),
 * the customer-segment summary (for "Customer segments") and the fit line under the statement.
 *
 * Inputs are sticky texts in rank order (best first); only the top ones are used:
 * at most {@link STATEMENT_LIMITS.products} products, {@link STATEMENT_LIMITS.relievers} pain relievers,
 * {@link STATEMENT_LIMITS.creators} gain creators, and {@link STATEMENT_LIMITS.segmentItems} jobs, pains and
 * gains each in the segment summary. Every text is cleaned first (white space collapsed, a leading rank marker
 * or bullet and a trailing period removed) and long texts are cut at a word with an ellipsis, so a statement
 * stays under {@link STATEMENT_LIMITS.total} characters.
 *
 * When a part is missing the text never has a hole in its grammar: the clause is left out and a second
 * sentence says what is missing ("Still missing: a customer job and gain creators."); with no products at all
 * there is no statement, only a sentence saying the value map has no products or services yet.
 *
 * Capitalisation: a sticky's first word is lower-cased inside a sentence when it looks like an ordinary
 * capitalised word ("Track workouts" -> "track workouts"); acronyms and mixed case ("IT", "FitPro") and
 * phrases with a later capitalised word ("Spotify Premium", but not an acronym as in "Report to the CFO") are
 * kept. A one-word proper name ("Spotify") cannot
 * be told from an ordinary word and is lower-cased; the alternative is named as written.
 */
import { graphemes } from '../../contract/graphemes'
import { STATEMENT_LIMITS } from '../../contract/limits'
import type { StatementLimits } from '../../contract/limits'
import { byRank } from './ranking'
import type { FitBand, FitReport, Locale, Say, ZoneKey } from './types'

export { STATEMENT_LIMITS }

const ELLIPSIS = '\u2026'

// ---------------------------------------------------------------------------
// Text helpers
// ---------------------------------------------------------------------------

/** `1. `, `1) ` or `#1 ` at the start (as the ranking reads them), or a bullet; alone, it leaves nothing. */
const LEADING_MARKER = /^(?:\d+[.)]|#\d+|[-*•·‣◦▪–])(?:\s+|$)/

/**
 * Cuts `text` to at most `max` characters (grapheme clusters, so emoji and accented letters are never split), at the
 * last space when there is one in the last 40 % of the cut, and ends it with an ellipsis.
 */
export function truncateText(text: string, max: number): string {
  const chars = graphemes(text, max + 1)
  if (chars.length <= max) return text
  let cut = chars.slice(0, Math.max(1, max - 1)).join('')
  const space = cut.lastIndexOf(' ')
  if (space > 0 && space >= cut.length * 0.6) cut = cut.slice(0, space)
  cut = cut.replace(/[\s,;:.\-–—]+$/, '')
  return cut + ELLIPSIS
}

/**
 * A sticky's text made ready for a sentence: white space (including line breaks) collapsed, a leading rank
 * marker ("1. ", "#2 ", "3) ") or bullet removed, a trailing period or comma removed, then cut to `max`.
 */
export function cleanStickyText(text: string, max: number = STATEMENT_LIMITS.itemChars): string {
  let clean = String(text).replace(/\s+/g, ' ').trim()
  for (let i = 0; i < 2; i++) {
    const next = clean.replace(LEADING_MARKER, '')
    if (next === clean) break
    clean = next.trim()
  }
  clean = stripTrailingPeriod(clean)
  return truncateText(clean, max)
}

/** Removes trailing periods, commas, colons and semicolons (the sentence supplies its own); "..." stays. */
function stripTrailingPeriod(text: string): string {
  let out = text
  while (out !== '' && !/\.\.\.$/.test(out) && /[.,;:\s]$/.test(out)) out = out.slice(0, -1)
  return out
}

/** "track workouts" for "Track workouts"; "IT", "FitPro" and "Spotify Premium" are left as written. */
export function lowerFirstWord(text: string): string {
  const words = text.split(' ')
  const first = words[0] ?? ''
  const head = first.charAt(0)
  const rest = first.slice(1)
  if (head === '' || head.toLowerCase() === head) return text
  if (rest === '' || rest !== rest.toLowerCase() || rest === rest.toUpperCase()) return text
  // A later capitalised word suggests a name ("Spotify Premium", "Region Skåne"); acronyms ("the CFO") do not.
  for (const word of words.slice(1)) {
    const c = word.charAt(0)
    const tail = word.slice(1)
    if (c !== c.toLowerCase() && tail !== tail.toUpperCase()) return text
  }
  return head.toLowerCase() + text.slice(1)
}

/** "a", "a and b", "a, b and c" with the locale's word for "and". */
export function joinList(say: Say, items: readonly string[]): string {
  const list = items.filter((item) => item !== '')
  if (list.length === 0) return ''
  if (list.length === 1) return list[0] ?? ''
  const and = say('statement.and')
  return `${list.slice(0, -1).join(', ')} ${and} ${list[list.length - 1] ?? ''}`
}

function topItems(items: readonly string[], count: number, max: number): string[] {
  const out: string[] = []
  for (const item of items) {
    if (out.length >= count) break
    const clean = cleanStickyText(item, max)
    if (clean !== '') out.push(lowerFirstWord(clean))
  }
  return out
}

/** Articles and possessives that would double up with the lead ("Our a mobile app", "Vores en app"). */
const PRODUCT_LEAD_WORDS: Record<Locale, RegExp | null> = {
  en: /^(?:our|the|a|an)\s+/i,
  sv: null, // "Med en app", "Med vår app" read well: nothing to strip.
  da: /^(?:vores|en|et)\s+/i
}

/** The infinitive marker the job clause already has ("who want to", "som vill", "som gerne vil"). */
const JOB_LEAD_WORDS: Record<Locale, RegExp> = {
  en: /^to\s+/i,
  sv: /^att\s+/i,
  da: /^at\s+/i
}

/** Words after which an English noun phrase's head noun is over ("app with reminders" -> "app"). */
const EN_HEAD_END = /\s(?:with|for|of|that|which|who|in|on|to|from|by|at|including|via|plus)\s/i

/**
 * Whether one English product text names more than one thing: "app and coaching", "apps", "workshops".
 * Acronyms count as singular ("SaaS", "CRM") unless they end in a lower-case s ("APIs").
 */
export function isPluralPhrase(text: string): boolean {
  if (/\s(?:and|&|\+)\s|\//i.test(text)) return true
  const cut = EN_HEAD_END.exec(` ${text} `)
  const headPart = cut ? ` ${text} `.slice(0, cut.index) : text
  const words = headPart.trim().split(/\s+/)
  const last = (words[words.length - 1] ?? '').replace(/[^A-Za-z]/g, '')
  if (last.length < 3) return false
  if (/^[A-Z0-9]+s$/.test(last)) return true
  if (/[A-Z]/.test(last.slice(1))) return false
  const lower = last.toLowerCase()
  return /s$/.test(lower) && !/(?:ss|us|is)$/.test(lower)
}

// ---------------------------------------------------------------------------
// The value proposition statement
// ---------------------------------------------------------------------------

export interface ValueStatementInput {
  locale: Locale
  segment: string
  /** Products and services in rank order. */
  products: string[]
  /** The segment's top-ranked job, or null. */
  topJob: string | null
  /** Pain relievers in rank order. */
  relievers: string[]
  /** Gain creators in rank order. */
  creators: string[]
  /** The competing alternative, when the team named one. */
  competitor?: string | null
}

/**
 * What a canvas's statement is made of, from its report: the segment, its zones in rank order and the top job. The
 * BMC summary and the exports both build the statement from it, so they say the same. Each zone in rank order.
 */
export function valueStatementInput(report: Pick<FitReport, 'canvas' | 'zones'>): ValueStatementInput {
  const { canvas, zones } = report
  const texts = (zone: ZoneKey): string[] => byRank(zones[zone]).map((item) => item.text)
  return {
    locale: canvas.locale,
    segment: canvas.segment,
    products: texts('products'),
    topJob: texts('jobs')[0] ?? null,
    relievers: texts('painRelievers'),
    creators: texts('gainCreators')
  }
}

/**
 * "Our mobile app helps busy parents who want to plan meals by easing their pains with … and by creating gains
 * with …, unlike …" in the input's locale; see the file comment for what happens when parts are missing.
 */
export function buildValueStatement(
  input: ValueStatementInput,
  say: Say,
  limits: StatementLimits = STATEMENT_LIMITS
): string {
  const { locale } = input
  const segmentText = lowerFirstWord(cleanStickyText(input.segment, limits.phraseChars))
  const segment = segmentText !== '' ? segmentText : say('statement.segmentFallback')

  const productLead = PRODUCT_LEAD_WORDS[locale]
  const products = topItems(input.products, limits.products, limits.itemChars)
    .map((p) => (productLead ? p.replace(productLead, '') : p))
    .filter((p) => p !== '')
  const jobText = lowerFirstWord(
    cleanStickyText(input.topJob ?? '', limits.phraseChars).replace(JOB_LEAD_WORDS[locale], '')
  )
  const relievers = topItems(input.relievers, limits.relievers, limits.itemChars)
  const creators = topItems(input.creators, limits.creators, limits.itemChars)
  const competitor = cleanStickyText(input.competitor ?? '', limits.itemChars)

  const missing: string[] = []
  if (segmentText === '') missing.push(say('statement.missing.segment'))
  if (jobText === '') missing.push(say('statement.missing.job'))
  if (relievers.length === 0) missing.push(say('statement.missing.relievers'))
  if (creators.length === 0) missing.push(say('statement.missing.creators'))

  let text: string
  if (products.length === 0) {
    text = say('statement.noProducts', { segment })
  } else {
    const many = products.length > 1 || isPluralPhrase(products[0] ?? '')
    const clauses = [
      say('statement.lead', {
        count: many ? 2 : 1,
        products: joinList(say, products),
        segment
      })
    ]
    if (jobText !== '') clauses.push(say('statement.job', { job: jobText }))
    const relieverList = joinList(say, relievers)
    const creatorList = joinList(say, creators)
    if (relievers.length > 0 && creators.length > 0) {
      clauses.push(say('statement.both', { relievers: relieverList, creators: creatorList }))
    } else if (relievers.length > 0) {
      clauses.push(say('statement.relievers', { relievers: relieverList }))
    } else if (creators.length > 0) {
      clauses.push(say('statement.creators', { creators: creatorList }))
    }
    text = clauses.join(' ')
    if (competitor !== '') text += `, ${say('statement.unlike', { competitor })}`
    text += '.'
  }
  if (missing.length > 0) text += ` ${say('statement.missing', { items: joinList(say, missing) })}`
  return truncateText(text, limits.total)
}

// ---------------------------------------------------------------------------
// The customer-segment summary
// ---------------------------------------------------------------------------

export interface SegmentSummaryInput {
  locale: Locale
  segment: string
  /** Jobs, pains and gains in rank order. */
  jobs: string[]
  pains: string[]
  gains: string[]
}

/**
 * The customer-segment sticky: the segment's name on the first line, then one line each for the top jobs,
 * pains and gains ("Top jobs: track workouts, manage diet and stay motivated"), or a line saying a zone has
 * none yet.
 */
export function buildSegmentSummary(
  input: SegmentSummaryInput,
  say: Say,
  limits: StatementLimits = STATEMENT_LIMITS
): string {
  const name = cleanStickyText(input.segment, limits.phraseChars)
  const lines = [name !== '' ? name : say('canvas.segmentFallback')]
  const zones = [
    [input.jobs, 'statement.segment.jobs', 'statement.segment.noJobs'],
    [input.pains, 'statement.segment.pains', 'statement.segment.noPains'],
    [input.gains, 'statement.segment.gains', 'statement.segment.noGains']
  ] as const
  for (const [items, some, none] of zones) {
    const top = topItems(items, limits.segmentItems, limits.itemChars)
    lines.push(top.length > 0 ? say(some, { items: joinList(say, top) }) : say(none))
  }
  return truncateText(lines.join('\n'), limits.total)
}

// ---------------------------------------------------------------------------
// The fit line
// ---------------------------------------------------------------------------

/** The date part of an ISO time as the locale writes dates: 2026-11-23 (en, sv), 23.11.2026 (da); null if unreadable. */
export function formatDate(locale: Locale, dateIso: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(dateIso).trim())
  if (!match) return null
  const [, year, month, day] = match
  return locale === 'da'
    ? `${day ?? ''}.${month ?? ''}.${year ?? ''}`
    : `${year ?? ''}-${month ?? ''}-${day ?? ''}`
}

/** "Fit 62% (on target) · 2026-11-23", "Matchning 62 % (inom målet) · 2026-11-23", "Match 62 % (…) · 23.11.2026". */
export function formatFitLine(
  say: Say,
  locale: Locale,
  score: number,
  band: FitBand,
  dateIso: string
): string {
  const rounded = Number.isFinite(score) ? Math.round(score) : 0
  const bandText = say(`statement.band.${band}`)
  const date = formatDate(locale, dateIso)
  return date === null
    ? say('statement.fitLineUndated', { score: rounded, band: bandText })
    : say('statement.fitLine', { score: rounded, band: bandText, date })
}
