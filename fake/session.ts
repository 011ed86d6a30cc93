/**
 * One plugin run. Everything FigJam gives a run of its own lives here: the `figma` object, the node
 * objects, loaded fonts, loaded pages, event handlers and the plugin window. The document is shared.
 */
import { exposeApi } from './boundary'
import type { ClientStorageData } from './client-storage'
import type { ApiCounter } from './counter'
import { closedPluginError } from './errors'
import { coalesce, HandlerList, toDocumentChange } from './events'
import { FakeFigmaApi } from './figma-api'
import { LoadedFonts, type FontCatalog } from './fonts'
import type { ChangeRecord, FakeDocument } from './model/document'
import type { RecordType } from './model/record'
import type { FakeBaseNode } from './nodes/base'
import type { NodeContext } from './nodes/context'
import { createNodeObject } from './nodes/factory'
import type { Scheduler } from './scheduler'
import type { ButtonClickOrder, ParameterQueryResult, PluginSession, RecordedNotification, RunOptions } from './types'
import { FakeUi, type UiState } from './ui'

/** A person who can edit the board. */
export interface FakeUser {
  readonly id: string
  readonly name: string
  readonly color: string
  readonly sessionId: number
}

/** What a session needs from its fake. */
export interface SessionHost {
  readonly doc: FakeDocument
  readonly counter: ApiCounter
  readonly catalog: FontCatalog
  readonly scheduler: Scheduler
  readonly storage: ClientStorageData
  readonly editorType: 'figjam' | 'figma'
  readonly localUser: FakeUser
  readonly permissions: ReadonlySet<string>
  /** Plugin id of runs that do not name their own. */
  readonly pluginId: string
  userById(id: string): BaseUser | null
  undoStep(): boolean
}

type ChangeHandler = (event: NodeChangeEvent) => void

/** A notification as the session keeps it. */
export interface NotificationEntry extends RecordedNotification {
  cancelled: boolean
  dequeued: NotifyDequeueReason | null
}

/** One plugin run (see module comment). Implements the public `PluginSession` and the nodes' context. */
export class FakeSession implements PluginSession, NodeContext {
  // Actor: a plugin edits as the local user, into the local undo history.
  readonly origin = 'LOCAL'
  readonly journal = true
  readonly idPrefix = '1'

  readonly host: SessionHost
  readonly doc: FakeDocument
  readonly counter: ApiCounter
  readonly catalog: FontCatalog
  readonly fonts = new LoadedFonts()
  readonly command: string
  readonly parameters: ParameterValues | undefined
  readonly pluginId: string
  readonly notifications: NotificationEntry[] = []
  readonly uiBridge: FakeUi
  /** Handlers registered with `figma.on/once`, by event name. */
  readonly handlers = new Map<string, HandlerList<unknown[]>>()
  readonly figma: PluginAPI
  readonly api: FakeFigmaApi
  closeMessage: string | undefined = undefined
  allPagesLoaded = false
  private isClosed = false
  private inChangeHandler = false
  private readonly loadedPages = new Set<string>()
  private readonly nodes = new Map<string, FakeBaseNode>()
  private readonly pageHandlers = new Map<string, HandlerList<[NodeChangeEvent]>>()

  constructor(host: SessionHost, run: RunOptions) {
    this.host = host
    this.doc = host.doc
    this.counter = host.counter
    this.catalog = host.catalog
    this.command = run.command ?? ''
    this.parameters = run.parameters
    this.pluginId = run.pluginId ?? host.pluginId
    this.uiBridge = new FakeUi(host.scheduler, (member) => this.guard(member))
    this.api = new FakeFigmaApi(this)
    // The one place the fake `figma` becomes the official PluginAPI (see boundary.ts).
    this.figma = exposeApi(this.api)
  }

  // -- Actor / NodeContext -----------------------------------------------------------------------------

  get userId(): string {
    return this.host.localUser.id
  }

  get userName(): string {
    return this.host.localUser.name
  }

  get editorType(): 'figjam' | 'figma' {
    return this.host.editorType
  }

  get closed(): boolean {
    return this.isClosed
  }

  /** Changes made while this session runs its own change handler are not reported back to it. */
  hiddenFrom(): object | null {
    return this.inChangeHandler ? this : null
  }

  /** Throws Figma's "plugin closed" error once the plugin is closed. */
  guard(member: string): void {
    if (this.isClosed) throw closedPluginError(member)
  }

  wrap(id: string, type?: RecordType): FakeBaseNode {
    const known = this.nodes.get(id)
    if (known !== undefined) return known
    const nodeType = type ?? this.doc.get(id)?.type
    if (nodeType === undefined) throw new Error(`FigJam fake: no node ${id}`)
    const node = createNodeObject(this, id, nodeType, {
      users: (userId) => this.host.userById(userId),
      allPagesLoaded: () => this.allPagesLoaded
    })
    this.nodes.set(id, node)
    return node
  }

  pageLoaded(pageId: string): boolean {
    return this.allPagesLoaded || pageId === this.doc.currentPageId || this.loadedPages.has(pageId)
  }

  loadPage(pageId: string): void {
    this.loadedPages.add(pageId)
  }

  pageListener(action: 'on' | 'once' | 'off', pageId: string, callback: ChangeHandler): void {
    let list = this.pageHandlers.get(pageId)
    if (list === undefined) this.pageHandlers.set(pageId, (list = new HandlerList()))
    if (action === 'off') list.remove(callback)
    else list.add(callback, action === 'once')
  }

  // -- PluginSession -------------------------------------------------------------------------------------

  onUiMessage(listener: (message: unknown) => void): () => void {
    return this.uiBridge.onUiMessage(listener)
  }

  sendFromUi(message: unknown): void {
    this.uiBridge.sendFromUi(message, () => this.isClosed)
  }

  get uiOptions(): ShowUIOptions | null {
    const state = this.uiBridge.current
    return state === null ? null : state.options
  }

  get uiState(): UiState | null {
    return this.uiBridge.current
  }

  /**
   * A notification leaves the screen: `onDequeue(reason)` runs once, if the plugin still runs (after
   * `closePlugin` the sandbox is gone, so none of its callbacks run).
   */
  dequeue(entry: NotificationEntry, reason: NotifyDequeueReason): void {
    if (entry.dequeued !== null) return
    entry.dequeued = reason
    if (!this.isClosed) entry.options?.onDequeue?.(reason)
  }

  private showing(): NotificationEntry | undefined {
    for (let i = this.notifications.length - 1; i >= 0; i--) {
      const entry = this.notifications[i] as NotificationEntry
      if (entry.dequeued === null) return entry
    }
    return undefined
  }

  clickNotificationButton(order: ButtonClickOrder = 'dequeue-first'): void {
    const entry = this.showing()
    const button = entry?.options?.button
    if (entry === undefined || button === undefined) throw new Error('FigJam fake: no notification with a button shows')
    const action = (): void => {
      if (!this.isClosed) button.action()
    }
    if (order === 'action-first') {
      action()
      this.dequeue(entry, 'action_button_click')
    } else {
      this.dequeue(entry, 'action_button_click')
      action()
    }
  }

  expireNotification(): void {
    const entry = this.showing()
    if (entry === undefined) throw new Error('FigJam fake: no notification shows')
    this.dequeue(entry, 'timeout')
  }

  fireRun(): void {
    this.guard('run')
    const event: RunEvent = { command: this.command, parameters: this.parameters }
    this.handlers.get('run')?.fire(event)
  }

  async queryParameterAsync(
    key: string,
    query: string,
    parameters: ParameterValues = {}
  ): Promise<ParameterQueryResult> {
    return this.api.parametersApi.query(key, query, parameters)
  }

  // -- lifecycle and delivery ------------------------------------------------------------------------------

  /** `figma.closePlugin`: fires 'close', then every later API use throws. */
  close(message: string | undefined): void {
    if (this.isClosed) return
    this.closeMessage = message
    try {
      this.handlers.get('close')?.fire()
    } finally {
      this.isClosed = true
      this.uiBridge.shutDown()
    }
  }

  /** Hand a batch of document changes to this session's documentchange and nodechange handlers. */
  deliverChanges(batch: readonly ChangeRecord[]): void {
    if (this.isClosed) return
    const visible = coalesce(batch.filter((change) => change.hiddenFrom !== this && isScene(change.nodeType)))
    if (visible.length === 0) return
    const errors: unknown[] = []
    const run = (fire: () => void): void => {
      this.inChangeHandler = true
      try {
        fire()
      } catch (error) {
        errors.push(error)
      } finally {
        this.inChangeHandler = false
      }
    }
    const documentHandlers = this.handlers.get('documentchange')
    if (documentHandlers !== undefined && documentHandlers.size > 0 && this.allPagesLoaded) {
      const documentChanges = visible.map((change) =>
        toDocumentChange(change, this.wrap(change.id, change.nodeType))
      )
      run(() => documentHandlers.fire({ documentChanges }))
    }
    for (const [pageId, list] of this.pageHandlers) {
      if (list.size === 0) continue
      const onPage = visible.filter((change) => change.pageId === pageId)
      if (onPage.length === 0) continue
      const nodeChanges = onPage.map((change) =>
        toDocumentChange(change, this.wrap(change.id, change.nodeType))
      )
      run(() => list.fire({ nodeChanges }))
    }
    if (errors.length > 0) throw errors[0]
  }

  /** Fire a selection or page change. */
  deliverView(kind: 'selectionchange' | 'currentpagechange'): void {
    if (this.isClosed) return
    this.handlers.get(kind)?.fire()
  }
}

function isScene(type: RecordType): boolean {
  return type !== 'PAGE' && type !== 'DOCUMENT'
}
