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

/**
 * The fit of one canvas from its ranked zones and its links. The score is the coverage ratio over jobs, pains
 * and gains together (not the mean of the three coverages). Unaddressed: customer items with no valid link, jobs
 * then pains then gains, each in rank order. Orphans: value-map items with no valid link, products then pain
 * relievers then gain creators, each in rank order.
 */
export function fitSummary(
  zones: Record<ZoneKey, readonly ReportItem[]>,
  links: readonly ReportLink[]
): FitSummary {
  const linked = linkedIds(links)
  const coverage: Record<CustomerZone, number> = {
    jobs: coverageOf(zones.jobs, linked),
    pains: coverageOf(zones.pains, linked),
    gains: coverageOf(zones.gains, linked)
  }
  const unaddressed: string[] = []
  let total = 0
  let hit = 0
  for (const zone of CUSTOMER_ZONES) {
    for (const item of zones[zone]) {
      total += item.weight
      if (linked.has(item.id)) hit += item.weight
      else unaddressed.push(item.id)
    }
  }
  const orphans: string[] = []
  for (const zone of VALUE_ZONES) {
    for (const item of zones[zone]) if (!linked.has(item.id)) orphans.push(item.id)
  }
  const score = ratioPercent(hit, total)
  return { score, band: bandOf(score), coverage, unaddressed, orphans }
}
