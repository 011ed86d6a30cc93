import { messageOf } from '../adapter/errors'
import { t } from '../i18n'

/** Last resort for a failure outside any command (e.g. the panel could not open): say so and stop. */
export function reportFatal(error: unknown): void {
  figma.notify(t('en', 'notify.fatal', { error: messageOf(error) }), { error: true })
  figma.closePlugin()
}
