/** Plain JSON-able snapshots of the board, for tests: equal boards give equal snapshots. */
import { serialiseRecord, type NodeRecord } from './record'

/** Every live record by id, ids sorted. */
export function serialiseBoard(
  records: ReadonlyMap<string, NodeRecord>
): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {}
  for (const id of [...records.keys()].sort()) out[id] = serialiseRecord(records.get(id) as NodeRecord)
  return out
}
