/**
 * Draws the fake's current page as SVG: a world layer (the nodes, in page coordinates under one pan/zoom
 * transform) and an overlay layer in screen pixels (section names, selection outlines). Every text from the
 * board goes in through `textContent`, never as markup.
 */
import { textWidth } from '../../fake'
import { connectorPath } from './connector'
import type { Box, Matrix, PaintOrder, Point, RenderNode } from './model'
import { apply, centreOf, svgMatrix } from './model'
import { shapePath } from './shapes'
import { BASELINE_EM, freeText, shapeText, stickyText, type TextLayout } from './text'

const SVG = 'http://www.w3.org/2000/svg'
const SELECTION_BLUE = '#0D99FF'

/**
 * Below this many screen pixels a font is drawn as grey bars where the fake's lines are (each as long as the
 * line): text that small cannot be read, and 10,000 stickies of glyphs cost the browser far more than bars.
 */
export const TEXT_MIN_SCREEN_PX = 4
/** Tiles are drawn where they are within this share of the board's size around the view (pans stay smooth). */
export const CULL_MARGIN = 0.15
/**
 * Tiles already drawn at the view's zoom level are kept within this share of the board's size around the view
 * (and kept up to date with every change): a zoom step out (×1.22, a wheel notch) or a pan back shows them again
 * without drawing them. 0.3 covers the drawn area one such step out (1 + 2 × 0.3 ≥ 1.22 × (1 + 2 × CULL_MARGIN));
 * 0.5 kept more layers and measured slower zoom steps (the compositor's tile management grows with them).
 */
export const KEEP_MARGIN = 0.3
/**
 * A tile's side in screen pixels at the lowest zoom of its level (levels double the zoom: a tile is 384 to 768 px
 * on screen once drawn at the view's zoom, or a half, quarter or eighth of that where the board is dense and its
 * nodes small enough on screen that cutting pays, see `TILE_MAX_GROUPS`). Any change in a tile repaints all of it,
 * and a node crossing tile edges is drawn in each: smaller tiles repaint less but copy more.
 */
export const TILE_PX = 384
/** How far (screen pixels at a level's lowest zoom) a tile reaches into its right and lower neighbours. */
const TILE_OVERLAP_PX = 2
/** A zoom burst is over when no zoom step came for this long: the tiles are then drawn at the new zoom. */
export const ZOOM_SETTLE_MS = 120
/** About how many nodes one frame draws into tiles after a zoom or a pan (always one tile at least). */
export const FRAME_NODE_BUDGET = 150
/**
 * After a zoom burst, about this share of the board's area is rastered sharp again per frame (tiles nearest the
 * middle first, one at least): the compositor scaled the tiles' old raster meanwhile (`pg-tile-scaling`).
 */
export const SHARPEN_SHARE = 0.2
/**
 * Screen pixels around each node's bounds counted as its own when cutting the board into tiles: strokes that keep
 * a width in screen pixels, arrowheads.
 */
const TILE_PAD_PX = 12
/** A tile holding more groups than this is cut in four (its paint on any change costs about this many). */
export const TILE_MAX_GROUPS = 300
/** How many times a dense tile is cut in four at most. */
const TILE_SPLITS = 3
/** A tile is cut only when none of its quarters keeps more than this share of its groups. */
const TILE_SPLIT_SHARE = 0.5
/**
 * Occlusion: a tile leaves out the nodes that later opaque stickies cover completely in it (on a dense board most
 * of a pile; Chromium paints every node of an SVG root again when anything in it changes). Coverage is kept on a
 * grid of `OCCLUSION_CELLS` × `OCCLUSION_CELLS` cells over the tile, one 32-bit row mask per row: a cell counts as
 * covered only when it lies inside a sticky's paper shrunk by `OCCLUSION_MARGIN_PX` screen pixels, and a node is
 * left out only when every cell its bounds touch is covered. So any pixel it could paint lies inside one opaque
 * paper painted after it, also after anti-aliasing and the compositor's resampling of a tile at a fractional
 * offset (at most a pixel each way).
 */
const OCCLUSION_CELLS = 32
const OCCLUSION_MARGIN_PX = 2
/** A stamp's mark is shown where a label of this share of the stamp's size could be read (`TEXT_MIN_SCREEN_PX`). */
const STAMP_LABEL_EM = 0.42
/** Size of the section-name pill's font (screen px), measured with the fake's Inter metrics. */
const LABEL_FONT_PX = 12

export interface Viewport {
  /** Screen position of the page's (0, 0). */
  tx: number
  ty: number
  zoom: number
}

/**
 * A stamp's mark, drawn white over its disc: vector shapes in a box of 28 units (the stamp's size) around its
 * centre (`d` filled, or stroked 2.1 units wide where `stroke`). Shapes, not text: Chromium lays every SVG text of
 * a tile out again when the tile is hit-tested after a zoom step (the hover update with the mouse over the board
 * after each Ctrl+wheel step), and a dense board holds more stamps than stickies; a shape needs no layout and
 * rasters cheaper than a glyph (and the thumbs need no emoji font).
 */
interface StampMark {
  d: string
  stroke?: boolean
}
/** How each of FigJam's stamps is drawn, by the stamp's name (its kind). */
const STAMP_LOOK: Record<string, { marks: readonly StampMark[]; fill: string }> = {
  '+1': {
    marks: [
      {
        d:
          'M-8.6-1.1h3.3v-3.3h2.2v3.3h3.3v2.2h-3.3v3.3h-2.2v-3.3h-3.3z' +
          'M2.6-3.6 6-5.7h2.1v11.4h-2.5v-8.2l-3 1.9z'
      }
    ],
    fill: '#9747FF'
  },
  Dot: { marks: [], fill: '#9747FF' },
  Heart: {
    marks: [
      {
        d:
          'M0 6.3C-2.8 4.2-7.2 1.3-7.2-2.3c0-2.3 1.7-4 3.8-4 1.5 0 2.7.8 3.4 2 .7-1.2 1.9-2 3.4-2 ' +
          '2.1 0 3.8 1.7 3.8 4 0 3.6-4.4 6.5-7.2 8.6z'
      }
    ],
    fill: '#F24822'
  },
  Profile: {
    marks: [
      {
        // A ring (even-odd), two eyes and a smile inside it.
        d:
          'M0-6.8a6.8 6.8 0 1 0 0 13.6a6.8 6.8 0 1 0 0-13.6zM0-5.2a5.2 5.2 0 1 1 0 10.4a5.2 5.2 0 1 1 0-10.4z' +
          'M-3.2-1.6a1 1 0 1 0 2 0a1 1 0 1 0-2 0zM1.2-1.6a1 1 0 1 0 2 0a1 1 0 1 0-2 0zM-3 1.2h6a3 3 0 0 1-6 0z'
      }
    ],
    fill: '#0FA958'
  },
  Question: {
    marks: [
      { d: 'M-2.8-2.6c0-1.9 1.3-3.2 2.9-3.2s2.8 1.2 2.8 2.8c0 2.4-2.9 2.5-2.9 5', stroke: true },
      { d: 'M-1.25 5.4a1.25 1.25 0 1 0 2.5 0a1.25 1.25 0 1 0-2.5 0z' }
    ],
    fill: '#0D99FF'
  },
  Star: {
    marks: [
      {
        d:
          'M0.00 -6.60L1.70 -1.75L6.85 -1.62L2.76 1.50L4.23 6.42L0.00 3.50L-4.23 6.42L-2.76 1.50' +
          'L-6.85 -1.62L-1.70 -1.75Z'
      }
    ],
    fill: '#FFC943'
  },
  'Thumbs down': {
    marks: [
      {
        d:
          'M-7 1h3v-8h-3zM-3-7V1l3.2 6.3c1.6 0 2.5-1.1 2.2-2.6L1.8 2H6c1.3 0 2.1-1.1 1.8-2.3' +
          'L6.3-5.6C6-6.5 5.3-7 4.4-7z'
      }
    ],
    fill: '#FFC943'
  },
  'Thumbs up': {
    marks: [
      {
        d:
          'M-7-1h3v8h-3zM-3 7V-1l3.2-6.3c1.6 0 2.5 1.1 2.2 2.6L1.8-2H6c1.3 0 2.1 1.1 1.8 2.3' +
          'L6.3 5.6C6 6.5 5.3 7 4.4 7z'
      }
    ],
    fill: '#FFC943'
  }
}
/** A stamp of a kind the board does not know is drawn as a +1. */
const PLUS_ONE = STAMP_LOOK['+1'] as { marks: readonly StampMark[]; fill: string }

function el<K extends keyof SVGElementTagNameMap>(name: K, attributes: Record<string, string | number> = {}): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, name)
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value))
  return node
}

function fmt(v: number): string {
  return String(Math.round(v * 100) / 100)
}

/**
 * The board is cut into square tiles, each its own `<svg>` and composited layer (`will-change: transform`), in
 * page units through its `viewBox`, drawn at one zoom. A pan or a zoom step moves and scales the tiles as layers:
 * nothing is painted again. A change repaints only the tiles it touches. After a zoom burst ends (and when a pan
 * brings new tiles into the drawn area) the tiles are drawn at the new zoom a few per frame, nearest the view's
 * centre first, so no frame draws the whole board; `pending` says whether such work is left, `idle()` waits for it.
 *
 * A node crossing tile edges is drawn in each tile it touches, clipped to each: paint order inside a tile is the
 * page's, and the tiles do not overlap, so the board shows the page's paint order. One of its groups, the one in
 * the tile holding the centre of its box, carries `data-node-id`; the others `data-copy-of`.
 */
export class BoardRenderer {
  readonly byId = new Map<string, RenderNode>()
  selection: string[] = []
  view: Viewport = { tx: 0, ty: 0, zoom: 1 }
  private readonly markers = new Set<string>()
  /** Every node id in the page's paint order, and each one's place in it. */
  private ordered: string[] = []
  private rank = new Map<string, number>()
  /**
   * What each drawable node covers on the board, as boxes (its box, strokes, shadow, text past its box, a stamp on
   * its host; a connector's path piece by piece, so a long one is in the tiles it crosses, not every tile around).
   */
  private readonly bounds = new Map<string, Box[]>()
  /** Per grid level with tiles (or about to have them): the drawable nodes in each cell, in paint order. */
  private readonly grids = new Map<string, Grid>()
  /** Tiles on the board, by key. During the frames after a zoom, tiles of two levels can be there. */
  private readonly tiles = new Map<string, Tile>()
  /** The board's size in screen pixels (kept by `setSize`: reading it from the DOM would force a layout). */
  private boardSize: { width: number; height: number }
  /** The page area tiles are drawn for: the view and `CULL_MARGIN` around it. */
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
  /** Nodes drawn by the last draw (each counted once, in however many tiles): what a change cost the DOM. */
  lastDrawCount = 0
  /** Nodes drawn since `takeDrawCount` was last called (draws can come before anyone asks). */
  private drawnSince = 0
  /** Groups lifted into the drag layer while dragged, each with the marker holding its place in its tile. */
  private readonly lifted = new Map<string, { group: SVGGElement; marker: Comment; hidden: SVGGElement[] }>()
  /** Offset applied while the user drags nodes (ids include descendants and stuck stamps). */
  private drag: { ids: Set<string>; dx: number; dy: number } | null = null
  /** Until when a zoom burst counts as going on (tiles are scaled meanwhile, drawn at the new zoom after). */
  private settleAt = 0
  private frameQueued = false
  /** Milliseconds the frames' drawing took since `takeWorkMs` was last called. */
  private workMs = 0
  private idleWaiters: Array<() => void> = []
  /** Whether tiles leave out nodes covered by later opaque stickies (`redrawAll` can turn it off for a comparison). */
  private occlude = true
  /** The drag whose carried nodes the tiles were last drawn for (carried nodes cover only each other meanwhile). */
  private freedFor: Set<string> | null = null
  /** Whether a drawing during the drag may have made groups of carried nodes that are not lifted or hidden yet. */
  private liftStale = false
  /** Tiles to draw again once a drop's move has been drawn (the carried nodes cover what they cover again). */
  private readonly resync = new Set<string>()
  /** Tiles whose layer the compositor scales from an earlier raster (a zoom burst): sharpened after it. */
  private readonly scaling = new Set<string>()
  /**
   * Counts the changes of the board's nodes and of the drag: a tile's occlusion (`Tile.shown`) computed since the
   * last one still holds.
   */
  private changes = 0
  /** The last tiles were sharpened in this frame: the next one, which rasters them, is still part of the drawing. */
  private sharpened = false
  /** Frames to wait before `resync` (the move of a drop arrives with the app's next render). */
  private resyncWait = 0

  constructor(
    private readonly svg: SVGSVGElement,
    private readonly defs: SVGDefsElement,
    /** The tiles' container (an HTML element over `svg`). */
    private readonly world: HTMLElement,
    private readonly overlay: SVGGElement,
    /**
     * A group in its own composited layer (an SVG of its own with `will-change: transform`): dragged nodes move
     * there, so a drag moves a layer instead of repainting the tiles under it on every pointer move.
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

  /** Whether drawing is left to do (tiles to draw at the zoom or in the area the view moved to). */
  get pending(): boolean {
    return this.frameQueued
  }

  /** Resolves once no drawing is left to do. */
  idle(): Promise<void> {
    if (!this.frameQueued) return Promise.resolve()
    return new Promise((resolve) => this.idleWaiters.push(resolve))
  }

  /** The world's transform (page units to board pixels) for layers drawn over the tiles. */
  worldTransform(): string {
    return `translate(${fmt(this.view.tx)} ${fmt(this.view.ty)}) scale(${this.view.zoom})`
  }

  /** Replaces the board's content (`nodes` in paint order) and redraws what differs from what is on screen. */
  setNodes(nodes: readonly RenderNode[]): void {
    this.changes++
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
    this.ordered = nodes.map((node) => node.id)
    this.rerank()
    this.bounds.clear()
    for (const node of nodes) if (drawable(node)) this.bounds.set(node.id, this.boundsOf(node))
    for (const grid of this.grids.values()) {
      grid.cells.clear()
      // The cells under the tiles of this level, in one pass over the nodes.
      let area: Box | null = null
      for (const tile of this.tiles.values()) if (tile.grid === grid.key) area = area ? union(area, tile.box) : tile.box
      if (area) this.cellsOver(grid, grow(area, -1))
    }
    const drawn = new Set<string>()
    for (const tile of this.tiles.values()) this.syncTile(tile, drawn)
    this.finishDraw(drawn.size)
    this.schedule()
  }

  /**
   * Applies one change: `fresh` are the current records of the nodes it touched (a moved container's descendants
   * included), `gone` the ids no longer on the page. Redrawn are those nodes and what depends on them (connectors
   * at their ends, stamps on them and beside them), in the tiles they were or are in; the other tiles are not
   * touched. Work and DOM updates follow the change, not the board.
   */
  update(fresh: readonly RenderNode[], gone: Iterable<string>, order: PaintOrder): void {
    this.changes++
    const dirty = new Set<string>()
    const hosts = new Set<string>()
    const dependents = (id: string): void => {
      dirty.add(id)
      for (const connector of this.connectorsAtNode.get(id) ?? []) dirty.add(connector)
      for (const stamp of this.stampIds.get(id) ?? []) dirty.add(stamp)
    }
    let sectionsMoved = false
    const goneIds = new Set<string>()
    for (const id of gone) {
      const old = this.byId.get(id)
      if (!old) continue
      goneIds.add(id)
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
    this.reorder(
      fresh.map((node) => node.id),
      goneIds,
      order
    )

    // The cells each changed node leaves and enters, on every grid in use (cells are known near the view only).
    const touched = new Set<string>()
    for (const id of dirty) {
      const node = this.byId.get(id)
      const before = this.bounds.get(id)
      const after = node && drawable(node) ? this.boundsOf(node) : undefined
      if (after) this.bounds.set(id, after)
      else this.bounds.delete(id)
      for (const grid of this.grids.values()) {
        if (before) {
          for (const key of knownCellsIn(grid, before)) {
            takeFromList(grid.cells.get(key) as string[], id)
            touched.add(key)
          }
        }
        if (after) {
          for (const key of knownCellsIn(grid, after)) {
            this.insertInCell(grid.cells.get(key) as string[], id)
            touched.add(key)
          }
        }
      }
    }
    const drawn = new Set<string>()
    for (const key of touched) {
      const tile = this.tiles.get(key)
      if (!tile) continue
      this.syncTile(tile, drawn, dirty)
      if (!this.drag) this.resync.delete(key)
    }
    // Tiles the change left empty are taken off, cells it put something in for the first time get tiles: next frame.
    this.finishDraw(drawn.size)
    this.schedule()
  }

  /** Puts the touched ids (`placed`) where the page's paint order has them now, and drops `gone`. */
  private reorder(placed: readonly string[], gone: Set<string>, order: PaintOrder): void {
    const moving = new Set(placed)
    // Most changes (a text typed, a sticky recoloured or moved without a paint-order change) leave every node where
    // it is: checking that costs what the change touched, rebuilding the order costs the whole board.
    if (gone.size === 0 && this.inPlace(placed, moving, order)) return
    const staying = (id: string) => this.rank.has(id) && !moving.has(id) && !gone.has(id)
    // Each placed id goes right before the first node painted after it that stays where it is.
    const before = new Map<string | null, string[]>()
    for (const id of order.sort(placed)) {
      let next = order.next(id)
      while (next !== null && !staying(next)) next = order.next(next)
      const list = before.get(next)
      if (list) list.push(id)
      else before.set(next, [id])
    }
    const out: string[] = []
    for (const id of this.ordered) {
      if (!staying(id)) continue
      const first = before.get(id)
      if (first) out.push(...first)
      out.push(id)
    }
    out.push(...(before.get(null) ?? []))
    this.ordered = out
    this.rerank()
  }

  /**
   * Whether `placed` already stand where the page paints them: each one's first painted successor that is not
   * itself placed is the node after it here, and they keep their order among themselves.
   */
  private inPlace(placed: readonly string[], moving: ReadonlySet<string>, order: PaintOrder): boolean {
    const sorted = order.sort(placed)
    if (sorted.length !== placed.length) return false
    let previous = -1
    for (const id of sorted) {
      const at = this.rank.get(id)
      if (at === undefined || at < previous) return false
      previous = at
      let next = order.next(id)
      while (next !== null && (moving.has(next) || !this.rank.has(next))) next = order.next(next)
      let i = at + 1
      while (i < this.ordered.length && moving.has(this.ordered[i] as string)) i++
      if (next !== (this.ordered[i] ?? null)) return false
    }
    return true
  }

  private rerank(): void {
    this.rank = new Map(this.ordered.map((id, i) => [id, i]))
  }

  /** Puts `id` into a cell's list at its place in the paint order. */
  private insertInCell(list: string[], id: string): void {
    const rank = this.rank.get(id) ?? Infinity
    let lo = 0
    let hi = list.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((this.rank.get(list[mid] as string) ?? Infinity) < rank) lo = mid + 1
      else hi = mid
    }
    if (list[lo] !== id) list.splice(lo, 0, id)
  }

  /** The grid of cells `TILE_PX / 2^g` wide for the view's zoom level `level` (whose pad its cells count). */
  private grid(level: number, g: number): Grid {
    const key = `${level}/${g}`
    let grid = this.grids.get(key)
    if (!grid) {
      grid = { key, level, g, cells: new Map() }
      this.grids.set(key, grid)
    }
    return grid
  }

  /**
   * The cells of `grid` over `area`, each with the drawable nodes it touches in paint order: the ones not known
   * yet are filled in one pass over the nodes (a grid knows only the cells near where the view has been).
   */
  private cellsOver(grid: Grid, area: Box): string[] {
    const range = cellRange(grid, area)
    const keys: string[] = []
    const missing = new Set<string>()
    for (let j = range.j0; j <= range.j1; j++) {
      for (let i = range.i0; i <= range.i1; i++) {
        const key = `${grid.key}/${i}/${j}`
        keys.push(key)
        if (!grid.cells.has(key)) missing.add(key)
      }
    }
    if (missing.size === 0) return keys
    for (const key of missing) grid.cells.set(key, [])
    for (const id of this.ordered) {
      const boxes = this.bounds.get(id)
      if (!boxes) continue
      let added: Set<string> | null = null
      for (const box of boxes) {
        const r = cellRange(grid, box, true)
        const i0 = Math.max(r.i0, range.i0)
        const i1 = Math.min(r.i1, range.i1)
        const j0 = Math.max(r.j0, range.j0)
        const j1 = Math.min(r.j1, range.j1)
        for (let j = j0; j <= j1; j++) {
          for (let i = i0; i <= i1; i++) {
            const key = `${grid.key}/${i}/${j}`
            if (!missing.has(key)) continue
            if (boxes.length > 1) {
              added ??= new Set()
              if (added.has(key)) continue
              added.add(key)
            }
            ;(grid.cells.get(key) as string[]).push(id)
          }
        }
      }
    }
    return keys
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

  /**
   * A pan or zoom: the tiles move and scale as layers at once (nothing painted); what the view now needs drawn
   * (tiles entering the area, every tile at a new zoom once the burst of zoom steps is over) follows frame by frame.
   */
  setView(view: Viewport): void {
    if (view.zoom !== this.view.zoom) {
      this.settleAt = performance.now() + ZOOM_SETTLE_MS
      // The compositor scales the tiles' raster for the burst (a raster of every tile at each step's scale took
      // most of a zoom step's frame); each is rastered sharp again once the burst is over (`sharpen`).
      for (const tile of this.tiles.values()) {
        if (this.scaling.has(tile.key)) continue
        this.scaling.add(tile.key)
        tile.layer.classList.add('pg-tile-scaling')
      }
    }
    this.view = view
    this.cullRect = this.viewArea()
    for (const tile of this.tiles.values()) this.placeTile(tile)
    this.finishDraw(0)
    this.schedule()
  }

  /** The board's size changed (the caller measured it where reading layout is free, e.g. in a ResizeObserver). */
  setSize(width: number, height: number): void {
    this.boardSize = { width, height }
    this.cullRect = this.viewArea()
    this.finishDraw(0)
    this.schedule()
  }

  /** The page area around the view in which nodes are drawn (with `KEEP_MARGIN`: in which drawn tiles are kept). */
  private viewArea(margin = CULL_MARGIN): Box {
    const zoom = Math.max(this.view.zoom, 1e-6)
    const width = this.boardSize.width / zoom
    const height = this.boardSize.height / zoom
    return {
      x: -this.view.tx / zoom - width * margin,
      y: -this.view.ty / zoom - height * margin,
      width: width * (1 + 2 * margin),
      height: height * (1 + 2 * margin)
    }
  }

  private schedule(): void {
    if (this.frameQueued) return
    this.frameQueued = true
    requestAnimationFrame(() => this.work())
  }

  /**
   * One frame's share of the drawing the view needs: tiles at the view's level and zoom over the drawn area,
   * nearest the view's centre first, until about `FRAME_NODE_BUDGET` nodes are drawn; tiles of another level are
   * taken off once the new ones cover them, tiles outside the area at once.
   */
  private work(): void {
    this.frameQueued = false
    if (this.drag) {
      // A drag in progress holds lifted groups: tiles are drawn when it ends.
      this.schedule()
      return
    }
    if (this.resync.size > 0) {
      if (this.resyncWait > 0) {
        this.resyncWait--
        this.schedule()
        return
      }
      const started = performance.now()
      const drawn = new Set<string>()
      for (const key of this.resync) {
        const tile = this.tiles.get(key)
        if (tile) this.syncTile(tile, drawn)
      }
      this.resync.clear()
      this.workMs += performance.now() - started
      this.finishDraw(drawn.size)
    }
    if (performance.now() < this.settleAt) {
      this.schedule()
      return
    }
    const started = performance.now()
    const left = this.step(FRAME_NODE_BUDGET) || this.sharpen()
    this.workMs += performance.now() - started
    if (left) {
      this.schedule()
      return
    }
    if (this.sharpened) {
      this.sharpened = false
      this.schedule()
      return
    }
    const waiters = this.idleWaiters
    this.idleWaiters = []
    for (const resolve of waiters) resolve()
  }

  /** Draws up to `budget` nodes' worth of tiles (at least one tile); true when more is left. */
  private step(budget: number): boolean {
    const level = levelOf(this.view.zoom)
    // Tiles are drawn at their level's lowest zoom and scaled by the compositor within the level (up to 2×), so a
    // zoom step within a level lays out and paints nothing: a tile's SVG at another size would lay its text out
    // again (Chromium sizes SVG text for its scale), which cost up to 100 ms a frame after a zoom on a dense board.
    const zoom = 2 ** level
    const wanted = this.wantedTiles(level, this.cullRect)
    // The tiles of this level around the drawn area that stay where they are drawn already.
    const keepArea = this.viewArea(KEEP_MARGIN)
    const kept = this.wantedTiles(level, keepArea)
    const keeps = (tile: Tile): boolean => kept.has(tile.key) && tile.zoom === zoom
    // Tiles outside the kept area at once; tiles no longer wanted (another zoom level, another cut of a cell)
    // once the wanted ones drawn at this zoom cover them.
    for (const tile of [...this.tiles.values()]) {
      if (!intersects(tile.box, keepArea)) this.removeTile(tile)
      else if (!wanted.has(tile.key) && !keeps(tile) && this.covered(tile, wanted)) this.removeTile(tile)
      // Kept outside the drawn area (a drawing from scratch has no such tile; the tests leave them out).
      else tile.layer.classList.toggle('pg-tile-kept', !wanted.has(tile.key) && keeps(tile))
    }
    const used = new Set([...this.tiles.values()].map((tile) => tile.grid))
    for (const [key, grid] of [...this.grids]) if (grid.level !== level && !used.has(key)) this.grids.delete(key)
    const todo = [...wanted.keys()].filter((key) => {
      const tile = this.tiles.get(key)
      return !tile || tile.zoom !== zoom || this.detailStale(tile)
    })
    if (todo.length === 0) return false
    const centre = this.screenToWorld({ x: this.boardSize.width / 2, y: this.boardSize.height / 2 })
    const distance = (key: string) => {
      const box = wanted.get(key) as Box
      return Math.hypot(box.x + box.width / 2 - centre.x, box.y + box.height / 2 - centre.y)
    }
    todo.sort((a, b) => distance(a) - distance(b))
    let spent = 0
    const drawn = new Set<string>()
    for (const key of todo) {
      let tile = this.tiles.get(key)
      // Text or bars by the zoom the tile is shown at: a tile drawn at this zoom already draws again only the
      // nodes whose detail changed (and keeps its occlusion: it depends on the nodes' places, not their detail).
      const only = tile && tile.zoom === zoom ? this.detailChanges(tile) : null
      const size = only ? only.size : (this.grids.get(gridKeyOf(key))?.cells.get(key)?.length ?? 0)
      if (spent > 0 && spent + size > budget) break
      if (!tile) tile = this.addTile(key)
      if (tile.zoom !== zoom) {
        tile.zoom = zoom
        this.sizeTile(tile)
      }
      tile.detailZoom = this.view.zoom
      if (only) this.syncTile(tile, drawn, only, true)
      else this.syncTile(tile, drawn)
      spent += size
    }
    for (const tile of [...this.tiles.values()]) {
      const old = !wanted.has(tile.key) && !keeps(tile)
      if (old && this.covered(tile, wanted)) this.removeTile(tile)
      else tile.layer.classList.toggle('pg-tile-old', old)
    }
    this.finishDraw(drawn.size)
    return todo.some((key) => this.tiles.get(key)?.zoom !== zoom || this.tiles.get(key)?.detailZoom !== this.view.zoom)
  }

  /**
   * Takes the compositor's scaling off the tiles of the last zoom burst on the screen, nearest the view's middle
   * first, until about `SHARPEN_SHARE` of the board's area is to raster again (one tile at least): each is rastered
   * at the scale shown, so a burst's raster is spread over a few frames instead of falling in one. True when tiles
   * are left. (`boardSettled` waits for this too: the drawing is done when every tile on the screen is sharp.)
   */
  private sharpen(): boolean {
    // Tiles removed meanwhile.
    for (const key of [...this.scaling]) if (!this.tiles.has(key)) this.scaling.delete(key)
    if (this.scaling.size === 0) return false
    const { zoom, tx, ty } = this.view
    const onScreen = (box: Box): Box => ({
      x: box.x * zoom + tx,
      y: box.y * zoom + ty,
      width: box.width * zoom,
      height: box.height * zoom
    })
    const centre = { x: this.boardSize.width / 2, y: this.boardSize.height / 2 }
    const distance = (box: Box) => Math.hypot(box.x + box.width / 2 - centre.x, box.y + box.height / 2 - centre.y)
    // Tiles off the screen stay scaled until a pan brings them onto it (Chromium rasters a layer near the view too,
    // and those cost as much as the ones in view).
    // (A tile reaches `TILE_OVERLAP_PX` past its box to the right and below, up to twice that on screen.)
    const reach = 4 * TILE_OVERLAP_PX
    const screen = { x: -reach, y: -reach, width: this.boardSize.width + 2 * reach, height: this.boardSize.height + 2 * reach }
    const order = [...this.scaling]
      .map((key) => this.tiles.get(key))
      .filter((tile): tile is Tile => tile !== undefined)
      .map((tile) => ({ tile, box: onScreen(tile.box) }))
      .filter(({ box }) => intersects(box, screen))
      .sort((a, b) => distance(a.box) - distance(b.box))
    if (order.length === 0) return false
    const budget = this.boardSize.width * this.boardSize.height * SHARPEN_SHARE
    let spent = 0
    let left = order.length
    for (const { tile, box } of order) {
      // The whole tile: Chromium rasters a layer's part near the view too.
      const area = box.width * box.height
      if (spent > 0 && spent + area > budget) break
      tile.layer.classList.remove('pg-tile-scaling')
      this.scaling.delete(tile.key)
      spent += area
      left--
    }
    this.sharpened = true
    return left > 0
  }

  /** Whether a node of the tile would be drawn with other detail (text or bars) at the view's zoom. */
  private detailStale(tile: Tile): boolean {
    const zoom = this.view.zoom
    if (tile.detailZoom === zoom) return false
    for (const id of this.grids.get(tile.grid)?.cells.get(tile.key) ?? []) {
      const node = this.byId.get(id)
      if (node && detailFlips(node, tile.detailZoom, zoom)) return true
    }
    return false
  }

  /** The tile's nodes whose detail (text or bars) differs between the zoom it was drawn for and the view's. */
  private detailChanges(tile: Tile): Set<string> {
    const out = new Set<string>()
    const zoom = this.view.zoom
    if (tile.detailZoom === zoom) return out
    for (const id of this.grids.get(tile.grid)?.cells.get(tile.key) ?? []) {
      const node = this.byId.get(id)
      if (node && detailFlips(node, tile.detailZoom, zoom)) out.add(id)
    }
    return out
  }

  /**
   * The tiles the drawn area needs at this zoom level, by key, with their boxes: the level's cells that have
   * something in them, each cut in four (and again, up to `TILE_SPLITS` times) while it holds more than
   * `TILE_MAX_GROUPS` groups, so no tile is slow to paint again however dense the board is there.
   */
  private wantedTiles(level: number, area: Box): Map<string, Box> {
    const out = new Map<string, Box>()
    const visit = (g: number, area: Box): void => {
      const grid = this.grid(level, g)
      for (const key of this.cellsOver(grid, area)) {
        const count = grid.cells.get(key)?.length ?? 0
        if (count === 0) continue
        const box = keyBox(key)
        const inArea = intersection(box, area)
        if (!inArea) continue
        if (count <= TILE_MAX_GROUPS || g >= level + TILE_SPLITS || !this.splitPays(level, g + 1, box, count)) out.set(key, box)
        else visit(g + 1, grow(inArea, -1e-6))
      }
    }
    visit(level, area)
    return out
  }

  /**
   * Whether cutting a cell of `count` groups into its four cells of grid `g` makes each of them much smaller:
   * where the nodes are as big as the cell, every quarter would hold nearly all of them (copies), and cutting
   * only multiplies the groups.
   */
  private splitPays(level: number, g: number, box: Box, count: number): boolean {
    const grid = this.grid(level, g)
    let most = 0
    for (const key of this.cellsOver(grid, grow(box, -1e-6))) most = Math.max(most, grid.cells.get(key)?.length ?? 0)
    return most <= count * TILE_SPLIT_SHARE
  }

  /** Whether the wanted tiles drawn at the view's zoom cover the part of `tile` in the drawn area. */
  private covered(tile: Tile, wanted: Map<string, Box>): boolean {
    const area = intersection(tile.box, this.cullRect)
    if (!area) return true
    for (const [key, box] of wanted) {
      const common = intersection(box, area)
      if (!common || common.width <= 0 || common.height <= 0) continue
      if (this.tiles.get(key)?.zoom !== 2 ** levelOf(this.view.zoom)) return false
    }
    return true
  }

  private addTile(key: string): Tile {
    const svg = el('svg', { class: 'pg-tile', 'data-tile': key })
    const layer = document.createElement('div')
    layer.className = 'pg-tile-layer'
    layer.dataset.tile = key
    layer.append(svg)
    const tile: Tile = {
      key,
      grid: gridKeyOf(key),
      box: keyBox(key),
      layer,
      svg,
      zoom: Number.NaN,
      detailZoom: Number.NaN,
      groups: new Map(),
      shown: null,
      shownAt: -1
    }
    // Tiles in key order (the board looks the same in any order: they do not overlap); a tile being drawn goes
    // over the tiles it replaces (those are `pg-tile-old` until it covers them).
    let next: Element | null = null
    for (const other of this.world.children) {
      const otherKey = (other as HTMLElement).dataset.tile ?? ''
      if (compareKeys(otherKey, key) > 0) {
        next = other
        break
      }
    }
    this.world.insertBefore(layer, next)
    this.tiles.set(key, tile)
    return tile
  }

  private gridOfKey(key: string): Grid {
    const [level, g] = key.split('/').map(Number) as [number, number]
    return this.grid(level, g)
  }

  private removeTile(tile: Tile): void {
    for (const [id, lifted] of this.lifted) if (tile.svg.contains(lifted.marker)) this.putBack(id)
    tile.layer.remove()
    this.tiles.delete(tile.key)
    this.scaling.delete(tile.key)
  }

  /** A tile's size in pixels at the zoom it is drawn at, and `--pg-px` (one of those pixels in page units). */
  private sizeTile(tile: Tile): void {
    // `TILE_OVERLAP_PX` more to the right and below: the next tile (drawn over it) covers its edge, so no seam
    // shows (what is there is in both tiles: the grid's pad is wider than the overlap).
    // The overlap and `--pg-px` (minimum strokes) follow the zoom level, not the zoom: drawing a tile at another
    // zoom of its level changes only its size, not its content or viewBox.
    const unit = 1 / 2 ** Number(tile.key.split('/')[0])
    const side = tile.box.width + TILE_OVERLAP_PX * unit
    const px = side * tile.zoom
    tile.svg.setAttribute('viewBox', `${fmt(tile.box.x)} ${fmt(tile.box.y)} ${Number(side.toFixed(4))} ${Number(side.toFixed(4))}`)
    tile.svg.setAttribute('width', fmt(px))
    tile.svg.setAttribute('height', fmt(px))
    tile.svg.style.setProperty('--pg-px', `${Number(unit.toFixed(6))}px`)
    this.placeTile(tile)
  }

  /** Where the tile is on the board now: moved and scaled from the zoom it is drawn at (a layer's transform). */
  private placeTile(tile: Tile): void {
    if (!(tile.zoom > 0)) return
    const { zoom, tx, ty } = this.view
    const k = zoom / tile.zoom
    // On whole pixels: a tile at a fractional offset is resampled by the compositor, and its edges blend with what
    // is under them (a faint line along a seam). The content moves by under half a pixel for it.
    const x = Math.round(tile.box.x * zoom + tx)
    const y = Math.round(tile.box.y * zoom + ty)
    // A 3D translation keeps the tile a composited layer of its own; without `will-change: transform` (which it has
    // only during a zoom burst, `pg-tile-scaling`) the compositor rasters it again at the scale it is shown at (sharp
    // text at any zoom of the level), from the same paint.
    tile.layer.style.transform =
      k === 1 ? `translate3d(${fmt(x)}px, ${fmt(y)}px, 0)` : `translate3d(${fmt(x)}px, ${fmt(y)}px, 0) scale(${Number(k.toFixed(6))})`
  }

  /**
   * Makes a tile's groups those of the nodes in its cell, in paint order, each drawn at the tile's zoom. Groups
   * whose drawing is unchanged stay; `dirty` (when given) limits the redrawing to those nodes, the rest are only
   * kept, added or removed. `drawn` collects the nodes drawn.
   */
  private syncTile(tile: Tile, drawn: Set<string>, dirty?: Set<string>, sameNodes = false): void {
    const grid = this.grids.get(tile.grid) ?? this.gridOfKey(tile.grid)
    if (!grid.cells.has(tile.key)) this.cellsOver(grid, grow(tile.box, -1e-6))
    const reuse = sameNodes && tile.shown !== null && tile.shownAt === this.changes
    const ids = reuse ? (tile.shown as readonly string[]) : this.unoccluded(tile, grid.cells.get(tile.key) ?? [])
    tile.shown = ids
    tile.shownAt = this.changes
    if (this.drag) this.liftStale = true
    const wanted: SVGGElement[] = []
    const keep = new Set<string>()
    for (const id of ids) {
      const node = this.byId.get(id)
      if (!node) continue
      let entry = tile.groups.get(id)
      if (entry && dirty && !dirty.has(id) && entry.zoom === tile.zoom) {
        keep.add(id)
        wanted.push(entry.group)
        continue
      }
      const detail = this.detailOf(node, tile.detailZoom)
      const primary = containsHalfOpen(tile.box, centreOf(node.box))
      const key = `${this.drawKey(node)}|${detail}|${primary ? 1 : 0}`
      if (!entry || entry.key !== key) {
        // A new group each time (attributes in one order, whatever the node was before).
        const group = el('g', { 'data-type': node.type, class: 'pg-node' })
        group.setAttribute(primary ? 'data-node-id' : 'data-copy-of', id)
        if (node.locked) group.setAttribute('pointer-events', 'none')
        const drawing = this.drawNode(node, detail)
        if (drawing) group.append(drawing)
        // A lifted group (a drag in progress) or a copy hidden meanwhile is swapped where it is: the drag layer
        // shows the node's new drawing, and no second copy stays behind in the tile.
        if (entry && !this.swapLifted(entry.group, group) && entry.group.parentNode === tile.svg) entry.group.replaceWith(group)
        entry = { key, zoom: tile.zoom, group }
        tile.groups.set(id, entry)
        drawn.add(id)
      }
      entry.zoom = tile.zoom
      keep.add(id)
      wanted.push(entry.group)
    }
    for (const [id, entry] of tile.groups) {
      if (keep.has(id)) continue
      entry.group.remove()
      tile.groups.delete(id)
    }
    // Put the groups in paint order, moving only those out of place (a new node, one brought forward). Lifted
    // groups (a drag in progress) keep their markers' places.
    const parent = tile.svg
    let cursor = nextElement(parent.firstChild)
    for (const group of wanted) {
      if (group.parentNode !== parent && this.isLifted(group)) continue
      if (cursor === group) {
        cursor = nextElement(cursor.nextSibling)
        continue
      }
      if (cursor && nextElement(cursor.nextSibling) === group) {
        // The group at the cursor moved further back: step over it; it is moved when its turn comes.
        cursor = nextElement(group.nextSibling)
        continue
      }
      parent.insertBefore(group, cursor)
    }
    while (cursor) {
      const next = nextElement(cursor.nextSibling)
      cursor.remove()
      cursor = next
    }
  }

  /**
   * The ids of a tile's cell (in paint order) less those that later opaque stickies cover completely in the tile
   * (its one-pixel overlap included). During a drag, carried nodes are drawn as if lifted off the board: they cover
   * only each other, and what they cover of the rest shows.
   */
  private unoccluded(tile: Tile, ids: readonly string[]): readonly string[] {
    if (!this.occlude || !this.dragLayer || ids.length < 2) return ids
    const unit = 1 / 2 ** Number(tile.key.split('/')[0])
    const margin = OCCLUSION_MARGIN_PX * unit
    const area = { x: tile.box.x, y: tile.box.y, side: tile.box.width + TILE_OVERLAP_PX * unit }
    const carried = this.drag?.ids ?? null
    const board = new Uint32Array(OCCLUSION_CELLS)
    const lifted = carried ? new Uint32Array(OCCLUSION_CELLS) : board
    const out: string[] = []
    for (let k = ids.length - 1; k >= 0; k--) {
      const id = ids[k] as string
      const rows = carried?.has(id) ? lifted : board
      const boxes = this.bounds.get(id)
      // Strokes that keep a width in screen pixels reach past a node's bounds (stickies and stamps have none).
      const type = this.byId.get(id)?.type
      const pad = type === 'STICKY' || type === 'STAMP' ? 0 : TILE_PAD_PX * unit
      if (boxes && boxes.every((box) => isCovered(rows, area, grow(box, pad)))) continue
      out.push(id)
      const paper = this.paperOf(id)
      if (paper) cover(rows, area, grow(paper, -margin))
    }
    return out.length === ids.length ? ids : out.reverse()
  }

  /** The opaque box a node paints over everything under it, when it is a sticky drawn as an upright opaque paper. */
  private paperOf(id: string): Box | null {
    const node = this.byId.get(id)
    // A locked sticky lets clicks through to what is under it: what is under it must be there to be hit.
    if (!node || node.type !== 'STICKY' || !node.visible || node.locked) return null
    const [[a, b, tx], [c, d, ty]] = node.transform
    if (a !== 1 || b !== 0 || c !== 0 || d !== 1) return null
    const fill = node.fills[0]
    if (fill !== undefined && !/^#[0-9a-f]{6}$/iu.test(fill)) return null
    return { x: tx, y: ty, width: node.width, height: node.height }
  }

  /** Puts `fresh` where a lifted group or a hidden copy `old` is (true), or does nothing (false). */
  private swapLifted(old: SVGGElement, fresh: SVGGElement): boolean {
    for (const lifted of this.lifted.values()) {
      if (lifted.group === old) {
        if (old.parentNode) old.replaceWith(fresh)
        lifted.group = fresh
        return true
      }
      const i = lifted.hidden.indexOf(old)
      if (i >= 0) {
        fresh.setAttribute('display', 'none')
        if (old.parentNode) old.replaceWith(fresh)
        lifted.hidden[i] = fresh
        return true
      }
    }
    return false
  }

  private isLifted(group: SVGGElement): boolean {
    for (const lifted of this.lifted.values()) if (lifted.group === group || lifted.hidden.includes(group)) return true
    return false
  }

  /**
   * What a node covers on the board, in page units: its box, a sticky's shadow, text running past its box, a
   * stamp on its host's corner, a connector's path and label. Strokes that keep a width in screen pixels are
   * covered by the grid's pad (`cellRange`).
   */
  private boundsOf(node: RenderNode): Box[] {
    switch (node.type) {
      case 'STICKY':
        return [grow(node.box, 4)]
      case 'TEXT': {
        const layout = freeText(node)
        let left = 0
        let right = node.width
        for (const line of layout.lines) {
          const start = layout.anchor === 'middle' ? line.x - line.width / 2 : layout.anchor === 'end' ? line.x - line.width : line.x
          left = Math.min(left, start)
          right = Math.max(right, start + line.width)
        }
        const extra = Math.max(-left, right - node.width)
        return [grow(node.box, extra + (node.fontSize ?? 16))]
      }
      case 'SHAPE_WITH_TEXT':
        return [grow(node.box, node.strokeWeight + (node.fontSize ?? 16))]
      case 'STAMP': {
        const size = stampSize(node)
        const centre = this.stampCentre(node, size)
        return [{ x: centre.x - size / 2 - 2, y: centre.y - size / 2 - 2, width: size + 4, height: size + 4 }]
      }
      case 'CONNECTOR': {
        const info = node.connector
        if (!info) return [node.box]
        const startBox = info.start.nodeId ? (this.byId.get(info.start.nodeId)?.box ?? null) : null
        const endBox = info.end.nodeId ? (this.byId.get(info.end.nodeId)?.box ?? null) : null
        const { from, to, points } = connectorPath(info.start.point, info.end.point, startBox, endBox, info.lineType)
        const pad = node.strokeWeight * 4
        const boxes = polylineBoxes(points).map((box) => grow(box, pad))
        if (node.text) {
          const size = node.fontSize ?? 16
          const half = textWidth(node.text, size) / 2 + 4
          const mid = { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 }
          boxes.push({ x: mid.x - half, y: mid.y - size, width: half * 2, height: size * 2 })
        }
        return boxes
      }
      default:
        return [grow(node.box, node.strokeWeight)]
    }
  }

  /** How much of a node is drawn at `zoom`: its text, or bars where the lines are. */
  private detailOf(node: RenderNode, zoom: number): string {
    switch (node.type) {
      case 'STICKY':
      case 'SHAPE_WITH_TEXT':
      case 'TEXT':
        return textShown(node.fontSize ?? 16, zoom) ? 'text' : 'bars'
      case 'STAMP':
        return textShown(stampSize(node) * STAMP_LABEL_EM, zoom) ? 'text' : 'dot'
      default:
        return ''
    }
  }

  screenToWorld(p: Point): Point {
    return { x: (p.x - this.view.tx) / this.view.zoom, y: (p.y - this.view.ty) / this.view.zoom }
  }

  worldToScreen(p: Point): Point {
    return { x: p.x * this.view.zoom + this.view.tx, y: p.y * this.view.zoom + this.view.ty }
  }

  /** Shows nodes offset by (dx, dy) page units while they are being dragged; null ends it. */
  setDragOffset(drag: { ids: Set<string>; dx: number; dy: number } | null): void {
    if (drag !== this.drag) this.changes++
    this.drag = drag
    const layer = this.dragLayer
    if (!layer) {
      // No drag layer: the carried groups move in place (each move repaints their tiles).
      for (const tile of this.tiles.values()) {
        for (const [id, entry] of tile.groups) {
          if (drag !== null && drag.ids.has(id)) entry.group.setAttribute('transform', `translate(${fmt(drag.dx)} ${fmt(drag.dy)})`)
          else if (entry.group.hasAttribute('transform')) entry.group.removeAttribute('transform')
        }
      }
      this.drawOverlay()
      return
    }
    // Only the carried groups and those carried last frame: a drag on a big board touches what it moves.
    for (const [id, { group }] of this.lifted) {
      if (drag?.ids.has(id) && group.parentNode === layer) continue
      this.putBack(id)
    }
    if (this.freedFor && this.freedFor !== drag?.ids) {
      // The drop: once its move is drawn, the tiles the carried nodes were in cover what they cover again.
      for (const tile of this.tilesHolding(this.freedFor)) this.resync.add(tile.key)
      this.freedFor = null
      this.resyncWait = 2
      this.schedule()
    }
    if (drag && this.freedFor !== drag.ids) {
      // The drag starts: the tiles the carried nodes are in are drawn as if those were lifted off the board (what
      // they covered shows under them, and carried nodes hidden under others get groups to lift).
      this.freedFor = drag.ids
      const drawn = new Set<string>()
      for (const tile of this.tilesHolding(drag.ids)) this.syncTile(tile, drawn)
      this.lastDrawCount = drawn.size
      this.drawnSince += drawn.size
      this.liftStale = true
    }
    if (drag && this.liftStale) {
      this.liftStale = false
      // Each carried node's group in the tile holding its centre (else its first) is lifted whole, unclipped;
      // its copies in other tiles are hidden meanwhile. Paint order among the lifted groups stays the page's.
      const lift = new Map<string, { group: SVGGElement; hidden: SVGGElement[] }>()
      for (const tile of this.tiles.values()) {
        if (tile.layer.classList.contains('pg-tile-old')) continue
        for (const id of drag.ids) {
          const entry = tile.groups.get(id)
          if (!entry || entry.group.parentNode !== tile.svg) continue
          const done = this.lifted.get(id)
          if (done) {
            // A copy drawn since the lift (an edit made the node reach into another tile): hidden too.
            if (entry.group !== done.group && !done.hidden.includes(entry.group)) {
              entry.group.setAttribute('display', 'none')
              done.hidden.push(entry.group)
            }
            continue
          }
          const found = lift.get(id)
          if (!found) lift.set(id, { group: entry.group, hidden: [] })
          else if (entry.group.hasAttribute('data-node-id')) {
            found.hidden.push(found.group)
            found.group = entry.group
          } else found.hidden.push(entry.group)
        }
      }
      const ids = [...lift.keys()].sort((a, b) => (this.rank.get(a) ?? 0) - (this.rank.get(b) ?? 0))
      for (const id of ids) {
        const { group, hidden } = lift.get(id) as { group: SVGGElement; hidden: SVGGElement[] }
        const marker = document.createComment(id)
        group.replaceWith(marker)
        layer.append(group)
        for (const copy of hidden) copy.setAttribute('display', 'none')
        this.lifted.set(id, { group, marker, hidden })
      }
    }
    if (drag) {
      layer.setAttribute('transform', this.worldTransform())
      layer.style.setProperty('--pg-px', `${Number((1 / 2 ** levelOf(this.view.zoom)).toFixed(6))}px`)
      const svg = layer.ownerSVGElement
      if (svg) svg.style.transform = `translate(${fmt(drag.dx * this.view.zoom)}px, ${fmt(drag.dy * this.view.zoom)}px)`
    } else {
      const svg = layer.ownerSVGElement
      if (svg) svg.style.transform = ''
    }
    this.drawOverlay()
  }

  /** The tiles whose cells hold any of `ids`. */
  private tilesHolding(ids: ReadonlySet<string>): Tile[] {
    const out: Tile[] = []
    for (const tile of this.tiles.values()) {
      const cell = this.grids.get(tile.grid)?.cells.get(tile.key) ?? []
      if (cell.some((id) => ids.has(id))) out.push(tile)
    }
    return out
  }

  /** A lifted group back where its marker holds its place (a group redrawn meanwhile stays where it is). */
  private putBack(id: string): void {
    const lifted = this.lifted.get(id)
    if (!lifted) return
    this.lifted.delete(id)
    const { group, marker, hidden } = lifted
    if (group.parentNode === this.dragLayer) {
      if (marker.parentNode) marker.replaceWith(group)
      else group.remove()
    }
    marker.remove()
    for (const copy of hidden) copy.removeAttribute('display')
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

  /** The milliseconds of drawing done in frames (after zooms and pans) since the last call. */
  takeWorkMs(): number {
    const ms = this.workMs
    this.workMs = 0
    return ms
  }

  /** Nodes drawn on the board now (each once, however many tiles it is in), and their groups. */
  drawnCounts(): { nodes: number; groups: number } {
    const ids = new Set<string>()
    let groups = 0
    for (const tile of this.tiles.values()) {
      groups += tile.groups.size
      for (const id of tile.groups.keys()) ids.add(id)
    }
    return { nodes: ids.size, groups }
  }

  /**
   * Draws every node again from scratch, in and around the view, at once (the bench's baseline, and what the
   * tests compare a change with).
   */
  redrawAll(nodes: readonly RenderNode[], occlude = true): void {
    this.occlude = occlude
    this.resync.clear()
    for (const id of [...this.lifted.keys()]) this.putBack(id)
    for (const tile of [...this.tiles.values()]) this.removeTile(tile)
    this.grids.clear()
    this.setNodes(nodes)
    this.settleAt = 0
    while (this.step(Infinity)) {
      // Every tile the view needs, in one go.
    }
    this.drawnSince = this.lastDrawCount
  }

  /**
   * Everything a node's drawing depends on: its own fields, the boxes of a connector's ends, a stamp's host and
   * its place among the host's stamps.
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
    const look = STAMP_LOOK[node.stampKind ?? ''] ?? PLUS_ONE
    const size = stampSize(node)
    const centre = this.stampCentre(node, size)
    const g = el('g', { class: 'pg-stamp' })
    g.append(el('circle', { cx: centre.x, cy: centre.y, r: size / 2, fill: look.fill, stroke: '#FFFFFF', 'stroke-width': size / 16 }))
    // A mark too small to read is left out (the colour still tells the kind).
    if (detail !== 'text' || look.marks.length === 0) return g
    const scale = Number((size / 28).toFixed(6))
    const mark = el('g', { transform: `translate(${fmt(centre.x)} ${fmt(centre.y)}) scale(${scale})`, fill: '#FFFFFF' })
    for (const part of look.marks) {
      mark.append(
        part.stroke
          ? el('path', { d: part.d, fill: 'none', stroke: '#FFFFFF', 'stroke-width': 2.1, 'stroke-linecap': 'round' })
          : el('path', { d: part.d, 'fill-rule': 'evenodd' })
      )
    }
    g.append(mark)
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

  /** What the overlay was last drawn from (the view, the drag, the section and selected nodes' records). */
  private overlayInputs: unknown[] = []

  drawOverlay(): void {
    // Node records are replaced, never changed, when their node changes: the same records, view and drag draw the
    // same overlay, so a change elsewhere on the board (a sticky typed into) costs a comparison, not 50 labels.
    const inputs: unknown[] = [this.view.zoom, this.view.tx, this.view.ty, this.drag, this.drag?.dx, this.drag?.dy]
    for (const id of this.sections) inputs.push(this.byId.get(id))
    inputs.push(null)
    for (const id of this.selection) inputs.push(this.byId.get(id))
    const same =
      inputs.length === this.overlayInputs.length && inputs.every((value, i) => value === this.overlayInputs[i])
    this.overlayInputs = inputs
    if (same) return
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

/** One square of the board, drawn at one zoom, as its own `<svg>` (and composited layer). */
interface Tile {
  /** `level/g/i/j`: the view's zoom level it is cut for, its grid (side `TILE_PX / 2^g`), column and row. */
  key: string
  /** Its grid's key, `level/g`. */
  grid: string
  /** The part of the page it shows (page units). */
  box: Box
  /** The HTML layer that moves and scales it (`pg-tile-layer`), holding `svg`. */
  layer: HTMLDivElement
  svg: SVGSVGElement
  /** The zoom it is drawn at: its level's lowest (NaN before it is drawn). */
  zoom: number
  /** The zoom its nodes' detail (text or bars) was chosen for: the view's when the tile was last drawn. */
  detailZoom: number
  /** Each node's group in this tile: what it was drawn from (`drawKey`, detail, whether it holds the id). */
  groups: Map<string, { key: string; zoom: number; group: SVGGElement }>
  /** The cell's nodes it draws (occlusion left out), in paint order, as of the renderer's change count `shownAt`. */
  shown: readonly string[] | null
  shownAt: number
}

/** The cells of one level known so far, each with the drawable nodes that touch it, in paint order. */
interface Grid {
  /** `level/g`. */
  key: string
  /** The zoom level the grid serves (its pad is that level's). */
  level: number
  /** Cells are `TILE_PX / 2^g` page units wide (g is the level, or more for cells cut smaller). */
  g: number
  cells: Map<string, string[]>
}

/** The grid of a tile key (`level/g/i/j` -> `level/g`). */
function gridKeyOf(key: string): string {
  const parts = key.split('/')
  return `${parts[0]}/${parts[1]}`
}

/** The page box of a tile key. */
function keyBox(key: string): Box {
  const [, g, i, j] = key.split('/').map(Number) as [number, number, number, number]
  const size = tileSize(g)
  return { x: i * size, y: j * size, width: size, height: size }
}

/** The grid level of a zoom: each level doubles it. */
export function levelOf(zoom: number): number {
  return Math.floor(Math.log2(Math.max(zoom, 1e-6)) + 1e-9)
}

/** A tile's side in page units at `level`. */
function tileSize(level: number): number {
  return TILE_PX / 2 ** level
}

/** The cells (column and row ranges) of `grid` that `box` touches, with the grid's pad when it is a node's. */
function cellRange(grid: Grid, box: Box, pad = false): { i0: number; i1: number; j0: number; j1: number } {
  const size = tileSize(grid.g)
  const p = pad ? TILE_PAD_PX / 2 ** grid.level : 0
  return {
    i0: Math.floor((box.x - p) / size),
    i1: Math.floor((box.x + box.width + p) / size),
    j0: Math.floor((box.y - p) / size),
    j1: Math.floor((box.y + box.height + p) / size)
  }
}

/** The cells of `grid` already known that a node with these bounds touches. */
function knownCellsIn(grid: Grid, boxes: readonly Box[]): string[] {
  const out = new Set<string>()
  for (const box of boxes) {
    const r = cellRange(grid, box, true)
    const count = (r.i1 - r.i0 + 1) * (r.j1 - r.j0 + 1)
    if (count > grid.cells.size) {
      for (const key of grid.cells.keys()) {
        const [, , i, j] = key.split('/').map(Number) as [number, number, number, number]
        if (i >= r.i0 && i <= r.i1 && j >= r.j0 && j <= r.j1) out.add(key)
      }
      continue
    }
    for (let j = r.j0; j <= r.j1; j++) {
      for (let i = r.i0; i <= r.i1; i++) {
        const key = `${grid.key}/${i}/${j}`
        if (grid.cells.has(key)) out.add(key)
      }
    }
  }
  return [...out]
}

/** Longest piece (page units) a slanted stretch of a connector is cut into for the tiles. */
const PIECE = 48

/** Boxes along a polyline: one per axis-aligned segment, slanted ones cut into short pieces. */
function polylineBoxes(points: readonly Point[]): Box[] {
  const boxes: Box[] = []
  for (let k = 1; k < points.length; k++) {
    const a = points[k - 1] as Point
    const b = points[k] as Point
    const straight = a.x === b.x || a.y === b.y
    const n = straight ? 1 : Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / PIECE))
    for (let s = 0; s < n; s++) {
      const p = { x: a.x + ((b.x - a.x) * s) / n, y: a.y + ((b.y - a.y) * s) / n }
      const q = { x: a.x + ((b.x - a.x) * (s + 1)) / n, y: a.y + ((b.y - a.y) * (s + 1)) / n }
      boxes.push(pointsBox([p, q]))
    }
  }
  return boxes.length > 0 ? boxes : [pointsBox(points)]
}

/** Tile keys in a fixed order: by level, grid, then row, then column. */
function compareKeys(a: string, b: string): number {
  const x = a.split('/').map(Number)
  const y = b.split('/').map(Number)
  for (const k of [0, 1, 3, 2]) {
    const d = (x[k] ?? 0) - (y[k] ?? 0)
    if (d !== 0) return d
  }
  return 0
}

function textShown(fontSize: number, zoom: number): boolean {
  return fontSize * zoom >= TEXT_MIN_SCREEN_PX
}

/** Whether a node's detail (`detailOf`: text or bars, a stamp's label or none) differs between zooms `a` and `b`. */
function detailFlips(node: RenderNode, a: number, b: number): boolean {
  let size: number
  switch (node.type) {
    case 'STICKY':
    case 'SHAPE_WITH_TEXT':
    case 'TEXT':
      size = node.fontSize ?? 16
      break
    case 'STAMP':
      size = stampSize(node) * STAMP_LABEL_EM
      break
    default:
      return false
  }
  return textShown(size, a) !== textShown(size, b)
}

function intersects(a: Box, b: Box): boolean {
  return a.x <= b.x + b.width && a.x + a.width >= b.x && a.y <= b.y + b.height && a.y + a.height >= b.y
}

function intersection(a: Box, b: Box): Box | null {
  const x = Math.max(a.x, b.x)
  const y = Math.max(a.y, b.y)
  const right = Math.min(a.x + a.width, b.x + b.width)
  const bottom = Math.min(a.y + a.height, b.y + b.height)
  return right >= x && bottom >= y ? { x, y, width: right - x, height: bottom - y } : null
}

/** Whether `p` is in the box, its right and bottom edges left out (each point is in one tile). */
function containsHalfOpen(box: Box, p: Point): boolean {
  return p.x >= box.x && p.x < box.x + box.width && p.y >= box.y && p.y < box.y + box.height
}

function grow(box: Box, by: number): Box {
  return { x: box.x - by, y: box.y - by, width: box.width + 2 * by, height: box.height + 2 * by }
}

function pointsBox(points: readonly Point[]): Box {
  const xs = points.map((p) => p.x)
  const ys = points.map((p) => p.y)
  const x = Math.min(...xs)
  const y = Math.min(...ys)
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y }
}

/** The element at or after `node` among its siblings (markers of lifted groups are comments). */
function nextElement(node: ChildNode | null): Element | null {
  let at = node
  while (at && !(at instanceof Element)) at = at.nextSibling
  return at
}

function takeFromList(list: string[], id: string): void {
  const i = list.indexOf(id)
  if (i >= 0) list.splice(i, 1)
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

/** The cells of a tile's occlusion grid that `box` touches (null: none). */
function touchedCells(area: { x: number; y: number; side: number }, box: Box): { i0: number; i1: number; j0: number; j1: number } | null {
  const cell = area.side / OCCLUSION_CELLS
  const last = OCCLUSION_CELLS - 1
  const i0 = Math.max(0, Math.floor((box.x - area.x) / cell))
  const i1 = Math.min(last, Math.floor((box.x + box.width - area.x) / cell))
  const j0 = Math.max(0, Math.floor((box.y - area.y) / cell))
  const j1 = Math.min(last, Math.floor((box.y + box.height - area.y) / cell))
  return i0 > i1 || j0 > j1 ? null : { i0, i1, j0, j1 }
}

/** Bits i0 to i1 of a row mask. */
function rowMask(i0: number, i1: number): number {
  const n = i1 - i0 + 1
  return (n >= 32 ? 0xffffffff : ((1 << n) - 1) << i0) >>> 0
}

/** Whether every cell `box` touches in the tile is covered (a box outside the tile is). */
function isCovered(rows: Uint32Array, area: { x: number; y: number; side: number }, box: Box): boolean {
  const cells = touchedCells(area, box)
  if (!cells) return true
  const mask = rowMask(cells.i0, cells.i1)
  for (let j = cells.j0; j <= cells.j1; j++) if (((rows[j] as number) & mask) >>> 0 !== mask) return false
  return true
}

/** Marks the cells lying wholly inside `box` covered. */
function cover(rows: Uint32Array, area: { x: number; y: number; side: number }, box: Box): void {
  if (box.width <= 0 || box.height <= 0) return
  const cell = area.side / OCCLUSION_CELLS
  const last = OCCLUSION_CELLS - 1
  const i0 = Math.max(0, Math.ceil((box.x - area.x) / cell))
  const i1 = Math.min(last, Math.floor((box.x + box.width - area.x) / cell) - 1)
  const j0 = Math.max(0, Math.ceil((box.y - area.y) / cell))
  const j1 = Math.min(last, Math.floor((box.y + box.height - area.y) / cell) - 1)
  if (i0 > i1 || j0 > j1) return
  const mask = rowMask(i0, i1)
  for (let j = j0; j <= j1; j++) rows[j] = ((rows[j] as number) | mask) >>> 0
}
