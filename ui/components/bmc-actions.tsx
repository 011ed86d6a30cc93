import { useState } from 'preact/hooks'
import type { Locale } from '../../contract/vocabulary'
import { t } from '../text'
import type { Requests } from '../hooks/use-requests'
import { LocaleSelect } from './locale-switch'

export interface BmcActionsProps {
  locale: Locale
  canvasId: string
  /** null while main has not looked for one yet (the panel's first state after opening). */
  hasBmc: boolean | null
  requests: Requests
}

/**
 * Writes the canvas's summary into the page's Business Model Canvas. Without one, the same button inserts a BMC
 * (in the chosen language) and writes the summary into it: one command.
 */
export function BmcActions({ locale, canvasId, hasBmc, requests }: BmcActionsProps) {
  const [bmcLocale, setBmcLocale] = useState<Locale>(locale)
  const busy = requests.isPending('BMC_SUMMARY') || requests.isPending('INSERT_BMC')

  const insert = () => requests.run('INSERT_BMC', { locale: bmcLocale }).done
  // One request either way: main inserts a BMC (in the chosen language) only when the page has none, in the same
  // undo step as the summary and with one notification, so a BMC deleted a moment ago is never a dead end.
  const summary = () => {
    if (!busy) requests.run('BMC_SUMMARY', { canvasId, insertBmc: bmcLocale })
  }

  return (
    <div class="bmc-actions">
      <p class="hint">
        {hasBmc === null ? t(locale, 'panel.loading') : hasBmc ? t(locale, 'panel.bmc.found') : t(locale, 'panel.bmc.missing')}
      </p>
      <button type="button" class="button-primary" aria-busy={busy ? 'true' : undefined} onClick={summary}>
        {hasBmc ? t(locale, 'panel.bmc.summary') : t(locale, 'panel.bmc.insertAndSummary')}
      </button>
      <div class="field-inline">
        <LocaleSelect
          id="bmc-locale"
          label={t(locale, 'panel.bmc.locale')}
          value={bmcLocale}
          onChange={setBmcLocale}
        />
        <button
          type="button"
          aria-busy={busy ? 'true' : undefined}
          onClick={() => {
            if (!busy) void insert()
          }}
        >
          {t(locale, 'panel.bmc.insert')}
        </button>
      </div>
    </div>
  )
}
