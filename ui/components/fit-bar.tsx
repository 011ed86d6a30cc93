import type { FitBand, Locale } from '../../contract/vocabulary'
import { t } from '../text'

/** The target band the method recommends, in percent. */
export const TARGET_LOW = 50
export const TARGET_HIGH = 70

function clamp(value: number): number {
  return Math.min(100, Math.max(0, value))
}

/** Fit score with its band in words, and a bar with the 50-70 % target band drawn on it. */
export function FitBar({ locale, score, band }: { locale: Locale; score: number; band: FitBand }) {
  return (
    <div class={`fit-bar band-${band}`}>
      <p class="fit-figure">
        <span class="fit-score">{t(locale, 'panel.fit.percent', { value: score })}</span>
        <span class="band-name">
          <span class="band-dot" aria-hidden="true" />
          {t(locale, `panel.band.${band}`)}
        </span>
      </p>
      <div class="bar bar-fit" aria-hidden="true">
        <div class="bar-target" style={{ left: `${TARGET_LOW}%`, width: `${TARGET_HIGH - TARGET_LOW}%` }} />
        <div class="bar-fill" style={{ width: `${clamp(score)}%` }} />
      </div>
      <p class="hint">{t(locale, `panel.band.${band}.explain`, { low: TARGET_LOW, high: TARGET_HIGH })}</p>
    </div>
  )
}
