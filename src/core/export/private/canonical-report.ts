import type { FitReport, ReportItem, ReportLink } from '../../types'
import { ZONE_KEYS } from '../../types'

function item(i: ReportItem): ReportItem {
  const copy: ReportItem = { id: i.id, text: i.text, rank: i.rank, weight: i.weight, votes: i.votes }
  // The tally by kind travels with the item when the sticky has stamps, as in the stored report.
  if (i.stamps !== undefined) copy.stamps = { ...i.stamps }
  if (i.color !== undefined) copy.color = i.color
  return copy
}

function link(l: ReportLink): ReportLink {
  return { from: l.from, to: l.to, kind: l.kind }
}

/** A copy of `report` with only the report's fields, keys in the order the schema lists them. */
export function canonicalReport(report: FitReport): FitReport {
  const zones = {} as FitReport['zones']
  for (const zone of ZONE_KEYS) zones[zone] = report.zones[zone].map(item)
  return {
    schema: report.schema,
    canvas: {
      id: report.canvas.id,
      segment: report.canvas.segment,
      product: report.canvas.product,
      locale: report.canvas.locale
    },
    zones,
    unplaced: report.unplaced.map(item),
    links: report.links.map(link),
    fit: {
      score: report.fit.score,
      band: report.fit.band,
      coverage: {
        jobs: report.fit.coverage.jobs,
        pains: report.fit.coverage.pains,
        gains: report.fit.coverage.gains
      },
      unaddressed: report.fit.unaddressed.slice(),
      orphans: report.fit.orphans.slice()
    },
    evidence: {
      items: { ...report.evidence.items },
      fit: { score: report.evidence.fit.score, band: report.evidence.fit.band },
      tests: report.evidence.tests.map((test) => ({
        id: test.id,
        itemId: test.itemId,
        hypothesis: test.hypothesis,
        test: test.test,
        metric: test.metric,
        criteria: test.criteria,
        status: test.status,
        learning: test.learning
          ? {
              id: test.learning.id,
              observation: test.learning.observation,
              learning: test.learning.learning,
              decision: test.learning.decision
            }
          : null
      }))
    },
    checkedAt: report.checkedAt
  }
}
