/** What the playground page exposes on `window`, as Figma's plugin console would (and what the browser tests use). */
import type { FigJamFake, UserActions } from '../fake'
import type { LaunchOutcome, PluginBundle, RequestAnswer } from './bridge'
import type { Theme } from './theme'

export interface PlaygroundApi {
  /**
   * Runs `dist/main.js` fresh for `command` (closing a running plugin first) and resolves when the command
   * has finished its work or the plugin waits with its panel open.
   */
  launch(command: string, parameters?: ParameterValues): Promise<LaunchOutcome>
  /** The fake's user actions: what people do on the board (add, type, move, stamp, connect, duplicate, delete…). */
  user: UserActions
  fake: FigJamFake
  /** Builds a sample board through the plugin and the user actions; resolves with the new canvas's id. */
  loadSample(name: string): Promise<string>
  /** Draws the hand-drawn canvas sample (not adopted yet) and selects it; resolves with its section's id. */
  loadDrawnSample(): Promise<string>
  /**
   * Builds the fitness sample with tests in progress (evidence set, a test card run and decided on its learning
   * card, a second test card being written) through the panel's requests; the panel stays open. Resolves with the
   * canvas's id.
   */
  loadTestsSample(): Promise<string>
  /**
   * Runs another plugin's code and UI in the same host, as `launch` runs VPC Fit's (the browser bench opens a
   * minimal plugin this way, its baseline). Resolves as `launch` does: on close, or when the UI's UI_READY request
   * was answered.
   */
  launchBundle(bundle: PluginBundle, command?: string): Promise<LaunchOutcome>
  /**
   * Sends one request to the running plugin exactly as its panel does (the plugin must be open), and resolves with
   * main's one answer, the request's result included (an export's file, an import's outcome).
   */
  request(name: string, payload: Record<string, unknown>): Promise<RequestAnswer>
  /**
   * Stops (true) or resumes drawing the board, and hides it while stopped. In FigJam the canvas is not drawn by
   * JavaScript or laid out by the browser on the plugin's thread; the browser bench pauses the playground's board so
   * it times the plugin and its panel, not the board.
   */
  pauseBoard(paused: boolean): void
  /** Names of the sample boards. */
  samples(): string[]
  /** Resolves once the board and panel show the latest state (renders flushed, tiles settled, fonts loaded). */
  screenshotReady(): Promise<void>
  /**
   * Resolves once the board has drawn every change the fake has delivered and has no drawing left (tiles to draw
   * at the zoom after a zoom burst, or in the area a pan brought into view).
   */
  boardSettled(): Promise<void>
  setTheme(theme: Theme): void
  /** Fits the view to these nodes (default: everything on the page). */
  zoomToFit(ids?: string[]): void
  /** Sets the board's zoom (1: 100 %), centred on the node `id` (default: the view's centre stays put). */
  zoomTo(zoom: number, id?: string): void
  /** The board's view: screen position of the page's (0, 0) and the zoom. */
  viewport(): { tx: number; ty: number; zoom: number }
  /** The running plugin's panel iframe, or null. */
  panelFrame(): HTMLIFrameElement | null
  /**
   * After the latest change is drawn and the tiles have settled: the node drawings made since the last call (only
   * what changed is redrawn; a node counts once however many tiles it is in), the node groups in the tiles (a node
   * crossing a tile edge has one in each), the nodes drawn (in and around the view; the others are not drawn until
   * the view comes near), and the milliseconds the page spent drawing the board since the last call (its
   * JavaScript: reading the changed nodes, updating the DOM, drawing tiles in the frames after; not the browser's
   * layout and paint).
   */
  renderStats(): Promise<{ drawn: number; groups: number; shown: number; ms: number }>
  /**
   * Reads the whole page and draws every node again from scratch (what each change cost before incremental
   * drawing): the groups drawn, and the milliseconds the drawing took (the page read not counted).
   * `{ occlusion: false }` draws the nodes that later stickies cover completely too (the tiles leave them out
   * otherwise), until the next `redrawAll`: the tests compare the two drawings' pixels.
   */
  redrawAll(options?: { occlusion?: boolean }): Promise<{ drawn: number; ms: number }>
}

export interface PlaygroundWindow {
  playground: PlaygroundApi
  figma: PluginAPI
}
