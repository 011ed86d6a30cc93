/**
 * The canvas checklist: which items the board decides, and their verdicts. The texts live in the catalog under
 * `checklist.item.<key>` and `checklist.detail.<key>`.
 */
import { RISKIEST_SHOWN } from '../../contract/limits'
import { riskiestOfCanvas } from './evidence/riskiest-follow'
import { levelOf } from './evidence/evidence-levels'
import { linkedIds } from './links'
import { memoByIdentity, memoByIdentity2 } from './memo'
import { rankMarkerOf } from './ranking'
import { CUSTOMER_ZONES, isSupported } from './types'
import type { CanvasAnalysis, ChecklistGroup, ChecklistResult, ReportItem } from './types'

/** One checklist item: its stable key, its group, and whether the board decides it. */
export interface ChecklistItem {
  key: string
  group: ChecklistGroup
  auto: boolean
}

/** Every checklist item, in display order. */
export const CHECKLIST_KEYS: readonly ChecklistItem[] = [
  { key: 'cp.socialEmotionalJobs', group: 'customerProfile', auto: false },
  { key: 'cp.concrete', group: 'customerProfile', auto: false },
  { key: 'cp.ranked', group: 'customerProfile', auto: true },
  { key: 'cp.evidence', group: 'customerProfile', auto: true },
  { key: 'cp.enoughItems', group: 'customerProfile', auto: true },
  { key: 'vm.productsListed', group: 'valueMap', auto: true },
  { key: 'vm.relieversTied', group: 'valueMap', auto: true },
  { key: 'vm.creatorsTied', group: 'valueMap', auto: true },
  { key: 'vm.topAddressed', group: 'valueMap', auto: true },
  { key: 'vm.focus', group: 'valueMap', auto: false },
  { key: 'vm.emotionalSocial', group: 'valueMap', auto: false },
  { key: 'vm.successMeasures', group: 'valueMap', auto: false },
  { key: 'vm.hardToCopy', group: 'valueMap', auto: false },
  { key: 'vm.businessModel', group: 'valueMap', auto: false },
  { key: 'fit.problemSolution', group: 'fit', auto: true },
  { key: 'fit.productMarket', group: 'fit', auto: true },
  { key: 'fit.businessModel', group: 'fit', auto: false },
  { key: 'fit.hypotheses', group: 'fit', auto: true }
]

/** How many stickies each customer zone needs for `cp.enoughItems`. */
export const ENOUGH_ITEMS = 3

/** How many top items of a zone must carry rank markers for `cp.ranked` (all of them in a smaller zone). */
export const RANKED_TOP = 3

/** The fit score `fit.problemSolution` asks for: the bottom of the target band. */
export const PROBLEM_SOLUTION_SCORE = 50

/** The fit backed by evidence `fit.productMarket` asks for: the same bottom of the target band. */
export const PRODUCT_MARKET_SCORE = 50

/** The share of the customer profile's weight customers must back for `cp.evidence`. */
export const PROFILE_EVIDENCE_SHARE = 50

/** How many of the riskiest assumptions must have a test card for `fit.hypotheses`. */
export const HYPOTHESES_TOP = 3

interface Verdict {
  done: boolean
  params: Record<string, string | number>
}

/**
 * Whether a zone is ranked: one of its stickies has a stamp, or its top `RANKED_TOP` items (all, when it has
 * fewer) carry rank markers. Markers sort first, so this is "at least that many markers".
 */
export function zoneIsRanked(items: readonly ReportItem[]): boolean {
  if (items.some((item) => item.votes > 0)) return true
  const marked = items.filter((item) => rankMarkerOf(item.text) !== null).length
  return marked >= Math.min(RANKED_TOP, items.length)
}

// A live refresh hands over the same lists for the zones an edit did not touch: their verdicts are kept.
const rankedZone = memoByIdentity(zoneIsRanked)
const linkedOf = memoByIdentity(linkedIds)

/** How many of `items` a valid link touches. */
const countTied = memoByIdentity2(
  (items: readonly ReportItem[], linked: ReadonlySet<string>): number =>
    items.filter((item) => linked.has(item.id)).length
)

/** The board's verdict on each automatic item. */
function autoVerdicts(analysis: CanvasAnalysis): Record<string, Verdict> {
  const { zones, links, fit } = analysis.report
  const linked = linkedOf(links)

  const nonEmpty = CUSTOMER_ZONES.filter((zone) => zones[zone].length > 0)
  const ranked = nonEmpty.filter((zone) => rankedZone(zones[zone])).length

  const relievers = zones.painRelievers.length
  const relieversTied = countTied(zones.painRelievers, linked)
  const creators = zones.gainCreators.length
  const creatorsTied = countTied(zones.gainCreators, linked)

  const tops = [zones.pains[0], zones.gains[0]].filter((item): item is ReportItem => item !== undefined)
  const topsAddressed = tops.filter((item) => linked.has(item.id)).length

  return {
    'cp.ranked': {
      done: nonEmpty.length > 0 && ranked === nonEmpty.length,
      params: { ranked, total: nonEmpty.length }
    },
    'cp.enoughItems': {
      done: CUSTOMER_ZONES.every((zone) => zones[zone].length >= ENOUGH_ITEMS),
      params: { jobs: zones.jobs.length, pains: zones.pains.length, gains: zones.gains.length }
    },
    'vm.productsListed': { done: zones.products.length >= 1, params: { count: zones.products.length } },
    'vm.relieversTied': {
      done: relievers > 0 && relieversTied === relievers,
      params: { tied: relieversTied, total: relievers }
    },
    'vm.creatorsTied': {
      done: creators > 0 && creatorsTied === creators,
      params: { tied: creatorsTied, total: creators }
    },
    'vm.topAddressed': {
      done: tops.length > 0 && topsAddressed === tops.length,
      params: { addressed: topsAddressed, total: tops.length }
    },
    'fit.problemSolution': { done: fit.score >= PROBLEM_SOLUTION_SCORE, params: { score: fit.score } },
    ...evidenceVerdicts(analysis)
  }
}

/**
 * The items evidence decides: the profile is backed when customers back at least `PROFILE_EVIDENCE_SHARE` % of its
 * weight; product–market fit when the fit backed by evidence reaches `PRODUCT_MARKET_SCORE`; the hypotheses are
 * written when each of the `HYPOTHESES_TOP` riskiest assumptions has a test card (and there is a profile to test).
 */
function evidenceVerdicts(analysis: CanvasAnalysis): Record<string, Verdict> {
  const { report } = analysis
  const levels = report.evidence.items
  let total = 0
  let backed = 0
  for (const zone of CUSTOMER_ZONES) {
    for (const item of report.zones[zone]) {
      total += item.weight
      if (isSupported(levelOf(levels, item.id))) backed += item.weight
    }
  }
  const share = total > 0 ? Math.round((100 * backed) / total) : 0
  // The panel's list, cut: one ranking per canvas, not one per length (the order is total, so its first are these).
  const top = riskiestOfCanvas(report, Math.max(RISKIEST_SHOWN, HYPOTHESES_TOP)).slice(0, HYPOTHESES_TOP)
  const tested = top.filter((entry) => entry.testId !== null).length
  const score = report.evidence.fit.score
  return {
    'cp.evidence': { done: total > 0 && share >= PROFILE_EVIDENCE_SHARE, params: { share } },
    'fit.productMarket': { done: score >= PRODUCT_MARKET_SCORE, params: { score } },
    'fit.hypotheses': { done: total > 0 && tested === top.length, params: { tested, total: top.length } }
  }
}

/**
 * The checklist of one canvas, in `CHECKLIST_KEYS` order. Manual items are done when `manualTicks[key] === true`
 * and carry no detail; automatic items are decided by the board and explain themselves with a catalog key and
 * parameters. An automatic item about things that do not exist yet (no relievers, no customer items) is not done.
 */
export function evaluateChecklist(
  analysis: CanvasAnalysis,
  manualTicks: Readonly<Record<string, boolean>>
): ChecklistResult[] {
  const verdicts = autoVerdicts(analysis)
  return CHECKLIST_KEYS.map(({ key, group, auto }) => {
    const verdict = auto ? verdicts[key] : undefined
    if (!verdict) {
      return {
        key,
        group,
        auto,
        done: Object.prototype.hasOwnProperty.call(manualTicks, key) && manualTicks[key] === true,
        detail: null
      }
    }
    return {
      key,
      group,
      auto,
      done: verdict.done,
      detail: { key: `checklist.detail.${key}`, params: verdict.params }
    }
  })
}
