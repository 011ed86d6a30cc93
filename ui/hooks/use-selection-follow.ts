import { useEffect, useRef, useState } from 'preact/hooks'
import type { SelectionState } from '../../contract/messages'
import type { ZoneKey } from '../../contract/vocabulary'

export type TabKey = 'fit' | 'zones' | 'checklist' | 'more'

export interface SelectionFollow {
  tab: TabKey
  setTab: (tab: TabKey) => void
  openZones: ZoneKey[]
  toggleZone: (zone: ZoneKey) => void
  /** Call before asking main to select a node, so that selection does not pull the panel to Zones. */
  noteOwnFocus: (nodeId: string) => void
}

/**
 * Follows the board: when the user selects a sticky or clicks in a zone, the Zones tab opens that
 * zone's questions. A selection the panel itself caused (clicking an item) opens the zone but keeps the tab.
 */
export function useSelectionFollow(selection: SelectionState): SelectionFollow {
  const [tab, setTab] = useState<TabKey>(selection.zone ? 'zones' : 'fit')
  const [openZones, setOpenZones] = useState<ZoneKey[]>(selection.zone ? [selection.zone] : [])
  const ownFocus = useRef<string | null>(null)
  const key = `${selection.canvasId ?? ''}|${selection.zone ?? ''}|${selection.nodeIds.join(',')}`
  const lastKey = useRef(key)

  useEffect(() => {
    if (lastKey.current === key) return
    lastKey.current = key
    const zone = selection.zone
    if (!zone) return
    setOpenZones([zone])
    const own = selection.nodeIds.length === 1 && selection.nodeIds[0] === ownFocus.current
    if (!own) setTab('zones')
  }, [key, selection])

  return {
    tab,
    setTab,
    openZones,
    toggleZone: (zone) =>
      setOpenZones((zones) => (zones.includes(zone) ? zones.filter((z) => z !== zone) : [...zones, zone])),
    noteOwnFocus: (nodeId) => {
      ownFocus.current = nodeId
    }
  }
}
