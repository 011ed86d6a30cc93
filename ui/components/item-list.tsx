import { Component } from 'preact'
import { useMemo, useState } from 'preact/hooks'
import type { EvidenceLevel } from '../../contract/evidence'
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
  /**
   * The list as main windowed it (`ItemWindow`): `items` are what to show, of `total`, and "show more" asks main
   * for the next stickies. Without it the list windows `items` itself.
   */
  more?: { total: number; weight: number; onMore: () => void }
}

/** What a sticky counts for in its zone's coverage, as a share of the zone's total weight. */
function shareOf(item: ReportItem, total: number): number {
  return total > 0 ? Math.round((100 * item.weight) / total) : 0
}

interface RowProps {
  locale: Locale
  item: ReportItem
  selected: boolean
  showRank: boolean
  showMeta: boolean
  /** The item's share of its zone's weight, in per cent (shown with the meta). */
  share: number
  zone: ZoneKey | null
  level: EvidenceLevel
  onFocus: (nodeId: string) => void
}

/**
 * One sticky of a list. It renders again only when what it shows changed: a refresh after one edit hands over the
 * same item objects for the stickies it did not touch (`contract/state-patch.ts` keeps them), so a zone of a
 * thousand stickies redraws one row, not the window.
 */
class ItemRow extends Component<RowProps> {
  override shouldComponentUpdate(next: RowProps): boolean {
    const now = this.props
    // `onFocus` is read when clicked (Preact hands a row its latest props even when it skips the render).
    return (
      next.item !== now.item ||
      next.selected !== now.selected ||
      next.locale !== now.locale ||
      next.share !== now.share ||
      next.zone !== now.zone ||
      next.level !== now.level ||
      next.showRank !== now.showRank ||
      next.showMeta !== now.showMeta
    )
  }

  private focus = () => {
    this.props.onFocus(this.props.item.id)
  }

  render({ locale, item, selected, showRank, showMeta, share, zone, level }: RowProps) {
    const text = showRank ? textBesideRank(item) : item.text
    return (
      <li>
        <button
          type="button"
          class={selected ? 'item is-selected' : 'item'}
          aria-current={selected ? 'true' : undefined}
          title={t(locale, 'panel.item.focus')}
          onClick={this.focus}
        >
          {showRank && <span class="item-rank">{t(locale, 'panel.item.rank', { rank: item.rank })}</span>}
          {zone && <span class="item-zone">{tKey(locale, `zone.${zone}`)}</span>}
          <EvidenceTag locale={locale} level={level} />
          <span class={text ? 'item-text' : 'item-text is-blank'}>{text || t(locale, 'panel.item.empty')}</span>
          {showMeta && (
            <span class="item-meta">
              {item.votes > 0 && (
                <>
                  {t(locale, item.votes === 1 ? 'panel.item.vote' : 'panel.item.votes', { count: item.votes })}
                  {' · '}
                </>
              )}
              {t(locale, 'panel.item.share', { share })}
              {item.stamps && <StampTally locale={locale} stamps={item.stamps} />}
            </span>
          )}
        </button>
      </li>
    )
  }
}

/**
 * Stickies as buttons: activating one selects the sticky on the board and scrolls to it. A long list shows its
 * first `LIST_WINDOW` items and a button for the next ones; a sticky selected on the board further down is shown
 * after them, at its rank, so the panel never hides what the user points at and never draws the hundreds between.
 */
export function ItemList({
  locale,
  items,
  selectedIds,
  onFocus,
  showRank = true,
  showMeta = false,
  zoneOf,
  evidence,
  more
}: ItemListProps) {
  const [shown, setShown] = useState(LIST_WINDOW)
  const summed = useMemo(() => items.reduce((sum, item) => sum + item.weight, 0), [items])
  // A window's shares are of the whole list's weight, which main sends with it.
  const total = more ? more.weight : summed
  const end = more ? items.length : Math.min(items.length, shown)
  const selected = new Set(selectedIds)
  const visible = more ? items : items.slice(0, end)
  if (!more && selected.size > 0) {
    for (let i = end; i < items.length; i++) {
      const item = items[i] as ReportItem
      if (selected.has(item.id)) visible.push(item)
    }
  }
  const length = more ? more.total : items.length
  const rest = length - visible.length
  return (
    <>
      <ul class="plain-list">
        {visible.map((item) => (
          <ItemRow
            key={item.id}
            locale={locale}
            item={item}
            selected={selected.has(item.id)}
            showRank={showRank}
            showMeta={showMeta}
            share={showMeta ? shareOf(item, total) : 0}
            zone={zoneOf ? zoneOf(item.id) : null}
            level={levelOf(evidence, item.id)}
            onFocus={onFocus}
          />
        ))}
      </ul>
      {rest > 0 && (
        <button
          type="button"
          class="show-more"
          onClick={() => (more ? more.onMore() : setShown(end + LIST_WINDOW))}
        >
          {t(locale, 'panel.item.showMore', {
            count: Math.min(more ? rest : items.length - end, LIST_WINDOW),
            rest
          })}
        </button>
      )}
    </>
  )
}
