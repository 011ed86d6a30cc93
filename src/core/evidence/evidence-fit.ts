/**
 * The fit backed by evidence: the fit's own weighted ratio over jobs, pains and gains, counting an addressed item
 * only when customers back it (`said` or `did`). A refuted item counts in the fit on paper, never here.
 */
import { bandOf, ratioPercent } from '../fit'
import { linkedIds } from '../links'
import { CUSTOMER_ZONES, isSupported } from '../types'
import type { EvidenceLevel, EvidenceReport, ReportItem, ReportLink, ZoneKey } from '../types'
import { levelOf } from './evidence-levels'

export function evidenceFit(
  zones: Record<ZoneKey, readonly ReportItem[]>,
  links: readonly ReportLink[],
  levels: Readonly<Record<string, EvidenceLevel>>
): EvidenceReport['fit'] {
  const linked = linkedIds(links)
  let total = 0
  let hit = 0
  for (const zone of CUSTOMER_ZONES) {
    for (const item of zones[zone]) {
      total += item.weight
      if (linked.has(item.id) && isSupported(levelOf(levels, item.id))) hit += item.weight
    }
  }
  const score = ratioPercent(hit, total)
  return { score, band: bandOf(score) }
}
