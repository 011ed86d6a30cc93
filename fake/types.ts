/** The fake's public types: what tests, benchmarks and the playground code against. */
import type { ApiCounter } from './counter'
import type { FakeDocument } from './model/document'
import type { Inspector } from './inspect'
import type { UiState } from './ui'
import type { UserActions } from './user'

/** Options of `createFigJam` / `installFigJam`. */
export interface FigJamOptions {
  /** 'figjam' (default) or 'figma' (Figma Design: FigJam-only creators are absent). */
  editorType?: 'figjam' | 'figma'
  /** Fonts `loadFontAsync` rejects from the start. */
  unavailableFonts?: FontName[]
  /** The local user (sticky author, `figma.currentUser`). */
  currentUser?: { id: string; name: string }
  /**
   * Manifest permissions. `figma.currentUser` needs 'currentuser' and `figma.activeUsers` needs
   * 'activeusers', as in FigJam. Default: none, like this project's manifest.
   */
  permissions?: Array<'currentuser' | 'activeusers' | 'fileusers' | 'payments'>
  /**
   * `figma.pluginId` of every session (default `DEFAULT_PLUGIN_ID`); private plugin data is stored
   * under it. A session can run under another id (`startSession({ pluginId })`), as a published
   * plugin does.
   */
  pluginId?: string
}

/** What one plugin run is started with. */
export interface RunOptions {
  command?: string
  parameters?: ParameterValues
  /** This run's plugin id (default: the fake's `pluginId` option). */
  pluginId?: string
}

/** One `figma.notify` call. */
export interface RecordedNotification {
  readonly message: string
  readonly options?: NotificationOptions
  /** The message is longer than FigJam shows (NOTIFY_MAX_CHARS). */
  readonly tooLong: boolean
  /** `cancel()` was called on the returned handler. */
  readonly cancelled: boolean
  /** Why it left the screen (the reason `onDequeue` got), or null while it shows. */
  readonly dequeued: NotifyDequeueReason | null
}

/**
 * Which callback FigJam runs first when a person clicks a notification's button: the typings promise both
 * (`button.action`, and `onDequeue` with `action_button_click`) but not their order.
 */
export type ButtonClickOrder = 'action-first' | 'dequeue-first'

/** One plugin run: its own `figma`, fonts, handlers and UI, on the shared document. */
export interface PluginSession {
  readonly figma: PluginAPI
  readonly command: string
  readonly notifications: readonly RecordedNotification[]
  readonly closed: boolean
  /** The message passed to `figma.closePlugin(message)`, if any. */
  readonly closeMessage: string | undefined
  /** Messages main posted with figma.ui.postMessage, for a UI bridge (delivered asynchronously). */
  onUiMessage(listener: (message: unknown) => void): () => void
  /** Deliver a message from the UI to main's `figma.ui.onmessage` / `ui.on('message')` handlers (async). */
  sendFromUi(message: unknown): void
  /** What `showUI` was called with; null if not shown. */
  readonly uiOptions: ShowUIOptions | null
  /** The plugin window now (visible, size, closed); null if not shown. */
  readonly uiState: UiState | null
  /**
   * A person clicks the button of the latest notification that has one and still shows: runs `button.action` and
   * `onDequeue('action_button_click')` in `order` (default `'dequeue-first'`, the harder case). Throws if there is
   * no such notification. An action that runs after the plugin closed does not run (the sandbox is gone).
   */
  clickNotificationButton(order?: ButtonClickOrder): void
  /** The latest showing notification times out (`onDequeue('timeout')`). */
  expireNotification(): void
  /** Fire `figma.on('run', { command, parameters })` like FigJam does at start. */
  fireRun(): void
  /**
   * Ask the plugin for parameter suggestions as FigJam's quick actions do: fires
   * `figma.parameters.on('input')` and resolves with what it passed to `setSuggestions` (or `setError`).
   */
  queryParameterAsync(key: string, query: string, parameters?: ParameterValues): Promise<ParameterQueryResult>
}

/** What a plugin answered to a parameter query. */
export interface ParameterQueryResult {
  readonly suggestions: ReadonlyArray<string | { name: string; data?: unknown }>
  readonly error: string | null
  readonly loadingMessage: string | null
}

/** Undo checkpoints of the local user. */
export interface UndoControl {
  /** Closed steps so far (each `commitUndo()` with changes, each local user action). */
  readonly steps: number
  /** Restore the board to before the last step; false when there is nothing to undo. */
  undo(): boolean
}

/** An in-memory FigJam. */
export interface FigJamFake {
  /** Persistent board state shared by all plugin sessions. */
  readonly document: FakeDocument
  /** A fresh `figma` object for one plugin run, on the same document. */
  startSession(run?: RunOptions): PluginSession
  /** The most recent session (one is started on first use if none was). */
  readonly session: PluginSession
  /** `session.figma`, typed as the official PluginAPI. */
  readonly figma: PluginAPI
  /** What people do that plugins cannot. */
  readonly user: UserActions
  /** API-use counter (plugin reads, writes and calls; never the user module or inspect). */
  readonly counter: ApiCounter
  readonly undo: UndoControl
  readonly editorType: 'figjam' | 'figma'
  setEditorType(type: 'figjam' | 'figma'): void
  makeFontUnavailable(font: FontName): void
  /** Resolves after all pending batched events and UI messages were delivered. */
  flush(): Promise<void>
  /** Non-counting read access for renderers and tests. */
  readonly inspect: Inspector
}
