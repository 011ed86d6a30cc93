import type { CanvasAnalysis, CustomerZone, MessageRef } from './types'

/** The customer zones in the order the canvas reads them. */
const ZONE_ORDER: CustomerZone[] = ['jobs', 'pains', 'gains']

/**
 * One part of a notification line. `list` holds refs the edge says in turn and joins with ", " into the `list`
 * parameter ("5 unaddressed: 2 jobs, 1 pain, 2 gains"), so every word stays a catalog key.
 */
export interface HeadlinePart extends MessageRef {
  list?: MessageRef[]
}

/**
 * The parts of the notification line about one canvas, the full picture in FigJam's ~100 characters:
 * "Fit 65% · on target · 5 unaddressed: 2 jobs, 1 pain, 2 gains". The edge says each part and joins them with
 * " · ". An empty canvas says where to start, a damaged one only the repair, an adopted one with a lost label
 * the first zone it can no longer find (the panel lists them all).
 */
export function fitHeadline(analysis: CanvasAnalysis): HeadlinePart[] {
  const { report } = analysis
  if (analysis.damaged.length > 0) return [{ key: 'notify.damagedHeadline', params: {} }]
  const lost = analysis.lostZones?.[0]
  if (lost !== undefined) return [{ key: 'adopt.lostHeadline', params: { zone: lost } }]
  const customerCount = ZONE_ORDER.reduce((sum, zone) => sum + report.zones[zone].length, 0)
  if (customerCount === 0) return [{ key: 'card.empty', params: {} }]
  const head: HeadlinePart[] = [
    { key: 'card.fit', params: { score: report.fit.score } },
    { key: `notify.band.${report.fit.band}`, params: {} }
  ]
  const unaddressed = new Set(report.fit.unaddressed)
  const open = ZONE_ORDER.map((zone) => ({
    zone,
    count: report.zones[zone].filter((item) => unaddressed.has(item.id)).length
  })).filter((entry) => entry.count > 0)
  const only = open.length === 1 ? open[0] : undefined
  if (open.length === 0) return [...head, { key: 'notify.allAddressed', params: {} }]
  if (only) return [...head, { key: `notify.unaddressed.${only.zone}`, params: { count: only.count } }]
  return [
    ...head,
    {
      key: 'notify.unaddressedTotal',
      params: { count: open.reduce((sum, entry) => sum + entry.count, 0) },
      list: open.map((entry) => ({ key: `notify.count.${entry.zone}`, params: { count: entry.count } }))
    }
  ]
}
