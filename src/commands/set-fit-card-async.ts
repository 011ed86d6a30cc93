import { assertFigJam } from '../adapter/editor'
import { UserFacingError } from '../adapter/errors'
import { releaseFitCard } from '../adapter/fit-card'
import { findCanvasNodeAsync } from '../adapter/find-node'
import { DATA_KEYS, getData, readLastCheck, writeLastCheck } from '../adapter/plugin-data'
import type { Locale } from '../core/types'
import { t } from '../i18n'
import { checkFitAsync } from './check-fit-async'
import type { CommandOutcome } from '../run/run-command'

/**
 * Turns a canvas's fit card on or off. Off removes the plugin's own card (a card a person edited stays theirs);
 * on checks the canvas at once so the card appears, also where a person had edited or deleted the last one.
 * One undo step either way.
 */
export async function setFitCardAsync(options: {
  canvasId: string
  on: boolean
  locale: Locale
}): Promise<CommandOutcome> {
  assertFigJam(options.locale)
  const section = await findCanvasNodeAsync(options.canvasId)
  if (!section) throw new UserFacingError(t(options.locale, 'notify.canvasGone'))
  if (options.on) {
    // The check lets go of the old card and draws the new one in its own write, after everything it waits for and
    // every reason it may stop: a check that stops (the canvas gone, over the limits) leaves the card as it was.
    return checkFitAsync({ canvasId: options.canvasId, locale: options.locale, cardOn: true })
  }
  const last = readLastCheck(getData(section, DATA_KEYS.lastCheck))
  releaseFitCard(section)
  writeLastCheck(section, { checkedAt: last.checkedAt, card: 'off' })
  figma.commitUndo()
  return { message: t(options.locale, 'notify.cardOff') }
}
