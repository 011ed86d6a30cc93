/**
 * The fake itself: one document, its sessions, the user module, the inspector, undo, and the batched
 * asynchronous delivery of changes to the sessions' handlers.
 */
import { ClientStorageData } from './client-storage'
import { ApiCounter } from './counter'
import { FontCatalog } from './fonts'
import { createInspector, type InspectChange, type Inspector } from './inspect'
import { FakeDocument, type ChangeRecord, type DocumentSink } from './model/document'
import { Scheduler } from './scheduler'
import { FakeSession, type FakeUser, type SessionHost } from './session'
import type { FigJamFake, FigJamOptions, PluginSession, RunOptions, UndoControl } from './types'
import { createUserActions, type UserActions } from './user'

/** `figma.pluginId` unless the options name one (Figma gives a development plugin an id like this). */
export const DEFAULT_PLUGIN_ID = 'fake-plugin-development'
/** The local user unless the options name one. */
const DEFAULT_USER = Object.freeze({ id: '1001', name: 'Ada Lovelace' })
/** The collaborator whose edits `{ remote: true }` makes. */
const COLLABORATOR = Object.freeze({ id: '1002', name: 'Grace Hopper', color: '#9747FF', sessionId: 2 })

/** An in-memory FigJam (see `FigJamFake`). */
export class FigJamFakeImpl implements FigJamFake, SessionHost, DocumentSink {
  readonly document = new FakeDocument()
  readonly counter = new ApiCounter()
  readonly catalog = new FontCatalog()
  readonly scheduler = new Scheduler()
  readonly storage = new ClientStorageData()
  readonly localUser: FakeUser
  readonly remoteUser: FakeUser = COLLABORATOR
  readonly permissions: ReadonlySet<string>
  readonly pluginId: string
  readonly user: UserActions
  readonly inspect: Inspector
  readonly undo: UndoControl
  /** Set by `installFigJam`: new sessions become the global `figma`. */
  installed = false
  private currentEditor: 'figjam' | 'figma'
  private readonly sessions: FakeSession[] = []
  private latest: FakeSession | null = null
  /** FigJam's own view of the board, for what the user module hands out (see `userSession`). */
  private userView: FakeSession | null = null
  private pendingChanges: ChangeRecord[] = []
  private readonly pendingViews = new Set<'selectionchange' | 'currentpagechange'>()
  private readonly subscribers = new Set<(change: InspectChange) => void>()
  private notifyQueued = false
  /** What changed since subscribers were last told (see `InspectChange`). */
  private touched = new Set<string>()
  private pageSwitched = false

  constructor(options: FigJamOptions = {}) {
    this.currentEditor = options.editorType ?? 'figjam'
    const user = options.currentUser ?? DEFAULT_USER
    this.localUser = { id: user.id, name: user.name, color: '#0D99FF', sessionId: 1 }
    this.permissions = new Set(options.permissions ?? [])
    this.pluginId = options.pluginId ?? DEFAULT_PLUGIN_ID
    for (const font of options.unavailableFonts ?? []) this.catalog.makeUnavailable(font)
    this.document.connect(this)
    this.user = createUserActions(this.document, { local: this.localUser, remote: this.remoteUser }, () =>
      this.userSession()
    )
    this.inspect = createInspector(this.document, (listener) => {
      this.subscribers.add(listener)
      return () => this.subscribers.delete(listener)
    })
    const doc = this.document
    this.undo = {
      get steps() {
        return doc.history.steps
      },
      undo: () => this.undoStep()
    }
  }

  get doc(): FakeDocument {
    return this.document
  }

  get editorType(): 'figjam' | 'figma' {
    return this.currentEditor
  }

  startSession(run: RunOptions = {}): PluginSession {
    return this.openSession(run)
  }

  /** Start a session and return its full implementation (for the fake's own modules). */
  openSession(run: RunOptions): FakeSession {
    const session = new FakeSession(this, run)
    this.sessions.push(session)
    this.latest = session
    if (this.installed) Reflect.set(globalThis, 'figma', session.figma)
    return session
  }

  /**
   * Whose node objects user actions return: the latest session's while it is open (so they are the very
   * objects the plugin sees), else FigJam's own view. People have no plugin session that could close: the
   * view never closes, has every page loaded, is not the global `figma`, gets no events and counts on a
   * counter of its own (user actions and what tests read off their results are not plugin API use).
   */
  userSession(): FakeSession {
    if (this.latest !== null && !this.latest.closed) return this.latest
    if (this.userView === null) {
      const document = this.document
      const editorType = (): 'figjam' | 'figma' => this.editorType
      const host: SessionHost = {
        doc: document,
        counter: new ApiCounter(),
        catalog: this.catalog,
        scheduler: this.scheduler,
        storage: this.storage,
        get editorType() {
          return editorType()
        },
        localUser: this.localUser,
        permissions: this.permissions,
        pluginId: this.pluginId,
        userById: (id) => this.userById(id),
        undoStep: () => this.undoStep()
      }
      this.userView = new FakeSession(host, { command: '' })
      this.userView.allPagesLoaded = true
    }
    return this.userView
  }

  get session(): PluginSession {
    return this.sessionImpl
  }

  /** The latest session, started on first use. */
  get sessionImpl(): FakeSession {
    return this.latest ?? this.openSession({})
  }

  get figma(): PluginAPI {
    return this.sessionImpl.figma
  }

  setEditorType(type: 'figjam' | 'figma'): void {
    this.currentEditor = type
    for (const session of this.sessions) session.api.applyEditorType()
    this.userView?.api.applyEditorType()
  }

  makeFontUnavailable(font: FontName): void {
    this.catalog.makeUnavailable(font)
  }

  flush(): Promise<void> {
    return this.scheduler.flush()
  }

  userById(id: string): BaseUser | null {
    for (const user of [this.localUser, this.remoteUser]) {
      if (user.id === id) return { id: user.id, name: user.name, photoUrl: null }
    }
    return null
  }

  undoStep(): boolean {
    return this.document.undo()
  }

  // -- DocumentSink: batch changes and deliver them in a later task ------------------------------------------

  changed(change: ChangeRecord): void {
    if (!this.sessions.some((session) => !session.closed)) return
    if (this.pendingChanges.length === 0) this.scheduler.schedule(() => this.deliverChanges())
    this.pendingChanges.push(change)
  }

  viewChanged(kind: 'selectionchange' | 'currentpagechange'): void {
    if (this.pendingViews.size === 0) this.scheduler.schedule(() => this.deliverViews())
    this.pendingViews.add(kind)
    if (kind === 'currentpagechange' && this.subscribers.size > 0) this.pageSwitched = true
    this.mutated()
  }

  mutated(id?: string): void {
    if (this.subscribers.size === 0) return
    if (id !== undefined) this.touched.add(id)
    if (this.notifyQueued) return
    this.notifyQueued = true
    queueMicrotask(() => {
      this.notifyQueued = false
      const change: InspectChange = { ids: this.touched, pageSwitched: this.pageSwitched }
      this.touched = new Set()
      this.pageSwitched = false
      for (const listener of [...this.subscribers]) listener(change)
    })
  }

  private deliverChanges(): void {
    const batch = this.pendingChanges
    this.pendingChanges = []
    this.eachSession((session) => session.deliverChanges(batch))
  }

  private deliverViews(): void {
    const kinds = [...this.pendingViews]
    this.pendingViews.clear()
    for (const kind of kinds) this.eachSession((session) => session.deliverView(kind))
  }

  private eachSession(deliver: (session: FakeSession) => void): void {
    const errors: unknown[] = []
    for (const session of this.sessions) {
      try {
        deliver(session)
      } catch (error) {
        errors.push(error)
      }
    }
    if (errors.length > 0) throw errors[0]
  }
}
