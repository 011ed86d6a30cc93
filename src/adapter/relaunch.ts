import type { Locale } from '../core/types'
import { t } from '../i18n'

/** The canvas's inline-menu buttons in FigJam (ids match manifest.json's relaunchButtons). */
export function setRelaunchButtons(node: BaseNode, locale: Locale): void {
  node.setRelaunchData({ 'check-fit': t(locale, 'notify.relaunchCheckFit'), open: '' })
}
