/**
 * The `vpcfit/2` report: at once the shared plugin data `vpcfit` / `report` on a canvas, the JSON export and
 * the file the import reads. Versioned by its `schema` field; a change to its shape is a new version. The type
 * comes from the schema, so the panel's check of a report and the type the code uses cannot drift apart.
 * `vpcfit/2` added `evidence` (each item's evidence, the fit backed by it, the test and learning cards); a
 * `vpcfit/1` report still reads, as one with no evidence yet (`upgradeReport`).
 */
import * as v from 'valibot'
import { STAMP_NAME_MAX } from './limits'
import {
  CanvasPartSchema,
  CUSTOMER_ZONES,
  FitBandSchema,
  LinkKindSchema,
  LocaleSchema,
  ZONE_KEYS,
  ZoneKeySchema
} from './vocabulary'
import type { CustomerZone, ZoneKey } from './vocabulary'
import { EvidenceReportSchema } from './evidence'
import type { EvidenceReport } from './evidence'

export const REPORT_SCHEMA = 'vpcfit/2'
/** The first version, still read: a report from before evidence. */
export const REPORT_SCHEMA_V1 = 'vpcfit/1'
/** Every version the plugin reads, oldest first. */
export const REPORT_SCHEMAS_READ = [REPORT_SCHEMA_V1, REPORT_SCHEMA] as const

const count = v.pipe(v.number(), v.integer(), v.minValue(0))

export const ReportItemSchema = v.object({
  id: v.string(),
  text: v.string(),
  rank: count,
  weight: count,
  /** Votes for minus votes against, never below 0 (see `STAMP_VOTE`). */
  votes: count,
  /** The stamps on the sticky by kind (their FigJam names), when it has any; Question and Profile are no votes. */
  stamps: v.optional(v.record(v.pipe(v.string(), v.maxLength(STAMP_NAME_MAX)), count)),
  /**
   * The sticky's fill as `#RRGGBB` (upper case). Written by the exports (the stored report leaves it out: nothing in
   * the fit depends on colour) and read back by the import; absent when unknown or mixed.
   */
  color: v.optional(v.string())
})
export type ReportItem = v.InferOutput<typeof ReportItemSchema>

export const ReportLinkSchema = v.object({ from: v.string(), to: v.string(), kind: LinkKindSchema })
export type ReportLink = v.InferOutput<typeof ReportLinkSchema>

const percent = v.pipe(v.number(), v.minValue(0), v.maxValue(100))

export const FitSummarySchema = v.object({
  score: percent,
  band: FitBandSchema,
  coverage: v.object(
    Object.fromEntries(CUSTOMER_ZONES.map((zone) => [zone, percent])) as Record<CustomerZone, typeof percent>
  ),
  unaddressed: v.array(v.string()),
  orphans: v.array(v.string())
})
export type FitSummary = v.InferOutput<typeof FitSummarySchema>

const items = v.array(ReportItemSchema)

const reportEntries = {
  canvas: v.object({ id: v.string(), segment: v.string(), product: v.string(), locale: LocaleSchema }),
  zones: v.object(
    Object.fromEntries(ZONE_KEYS.map((zone) => [zone, items])) as Record<ZoneKey, typeof items>
  ),
  unplaced: items,
  links: v.array(ReportLinkSchema),
  fit: FitSummarySchema
}

export const FitReportSchema = v.object({
  schema: v.literal(REPORT_SCHEMA),
  ...reportEntries,
  evidence: EvidenceReportSchema,
  checkedAt: v.string()
})
export type FitReport = v.InferOutput<typeof FitReportSchema>

/** A `vpcfit/1` report: the same without `evidence`. */
export const FitReportV1Schema = v.object({
  schema: v.literal(REPORT_SCHEMA_V1),
  ...reportEntries,
  checkedAt: v.string()
})
export type FitReportV1 = v.InferOutput<typeof FitReportV1Schema>

/** The evidence part of a canvas nobody has backed yet: no evidence, no tests, a backed fit of 0. */
export function noEvidence(): EvidenceReport {
  return { items: {}, fit: { score: 0, band: 'weak' }, tests: [] }
}

/** Whether the team has tested the canvas at all: any evidence set or any test card drawn. */
export function hasEvidence(evidence: EvidenceReport): boolean {
  return Object.keys(evidence.items).length > 0 || evidence.tests.length > 0
}

/** A report of any version read as the current one: a `vpcfit/1` report has no evidence yet. */
export function upgradeReport(report: FitReport | FitReportV1): FitReport {
  if (report.schema === REPORT_SCHEMA) return report
  const { schema: _schema, checkedAt, ...rest } = report
  return { schema: REPORT_SCHEMA, ...rest, evidence: noEvidence(), checkedAt }
}

/** Checks a report of any version the plugin reads and returns it as the current one; null when it is none. */
export function readReport(value: unknown): FitReport | null {
  const current = v.safeParse(FitReportSchema, value)
  if (current.success) return current.output
  const old = v.safeParse(FitReportV1Schema, value)
  return old.success ? upgradeReport(old.output) : null
}

/** Everything the plugin knows about one canvas after a check. */
export const CanvasAnalysisSchema = v.object({
  report: FitReportSchema,
  /** Template parts that are missing: the canvas can be repaired. */
  damaged: v.array(CanvasPartSchema),
  /** Customer zones with no sticky (coverage 0, flagged). */
  emptyZones: v.array(ZoneKeySchema),
  /** An adopted drawing: the zones whose label was deleted, so they can no longer be found. Absent otherwise. */
  lostZones: v.optional(v.array(ZoneKeySchema))
})
export type CanvasAnalysis = v.InferOutput<typeof CanvasAnalysisSchema>
