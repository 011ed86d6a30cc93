import { messageOf } from '../adapter/errors'
import { closePluginIfOpen, notifyIfOpen } from '../adapter/lifecycle'
import { t } from '../i18n'

/** Last resort for a failure outside any command (e.g. the panel could not open): say so and stop. */
export function reportFatal(error: unknown): void {
  // The details go to the developer console; the notification never quotes the API.
  console.error('VPC Fit:', messageOf(error))
  // Through the open-run checks: a run that is already gone (closed, or replaced by another run) shows nothing.
  notifyIfOpen(t('en', 'notify.fatal'), { error: true })
  closePluginIfOpen()
}
