import { t } from './text'
import type { Bridge } from './bridge'
import { browserLocale } from './bridge'
import { Panel } from './components/panel'
import { usePanelState } from './hooks/use-panel-state'

/** The panel wired to main through the bridge; waits for main's first STATE. */
export function App({ bridge }: { bridge: Bridge }) {
  const state = usePanelState(bridge)
  if (!state) {
    const locale = browserLocale(typeof navigator === 'undefined' ? undefined : navigator.language) ?? 'en'
    return (
      <main class="panel panel-main">
        <h1 class="sr-only">{t(locale, 'panel.title')}</h1>
        <p class="hint" role="status">
          {t(locale, 'panel.loading')}
        </p>
      </main>
    )
  }
  return <Panel state={state} request={bridge.request} listen={bridge.on} />
}
