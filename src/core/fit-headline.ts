import type { CanvasAnalysis, CustomerZone, MessageRef } from './types'

/** The order in which unaddressed items are worth mentioning: pains hurt first. */
const MENTION_ORDER: CustomerZone[] = ['pains', 'gains', 'jobs']

/**
 * The parts of a notification line about one canvas, as catalog keys with parameters ("Fit 62 % (target)",
 * "2 pains unaddressed"); the edge makes the text and joins the parts with " · ".
 */
export function fitHeadline(analysis: CanvasAnalysis): MessageRef[] {
  const { report } = analysis
  if (analysis.damaged.length > 0) return [{ key: 'notify.damagedHeadline', params: {} }]
  const lost = analysis.lostZones?.[0]
  if (lost !== undefined) return [{ key: 'adopt.lostHeadline', params: { zone: lost } }]
  const customerCount = report.zones.jobs.length + report.zones.pains.length + report.zones.gains.length
  if (customerCount === 0) return [{ key: 'notify.emptyProfile', params: {} }]
  const head: MessageRef = {
    key: 'notify.fitHeadline',
    params: { score: report.fit.score, band: report.fit.band }
  }
  const unaddressed = new Set(report.fit.unaddressed)
  for (const zone of MENTION_ORDER) {
    const count = report.zones[zone].filter((item) => unaddressed.has(item.id)).length
    if (count > 0) return [head, { key: `notify.unaddressed.${zone}`, params: { count } }]
  }
  return [head, { key: 'notify.allAddressed', params: {} }]
}
