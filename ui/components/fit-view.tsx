import type { Locale, ZoneKey } from '../../contract/vocabulary'
import type { ActiveCanvas, CanvasView, ItemListKey, ItemWindow } from '../../contract/messages'
import { CUSTOMER_ZONES, VALUE_ZONES } from '../../contract/vocabulary'
import { t, tKey } from '../text'
import { CoverageList } from './coverage-list'
import { FitBar } from './fit-bar'
import { ItemList } from './item-list'
import { BackedFit, EvidenceTag, levelOf } from './evidence-parts'

export interface FitViewProps {
  locale: Locale
  /** The open canvas without its sticky lists. */
  view: CanvasView
  /** The Fit tab's sticky lists, windowed by main (absent until the state carries them). */
  lists: ActiveCanvas['lists']
  onMore: (key: ItemListKey) => void
  selectedIds: string[]
  onFocus: (nodeId: string) => void
  /** Asks main to read the board again now (it also follows edits live). */
  onCheck: () => void
  checking: boolean
}

/** The fit result: score and band, coverage, and every item that needs attention (click to find it). */
export function FitView({
  locale,
  view,
  lists,
  onMore,
  selectedIds,
  onFocus,
  onCheck,
  checking
}: FitViewProps) {
  const analysis = view
  const byZone = (
    zones: readonly ZoneKey[],
    kind: 'unaddressed' | 'orphans'
  ): [ZoneKey, ItemListKey, ItemWindow | undefined][] =>
    zones
      .filter((zone) => view.attention[zone] > 0)
      .map((zone): [ZoneKey, ItemListKey, ItemWindow | undefined] => {
        const key = `${kind}.${zone}` as ItemListKey
        return [zone, key, lists[key]]
      })
  const unaddressedByZone = byZone(CUSTOMER_ZONES, 'unaddressed')
  const orphansByZone = byZone(VALUE_ZONES, 'orphans')
  const zoneName = (zone: ZoneKey | null) =>
    zone ? tKey(locale, `zone.${zone}`) : t(locale, 'panel.fit.unplaced')
  /** An item's text, after its evidence tag when it has one. */
  const tagged = (id: string, text: string) => {
    const shown = text || t(locale, 'panel.item.empty')
    const level = levelOf(view.evidence.items, id)
    return level === 'none' ? (
      shown
    ) : (
      <>
        <EvidenceTag locale={locale} level={level} /> {shown}
      </>
    )
  }
  const listProps = { locale, selectedIds, onFocus, evidence: view.evidence.items }
  const windowed = (key: ItemListKey, window: ItemWindow | undefined, showRank = true) =>
    window ? (
      <ItemList
        {...listProps}
        items={window.items}
        showRank={showRank}
        more={{ total: window.total, weight: window.weight, onMore: () => onMore(key) }}
      />
    ) : (
      <p class="hint">{t(locale, 'panel.loadingList')}</p>
    )
  const customerItems = CUSTOMER_ZONES.reduce((sum, zone) => sum + view.counts[zone], 0)

  if (analysis.damaged.length > 0) {
    // A damaged canvas has no honest score: its stickies read as unplaced. The warning above offers the repair.
    return (
      <div class="fit-view">
        <p class="hint">{t(locale, 'panel.fit.damagedHint')}</p>
      </div>
    )
  }

  if (customerItems === 0) {
    return (
      <div class="fit-view">
        <section aria-labelledby="fit-start-heading">
          <h2 id="fit-start-heading">{t(locale, 'panel.fit.startHeading')}</h2>
          <p>{t(locale, 'panel.fit.startJobs')}</p>
          <p class="hint">{t(locale, 'panel.fit.startThen')}</p>
        </section>
      </div>
    )
  }

  return (
    <div class="fit-view">
      <section aria-labelledby="fit-score-heading">
        <div class="section-head">
          <h2 id="fit-score-heading">{t(locale, 'panel.fit.heading')}</h2>
          <button
            type="button"
            class="button-small"
            aria-busy={checking ? 'true' : undefined}
            onClick={() => {
              if (!checking) onCheck()
            }}
          >
            {t(locale, 'panel.checkNow')}
          </button>
        </div>
        <FitBar locale={locale} score={view.fit.score} band={view.fit.band} />
        <BackedFit locale={locale} evidence={view.evidence} />
      </section>

      <section aria-labelledby="fit-coverage-heading">
        <h2 id="fit-coverage-heading">{t(locale, 'panel.fit.coverage')}</h2>
        <CoverageList locale={locale} coverage={view.fit.coverage} emptyZones={analysis.emptyZones} />
      </section>

      <section aria-labelledby="fit-unaddressed-heading">
        <h2 id="fit-unaddressed-heading">{t(locale, 'panel.fit.unaddressed')}</h2>
        {unaddressedByZone.length === 0 ? (
          <p class="hint">{t(locale, 'panel.fit.allAddressed')}</p>
        ) : (
          unaddressedByZone.map(([zone, key, window]) => (
            <div key={zone} class="sublist">
              <h3>{tKey(locale, `zone.${zone}`)}</h3>
              {windowed(key, window)}
            </div>
          ))
        )}
      </section>

      {orphansByZone.length > 0 && (
        <section aria-labelledby="fit-orphans-heading">
          <h2 id="fit-orphans-heading">{t(locale, 'panel.fit.orphans')}</h2>
          <p class="hint">{t(locale, 'panel.fit.orphansHint')}</p>
          {orphansByZone.map(([zone, key, window]) => (
            <div key={zone} class="sublist">
              <h3>{tKey(locale, `zone.${zone}`)}</h3>
              {windowed(key, window)}
            </div>
          ))}
        </section>
      )}

      {view.invalidTotal > 0 && (
        <section aria-labelledby="fit-invalid-heading">
          <h2 id="fit-invalid-heading">{t(locale, 'panel.fit.invalid')}</h2>
          <p class="hint">{t(locale, 'panel.fit.invalidHint')}</p>
          <ul class="plain-list">
            {view.invalid.map((link) => (
              <li key={`${link.from}>${link.to}`}>
                <button type="button" class="item" onClick={() => onFocus(link.from)}>
                  <span class="item-text">
                    <span class="item-zone">{zoneName(link.fromZone)}</span>{' '}
                    {tagged(link.from, link.fromText)}
                    <span aria-hidden="true"> ↔ </span>
                    <span class="sr-only"> {t(locale, 'panel.suggest.and')} </span>
                    <span class="item-zone">{zoneName(link.toZone)}</span> {tagged(link.to, link.toText)}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      {view.counts.unplaced > 0 && (
        <section aria-labelledby="fit-unplaced-heading">
          <h2 id="fit-unplaced-heading">{t(locale, 'panel.fit.unplaced')}</h2>
          <p class="hint">{t(locale, 'panel.fit.unplacedHint')}</p>
          {windowed('unplaced', lists.unplaced, false)}
        </section>
      )}
    </div>
  )
}
