import type { CanvasListEntry } from '../../contract/messages'
import type { FitBand, Locale } from '../../contract/vocabulary'
import { t } from '../text'

/** The canvas as people name it: segment × offer, else its section name. */
export function canvasTitle(entry: CanvasListEntry): string {
  return entry.segment || entry.product ? `${entry.segment} × ${entry.product}` : entry.name
}

/**
 * What a canvas's fit can honestly be called: a damaged canvas has no score (only the repair), an empty one has
 * none yet; otherwise the score and band. `band` is null when there is no score.
 */
export function canvasVerdict(
  locale: Locale,
  entry: CanvasListEntry
): { text: string; band: FitBand | null } {
  if (entry.damaged.length > 0) return { text: t(locale, 'panel.verdict.damaged'), band: null }
  if (entry.customerItems === 0) return { text: t(locale, 'panel.verdict.empty'), band: null }
  return {
    text: `${t(locale, 'panel.fit.percent', { value: entry.score })} ${t(locale, `panel.band.${entry.band}`)}`,
    band: entry.band
  }
}
