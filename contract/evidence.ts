/**
 * Evidence, tests and learnings: the words both sides share. Each canvas item (job, pain, gain, product, reliever,
 * creator) has an evidence level the team sets; test cards and learning cards on the board test the riskiest items,
 * and a learning card's decision moves the item's evidence. Imports nothing outside `contract/` but valibot.
 */
import * as v from 'valibot'
import { FitBandSchema, ZoneKeySchema } from './vocabulary'
import { IMPORT_MAX_TEXT } from './limits'

/**
 * How an item is backed, weakest first: `none` an assumption (nothing yet), `said` customers said so (interviews,
 * surveys), `did` customers did so (sign-ups, usage, pre-orders, payments), `refuted` evidence says it is not so.
 */
export const EVIDENCE_LEVELS = ['none', 'said', 'did', 'refuted'] as const
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number]
export const EvidenceLevelSchema = v.picklist(EVIDENCE_LEVELS)

/** Whether a level backs the item (customers said or did so). */
export function isSupported(level: EvidenceLevel): boolean {
  return level === 'said' || level === 'did'
}

/** A learning card's decision about what it tested. */
export const DECISIONS = ['keep', 'change', 'drop'] as const
export type Decision = (typeof DECISIONS)[number]
export const DecisionSchema = v.picklist(DECISIONS)

/**
 * Where a test stands: `draft` test, metric or criteria still to write; `ready` all written, the test can run;
 * `learning` a learning card is drawn, no decision yet; `decided` its decision is written.
 */
export const TEST_STATUSES = ['draft', 'ready', 'learning', 'decided'] as const
export type TestStatus = (typeof TEST_STATUSES)[number]

// As long as a sticky's text may be (the report's size limit bounds both): a card field longer than a fixed
// 10,000 made an export the import refused.
const text = v.pipe(v.string(), v.maxLength(IMPORT_MAX_TEXT))

export const LearningEntrySchema = v.object({
  /** The learning card's node id. */
  id: v.string(),
  observation: text,
  learning: text,
  decision: v.nullable(DecisionSchema)
})
export type LearningEntry = v.InferOutput<typeof LearningEntrySchema>

export const TestEntrySchema = v.object({
  /** The test card's node id. */
  id: v.string(),
  /** The sticky it tests. */
  itemId: v.string(),
  hypothesis: text,
  test: text,
  metric: text,
  criteria: text,
  status: v.picklist(TEST_STATUSES),
  learning: v.nullable(LearningEntrySchema)
})
export type TestEntry = v.InferOutput<typeof TestEntrySchema>

const percent = v.pipe(v.number(), v.minValue(0), v.maxValue(100))

/** The report's evidence part (new in `vpcfit/2`). */
export const EvidenceReportSchema = v.object({
  /** Evidence of each item that has any (`said`, `did`, `refuted`); an item not listed has none yet. */
  items: v.record(v.string(), v.picklist(['said', 'did', 'refuted'] as const)),
  /** The fit backed by evidence: the fit's weighted ratio counting only links whose customer item is supported. */
  fit: v.object({ score: percent, band: FitBandSchema }),
  /** The canvas's test cards, each with its learning card when there is one, in board order. */
  tests: v.array(TestEntrySchema)
})
export type EvidenceReport = v.InferOutput<typeof EvidenceReportSchema>

/** Why an item is on the riskiest list (catalog `risk.why.<reason>`). */
export const RISK_REASONS = ['refutedInFit', 'unbackedInFit', 'unbacked', 'linkUnbacked'] as const
export type RiskReason = (typeof RISK_REASONS)[number]

export const RiskEntrySchema = v.object({
  /** The sticky a test card for this entry tests. */
  id: v.string(),
  zone: ZoneKeySchema,
  reason: v.picklist(RISK_REASONS),
  /** The item's 1-based rank in its zone. */
  rank: v.number(),
  /** For `linkUnbacked`: the supported customer item the value-map item is linked to. */
  pairedWith: v.nullable(v.string()),
  /** The test card already drawn for it, or null. */
  testId: v.nullable(v.string())
})
export type RiskEntry = v.InferOutput<typeof RiskEntrySchema>
