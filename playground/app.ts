/**
 * The playground page: a small FigJam around the plugin's real bundles. The board is the fake's current page
 * drawn from `fake.inspect`; every edit goes through `fake.user`, so the plugin's live mode sees what it would
 * see in FigJam.
 */
import { createFigJam, STICKY_COLORS, VIEWPORT_WINDOW, type InspectedNode } from '../fake'
import { drawZones } from './zones'
import type { PlaygroundApi, PlaygroundWindow } from './api'
import { PluginHost, type LaunchOutcome, type PluginBundle } from './bridge'
import { clampZoom, installBoardInteraction, isTyping, zoomAround } from './interact'
import { ensureLiveSession, liveUserActions } from './live-user'
import { commandsOf, installPluginsMenu, loadManifestAsync, type Manifest } from './menu'
import { BoardRenderer, type Viewport } from './render/board'
import { paintOrderOf, renderNodesFrom } from './render/from-inspect'
import type { Box, RenderNode } from './render/model'
import { canvasIds, fillCanvas } from './sample-builder'
import { SAMPLES } from './samples'
import { buildDrawnSample, DRAWN_SAMPLE, DRAWN_SAMPLE_TITLE } from './drawn-sample'
import { addTestsInProgress, TESTS_SAMPLE, TESTS_SAMPLE_TITLE } from './tests-sample'
import type { Theme } from './theme'
import { showToast } from './toasts'

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id)
  if (!element) throw new Error(`playground: #${id} is missing from index.html`)
  return element as T
}

function svgById<T extends SVGElement>(id: string): T {
  const element = document.getElementById(id)
  if (!element) throw new Error(`playground: #${id} is missing from index.html`)
  return element as unknown as T
}

const fake = createFigJam({ editorType: 'figjam', currentUser: { id: 'playground-user', name: 'You' } })
const user = liveUserActions(fake)
const board = byId<HTMLElement>('board')
const renderer = new BoardRenderer(
  svgById<SVGSVGElement>('board-svg'),
  svgById<SVGDefsElement>('board-defs'),
  byId<HTMLElement>('board-world'),
  svgById<SVGGElement>('board-overlay'),
  svgById<SVGGElement>('board-drag')
)
const toasts = byId<HTMLElement>('toasts')
const relaunchBar = byId<HTMLElement>('relaunch-bar')
const editor = byId<HTMLTextAreaElement>('sticky-editor')
const emptyHint = byId<HTMLElement>('empty-hint')
let theme: Theme = 'light'
let manifest: Manifest | null = null

function notify(message: string, error = false): void {
  showToast(toasts, message, { error })
}

function report(error: unknown): void {
  console.error(error)
  notify(error instanceof Error ? error.message : String(error), true)
}

// ---------------------------------------------------------------------------------------------
// Plugin host
// ---------------------------------------------------------------------------------------------

const host = new PluginHost({
  fake,
  window: byId('plugin-window'),
  frameHost: byId('plugin-frame-host'),
  title: byId('plugin-title'),
  onNotify: (message, options) => {
    const button = options?.button
    showToast(toasts, message, {
      error: options?.error === true,
      ...(options?.timeout !== undefined ? { timeout: options.timeout } : {}),
      ...(button ? { button: { text: button.text, action: () => button.action() } } : {})
    })
  },
  onSessionChange: () => scheduleRender(),
  theme: () => theme
})

byId<HTMLButtonElement>('plugin-close').addEventListener('click', () => host.closeCurrent())

async function launch(command: string, parameters?: ParameterValues, bundle?: PluginBundle): Promise<LaunchOutcome> {
  try {
    const outcome = await host.launchAsync(command, parameters, bundle)
    await renderNow()
    return outcome
  } catch (error) {
    report(error)
    throw error
  }
}

// ---------------------------------------------------------------------------------------------
// Rendering and the view
// ---------------------------------------------------------------------------------------------

let renderQueued = false
let renderWaiters: (() => void)[] = []
/** The fake's view as last written by the page: anything else came from the plugin (scrollAndZoomIntoView). */
let lastFakeView = { x: 0, y: 0, zoom: 1 }

function scheduleRender(): void {
  if (renderQueued) return
  renderQueued = true
  requestAnimationFrame(() => render())
}

function renderNow(): Promise<void> {
  return new Promise((resolve) => {
    renderWaiters.push(resolve)
    scheduleRender()
  })
}

/** Milliseconds the board's draws took since `renderStats` was last asked (the page's own work, not the browser's). */
let renderMs = 0

/** While true the board is not drawn (see `PlaygroundApi.pauseBoard`). */
let boardPaused = false

function render(): void {
  renderQueued = false
  if (boardPaused) {
    const waiting = renderWaiters
    renderWaiters = []
    for (const resolve of waiting) resolve()
    return
  }
  const started = performance.now()
  followPluginViewport()
  drawChanges()
  drawZones(zoneLayer, renderer.all(), renderer.worldTransform(), showZones)
  renderer.setSelection(fake.inspect.selection())
  emptyHint.hidden = renderer.count > 0
  updateRelaunchBar()
  updateToolbar()
  renderMs += performance.now() - started
  const waiters = renderWaiters
  renderWaiters = []
  for (const resolve of waiters) resolve()
}

/** Nodes the fake reported changed since the board was last drawn; `everything`: read the whole page. */
const pending = { ids: new Set<string>(), everything: true }

fake.inspect.subscribe((change) => {
  if (change.pageSwitched) pending.everything = true
  else if (!pending.everything) for (const id of change.ids) pending.ids.add(id)
  scheduleRender()
})

/**
 * A change touching more than this share of the board is drawn from a read of the whole page (one pass is then
 * cheaper than looking each node up).
 */
const WHOLE_PAGE_SHARE = 0.25

/**
 * Draws what changed since the last draw: the nodes the fake reported (with a moved container's descendants),
 * read one by one; the whole page only at the start, on a page switch or when most of the board changed.
 */
function drawChanges(): void {
  const ids = pending.ids
  const everything = pending.everything || ids.size > Math.max(64, renderer.count * WHOLE_PAGE_SHARE)
  pending.ids = new Set()
  pending.everything = false
  if (everything) {
    renderer.setNodes(renderNodesFrom(fake.document, fake.inspect.nodes()))
    return
  }
  if (ids.size === 0) return
  const fresh: InspectedNode[] = []
  const seen = new Set<string>()
  const gone: string[] = []
  const read = (id: string): void => {
    if (seen.has(id)) return
    const subtree = fake.inspect.subtree(id)
    if (subtree.length === 0) gone.push(id)
    for (const node of subtree) {
      if (seen.has(node.id)) continue
      seen.add(node.id)
      fresh.push(node)
    }
  }
  for (const id of ids) read(id)
  // A connector's end points follow the nodes at its ends: read again with them.
  for (const id of renderer.connectorsAt([...seen, ...gone])) read(id)
  renderer.update(renderNodesFrom(fake.document, fresh), gone, paintOrderOf(fake.inspect, fake.inspect.currentPageId))
}

/** How the fake's fixed 1440×900 window maps onto the board's real size. */
function windowScale(): number {
  const { width, height } = renderer.size()
  return Math.max(0.05, Math.min(width / VIEWPORT_WINDOW.width, height / VIEWPORT_WINDOW.height))
}

function setView(view: Viewport): void {
  renderer.setView(view)
  byId('zoom-label').textContent = `${Math.round(view.zoom * 100)}%`
  // Keep `figma.viewport` where the user looks (plugins place new canvases at the viewport's centre).
  const { width, height } = renderer.size()
  const centre = renderer.screenToWorld({ x: width / 2, y: height / 2 })
  const zoom = view.zoom / windowScale()
  fake.document.view.center = { x: centre.x, y: centre.y }
  fake.document.view.zoom = zoom
  lastFakeView = { x: centre.x, y: centre.y, zoom }
  positionRelaunchBar()
  positionEditor()
}

function followPluginViewport(): void {
  const { center, zoom } = fake.inspect.viewport()
  const same = Math.abs(center.x - lastFakeView.x) < 0.5 && Math.abs(center.y - lastFakeView.y) < 0.5 && Math.abs(zoom - lastFakeView.zoom) < 1e-6
  if (same) return
  const { width, height } = renderer.size()
  const screenZoom = clampZoom(zoom * windowScale())
  setView({ zoom: screenZoom, tx: width / 2 - center.x * screenZoom, ty: height / 2 - center.y * screenZoom })
}

function zoomToBox(box: Box | null): void {
  const { width, height } = renderer.size()
  if (!box || box.width <= 0 || box.height <= 0) {
    setView({ zoom: 0.5, tx: width / 2, ty: height / 2 })
    return
  }
  const margin = 48
  const zoom = clampZoom(Math.min((width - 2 * margin) / box.width, (height - 2 * margin - 70) / box.height))
  setView({
    zoom,
    tx: width / 2 - (box.x + box.width / 2) * zoom,
    ty: (height - 70) / 2 - (box.y + box.height / 2) * zoom + 12
  })
}

function zoomToFit(ids?: string[]): void {
  // Read the fake, not the last render: a fit right after an edit must see the edit.
  const nodes =
    ids && ids.length > 0
      ? ids.map((id) => fake.inspect.node(id)).filter((node) => node !== null)
      : fake.inspect.nodes().filter((node) => node.depth === 0)
  let box: Box | null = null
  for (const { box: b } of nodes) {
    box = box
      ? {
          x: Math.min(box.x, b.x),
          y: Math.min(box.y, b.y),
          width: Math.max(box.x + box.width, b.x + b.width) - Math.min(box.x, b.x),
          height: Math.max(box.y + box.height, b.y + b.height) - Math.min(box.y, b.y)
        }
      : { ...b }
  }
  zoomToBox(box)
}

function zoomBy(factor: number): void {
  const { width, height } = renderer.size()
  setView(zoomAround(renderer.view, factor, { x: width / 2, y: height / 2 }))
}

// When the plugin window opens or closes, the board changes width: keep what was in its middle there.
let boardSize = { width: 0, height: 0 }
new ResizeObserver((entries) => {
  // Measured here, after layout, where reading it costs nothing; the renderer keeps it (no reads while drawing).
  const rect = entries[entries.length - 1]?.contentRect
  if (rect) renderer.setSize(rect.width, rect.height)
  const size = renderer.size()
  const { zoom, tx, ty } = renderer.view
  const moved = boardSize.width > 0 ? { x: (size.width - boardSize.width) / 2, y: (size.height - boardSize.height) / 2 } : { x: 0, y: 0 }
  boardSize = size
  setView({ zoom, tx: tx + moved.x, ty: ty + moved.y })
}).observe(board)

// ---------------------------------------------------------------------------------------------
// Selection, editing, toolbar
// ---------------------------------------------------------------------------------------------

function selection(): string[] {
  return fake.inspect.selection()
}

function guarded(action: () => void): void {
  try {
    action()
  } catch (error) {
    report(error)
  }
}

function selectIds(ids: string[]): void {
  guarded(() => user.select(ids))
}

installBoardInteraction(board, renderer, {
  selection,
  select: selectIds,
  move: (ids, dx, dy) =>
    guarded(() => {
      for (const id of ids) {
        const node = renderer.byId.get(id)
        if (!node) continue
        // `user.move` takes the page-absolute top-left of the node's own (unrotated) frame.
        user.move(id, node.transform[0][2] + dx, node.transform[1][2] + dy)
      }
    }),
  editText: (id) => openEditor(id),
  viewChanged: (view) => setView(view)
})

let editing: string | null = null

function openEditor(id: string): void {
  const node = renderer.byId.get(id)
  if (!node || node.locked || (node.type !== 'STICKY' && node.type !== 'SHAPE_WITH_TEXT')) return
  editing = id
  editor.value = node.text ?? ''
  editor.style.background = node.fills[0] ?? '#FFFFFF'
  editor.style.fontSize = `${node.fontSize ?? 24}px`
  editor.hidden = false
  positionEditor()
  editor.focus()
  editor.select()
}

function positionEditor(): void {
  if (editing === null || editor.hidden) return
  const node = renderer.byId.get(editing)
  if (!node) return
  const at = renderer.worldToScreen({ x: node.box.x, y: node.box.y })
  editor.style.left = `${at.x}px`
  editor.style.top = `${at.y}px`
  editor.style.width = `${node.box.width}px`
  editor.style.height = `${node.box.height}px`
  editor.style.padding = node.type === 'STICKY' ? '22px' : '14px'
  editor.style.transform = `scale(${renderer.view.zoom})`
}

function closeEditor(commit: boolean): void {
  if (editing === null) return
  const id = editing
  editing = null
  editor.hidden = true
  const node = fake.inspect.node(id)
  if (commit && node && node.text !== editor.value) guarded(() => user.typeInto(id, editor.value))
  board.focus({ preventScroll: true })
}

editor.addEventListener('blur', () => closeEditor(true))
editor.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') {
    event.preventDefault()
    closeEditor(true)
  } else if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) {
    event.preventDefault()
    closeEditor(true)
  }
  event.stopPropagation()
})

/** A free spot for a new sticky at the view's centre (shifted while another sticky sits there). */
function newStickySpot(): { x: number; y: number } {
  const { width, height } = renderer.size()
  const centre = renderer.screenToWorld({ x: width / 2, y: height / 2 })
  let x = Math.round(centre.x - 120)
  let y = Math.round(centre.y - 120)
  const taken = (px: number, py: number) =>
    [...renderer.all()].some((n) => n.type === 'STICKY' && Math.abs(n.box.x - px) < 20 && Math.abs(n.box.y - py) < 20)
  for (let i = 0; i < 50 && taken(x, y); i += 1) {
    x += 30
    y += 30
  }
  return { x, y }
}

function addSticky(color: string): void {
  guarded(() => {
    const spot = newStickySpot()
    const sticky = user.addSticky({ text: '', x: spot.x, y: spot.y, color })
    user.select([sticky.id])
    void renderNow().then(() => openEditor(sticky.id))
  })
}

const connectable = (node: RenderNode | undefined) => node !== undefined && node.type !== 'CONNECTOR' && node.type !== 'STAMP'
const stampable = connectable

function connectSelection(): void {
  const ids = selection().filter((id) => connectable(renderer.byId.get(id)))
  if (ids.length !== 2) {
    notify('Select two stickies to connect (click one, Shift-click the other).')
    return
  }
  const [from, to] = ids as [string, string]
  guarded(() => {
    const connector = user.connect(from, to)
    user.select([connector.id])
  })
}

function stampSelection(): void {
  const ids = selection().filter((id) => stampable(renderer.byId.get(id)))
  if (ids.length === 0) {
    notify('Select a sticky to vote on.')
    return
  }
  guarded(() => {
    for (const id of ids) user.stamp(id)
  })
}

function duplicateSelection(): void {
  const ids = selection()
  if (ids.length === 0) return
  guarded(() => {
    const copies = user.duplicate(ids)
    user.select(copies.map((copy) => copy.id))
  })
}

function deleteSelection(): void {
  const ids = selection().filter((id) => !renderer.byId.get(id)?.locked)
  if (ids.length === 0) return
  guarded(() => user.delete(ids))
}

function undo(): void {
  if (!fake.undo.undo()) notify('Nothing to undo.')
}

const palette = byId<HTMLElement>('palette')
for (const [name, hex] of Object.entries(STICKY_COLORS)) {
  const swatch = document.createElement('button')
  swatch.type = 'button'
  swatch.className = 'pg-swatch'
  swatch.style.background = `#${hex}`
  swatch.title = `Add a ${name.toLowerCase()} sticky`
  swatch.setAttribute('aria-label', `Add ${name} sticky`)
  swatch.dataset.color = name
  swatch.addEventListener('click', () => addSticky(hex))
  palette.append(swatch)
}

const tools = {
  connect: byId<HTMLButtonElement>('tool-connect'),
  stamp: byId<HTMLButtonElement>('tool-stamp'),
  duplicate: byId<HTMLButtonElement>('tool-duplicate'),
  delete: byId<HTMLButtonElement>('tool-delete'),
  undo: byId<HTMLButtonElement>('tool-undo')
}
tools.connect.addEventListener('click', connectSelection)
tools.stamp.addEventListener('click', stampSelection)
tools.duplicate.addEventListener('click', duplicateSelection)
tools.delete.addEventListener('click', deleteSelection)
tools.undo.addEventListener('click', undo)

/** The zones the plugin understood on adopted drawings, shown over the board when the Zones button is on. */
const worldLayer = byId<HTMLElement>('board-world')
const zoneLayer = svgById<SVGGElement>('zone-layer')
const zonesButton = byId<HTMLButtonElement>('tool-zones')
let showZones = false
zonesButton.addEventListener('click', () => {
  showZones = !showZones
  zonesButton.setAttribute('aria-pressed', String(showZones))
  scheduleRender()
})

function updateToolbar(): void {
  const ids = selection()
  const nodes = ids.map((id) => renderer.byId.get(id))
  tools.connect.disabled = nodes.filter(connectable).length !== 2
  tools.stamp.disabled = !nodes.some(stampable)
  tools.duplicate.disabled = ids.length === 0
  tools.delete.disabled = !nodes.some((node) => node !== undefined && !node.locked)
}

window.addEventListener('keydown', (event) => {
  if (isTyping(event.target) || editing !== null) return
  const mod = event.metaKey || event.ctrlKey
  if (mod && event.key.toLowerCase() === 'z') {
    event.preventDefault()
    undo()
  } else if (mod && event.key.toLowerCase() === 'd') {
    event.preventDefault()
    duplicateSelection()
  } else if (event.key === 'Delete' || event.key === 'Backspace') {
    deleteSelection()
  } else if (event.key === 'Escape') {
    selectIds([])
  } else if (event.shiftKey && event.code === 'Digit1') {
    zoomToFit()
  } else if (!mod && event.key.toLowerCase() === 'c') {
    connectSelection()
  } else if (!mod && event.key.toLowerCase() === 'v') {
    stampSelection()
  } else if (event.key === 'Enter') {
    const [only] = selection()
    if (only && selection().length === 1) {
      event.preventDefault()
      openEditor(only)
    }
  }
})

byId<HTMLButtonElement>('zoom-in').addEventListener('click', () => zoomBy(1.25))
byId<HTMLButtonElement>('zoom-out').addEventListener('click', () => zoomBy(0.8))
byId<HTMLButtonElement>('zoom-fit').addEventListener('click', () => zoomToFit())

// ---------------------------------------------------------------------------------------------
// Relaunch buttons (FigJam's inline menu on a selected node with relaunch data)
// ---------------------------------------------------------------------------------------------

function relaunchCommands(node: RenderNode): { command: string; name: string; description: string }[] {
  const buttons = manifest?.relaunchButtons ?? []
  const data = node.relaunchData
  const keys = Object.keys(data)
  if (keys.length > 0) {
    return buttons.filter((b) => keys.includes(b.command)).map((b) => ({ ...b, description: data[b.command] ?? '' }))
  }
  // Before the plugin set relaunch data (or when it cannot): canvases still offer the manifest's buttons.
  return node.pluginData.role === 'vpc-canvas' ? buttons.map((b) => ({ ...b, description: '' })) : []
}

function updateRelaunchBar(): void {
  const ids = selection()
  const node = ids.length === 1 && ids[0] ? renderer.byId.get(ids[0]) : undefined
  const commands = node ? relaunchCommands(node) : []
  if (!node || commands.length === 0) {
    relaunchBar.hidden = true
    relaunchBar.replaceChildren()
    return
  }
  const icon = document.createElement('span')
  icon.className = 'pg-relaunch-icon'
  icon.textContent = manifest?.name ?? 'Plugin'
  const buttons = commands.map((entry) => {
    const button = document.createElement('button')
    button.type = 'button'
    button.textContent = entry.name
    button.dataset.command = entry.command
    if (entry.description) button.title = entry.description
    button.addEventListener('click', () => void launch(entry.command).catch(() => undefined))
    return button
  })
  relaunchBar.replaceChildren(icon, ...buttons)
  relaunchBar.dataset.nodeId = node.id
  relaunchBar.hidden = false
  positionRelaunchBar()
}

function positionRelaunchBar(): void {
  if (relaunchBar.hidden) return
  const node = renderer.byId.get(relaunchBar.dataset.nodeId ?? '')
  if (!node) return
  const { width } = renderer.size()
  const top = renderer.worldToScreen({ x: node.box.x + node.box.width / 2, y: node.box.y })
  relaunchBar.style.left = `${Math.min(Math.max(top.x, 160), width - 160)}px`
  relaunchBar.style.top = `${Math.max(top.y - 34, 44)}px`
}

// ---------------------------------------------------------------------------------------------
// Theme, samples, menu
// ---------------------------------------------------------------------------------------------

const themeToggle = byId<HTMLButtonElement>('theme-toggle')
function setTheme(next: Theme): void {
  theme = next
  document.documentElement.classList.toggle('pg-dark', next === 'dark')
  document.documentElement.classList.toggle('pg-light', next === 'light')
  themeToggle.setAttribute('aria-pressed', String(next === 'dark'))
  themeToggle.textContent = next === 'dark' ? 'Light theme' : 'Dark theme'
  host.applyTheme()
}
themeToggle.addEventListener('click', () => setTheme(theme === 'dark' ? 'light' : 'dark'))

/** Sample boards sit side by side: the next one goes right of everything on the page. */
function moveViewRightOfContent(): void {
  const bounds = renderer.contentBounds()
  if (!bounds) return
  const { width, height } = renderer.size()
  const zoom = renderer.view.zoom
  const target = { x: bounds.x + bounds.width + 3000, y: bounds.y + bounds.height / 2 }
  setView({ zoom, tx: width / 2 - target.x * zoom, ty: height / 2 - target.y * zoom })
}

async function loadSample(name: string): Promise<string> {
  const sample = SAMPLES[name]
  if (!sample) throw new Error(`No sample "${name}" (try ${Object.keys(SAMPLES).join(', ')})`)
  await renderNow()
  moveViewRightOfContent()
  const before = new Set(canvasIds(fake))
  await launch('insert-vpc', { segment: sample.segment, product: sample.product, locale: sample.locale })
  const created = canvasIds(fake).find((id) => !before.has(id))
  if (!created) throw new Error('insert-vpc drew no canvas (see the message at the bottom)')
  fillCanvas(fake, user, created, sample)
  user.select([])
  await fake.flush()
  await renderNow()
  zoomToFit([created])
  return created
}

/** Draws the hand-drawn sample right of everything, selected, as a person would leave it before adopting it. */
async function loadDrawnSample(): Promise<string> {
  await renderNow()
  const bounds = renderer.contentBounds()
  const origin = bounds ? { x: Math.round(bounds.x + bounds.width + 600), y: Math.round(bounds.y) } : { x: 0, y: 0 }
  const id = await buildDrawnSample(fake, user, origin)
  user.select([id])
  await fake.flush()
  await renderNow()
  zoomToFit([id])
  return id
}

/** The fitness sample with tests in progress: built with the panel open, through its requests; panel left open. */
async function loadTestsSample(): Promise<string> {
  const id = await loadSample('fitness-en')
  await launch('open')
  const cards = await addTestsInProgress({ fake, user, request: (name, payload) => host.requestAsync(name, payload) }, id)
  await renderNow()
  zoomToFit([id, ...cards])
  return id
}

const sampleSelect = byId<HTMLSelectElement>('sample-select')
for (const [name, sample] of Object.entries(SAMPLES)) sampleSelect.append(new Option(sample.title, name))
sampleSelect.append(new Option(DRAWN_SAMPLE_TITLE, DRAWN_SAMPLE))
sampleSelect.append(new Option(TESTS_SAMPLE_TITLE, TESTS_SAMPLE))
sampleSelect.addEventListener('change', () => {
  const name = sampleSelect.value
  sampleSelect.value = ''
  if (!name) return
  if (name === TESTS_SAMPLE) {
    void loadTestsSample().catch(report)
    return
  }
  void (name === DRAWN_SAMPLE ? loadDrawnSample() : loadSample(name))
    .then(async (id) => {
      await launch('open')
      zoomToFit([id])
    })
    .catch(report)
})

async function boardSettled(): Promise<void> {
  await fake.flush()
  await renderNow()
  await renderer.idle()
}

async function screenshotReady(): Promise<void> {
  await boardSettled()
  await document.fonts.ready
  const frameDoc = host.frame?.contentDocument
  if (frameDoc) await frameDoc.fonts.ready
  await new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())))
}

const api: PlaygroundApi = {
  launch,
  user,
  fake,
  loadSample,
  loadDrawnSample,
  loadTestsSample,
  samples: () => Object.keys(SAMPLES),
  screenshotReady,
  boardSettled,
  setTheme,
  zoomToFit,
  zoomTo(zoom, id) {
    const { width, height } = renderer.size()
    const node = id === undefined ? undefined : fake.inspect.node(id)
    const centre = node ? { x: node.box.x + node.box.width / 2, y: node.box.y + node.box.height / 2 } : renderer.screenToWorld({ x: width / 2, y: height / 2 })
    const z = clampZoom(zoom)
    setView({ zoom: z, tx: width / 2 - centre.x * z, ty: height / 2 - centre.y * z })
  },
  viewport: () => ({ ...renderer.view }),
  panelFrame: () => host.frame,
  launchBundle: (bundle, command = 'open') => launch(command, undefined, bundle),
  request: (name, payload) => host.requestAsync(name, payload),
  pauseBoard(paused) {
    boardPaused = paused
    // Hidden too: a board of 10,000 drawn stickies costs the browser a long frame on the page's thread whenever
    // anything on the page changes (the panel's iframe included), which FigJam's own canvas does not cost a plugin.
    worldLayer.hidden = paused
    for (const layer of [zoneLayer, svgById<SVGGElement>('board-overlay')]) {
      if (paused) layer.setAttribute('display', 'none')
      else layer.removeAttribute('display')
    }
    if (!paused) scheduleRender()
  },
  async renderStats() {
    await fake.flush()
    await renderNow()
    // The tiles the change (or a view change before it) left to draw in the next frames count too.
    await renderer.idle()
    const ms = renderMs + renderer.takeWorkMs()
    renderMs = 0
    const drawn = renderer.drawnCounts()
    return { drawn: renderer.takeDrawCount(), groups: drawn.groups, shown: drawn.nodes, ms }
  },
  async redrawAll(options) {
    await fake.flush()
    await renderNow()
    renderer.takeDrawCount()
    // The page read from scratch (not the renderer's records), so a test comparing this with what the changes drew
    // compares two independent drawings; only the drawing is timed.
    const nodes = renderNodesFrom(fake.document, fake.inspect.nodes())
    const started = performance.now()
    renderer.redrawAll(nodes, options?.occlusion !== false)
    return { drawn: renderer.takeDrawCount(), ms: performance.now() - started }
  }
}
const target = window as unknown as PlaygroundWindow
target.playground = api
// The plugin console's `figma`: the most recent plugin run's API.
Object.defineProperty(window, 'figma', {
  configurable: true,
  get: () => {
    ensureLiveSession(fake)
    return fake.figma
  }
})

async function start(): Promise<void> {
  setTheme(window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light')
  setView({ zoom: 0.25, tx: renderer.size().width / 2, ty: renderer.size().height / 2 })
  try {
    manifest = await loadManifestAsync()
    installPluginsMenu(
      manifest,
      {
        button: byId('plugins-button'),
        list: byId('plugins-menu'),
        dialog: byId('quick-action'),
        form: byId('quick-action-form'),
        title: byId('quick-action-title'),
        fields: byId('quick-action-fields'),
        cancel: byId('quick-action-cancel')
      },
      (command, parameters) => void launch(command, parameters).catch(() => undefined)
    )
    if (commandsOf(manifest).length === 0) notify('manifest.json lists no commands', true)
    await host.loadBundlesAsync()
  } catch (error) {
    report(error)
  }
  // The board's font before the first draw (both subsets), so no text is ever drawn in a fallback font's widths.
  await document.fonts.load("500 16px 'VPC Fit Inter'", 'a\u0100').catch(report)
  render()
  document.body.dataset.ready = 'true'
}

void start()
