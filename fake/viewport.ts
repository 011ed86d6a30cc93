/**
 * `figma.viewport`: the local user's view of the current page. `bounds` follows from `center`, `zoom`
 * and a fixed window size; `scrollAndZoomIntoView` fits the nodes' boxes with a margin.
 */
import { apiError } from './errors'
import { unionOf, type Box } from './geometry'
import type { FakeDocument } from './model/document'
import { unwrap } from './nodes/base'

/** The canvas window the fake pretends to have, in screen pixels. */
export const VIEWPORT_WINDOW = Object.freeze({ width: 1440, height: 900 })
/** Figma's zoom range. */
export const ZOOM_RANGE = Object.freeze({ min: 0.01, max: 256 })
/** Share of the window the fitted nodes fill. */
const FIT_SHARE = 0.9

/** The visible canvas area for a centre and zoom. */
export function boundsFor(center: { x: number; y: number }, zoom: number): Rect {
  const width = VIEWPORT_WINDOW.width / zoom
  const height = VIEWPORT_WINDOW.height / zoom
  return { x: center.x - width / 2, y: center.y - height / 2, width, height }
}

/** `figma.viewport`. */
export class FakeViewport implements Pick<
  ViewportAPI,
  'center' | 'zoom' | 'bounds' | 'scrollAndZoomIntoView'
> {
  private readonly doc: FakeDocument
  private readonly guard: (member: string) => void

  constructor(doc: FakeDocument, guard: (member: string) => void) {
    this.doc = doc
    this.guard = guard
  }

  get center(): Vector {
    this.guard('get_center')
    return { ...this.doc.view.center }
  }

  set center(value: Vector) {
    this.guard('set_center')
    if (!Number.isFinite(value?.x) || !Number.isFinite(value?.y))
      throw apiError('set_center', 'Expected { x, y }')
    this.doc.setView(value, this.doc.view.zoom)
  }

  get zoom(): number {
    this.guard('get_zoom')
    return this.doc.view.zoom
  }

  set zoom(value: number) {
    this.guard('set_zoom')
    if (!Number.isFinite(value) || value <= 0) throw apiError('set_zoom', 'Expected a positive number')
    this.doc.setView(this.doc.view.center, clampZoom(value))
  }

  get bounds(): Rect {
    this.guard('get_bounds')
    return boundsFor(this.doc.view.center, this.doc.view.zoom)
  }

  scrollAndZoomIntoView(nodes: ReadonlyArray<BaseNode>): void {
    this.guard('scrollAndZoomIntoView')
    if (!Array.isArray(nodes)) throw apiError('scrollAndZoomIntoView', 'Expected an array of nodes')
    const boxes: Box[] = []
    for (const node of nodes as readonly unknown[]) {
      const record = this.doc.get(unwrap(node, 'scrollAndZoomIntoView').nodeId)
      const box = record === undefined ? null : this.doc.absoluteBox(record)
      if (box !== null) boxes.push(box)
    }
    const box = unionOf(boxes)
    if (box === null) return
    const center = { x: box.x + box.width / 2, y: box.y + box.height / 2 }
    const fit = Math.min(
      box.width > 0 ? (VIEWPORT_WINDOW.width * FIT_SHARE) / box.width : ZOOM_RANGE.max,
      box.height > 0 ? (VIEWPORT_WINDOW.height * FIT_SHARE) / box.height : ZOOM_RANGE.max
    )
    this.doc.setView(center, clampZoom(fit))
  }
}

function clampZoom(zoom: number): number {
  return Math.min(ZOOM_RANGE.max, Math.max(ZOOM_RANGE.min, zoom))
}
