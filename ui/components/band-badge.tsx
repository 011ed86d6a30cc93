import type { FitBand, Locale } from '../../contract/vocabulary'
import { t } from '../text'

/** Score and band in words (the colour only repeats what the words say). */
export function BandBadge({ locale, score, band }: { locale: Locale; score: number; band: FitBand }) {
  return (
    <p class={`band-badge band-${band}`}>
      <span class="band-dot" aria-hidden="true" />
      <span class="band-score">{t(locale, 'panel.fit.percent', { value: score })}</span>
      <span class="band-name">{t(locale, `panel.band.${band}`)}</span>
    </p>
  )
}
