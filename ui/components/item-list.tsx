import { useState } from 'preact/hooks'
import type { Locale, ZoneKey } from '../../contract/vocabulary'
import type { ReportItem } from '../../contract/report'
import { t, tKey } from '../text'
import { textBesideRank } from '../item-text'
import { StampTally } from './stamp-tally'
import { LIST_WINDOW } from '../../contract/limits'
import type { EvidenceLevels } from './evidence-parts'
import { EvidenceTag, levelOf } from './evidence-parts'

/** Items a list shows at first and adds per "show more" (LIST_WINDOW): the DOM a render touches stays bounded on any board. */
export { LIST_WINDOW }

export interface ItemListProps {
  locale: Locale
  items: ReportItem[]
  selectedIds: string[]
  onFocus: (nodeId: string) => void
  showRank?: boolean
  /** Votes and how much the sticky counts in its zone, after the text (the Zones view). */
  showMeta?: boolean
  /** Names each item's zone (lists that mix zones). */
  zoneOf?: (id: string) => ZoneKey | null
  /** Each item's evidence (the report's `evidence.items`): a backed or refuted item carries a tag. */
  evidence?: EvidenceLevels
}

/** What a sticky counts for in its zone's coverage, as a share of the zone's total weight. */
function shareOf(item: ReportItem, items: ReportItem[]): number {
  const total = items.reduce((sum, other) => sum + other.weight, 0)
  return total > 0 ? Math.round((100 * item.weight) / total) : 0
}

/**
 * Stickies as buttons: activating one selects the sticky on the board and scrolls to it. A long list shows its
 * first `LIST_WINDOW` items and a button for the next ones; a sticky selected on the board further down is shown
 * too, so the panel never hides what the user points at.
 */
export function ItemList({
  locale,
  items,
  selectedIds,
  onFocus,
  showRank = true,
  showMeta = false,
  zoneOf,
  evidence
}: ItemListProps) {
  const [shown, setShown] = useState(LIST_WINDOW)
  let end = Math.min(items.length, shown)
  if (selectedIds.length > 0 && end < items.length) {
    const selected = new Set(selectedIds)
    for (let i = items.length - 1; i >= end; i--) {
      if (selected.has((items[i] as ReportItem).id)) {
        end = i + 1
        break
      }
    }
  }
  const rest = items.length - end
  return (
    <>
      <ul class="plain-list">
        {items.slice(0, end).map((item) => {
          const selected = selectedIds.includes(item.id)
          const text = showRank ? textBesideRank(item) : item.text
          const zone = zoneOf ? zoneOf(item.id) : null
          return (
            <li key={item.id}>
              <button
                type="button"
                class={selected ? 'item is-selected' : 'item'}
                aria-current={selected ? 'true' : undefined}
                title={t(locale, 'panel.item.focus')}
                onClick={() => onFocus(item.id)}
              >
                {showRank && <span class="item-rank">{t(locale, 'panel.item.rank', { rank: item.rank })}</span>}
                {zone && <span class="item-zone">{tKey(locale, `zone.${zone}`)}</span>}
                <EvidenceTag locale={locale} level={levelOf(evidence, item.id)} />
                <span class={text ? 'item-text' : 'item-text is-blank'}>{text || t(locale, 'panel.item.empty')}</span>
                {showMeta && (
                  <span class="item-meta">
                    {item.votes > 0 && (
                      <>
                        {t(locale, item.votes === 1 ? 'panel.item.vote' : 'panel.item.votes', { count: item.votes })}
                        {' · '}
                      </>
                    )}
                    {t(locale, 'panel.item.share', { share: shareOf(item, items) })}
                    {item.stamps && <StampTally locale={locale} stamps={item.stamps} />}
                  </span>
                )}
              </button>
            </li>
          )
        })}
      </ul>
      {rest > 0 && (
        <button type="button" class="show-more" onClick={() => setShown(end + LIST_WINDOW)}>
          {t(locale, 'panel.item.showMore', { count: Math.min(rest, LIST_WINDOW), rest })}
        </button>
      )}
    </>
  )
}
