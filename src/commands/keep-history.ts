import { readNodeHistory } from '../adapter/history-store'
import { SHARED_NAMESPACE } from '../adapter/plugin-data'
import type { KeptVersion } from '../core/history/keep-version'
import { keepVersion } from '../core/history/keep-version'
import { planHistoryWrite } from '../core/history/history-storage'
import type { StorageEntry } from '../core/report-storage'
import type { FitReport } from '../core/types'

export interface HistoryPlan {
  kept: KeptVersion
  entries: StorageEntry[]
}

/**
 * What keeping a version of `report` writes on the canvas's node: read just before the command writes, so a
 * version a collaborator kept meanwhile is in the history it thins (their entry and ours have different keys).
 */
export function planHistory(node: BaseNode, report: FitReport, name?: string): HistoryPlan {
  const stored = readNodeHistory(node)
  const kept = keepVersion(stored.versions, report, {
    canvas: node.id,
    ...(name === undefined ? {} : { name })
  })
  return { kept, entries: planHistoryWrite(kept, stored, SHARED_NAMESPACE) }
}
