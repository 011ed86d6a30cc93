import type { Locale, ZoneKey } from '../../contract/vocabulary'
import type { CanvasAnalysis, ReportItem } from '../../contract/report'
import { CUSTOMER_ZONES, VALUE_ZONES } from '../../contract/vocabulary'
import { t, tKey } from '../text'
import { indexReport, pickRanked } from '../report-index'
import { CoverageList } from './coverage-list'
import { FitBar } from './fit-bar'
import { ItemList } from './item-list'
import { BackedFit, EvidenceTag, levelOf } from './evidence-parts'

export interface FitViewProps {
  locale: Locale
  analysis: CanvasAnalysis
  selectedIds: string[]
  onFocus: (nodeId: string) => void
  /** Asks main to read the board again now (it also follows edits live). */
  onCheck: () => void
  checking: boolean
}

/** The fit result: score and band, coverage, and every item that needs attention (click to find it). */
export function FitView({ locale, analysis, selectedIds, onFocus, onCheck, checking }: FitViewProps) {
  const { report } = analysis
  // Both are kept per zone list: an edit re-indexes and re-filters only the zone it touched, not every sticky.
  const index = indexReport(report)

  const byZone = (zones: readonly ZoneKey[], ids: string[]): [ZoneKey, ReportItem[]][] =>
    zones
      .map((zone): [ZoneKey, ReportItem[]] => [zone, pickRanked(report.zones[zone], ids)])
      .filter(([, list]) => list.length > 0)
  const unaddressedByZone = byZone(CUSTOMER_ZONES, report.fit.unaddressed)
  const orphansByZone = byZone(VALUE_ZONES, report.fit.orphans)
  const invalid = report.links.filter((link) => link.kind === 'invalid')
  const textOf = (id: string) => index.get(id)?.item.text || t(locale, 'panel.item.empty')
  const zoneNameOf = (id: string) => {
    const zone = index.get(id)?.zone
    return zone ? tKey(locale, `zone.${zone}`) : t(locale, 'panel.fit.unplaced')
  }
  /** An item's text, after its evidence tag when it has one. */
  const tagged = (id: string) => {
    const level = levelOf(report.evidence.items, id)
    return level === 'none' ? (
      textOf(id)
    ) : (
      <>
        <EvidenceTag locale={locale} level={level} /> {textOf(id)}
      </>
    )
  }
  const listProps = { locale, selectedIds, onFocus, evidence: report.evidence.items }
  const customerItems = CUSTOMER_ZONES.reduce((sum, zone) => sum + report.zones[zone].length, 0)

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
        <FitBar locale={locale} score={report.fit.score} band={report.fit.band} />
        <BackedFit locale={locale} evidence={report.evidence} />
      </section>

      <section aria-labelledby="fit-coverage-heading">
        <h2 id="fit-coverage-heading">{t(locale, 'panel.fit.coverage')}</h2>
        <CoverageList locale={locale} coverage={report.fit.coverage} emptyZones={analysis.emptyZones} />
      </section>

      <section aria-labelledby="fit-unaddressed-heading">
        <h2 id="fit-unaddressed-heading">{t(locale, 'panel.fit.unaddressed')}</h2>
        {unaddressedByZone.length === 0 ? (
          <p class="hint">{t(locale, 'panel.fit.allAddressed')}</p>
        ) : (
          unaddressedByZone.map(([zone, list]) => (
            <div key={zone} class="sublist">
              <h3>{tKey(locale, `zone.${zone}`)}</h3>
              <ItemList {...listProps} items={list} />
            </div>
          ))
        )}
      </section>

      {orphansByZone.length > 0 && (
        <section aria-labelledby="fit-orphans-heading">
          <h2 id="fit-orphans-heading">{t(locale, 'panel.fit.orphans')}</h2>
          <p class="hint">{t(locale, 'panel.fit.orphansHint')}</p>
          {orphansByZone.map(([zone, list]) => (
            <div key={zone} class="sublist">
              <h3>{tKey(locale, `zone.${zone}`)}</h3>
              <ItemList {...listProps} items={list} />
            </div>
          ))}
        </section>
      )}

      {invalid.length > 0 && (
        <section aria-labelledby="fit-invalid-heading">
          <h2 id="fit-invalid-heading">{t(locale, 'panel.fit.invalid')}</h2>
          <p class="hint">{t(locale, 'panel.fit.invalidHint')}</p>
          <ul class="plain-list">
            {invalid.map((link) => (
              <li key={`${link.from}>${link.to}`}>
                <button type="button" class="item" onClick={() => onFocus(link.from)}>
                  <span class="item-text">
                    <span class="item-zone">{zoneNameOf(link.from)}</span> {tagged(link.from)}
                    <span aria-hidden="true"> ↔ </span>
                    <span class="sr-only"> {t(locale, 'panel.suggest.and')} </span>
                    <span class="item-zone">{zoneNameOf(link.to)}</span> {tagged(link.to)}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      {report.unplaced.length > 0 && (
        <section aria-labelledby="fit-unplaced-heading">
          <h2 id="fit-unplaced-heading">{t(locale, 'panel.fit.unplaced')}</h2>
          <p class="hint">{t(locale, 'panel.fit.unplacedHint')}</p>
          <ItemList {...listProps} items={report.unplaced} showRank={false} />
        </section>
      )}
    </div>
  )
}
