import { useState } from 'preact/hooks'
import type { Locale } from '../../src/core/types'
import { t } from '../text'
import type { Requests } from '../hooks/use-requests'
import { LocaleSelect } from './locale-switch'

export interface BmcActionsProps {
  locale: Locale
  canvasId: string
  hasBmc: boolean
  requests: Requests
}

/** Writes the canvas's summary into a Business Model Canvas, or inserts an empty one. */
export function BmcActions({ locale, canvasId, hasBmc, requests }: BmcActionsProps) {
  const [bmcLocale, setBmcLocale] = useState<Locale>(locale)
  const summaryPending = requests.isPending('BMC_SUMMARY')
  const insertPending = requests.isPending('INSERT_BMC')
  return (
    <div class="bmc-actions">
      <p class="hint">{hasBmc ? t(locale, 'panel.bmc.found') : t(locale, 'panel.bmc.missing')}</p>
      <button
        type="button"
        class="button-primary"
        aria-busy={summaryPending ? 'true' : undefined}
        onClick={() => {
          if (!summaryPending) requests.run('BMC_SUMMARY', { canvasId })
        }}
      >
        {t(locale, 'panel.bmc.summary')}
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
          aria-busy={insertPending ? 'true' : undefined}
          onClick={() => {
            if (!insertPending) requests.run('INSERT_BMC', { locale: bmcLocale })
          }}
        >
          {t(locale, 'panel.bmc.insert')}
        </button>
      </div>
    </div>
  )
}
