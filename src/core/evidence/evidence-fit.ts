/**
 * The fit backed by evidence: the fit's own weighted ratio over jobs, pains and gains, counting an addressed item
 * only when customers back it (`said` or `did`). A refuted item counts in the fit on paper, never here.
 */
import type { EvidenceLevel, EvidenceReport, ReportItem, ReportLink, ZoneKey } from '../types'
import { evidenceReport } from './evidence-report'

export function evidenceFit(
  zones: Record<ZoneKey, readonly ReportItem[]>,
  links: readonly ReportLink[],
  levels: Readonly<Record<string, EvidenceLevel>>
): EvidenceReport['fit'] {
  return evidenceReport({ evidence: levels }, zones, links).fit
}
