import type { Locale } from '../core/types'
import { messageOf, UserFacingError } from '../adapter/errors'
import { t } from '../i18n'

/** What a command reports back: one sentence for the user (empty: nothing worth a notification). */
export interface CommandOutcome {
  message: string
}

export interface CommandAnswer {
  ok: boolean
  message: string
}

/**
 * Runs one command and tells the user how it went, once: a notification for success,
 * an error notification with a clear sentence for failure. Never throws.
 */
export async function runCommandAsync(
  locale: Locale,
  work: () => Promise<CommandOutcome>
): Promise<CommandAnswer> {
  try {
    const outcome = await work()
    if (outcome.message) figma.notify(outcome.message)
    return { ok: true, message: outcome.message }
  } catch (error) {
    // The user reads a plain sentence, never the API's wording; the details go to the developer console.
    if (!(error instanceof UserFacingError)) console.error('VPC Fit:', messageOf(error))
    const message = error instanceof UserFacingError ? error.message : t(locale, 'notify.unexpected')
    figma.notify(message, { error: true })
    return { ok: false, message }
  }
}
