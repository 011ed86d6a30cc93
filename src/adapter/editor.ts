import type { Locale } from '../core/types'
import { t } from '../i18n'
import { UserFacingError } from './errors'

/** Stops a command before it touches anything when the plugin runs outside FigJam. */
export function assertFigJam(locale: Locale): void {
  if (figma.editorType !== 'figjam') throw new UserFacingError(t(locale, 'notify.notFigJam'))
}
