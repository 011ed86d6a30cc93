import type { CanvasListEntry } from '../../contract/messages'
import type { Locale } from '../../contract/vocabulary'
import { t } from '../text'
import type { Requests } from '../hooks/use-requests'

export interface FitCardToggleProps {
  locale: Locale
  canvas: CanvasListEntry
  requests: Requests
}

/** Whether Check fit draws the fit card on this canvas, for the whole room to see. */
export function FitCardToggle({ locale, canvas, requests }: FitCardToggleProps) {
  const pending = requests.isPending('SET_FIT_CARD')
  const on = canvas.fitCard === 'on'
  return (
    <section aria-labelledby="fit-card-heading" class="fit-card-toggle">
      <h2 id="fit-card-heading">{t(locale, 'panel.card.heading')}</h2>
      <div class="check check-manual">
        <input
          type="checkbox"
          id="fit-card-on"
          checked={on}
          aria-busy={pending ? 'true' : undefined}
          aria-describedby="fit-card-hint"
          onChange={(event) => {
            if (!pending)
              requests.run('SET_FIT_CARD', { canvasId: canvas.id, on: event.currentTarget.checked })
          }}
        />
        <div class="check-body">
          <label for="fit-card-on" class="check-text">
            {t(locale, 'panel.card.label')}
          </label>
          <p class="check-detail" id="fit-card-hint">
            {t(locale, `panel.card.${canvas.fitCard}`)}
          </p>
        </div>
      </div>
    </section>
  )
}
