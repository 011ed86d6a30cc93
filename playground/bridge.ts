/**
 * Runs the plugin's real bundles as FigJam does: `dist/main.js` in a sandbox-like function scope against the
 * fake's `figma`, `dist/ui.html` in an iframe, and the `pluginMessage` envelopes between them.
 */
import type { FigJamFake, PluginSession, UiState } from '../fake'
import { applyFigmaTheme, type Theme } from './theme'

/** How a launch ended: the command finished (plugin closed) or the plugin waits with its panel open. */
export type LaunchOutcome = 'closed' | 'open'

export interface PluginHostOptions {
  fake: FigJamFake
  /** Where the plugin window goes (hidden while no UI is shown). */
  window: HTMLElement
  frameHost: HTMLElement
  title: HTMLElement
  /** Called for every new notification (`figma.notify`) of the running session. */
  onNotify: (message: string, options: NotificationOptions | undefined) => void
  /** Called when the running session changes (started, closed). */
  onSessionChange: (session: PluginSession | null) => void
  theme: () => Theme
}

/** The name of the plugin id in the envelopes, as FigJam fills it. */
const PLUGIN_ID = 'playground'
const LAUNCH_TIMEOUT_MS = 20_000
const POLL_MS = 25

type PluginMain = (
  figma: PluginAPI,
  html: string,
  window: undefined,
  self: undefined,
  document: undefined,
  timers: SandboxTimers
) => void

type TimerHandler = (...args: unknown[]) => void

/** The timer functions the plugin sees: they stop with the plugin, as FigJam tears its sandbox down on close. */
interface SandboxTimers {
  setTimeout(handler: TimerHandler, ms?: number, ...args: unknown[]): number
  clearTimeout(id?: number): void
  setInterval(handler: TimerHandler, ms?: number, ...args: unknown[]): number
  clearInterval(id?: number): void
}

function sandboxTimers(session: PluginSession): SandboxTimers {
  const live = (handler: TimerHandler, args: unknown[]) => () => {
    if (!session.closed) handler(...args)
  }
  return {
    setTimeout: (handler, ms, ...args) => window.setTimeout(live(handler, args), ms),
    clearTimeout: (id) => window.clearTimeout(id),
    setInterval: (handler, ms, ...args) => {
      const id: number = window.setInterval(() => {
        if (session.closed) window.clearInterval(id)
        else handler(...args)
      }, ms)
      return id
    },
    clearInterval: (id) => window.clearInterval(id)
  }
}

/** Another plugin's code and UI, run in the same host (the browser bench's minimal plugin, its baseline). */
export interface PluginBundle {
  main: string
  ui: string
}

export class PluginHost {
  private mainCode: string | null = null
  private uiHtml: string | null = null
  private session: PluginSession | null = null
  private iframe: HTMLIFrameElement | null = null
  private iframeReady = false
  private queue: unknown[] = []
  private stopWatching: (() => void) | null = null

  constructor(private readonly options: PluginHostOptions) {
    window.addEventListener('message', (event) => this.fromUi(event))
  }

  /** The running session, or null when no plugin runs. */
  get current(): PluginSession | null {
    return this.session && !this.session.closed ? this.session : null
  }

  /** The panel's iframe while a UI is shown. */
  get frame(): HTMLIFrameElement | null {
    return this.iframe
  }

  /** Fetches the built bundles once (the server serves dist/). */
  async loadBundlesAsync(): Promise<void> {
    if (this.mainCode !== null && this.uiHtml !== null) return
    const [main, ui] = await Promise.all([fetchText('/main.js'), fetchText('/ui.html')])
    this.mainCode = main
    this.uiHtml = ui
  }

  /**
   * Starts a fresh run of the plugin for `command` (closing a running one first, as FigJam does) and resolves
   * when the command has finished or the plugin is waiting with its panel open.
   */
  async launchAsync(command: string, parameters?: ParameterValues, bundle?: PluginBundle): Promise<LaunchOutcome> {
    await this.loadBundlesAsync()
    const mainCode = bundle ? bundle.main : this.mainCode
    const uiHtml = bundle ? bundle.ui : this.uiHtml
    this.closeCurrent()
    const { fake } = this.options
    const session = fake.startSession(parameters ? { command, parameters } : { command })
    this.session = session
    this.options.onSessionChange(session)

    let uiReadyRequest: string | null = null
    let resolveReady: () => void = () => undefined
    const ready = new Promise<void>((resolve) => (resolveReady = resolve))
    const stopUiMessages = session.onUiMessage((message: unknown) => {
      this.toUi(message)
      if (uiReadyRequest !== null && isDoneFor(message, uiReadyRequest)) resolveReady()
    })
    this.onUiReady = (requestId) => {
      uiReadyRequest = requestId
    }

    const closed = this.watch(session, stopUiMessages)
    try {
      // The playground is not the plugin: evaluating the built bundle is how it plays FigJam's sandbox.
      // eslint-disable-next-line @typescript-eslint/no-implied-eval
      const run = new Function(
        'figma',
        '__html__',
        'window',
        'self',
        'document',
        '__timers',
        'var setTimeout = __timers.setTimeout, clearTimeout = __timers.clearTimeout, ' +
          'setInterval = __timers.setInterval, clearInterval = __timers.clearInterval;\n' +
          (mainCode ?? '')
      ) as PluginMain
      // `window` must be undefined in the plugin's scope: @create-figma-plugin/utilities picks its main-thread
      // code path with `typeof window === 'undefined'`. Timers die with the plugin, as in FigJam's sandbox.
      run(session.figma, uiHtml ?? '', undefined, undefined, undefined, sandboxTimers(session))
      session.fireRun()
    } catch (error) {
      this.options.onNotify(`Plugin error: ${errorText(error)}`, { error: true })
      this.closeCurrent()
      throw error
    }

    const outcome = await Promise.race([
      closed.then((): LaunchOutcome => 'closed'),
      ready.then((): LaunchOutcome => 'open'),
      delay(LAUNCH_TIMEOUT_MS).then((): LaunchOutcome => {
        throw new Error(`"${command}" neither finished nor opened its panel within ${LAUNCH_TIMEOUT_MS / 1000} s`)
      })
    ])
    await fake.flush()
    // Let the UI render what it just received.
    await delay(0)
    return outcome
  }

  private requestCount = 0

  /**
   * Sends one request to the running plugin's main thread exactly as its panel does (`[name, { requestId, … }]`
   * from the UI) and resolves with main's one answer; the sample boards use it to press the panel's buttons.
   */
  requestAsync(name: string, payload: Record<string, unknown>): Promise<RequestAnswer> {
    const session = this.current
    if (!session) return Promise.reject(new Error(`"${name}" needs the plugin running with its panel open`))
    this.requestCount += 1
    const requestId = `playground-${this.requestCount}`
    return new Promise((resolve) => {
      const stop = session.onUiMessage((message: unknown) => {
        if (!isDoneFor(message, requestId)) return
        stop()
        const answer = (message as [string, { ok?: unknown; message?: unknown; result?: unknown }])[1]
        resolve({
          ok: answer.ok === true,
          message: typeof answer.message === 'string' ? answer.message : '',
          result: answer.result ?? null
        })
      })
      session.sendFromUi([name, { requestId, ...payload }])
    })
  }

  /** Closes the running plugin (as the window's close button or a new launch does). */
  closeCurrent(): void {
    const session = this.session
    if (session && !session.closed) {
      try {
        session.figma.closePlugin()
      } catch (error) {
        console.error(error)
      }
    }
    this.stopWatching?.()
    this.stopWatching = null
    this.unmountFrame()
    if (this.session) {
      this.session = null
      this.options.onSessionChange(null)
    }
  }

  /** Re-applies the theme to a shown UI. */
  applyTheme(): void {
    const doc = this.iframe?.contentDocument
    if (doc && this.session?.uiOptions?.themeColors) applyFigmaTheme(doc, this.options.theme())
  }

  private onUiReady: (requestId: string) => void = () => undefined

  /** Polls the session for what FigJam would show: the UI appearing and resizing, toasts, closing. */
  private watch(session: PluginSession, stopUiMessages: () => void): Promise<void> {
    return new Promise((resolve) => {
      let seenNotifications = 0
      const tick = () => {
        const notifications = session.notifications
        while (seenNotifications < notifications.length) {
          const entry = notifications[seenNotifications]
          seenNotifications += 1
          if (entry) this.options.onNotify(entry.message, entry.options)
        }
        if (session.closed) {
          stop()
          if (this.session === session) {
            this.unmountFrame()
            this.session = null
            this.options.onSessionChange(null)
          }
          resolve()
          return
        }
        const ui = session.uiState
        if (ui && !ui.closed && this.session === session) {
          if (!this.iframe) this.mountFrame(ui)
          else this.sizeFrame(ui)
        }
      }
      const timer = window.setInterval(tick, POLL_MS)
      const stop = () => {
        window.clearInterval(timer)
        stopUiMessages()
      }
      this.stopWatching = () => {
        stop()
        resolve()
      }
      tick()
    })
  }

  private mountFrame(ui: UiState): void {
    const { frameHost, title } = this.options
    const iframe = document.createElement('iframe')
    iframe.title = ui.options.title ?? 'Plugin'
    iframe.name = 'plugin-ui'
    this.iframe = iframe
    this.iframeReady = false
    this.sizeFrame(ui)
    iframe.addEventListener('load', () => {
      if (this.iframe !== iframe) return
      this.applyTheme()
      this.iframeReady = true
      const pending = this.queue
      this.queue = []
      for (const message of pending) this.post(message)
    })
    // Same-origin srcdoc holding the HTML the plugin passed to showUI: the page can reach the UI's document
    // to inject FigJam's theme.
    iframe.srcdoc = withTheme(ui.html, ui.options.themeColors === true ? this.options.theme() : null)
    title.textContent = ui.options.title ?? 'Plugin'
    frameHost.replaceChildren(iframe)
  }

  private sizeFrame(ui: UiState): void {
    if (!this.iframe) return
    const width = `${ui.width}px`
    const height = `${ui.height}px`
    if (this.iframe.style.width !== width) this.iframe.style.width = width
    if (this.iframe.style.height !== height) this.iframe.style.height = height
    this.options.window.hidden = !ui.visible
  }

  private unmountFrame(): void {
    this.iframe?.remove()
    this.iframe = null
    this.iframeReady = false
    this.queue = []
    this.options.window.hidden = true
  }

  /** main → UI: `figma.ui.postMessage(msg)` arrives as `event.data.pluginMessage`, queued until the UI loaded. */
  private toUi(message: unknown): void {
    if (!this.iframeReady) this.queue.push(message)
    else this.post(message)
  }

  private post(message: unknown): void {
    this.iframe?.contentWindow?.postMessage({ pluginMessage: message, pluginId: PLUGIN_ID }, '*')
  }

  /** UI → main: `parent.postMessage({ pluginMessage }, '*')` from the plugin's own iframe only. */
  private fromUi(event: MessageEvent): void {
    const iframe = this.iframe
    const session = this.session
    if (!iframe || !session || session.closed || event.source !== iframe.contentWindow) return
    const data: unknown = event.data
    if (typeof data !== 'object' || data === null || !('pluginMessage' in data)) return
    const message: unknown = data.pluginMessage
    const requestId = uiReadyRequestId(message)
    if (requestId !== null) this.onUiReady(requestId)
    session.sendFromUi(message)
  }
}

/** The UI's HTML with FigJam's theme class and variables already in place, so the first paint is themed. */
function withTheme(html: string, theme: Theme | null): string {
  if (theme === null) return html
  const doc = new DOMParser().parseFromString(html, 'text/html')
  applyFigmaTheme(doc, theme)
  return '<!doctype html>' + doc.documentElement.outerHTML
}

function uiReadyRequestId(message: unknown): string | null {
  if (!Array.isArray(message) || message[0] !== 'UI_READY') return null
  const payload: unknown = message[1]
  if (typeof payload !== 'object' || payload === null) return null
  const id = (payload as { requestId?: unknown }).requestId
  return typeof id === 'string' ? id : null
}

/** Main's one answer to a request: whether it was done, its notification, and the request's typed result. */
export interface RequestAnswer {
  ok: boolean
  message: string
  /** The result its schema names (`contract/messages.ts`): an export's file, an import's outcome…; null for none. */
  result: unknown
}

function isDoneFor(message: unknown, requestId: string): boolean {
  if (!Array.isArray(message) || message[0] !== 'DONE') return false
  const payload: unknown = message[1]
  return typeof payload === 'object' && payload !== null && (payload as { requestId?: unknown }).requestId === requestId
}

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url, { cache: 'no-store' })
  if (!response.ok) throw new Error(`GET ${url}: ${response.status} (run "node build.mjs" first)`)
  return response.text()
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
