/**
 * The one message contract between the plugin's main thread and its panel.
 * Types only: both sides import it, neither side ships anything from it.
 *
 * Every event carries exactly one payload object. Messages travel as
 * `[name, payload]` (the `@create-figma-plugin/utilities` wire format).
 * UI -> main requests carry a `requestId`; main answers each one with a
 * `DONE` event (ok or a clear error), including requests it could not parse.
 */
import type {
  CanvasAnalysis,
  CanvasPart,
  ChecklistResult,
  ExportFormat,
  FitBand,
  LinkSuggestion,
  Locale,
  ZoneKey
} from './vocabulary'

export type { ExportFormat }

// ---------------------------------------------------------------------------
// Panel state (main -> UI). The UI renders this and nothing else.
// ---------------------------------------------------------------------------

export interface CanvasListEntry {
  id: string
  name: string
  segment: string
  product: string
  locale: Locale
  damaged: CanvasPart[]
  score: number
  band: FitBand
}

export interface ActiveCanvas {
  canvasId: string
  analysis: CanvasAnalysis
  checklist: ChecklistResult[]
  suggestions: LinkSuggestion[]
}

export interface SelectionState {
  canvasId: string | null
  /** The zone holding the selected sticky, or the zone the user clicked in. */
  zone: ZoneKey | null
  nodeIds: string[]
}

export interface PanelState {
  /** false when the plugin runs outside FigJam: the panel explains and offers nothing. */
  inFigJam: boolean
  /** The panel's language (per user). */
  locale: Locale
  canvases: CanvasListEntry[]
  active: ActiveCanvas | null
  selection: SelectionState
  /** Whether a Business Model Canvas was found on the page. */
  hasBmc: boolean
  /** ISO time of the last read of the board. */
  updatedAt: string
  /**
   * The guiding questions of each zone in the panel's language. Sent by main so the panel's
   * bundle carries one language's questions, not all three.
   */
  questions: Record<ZoneKey, string[]>
}

// ---------------------------------------------------------------------------
// UI -> main
// ---------------------------------------------------------------------------

interface Request {
  requestId: string
}

export interface UiReadyHandler {
  name: 'UI_READY'
  /** The browser's language when it is one we speak; main uses it only as a first-time default. */
  handler: (payload: Request & { browserLocale: Locale | null }) => void
}
export interface SelectCanvasHandler {
  name: 'SELECT_CANVAS'
  handler: (payload: Request & { canvasId: string }) => void
}
export interface CheckFitHandler {
  name: 'CHECK_FIT'
  handler: (payload: Request & { canvasId: string | null }) => void
}
export interface InsertVpcHandler {
  name: 'INSERT_VPC'
  handler: (payload: Request & { segment: string; product: string; locale: Locale }) => void
}
export interface InsertBmcHandler {
  name: 'INSERT_BMC'
  handler: (payload: Request & { locale: Locale }) => void
}
export interface BmcSummaryHandler {
  name: 'BMC_SUMMARY'
  handler: (payload: Request & { canvasId: string }) => void
}
export interface RepairCanvasHandler {
  name: 'REPAIR_CANVAS'
  handler: (payload: Request & { canvasId: string }) => void
}
export interface FocusNodeHandler {
  name: 'FOCUS_NODE'
  handler: (payload: Request & { nodeId: string }) => void
}
export interface SetCheckHandler {
  name: 'SET_CHECK'
  handler: (payload: Request & { canvasId: string; itemKey: string; checked: boolean }) => void
}
export interface SetLocaleHandler {
  name: 'SET_LOCALE'
  handler: (payload: Request & { locale: Locale }) => void
}
export interface ExportHandler {
  name: 'EXPORT'
  handler: (payload: Request & { canvasId: string; format: ExportFormat }) => void
}
export interface ImportReportHandler {
  name: 'IMPORT_REPORT'
  handler: (payload: Request & { json: string }) => void
}
export interface AcceptSuggestionHandler {
  name: 'ACCEPT_SUGGESTION'
  handler: (payload: Request & { canvasId: string; fromId: string; toId: string }) => void
}
export interface RejectSuggestionHandler {
  name: 'REJECT_SUGGESTION'
  handler: (payload: Request & { canvasId: string; fromId: string; toId: string }) => void
}
export interface ClosePanelHandler {
  name: 'CLOSE_PANEL'
  handler: (payload: Request) => void
}

export type ToMainHandler =
  | UiReadyHandler
  | SelectCanvasHandler
  | CheckFitHandler
  | InsertVpcHandler
  | InsertBmcHandler
  | BmcSummaryHandler
  | RepairCanvasHandler
  | FocusNodeHandler
  | SetCheckHandler
  | SetLocaleHandler
  | ExportHandler
  | ImportReportHandler
  | AcceptSuggestionHandler
  | RejectSuggestionHandler
  | ClosePanelHandler

export type ToMainName = ToMainHandler['name']
export type ToMainPayload<N extends ToMainName> = Parameters<
  Extract<ToMainHandler, { name: N }>['handler']
>[0]
/** A message as it travels to main. */
export type ToMainMessage = { [N in ToMainName]: [N, ToMainPayload<N>] }[ToMainName]

// ---------------------------------------------------------------------------
// main -> UI
// ---------------------------------------------------------------------------

export interface StateHandler {
  name: 'STATE'
  handler: (state: PanelState) => void
}
export interface DoneHandler {
  name: 'DONE'
  /** The answer to one request. `requestId` is null when the request was too broken to carry one. */
  handler: (payload: { requestId: string | null; ok: boolean; message: string }) => void
}
export interface ExportReadyHandler {
  name: 'EXPORT_READY'
  handler: (payload: {
    requestId: string
    format: ExportFormat
    filename: string
    mimeType: string
    content: string
  }) => void
}

export type ToUiHandler = StateHandler | DoneHandler | ExportReadyHandler
export type ToUiName = ToUiHandler['name']
export type ToUiPayload<N extends ToUiName> = Parameters<Extract<ToUiHandler, { name: N }>['handler']>[0]
export type ToUiMessage = { [N in ToUiName]: [N, ToUiPayload<N>] }[ToUiName]
