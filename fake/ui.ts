/**
 * The plugin window: `figma.showUI` / `figma.ui` on the main side, and a bridge for the UI side
 * (a test or the playground). Messages are deep-copied and delivered asynchronously both ways.
 */
import { deepCopy } from './deep-copy'
import { apiError } from './errors'
import { HandlerList } from './events'
import type { Scheduler } from './scheduler'

/** Figma's default plugin window size. */
export const DEFAULT_UI_SIZE = Object.freeze({ width: 300, height: 200 })

/** The plugin window as the user sees it. */
export interface UiState {
  readonly html: string
  readonly options: ShowUIOptions
  readonly visible: boolean
  readonly width: number
  readonly height: number
  readonly closed: boolean
}

type UiMembers = 'show' | 'hide' | 'resize' | 'close' | 'postMessage' | 'onmessage' | 'on' | 'once' | 'off'

/** `figma.ui` plus the UI-side bridge. */
export class FakeUi implements Pick<UIAPI, UiMembers> {
  private state: UiState | null = null
  private handler: MessageEventHandler | undefined = undefined
  private readonly handlers = new HandlerList<[unknown, OnMessageProperties]>()
  private readonly uiListeners = new Set<(message: unknown) => void>()
  private readonly undelivered: unknown[] = []
  private readonly scheduler: Scheduler
  private readonly guard: (member: string) => void

  /** `guard` throws once the plugin is closed. */
  constructor(scheduler: Scheduler, guard: (member: string) => void) {
    this.scheduler = scheduler
    this.guard = guard
  }

  /** What the window looks like, or null before `showUI`. */
  get current(): UiState | null {
    return this.state
  }

  /** `figma.showUI(html, options)`. */
  open(html: string, options: ShowUIOptions | undefined): void {
    if (typeof html !== 'string') throw apiError('showUI', 'Expected the UI html as a string')
    if (this.state !== null && !this.state.closed)
      throw apiError('showUI', 'The plugin window is already open')
    const copy: ShowUIOptions = { ...(options ?? {}) }
    this.state = {
      html,
      options: copy,
      visible: copy.visible !== false,
      width: copy.width ?? DEFAULT_UI_SIZE.width,
      height: copy.height ?? DEFAULT_UI_SIZE.height,
      closed: false
    }
  }

  show(): void {
    this.update('show', { visible: true })
  }

  hide(): void {
    this.update('hide', { visible: false })
  }

  resize(width: number, height: number): void {
    if (!Number.isFinite(width) || !Number.isFinite(height) || width < 0 || height < 0) {
      throw apiError('resize', 'Expected a non-negative width and height')
    }
    this.update('resize', { width: Math.round(width), height: Math.round(height) })
  }

  close(): void {
    this.guard('close')
    if (this.state !== null) this.state = { ...this.state, closed: true, visible: false }
  }

  /** Main -> UI: copied now, delivered in a later task (buffered until the UI side listens). */
  postMessage(pluginMessage: unknown, _options?: UIPostMessageOptions): void {
    this.requireOpen('postMessage')
    const copy = deepCopy(pluginMessage)
    this.scheduler.schedule(() => this.deliverToUi(copy))
  }

  get onmessage(): MessageEventHandler | undefined {
    return this.handler
  }

  set onmessage(handler: MessageEventHandler | undefined) {
    this.guard('set_onmessage')
    this.handler = handler
  }

  on(type: 'message', callback: MessageEventHandler): void {
    this.listen('on', type, callback)
  }

  once(type: 'message', callback: MessageEventHandler): void {
    this.listen('once', type, callback)
  }

  off(type: 'message', callback: MessageEventHandler): void {
    this.listen('off', type, callback)
  }

  // -- UI side ---------------------------------------------------------------------------------------

  /** Listen to what main posts; messages posted before anyone listened are delivered now (async). */
  onUiMessage(listener: (message: unknown) => void): () => void {
    this.uiListeners.add(listener)
    if (this.undelivered.length > 0) {
      const waiting = this.undelivered.splice(0)
      this.scheduler.schedule(() => waiting.forEach((message) => this.deliverToUi(message)))
    }
    return () => this.uiListeners.delete(listener)
  }

  /** UI -> main: copied now, handed to `figma.ui.onmessage` and `on('message')` handlers later. */
  sendFromUi(message: unknown, isClosed: () => boolean): void {
    if (this.state === null || this.state.closed)
      throw new Error('FigJam fake: the plugin has no open UI to send from')
    const copy = deepCopy(message)
    this.scheduler.schedule(() => {
      if (isClosed()) return
      const props: OnMessageProperties = { origin: 'null' }
      const errors: unknown[] = []
      try {
        this.handler?.(copy, props)
      } catch (error) {
        errors.push(error)
      }
      try {
        this.handlers.fire(copy, props)
      } catch (error) {
        errors.push(error)
      }
      if (errors.length > 0) throw errors[0]
    })
  }

  /** Close without the guard (the plugin itself is closing). */
  shutDown(): void {
    if (this.state !== null) this.state = { ...this.state, closed: true, visible: false }
  }

  private deliverToUi(message: unknown): void {
    if (this.uiListeners.size === 0) {
      this.undelivered.push(message)
      return
    }
    for (const listener of [...this.uiListeners]) listener(message)
  }

  private listen(action: 'on' | 'once' | 'off', type: string, callback: MessageEventHandler): void {
    this.guard(action)
    if (type !== 'message') throw apiError(action, `figma.ui only emits "message", not "${type}"`)
    if (action === 'off') this.handlers.remove(callback)
    else this.handlers.add(callback, action === 'once')
  }

  private requireOpen(member: string): void {
    this.guard(member)
    if (this.state === null) throw apiError(member, 'No plugin UI: call figma.showUI first')
    if (this.state.closed) throw apiError(member, 'The plugin UI was closed')
  }

  private update(member: string, patch: Partial<UiState>): void {
    this.requireOpen(member)
    this.state = { ...(this.state as UiState), ...patch }
  }
}
