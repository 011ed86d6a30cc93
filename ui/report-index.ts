import type { ZoneKey } from '../contract/vocabulary'
import type { FitReport, ReportItem } from '../contract/report'
import { ZONE_KEYS } from '../contract/vocabulary'

export interface LocatedItem {
  item: ReportItem
  /** null for unplaced stickies. */
  zone: ZoneKey | null
}

/** Finds a sticky of a report by id, with the zone it sits in. */
export interface ReportIndex {
  get(id: string): LocatedItem | undefined
}

/**
 * One list's items by id, built once per list object: a state patch hands over the same list for every zone an
 * edit did not touch (`contract/state-patch.ts`), so after an edit only the edited zone's list is indexed again.
 */
const listIndexes = new WeakMap<readonly ReportItem[], Map<string, ReportItem>>()

/** Lists indexed since the module loaded (tests check that an edit indexes only the list it changed). */
export const indexStats = { lists: 0 }

function listIndex(items: readonly ReportItem[]): Map<string, ReportItem> {
  let index = listIndexes.get(items)
  if (!index) {
    index = new Map()
    for (const item of items) index.set(item.id, item)
    listIndexes.set(items, index)
    indexStats.lists += 1
  }
  return index
}

/** Every sticky of a report by id, with the zone it sits in: a lookup in each zone's index, built once per list. */
export function indexReport(report: FitReport): ReportIndex {
  return {
    get(id) {
      for (const zone of ZONE_KEYS) {
        const item = listIndex(report.zones[zone] ?? []).get(id)
        if (item) return { item, zone }
      }
      const item = listIndex(report.unplaced).get(id)
      return item ? { item, zone: null } : undefined
    }
  }
}

const idSets = new WeakMap<readonly string[], Set<string>>()
const picked = new WeakMap<readonly ReportItem[], { ids: readonly string[]; items: ReportItem[] }>()

/**
 * The items of `items` whose id is in `ids`, in rank order; kept per list and id list, so an edit that changed
 * neither (another zone's sticky typed into) costs nothing here.
 */
export function pickRanked(items: readonly ReportItem[], ids: readonly string[]): ReportItem[] {
  const known = picked.get(items)
  if (known && known.ids === ids) return known.items
  let wanted = idSets.get(ids)
  if (!wanted) {
    wanted = new Set(ids)
    idSets.set(ids, wanted)
  }
  const set = wanted
  const result = byRank(items.filter((item) => set.has(item.id)))
  picked.set(items, { ids, items: result })
  return result
}

/** Items in rank order (lowest rank first) without changing the input. */
export function byRank(items: readonly ReportItem[]): ReportItem[] {
  return [...items].sort((a, b) => a.rank - b.rank)
}
