/**
 * The report's evidence part for one canvas: each item's level, the fit backed by it, the tests and learnings.
 * Both ways of analysing (the whole board, change by change) build it here, so they agree; the change-by-change
 * analysis hands a cache, so one edit costs its zone, and a canvas nobody has backed yet costs nothing.
 */
import { bandOf, ratioPercent } from '../fit'
import { linkedIds } from '../links'
import type {
  CanvasSnapshot,
  EvidenceLevel,
  EvidenceReport,
  ReportItem,
  ReportLink,
  TestCardSnapshot,
  TestEntry,
  ZoneKey
} from '../types'
import { CUSTOMER_ZONES, ZONE_KEYS, isSupported, noEvidence } from '../types'
import { evidenceLevels } from './evidence-levels'
import { testStatus } from './test-card'

/** A test card as the report lists it. */
export function testEntry(card: TestCardSnapshot): TestEntry {
  const { learning } = card
  return {
    id: card.id,
    itemId: card.itemId,
    ...card.fields,
    status: testStatus(card),
    learning: learning
      ? {
          id: learning.id,
          observation: learning.observation,
          learning: learning.learning,
          decision: learning.decision
        }
      : null
  }
}

/** One zone's share: its weight, the weight addressed and backed, its items' levels in rank order. */
interface ZonePart {
  total: number
  hit: number
  levels: Array<[string, Exclude<EvidenceLevel, 'none'>]>
}

/** What the change-by-change analysis keeps between two reports of a canvas. */
export interface EvidenceCache {
  source?: {
    evidence: CanvasSnapshot['evidence']
    tests: CanvasSnapshot['tests']
    levels: Record<string, EvidenceLevel>
  }
  links?: { links: readonly ReportLink[]; ids: ReadonlySet<string> }
  parts: Map<
    ZoneKey,
    { items: readonly ReportItem[]; levels: object; linked: ReadonlySet<string>; part: ZonePart }
  >
  tests?: { tests: CanvasSnapshot['tests']; entries: TestEntry[] }
}

export function newEvidenceCache(): EvidenceCache {
  return { parts: new Map() }
}

function zonePart(
  zone: ZoneKey,
  items: readonly ReportItem[],
  levels: Readonly<Record<string, EvidenceLevel>>,
  linked: ReadonlySet<string>
): ZonePart {
  const customer = (CUSTOMER_ZONES as readonly string[]).includes(zone)
  const part: ZonePart = { total: 0, hit: 0, levels: [] }
  for (const item of items) {
    const level = Object.prototype.hasOwnProperty.call(levels, item.id) ? levels[item.id] : undefined
    if (level !== undefined && level !== 'none') part.levels.push([item.id, level])
    if (!customer) continue
    part.total += item.weight
    if (level !== undefined && isSupported(level) && linked.has(item.id)) part.hit += item.weight
  }
  return part
}

/**
 * The evidence part. Only items of the canvas keep a level (a sticky deleted or moved to another canvas takes its
 * entry with it); tests stay listed whatever became of their item, so what was learned is not lost. The fit backed
 * by evidence is the fit's weighted ratio over jobs, pains and gains, counting an item only when a valid link
 * addresses it and customers back it (`said` or `did`).
 */
export function evidenceReport(
  canvas: Pick<CanvasSnapshot, 'evidence' | 'tests'>,
  zones: Record<ZoneKey, readonly ReportItem[]>,
  links: readonly ReportLink[],
  cache: EvidenceCache = newEvidenceCache()
): EvidenceReport {
  const stored = canvas.evidence
  const cards = canvas.tests
  if ((stored === undefined || isEmpty(stored)) && (cards === undefined || cards.length === 0))
    return noEvidence()
  let source = cache.source
  if (!source || source.evidence !== stored || source.tests !== cards) {
    source = { evidence: stored, tests: cards, levels: evidenceLevels(canvas) }
    cache.source = source
  }
  const levels = source.levels
  if (cache.links?.links !== links) cache.links = { links, ids: linkedIds(links) }
  const linked = cache.links.ids
  const items: EvidenceReport['items'] = {}
  let total = 0
  let hit = 0
  for (const zone of ZONE_KEYS) {
    const list = zones[zone]
    let cached = cache.parts.get(zone)
    if (!cached || cached.items !== list || cached.levels !== levels || cached.linked !== linked) {
      cached = { items: list, levels, linked, part: zonePart(zone, list, levels, linked) }
      cache.parts.set(zone, cached)
    }
    const { part } = cached
    total += part.total
    hit += part.hit
    for (const [id, level] of part.levels) items[id] = level
  }
  let tests = cache.tests
  if (!tests || tests.tests !== cards) {
    tests = { tests: cards, entries: (cards ?? []).map(testEntry) }
    cache.tests = tests
  }
  const score = ratioPercent(hit, total)
  return { items, fit: { score, band: bandOf(score) }, tests: tests.entries }
}

function isEmpty(record: object): boolean {
  for (const _key in record) return false
  return true
}
