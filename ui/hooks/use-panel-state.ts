import { useEffect, useState } from 'preact/hooks'
import type { PanelState } from '../../contract/messages'
import type { Bridge } from '../bridge'

/** The latest PanelState from main, or null until the first one arrives. */
export function usePanelState(bridge: Bridge): PanelState | null {
  const [state, setState] = useState<PanelState | null>(() => bridge.lastState())
  useEffect(() => {
    // A STATE may have arrived between the first render and this subscription.
    setState(bridge.lastState())
    return bridge.on('STATE', setState)
  }, [bridge])
  return state
}
