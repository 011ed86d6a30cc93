/**
 * Plain data shared by the pure core, the adapter and the panel.
 * Nothing in here knows about the `figma` global.
 */

export const ZONE_KEYS = ['jobs', 'pains', 'gains', 'products', 'painRelievers', 'gainCreators'] as const
export type ZoneKey = (typeof ZONE_KEYS)[number]

export const CUSTOMER_ZONES = ['jobs', 'pains', 'gains'] as const
export type CustomerZone = (typeof CUSTOMER_ZONES)[number]

export const VALUE_ZONES = ['products', 'painRelievers', 'gainCreators'] as const
export type ValueZone = (typeof VALUE_ZONES)[number]

export const LOCALES = ['en', 'sv', 'da'] as const
export type Locale = (typeof LOCALES)[number]

/** Version of the template parts' plugin data. Bump when the drawn canvas changes shape. */
export const CANVAS_SCHEMA = 1

export interface Point {
  x: number
  y: number
}

/** A page-absolute, axis-aligned box (FigJam's `absoluteBoundingBox`). */
export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

// ---------------------------------------------------------------------------
// Board snapshot: what the adapter reads from the page in one pass.
// ---------------------------------------------------------------------------

export interface StickySnapshot {
  id: string
  text: string
  box: Rect
  /** Fill as upper-case hex without '#', or null when mixed / none. */
  fill: string | null
  /** Stamps stuck to this sticky. */
  votes: number
  /** Set on stickies this plugin wrote (e.g. BMC summaries); such stickies are not canvas content. */
  pluginRole: string | null
}

export interface ConnectorSnapshot {
  id: string
  startId: string | null
  endId: string | null
}

export interface CanvasMeta {
  schema: number
  locale: Locale
  segment: string
  product: string
}

export interface CanvasSnapshot {
  /** The SECTION node id: a canvas is its section, whatever ids plugin data holds. */
  id: string
  name: string
  box: Rect
  meta: CanvasMeta
  /** The square; null when it was deleted or moved out of the section. */
  valueMap: Rect | null
  /** The circle; null when it was deleted or moved out of the section. */
  customerProfile: Rect | null
  /** Manual checklist ticks stored on the section. */
  checks: Record<string, boolean>
  /** Link suggestions the team rejected, as `fromId>toId` pair keys. */
  rejected: string[]
}

export interface BoardSnapshot {
  canvases: CanvasSnapshot[]
  stickies: StickySnapshot[]
  connectors: ConnectorSnapshot[]
}

// ---------------------------------------------------------------------------
// The report (`vpcfit/1`), written as shared plugin data `vpcfit` / `report`.
// ---------------------------------------------------------------------------

export const REPORT_SCHEMA = 'vpcfit/1'

export interface ReportItem {
  id: string
  text: string
  rank: number
  weight: number
  votes: number
}

export type LinkKind = 'relieves' | 'creates' | 'serves' | 'invalid'

export interface ReportLink {
  from: string
  to: string
  kind: LinkKind
}

export type FitBand = 'weak' | 'target' | 'strong'

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

export type CanvasPart = 'valueMap' | 'customerProfile'

/** Everything the plugin knows about one canvas after a check. */
export interface CanvasAnalysis {
  report: FitReport
  /** Template parts that are missing: the canvas can be repaired. */
  damaged: CanvasPart[]
  /** Customer zones with no sticky (coverage 0, flagged). */
  emptyZones: ZoneKey[]
}

// ---------------------------------------------------------------------------
// Checklist
// ---------------------------------------------------------------------------

export type ChecklistGroup = 'customerProfile' | 'valueMap' | 'fit'

export interface ChecklistResult {
  /** Stable key, also the key of its manual tick in plugin data. */
  key: string
  group: ChecklistGroup
  /** true when the board decides this item; false when a person ticks it. */
  auto: boolean
  done: boolean
  /** Catalog key and parameters explaining an automatic verdict ("3 of 5 relievers are tied to a pain"). */
  detail: { key: string; params: Record<string, string | number> } | null
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
