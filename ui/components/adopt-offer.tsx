import type { Locale } from '../../contract/vocabulary'
import { t } from '../text'
import type { Requests } from '../hooks/use-requests'

export interface AdoptOfferProps {
  locale: Locale
  requests: Requests
}

/** The selection is a canvas people drew: offer to adopt it (nothing on the board changes). */
export function AdoptOffer({ locale, requests }: AdoptOfferProps) {
  const pending = requests.isPending('ADOPT_CANVAS')
  return (
    <div class="banner" role="region" aria-label={t(locale, 'panel.adopt.title')}>
      <p>
        <strong>{t(locale, 'panel.adopt.title')}</strong> {t(locale, 'panel.adopt.body')}
      </p>
      <button
        type="button"
        class="button-small"
        aria-busy={pending ? 'true' : undefined}
        onClick={() => {
          if (!pending) requests.run('ADOPT_CANVAS', {})
        }}
      >
        {t(locale, 'panel.adopt.button')}
      </button>
    </div>
  )
}

export interface LostZonesWarningProps {
  locale: Locale
  zones: string[]
}

/** An adopted drawing lost a label: say which zones can no longer be found (nothing is ever redrawn). */
export function LostZonesWarning({ locale, zones }: LostZonesWarningProps) {
  return (
    <div class="banner banner-warning" role="status">
      <p>
        <strong>{t(locale, 'panel.lost.title')}</strong>{' '}
        {t(locale, 'panel.lost.missing', { zones: zones.join(', ') })}
      </p>
    </div>
  )
}
