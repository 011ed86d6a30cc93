/**
 * Plain data of the main thread: the pure core's and the adapter's.
 * Nothing in here knows about the `figma` global. The vocabulary both sides share (zones, locales, the
 * `vpcfit/1` report, what the panel is told) lives in `contract/`; it is re-exported here for the core's use.
 */
import type { Locale, StampTally } from '../../contract/vocabulary'
import type { Decision, EvidenceLevel } from '../../contract/evidence'
import type { DrawnZones } from './drawn/types'

export * from '../../contract/vocabulary'
export * from '../../contract/report'
export * from '../../contract/evidence'

/**
 * How the core asks for a text: a catalog key and its parameters in, the sentence out. The edge (main's i18n)
 * supplies it, so the core holds keys, never texts, and never imports a catalog.
 */
export type Say = (key: string, params?: Record<string, string | number>) => string

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
  /** Votes for minus votes against, from the stamps stuck to this sticky (can be negative). */
  votes: number
  /** The stamps stuck to this sticky, counted by name (kind). */
  stamps: StampTally
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
  /**
   * A canvas people drew and the plugin adopted: its zones as decided from its drawing (then `id` is the node
   * holding its definition, and `valueMap` / `customerProfile` are null). Absent for the plugin's own canvases.
   */
  drawn?: DrawnZones
  /** When Check fit last stored a report here, and what became of the fit card (absent: never checked). */
  lastCheck?: LastCheck
  /** The evidence the team set per item (shared plugin data `vpcfit`/`evidence`); absent or missing ids: none. */
  evidence?: Readonly<Record<string, EvidenceLevel>>
  /** The test cards drawn for this canvas, in board order, each with its learning card (absent: none). */
  tests?: readonly TestCardSnapshot[]
}

/** The four fields of a test card as the team wrote them (the card's own prompts taken off). */
export interface TestFields {
  hypothesis: string
  test: string
  metric: string
  criteria: string
}

/** A test card on the board, read back. */
export interface TestCardSnapshot {
  /** The card's node id. */
  id: string
  /** The sticky it tests. */
  itemId: string
  fields: TestFields
  learning: LearningCardSnapshot | null
}

/** A learning card on the board, read back. */
export interface LearningCardSnapshot {
  id: string
  observation: string
  learning: string
  /** The decision as read from the card's decision field; null while none (or more than one) is written. */
  decision: Decision | null
  /** The decision the item's evidence already took in (or a later evidence setting overrode); null: none yet. */
  applied: Decision | null
}

/**
 * The fit card of a canvas: `none` never drawn (Check fit draws one), `drawn` the plugin's card is on the canvas,
 * `off` the team turned it off, `left` a person edited or deleted the card (not drawn again until asked).
 */
export type FitCardState = 'none' | 'drawn' | 'off' | 'left'

export interface LastCheck {
  /** ISO time of the last Check fit, or null. */
  checkedAt: string | null
  card: FitCardState
}

export interface BoardSnapshot {
  canvases: CanvasSnapshot[]
  stickies: StickySnapshot[]
  connectors: ConnectorSnapshot[]
}
