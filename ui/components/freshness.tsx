import type { Locale } from '../../contract/vocabulary'
import { t } from '../text'
import { useNow } from '../hooks/use-now'

/** "Updated just now" / "Updated 2 min ago" text for a read of the board at `updatedAt`. */
export function freshnessText(locale: Locale, updatedAt: string, now: number): string | null {
  const then = Date.parse(updatedAt)
  if (Number.isNaN(then)) return null
  const seconds = Math.max(0, Math.round((now - then) / 1000))
  if (seconds < 45) return t(locale, 'panel.updated.justNow')
  const minutes = Math.max(1, Math.floor(seconds / 60))
  if (minutes < 60) return t(locale, 'panel.updated.minutes', { count: minutes })
  return t(locale, 'panel.updated.hours', { count: Math.floor(minutes / 60) })
}

export interface FreshnessProps {
  locale: Locale
  updatedAt: string
  clock?: (() => number) | undefined
}

/** How fresh the shown result is; ticks every 15 s. */
export function Freshness({ locale, updatedAt, clock }: FreshnessProps) {
  const now = useNow(15_000, clock)
  const text = freshnessText(locale, updatedAt, now)
  if (text === null) return null
  return (
    <time class="freshness" dateTime={updatedAt}>
      {text}
    </time>
  )
}
