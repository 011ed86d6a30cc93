import type { Locale } from '../../contract/vocabulary'
import type { ReportItem } from '../../contract/report'
import { t } from '../text'

export interface ItemListProps {
  locale: Locale
  items: ReportItem[]
  selectedIds: string[]
  onFocus: (nodeId: string) => void
  showRank?: boolean
  /** Weight and votes after the text (the Zones view). */
  showMeta?: boolean
}

/** Stickies as buttons: activating one selects the sticky on the board and scrolls to it. */
export function ItemList({
  locale,
  items,
  selectedIds,
  onFocus,
  showRank = true,
  showMeta = false
}: ItemListProps) {
  return (
    <ul class="plain-list">
      {items.map((item) => {
        const selected = selectedIds.includes(item.id)
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
              <span class={item.text ? 'item-text' : 'item-text is-blank'}>
                {item.text || t(locale, 'panel.item.empty')}
              </span>
              {showMeta && (
                <span class="item-meta">
                  {t(locale, 'panel.item.weight', { weight: item.weight })}
                  {' · '}
                  <span aria-hidden="true">🗳 </span>
                  {item.votes}
                  <span class="sr-only"> {t(locale, 'panel.item.votes')}</span>
                </span>
              )}
            </button>
          </li>
        )
      })}
    </ul>
  )
}
