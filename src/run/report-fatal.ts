import { messageOf } from '../adapter/errors'
import { t } from '../i18n'

/** Last resort for a failure outside any command (e.g. the panel could not open): say so and stop. */
export function reportFatal(error: unknown): void {
  // The details go to the developer console; the notification never quotes the API.
  console.error('VPC Fit:', messageOf(error))
  figma.notify(t('en', 'notify.fatal'), { error: true })
  figma.closePlugin()
}
