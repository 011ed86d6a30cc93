import { useRef, useState } from 'preact/hooks'
import type { ChecklistResult } from '../../contract/vocabulary'
import type { Requests } from './use-requests'

interface Override {
  checked: boolean
  /** The checklist showing when main confirmed; a newer one from main replaces the override. */
  confirmedOn: ChecklistResult[] | null
}

export interface ManualChecks {
  isChecked: (item: ChecklistResult) => boolean
  toggle: (item: ChecklistResult, checked: boolean) => void
}

/**
 * Manual checklist ticks: sent to main as SET_CHECK and shown at once, then reconciled with main's
 * next STATE (which wins), or rolled back when main answers with an error.
 */
export function useManualChecks(
  canvasId: string,
  checklist: ChecklistResult[],
  requests: Requests
): ManualChecks {
  const [overrides, setOverrides] = useState<Record<string, Override>>({})
  const current = useRef(checklist)
  current.current = checklist

  return {
    isChecked(item) {
      const override = overrides[`${canvasId}:${item.key}`]
      if (!override || (override.confirmedOn && override.confirmedOn !== checklist)) return item.done
      return override.checked
    },
    toggle(item, checked) {
      const id = `${canvasId}:${item.key}`
      setOverrides((all) => ({ ...all, [id]: { checked, confirmedOn: null } }))
      const { done } = requests.run(
        'SET_CHECK',
        { canvasId, itemKey: item.key, checked },
        { tag: `SET_CHECK:${item.key}`, quiet: true }
      )
      void done.then((answer) =>
        setOverrides((all) => {
          const next = { ...all }
          if (!answer.ok) delete next[id]
          else if (next[id]?.checked === checked) next[id] = { checked, confirmedOn: current.current }
          return next
        })
      )
    }
  }
}
