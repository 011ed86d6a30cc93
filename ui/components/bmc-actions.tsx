import { useState } from 'preact/hooks'
import type { Locale } from '../../contract/vocabulary'
import { t } from '../text'
import type { Requests } from '../hooks/use-requests'
import { LocaleSelect } from './locale-switch'

export interface BmcActionsProps {
  locale: Locale
  canvasId: string
  hasBmc: boolean
  requests: Requests
}

/**
 * Writes the canvas's summary into the page's Business Model Canvas. Without one, the same button
 * first inserts a BMC (in the chosen language) and writes the summary once main confirms the insert.
 */
export function BmcActions({ locale, canvasId, hasBmc, requests }: BmcActionsProps) {
  const [bmcLocale, setBmcLocale] = useState<Locale>(locale)
  const busy = requests.isPending('BMC_SUMMARY') || requests.isPending('INSERT_BMC')

  const insert = () => requests.run('INSERT_BMC', { locale: bmcLocale }).done
  const summary = () => {
    if (busy) return
    if (hasBmc) {
      requests.run('BMC_SUMMARY', { canvasId })
      return
    }
    void insert().then((answer) => {
      if (answer.ok) requests.run('BMC_SUMMARY', { canvasId })
    })
  }

  return (
    <div class="bmc-actions">
      <p class="hint">{hasBmc ? t(locale, 'panel.bmc.found') : t(locale, 'panel.bmc.missing')}</p>
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
