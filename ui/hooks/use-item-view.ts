import { useEffect, useRef, useState } from 'preact/hooks'
import type { ActiveCanvas, ItemListKey, ItemView } from '../../contract/messages'
import { firstShown } from '../../contract/messages'
import { LIST_SHOWN_MAX, LIST_WINDOW } from '../../contract/limits'
import type { ZoneKey } from '../../contract/vocabulary'
import { CUSTOMER_ZONES, VALUE_ZONES } from '../../contract/vocabulary'
import type { Request } from '../bridge'
import type { TabKey } from './use-selection-follow'

export interface ItemViewControl {
  /** Shows the next `LIST_WINDOW` stickies of a list. */
  showMore: (key: ItemListKey) => void
}

const FIT_LISTS: ItemListKey[] = [
  ...CUSTOMER_ZONES.map((zone): ItemListKey => `unaddressed.${zone}`),
  ...VALUE_ZONES.map((zone): ItemListKey => `orphans.${zone}`),
  'unplaced'
]

/** The sticky lists a tab shows: the Fit tab's lists, the open zones, or everything for the link suggestions. */
export function itemViewOf(
  tab: TabKey,
  openZones: readonly ZoneKey[],
  shown: Partial<Record<ItemListKey, number>>
): ItemView {
  const keys: ItemListKey[] =
    tab === 'fit' ? FIT_LISTS : tab === 'zones' ? openZones.map((zone): ItemListKey => `zone.${zone}`) : []
  return { lists: keys.map((key) => ({ key, shown: shown[key] ?? firstShown(key) })), full: tab === 'more' }
}

const keyOf = (view: ItemView): string =>
  `${view.full ? 'full' : ''}|${view.lists.map((list) => `${list.key}:${list.shown}`).join(',')}`

/**
 * Tells main which sticky lists the panel shows (`VIEW_ITEMS`), so it sends only those, windowed: whenever what the
 * panel shows differs from what the state was windowed for (a tab or zone opened, "show more", a new canvas, a
 * full state after a gap). Main follows edits to them by itself.
 */
export function useItemView(
  request: Request,
  active: ActiveCanvas | null,
  tab: TabKey,
  openZones: readonly ZoneKey[]
): ItemViewControl {
  const canvasId = active?.canvasId ?? null
  const [shown, setShown] = useState<{
    canvasId: string | null
    counts: Partial<Record<ItemListKey, number>>
  }>({
    canvasId,
    counts: {}
  })
  // Another canvas starts with the first window of each list again.
  const counts = shown.canvasId === canvasId ? shown.counts : {}
  const view = itemViewOf(tab, openZones, counts)
  const wanted = keyOf(view)
  const held = active ? keyOf(active.itemView) : wanted
  const asked = useRef<string | null>(null)

  useEffect(() => {
    if (!active || wanted === held) {
      asked.current = null
      return
    }
    // Asked once per view: the state that follows carries it (a failed request leaves the lists as they were).
    if (asked.current === wanted) return
    asked.current = wanted
    void request('VIEW_ITEMS', { view }).answer.then((answer) => {
      if (!answer?.ok && asked.current === wanted) asked.current = null
    })
  }, [wanted, held, active, request])

  return {
    showMore: (key) =>
      setShown((before) => {
        const base = before.canvasId === canvasId ? before.counts : {}
        const next = Math.min(LIST_SHOWN_MAX, (base[key] ?? firstShown(key)) + LIST_WINDOW)
        return { canvasId, counts: { ...base, [key]: next } }
      })
  }
}
