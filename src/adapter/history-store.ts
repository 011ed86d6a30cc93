import type { HistoryKey } from '../../contract/plugin-data-keys'
import type { StorageEntry } from '../core/report-storage'
import type { StoredHistory } from '../core/history/history-storage'
import { readHistory } from '../core/history/history-storage'
import { dataKeysOf, getData, setData } from './plugin-data'

const asKey = (key: string): HistoryKey => key as HistoryKey

/** The history stored on a canvas's node (see `history-storage.ts`): its own versions, and what is stale. */
export function readNodeHistory(node: BaseNode): StoredHistory {
  const keys = dataKeysOf(node).filter((key) => key.startsWith('history.'))
  return readHistory(keys, (key) => getData(node, asKey(key)), node.id)
}

/** Writes planned history entries ('' deletes). */
export function writeNodeHistory(node: BaseNode, entries: readonly StorageEntry[]): void {
  for (const entry of entries) setData(node, asKey(entry.key), entry.value)
}
