import { useState } from 'preact/hooks'
import type { CanvasListEntry } from '../../contract/messages'
import type { Locale } from '../../contract/vocabulary'
import { CUSTOMER_ZONES } from '../../contract/vocabulary'
import { t, tKey } from '../text'
import { useNow } from '../hooks/use-now'
import { canvasTitle, canvasVerdict } from './canvas-verdict'

export type OverviewSort = 'page' | 'name' | 'fitLow' | 'fitHigh' | 'checked'
const SORTS: OverviewSort[] = ['page', 'name', 'fitLow', 'fitHigh', 'checked']

export interface OverviewViewProps {
  locale: Locale
  canvases: CanvasListEntry[]
  activeId: string | null
  /** Selects the canvas on the board and frames it. */
  onOpen: (canvasId: string) => void
  clock?: (() => number) | undefined
}

/** A canvas's score for sorting: damaged and empty canvases have none and go last. */
function sortScore(entry: CanvasListEntry): number | null {
  return entry.damaged.length > 0 || entry.customerItems === 0 ? null : entry.score
}

function sorted(canvases: CanvasListEntry[], sort: OverviewSort, locale: Locale): CanvasListEntry[] {
  const list = [...canvases]
  const byName = (a: CanvasListEntry, b: CanvasListEntry) =>
    canvasTitle(a).localeCompare(canvasTitle(b), locale, { sensitivity: 'base' })
  const byScore = (direction: 1 | -1) => (a: CanvasListEntry, b: CanvasListEntry) => {
    const sa = sortScore(a)
    const sb = sortScore(b)
    if (sa === null || sb === null) return sa === sb ? byName(a, b) : sa === null ? 1 : -1
    return sa === sb ? byName(a, b) : direction * (sa - sb)
  }
  if (sort === 'name') list.sort(byName)
  else if (sort === 'fitLow') list.sort(byScore(1))
  else if (sort === 'fitHigh') list.sort(byScore(-1))
  else if (sort === 'checked') {
    // Most recently checked first; never checked last.
    const at = (entry: CanvasListEntry) => (entry.checkedAt ? Date.parse(entry.checkedAt) : -Infinity)
    list.sort((a, b) => (at(a) === at(b) ? byName(a, b) : at(b) - at(a)))
  }
  return list
}

/** "Checked 5 min ago" for the last Check fit, or "Not checked yet". */
export function checkedText(locale: Locale, checkedAt: string | null, now: number): string {
  const then = checkedAt ? Date.parse(checkedAt) : Number.NaN
  if (Number.isNaN(then)) return t(locale, 'panel.overview.neverChecked')
  const minutes = Math.floor(Math.max(0, now - then) / 60_000)
  if (minutes < 1) return t(locale, 'panel.overview.checkedJustNow')
  if (minutes < 60) return t(locale, 'panel.overview.checkedMinutes', { count: minutes })
  const hours = Math.floor(minutes / 60)
  if (hours < 24) return t(locale, 'panel.overview.checkedHours', { count: hours })
  return t(locale, 'panel.overview.checkedDays', { count: Math.floor(hours / 24) })
}

/**
 * Every canvas on the page side by side: the facilitator's dashboard while breakout teams fill canvases in
 * parallel. A row selects its canvas on the board and frames it.
 */
export function OverviewView({ locale, canvases, activeId, onOpen, clock }: OverviewViewProps) {
  const [sort, setSort] = useState<OverviewSort>('page')
  const now = useNow(15_000, clock)
  return (
    <div class="overview-view">
      <div class="section-head">
        <h2 id="overview-heading">{t(locale, 'panel.overview.heading', { count: canvases.length })}</h2>
        <div class="field-inline">
          <label for="overview-sort">{t(locale, 'panel.overview.sort')}</label>
          <select
            id="overview-sort"
            value={sort}
            onChange={(event) => {
              const next = SORTS.find((key) => key === event.currentTarget.value)
              if (next) setSort(next)
            }}
          >
            {SORTS.map((key) => (
              <option key={key} value={key}>
                {t(locale, `panel.overview.sort.${key}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <ul class="plain-list overview-list" aria-labelledby="overview-heading">
        {sorted(canvases, sort, locale).map((entry) => {
          const verdict = canvasVerdict(locale, entry)
          const current = entry.id === activeId
          return (
            <li key={entry.id}>
              <button
                type="button"
                class={current ? 'overview-row is-selected' : 'overview-row'}
                aria-current={current ? 'true' : undefined}
                title={t(locale, 'panel.overview.open')}
                onClick={() => onOpen(entry.id)}
              >
                <span class="overview-name">
                  <span class="overview-title">{canvasTitle(entry)}</span>
                  <span class="tag" title={t(locale, `panel.overview.locale.${entry.locale}`)}>
                    {entry.locale.toUpperCase()}
                  </span>
                </span>
                <span class={`overview-verdict band-${verdict.band ?? 'none'}`}>
                  <span class="band-dot" aria-hidden="true" />
                  {verdict.text}
                  {verdict.band !== null && entry.backed !== undefined && (
                    <span class="overview-backed"> · {t(locale, 'ev.overview.backed', { value: entry.backed })}</span>
                  )}
                </span>
                {verdict.band !== null && (
                  <span class="overview-coverage">
                    {CUSTOMER_ZONES.map((zone) => (
                      <span key={zone} class={entry.emptyZones.includes(zone) ? 'is-empty' : undefined}>
                        {tKey(locale, `zone.short.${zone}`)}{' '}
                        {entry.emptyZones.includes(zone)
                          ? t(locale, 'panel.overview.emptyZone')
                          : t(locale, 'panel.fit.percent', { value: entry.coverage[zone] })}
                      </span>
                    ))}
                  </span>
                )}
                <span class="overview-meta">
                  {t(locale, entry.votes === 1 ? 'panel.overview.vote' : 'panel.overview.votes', {
                    count: entry.votes
                  })}
                  {' · '}
                  {checkedText(locale, entry.checkedAt, now)}
                </span>
              </button>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
