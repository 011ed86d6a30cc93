/**
 * The domain's words, shared by the main thread, the panel, the fake and the playground: the six zones of the
 * Value Proposition Canvas, the languages, the nine Business Model Canvas blocks, and the shapes of what the
 * plugin tells the panel about a canvas. Plain data; this module imports nothing outside `contract/`.
 */
import type { FitReport } from './report'

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

export type FitBand = 'weak' | 'target' | 'strong'

export type LinkKind = 'relieves' | 'creates' | 'serves' | 'invalid'

export type CanvasPart = 'valueMap' | 'customerProfile'

export type ExportFormat = 'markdown' | 'csv' | 'json'

/** Everything the plugin knows about one canvas after a check. */
export interface CanvasAnalysis {
  report: FitReport
  /** Template parts that are missing: the canvas can be repaired. */
  damaged: CanvasPart[]
  /** Customer zones with no sticky (coverage 0, flagged). */
  emptyZones: ZoneKey[]
  /** An adopted drawing: the zones whose label was deleted, so they can no longer be found. Absent otherwise. */
  lostZones?: ZoneKey[]
}

// ---------------------------------------------------------------------------
// Checklist
// ---------------------------------------------------------------------------

export type ChecklistGroup = 'customerProfile' | 'valueMap' | 'fit'

/** A catalog key and its parameters: the core says what to tell, the edges make the sentence. */
export interface MessageRef {
  key: string
  params: Record<string, string | number>
}

export interface ChecklistResult {
  /** Stable key, also the key of its manual tick in plugin data. */
  key: string
  group: ChecklistGroup
  /** true when the board decides this item; false when a person ticks it. */
  auto: boolean
  done: boolean
  /** Catalog key and parameters explaining an automatic verdict ("3 of 5 relievers are tied to a pain"). */
  detail: MessageRef | null
}

// ---------------------------------------------------------------------------
// Link suggestions
// ---------------------------------------------------------------------------

export interface LinkSuggestion {
  /** The value-map sticky. */
  fromId: string
  /** The customer-profile sticky. */
  toId: string
  kind: Exclude<LinkKind, 'invalid'>
  /** 0..1 similarity. */
  score: number
}
