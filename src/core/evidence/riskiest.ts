/**
 * The riskiest assumptions of a canvas: what matters most and is least backed, to be tested first.
 *
 * The rule (pinned by `tests/core/evidence/riskiest.test.ts`):
 * 1. Who is on the list:
 *    - `refutedInFit`: a customer item (job, pain, gain) evidence refuted, that a link still addresses: the fit on
 *      paper counts something customers showed is not so.
 *    - `unbackedInFit`: a customer item with no evidence that a link addresses: the fit leans on a guess.
 *    - `unbacked`: a customer item with no evidence and no link.
 *    - `linkUnbacked`: a product, reliever or creator with no evidence on a link whose customer item is backed:
 *      customers want it, but that the offer answers it is a guess.
 *    Items backed (`said`, `did`) are not on it; a value-map item only through its links.
 * 2. The order: every `refutedInFit` first; then by importance, highest first: an item's weight over the largest
 *    weight in its zone (the top-ranked or most-voted item counts 1 in every zone), a value-map item taking the
 *    importance of the most important backed customer item it is linked to. Equal importance: `unbackedInFit`,
 *    then `linkUnbacked`, then `unbacked` (what carries the fit first); then jobs, pains, gains, products,
 *    relievers, creators; then rank within the zone.
 * 3. An item with a test card drawn for it stays on the list (with the card's id) until its learning card decides.
 */
import { linkedIds } from '../links'
import { CUSTOMER_ZONES, VALUE_ZONES, ZONE_KEYS, isSupported } from '../types'
import type { CustomerZone, EvidenceLevel, FitReport, RiskEntry, RiskReason, ZoneKey } from '../types'
import { levelOf } from './evidence-levels'

/** An entry with what orders it: importance as the fraction `weight / top`. */
interface Ranked {
  entry: RiskEntry
  weight: number
  top: number
}

const REASON_ORDER: Record<RiskReason, number> = {
  refutedInFit: 0,
  unbackedInFit: 1,
  linkUnbacked: 2,
  unbacked: 3
}

function compare(a: Ranked, b: Ranked): number {
  const refutedA = a.entry.reason === 'refutedInFit' ? 0 : 1
  const refutedB = b.entry.reason === 'refutedInFit' ? 0 : 1
  if (refutedA !== refutedB) return refutedA - refutedB
  // weightA / topA against weightB / topB, exactly (integers).
  const importance = b.weight * a.top - a.weight * b.top
  if (importance !== 0) return importance
  return (
    REASON_ORDER[a.entry.reason] - REASON_ORDER[b.entry.reason] ||
    ZONE_KEYS.indexOf(a.entry.zone) - ZONE_KEYS.indexOf(b.entry.zone) ||
    a.entry.rank - b.entry.rank ||
    (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0)
  )
}

/**
 * The riskiest assumptions of a report, riskiest first (see the rule above); with `limit`, only the first `limit`
 * of them, picked without sorting the rest (the order is total, so they are the full list's first ones).
 */
export function riskiestAssumptions(
  report: Pick<FitReport, 'zones' | 'links' | 'evidence'>,
  limit?: number
): RiskEntry[] {
  const { zones, links } = report
  const levels: Readonly<Record<string, EvidenceLevel>> = report.evidence.items
  const linked = linkedIds(links)
  const testOf = new Map<string, string>()
  // The latest card without a decision is the one running; a decided one leaves its item's evidence set.
  for (const test of report.evidence.tests) if (test.status !== 'decided') testOf.set(test.itemId, test.id)
  const ranked: Ranked[] = []
  const customer = new Map<string, { zone: CustomerZone; weight: number; top: number; rank: number }>()
  for (const zone of CUSTOMER_ZONES) {
    const items = zones[zone]
    const top = items.reduce((max, item) => Math.max(max, item.weight), 0)
    for (const item of items) {
      customer.set(item.id, { zone, weight: item.weight, top, rank: item.rank })
      const level = levelOf(levels, item.id)
      const inFit = linked.has(item.id)
      const reason: RiskReason | null =
        level === 'refuted'
          ? inFit
            ? 'refutedInFit'
            : null
          : level === 'none'
            ? inFit
              ? 'unbackedInFit'
              : 'unbacked'
            : null
      if (reason === null || top === 0) continue
      ranked.push({
        entry: {
          id: item.id,
          zone,
          reason,
          rank: item.rank,
          pairedWith: null,
          testId: testOf.get(item.id) ?? null
        },
        weight: item.weight,
        top
      })
    }
  }
  const valueZone = new Map<string, { zone: ZoneKey; rank: number }>()
  for (const zone of VALUE_ZONES)
    for (const item of zones[zone]) valueZone.set(item.id, { zone, rank: item.rank })
  const best = new Map<string, { customerId: string; weight: number; top: number; rank: number }>()
  for (const link of links) {
    if (link.kind === 'invalid') continue
    const end = customer.get(link.to)
    if (!end || !valueZone.has(link.from)) continue
    if (levelOf(levels, link.from) !== 'none' || !isSupported(levelOf(levels, link.to))) continue
    const previous = best.get(link.from)
    const better =
      !previous ||
      end.weight * previous.top > previous.weight * end.top ||
      (end.weight * previous.top === previous.weight * end.top && end.rank < previous.rank)
    if (better) best.set(link.from, { customerId: link.to, weight: end.weight, top: end.top, rank: end.rank })
  }
  for (const [id, end] of best) {
    // Every id in `best` passed `valueZone.has` above.
    const { zone, rank } = valueZone.get(id) as { zone: ZoneKey; rank: number }
    ranked.push({
      entry: {
        id,
        zone,
        reason: 'linkUnbacked',
        rank,
        pairedWith: end.customerId,
        testId: testOf.get(id) ?? null
      },
      weight: end.weight,
      top: end.top
    })
  }
  if (limit !== undefined && limit < ranked.length)
    return firstOf(ranked, Math.max(0, limit)).map((r) => r.entry)
  return ranked.sort(compare).map((r) => r.entry)
}

/** The `count` smallest by `compare`, in order: one pass keeping a short sorted list (count is a handful). */
function firstOf(ranked: readonly Ranked[], count: number): Ranked[] {
  const best: Ranked[] = []
  if (count === 0) return best
  for (const candidate of ranked) {
    const last = best[best.length - 1]
    if (best.length === count && last !== undefined && compare(candidate, last) >= 0) continue
    let at = best.length
    while (at > 0 && compare(candidate, best[at - 1] as Ranked) < 0) at--
    best.splice(at, 0, candidate)
    if (best.length > count) best.pop()
  }
  return best
}
