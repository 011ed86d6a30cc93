import { useEffect, useRef, useState } from 'preact/hooks'
import type { SelectionState } from '../../contract/messages'
import type { ZoneKey } from '../../contract/vocabulary'

export type TabKey = 'overview' | 'fit' | 'zones' | 'checklist' | 'history' | 'more'

export interface SelectionFollow {
  tab: TabKey
  setTab: (tab: TabKey) => void
  openZones: ZoneKey[]
  toggleZone: (zone: ZoneKey) => void
}

/**
 * Follows the board without taking the user anywhere: selecting a sticky opens its zone's questions in the Zones
 * tab, but the panel stays on the tab the user chose (it opens on Zones only when a sticky is selected at start).
 */
export function useSelectionFollow(selection: SelectionState): SelectionFollow {
  const [tab, setTab] = useState<TabKey>(selection.zone ? 'zones' : 'fit')
  const [openZones, setOpenZones] = useState<ZoneKey[]>(selection.zone ? [selection.zone] : [])
  const key = `${selection.canvasId ?? ''}|${selection.zone ?? ''}|${selection.nodeIds.join(',')}`
  const lastKey = useRef(key)

  useEffect(() => {
    if (lastKey.current === key) return
    lastKey.current = key
    const zone = selection.zone
    if (zone) setOpenZones([zone])
  }, [key, selection])

  return {
    tab,
    setTab,
    openZones,
    toggleZone: (zone) =>
      setOpenZones((zones) => (zones.includes(zone) ? zones.filter((z) => z !== zone) : [...zones, zone]))
  }
}
