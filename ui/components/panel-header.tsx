import type { PanelState } from '../../contract/messages'
import { t } from '../text'
import type { Requests } from '../hooks/use-requests'
import { BandBadge } from './band-badge'
import { CanvasPicker } from './canvas-picker'
import { canvasVerdict } from './canvas-verdict'
import { Freshness } from './freshness'
import { LocaleSwitch } from './locale-switch'

export interface PanelHeaderProps {
  state: PanelState
  requests: Requests
  clock?: (() => number) | undefined
}

/** Canvas picker, the language switch, and the active canvas's score with how fresh it is. */
export function PanelHeader({ state, requests, clock }: PanelHeaderProps) {
  const { locale, canvases, active } = state
  const fit = active?.view.fit
  const entry = active ? canvases.find((canvas) => canvas.id === active.canvasId) : undefined
  const verdict = entry ? canvasVerdict(locale, entry) : null
  const only = canvases.length === 1 ? canvases[0] : undefined
  return (
    <header class="panel-header">
      <h1 class="sr-only">{t(locale, 'panel.title')}</h1>
      <div class="header-row">
        {only && active ? (
          <p class="canvas-name" title={only.name}>
            {only.segment || only.name} × {only.product}
          </p>
        ) : canvases.length > 0 ? (
          <CanvasPicker
            locale={locale}
            canvases={canvases}
            activeId={active?.canvasId ?? null}
            onSelect={(canvasId) => requests.run('SELECT_CANVAS', { canvasId }, { quiet: true })}
          />
        ) : (
          <p class="canvas-name">{t(locale, 'panel.title')}</p>
        )}
        <LocaleSwitch
          locale={locale}
          onChange={(next) => requests.run('SET_LOCALE', { locale: next }, { quiet: true })}
        />
      </div>
      {active && fit && (
        <div class="header-row">
          {verdict && verdict.band === null ? (
            <p class="band-badge band-none">
              <span class="band-dot" aria-hidden="true" />
              <span class="band-name">{verdict.text}</span>
            </p>
          ) : (
            <BandBadge locale={locale} score={fit.score} band={fit.band} />
          )}
          <Freshness locale={locale} updatedAt={state.updatedAt} clock={clock} />
        </div>
      )}
    </header>
  )
}
