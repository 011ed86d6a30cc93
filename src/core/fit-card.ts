/**
 * The fit card: a small card Check fit draws on each canvas so the whole room sees the result. Plain data here
 * (what it says as message keys, where it may go); the adapter draws it.
 */
import { overlaps } from './layout/placement'
import type { CanvasAnalysis, CustomerZone, FitBand, MessageRef, Rect } from './types'
import { CUSTOMER_ZONES, hasEvidence } from './types'

/** The card's size on the board: three lines of 48 px text, readable when the whole canvas is in view. */
export const FIT_CARD_SIZE = { width: 1400, height: 220 } as const
export const FIT_CARD_FONT_SIZE = 48

/** Distance from the section's right edge (the canvas's own padding) and from its top and bottom edges. */
const SIDE = 160
const EDGE = 40
/** Step of the search for a free spot along the title band and the footer band. */
const STEP = 200

export type FitCardTone = FitBand | 'none'

export interface FitCardContent {
  /** The card's lines; each line is its parts, shown joined by " · ". */
  lines: MessageRef[][]
  tone: FitCardTone
}

/** The parts of a check time the card shows (local time of the person checking). */
export interface CardTime {
  day: number
  /** 1–12. */
  month: number
  year: number
  hours: number
  minutes: number
}

export function cardTimeOf(date: Date): CardTime {
  return {
    day: date.getDate(),
    month: date.getMonth() + 1,
    year: date.getFullYear(),
    hours: date.getHours(),
    minutes: date.getMinutes()
  }
}

function ref(key: string, params: Record<string, string | number> = {}): MessageRef {
  return { key, params }
}

/**
 * What the card says: the score and band (and, once the team tests, the fit backed by evidence beside it), the
 * coverage of each customer zone (or that it is empty) and when it was checked. A damaged canvas gets no score, only what to do; so does one with nothing in the customer profile.
 * Zone names and bands are passed as keys (`zone.short.pains`, `notify.band.target`) for the adapter to look up.
 */
export function fitCardContent(analysis: CanvasAnalysis, time: CardTime): FitCardContent {
  const { report } = analysis
  const checked = ref('card.checked', {
    day: time.day,
    month: `card.month.${time.month}`,
    year: time.year,
    hours: String(time.hours).padStart(2, '0'),
    minutes: String(time.minutes).padStart(2, '0')
  })
  if (analysis.damaged.length > 0) return { lines: [[ref('card.damaged')], [checked]], tone: 'none' }
  const customerItems = CUSTOMER_ZONES.reduce((sum, zone) => sum + report.zones[zone].length, 0)
  if (customerItems === 0) return { lines: [[ref('card.empty')], [checked]], tone: 'none' }
  const zone = (name: CustomerZone): MessageRef =>
    analysis.emptyZones.includes(name)
      ? ref('card.zoneEmpty', { zone: `zone.short.${name}` })
      : ref('card.zone', { zone: `zone.short.${name}`, value: report.fit.coverage[name] })
  const headline = [ref('card.fit', { score: report.fit.score }), ref(`notify.band.${report.fit.band}`)]
  // Once the team has set any evidence or drawn a test card, the fit backed by evidence stands beside the fit on
  // paper; a canvas nobody has tested keeps its three short lines.
  const { evidence } = report
  if (hasEvidence(evidence)) headline.push(ref('card.backed', { score: evidence.fit.score }))
  return {
    lines: [headline, CUSTOMER_ZONES.map(zone), [checked]],
    tone: report.fit.band
  }
}

/**
 * Where the card goes, section-local: its current spot while no sticky covers it, else the first free spot in the
 * title band (right to left, from the top-right corner) and then the footer band (right to left), so it never
 * covers a sticky. Null when every spot is taken. `section` and `stickies` are page-absolute.
 */
export function fitCardSlot(section: Rect, stickies: readonly Rect[], current: Rect | null): Rect | null {
  const { width, height } = FIT_CARD_SIZE
  const free = (local: Rect) => {
    const box = { ...local, x: section.x + local.x, y: section.y + local.y }
    return !stickies.some((sticky) => overlaps(box, sticky))
  }
  if (current && free(current)) return current
  const right = section.width - SIDE - width
  const rows = [EDGE, section.height - height - 5]
  for (const y of rows) {
    for (let x = right; x >= section.width / 2 - width / 2; x -= STEP) {
      const candidate = { x, y, width, height }
      if (free(candidate)) return candidate
    }
  }
  return null
}

/** Gap between a drawing people made and the card the plugin puts beside it. */
const DRAWN_GAP = 80

/**
 * Where the card of an adopted (hand-drawn) canvas goes, page-absolute: never on the drawing (the plugin adds
 * nothing to what people drew), so just above it, right-aligned, else just below it, else one row higher, always
 * where no node is (`obstacles`: the drawing itself, stickies, everything beside it). Its current spot while that
 * stays free; null when no spot is free.
 */
export function drawnFitCardSlot(area: Rect, obstacles: readonly Rect[], current: Rect | null): Rect | null {
  const { width, height } = FIT_CARD_SIZE
  const free = (box: Rect) => !obstacles.some((obstacle) => overlaps(box, obstacle))
  if (current && free(current)) return current
  const rows = [
    area.y - DRAWN_GAP - height,
    area.y + area.height + DRAWN_GAP,
    area.y - 2 * (DRAWN_GAP + height)
  ]
  const right = area.x + Math.max(0, area.width - width)
  for (const y of rows) {
    for (let x = right; x >= area.x; x -= STEP) {
      const candidate = { x, y, width, height }
      if (free(candidate)) return candidate
    }
  }
  return null
}
