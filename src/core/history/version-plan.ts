import type { Version } from '../../../contract/history'
import type { ImportPlan } from '../export'
import type { FitReport } from '../types'

/**
 * What to draw to show `version` again (the import's plan: the template, each sticky in its zone in rank order,
 * its valid links), under the canvas's names and language; null for a thinned version, whose stickies are gone.
 */
export function versionPlan(version: Version, canvas: FitReport['canvas']): ImportPlan | null {
  if (version.items === null) return null
  const order = ['jobs', 'pains', 'gains', 'products', 'painRelievers', 'gainCreators', 'unplaced']
  const items = [...version.items].sort((a, b) => order.indexOf(a[1]) - order.indexOf(b[1]) || a[2] - b[2])
  const keys = new Set(items.map((item) => item[0]))
  return {
    segment: canvas.segment,
    product: canvas.product,
    locale: canvas.locale,
    stickies: items.map(([key, zone, rank, text]) => ({
      key,
      zone: zone === 'unplaced' ? null : zone,
      text,
      rank,
      votes: 0
    })),
    links: (version.links ?? [])
      .filter(([from, to]) => keys.has(from) && keys.has(to))
      .map(([fromKey, toKey]) => ({ fromKey, toKey })),
    // A version keeps no stamps: nothing to lose, and the fit stays what the version had.
    votes: {
      dropped: 0,
      before: { score: version.score, band: version.band },
      after: { score: version.score, band: version.band },
      reranked: 0
    }
  }
}
