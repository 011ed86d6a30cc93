import type { Locale } from '../core/types'
import { closePluginIfOpen } from '../adapter/lifecycle'
import { t } from '../i18n'
import { bmcSummaryAsync, insertBmcThenSummaryAsync, NoBmcError } from './bmc-summary-async'
import { runCommandAsync } from '../run/run-command'

/** How long the "insert a BMC?" offer stays up before the plugin closes by itself. */
const OFFER_TIMEOUT_MS = 12_000

/**
 * The menu's summary command. When the page has no Business Model Canvas, the notification
 * offers to insert one beside the canvas and write the summary into it; the plugin stays open
 * only until the offer is taken or goes away.
 */
export async function bmcSummaryFromMenuAsync(locale: Locale): Promise<void> {
  const state: { offer: NoBmcError | null } = { offer: null }
  await runCommandAsync(locale, async () => {
    try {
      return await bmcSummaryAsync({ canvasId: null, locale })
    } catch (error) {
      if (!(error instanceof NoBmcError)) throw error
      state.offer = error
      return { message: '' }
    }
  })
  const pending = state.offer
  if (!pending) {
    closePluginIfOpen()
    return
  }
  let accepted = false
  figma.notify(pending.message, {
    timeout: OFFER_TIMEOUT_MS,
    button: {
      text: t(pending.locale, 'bmcNotify.insertButton'),
      action: () => {
        accepted = true
        void runCommandAsync(pending.locale, () => insertBmcThenSummaryAsync(pending)).then(() =>
          closePluginIfOpen()
        )
      }
    },
    // FigJam also dequeues the notification when its button is clicked, maybe before the action runs: closing
    // then would drop the click. The action closes the plugin itself.
    onDequeue: (reason) => {
      if (reason !== 'action_button_click' && !accepted) closePluginIfOpen()
    }
  })
}
