/**
 * Pointer and wheel handling on the board: click to select (Shift adds), drag to move, drag on empty board to
 * pan, wheel to pan, Ctrl/Cmd+wheel to zoom, double-click a sticky to edit its text. The handlers only decide;
 * edits go through the callbacks (which use the fake's user module).
 */
import type { BoardRenderer, Viewport } from './render/board'
import type { Point } from './render/model'

export interface BoardCallbacks {
  /** The selection now (the fake's, not the last drawn one: clicks can come faster than frames). */
  selection(): string[]
  select(ids: string[]): void
  /** Commit a drag: move these nodes by (dx, dy) page units. */
  move(ids: string[], dx: number, dy: number): void
  editText(id: string): void
  viewChanged(view: Viewport): void
}

export const ZOOM_MIN = 0.02
export const ZOOM_MAX = 8
const DRAG_THRESHOLD_PX = 3
const DOUBLE_CLICK_MS = 450

type Gesture =
  | { kind: 'pan'; start: Point; view: Viewport; moved: boolean; clearOnClick: boolean }
  | { kind: 'drag'; start: Point; ids: string[]; carried: Set<string>; moved: boolean; dx: number; dy: number }

export function clampZoom(zoom: number): number {
  return Math.min(ZOOM_MAX, Math.max(ZOOM_MIN, zoom))
}

/** Zooms by `factor` keeping the page point under `anchor` (screen px) in place. */
export function zoomAround(view: Viewport, factor: number, anchor: Point): Viewport {
  const zoom = clampZoom(view.zoom * factor)
  const k = zoom / view.zoom
  return { zoom, tx: anchor.x - (anchor.x - view.tx) * k, ty: anchor.y - (anchor.y - view.ty) * k }
}

export function installBoardInteraction(board: HTMLElement, renderer: BoardRenderer, callbacks: BoardCallbacks): void {
  let gesture: Gesture | null = null
  let spaceHeld = false
  // Double-clicks are detected here: the board redraws between the two clicks, so the DOM's dblclick
  // (which needs both clicks on one element) would not fire.
  let lastDown: { id: string; at: Point; time: number } | null = null

  // Where the board is on the page, read when layout is fresh (a read between a pan's DOM writes would make the
  // browser lay the page out again on every pointer move).
  let rect = board.getBoundingClientRect()
  const remeasure = (): void => {
    rect = board.getBoundingClientRect()
  }
  new ResizeObserver(remeasure).observe(board)
  window.addEventListener('resize', remeasure)
  const local = (event: { clientX: number; clientY: number }): Point => ({ x: event.clientX - rect.left, y: event.clientY - rect.top })

  const nodeIdAt = (target: EventTarget | null): string | null => {
    if (!(target instanceof Element)) return null
    // A node crossing a tile edge is drawn in each tile it touches; the copies name it in `data-copy-of`.
    const group = target.closest<SVGGElement>('[data-node-id], [data-copy-of]')
    return group?.dataset.nodeId ?? group?.dataset.copyOf ?? null
  }

  /** The nodes a drag moves along: children of moved sections and stamps stuck to moved nodes. */
  const carriedBy = (ids: readonly string[]): Set<string> => renderer.carried(ids)

  // Anything pressed elsewhere (toolbar, menu, panel) ends a double-click in the making.
  window.addEventListener('pointerdown', (event) => {
    if (!(event.target instanceof Element) || !board.contains(event.target) || !event.target.closest('svg')) lastDown = null
  })

  board.addEventListener('pointerdown', (event) => {
    if (!(event.target instanceof Element) || !event.target.closest('svg')) return
    board.focus({ preventScroll: true })
    const at = local(event)
    const id = nodeIdAt(event.target)
    if (event.button === 1 || spaceHeld || (event.button === 0 && id === null)) {
      gesture = { kind: 'pan', start: at, view: { ...renderer.view }, moved: false, clearOnClick: event.button === 0 && !spaceHeld }
      board.setPointerCapture(event.pointerId)
      return
    }
    if (event.button !== 0 || id === null) return
    const now = performance.now()
    const repeat = lastDown !== null && lastDown.id === id && now - lastDown.time < DOUBLE_CLICK_MS && Math.hypot(at.x - lastDown.at.x, at.y - lastDown.at.y) < 6
    lastDown = repeat || event.shiftKey ? null : { id, at, time: now }
    if (repeat && !event.shiftKey) {
      event.preventDefault()
      callbacks.editText(id)
      return
    }
    let selection = callbacks.selection()
    if (event.shiftKey) {
      selection = selection.includes(id) ? selection.filter((s) => s !== id) : [...selection, id]
      callbacks.select(selection)
      if (!selection.includes(id)) return
    } else if (!selection.includes(id)) {
      selection = [id]
      callbacks.select(selection)
    }
    const movable = selection.filter((sid) => {
      const node = renderer.byId.get(sid)
      return node !== undefined && !node.locked && node.type !== 'CONNECTOR'
    })
    if (movable.length === 0) return
    // A node inside a moved section moves with it; moving both would move it twice.
    const roots = movable.filter((sid) => !hasAncestorIn(sid, new Set(movable)))
    gesture = { kind: 'drag', start: at, ids: roots, carried: carriedBy(roots), moved: false, dx: 0, dy: 0 }
    board.setPointerCapture(event.pointerId)
  })

  const hasAncestorIn = (id: string, set: Set<string>): boolean => {
    let parent = renderer.byId.get(id)?.parentId ?? null
    while (parent !== null) {
      if (set.has(parent)) return true
      parent = renderer.byId.get(parent)?.parentId ?? null
    }
    return false
  }

  board.addEventListener('pointermove', (event) => {
    if (!gesture) return
    const at = local(event)
    const sx = at.x - gesture.start.x
    const sy = at.y - gesture.start.y
    if (!gesture.moved && Math.hypot(sx, sy) < DRAG_THRESHOLD_PX) return
    gesture.moved = true
    if (gesture.kind === 'pan') {
      board.classList.add('pg-panning')
      callbacks.viewChanged({ zoom: gesture.view.zoom, tx: gesture.view.tx + sx, ty: gesture.view.ty + sy })
    } else {
      gesture.dx = sx / renderer.view.zoom
      gesture.dy = sy / renderer.view.zoom
      renderer.setDragOffset({ ids: gesture.carried, dx: gesture.dx, dy: gesture.dy })
    }
  })

  const end = (event: PointerEvent) => {
    const done = gesture
    gesture = null
    board.classList.remove('pg-panning')
    if (board.hasPointerCapture(event.pointerId)) board.releasePointerCapture(event.pointerId)
    if (!done) return
    if (done.kind === 'pan') {
      if (!done.moved && done.clearOnClick && event.type === 'pointerup') callbacks.select([])
      return
    }
    renderer.setDragOffset(null)
    if (done.moved && (done.dx !== 0 || done.dy !== 0)) callbacks.move(done.ids, Math.round(done.dx), Math.round(done.dy))
  }
  board.addEventListener('pointerup', end)
  board.addEventListener('pointercancel', end)

  board.addEventListener(
    'wheel',
    (event) => {
      if (!(event.target instanceof Element) || !event.target.closest('svg')) return
      event.preventDefault()
      const view = renderer.view
      if (event.ctrlKey || event.metaKey) {
        callbacks.viewChanged(zoomAround(view, Math.exp(-event.deltaY * 0.01), local(event)))
      } else {
        const dx = event.shiftKey && event.deltaX === 0 ? event.deltaY : event.deltaX
        const dy = event.shiftKey && event.deltaX === 0 ? 0 : event.deltaY
        callbacks.viewChanged({ ...view, tx: view.tx - dx, ty: view.ty - dy })
      }
    },
    { passive: false }
  )

  window.addEventListener('keydown', (event) => {
    if (event.code === 'Space' && !isTyping(event.target)) spaceHeld = true
  })
  window.addEventListener('keyup', (event) => {
    if (event.code === 'Space') spaceHeld = false
  })
}

/** Whether keyboard input goes to a text field (board shortcuts stay out of its way). */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT', 'IFRAME'].includes(target.tagName)
}
