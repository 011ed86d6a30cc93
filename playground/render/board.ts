/**
 * Draws the fake's current page as SVG: a world layer (the nodes, in page coordinates under one pan/zoom
 * transform) and an overlay layer in screen pixels (section names, selection outlines). Every text from the
 * board goes in through `textContent`, never as markup.
 */
import { textWidth } from '../../fake'
import { connectorPath } from './connector'
import type { Box, Matrix, PaintOrder, Point, RenderNode } from './model'
import { apply, svgMatrix } from './model'
import { shapePath } from './shapes'
import { BASELINE_EM, freeText, shapeText, stickyText, type TextLayout } from './text'

const SVG = 'http://www.w3.org/2000/svg'
const SELECTION_BLUE = '#0D99FF'

/**
 * Below this many screen pixels a font is drawn as grey bars where the fake's lines are (each as long as the
 * line): text that small cannot be read, and 10,000 stickies of glyphs cost the browser far more than bars.
 */
export const TEXT_MIN_SCREEN_PX = 4
/** Nodes are drawn when their box is within this share of the board's size around the view (pans stay smooth). */
export const CULL_MARGIN = 0.15
/** A stamp's label size as a share of the stamp's. */
const STAMP_LABEL_EM = 0.42
/** Size of the section-name pill's font (screen px), measured with the fake's Inter metrics. */
const LABEL_FONT_PX = 12

export interface Viewport {
  /** Screen position of the page's (0, 0). */
  tx: number
  ty: number
  zoom: number
}

/** How each of FigJam's stamps is drawn, by the stamp's name (its kind). */
const STAMP_LOOK: Record<string, { label: string; fill: string }> = {
  '+1': { label: '+1', fill: '#9747FF' },
  Dot: { label: '', fill: '#9747FF' },
  Heart: { label: '♥', fill: '#F24822' },
  Profile: { label: '☺', fill: '#0FA958' },
  Question: { label: '?', fill: '#0D99FF' },
  Star: { label: '★', fill: '#FFC943' },
  'Thumbs down': { label: '👎', fill: '#FFC943' },
  'Thumbs up': { label: '👍', fill: '#FFC943' }
}

function el<K extends keyof SVGElementTagNameMap>(name: K, attributes: Record<string, string | number> = {}): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, name)
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value))
  return node
}

function fmt(v: number): string {
  return String(Math.round(v * 100) / 100)
}

/** The SVG board. Owns the DOM under its world, overlay and defs groups. */
export class BoardRenderer {
  readonly byId = new Map<string, RenderNode>()
  selection: string[] = []
  view: Viewport = { tx: 0, ty: 0, zoom: 1 }
  private readonly markers = new Set<string>()
  /**
   * Every drawable node's group, in paint order in the world. `key` is what its drawing was made from (see
   * `drawKey`) or null while the node is out of view: its group is then empty and not displayed.
   */
  private readonly drawn = new Map<string, Drawn>()
  /** The board's size in screen pixels (kept by `setSize`: reading it from the DOM would force a layout). */
  private boardSize: { width: number; height: number }
  /** The page area nodes are drawn in: the view and `CULL_MARGIN` around it. */
  private cullRect: Box = { x: 0, y: 0, width: 0, height: 0 }
  /** Ids of the nodes in each parent (null: the page), for what a drag carries along. */
  private readonly childrenOf = new Map<string | null, Set<string>>()
  /** Ids of the stamps stuck to each host. */
  private readonly stampIds = new Map<string, Set<string>>()
  /** Stamps on each host, in paint order: where a stamp sits depends on its place among them. */
  private readonly stampsOn = new Map<string, RenderNode[]>()
  /** Connectors by the node at either end: a connector's path follows the boxes of its ends. */
  private readonly connectorsAtNode = new Map<string, Set<string>>()
  /** Sections in paint order (their names are drawn in the overlay). */
  private sections: string[] = []
  /** Groups created or replaced by the last draw of the world: what a change cost the DOM. */
  lastDrawCount = 0
  /** Groups created or replaced since `takeDrawCount` was last called (draws can come before anyone asks). */
  private drawnSince = 0
  /** Groups lifted into the drag layer while dragged, each with the marker holding its place in the world. */
  private readonly lifted = new Map<string, { group: SVGGElement; marker: Comment }>()
  /** Offset applied while the user drags nodes (ids include descendants and stuck stamps). */
  private drag: { ids: Set<string>; dx: number; dy: number } | null = null

  constructor(
    private readonly svg: SVGSVGElement,
    private readonly defs: SVGDefsElement,
    private readonly world: SVGGElement,
    private readonly overlay: SVGGElement,
    /**
     * A group in its own composited layer (an SVG of its own with `will-change: transform`): dragged nodes move
     * there, so a drag moves a layer instead of repainting the board's thousands of nodes on every pointer move.
     */
    private readonly dragLayer: SVGGElement | null = null
  ) {
    const rect = svg.getBoundingClientRect()
    this.boardSize = { width: rect.width, height: rect.height }
    this.cullRect = this.viewArea()
  }

  /** Every node on the board (in no particular order). */
  all(): IterableIterator<RenderNode> {
    return this.byId.values()
  }

  /** How many nodes the board holds. */
  get count(): number {
    return this.byId.size
  }

  /** Replaces the board's content (`nodes` in paint order) and redraws what differs from what is on screen. */
  setNodes(nodes: readonly RenderNode[]): void {
    this.byId.clear()
    this.childrenOf.clear()
    this.stampIds.clear()
    this.connectorsAtNode.clear()
    for (const node of nodes) {
      this.byId.set(node.id, node)
      this.index(node, null)
    }
    this.stampsOn.clear()
    for (const node of nodes) {
      if (node.type !== 'STAMP' || !node.stuckTo) continue
      const list = this.stampsOn.get(node.stuckTo)
      if (list) list.push(node)
      else this.stampsOn.set(node.stuckTo, [node])
    }
    this.sections = nodes.filter((node) => node.type === 'SECTION').map((node) => node.id)
    this.selection = this.selection.filter((id) => this.byId.has(id))
    this.drawWorld(nodes)
  }

  /**
   * Applies one change: `fresh` are the current records of the nodes it touched (a moved container's descendants
   * included), `gone` the ids no longer on the page. Redrawn are those nodes and what depends on them (connectors
   * at their ends, stamps on them and beside them); moved are only the groups whose place in the paint order is
   * no longer right. Work and DOM updates follow the change, not the board.
   */
  update(fresh: readonly RenderNode[], gone: Iterable<string>, order: PaintOrder): void {
    const dirty = new Set<string>()
    const hosts = new Set<string>()
    const dependents = (id: string): void => {
      dirty.add(id)
      for (const connector of this.connectorsAtNode.get(id) ?? []) dirty.add(connector)
      for (const stamp of this.stampIds.get(id) ?? []) dirty.add(stamp)
    }
    let sectionsMoved = false
    for (const id of gone) {
      const old = this.byId.get(id)
      if (!old) continue
      dependents(id)
      this.unindex(old, hosts)
      this.byId.delete(id)
      if (old.type === 'SECTION') sectionsMoved = true
    }
    for (const node of fresh) {
      const old = this.byId.get(node.id)
      if (old) {
        dependents(node.id)
        this.unindex(old, hosts)
      }
      this.byId.set(node.id, node)
      this.index(node, hosts)
      if (node.type === 'SECTION' || old?.type === 'SECTION') sectionsMoved = true
    }
    // What depends on them now (a connector or stamp that arrived with the change is fresh itself).
    for (const node of fresh) dependents(node.id)
    for (const host of hosts) {
      const ids = this.stampIds.get(host)
      if (!ids || ids.size === 0) {
        this.stampsOn.delete(host)
        continue
      }
      const list = order.sort([...ids]).map((id) => this.byId.get(id) as RenderNode)
      this.stampsOn.set(host, list)
      for (const stamp of list) dirty.add(stamp.id)
    }
    if (sectionsMoved) {
      const ids: string[] = []
      for (const node of this.byId.values()) if (node.type === 'SECTION') ids.push(node.id)
      this.sections = order.sort(ids)
    }
    this.selection = this.selection.filter((id) => this.byId.has(id))

    let created = 0
    const place = new Set<string>()
    for (const node of fresh) place.add(node.id)
    for (const id of dirty) {
      const node = this.byId.get(id)
      const entry = this.drawn.get(id)
      if (!node || !drawable(node)) {
        entry?.group.remove()
        this.drawn.delete(id)
        continue
      }
      if (entry) {
        if (this.show(node, entry)) created++
        continue
      }
      const made: Drawn = { key: null, detail: '', group: this.placeholder(node) }
      this.drawn.set(id, made)
      if (this.show(node, made)) created++
      place.add(id)
    }
    // Paint order: from the front back, each placed group goes before the next group painted after it (those are
    // in place already: untouched, or placed just before).
    const placing = order.sort([...place].filter((id) => this.drawn.has(id)))
    for (let i = placing.length - 1; i >= 0; i--) {
      const group = (this.drawn.get(placing[i] as string) as { group: SVGGElement }).group
      const next = this.nextGroup(placing[i] as string, order)
      if (group.parentNode === this.world && group.nextElementSibling === next) continue
      this.world.insertBefore(group, next)
    }
    this.finishDraw(created)
  }

  /** The group painted right after node `id` (skipping nodes that draw nothing), or null at the end. */
  private nextGroup(id: string, order: PaintOrder): SVGGElement | null {
    for (let next = order.next(id); next !== null; next = order.next(next)) {
      const group = this.drawn.get(next)?.group
      if (group && group.parentNode === this.world) return group
    }
    return null
  }

  private index(node: RenderNode, hosts: Set<string> | null): void {
    addTo(this.childrenOf, node.parentId, node.id)
    if (node.type === 'STAMP' && node.stuckTo) {
      addTo(this.stampIds, node.stuckTo, node.id)
      hosts?.add(node.stuckTo)
    }
    const info = node.connector
    if (node.type === 'CONNECTOR' && info) {
      if (info.start.nodeId) addTo(this.connectorsAtNode, info.start.nodeId, node.id)
      if (info.end.nodeId) addTo(this.connectorsAtNode, info.end.nodeId, node.id)
    }
  }

  private unindex(node: RenderNode, hosts: Set<string>): void {
    takeFrom(this.childrenOf, node.parentId, node.id)
    if (node.type === 'STAMP' && node.stuckTo) {
      takeFrom(this.stampIds, node.stuckTo, node.id)
      hosts.add(node.stuckTo)
    }
    const info = node.connector
    if (node.type === 'CONNECTOR' && info) {
      if (info.start.nodeId) takeFrom(this.connectorsAtNode, info.start.nodeId, node.id)
      if (info.end.nodeId) takeFrom(this.connectorsAtNode, info.end.nodeId, node.id)
    }
  }

  /**
   * The connectors drawn with an end on one of `ids`: their end points move with those nodes, so a change to the
   * nodes needs the connectors read again too.
   */
  connectorsAt(ids: Iterable<string>): Set<string> {
    const found = new Set<string>()
    for (const id of ids) for (const connector of this.connectorsAtNode.get(id) ?? []) found.add(connector)
    return found
  }

  /** The nodes a drag moves along with `ids`: descendants of moved sections and groups, stamps stuck to them. */
  carried(ids: readonly string[]): Set<string> {
    const carried = new Set<string>()
    const queue = [...ids]
    while (queue.length > 0) {
      const id = queue.pop() as string
      if (carried.has(id)) continue
      carried.add(id)
      for (const child of this.childrenOf.get(id) ?? []) queue.push(child)
      for (const stamp of this.stampIds.get(id) ?? []) queue.push(stamp)
    }
    return carried
  }

  setSelection(ids: readonly string[]): void {
    this.selection = ids.filter((id) => this.byId.has(id))
    this.drawOverlay()
  }

  setView(view: Viewport): void {
    const zoomed = view.zoom !== this.view.zoom
    this.view = view
    this.world.setAttribute('transform', `translate(${fmt(view.tx)} ${fmt(view.ty)}) scale(${view.zoom})`)
    // One screen pixel in page units, for the strokes that keep a minimum width on screen (see `minStroke`).
    if (zoomed) this.world.style.setProperty('--pg-px', `${Number((1 / Math.max(view.zoom, 1e-3)).toFixed(6))}px`)
    this.finishDraw(this.followView())
  }

  /** The board's size changed (the caller measured it where reading layout is free, e.g. in a ResizeObserver). */
  setSize(width: number, height: number): void {
    this.boardSize = { width, height }
    this.finishDraw(this.followView())
  }

  /** The page area around the view in which nodes are drawn. */
  private viewArea(): Box {
    const zoom = Math.max(this.view.zoom, 1e-6)
    const width = this.boardSize.width / zoom
    const height = this.boardSize.height / zoom
    return {
      x: -this.view.tx / zoom - width * CULL_MARGIN,
      y: -this.view.ty / zoom - height * CULL_MARGIN,
      width: width * (1 + 2 * CULL_MARGIN),
      height: height * (1 + 2 * CULL_MARGIN)
    }
  }

  /**
   * After a pan or zoom: draws the nodes that came into view or changed their level of detail, empties those that
   * left it. A pan within the margin draws nothing; the work is one box test per node.
   */
  private followView(): number {
    this.cullRect = this.viewArea()
    let created = 0
    for (const [id, entry] of this.drawn) {
      const node = this.byId.get(id)
      if (!node) continue
      const seen = this.inView(node)
      if (!seen && entry.key === null) continue
      if (seen && entry.key !== null && entry.detail === this.detailOf(node)) continue
      if (this.show(node, entry)) created++
    }
    return created
  }

  /** Whether the node's box is in the drawn area (a stamp without a size is where its host is). */
  private inView(node: RenderNode): boolean {
    let box = node.box
    if (node.type === 'STAMP' && !(node.width > 0 && node.height > 0) && node.stuckTo) box = this.byId.get(node.stuckTo)?.box ?? box
    const r = this.cullRect
    return box.x <= r.x + r.width && box.x + box.width >= r.x && box.y <= r.y + r.height && box.y + box.height >= r.y
  }

  /** How much of a node is drawn at this zoom: its text, or bars where the lines are. */
  private detailOf(node: RenderNode): string {
    switch (node.type) {
      case 'STICKY':
      case 'SHAPE_WITH_TEXT':
      case 'TEXT':
        return this.textShown(node.fontSize ?? 16) ? 'text' : 'bars'
      case 'STAMP':
        return this.textShown(stampSize(node) * STAMP_LABEL_EM) ? 'text' : 'dot'
      default:
        return ''
    }
  }

  private textShown(fontSize: number): boolean {
    return fontSize * this.view.zoom >= TEXT_MIN_SCREEN_PX
  }

  /**
   * Brings a node's group up to date: empty and hidden out of view, else drawn from the node's record at the
   * zoom's level of detail (only when that differs from what it shows). True when it drew.
   */
  private show(node: RenderNode, entry: Drawn): boolean {
    const group = entry.group
    if (!this.inView(node)) {
      if (entry.key === null) return false
      group.replaceChildren()
      group.removeAttribute('pointer-events')
      group.setAttribute('display', 'none')
      entry.key = null
      entry.detail = ''
      return false
    }
    const detail = this.detailOf(node)
    const key = `${this.drawKey(node)}|${detail}`
    if (entry.key === key) return false
    const drawing = this.drawNode(node, detail)
    if (drawing) group.replaceChildren(drawing)
    else group.replaceChildren()
    group.removeAttribute('display')
    if (node.locked) group.setAttribute('pointer-events', 'none')
    else group.removeAttribute('pointer-events')
    entry.key = key
    entry.detail = detail
    return true
  }

  /** An empty, hidden group holding a node's place in the paint order until it is drawn. */
  private placeholder(node: RenderNode): SVGGElement {
    return el('g', { 'data-node-id': node.id, 'data-type': node.type, class: 'pg-node', display: 'none' })
  }

  screenToWorld(p: Point): Point {
    return { x: (p.x - this.view.tx) / this.view.zoom, y: (p.y - this.view.ty) / this.view.zoom }
  }

  worldToScreen(p: Point): Point {
    return { x: p.x * this.view.zoom + this.view.tx, y: p.y * this.view.zoom + this.view.ty }
  }

  /** Shows nodes offset by (dx, dy) page units while they are being dragged; null ends it. */
  setDragOffset(drag: { ids: Set<string>; dx: number; dy: number } | null): void {
    this.drag = drag
    const layer = this.dragLayer
    if (!layer) {
      // No drag layer: the carried groups move in place (each move repaints the board).
      for (const [id, entry] of this.drawn) {
        if (drag !== null && drag.ids.has(id)) entry.group.setAttribute('transform', `translate(${fmt(drag.dx)} ${fmt(drag.dy)})`)
        else if (entry.group.hasAttribute('transform')) entry.group.removeAttribute('transform')
      }
      this.drawOverlay()
      return
    }
    // Only the carried groups and those carried last frame: a drag on a big board touches what it moves.
    for (const [id, { group }] of this.lifted) {
      if (drag?.ids.has(id) && group.parentNode === layer) continue
      this.putBack(id)
    }
    if (drag && [...drag.ids].some((id) => !this.lifted.has(id) && this.drawn.get(id)?.group.parentNode === this.world)) {
      // Paint order among the lifted groups stays the world's.
      for (const child of [...this.world.children]) {
        const id = (child as SVGGElement).dataset.nodeId
        if (id === undefined || !drag.ids.has(id) || this.lifted.has(id)) continue
        const marker = document.createComment(id)
        child.replaceWith(marker)
        layer.append(child)
        this.lifted.set(id, { group: child as SVGGElement, marker })
      }
    }
    if (drag) {
      layer.setAttribute('transform', this.world.getAttribute('transform') ?? '')
      const svg = layer.ownerSVGElement
      if (svg) svg.style.transform = `translate(${fmt(drag.dx * this.view.zoom)}px, ${fmt(drag.dy * this.view.zoom)}px)`
    } else {
      const svg = layer.ownerSVGElement
      if (svg) svg.style.transform = ''
    }
    this.drawOverlay()
  }

  /** A lifted group back where its marker holds its place (a group redrawn into the world meanwhile stays there). */
  private putBack(id: string): void {
    const lifted = this.lifted.get(id)
    if (!lifted) return
    this.lifted.delete(id)
    const { group, marker } = lifted
    if (group.parentNode === this.dragLayer) {
      if (marker.parentNode && this.drawn.get(id)?.group === group) marker.replaceWith(group)
      else group.remove()
    }
    marker.remove()
  }

  /** The page-absolute bounding box of all nodes, or null for an empty page. */
  contentBounds(): Box | null {
    let box: Box | null = null
    for (const node of this.byId.values()) {
      if (node.parentId !== null && this.byId.has(node.parentId)) continue
      box = box ? union(box, node.box) : { ...node.box }
    }
    return box
  }

  // -------------------------------------------------------------------------------------------
  // World
  // -------------------------------------------------------------------------------------------

  /**
   * Draws the world from `nodes` (the whole board, in paint order), redrawing only the nodes whose drawing changed
   * (by `drawKey`) and moving or inserting only the groups whose place changed.
   */
  private drawWorld(nodes: readonly RenderNode[]): void {
    const wanted: SVGGElement[] = []
    const keep = new Set<string>()
    let created = 0
    for (const node of nodes) {
      if (!drawable(node)) continue
      let entry = this.drawn.get(node.id)
      if (!entry) {
        entry = { key: null, detail: '', group: this.placeholder(node) }
        this.drawn.set(node.id, entry)
      }
      if (this.show(node, entry)) created++
      keep.add(node.id)
      wanted.push(entry.group)
    }
    for (const [id, entry] of this.drawn) {
      if (keep.has(id)) continue
      entry.group.remove()
      this.drawn.delete(id)
    }
    // Put the groups in paint order, moving only those out of place (a new node, one brought forward).
    let cursor = this.world.firstElementChild
    for (const group of wanted) {
      if (cursor === group) {
        cursor = cursor.nextElementSibling
        continue
      }
      if (cursor && cursor.nextElementSibling === group) {
        // The group at the cursor moved further back: step over it; it is moved when its turn comes.
        cursor = group.nextElementSibling
        continue
      }
      this.world.insertBefore(group, cursor)
    }
    while (cursor) {
      const next = cursor.nextElementSibling
      cursor.remove()
      cursor = next
    }
    this.finishDraw(created)
  }

  private finishDraw(created: number): void {
    this.lastDrawCount = created
    this.drawnSince += created
    if (this.drag) this.setDragOffset(this.drag)
    else this.drawOverlay()
  }

  /** The node drawings made since the last call (the bench and tests read what a change cost). */
  takeDrawCount(): number {
    const count = this.drawnSince
    this.drawnSince = 0
    return count
  }

  /**
   * Draws every node again from scratch, in and around the view (the bench's baseline, and what the tests compare
   * a change with).
   */
  redrawAll(nodes: readonly RenderNode[]): void {
    for (const id of [...this.lifted.keys()]) this.putBack(id)
    this.drawn.clear()
    this.world.replaceChildren()
    this.setNodes(nodes)
  }

  /**
   * Everything a node's drawing depends on: its own fields, the zoom for drawings with a minimum stroke, the
   * boxes of a connector's ends, a stamp's host and its place among the host's stamps.
   */
  private drawKey(node: RenderNode): string {
    let own = OWN_KEYS.get(node)
    if (own === undefined) {
      own = ownKey(node)
      OWN_KEYS.set(node, own)
    }
    switch (node.type) {
      case 'CONNECTOR': {
        const info = node.connector
        const ends = info
          ? JSON.stringify([info, info.start.nodeId ? this.byId.get(info.start.nodeId)?.box : null, info.end.nodeId ? this.byId.get(info.end.nodeId)?.box : null])
          : ''
        return `${own}|${ends}`
      }
      case 'STAMP': {
        const host = node.stuckTo ? this.byId.get(node.stuckTo) : undefined
        const index = host ? (this.stampsOn.get(host.id) ?? []).indexOf(node) : -1
        return `${own}|${host ? JSON.stringify(host.box) : ''}|${index}`
      }
      default:
        return own
    }
  }

  private drawNode(node: RenderNode, detail: string): SVGElement | null {
    switch (node.type) {
      case 'SECTION':
        return this.section(node)
      case 'STICKY':
        return this.sticky(node, detail)
      case 'SHAPE_WITH_TEXT':
        return this.shape(node, detail)
      case 'LINE':
        return this.line(node)
      case 'TEXT':
        return this.textNode(node, detail)
      case 'CONNECTOR':
        return this.connector(node)
      case 'STAMP':
        return this.stamp(node, detail)
      case 'GROUP':
        return null
    }
  }


  private section(node: RenderNode): SVGElement {
    const g = el('g', { transform: svgMatrix(node.transform) })
    g.append(
      el('rect', {
        width: node.width,
        height: node.height,
        rx: Math.min(16, node.width / 20),
        fill: node.fills[0] ?? '#FFFFFF',
        stroke: '#B3B3B3',
        style: minStroke(1)
      })
    )
    return g
  }

  private sticky(node: RenderNode, detail: string): SVGElement {
    const { g, x, y } = placed(node)
    const readable = detail === 'text'
    if (readable) {
      // The shadow as two offset translucent copies of the paper, no filter: a blur filter per sticky made every
      // frame of a board with a few hundred stickies in view cost the browser seconds.
      const shadow = { x, width: node.width, height: node.height + 1, fill: '#000000', class: 'pg-sticky-shadow' }
      g.append(el('rect', { ...shadow, y: fmt(y + 1), 'fill-opacity': 0.06 }))
      g.append(el('rect', { ...shadow, y: fmt(y + 3), 'fill-opacity': 0.05 }))
    }
    g.append(el('rect', { x, y, width: node.width, height: node.height, fill: node.fills[0] ?? '#FFE299', class: 'pg-sticky-paper' }))
    const text = this.lines(stickyText(node), readable, x, y)
    if (text) g.append(text)
    if (node.authorName && readable) {
      const author = el('text', { x: fmt(x + 24), y: fmt(y + node.height - 16), 'font-size': 14, fill: '#5E5E5E', class: 'pg-text pg-author' })
      author.textContent = node.authorName
      g.append(author)
    }
    return g
  }

  private shape(node: RenderNode, detail: string): SVGElement {
    const g = el('g', { transform: svgMatrix(node.transform) })
    const stroke = node.strokes[0]
    const outline = el('path', { d: shapePath(node.shapeType, node.width, node.height), fill: node.fills[0] ?? 'none', stroke: stroke ?? 'none' })
    if (stroke) outline.setAttribute('style', minStroke(1, node.strokeWeight))
    else outline.setAttribute('stroke-width', '0')
    g.append(outline)
    if (node.text) {
      const text = this.lines(shapeText(node), detail === 'text')
      if (text) g.append(text)
    }
    return g
  }

  private line(node: RenderNode): SVGElement {
    const g = el('g', { transform: svgMatrix(node.transform) })
    g.append(
      el('line', {
        x1: 0,
        y1: 0,
        x2: node.width,
        y2: 0,
        stroke: node.strokes[0] ?? '#1E1E1E',
        style: minStroke(1, node.strokeWeight),
        'stroke-linecap': 'round'
      })
    )
    // A transparent wide stroke makes thin lines clickable.
    g.append(el('line', { x1: 0, y1: 0, x2: node.width, y2: 0, stroke: 'transparent', style: minStroke(10) }))
    return g
  }

  private textNode(node: RenderNode, detail: string): SVGElement {
    const { g, x, y } = placed(node)
    // Text boxes grow with their text in FigJam; lines wider than a fixed box are not clipped.
    const text = this.lines(freeText(node), detail === 'text', x, y)
    if (text) g.append(text)
    return g
  }

  /**
   * A node's text lines as the fake laid them out: `<text>` with one `<tspan>` per line (set as text, never
   * markup), or, when the text is too small on screen to read, one path of bars where the lines are.
   */
  private lines(layout: TextLayout, readable: boolean, dx = 0, dy = 0): SVGElement | null {
    if (layout.lines.length === 0) return null
    const { fontSize, anchor } = layout
    if (!readable) {
      let d = ''
      for (const line of layout.lines) {
        const left = dx + (anchor === 'middle' ? line.x - line.width / 2 : anchor === 'end' ? line.x - line.width : line.x)
        // From about the x-height down to the baseline.
        const top = dy + line.top + fontSize * (BASELINE_EM - 0.55)
        d += `M${fmt(left)} ${fmt(top)}h${fmt(line.width)}v${fmt(fontSize * 0.5)}h${fmt(-line.width)}Z`
      }
      return el('path', { d, fill: layout.color, 'fill-opacity': 0.35, class: 'pg-text-bars' })
    }
    const text = el('text', { 'font-size': fontSize, fill: layout.color, class: 'pg-text pg-node-text' })
    if (anchor !== 'start') text.setAttribute('text-anchor', anchor)
    for (const line of layout.lines) {
      const span = el('tspan', { x: fmt(dx + line.x), y: fmt(dy + line.top + fontSize * BASELINE_EM) })
      if (line.guessed.length === 0) span.textContent = line.text
      // Characters the fake has no width for are drawn as wide as the fake measured them, so the line breaks shown
      // are the fake's and the line is as long as the fake thinks; known letters keep their own widths.
      for (const run of line.guessed) {
        if (!run.guessed || run.width <= 0) {
          span.append(run.text)
          continue
        }
        const fitted = el('tspan', { textLength: fmt(run.width), lengthAdjust: 'spacingAndGlyphs', class: 'pg-guessed' })
        fitted.textContent = run.text
        span.append(fitted)
      }
      text.append(span)
    }
    return text
  }

  private connector(node: RenderNode): SVGElement | null {
    const info = node.connector
    if (!info) return null
    const startBox = info.start.nodeId ? (this.byId.get(info.start.nodeId)?.box ?? null) : null
    const endBox = info.end.nodeId ? (this.byId.get(info.end.nodeId)?.box ?? null) : null
    const { d, from, to } = connectorPath(info.start.point, info.end.point, startBox, endBox, info.lineType)
    const color = node.strokes[0] ?? '#757575'
    const g = el('g', { class: 'pg-connector' })
    g.append(el('path', { d, fill: 'none', stroke: 'transparent', style: minStroke(10) }))
    const path = el('path', { d, fill: 'none', stroke: color, style: minStroke(1.6, node.strokeWeight), 'stroke-linejoin': 'round', 'stroke-linecap': 'round' })
    const startMarker = this.marker(info.start.cap, color)
    const endMarker = this.marker(info.end.cap, color)
    if (startMarker) path.setAttribute('marker-start', `url(#${startMarker})`)
    if (endMarker) path.setAttribute('marker-end', `url(#${endMarker})`)
    g.append(path)
    if (node.text) {
      const mid = { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 }
      const label = el('text', {
        x: mid.x,
        y: mid.y,
        'font-size': node.fontSize ?? 16,
        'text-anchor': 'middle',
        'dominant-baseline': 'middle',
        fill: node.textColor ?? '#1E1E1E',
        stroke: '#FFFFFF',
        'stroke-width': 4,
        'paint-order': 'stroke',
        class: 'pg-text'
      })
      label.textContent = node.text
      g.append(label)
    }
    return g
  }

  private stamp(node: RenderNode, detail: string): SVGElement {
    const look = STAMP_LOOK[node.stampKind ?? ''] ?? { label: '+1', fill: '#9747FF' }
    const size = stampSize(node)
    const centre = this.stampCentre(node, size)
    const g = el('g', { class: 'pg-stamp' })
    g.append(el('circle', { cx: centre.x, cy: centre.y, r: size / 2, fill: look.fill, stroke: '#FFFFFF', 'stroke-width': size / 16 }))
    // A label too small to read is left out (the colour still tells the kind).
    if (detail !== 'text') return g
    const label = el('text', {
      x: centre.x,
      y: centre.y,
      'font-size': size * STAMP_LABEL_EM,
      'font-weight': 700,
      'text-anchor': 'middle',
      'dominant-baseline': 'central',
      fill: '#FFFFFF'
    })
    label.textContent = look.label
    g.append(label)
    return g
  }

  /** Where a stamp sits: its own box when it has one, else on its host's top-right corner. */
  private stampCentre(node: RenderNode, size: number): Point {
    if (node.width > 0 && node.height > 0) return { x: node.box.x + node.box.width / 2, y: node.box.y + node.box.height / 2 }
    const host = node.stuckTo ? this.byId.get(node.stuckTo) : undefined
    if (!host) return { x: node.box.x, y: node.box.y }
    const siblings = this.stampsOn.get(host.id) ?? []
    const index = Math.max(0, siblings.indexOf(node))
    return { x: host.box.x + host.box.width - size * (0.6 + index * 0.8), y: host.box.y + size * 0.1 }
  }

  private marker(cap: string, color: string): string | null {
    if (cap === 'NONE' || cap === '') return null
    const id = `pg-cap-${cap}-${color.replace('#', '')}`
    if (this.markers.has(id)) return id
    const marker = el('marker', {
      id,
      viewBox: '0 0 10 10',
      refX: 8,
      refY: 5,
      markerWidth: 5,
      markerHeight: 5,
      orient: 'auto-start-reverse',
      markerUnits: 'strokeWidth'
    })
    switch (cap) {
      case 'ARROW_LINES':
        marker.append(el('path', { d: 'M1 1 L9 5 L1 9', fill: 'none', stroke: color, 'stroke-width': 1.6, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' }))
        break
      case 'CIRCLE_FILLED':
        marker.setAttribute('refX', '5')
        marker.append(el('circle', { cx: 5, cy: 5, r: 4, fill: color }))
        break
      case 'DIAMOND_FILLED':
        marker.setAttribute('refX', '5')
        marker.append(el('path', { d: 'M5 0 L10 5 L5 10 L0 5 Z', fill: color }))
        break
      default:
        // ARROW_EQUILATERAL, TRIANGLE_FILLED and anything newer: a filled triangle.
        marker.append(el('path', { d: 'M0 0 L10 5 L0 10 Z', fill: color }))
    }
    this.defs.append(marker)
    this.markers.add(id)
    return id
  }

  // -------------------------------------------------------------------------------------------
  // Overlay (screen pixels)
  // -------------------------------------------------------------------------------------------

  drawOverlay(): void {
    const fragment = document.createDocumentFragment()
    for (const id of this.sections) {
      const node = this.byId.get(id)
      if (!node || !node.visible) continue
      fragment.append(this.sectionLabel(node))
    }
    for (const id of this.selection) {
      const node = this.byId.get(id)
      if (node) fragment.append(this.outline(node))
    }
    this.overlay.replaceChildren(fragment)
  }

  private offsetOf(id: string): Point {
    return this.drag && this.drag.ids.has(id) ? { x: this.drag.dx, y: this.drag.dy } : { x: 0, y: 0 }
  }

  private sectionLabel(node: RenderNode): SVGElement {
    const shift = this.offsetOf(node.id)
    const at = this.worldToScreen({ x: node.box.x + shift.x, y: node.box.y + shift.y })
    const g = el('g', { 'data-node-id': node.id, 'data-type': 'SECTION', class: 'pg-section-label' })
    const text = el('text', { x: at.x + 8, y: at.y - 9, 'font-size': LABEL_FONT_PX, fill: '#1E1E1E', class: 'pg-text' })
    // A name longer than its section is cut with an ellipsis, as FigJam cuts section titles: never run into the
    // next section's title. Measured with the fake's Inter metrics, the font the label is drawn in (no layout read).
    const max = Math.max(60, node.box.width * this.view.zoom)
    text.textContent = fitName(node.name, max - 16)
    const width = Math.min(textWidth(text.textContent, LABEL_FONT_PX) + 16, max)
    g.append(el('rect', { x: at.x, y: at.y - 26, width: Math.max(40, width), height: 22, rx: 5, fill: node.fills[0] ?? '#FFFFFF', stroke: '#B3B3B3', 'stroke-width': 1 }))
    g.append(text)
    return g
  }

  private outline(node: RenderNode): SVGElement {
    const shift = this.offsetOf(node.id)
    const corners: Point[] =
      node.type === 'CONNECTOR' || node.type === 'GROUP' || node.type === 'STAMP'
        ? boxCorners(node.box)
        : rectCorners(node.transform, node.width, Math.max(node.height, 0.01))
    const points = corners.map((p) => this.worldToScreen({ x: p.x + shift.x, y: p.y + shift.y }))
    return el('polygon', {
      points: points.map((p) => `${fmt(p.x)},${fmt(p.y)}`).join(' '),
      fill: 'none',
      stroke: SELECTION_BLUE,
      'stroke-width': 2,
      'pointer-events': 'none',
      class: 'pg-selection'
    })
  }

  /** Size of the SVG element in screen pixels (as last told by `setSize`). */
  size(): { width: number; height: number } {
    return { ...this.boardSize }
  }
}

/**
 * A node's drawing group and where its local origin is: an unrotated node is drawn at page coordinates with no
 * transform (a transform per node made the browser keep one paint chunk per sticky, tens of ms a frame on a big
 * board); a rotated one gets its matrix.
 */
function placed(node: RenderNode): { g: SVGGElement; x: number; y: number } {
  const [[a, b, tx], [c, d, ty]] = node.transform
  if (a === 1 && b === 0 && c === 0 && d === 1) return { g: el('g'), x: Number(fmt(tx)), y: Number(fmt(ty)) }
  return { g: el('g', { transform: svgMatrix(node.transform) }), x: 0, y: 0 }
}

/** A stamp's diameter: its own size when it has one, else FigJam's default. */
function stampSize(node: RenderNode): number {
  return node.width > 0 ? Math.min(node.width, node.height) : 48
}

interface Drawn {
  /** What the drawing was made from (`drawKey` and the level of detail), or null: out of view, not drawn. */
  key: string | null
  detail: string
  group: SVGGElement
}

/** Nodes that draw something (a group's children draw; a connector needs its ends). */
function drawable(node: RenderNode): boolean {
  return node.visible && node.type !== 'GROUP' && !(node.type === 'CONNECTOR' && !node.connector)
}

/** A node record's own fields that its drawing depends on, as a key; records are replaced, never changed. */
const OWN_KEYS = new WeakMap<RenderNode, string>()

function ownKey(node: RenderNode): string {
  return JSON.stringify([
    node.type,
    node.transform,
    node.width,
    node.height,
    node.box,
    node.text,
    node.fontSize,
    node.textColor,
    node.textAlign,
    node.textAutoResize,
    node.fills,
    node.strokes,
    node.strokeWeight,
    node.locked,
    node.shapeType,
    node.authorName,
    node.stampKind
  ])
}

/**
 * A stroke width of at least `px` screen pixels (and at least `weight` page units): `--pg-px` on the world is one
 * screen pixel in page units, so zooming changes one property instead of redrawing every stroke.
 */
function minStroke(px: number, weight = 0): string {
  const floor = `calc(var(--pg-px, 1px) * ${px})`
  return `stroke-width: ${weight > 0 ? `max(${fmt(weight)}px, ${floor})` : floor}`
}

/** The section name cut with an ellipsis to fit `room` screen px at the label's size (at most 80 characters). */
function fitName(name: string, room: number): string {
  const chars = [...name]
  let full = chars.length > 80 ? `${chars.slice(0, 79).join('')}…` : name
  if (textWidth(full, LABEL_FONT_PX) <= room) return full
  const ellipsis = textWidth('…', LABEL_FONT_PX)
  let width = 0
  let cut = 0
  for (const char of chars) {
    const next = width + textWidth(char, LABEL_FONT_PX)
    if (next + ellipsis > room) break
    width = next
    cut++
  }
  full = `${chars.slice(0, cut).join('').trimEnd()}…`
  return full
}

function rectCorners(m: Matrix, width: number, height: number): Point[] {
  return [apply(m, 0, 0), apply(m, width, 0), apply(m, width, height), apply(m, 0, height)]
}

function boxCorners(box: Box): Point[] {
  return [
    { x: box.x, y: box.y },
    { x: box.x + box.width, y: box.y },
    { x: box.x + box.width, y: box.y + box.height },
    { x: box.x, y: box.y + box.height }
  ]
}

function union(a: Box, b: Box): Box {
  const x = Math.min(a.x, b.x)
  const y = Math.min(a.y, b.y)
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y }
}

function addTo<K>(map: Map<K, Set<string>>, key: K, id: string): void {
  const set = map.get(key)
  if (set) set.add(id)
  else map.set(key, new Set([id]))
}

function takeFrom<K>(map: Map<K, Set<string>>, key: K, id: string): void {
  const set = map.get(key)
  if (!set) return
  set.delete(id)
  if (set.size === 0) map.delete(key)
}
