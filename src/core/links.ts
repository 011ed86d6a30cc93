/**
 * Links between stickies of one canvas, read from FigJam connectors.
 */
import type { ConnectorSnapshot, CustomerZone, LinkKind, ReportLink, ValueZone, ZoneKey } from './types'

/** A valid pair: the value-map zone, the customer zone it answers, and the link's kind. */
export interface LinkRule {
  from: ValueZone
  to: CustomerZone
  kind: Exclude<LinkKind, 'invalid'>
}

/** The three valid pairs of the method. */
export const LINK_RULES: readonly LinkRule[] = [
  { from: 'products', to: 'jobs', kind: 'serves' },
  { from: 'painRelievers', to: 'pains', kind: 'relieves' },
  { from: 'gainCreators', to: 'gains', kind: 'creates' }
]

/**
 * The link between stickies in zones `a` and `b` (null = a sticky of the canvas in no zone), in either direction.
 * A valid pair comes back oriented value map -> customer profile; anything else is invalid and keeps its direction.
 */
export function classifyLink(a: ZoneKey | null, b: ZoneKey | null): { kind: LinkKind; reversed: boolean } {
  for (const rule of LINK_RULES) {
    if (a === rule.from && b === rule.to) return { kind: rule.kind, reversed: false }
    if (a === rule.to && b === rule.from) return { kind: rule.kind, reversed: true }
  }
  return { kind: 'invalid', reversed: false }
}

/** Key of an unordered pair of ids: one key for A->B and B->A. */
function pairKey(a: string, b: string): string {
  return a < b ? `${a}\n${b}` : `${b}\n${a}`
}

/**
 * The links of one canvas. `zoneOf` maps every sticky of the canvas to its zone (null when unplaced); connectors
 * with an end that is not one of those stickies are ignored. Several connectors between the same two stickies
 * (in either direction) count once: an invalid one keeps the direction of the first such connector. A connector
 * from a sticky to itself is invalid. Links come out in connector order.
 */
export function linksOf(
  connectors: readonly ConnectorSnapshot[],
  zoneOf: ReadonlyMap<string, ZoneKey | null>
): ReportLink[] {
  const seen = new Set<string>()
  const links: ReportLink[] = []
  for (const connector of connectors) {
    const { startId, endId } = connector
    if (startId === null || endId === null) continue
    const startZone = zoneOf.get(startId)
    const endZone = zoneOf.get(endId)
    if (startZone === undefined || endZone === undefined) continue
    const key = pairKey(startId, endId)
    if (seen.has(key)) continue
    seen.add(key)
    const { kind, reversed } = classifyLink(startZone, endZone)
    links.push(reversed ? { from: endId, to: startId, kind } : { from: startId, to: endId, kind })
  }
  return links
}

/** Ids of the stickies touched by at least one valid link. */
export function linkedIds(links: readonly ReportLink[]): Set<string> {
  const ids = new Set<string>()
  for (const link of links) {
    if (link.kind === 'invalid') continue
    ids.add(link.from)
    ids.add(link.to)
  }
  return ids
}
