import type { ActiveCanvas, CanvasView, ItemListKey, SelectionState } from '../../contract/messages'
import type { Locale, ZoneKey } from '../../contract/vocabulary'
import { CUSTOMER_ZONES, VALUE_ZONES } from '../../contract/vocabulary'
import { t } from '../text'
import { ZoneSection } from './zone-section'
import type { Requests } from '../hooks/use-requests'

export interface ZonesViewProps {
  locale: Locale
  /** The open canvas without its sticky lists, and the open zones' lists, windowed by main. */
  view: CanvasView
  lists: ActiveCanvas['lists']
  onMore: (key: ItemListKey) => void
  questions: Record<ZoneKey, string[]>
  selection: SelectionState
  openZones: ZoneKey[]
  onToggle: (zone: ZoneKey) => void
  onFocus: (nodeId: string) => void
  /** The canvas shown and the panel's requests: each item's evidence is set from its zone. */
  canvasId?: string
  requests?: Requests
}

/** The six zones, customer profile first; the zone selected on the board is open and marked. */
export function ZonesView({
  locale,
  view,
  lists,
  onMore,
  questions,
  selection,
  openZones,
  onToggle,
  onFocus,
  canvasId,
  requests
}: ZonesViewProps) {
  const sides = [
    { key: 'customerProfile', title: t(locale, 'side.customerProfile'), zones: CUSTOMER_ZONES },
    { key: 'valueMap', title: t(locale, 'side.valueMap'), zones: VALUE_ZONES }
  ] as const
  return (
    <div class="zones-view">
      {sides.map((side) => (
        <section key={side.key} aria-labelledby={`side-${side.key}`}>
          <h2 id={`side-${side.key}`}>{side.title}</h2>
          {side.zones.map((zone) => (
            <ZoneSection
              key={zone}
              locale={locale}
              zone={zone}
              questions={questions[zone]}
              count={view.counts[zone]}
              window={lists[`zone.${zone}`]}
              onMore={() => onMore(`zone.${zone}`)}
              zoneEvidence={view.zoneEvidence[zone]}
              open={openZones.includes(zone)}
              selectedOnBoard={selection.zone === zone}
              selectedIds={selection.nodeIds}
              onToggle={() => onToggle(zone)}
              onFocus={onFocus}
              evidence={view.evidence.items}
              canvasId={canvasId}
              requests={requests}
            />
          ))}
        </section>
      ))}
    </div>
  )
}
