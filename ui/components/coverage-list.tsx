import type { CustomerZone, Locale, ZoneKey } from '../../contract/vocabulary'
import { CUSTOMER_ZONES } from '../../contract/vocabulary'
import { t, tKey } from '../text'

export interface CoverageListProps {
  locale: Locale
  coverage: Record<CustomerZone, number>
  emptyZones: ZoneKey[]
}

/** Coverage per customer zone as figure and bar; empty zones are flagged in words. */
export function CoverageList({ locale, coverage, emptyZones }: CoverageListProps) {
  return (
    <ul class="coverage-list">
      {CUSTOMER_ZONES.map((zone) => {
        const empty = emptyZones.includes(zone)
        const value = coverage[zone] ?? 0
        return (
          <li key={zone} class={empty ? 'is-empty' : undefined}>
            <span class="coverage-label">{tKey(locale, `zone.${zone}`)}</span>
            <span class="coverage-value">
              {empty ? (
                <>
                  <span aria-hidden="true">⚠ </span>
                  {t(locale, 'panel.fit.emptyZone')}
                </>
              ) : (
                t(locale, 'panel.fit.percent', { value })
              )}
            </span>
            <div class="bar" aria-hidden="true">
              <div class="bar-fill" style={{ width: `${Math.min(100, Math.max(0, value))}%` }} />
            </div>
          </li>
        )
      })}
    </ul>
  )
}
