/**
 * A canvas's history: one compact version per Check fit or "Save a version", stored as shared plugin data on the
 * canvas's section (`vpcfit` / `history.<id>`, see `src/core/history/history-storage.ts`) and exported as JSON
 * (`vpcfit-history/1`). The panel gets only the summaries and the changes in words, never the items.
 */
import * as v from 'valibot'
import { graphemeCount } from './graphemes'
import { HISTORY_NAME_MAX } from './limits'
import { FitBandSchema, MessageRefSchema, ZONE_KEYS } from './vocabulary'

export const HISTORY_SCHEMA = 'vpcfit-history/1'

/** Where an item sat: one of the six zones, or `unplaced` (inside the canvas, in no zone). */
export const VERSION_ZONES = [...ZONE_KEYS, 'unplaced'] as const
export type VersionZone = (typeof VERSION_ZONES)[number]

const count = v.pipe(v.number(), v.integer(), v.minValue(0))
const percent = v.pipe(v.number(), v.minValue(0), v.maxValue(100))

/** One sticky: `[node id, zone, rank in its zone, text]`. */
export const VersionItemSchema = v.tuple([v.string(), v.picklist(VERSION_ZONES), count, v.string()])
export type VersionItem = v.InferOutput<typeof VersionItemSchema>

/** A valid link (it counts for the fit): `[value-map node id, customer-profile node id]`. */
export const VersionLinkSchema = v.tuple([v.string(), v.string()])
export type VersionLink = v.InferOutput<typeof VersionLinkSchema>

export const CoverageSchema = v.object({ jobs: percent, pains: percent, gains: percent })

export const VersionSchema = v.object({
  /** 16 hex digits, from the parent's id and the content: two people keeping the same version write one entry. */
  id: v.pipe(v.string(), v.regex(/^[0-9a-f]{16}$/)),
  /** The newest version when this one was kept ('' for the first). */
  parent: v.string(),
  /** The section's node id when kept: a copied canvas carries its original's entries, which this tells apart. */
  canvas: v.string(),
  /** ISO time of the check. */
  at: v.string(),
  /** Given with "Save a version"; named versions are kept longest. */
  name: v.optional(
    v.pipe(
      v.string(),
      v.check((name) => graphemeCount(name) <= HISTORY_NAME_MAX)
    )
  ),
  score: percent,
  band: FitBandSchema,
  coverage: CoverageSchema,
  /** The evidence-backed fit, when the canvas records evidence. */
  evidenceFit: v.optional(percent),
  /** The stickies, or null once thinned (an old version keeps only its fit, for the chart). */
  items: v.nullable(v.array(VersionItemSchema)),
  links: v.nullable(v.array(VersionLinkSchema))
})
export type Version = v.InferOutput<typeof VersionSchema>

/** The JSON export of a canvas's history. */
export const HistoryExportSchema = v.object({
  schema: v.literal(HISTORY_SCHEMA),
  canvas: v.object({ id: v.string(), segment: v.string(), product: v.string() }),
  /** Oldest first. */
  versions: v.array(VersionSchema)
})
export type HistoryExport = v.InferOutput<typeof HistoryExportSchema>

/** What the panel shows of one version. */
export const VersionSummarySchema = v.object({
  id: v.string(),
  at: v.string(),
  name: v.optional(v.string()),
  score: v.number(),
  band: FitBandSchema,
  coverage: CoverageSchema,
  evidenceFit: v.optional(v.number()),
  /** false once thinned: it can be charted, not compared or drawn. */
  full: v.boolean()
})
export type VersionSummary = v.InferOutput<typeof VersionSummarySchema>

/** The active canvas's history as the panel renders it. */
export const HistoryViewSchema = v.object({
  /** Oldest first. */
  versions: v.array(VersionSummarySchema),
  /** The comparison on screen: `to` (the newest, unless chosen) against `from` (the one before, unless chosen). */
  compare: v.nullable(
    v.object({
      from: v.string(),
      to: v.string(),
      /** The changes as catalog keys (`history.*`) with parameters; zone parameters are zone keys. */
      lines: v.array(MessageRefSchema)
    })
  )
})
export type HistoryView = v.InferOutput<typeof HistoryViewSchema>

/**
 * A version's name as typed: trimmed, one line; what is wrong with it when it cannot be used. Its length is in
 * characters as a person counts them (31 emoji are 31, not 62 UTF-16 units).
 */
export function checkVersionName(
  raw: string
): { ok: true; name: string } | { ok: false; problem: 'empty' | 'tooLong' } {
  const name = raw.replace(/\s+/g, ' ').trim()
  if (name === '') return { ok: false, problem: 'empty' }
  if (graphemeCount(name) > HISTORY_NAME_MAX) return { ok: false, problem: 'tooLong' }
  return { ok: true, name }
}
