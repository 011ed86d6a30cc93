/**
 * The riskiest list for a live panel: computed again only when something it depends on changed. A typed sticky
 * gives a new report every refresh, but the list reads only each item's id, rank and weight, the links, the
 * evidence levels and the test cards' items and statuses; comparing those is linear and cheap, ranking again is a
 * sort of every unbacked item (10-90 ms on one 10,000-sticky canvas). An unchanged list keeps its object, so the
 * panel's state patch skips it by identity.
 */
import type { FitReport, RiskEntry } from '../types'
import { ZONE_KEYS } from '../types'
import { riskiestAssumptions } from './riskiest'

type RiskInputs = Pick<FitReport, 'zones' | 'links' | 'evidence'>

/** Whether two reports give the same riskiest list: everything `riskiestAssumptions` reads is equal. */
export function sameRiskInputs(a: RiskInputs, b: RiskInputs): boolean {
  for (const zone of ZONE_KEYS) {
    const x = a.zones[zone]
    const y = b.zones[zone]
    if (x === y) continue
    if (x.length !== y.length) return false
    for (let i = 0; i < x.length; i++) {
      const p = x[i]
      const q = y[i]
      if (!p || !q || p.id !== q.id || p.rank !== q.rank || p.weight !== q.weight) return false
    }
  }
  if (a.links !== b.links) {
    if (a.links.length !== b.links.length) return false
    for (let i = 0; i < a.links.length; i++) {
      const p = a.links[i]
      const q = b.links[i]
      if (!p || !q || p.from !== q.from || p.to !== q.to || p.kind !== q.kind) return false
    }
  }
  const levels = a.evidence.items
  const others = b.evidence.items
  if (levels !== others) {
    const keys = Object.keys(levels)
    if (keys.length !== Object.keys(others).length) return false
    for (const key of keys) if (levels[key] !== others[key]) return false
  }
  const tests = a.evidence.tests
  const otherTests = b.evidence.tests
  if (tests !== otherTests) {
    if (tests.length !== otherTests.length) return false
    for (let i = 0; i < tests.length; i++) {
      const p = tests[i]
      const q = otherTests[i]
      if (!p || !q || p.id !== q.id || p.itemId !== q.itemId || p.status !== q.status) return false
    }
  }
  return true
}

/**
 * The first `limit` of the riskiest list of `report` (what the panel shows): `previous.list` itself when it was
 * computed with the same limit from a report with the same inputs.
 */
export function riskiestFollowing(
  previous: { report: RiskInputs; list: RiskEntry[]; limit: number } | null,
  report: RiskInputs,
  limit: number
): RiskEntry[] {
  if (previous && previous.limit === limit && sameRiskInputs(previous.report, report)) return previous.list
  return riskiestAssumptions(report, limit)
}

/** The last list per canvas and limit (what the live refresh asks for again and again). */
const lastLists = new Map<string, { report: RiskInputs; list: RiskEntry[]; limit: number }>()
/** Canvases remembered at most (a board has far fewer; past this the memory starts again). */
const REMEMBERED = 1000

/**
 * The first `limit` riskiest assumptions of a canvas's report, remembered per canvas: the same list as last time
 * when nothing it reads changed (the panel's refresh and the checklist ask on every edit).
 */
export function riskiestOfCanvas(report: RiskInputs & Pick<FitReport, 'canvas'>, limit: number): RiskEntry[] {
  const key = `${report.canvas.id}\u0000${limit}`
  const list = riskiestFollowing(lastLists.get(key) ?? null, report, limit)
  if (lastLists.size >= REMEMBERED && !lastLists.has(key)) lastLists.clear()
  lastLists.set(key, { report, list, limit })
  return list
}
