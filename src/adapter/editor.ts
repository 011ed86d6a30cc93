import type { Locale } from '../core/types'
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
