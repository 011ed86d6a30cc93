/**
 * The `figma` global of one session. Members FigJam forbids under `"documentAccess": "dynamic-page"`
 * throw Figma's error; FigJam-only creators are own properties that disappear in Figma Design.
 */
import { expose } from './boundary'
import { FakeClientStorage } from './client-storage'
import { apiError, dynamicPageError } from './errors'
import { HandlerList } from './events'
import { copyFont } from './fonts'
import { newRecord } from './model/defaults'
import { groupNodes, ungroupNode } from './model/ops'
import { blankRecord, type SceneType } from './model/record'
import { unwrap, unwrapScene, type FakeBaseNode } from './nodes/base'
import type { FakeSession, NotificationEntry } from './session'
import type { ParameterQueryResult } from './types'
import type { FakeUi } from './ui'
import { FakeViewport } from './viewport'

/** FigJam shows about this many characters of a notification. */
export const NOTIFY_MAX_CHARS = 100

/** Creators that exist only in FigJam (absent properties in Figma Design). */
export const FIGJAM_ONLY_CREATORS = [
  'createSticky',
  'createConnector',
  'createShapeWithText',
  'createCodeBlock',
  'createTable'
] as const

/** Events `figma.on` accepts. */
const EVENT_NAMES = new Set([
  'selectionchange',
  'currentpagechange',
  'close',
  'run',
  'drop',
  'documentchange',
  'textreview',
  'stylechange',
  'slidesviewchange',
  'canvasviewchange',
  'timerstart',
  'timerstop',
  'timerpause',
  'timerresume',
  'timeradjust',
  'timerdone'
])

/** The value of `figma.mixed` (one symbol for all sessions, as plugins compare against it). */
export const MIXED: unique symbol = Symbol('figma.mixed')

type ApiMembers =
  | 'apiVersion'
  | 'command'
  | 'editorType'
  | 'mode'
  | 'pluginId'
  | 'fileKey'
  | 'skipInvisibleInstanceChildren'
  | 'currentUser'
  | 'activeUsers'
  | 'closePlugin'
  | 'notify'
  | 'commitUndo'
  | 'triggerUndo'
  | 'showUI'
  | 'clientStorage'
  | 'parameters'
  | 'getNodeByIdAsync'
  | 'getNodeById'
  | 'getStyleByIdAsync'
  | 'getStyleById'
  | 'root'
  | 'currentPage'
  | 'setCurrentPageAsync'
  | 'on'
  | 'once'
  | 'off'
  | 'createLine'
  | 'createText'
  | 'createPage'
  | 'createSection'
  | 'createSticky'
  | 'createConnector'
  | 'createShapeWithText'
  | 'createCodeBlock'
  | 'createTable'
  | 'group'
  | 'ungroup'
  | 'listAvailableFontsAsync'
  | 'loadFontAsync'
  | 'hasMissingFont'
  | 'loadAllPagesAsync'
  | 'getLocalPaintStyles'
  | 'getLocalPaintStylesAsync'
  | 'getLocalTextStyles'
  | 'getLocalTextStylesAsync'
  | 'getLocalEffectStyles'
  | 'getLocalEffectStylesAsync'
  | 'getLocalGridStyles'
  | 'getLocalGridStylesAsync'
  | 'getFileThumbnailNode'
  | 'getFileThumbnailNodeAsync'

type AnyHandler = (...args: never[]) => unknown

/** `figma`. Implements the official members it lists; `boundary.ts` presents it as `PluginAPI`. */
export class FakeFigmaApi implements Pick<PluginAPI, ApiMembers> {
  readonly apiVersion = '1.0.0'
  readonly mode = 'default'
  readonly pluginId: string
  readonly fileKey: string | undefined = undefined
  skipInvisibleInstanceChildren = false
  readonly mixed: symbol = MIXED
  readonly viewport: FakeViewport
  readonly clientStorage: FakeClientStorage
  readonly parametersApi: FakeParameters
  // FigJam-only creators: own properties, defined or deleted by `applyEditorType`.
  declare createSticky: () => StickyNode
  declare createConnector: () => ConnectorNode
  declare createShapeWithText: () => ShapeWithTextNode
  declare createCodeBlock: () => CodeBlockNode
  declare createTable: (numRows?: number, numColumns?: number) => TableNode
  private readonly session: FakeSession

  constructor(session: FakeSession) {
    this.session = session
    this.pluginId = session.pluginId
    const guard = (member: string): void => session.guard(member)
    this.viewport = new FakeViewport(session.doc, guard)
    this.clientStorage = new FakeClientStorage(session.host.storage, guard)
    this.parametersApi = new FakeParameters(guard)
    this.applyEditorType()
  }

  /** Define the FigJam-only creators in FigJam and remove them in Figma Design. */
  applyEditorType(): void {
    const figjam = this.session.editorType === 'figjam'
    const creators: Record<(typeof FIGJAM_ONLY_CREATORS)[number], () => unknown> = {
      createSticky: () => expose(this.create('STICKY', 'createSticky')),
      createConnector: () => expose(this.create('CONNECTOR', 'createConnector')),
      createShapeWithText: () => expose(this.create('SHAPE_WITH_TEXT', 'createShapeWithText')),
      createCodeBlock: () => this.notModelled('createCodeBlock'),
      createTable: () => this.notModelled('createTable')
    }
    for (const name of FIGJAM_ONLY_CREATORS) {
      if (figjam)
        Object.defineProperty(this, name, { value: creators[name], configurable: true, writable: false })
      else Reflect.deleteProperty(this, name)
    }
  }

  // -- identity -------------------------------------------------------------------------------------------

  get command(): string {
    return this.session.command
  }

  get editorType(): 'figjam' | 'figma' {
    return this.session.editorType
  }

  get ui(): FakeUi {
    this.session.guard('get_ui')
    return this.session.uiBridge
  }

  get parameters(): ParametersAPI {
    return this.parametersApi
  }

  get currentUser(): User | null {
    this.enter('currentUser')
    if (!this.session.host.permissions.has('currentuser')) {
      throw apiError(
        'get_currentUser',
        '"currentuser" permission is required in manifest.json to access figma.currentUser'
      )
    }
    const user = this.session.host.localUser
    return { id: user.id, name: user.name, photoUrl: null, color: user.color, sessionId: user.sessionId }
  }

  get activeUsers(): ActiveUser[] {
    this.enter('activeUsers')
    if (!this.session.host.permissions.has('activeusers')) {
      throw apiError(
        'get_activeUsers',
        '"activeusers" permission is required in manifest.json to access figma.activeUsers'
      )
    }
    const user = this.session.host.localUser
    const doc = this.session.doc
    return [
      {
        id: user.id,
        name: user.name,
        photoUrl: null,
        color: user.color,
        sessionId: user.sessionId,
        position: null,
        viewport: this.viewport.bounds,
        selection: doc.selection(doc.currentPageId)
      }
    ]
  }

  // -- lifecycle --------------------------------------------------------------------------------------------

  closePlugin(message?: string): void {
    if (this.session.closed) return
    this.session.counter.call('figma', 'closePlugin')
    if (message !== undefined && typeof message !== 'string')
      throw apiError('closePlugin', 'Expected a string message')
    this.session.close(message)
  }

  notify(message: string, options?: NotificationOptions): NotificationHandler {
    this.enter('notify')
    if (typeof message !== 'string') throw apiError('notify', 'Expected a string message')
    const entry: NotificationEntry = {
      message,
      options,
      tooLong: message.length > NOTIFY_MAX_CHARS,
      cancelled: false,
      dequeued: null
    }
    this.session.notifications.push(entry)
    return {
      cancel: () => {
        if (entry.cancelled) return
        entry.cancelled = true
        this.session.dequeue(entry, 'dismiss')
      }
    }
  }

  commitUndo(): void {
    this.enter('commitUndo')
    this.session.doc.history.commit()
  }

  triggerUndo(): void {
    this.enter('triggerUndo')
    this.session.host.undoStep()
  }

  showUI(html: string, options?: ShowUIOptions): void {
    this.enter('showUI')
    this.session.uiBridge.open(html, options)
  }

  // -- lookups -----------------------------------------------------------------------------------------------

  async getNodeByIdAsync(id: string): Promise<BaseNode | null> {
    this.enter('getNodeByIdAsync')
    if (typeof id !== 'string') throw apiError('getNodeByIdAsync', 'Expected a string id')
    await Promise.resolve()
    return this.session.doc.records.has(id) ? expose(this.session.wrap(id)) : null
  }

  getNodeById(_id: string): BaseNode | null {
    this.enter('getNodeById')
    throw dynamicPageError('getNodeById', 'figma.getNodeByIdAsync')
  }

  async getStyleByIdAsync(_id: string): Promise<BaseStyle | null> {
    this.enter('getStyleByIdAsync')
    await Promise.resolve()
    return null
  }

  getStyleById(_id: string): BaseStyle | null {
    this.enter('getStyleById')
    throw dynamicPageError('getStyleById', 'figma.getStyleByIdAsync')
  }

  getLocalPaintStyles(): PaintStyle[] {
    return this.forbidden('getLocalPaintStyles')
  }

  async getLocalPaintStylesAsync(): Promise<PaintStyle[]> {
    return this.noStyles('getLocalPaintStylesAsync')
  }

  getLocalTextStyles(): TextStyle[] {
    return this.forbidden('getLocalTextStyles')
  }

  async getLocalTextStylesAsync(): Promise<TextStyle[]> {
    return this.noStyles('getLocalTextStylesAsync')
  }

  getLocalEffectStyles(): EffectStyle[] {
    return this.forbidden('getLocalEffectStyles')
  }

  async getLocalEffectStylesAsync(): Promise<EffectStyle[]> {
    return this.noStyles('getLocalEffectStylesAsync')
  }

  getLocalGridStyles(): GridStyle[] {
    return this.forbidden('getLocalGridStyles')
  }

  async getLocalGridStylesAsync(): Promise<GridStyle[]> {
    return this.noStyles('getLocalGridStylesAsync')
  }

  getFileThumbnailNode(): FrameNode | ComponentNode | ComponentSetNode | SectionNode | null {
    return this.forbidden('getFileThumbnailNode')
  }

  async getFileThumbnailNodeAsync(): Promise<
    FrameNode | ComponentNode | ComponentSetNode | SectionNode | null
  > {
    this.enter('getFileThumbnailNodeAsync')
    await Promise.resolve()
    return null
  }

  // -- pages ------------------------------------------------------------------------------------------------

  get root(): DocumentNode {
    this.enter('root')
    return expose(this.session.wrap(this.session.doc.rootId)) as DocumentNode
  }

  get currentPage(): PageNode {
    this.enter('currentPage')
    return expose(this.session.wrap(this.session.doc.currentPageId)) as PageNode
  }

  set currentPage(_page: PageNode) {
    this.session.guard('set_currentPage')
    throw apiError(
      'set_currentPage',
      'Setting figma.currentPage is not supported with documentAccess: dynamic-page. Use figma.setCurrentPageAsync() instead.'
    )
  }

  async setCurrentPageAsync(page: PageNode): Promise<void> {
    this.enter('setCurrentPageAsync')
    const fake = unwrap(page, 'setCurrentPageAsync')
    if (fake.nodeType !== 'PAGE') throw apiError('setCurrentPageAsync', 'Expected a page')
    await Promise.resolve()
    this.session.loadPage(fake.nodeId)
    this.session.doc.setCurrentPage(fake.nodeId)
  }

  async loadAllPagesAsync(): Promise<void> {
    this.enter('loadAllPagesAsync')
    await Promise.resolve()
    this.session.allPagesLoaded = true
  }

  // -- events -------------------------------------------------------------------------------------------------

  on(type: ArgFreeEventType, callback: () => void): void
  on(type: 'run', callback: (event: RunEvent) => void): void
  on(type: 'drop', callback: (event: DropEvent) => boolean): void
  on(type: 'documentchange', callback: (event: DocumentChangeEvent) => void): void
  on(type: 'slidesviewchange', callback: (event: SlidesViewChangeEvent) => void): void
  on(type: 'canvasviewchange', callback: (event: CanvasViewChangeEvent) => void): void
  on(
    type: 'textreview',
    callback: (event: TextReviewEvent) => Promise<TextReviewRange[]> | TextReviewRange[]
  ): void
  on(type: 'stylechange', callback: (event: StyleChangeEvent) => void): void
  on(type: string, callback: AnyHandler): void {
    this.listen('on', type, callback)
  }

  once(type: ArgFreeEventType, callback: () => void): void
  once(type: 'run', callback: (event: RunEvent) => void): void
  once(type: 'drop', callback: (event: DropEvent) => boolean): void
  once(type: 'documentchange', callback: (event: DocumentChangeEvent) => void): void
  once(type: 'slidesviewchange', callback: (event: SlidesViewChangeEvent) => void): void
  once(type: 'canvasviewchange', callback: (event: CanvasViewChangeEvent) => void): void
  once(
    type: 'textreview',
    callback: (event: TextReviewEvent) => Promise<TextReviewRange[]> | TextReviewRange[]
  ): void
  once(type: 'stylechange', callback: (event: StyleChangeEvent) => void): void
  once(type: string, callback: AnyHandler): void {
    this.listen('once', type, callback)
  }

  off(type: ArgFreeEventType, callback: () => void): void
  off(type: 'run', callback: (event: RunEvent) => void): void
  off(type: 'drop', callback: (event: DropEvent) => boolean): void
  off(type: 'documentchange', callback: (event: DocumentChangeEvent) => void): void
  off(type: 'slidesviewchange', callback: (event: SlidesViewChangeEvent) => void): void
  off(type: 'canvasviewchange', callback: (event: CanvasViewChangeEvent) => void): void
  off(
    type: 'textreview',
    callback: (event: TextReviewEvent) => Promise<TextReviewRange[]> | TextReviewRange[]
  ): void
  off(type: 'stylechange', callback: (event: StyleChangeEvent) => void): void
  off(type: string, callback: AnyHandler): void {
    this.listen('off', type, callback)
  }

  private listen(action: 'on' | 'once' | 'off', type: string, callback: AnyHandler): void {
    this.enter(action)
    if (!EVENT_NAMES.has(type)) throw apiError(action, `Unknown event "${type}"`)
    if (typeof callback !== 'function') throw apiError(action, 'Expected a callback function')
    if (action !== 'off' && type === 'documentchange' && !this.session.allPagesLoaded) {
      throw apiError(
        action,
        'Cannot register documentchange handler in incremental mode without calling figma.loadAllPagesAsync first.'
      )
    }
    let list = this.session.handlers.get(type)
    if (list === undefined) this.session.handlers.set(type, (list = new HandlerList()))
    // Handlers of every event share one list type; each is only ever called with its event's arguments.
    const handler = callback as (...args: unknown[]) => unknown
    if (action === 'off') list.remove(handler)
    else list.add(handler, action === 'once')
  }

  // -- creating ----------------------------------------------------------------------------------------------

  createLine(): LineNode {
    return expose(this.create('LINE', 'createLine')) as LineNode
  }

  createText(): TextNode {
    return expose(this.create('TEXT', 'createText')) as TextNode
  }

  createSection(): SectionNode {
    return expose(this.create('SECTION', 'createSection')) as SectionNode
  }

  createPage(): PageNode {
    this.enter('createPage')
    const doc = this.session.doc
    const page = blankRecord(doc.newId(this.session), 'PAGE')
    page.name = `Page ${doc.pageIds.length + 1}`
    doc.create(page, doc.rootId, this.session)
    this.session.loadPage(page.id)
    return expose(this.session.wrap(page.id)) as PageNode
  }

  group(nodes: ReadonlyArray<BaseNode>, parent: BaseNode & ChildrenMixin, index?: number): GroupNode {
    this.enter('group')
    if (!Array.isArray(nodes)) throw apiError('group', 'First argument must be an array of nodes')
    const ids = (nodes as readonly unknown[]).map((node) => unwrapScene(node, 'group').nodeId)
    const parentId = unwrap(parent, 'group').nodeId
    const id = groupNodes(this.session.doc, this.session, ids, parentId, index, 'group')
    return expose(this.session.wrap(id)) as GroupNode
  }

  ungroup(node: SceneNode & ChildrenMixin): SceneNode[] {
    this.enter('ungroup')
    const ids = ungroupNode(this.session.doc, this.session, unwrapScene(node, 'ungroup').nodeId, 'ungroup')
    return ids.map((id) => expose(this.session.wrap(id)) as SceneNode)
  }

  // -- fonts ------------------------------------------------------------------------------------------------

  async loadFontAsync(fontName: FontNameInput): Promise<void> {
    this.enter('loadFontAsync')
    if (typeof fontName !== 'object' || fontName === null || typeof fontName.family !== 'string') {
      throw apiError('loadFontAsync', 'Expected a FontName { family, style }')
    }
    const catalog = this.session.catalog
    const fonts =
      fontName.style === undefined
        ? catalog.stylesOf(fontName.family)
        : [copyFont({ family: fontName.family, style: fontName.style })]
    const missing =
      fonts.length === 0 ? `${fontName.family}` : fonts.find((font) => !catalog.isAvailable(font))
    // Loading always takes a round trip: code that does not await it still sees the font unloaded.
    await Promise.resolve()
    if (missing !== undefined) {
      const name = typeof missing === 'string' ? missing : `${missing.family} ${missing.style}`
      throw new Error(`The font "${name}" could not be loaded`)
    }
    for (const font of fonts) this.session.fonts.add(font)
  }

  async listAvailableFontsAsync(): Promise<Font[]> {
    this.enter('listAvailableFontsAsync')
    await Promise.resolve()
    return this.session.catalog.list().map((fontName) => ({ fontName }))
  }

  get hasMissingFont(): boolean {
    this.enter('hasMissingFont')
    for (const record of this.session.doc.records.values()) {
      if (record.text !== null && !this.session.catalog.isAvailable(record.text.fontName)) return true
    }
    return false
  }

  // -- internals ----------------------------------------------------------------------------------------------

  /** Count a use of `figma.<member>` and refuse it after closePlugin. */
  private enter(member: string): void {
    this.session.guard(member)
    this.session.counter.call('figma', member)
  }

  private create(type: SceneType, member: string): FakeBaseNode {
    this.enter(member)
    const session = this.session
    const doc = session.doc
    const record = newRecord(doc.newId(session), type, {
      authorName: session.userName,
      editor: session.editorType
    })
    doc.create(record, doc.currentPageId, session)
    return session.wrap(record.id)
  }

  private forbidden(member: string): never {
    this.enter(member)
    throw dynamicPageError(member, `figma.${member}Async`)
  }

  private async noStyles(member: string): Promise<never[]> {
    this.enter(member)
    await Promise.resolve()
    return []
  }

  private notModelled(member: string): never {
    this.enter(member)
    throw new Error(`FigJam fake: figma.${member} is not modelled`)
  }
}

/** `figma.parameters`: registers input handlers; sessions can query them like FigJam's quick actions. */
export class FakeParameters implements ParametersAPI {
  private readonly handlers = new HandlerList<[ParameterInputEvent]>()
  private readonly guard: (member: string) => void

  constructor(guard: (member: string) => void) {
    this.guard = guard
  }

  on(type: 'input', callback: (event: ParameterInputEvent) => void): void {
    this.listen('on', type, callback)
  }

  once(type: 'input', callback: (event: ParameterInputEvent) => void): void {
    this.listen('once', type, callback)
  }

  off(type: 'input', callback: (event: ParameterInputEvent) => void): void {
    this.listen('off', type, callback)
  }

  /** Fire 'input' for a key and query; resolves with what the plugin answered. */
  async query(key: string, query: string, parameters: ParameterValues): Promise<ParameterQueryResult> {
    let suggestions: ReadonlyArray<string | { name: string; data?: unknown }> = []
    let error: string | null = null
    let loadingMessage: string | null = null
    const result: SuggestionResults = {
      setSuggestions: (list) => {
        suggestions = list.map((item) =>
          typeof item === 'string' ? item : { name: item.name, data: item.data as unknown }
        )
      },
      setError: (message) => {
        error = message
      },
      setLoadingMessage: (message) => {
        loadingMessage = message
      }
    }
    this.handlers.fire({ key, query, parameters, result })
    await Promise.resolve()
    return { suggestions, error, loadingMessage }
  }

  private listen(
    action: 'on' | 'once' | 'off',
    type: string,
    callback: (event: ParameterInputEvent) => void
  ): void {
    this.guard(action)
    if (type !== 'input') throw apiError(action, `figma.parameters only emits "input", not "${type}"`)
    if (action === 'off') this.handlers.remove(callback)
    else this.handlers.add(callback, action === 'once')
  }
}
