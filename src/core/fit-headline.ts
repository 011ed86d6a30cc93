// eslint-disable-next-line layers/imports -- the headline's sentence moves to the edge (issue 15, stage 3)
import { tKey } from '../i18n'
import type { CanvasAnalysis, CustomerZone, Locale } from './types'

/** The order in which unaddressed items are worth mentioning: pains hurt first. */
const MENTION_ORDER: CustomerZone[] = ['pains', 'gains', 'jobs']

/** One line for a notification: "Fit 62 % (target) · 2 pains unaddressed". */
export function fitHeadline(analysis: CanvasAnalysis, locale: Locale): string {
  const { report } = analysis
  if (analysis.damaged.length > 0) return tKey(locale, 'notify.damagedHeadline')
  const customerCount = report.zones.jobs.length + report.zones.pains.length + report.zones.gains.length
  if (customerCount === 0) return tKey(locale, 'notify.emptyProfile')
  const head = tKey(locale, 'notify.fitHeadline', {
    score: report.fit.score,
    band: tKey(locale, `notify.band.${report.fit.band}`)
  })
  const unaddressed = new Set(report.fit.unaddressed)
  for (const zone of MENTION_ORDER) {
    const count = report.zones[zone].filter((item) => unaddressed.has(item.id)).length
    if (count > 0) {
      const tail = tKey(locale, count === 1 ? `notify.unaddressedOne.${zone}` : `notify.unaddressedMany.${zone}`, { count })
      return `${head} · ${tail}`
    }
  }
  return `${head} · ${tKey(locale, 'notify.allAddressed')}`
}
