import type { Locale } from '../core/types'
import { messageOf, UserFacingError } from '../adapter/errors'
import { notifyIfOpen, pluginIsOpen } from '../adapter/lifecycle'
import { t } from '../i18n'

/** What a command reports back: one sentence for the user (empty: nothing worth a notification). */
export interface CommandOutcome {
  message: string
}

/** How a command went: the sentence the user was told. */
export interface CommandAnswer {
  ok: boolean
  message: string
}

/** How a command went, with its outcome when it worked. */
export type CommandResult<O extends CommandOutcome> =
  | { ok: true; message: string; outcome: O }
  | { ok: false; message: string; outcome: null }

/**
 * Runs one command and tells the user how it went, once: a notification for success,
 * an error notification with a clear sentence for failure. Never throws.
 */
export async function runCommandAsync(locale: Locale, work: () => Promise<CommandOutcome>): Promise<CommandAnswer> {
  const { ok, message } = await runCommandForAsync(locale, work)
  return { ok, message }
}

/** Like `runCommandAsync`, keeping what the command returned, for answers that carry a result. */
export async function runCommandForAsync<O extends CommandOutcome>(
  locale: Locale,
  work: () => Promise<O>
): Promise<CommandResult<O>> {
  // The run this command belongs to: if it closes meanwhile (the panel closed, another plugin started), the
  // outcome is not shown anywhere rather than thrown.
  const api = figma
  pluginIsOpen(api)
  try {
    const outcome = await work()
    if (outcome.message) notifyIfOpen(outcome.message, undefined, api)
    return { ok: true, message: outcome.message, outcome }
  } catch (error) {
    // The user reads a plain sentence, never the API's wording; the details go to the developer console.
    if (!(error instanceof UserFacingError)) console.error('VPC Fit:', messageOf(error))
    const message = error instanceof UserFacingError ? error.message : t(locale, 'notify.unexpected')
    notifyIfOpen(message, { error: true }, api)
    return { ok: false, message, outcome: null }
  }
}
