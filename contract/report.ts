/**
 * The `vpcfit/1` report: at once the shared plugin data `vpcfit` / `report` on a canvas, the JSON export and
 * the file the import reads. Versioned by its `schema` field; a change to its shape is a new version.
 */
import type { CustomerZone, FitBand, LinkKind, Locale, ZoneKey } from './vocabulary'

export const REPORT_SCHEMA = 'vpcfit/1'

export interface ReportItem {
  id: string
  text: string
  rank: number
  weight: number
  votes: number
}

export interface ReportLink {
  from: string
  to: string
  kind: LinkKind
}

export interface FitSummary {
  score: number
  band: FitBand
  coverage: Record<CustomerZone, number>
  unaddressed: string[]
  orphans: string[]
}

export interface FitReport {
  schema: typeof REPORT_SCHEMA
  canvas: { id: string; segment: string; product: string; locale: Locale }
  zones: Record<ZoneKey, ReportItem[]>
  unplaced: ReportItem[]
  links: ReportLink[]
  fit: FitSummary
  checkedAt: string
}
