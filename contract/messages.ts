/**
 * The one message contract between the plugin's main thread and its panel, as valibot schemas: the TypeScript
 * types of every message come from these schemas, and so do the runtime checks on both sides, so a field added
 * to a message is checked, or the build fails.
 *
 * Messages travel as `[name, payload]` (the `@create-figma-plugin/utilities` wire format).
 * - Panel -> main: a request (`REQUESTS`), its payload carrying a `requestId`.
 * - Main -> panel: `STATE` (what the panel renders, in full when the panel opens or asks), then `STATE_PATCH`
 *   (only what changed since, numbered: see `contract/state-patch.ts`), and `DONE`, the one answer to each request, matched by
 *   `requestId` and carrying the request's own typed result (`REQUESTS[name].result`): the export's file, the
 *   import's outcome... Main answers every request once, including requests it could not parse.
 */
import * as v from 'valibot'
import { FIT_LIST_FIRST, LIST_SHOWN_MAX, LIST_WINDOW, MESSAGE_ID_MAX, MESSAGE_TEXT_MAX } from './limits'
import { CanvasAnalysisSchema, ReportItemSchema } from './report'
import { HistoryViewSchema } from './history'
import { EVIDENCE_LEVELS, EvidenceReportSchema, RiskEntrySchema } from './evidence'
import {
  CanvasPartSchema,
  ChecklistResultSchema,
  CUSTOMER_ZONES,
  EXPORT_FORMATS,
  FitBandSchema,
  LOCALES,
  LocaleSchema,
  VALUE_ZONES,
  ZONE_KEYS,
  ZoneKeySchema
} from './vocabulary'
import type { CustomerZone, ValueZone, ZoneKey } from './vocabulary'
import type { Patch } from './state-patch'
import { isPatch } from './state-patch'

export type { ExportFormat } from './vocabulary'

// ---------------------------------------------------------------------------
// Fields. Each schema's message is the problem as the error answer states it ("nodeId must be a node id").
// ---------------------------------------------------------------------------

const text = (max: number) =>
  v.pipe(v.string('must be text'), v.maxLength(max, `must be at most ${max} characters`))

const nodeId = v.pipe(
  v.string('must be a node id'),
  v.minLength(1, 'must be a node id'),
  v.maxLength(MESSAGE_ID_MAX, 'must be a node id'),
  v.regex(/^[A-Za-z0-9:;_-]+$/, 'must be a node id')
)

const locale = v.picklist(
  LOCALES,
  `must be ${LOCALES.slice(0, -1).join(', ')} or ${LOCALES[LOCALES.length - 1]}`
)

const checkKey = v.pipe(
  v.string('must be a checklist item key'),
  v.maxLength(MESSAGE_ID_MAX, 'must be a checklist item key'),
  v.regex(/^[a-zA-Z.]+$/, 'must be a checklist item key')
)

const exportFormat = v.picklist(
  EXPORT_FORMATS,
  `must be ${EXPORT_FORMATS.slice(0, -1).join(', ')} or ${EXPORT_FORMATS[EXPORT_FORMATS.length - 1]}`
)

const versionId = v.pipe(v.string('must be a version id'), v.regex(/^[0-9a-f]{16}$/, 'must be a version id'))

/** The id every request carries; checked first, so even a broken request can be answered by its id. */
export const RequestIdSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(MESSAGE_ID_MAX))

const none = v.null()

export const ExportFileSchema = v.object({
  format: v.picklist(EXPORT_FORMATS),
  filename: v.string(),
  mimeType: v.string(),
  content: v.string()
})
export type ExportFile = v.InferOutput<typeof ExportFileSchema>

export const ImportOutcomeSchema = v.object({
  /** Stickies drawn. */
  stickies: v.number(),
  /** Connectors drawn between them. */
  links: v.number()
})
export type ImportOutcome = v.InferOutput<typeof ImportOutcomeSchema>

// ---------------------------------------------------------------------------
// The sticky lists the panel shows, sent only while shown (see `VIEW_ITEMS` and `ActiveCanvas.lists`)
// ---------------------------------------------------------------------------

/**
 * A list of stickies of the open canvas, by name: a zone's stickies (the Zones tab), a customer zone's unaddressed
 * ones and a value zone's orphans (the Fit tab), the stickies outside every zone. Each in rank order.
 */
export type ItemListKey = `zone.${ZoneKey}` | `unaddressed.${CustomerZone}` | `orphans.${ValueZone}` | 'unplaced'

export const ITEM_LIST_KEYS: readonly ItemListKey[] = [
  ...ZONE_KEYS.map((zone): ItemListKey => `zone.${zone}`),
  ...CUSTOMER_ZONES.map((zone): ItemListKey => `unaddressed.${zone}`),
  ...VALUE_ZONES.map((zone): ItemListKey => `orphans.${zone}`),
  'unplaced'
]

/** Stickies a list shows before "show more": a zone's window, or the Fit tab's first look (`FIT_LIST_FIRST`). */
export function firstShown(key: ItemListKey): number {
  return key.startsWith('zone.') ? LIST_WINDOW : FIT_LIST_FIRST
}

const listKey = v.picklist(ITEM_LIST_KEYS, 'must be the name of a sticky list')

const shownCount = v.pipe(
  v.number('must be a number of stickies'),
  v.integer('must be a whole number of stickies'),
  v.minValue(1, 'must be at least 1'),
  v.maxValue(LIST_SHOWN_MAX, `must be at most ${LIST_SHOWN_MAX}`)
)

/** Which sticky lists the panel shows, and how many stickies of each from the top. */
export const ItemViewSchema = v.object({
  lists: v.pipe(
    v.array(v.strictObject({ key: listKey, shown: shownCount }), 'must be a list of sticky lists'),
    v.maxLength(ITEM_LIST_KEYS.length, `must name at most ${ITEM_LIST_KEYS.length} lists`),
    v.check((lists) => new Set(lists.map((list) => list.key)).size === lists.length, 'must name each list once')
  ),
  /** The whole report as well (the link suggestions, computed in the panel, read every sticky and link). */
  full: v.boolean('must be true or false')
})
export type ItemView = v.InferOutput<typeof ItemViewSchema>

/**
 * One sticky list as the panel shows it: its first `shown` stickies by rank, plus any sticky selected on the board
 * further down (at its rank), of `total`.
 */
export const ItemWindowSchema = v.object({
  total: v.number(),
  shown: v.number(),
  /** The whole list's weight (a sticky's share of its zone is of this). */
  weight: v.number(),
  items: v.array(ReportItemSchema)
})
export type ItemWindow = v.InferOutput<typeof ItemWindowSchema>

// ---------------------------------------------------------------------------
// Panel -> main: every request, its payload (besides `requestId`) and the result its answer carries.
// ---------------------------------------------------------------------------

const request = <P extends v.ObjectEntries, R extends v.GenericSchema>(payload: P, result: R) => ({
  payload: v.strictObject({ requestId: RequestIdSchema, ...payload }),
  result
})

export const REQUESTS = {
  /** The browser's language when it is one we speak; main uses it only as a first-time default. */
  UI_READY: request({ browserLocale: v.nullable(locale) }, none),
  /**
   * The panel drew a first state that holds only the canvas it opened on (`partial`): main reads the rest of the
   * board now. Sent once per partial state, after the frame that shows it.
   */
  PANEL_SHOWN: request({}, none),
  SELECT_CANVAS: request({ canvasId: nodeId }, none),
  CHECK_FIT: request({ canvasId: v.nullable(nodeId) }, none),
  /** Checks the canvas and keeps the version under a name (main checks the name and says what is wrong). */
  SAVE_VERSION: request({ canvasId: nodeId, name: text(MESSAGE_TEXT_MAX) }, none),
  /** Which two versions of the canvas's history the panel compares (null: the newest, and the one before it). */
  COMPARE_VERSIONS: request(
    { canvasId: nodeId, from: v.nullable(versionId), to: v.nullable(versionId) },
    none
  ),
  /** Draws a version of the history beside the canvas as a locked, labelled copy. */
  DRAW_VERSION: request({ canvasId: nodeId, versionId }, none),
  /** The canvas's history as a file: a CSV of the versions, or the `vpcfit-history/1` JSON. */
  EXPORT_HISTORY: request(
    { canvasId: nodeId, format: v.picklist(['csv', 'json'], 'must be csv or json') },
    ExportFileSchema
  ),
  INSERT_VPC: request({ segment: text(MESSAGE_TEXT_MAX), product: text(MESSAGE_TEXT_MAX), locale }, none),
  INSERT_BMC: request({ locale }, none),
  /** With `insertBmc`, a page without a BMC gets one in that language first: one step, one notification. */
  BMC_SUMMARY: request({ canvasId: nodeId, insertBmc: v.optional(locale) }, none),
  REPAIR_CANVAS: request({ canvasId: nodeId }, none),
  FOCUS_NODE: request({ nodeId }, none),
  /** Turns a canvas's fit card on (drawn at once) or off. */
  SET_FIT_CARD: request({ canvasId: nodeId, on: v.boolean('must be true or false') }, none),
  SET_CHECK: request(
    { canvasId: nodeId, itemKey: checkKey, checked: v.boolean('must be true or false') },
    none
  ),
  SET_LOCALE: request({ locale }, none),
  EXPORT: request({ canvasId: nodeId, format: exportFormat }, ExportFileSchema),
  /** Any length: the import's own check refuses a file over `IMPORT_MAX_CHARS` in the user's words, drawing nothing. */
  IMPORT_REPORT: request({ json: v.string('must be text') }, ImportOutcomeSchema),
  ACCEPT_SUGGESTION: request({ canvasId: nodeId, fromId: nodeId, toId: nodeId }, none),
  REJECT_SUGGESTION: request({ canvasId: nodeId, fromId: nodeId, toId: nodeId }, none),
  CLOSE_PANEL: request({}, none),
  /** Sets one item's evidence (none, said, did, refuted). */
  SET_EVIDENCE: request({ canvasId: nodeId, itemId: nodeId, level: v.picklist(EVIDENCE_LEVELS, 'must be an evidence level') }, none),
  /** Draws a test card for one item beside its canvas. */
  CREATE_TEST_CARD: request({ canvasId: nodeId, itemId: nodeId }, none),
  /** Draws the learning card beside a test card. */
  RECORD_LEARNING: request({ testId: nodeId }, none),
  /** Adopts the selected drawing (a canvas people drew); the panel offers it when the state says `adoptable`. */
  ADOPT_CANVAS: request({}, none),
  /**
   * The sticky lists the panel shows now (`view`, version 1 of this message: `ItemViewSchema`). Main sends those
   * lists of the open canvas windowed in the state from now on (`ActiveCanvas.lists`, patched like the rest on each
   * edit) and no others; the answer carries the number of the first state that holds them.
   */
  VIEW_ITEMS: request({ view: ItemViewSchema }, v.object({ version: v.number() }))
}

type Requests = typeof REQUESTS
export type RequestName = keyof Requests
/** A request's payload as it travels, `requestId` included. */
export type RequestPayload<N extends RequestName> = v.InferOutput<Requests[N]['payload']>
/** A request's payload before the panel gives it an id. */
export type RequestFields<N extends RequestName> = Omit<RequestPayload<N>, 'requestId'>
/** What a successful answer to the request carries. */
export type RequestResult<N extends RequestName> = v.InferOutput<Requests[N]['result']>
/** A request as it travels to main. */
export type RequestMessage = { [N in RequestName]: [N, RequestPayload<N>] }[RequestName]

/** The answer to one request: its result when it worked, a sentence for the user either way. */
export type Answer<N extends RequestName> =
  { ok: true; message: string; result: RequestResult<N> } | { ok: false; message: string; result: null }

/** One handler per request: the type makes a request without a handler, or a wrong result, a compile error. */
export type RequestHandlers = { [N in RequestName]: (payload: RequestPayload<N>) => Promise<Answer<N>> }

// ---------------------------------------------------------------------------
// Main -> panel
// ---------------------------------------------------------------------------

export const CanvasListEntrySchema = v.object({
  id: v.string(),
  name: v.string(),
  segment: v.string(),
  product: v.string(),
  locale: LocaleSchema,
  damaged: v.array(CanvasPartSchema),
  score: v.number(),
  band: FitBandSchema,
  /** Coverage per customer zone, as in the report. */
  coverage: v.object({ jobs: v.number(), pains: v.number(), gains: v.number() }),
  /** Customer zones with no sticky. */
  emptyZones: v.array(ZoneKeySchema),
  /** Stickies in the customer profile (0: the canvas is empty, there is no score to show). */
  customerItems: v.number(),
  /** Stamps on the canvas's stickies. */
  votes: v.number(),
  /** ISO time of the last Check fit (the report stored on the canvas), or null when never checked. */
  checkedAt: v.nullable(v.string()),
  /**
   * The fit card Check fit draws on the canvas: `on`, turned `off` by the team, or `left` alone because a person
   * edited or deleted it (not drawn again until the team turns it on).
   */
  fitCard: v.picklist(['on', 'off', 'left']),
  /** The fit backed by evidence, once the team has set any evidence or drawn a test card on the canvas. */
  backed: v.optional(v.number())
})
export type CanvasListEntry = v.InferOutput<typeof CanvasListEntrySchema>

/** Stickies per zone and outside them. */
const zoneCounts = v.object(
  Object.fromEntries([...ZONE_KEYS, 'unplaced'].map((key) => [key, v.number()])) as Record<
    ZoneKey | 'unplaced',
    ReturnType<typeof v.number>
  >
)

/** A link that does not count, with what the Fit tab names of its ends. */
export const InvalidLinkViewSchema = v.object({
  from: v.string(),
  to: v.string(),
  fromText: v.string(),
  toText: v.string(),
  /** null: the sticky sits outside every zone. */
  fromZone: v.nullable(ZoneKeySchema),
  toZone: v.nullable(ZoneKeySchema)
})
export type InvalidLinkView = v.InferOutput<typeof InvalidLinkViewSchema>

/**
 * The open canvas as the panel shows it at once: its analysis without the sticky lists (a canvas of 10,000 stickies
 * is most of a megabyte of them). The lists come windowed, only while shown (`ActiveCanvas.lists`).
 */
export const CanvasViewSchema = v.object({
  canvas: v.object({ id: v.string(), segment: v.string(), product: v.string(), locale: LocaleSchema }),
  fit: v.object({
    score: v.number(),
    band: FitBandSchema,
    coverage: v.object({ jobs: v.number(), pains: v.number(), gains: v.number() })
  }),
  evidence: EvidenceReportSchema,
  damaged: v.array(CanvasPartSchema),
  emptyZones: v.array(ZoneKeySchema),
  lostZones: v.optional(v.array(ZoneKeySchema)),
  counts: zoneCounts,
  /** Unaddressed stickies per customer zone, orphans per value zone (0 elsewhere). */
  attention: v.object(
    Object.fromEntries(ZONE_KEYS.map((zone) => [zone, v.number()])) as Record<ZoneKey, ReturnType<typeof v.number>>
  ),
  /** Stickies with evidence per zone: backed (said or did) and refuted. */
  zoneEvidence: v.object(
    Object.fromEntries(
      ZONE_KEYS.map((zone) => [zone, v.object({ backed: v.number(), refuted: v.number() })])
    ) as Record<ZoneKey, v.ObjectSchema<{ backed: v.NumberSchema<undefined>; refuted: v.NumberSchema<undefined> }, undefined>>
  ),
  /** The first `INVALID_LINKS_SHOWN` links that do not count, and how many there are. */
  invalid: v.array(InvalidLinkViewSchema),
  invalidTotal: v.number(),
  /** The texts of the stickies the evidence section names (the riskiest, the tested ones), while in a zone. */
  texts: v.record(v.string(), v.string())
})
export type CanvasView = v.InferOutput<typeof CanvasViewSchema>

export const ActiveCanvasSchema = v.object({
  canvasId: v.string(),
  /** The canvas's analysis without its sticky lists. */
  view: CanvasViewSchema,
  /** The sticky lists the panel said it shows (`VIEW_ITEMS`), windowed; the others are not sent. */
  lists: v.record(listKey, ItemWindowSchema),
  /** What main windowed the lists for: the panel asks again when its own view differs. */
  itemView: ItemViewSchema,
  /** The whole analysis, only while the panel's view asks for it (`full`: the link suggestions). */
  analysis: v.optional(CanvasAnalysisSchema),
  checklist: v.array(ChecklistResultSchema),
  /**
   * Link suggestions the team rejected on this canvas (`fromId>toId`). The panel computes the suggestions itself,
   * only while they are on screen, so no live refresh on FigJam's main thread waits for the suggester.
   */
  rejected: v.array(v.string()),
  /** The canvas's history (absent while main reads it). */
  history: v.optional(HistoryViewSchema),
  /** The riskiest assumptions, riskiest first (the documented rule in `src/core/evidence/riskiest.ts`). */
  riskiest: v.optional(v.array(RiskEntrySchema))
})
export type ActiveCanvas = v.InferOutput<typeof ActiveCanvasSchema>

export const SelectionStateSchema = v.object({
  canvasId: v.nullable(v.string()),
  /** The zone holding the selected sticky, or the zone the user clicked in. */
  zone: v.nullable(ZoneKeySchema),
  nodeIds: v.array(v.string())
})
export type SelectionState = v.InferOutput<typeof SelectionStateSchema>

const questions = v.array(v.string())

export const PanelStateSchema = v.object({
  /**
   * The state's number: each state main sends after the first goes out as a `STATE_PATCH` against the state
   * numbered `base` (see `contract/state-patch.ts`).
   */
  version: v.number(),
  /** false when the plugin runs outside FigJam: the panel explains and offers nothing. */
  inFigJam: v.boolean(),
  /** The panel's language (per user). */
  locale: LocaleSchema,
  canvases: v.array(CanvasListEntrySchema),
  active: v.nullable(ActiveCanvasSchema),
  selection: SelectionStateSchema,
  /**
   * Whether a Business Model Canvas was found on the page; null while the page has not been looked at for one: the
   * first state after opening goes out before that lookup, which follows as a patch once the panel says it drew the
   * state (PANEL_SHOWN).
   */
  hasBmc: v.nullable(v.boolean()),
  /** ISO time of the last read of the board. */
  updatedAt: v.string(),
  /**
   * The guiding questions of each zone in the panel's language. Sent by main so the panel's
   * bundle carries one language's questions, not all three.
   */
  questions: v.object(
    Object.fromEntries(ZONE_KEYS.map((zone) => [zone, questions])) as Record<ZoneKey, typeof questions>
  ),
  /** The selection looks like a canvas people drew that the plugin has not adopted yet: offer to adopt it. */
  adoptable: v.optional(v.boolean()),
  /**
   * The first state after opening on a board of several canvases: only the canvas the panel opens on was read, so
   * `canvases` lists that one (and what overlaps it) and `hasBmc` is not known yet (null). The rest of the board follows as a
   * patch once the panel says it drew this (PANEL_SHOWN).
   */
  partial: v.optional(v.literal(true))
})
export type PanelState = v.InferOutput<typeof PanelStateSchema>

/** The answer to one request. `requestId` is null when the request was too broken to carry one. */
export const DoneSchema = v.object({
  requestId: v.nullable(v.string()),
  ok: v.boolean(),
  message: v.string(),
  /** The request's result (`REQUESTS[name].result`), checked by the panel against the request it sent. */
  result: v.unknown()
})
export type DonePayload = v.InferOutput<typeof DoneSchema>

/** What changed since the state numbered `base`: the panel applies it, or asks for a full state (UI_READY). */
export const StatePatchSchema = v.object({
  base: v.number(),
  version: v.number(),
  patch: v.custom<Patch>(isPatch, 'must be a state patch')
})

export const EVENTS = {
  STATE: PanelStateSchema,
  STATE_PATCH: StatePatchSchema,
  DONE: DoneSchema
}

type Events = typeof EVENTS
export type EventName = keyof Events
export type EventPayload<N extends EventName> = v.InferOutput<Events[N]>
/** An event as it travels to the panel. */
export type EventMessage = { [N in EventName]: [N, EventPayload<N>] }[EventName]
