import type { Point, Rect } from '../types'

/** The view the facilitator had: FigJam's `viewport.center`, `zoom` and `bounds`. */
export interface ViewState {
  center: Point
  zoom: number
  bounds: Rect
}

/** Zoom of a focused sticky: close enough to read it, far enough to see what is around it. */
export const FOCUS_ZOOM = { min: 0.25, max: 0.75 } as const
/** Around a focused node, this many times its size stays in view (its neighbours in the zone). */
const CONTEXT = 4

/**
 * Where to look to show `node` (page-absolute) with its neighbours: null when it is already well in view at a
 * readable zoom (only the selection changes then), else its centre at a moderate zoom — never the 300 % of fitting
 * one sticky to the window.
 */
export function focusView(node: Rect, view: ViewState): { center: Point; zoom: number } | null {
  const screen = { width: view.bounds.width * view.zoom, height: view.bounds.height * view.zoom }
  const region = { width: node.width * CONTEXT, height: node.height * CONTEXT }
  const fit = Math.min(screen.width / region.width, screen.height / region.height)
  const zoom = Math.min(FOCUS_ZOOM.max, Math.max(FOCUS_ZOOM.min, fit))
  const inView =
    node.x >= view.bounds.x &&
    node.y >= view.bounds.y &&
    node.x + node.width <= view.bounds.x + view.bounds.width &&
    node.y + node.height <= view.bounds.y + view.bounds.height
  if (inView && view.zoom >= FOCUS_ZOOM.min && view.zoom <= FOCUS_ZOOM.max * 1.5) return null
  return { center: { x: node.x + node.width / 2, y: node.y + node.height / 2 }, zoom }
}
