import { focusView } from '../core/layout/focus-view'
import type { Locale, Rect } from '../core/types'
import { t } from '../i18n'
import { UserFacingError } from './errors'

/** Stops a command before it touches anything when the plugin runs outside FigJam. */
export function assertFigJam(locale: Locale): void {
  if (figma.editorType !== 'figjam') throw new UserFacingError(t(locale, 'notify.notFigJam'))
}

/** Selects `nodes` and brings them into view. */
export function selectAndShow(nodes: SceneNode[]): void {
  figma.currentPage.selection = nodes
  figma.viewport.scrollAndZoomIntoView(nodes)
}

/** Brings `nodes` into view without changing the selection. */
export function showInView(nodes: SceneNode[]): void {
  figma.viewport.scrollAndZoomIntoView(nodes)
}

/**
 * Selects `node` and shows it with its neighbours at a moderate zoom (`focusView`); the view stays where it is
 * when the node is already well in view.
 */
export function selectAndLook(node: SceneNode, box: Rect): void {
  figma.currentPage.selection = [node]
  const viewport = figma.viewport
  const view = focusView(box, { center: viewport.center, zoom: viewport.zoom, bounds: viewport.bounds })
  if (!view) return
  viewport.zoom = view.zoom
  viewport.center = view.center
}
