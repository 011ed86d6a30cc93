import { fitSummary } from '../../../src/core/fit'
import { evidenceReport } from '../../../src/core/evidence/evidence-report'
import type { EvidenceLevel, FitReport, ReportItem, ReportLink, TestCardSnapshot, ZoneKey } from '../../../src/core/types'
import { ZONE_KEYS } from '../../../src/core/types'

/** Items `${prefix}1`… ranked in order, weight n + 1 - rank (or the weights given). */
export function ranked(prefix: string, count: number, weights?: number[]): ReportItem[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `${prefix}${i + 1}`,
    text: `${prefix} ${i + 1}`,
    rank: i + 1,
    weight: weights?.[i] ?? count - i,
    votes: 0
  }))
}

/** A report built the way the analysis builds it, from zones, links, stored evidence and test cards. */
export function reportOf(
  zones: Partial<Record<ZoneKey, ReportItem[]>>,
  links: ReportLink[] = [],
  evidence: Record<string, EvidenceLevel> = {},
  tests: TestCardSnapshot[] = []
): FitReport {
  const full = Object.fromEntries(ZONE_KEYS.map((zone) => [zone, zones[zone] ?? []])) as Record<ZoneKey, ReportItem[]>
  return {
    schema: 'vpcfit/2',
    canvas: { id: 'c', segment: 'Busy professionals', product: 'Planner', locale: 'en' },
    zones: full,
    unplaced: [],
    links,
    fit: fitSummary(full, links),
    evidence: evidenceReport({ evidence, tests }, full, links),
    checkedAt: '2026-12-01T10:00:00.000Z'
  }
}

/** A test card for `itemId`, with a learning card when `decision` is given (undefined: no learning card). */
export function testCard(
  id: string,
  itemId: string,
  options: { fields?: Partial<TestCardSnapshot['fields']>; decision?: 'keep' | 'change' | 'drop' | null; applied?: 'keep' | 'change' | 'drop' | null } = {}
): TestCardSnapshot {
  return {
    id,
    itemId,
    fields: { hypothesis: 'We believe', test: '', metric: '', criteria: '', ...options.fields },
    learning:
      options.decision === undefined
        ? null
        : { id: `${id}L`, observation: '', learning: '', decision: options.decision, applied: options.applied ?? null }
  }
}
