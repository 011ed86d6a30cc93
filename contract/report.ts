/**
 * The `vpcfit/1` report: at once the shared plugin data `vpcfit` / `report` on a canvas, the JSON export and
 * the file the import reads. Versioned by its `schema` field; a change to its shape is a new version. The type
 * comes from the schema, so the panel's check of a report and the type the code uses cannot drift apart.
 */
import * as v from 'valibot'
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

export const REPORT_SCHEMA = 'vpcfit/1'

const count = v.pipe(v.number(), v.integer(), v.minValue(0))

export const ReportItemSchema = v.object({
  id: v.string(),
  text: v.string(),
  rank: count,
  weight: count,
  /** Votes for minus votes against, never below 0 (see `STAMP_VOTE`). */
  votes: count,
  /** The stamps on the sticky by kind (their FigJam names), when it has any; Question and Profile are no votes. */
  stamps: v.optional(v.record(v.pipe(v.string(), v.maxLength(64)), count))
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

export const FitReportSchema = v.object({
  schema: v.literal(REPORT_SCHEMA),
  canvas: v.object({ id: v.string(), segment: v.string(), product: v.string(), locale: LocaleSchema }),
  zones: v.object(
    Object.fromEntries(ZONE_KEYS.map((zone) => [zone, items])) as Record<ZoneKey, typeof items>
  ),
  unplaced: items,
  links: v.array(ReportLinkSchema),
  fit: FitSummarySchema,
  checkedAt: v.string()
})
export type FitReport = v.InferOutput<typeof FitReportSchema>

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
