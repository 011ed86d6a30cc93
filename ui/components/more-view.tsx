import type { ActiveCanvas, PanelState } from '../../contract/messages'
import type { Locale } from '../../contract/vocabulary'
import { t } from '../text'
import type { Requests } from '../hooks/use-requests'
import { BmcActions } from './bmc-actions'
import { ExportBox } from './export-box'
import { ImportBox } from './import-box'
import { InsertForm } from './insert-form'
import { SuggestionList } from './suggestion-list'

export interface MoreViewProps {
  locale: Locale
  state: PanelState
  active: ActiveCanvas
  requests: Requests
}

/** Everything beyond reading the fit: link suggestions, export and import, new canvases, the BMC. */
export function MoreView({ locale, state, active, requests }: MoreViewProps) {
  return (
    <div class="more-view">
      <section aria-labelledby="more-suggestions">
        <h2 id="more-suggestions">{t(locale, 'panel.suggest.heading')}</h2>
        {active.analysis ? (
          <SuggestionList
            locale={locale}
            canvasId={active.canvasId}
            report={active.analysis.report}
            rejected={active.rejected}
            requests={requests}
          />
        ) : (
          // The suggestions read every sticky: main sends them once the panel says this tab is open.
          <p class="hint">{t(locale, 'panel.loadingList')}</p>
        )}
      </section>
      <section aria-labelledby="more-export">
        <h2 id="more-export">{t(locale, 'panel.export.heading')}</h2>
        <ExportBox locale={locale} canvasId={active.canvasId} requests={requests} />
      </section>
      <section aria-labelledby="more-bmc">
        <h2 id="more-bmc">{t(locale, 'panel.bmc.heading')}</h2>
        <BmcActions locale={locale} canvasId={active.canvasId} hasBmc={state.hasBmc} requests={requests} />
      </section>
      <InsertForm locale={locale} requests={requests} />
      <ImportBox locale={locale} requests={requests} />
    </div>
  )
}
