/**
 * What the panel gets of the open canvas: its analysis without the sticky lists (`CanvasView`), and only the lists
 * the panel says it shows (`VIEW_ITEMS`), each windowed to the stickies on screen. A canvas of 10,000 stickies is
 * most of a megabyte of sticky lists, of which the panel draws a hundred at a time.
 *
 * Everything here is kept per list object: an edit hands over new lists only for what it touched (the incremental
 * analysis keeps the others), so a refresh re-derives the edited zone's window and hands the state patch the same
 * objects for the rest, which it then skips at once.
 */
import type {
  ActiveCanvas,
  CanvasView,
  InvalidLinkView,
  ItemListKey,
  ItemView,
  ItemWindow
} from '../../contract/messages'
import { firstShown } from '../../contract/messages'
import { INVALID_LINKS_SHOWN, LIST_WINDOW } from '../../contract/limits'
import type { CanvasAnalysis, ReportItem, ReportLink, ZoneKey } from '../core/types'
import { CUSTOMER_ZONES, VALUE_ZONES, ZONE_KEYS } from '../core/types'

/**
 * The lists the panel shows when it opens, before it says anything: the zone of a sticky selected on the board
 * (it opens on the Zones tab then), else the Fit tab's lists. The panel's `useItemView` starts from the same rule.
 */
export function defaultItemView(selectedZone: ZoneKey | null): ItemView {
  if (selectedZone) return { lists: [{ key: `zone.${selectedZone}`, shown: LIST_WINDOW }], full: false }
  return { lists: fitTabLists().map((key) => ({ key, shown: firstShown(key) })), full: false }
}

/** The lists the Fit tab shows. */
export function fitTabLists(): ItemListKey[] {
  return [
    ...CUSTOMER_ZONES.map((zone): ItemListKey => `unaddressed.${zone}`),
    ...VALUE_ZONES.map((zone): ItemListKey => `orphans.${zone}`),
    'unplaced'
  ]
}

/** A list in rank order: the list itself when it is (as the analysis ranks zones), once per list object. */
const ranked = new WeakMap<readonly ReportItem[], readonly ReportItem[]>()

function inRankOrder(items: readonly ReportItem[]): readonly ReportItem[] {
  let result = ranked.get(items)
  if (!result) {
    let sorted = true
    for (let i = 1; i < items.length && sorted; i++)
      sorted = (items[i - 1] as ReportItem).rank <= (items[i] as ReportItem).rank
    result = sorted ? items : [...items].sort((a, b) => a.rank - b.rank)
    ranked.set(items, result)
  }
  return result
}

const idSets = new WeakMap<readonly string[], ReadonlySet<string>>()

function setOf(ids: readonly string[]): ReadonlySet<string> {
  let set = idSets.get(ids)
  if (!set) {
    set = new Set(ids)
    idSets.set(ids, set)
  }
  return set
}

/** The items of a zone list whose id is in `ids`, in rank order; once per list and id list. */
const picked = new WeakMap<readonly ReportItem[], { ids: readonly string[]; items: readonly ReportItem[] }>()

function pick(items: readonly ReportItem[], ids: readonly string[]): readonly ReportItem[] {
  const known = picked.get(items)
  if (known && known.ids === ids) return known.items
  const wanted = setOf(ids)
  const result = inRankOrder(items).filter((item) => wanted.has(item.id))
  picked.set(items, { ids, items: result })
  return result
}

/** The stickies of one named list of a report, in rank order (the unplaced ones in the report's order). */
export function listOf(analysis: CanvasAnalysis, key: ItemListKey): readonly ReportItem[] {
  const { zones, unplaced, fit } = analysis.report
  if (key === 'unplaced') return unplaced
  const [kind, zone] = key.split('.') as ['zone' | 'unaddressed' | 'orphans', ZoneKey]
  const items = zones[zone]
  if (kind === 'zone') return inRankOrder(items)
  return pick(items, kind === 'unaddressed' ? fit.unaddressed : fit.orphans)
}

/** Windows by list object: the same list, count and selection give the same window object back. */
const windows = new WeakMap<
  readonly ReportItem[],
  { shown: number; selected: readonly string[]; window: ItemWindow }
>()

/** A list's first `shown` stickies, and any selected sticky further down (at its rank). */
export function windowOf(
  items: readonly ReportItem[],
  shown: number,
  selected: readonly string[]
): ItemWindow {
  const known = windows.get(items)
  if (known && known.shown === shown && known.selected === selected) return known.window
  const end = Math.min(items.length, shown)
  const visible = items.slice(0, end)
  if (selected.length > 0 && end < items.length) {
    const wanted = setOf(selected)
    for (let i = end; i < items.length; i++) {
      const item = items[i] as ReportItem
      if (wanted.has(item.id)) visible.push(item)
    }
  }
  let weight = 0
  for (const item of items) weight += item.weight
  const window: ItemWindow = { total: items.length, shown: end, weight, items: visible }
  windows.set(items, { shown, selected, window })
  return window
}

/** Each list's stickies by id, once per list object. */
const indexes = new WeakMap<readonly ReportItem[], ReadonlyMap<string, ReportItem>>()

function indexOf(items: readonly ReportItem[]): ReadonlyMap<string, ReportItem> {
  let index = indexes.get(items)
  if (!index) {
    const map = new Map<string, ReportItem>()
    for (const item of items) map.set(item.id, item)
    indexes.set(items, map)
    index = map
  }
  return index
}

function locate(
  analysis: CanvasAnalysis,
  id: string
): { item: ReportItem; zone: ZoneKey | null } | undefined {
  const { zones, unplaced } = analysis.report
  for (const zone of ZONE_KEYS) {
    const item = indexOf(zones[zone]).get(id)
    if (item) return { item, zone }
  }
  const item = indexOf(unplaced).get(id)
  return item ? { item, zone: null } : undefined
}

/**
 * Stickies with evidence per zone, from the evidence entries (the few the team set), each found in the zones'
 * indexes: the cost is the evidence's, not the canvas's.
 */
function evidenceByZone(analysis: CanvasAnalysis): CanvasView['zoneEvidence'] {
  const counts = {} as CanvasView['zoneEvidence']
  for (const zone of ZONE_KEYS) counts[zone] = { backed: 0, refuted: 0 }
  const levels = analysis.report.evidence.items
  for (const id of Object.keys(levels)) {
    const level = levels[id]
    const zone = locate(analysis, id)?.zone
    if (!zone) continue
    if (level === 'said' || level === 'did') counts[zone].backed++
    else if (level === 'refuted') counts[zone].refuted++
  }
  return counts
}

/** The links that do not count, named by their ends, once per link list and analysis. */
const invalidOf = new WeakMap<
  readonly ReportLink[],
  { analysis: CanvasAnalysis; shown: InvalidLinkView[]; total: number }
>()

function invalidLinks(analysis: CanvasAnalysis): { shown: InvalidLinkView[]; total: number } {
  const links = analysis.report.links
  const known = invalidOf.get(links)
  if (known && known.analysis === analysis) return known
  const invalid = links.filter((link) => link.kind === 'invalid')
  const shown = invalid.slice(0, INVALID_LINKS_SHOWN).map((link): InvalidLinkView => {
    const from = locate(analysis, link.from)
    const to = locate(analysis, link.to)
    return {
      from: link.from,
      to: link.to,
      fromText: from?.item.text ?? '',
      toText: to?.item.text ?? '',
      fromZone: from?.zone ?? null,
      toZone: to?.zone ?? null
    }
  })
  const result = { analysis, shown, total: invalid.length }
  invalidOf.set(links, result)
  return result
}

/** The canvas without its sticky lists, once per analysis object and set of named stickies. */
const views = new WeakMap<CanvasAnalysis, { named: string; view: CanvasView }>()

/**
 * The open canvas as the panel shows it at once. `named`: the stickies whose text the panel names beside the lists
 * (the riskiest assumptions, the tested items), looked up in the zones.
 */
export function canvasViewOf(analysis: CanvasAnalysis, named: readonly string[]): CanvasView {
  const key = named.join(',')
  const known = views.get(analysis)
  if (known && known.named === key) return known.view
  const { report } = analysis
  const counts = { unplaced: report.unplaced.length } as CanvasView['counts']
  const attention = {} as CanvasView['attention']
  for (const zone of ZONE_KEYS) {
    counts[zone] = report.zones[zone].length
    attention[zone] = 0
  }
  const zoneEvidence = evidenceByZone(analysis)
  for (const zone of CUSTOMER_ZONES) attention[zone] = pick(report.zones[zone], report.fit.unaddressed).length
  for (const zone of VALUE_ZONES) attention[zone] = pick(report.zones[zone], report.fit.orphans).length
  const texts: Record<string, string> = {}
  for (const id of named) {
    const found = locate(analysis, id)
    if (found && found.zone !== null) texts[id] = found.item.text
  }
  const invalid = invalidLinks(analysis)
  const view: CanvasView = {
    canvas: report.canvas,
    fit: { score: report.fit.score, band: report.fit.band, coverage: report.fit.coverage },
    evidence: report.evidence,
    damaged: analysis.damaged,
    emptyZones: analysis.emptyZones,
    counts,
    attention,
    zoneEvidence,
    invalid: invalid.shown,
    invalidTotal: invalid.total,
    texts
  }
  if (analysis.lostZones) view.lostZones = analysis.lostZones
  views.set(analysis, { named: key, view })
  return view
}

/** The windows of the lists `view` names, for the open canvas and the stickies selected on the board. */
export function listsOf(
  analysis: CanvasAnalysis,
  view: ItemView,
  selected: readonly string[]
): ActiveCanvas['lists'] {
  const lists: ActiveCanvas['lists'] = {}
  for (const { key, shown } of view.lists) lists[key] = windowOf(listOf(analysis, key), shown, selected)
  return lists
}
