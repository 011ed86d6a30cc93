import { useEffect, useRef } from 'preact/hooks'
import type { ItemWindow } from '../../contract/messages'
import { keepLastWordsTogether } from '../../contract/i18n/keep-last-words'
import type { Locale, ZoneKey } from '../../contract/vocabulary'
import { t, tKey } from '../text'
import { ItemList } from './item-list'
import type { EvidenceLevels } from './evidence-parts'
import { ZoneEvidence, ZoneEvidenceEditor } from './evidence-parts'
import type { Requests } from '../hooks/use-requests'

export interface ZoneSectionProps {
  locale: Locale
  zone: ZoneKey
  /** The zone's guiding questions, in the panel's language (from main). */
  questions: string[]
  /** Stickies in the zone. */
  count: number
  /** The zone's stickies in rank order as main windowed them, while the zone is open (absent until they come). */
  window: ItemWindow | undefined
  /** Asks main for the next stickies of the zone. */
  onMore: () => void
  /** The zone's stickies with evidence. */
  zoneEvidence: { backed: number; refuted: number }
  open: boolean
  /** The user's selection on the board is in this zone. */
  selectedOnBoard: boolean
  selectedIds: string[]
  onToggle: () => void
  onFocus: (nodeId: string) => void
  /** Each item's evidence (the report's `evidence.items`). */
  evidence?: EvidenceLevels
  /** With both, each item's evidence can be set here (not only the riskiest five in the Fit tab). */
  canvasId?: string
  requests?: Requests
}

/** One zone as a disclosure: its guiding questions and its stickies with rank, weight and votes. */
export function ZoneSection(props: ZoneSectionProps) {
  const {
    locale,
    zone,
    questions,
    count,
    window,
    onMore,
    zoneEvidence,
    open,
    selectedOnBoard,
    selectedIds,
    onToggle,
    onFocus,
    evidence,
    canvasId,
    requests
  } = props
  const root = useRef<HTMLDivElement>(null)
  const bodyId = `zone-body-${zone}`

  useEffect(() => {
    // Bring the zone the board points at into view inside the panel.
    if (selectedOnBoard && open) root.current?.scrollIntoView?.({ block: 'nearest' })
  }, [selectedOnBoard, open])

  return (
    <div ref={root} class={selectedOnBoard ? 'zone is-selected' : 'zone'}>
      <h3>
        <button
          type="button"
          class="zone-toggle"
          aria-expanded={open ? 'true' : 'false'}
          aria-controls={bodyId}
          onClick={onToggle}
        >
          <span class="chevron" aria-hidden="true">
            {open ? '▾' : '▸'}
          </span>
          <span class="zone-name">{tKey(locale, `zone.${zone}`)}</span>
          <span class="zone-count">{t(locale, 'panel.zones.count', { count })}</span>
          {selectedOnBoard && <span class="tag">{t(locale, 'panel.zones.selected')}</span>}
        </button>
      </h3>
      {open && (
        <div id={bodyId} class="zone-body">
          <h4>{t(locale, 'panel.zones.questions')}</h4>
          <ul class="questions">
            {questions.map((question) => (
              <li key={question}>{keepLastWordsTogether(question)}</li>
            ))}
          </ul>
          <h4>{t(locale, 'panel.zones.stickies')}</h4>
          {count === 0 ? (
            <p class="hint">{t(locale, 'panel.zones.none')}</p>
          ) : (
            <>
              <ZoneEvidence locale={locale} count={count} {...zoneEvidence} />
              {window ? (
                <>
                  <ItemList
                    locale={locale}
                    items={window.items}
                    selectedIds={selectedIds}
                    onFocus={onFocus}
                    showMeta
                    evidence={evidence}
                    more={{ total: window.total, weight: window.weight, onMore }}
                  />
                  {canvasId && requests && (
                    <ZoneEvidenceEditor
                      locale={locale}
                      zone={zone}
                      canvasId={canvasId}
                      items={window.items}
                      total={window.total}
                      onMore={onMore}
                      levels={evidence}
                      requests={requests}
                    />
                  )}
                </>
              ) : (
                <p class="hint">{t(locale, 'panel.loadingList')}</p>
              )}
            </>
          )}
        </div>
      )}
    </div>
  )
}
