/**
 * The domain's words, shared by the main thread, the panel and the playground: the six zones of the Value
 * Proposition Canvas, the languages, the nine Business Model Canvas blocks, and the shapes of what the plugin
 * tells the panel about a canvas. Each shape is a valibot schema and its type comes from it; this module imports
 * nothing outside `contract/` but valibot.
 */
import * as v from 'valibot'

export const ZONE_KEYS = ['jobs', 'pains', 'gains', 'products', 'painRelievers', 'gainCreators'] as const
export type ZoneKey = (typeof ZONE_KEYS)[number]

export const CUSTOMER_ZONES = ['jobs', 'pains', 'gains'] as const
export type CustomerZone = (typeof CUSTOMER_ZONES)[number]

export const VALUE_ZONES = ['products', 'painRelievers', 'gainCreators'] as const
export type ValueZone = (typeof VALUE_ZONES)[number]

export const LOCALES = ['en', 'sv', 'da'] as const
export type Locale = (typeof LOCALES)[number]

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

export const BMC_BLOCK_KEYS = [
  'keyPartners',
  'keyActivities',
  'keyResources',
  'valuePropositions',
  'customerRelationships',
  'channels',
  'customerSegments',
  'costStructure',
  'revenueStreams'
] as const
export type BmcBlockKey = (typeof BMC_BLOCK_KEYS)[number]

/** The two blocks the BMC summary writes into. */
export type BmcSummaryBlock = Extract<BmcBlockKey, 'valuePropositions' | 'customerSegments'>

export const ZoneKeySchema = v.picklist(ZONE_KEYS)
export const LocaleSchema = v.picklist(LOCALES)

export const FIT_BANDS = ['weak', 'target', 'strong'] as const
export const FitBandSchema = v.picklist(FIT_BANDS)
export type FitBand = (typeof FIT_BANDS)[number]

export const LINK_KINDS = ['relieves', 'creates', 'serves', 'invalid'] as const
export const LinkKindSchema = v.picklist(LINK_KINDS)
export type LinkKind = (typeof LINK_KINDS)[number]

export const CANVAS_PARTS = ['valueMap', 'customerProfile'] as const
export const CanvasPartSchema = v.picklist(CANVAS_PARTS)
export type CanvasPart = (typeof CANVAS_PARTS)[number]

export const EXPORT_FORMATS = ['markdown', 'csv', 'json'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

// ---------------------------------------------------------------------------
// Checklist
// ---------------------------------------------------------------------------

export const CHECKLIST_GROUPS = ['customerProfile', 'valueMap', 'fit'] as const
export type ChecklistGroup = (typeof CHECKLIST_GROUPS)[number]

/** A catalog key and its parameters: the core says what to tell, the edges make the sentence. */
export const MessageRefSchema = v.object({
  key: v.string(),
  params: v.record(v.string(), v.union([v.string(), v.number()]))
})
export type MessageRef = v.InferOutput<typeof MessageRefSchema>

export const ChecklistResultSchema = v.object({
  /** Stable key, also the key of its manual tick in plugin data. */
  key: v.string(),
  group: v.picklist(CHECKLIST_GROUPS),
  /** true when the board decides this item; false when a person ticks it. */
  auto: v.boolean(),
  done: v.boolean(),
  /** Catalog key and parameters explaining an automatic verdict ("3 of 5 relievers are tied to a pain"). */
  detail: v.nullable(MessageRefSchema)
})
export type ChecklistResult = v.InferOutput<typeof ChecklistResultSchema>

// ---------------------------------------------------------------------------
// Link suggestions
// ---------------------------------------------------------------------------

/**
 * The shared meaning behind a suggestion: lexicon concept keys (`suggest.concept.<key>` in main's catalog, e.g.
 * "cost" for "expensive" / "cheaper") and words both stickies use, as written on the value-map sticky. At most two
 * of each.
 */
export const SuggestionReasonSchema = v.object({
  concepts: v.array(v.string()),
  words: v.array(v.string())
})
export type SuggestionReason = v.InferOutput<typeof SuggestionReasonSchema>

export const LinkSuggestionSchema = v.object({
  /** The value-map sticky. */
  fromId: v.string(),
  /** The customer-profile sticky. */
  toId: v.string(),
  kind: v.picklist(['relieves', 'creates', 'serves'] as const),
  /** 0..1: how likely the pair is a link (the suggester's pair model), or the similarity under its hand-set rule. */
  score: v.number(),
  /** Why the pair is suggested, strongest first. */
  reason: SuggestionReasonSchema
})
export type LinkSuggestion = v.InferOutput<typeof LinkSuggestionSchema>

/**
 * FigJam's stamps, by the name a new stamp gets (developers.figma.com/docs/plugins/api/StampNode: "Use the stamp's
 * name property to tell what type of stamp it is").
 */
export const STAMP_KINDS = ['+1', 'Dot', 'Heart', 'Profile', 'Question', 'Star', 'Thumbs down', 'Thumbs up'] as const
export type StampKind = (typeof STAMP_KINDS)[number]

/**
 * What each stamp says about a sticky: 1 a vote for it, -1 a vote against, 0 shown but no vote (a question mark
 * asks, a profile marks a person).
 */
export const STAMP_VOTE: Readonly<Record<StampKind, 1 | 0 | -1>> = {
  '+1': 1,
  Dot: 1,
  Heart: 1,
  Profile: 0,
  Question: 0,
  Star: 1,
  'Thumbs down': -1,
  'Thumbs up': 1
}

/**
 * The vote of a stamp called `name`. A name FigJam does not document (a future stamp, a renamed one) counts as a
 * vote for, as every stamp did before stamps had kinds: a dot-voting session is the common case.
 */
export function stampVote(name: string): 1 | 0 | -1 {
  return (STAMP_KINDS as readonly string[]).includes(name) ? STAMP_VOTE[name as StampKind] : 1
}

/** Stamps on one sticky, counted by name. */
export type StampTally = Readonly<Record<string, number>>

/** Votes for minus votes against in a tally. */
export function netVotes(tally: StampTally): number {
  let net = 0
  for (const [name, count] of Object.entries(tally)) net += stampVote(name) * count
  return net
}

/** Whether a tally holds any vote, for or against (question marks and profiles are not votes). */
export function hasVotes(tally: StampTally): boolean {
  for (const [name, count] of Object.entries(tally)) if (count > 0 && stampVote(name) !== 0) return true
  return false
}
