import type { Version, VersionItem, VersionLink } from '../../../contract/history'
import type { FitReport, ReportItem, ZoneKey } from '../../../src/core/types'
import { REPORT_SCHEMA, ZONE_KEYS } from '../../../src/core/types'
import { noEvidence } from '../../../contract/report'

/** A version with the given items and links (fit numbers as given). */
export function versionOf(
  items: VersionItem[],
  links: VersionLink[] = [],
  fit: Partial<Pick<Version, 'score' | 'band' | 'coverage' | 'evidenceFit' | 'name' | 'at' | 'id'>> = {}
): Version {
  return {
    id: fit.id ?? '0123456789abcdef',
    parent: '',
    canvas: '1:2',
    at: fit.at ?? '2026-11-01T10:00:00.000Z',
    ...(fit.name === undefined ? {} : { name: fit.name }),
    score: fit.score ?? 40,
    band: fit.band ?? 'weak',
    coverage: fit.coverage ?? { jobs: 40, pains: 40, gains: 40 },
    ...(fit.evidenceFit === undefined ? {} : { evidenceFit: fit.evidenceFit }),
    items,
    links
  }
}

/** A report: `items` as `[id, zone, text]` (ranks in order of appearance per zone), `links` value map -> customer. */
export function reportWith(
  items: Array<[string, ZoneKey | 'unplaced', string]>,
  links: Array<[string, string]> = [],
  checkedAt = '2026-11-01T10:00:00.000Z',
  score = 50
): FitReport {
  const zones = Object.fromEntries(ZONE_KEYS.map((zone) => [zone, [] as ReportItem[]])) as Record<
    ZoneKey,
    ReportItem[]
  >
  const unplaced: ReportItem[] = []
  for (const [id, zone, text] of items) {
    const list = zone === 'unplaced' ? unplaced : zones[zone]
    list.push({ id, text, rank: list.length + 1, weight: 1, votes: 0 })
  }
  return {
    schema: REPORT_SCHEMA,
    canvas: { id: '1:2', segment: 'Commuters', product: 'Bike app', locale: 'en' },
    zones,
    unplaced,
    links: links.map(([from, to]) => ({ from, to, kind: 'relieves' as const })),
    fit: {
      score,
      band: score < 50 ? 'weak' : score <= 70 ? 'target' : 'strong',
      coverage: { jobs: score, pains: score, gains: score },
      unaddressed: [],
      orphans: []
    },
    evidence: noEvidence(),
    checkedAt
  }
}
