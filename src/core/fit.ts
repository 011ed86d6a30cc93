/**
 * Coverage, fit score, band, unaddressed customer items and orphan value-map items.
 */
import { linkedIds } from './links'
import { CUSTOMER_ZONES, VALUE_ZONES } from './types'
import type { CustomerZone, FitBand, FitSummary, ReportItem, ReportLink, ZoneKey } from './types'

/**
 * 100 x addressed weight / total weight, rounded with Math.round on the exact ratio (69.5 -> 70, 49.5 -> 50);
 * 0 when there is no weight at all (an empty zone).
 */
export function coverageOf(items: readonly ReportItem[], addressed: ReadonlySet<string>): number {
  let total = 0
  let hit = 0
  for (const item of items) {
    total += item.weight
    if (addressed.has(item.id)) hit += item.weight
  }
  return ratioPercent(hit, total)
}

/** Math.round(100 x part / whole), 0 when whole is 0. */
export function ratioPercent(part: number, whole: number): number {
  return whole > 0 ? Math.round((100 * part) / whole) : 0
}

/** The band of a (rounded) score: below 50 weak, 50 to 70 inclusive target, above 70 strong. */
export function bandOf(score: number): FitBand {
  if (score < 50) return 'weak'
  if (score <= 70) return 'target'
  return 'strong'
}

/** One zone's part of the fit: its weight, the weight its links address, and its items no valid link touches. */
export interface ZoneFit {
  total: number
  hit: number
  /** Ids in rank order: unaddressed customer items, or orphan value-map items. */
  missing: string[]
}

/** The fit part of one zone's ranked items given the ids valid links touch. */
export function zoneFit(items: readonly ReportItem[], linked: ReadonlySet<string>): ZoneFit {
  let total = 0
  let hit = 0
  const missing: string[] = []
  for (const item of items) {
    total += item.weight
    if (linked.has(item.id)) hit += item.weight
    else missing.push(item.id)
  }
  return { total, hit, missing }
}

/**
 * The fit summary from each zone's part (see `zoneFit`). The score is the coverage ratio over jobs, pains and
 * gains together (not the mean of the three coverages). Unaddressed: jobs then pains then gains, each in rank
 * order; orphans: products then pain relievers then gain creators.
 */
export function fitOfParts(parts: Readonly<Record<ZoneKey, ZoneFit>>): FitSummary {
  const coverage = {} as Record<CustomerZone, number>
  let total = 0
  let hit = 0
  const unaddressed: string[] = []
  for (const zone of CUSTOMER_ZONES) {
    const part = parts[zone]
    coverage[zone] = ratioPercent(part.hit, part.total)
    total += part.total
    hit += part.hit
    for (const id of part.missing) unaddressed.push(id)
  }
  const orphans: string[] = []
  for (const zone of VALUE_ZONES) for (const id of parts[zone].missing) orphans.push(id)
  const score = ratioPercent(hit, total)
  return { score, band: bandOf(score), coverage, unaddressed, orphans }
}

/**
 * The fit of one canvas from its ranked zones and its links: coverage per customer zone, the score and band,
 * the unaddressed customer items and the orphan value-map items (see `fitOfParts`). The live board keeps the
 * zone parts and recomputes only those whose items or links changed (`src/core/incremental.ts`).
 */
export function fitSummary(
  zones: Record<ZoneKey, readonly ReportItem[]>,
  links: readonly ReportLink[]
): FitSummary {
  const linked = linkedIds(links)
  const parts = {} as Record<ZoneKey, ZoneFit>
  for (const zone of [...CUSTOMER_ZONES, ...VALUE_ZONES]) parts[zone] = zoneFit(zones[zone], linked)
  return fitOfParts(parts)
}
