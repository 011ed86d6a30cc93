/**
 * PanelState fixtures: one filled canvas ("night-shift nurses × shift planner") and variations of it,
 * built the way main builds them, so each panel state can be rendered without a bridge.
 */
import type { ActiveCanvas, CanvasListEntry, PanelState } from '../../contract/messages'
import type {
  CanvasAnalysis,
  ChecklistResult,
  FitBand,
  FitReport,
  Locale,
  ReportItem,
  ZoneKey
} from '../../src/core/types'
import { ZONE_KEYS } from '../../src/core/types'
import { questionsFor } from '../../src/i18n/questions'
import { canvasViewOf, listsOf } from '../../src/panel/canvas-view'
import { EVERY_LIST } from '../panel/every-list'
import type { ItemView } from '../../contract/messages'

export const XSS = '<img src=x onerror=alert(1)>'

export function item(id: string, text: string, rank: number, weight = 1, votes = 0): ReportItem {
  return { id, text, rank, weight, votes }
}

export function bandOf(score: number): FitBand {
  return score < 50 ? 'weak' : score <= 70 ? 'target' : 'strong'
}

/** The report of the base canvas; `score` changes the fit figure and band only. */
export function report(canvasId = 'c1', score = 62): FitReport {
  const zones: Record<ZoneKey, ReportItem[]> = {
    jobs: [
      item('j1', '1. Plan the week of shifts', 1, 3),
      item('j2', 'Swap a shift fast', 2, 2),
      item('j3', 'Feel rested', 3, 1)
    ],
    pains: [item('p1', 'Last-minute changes', 1, 3, 2), item('p2', 'Paper rota gets lost', 2, 1, 0)],
    gains: [item('g1', 'Predictable weekends', 1, 2), item('g2', 'Fair share of night shifts', 2, 1)],
    products: [item('pr1', 'Mobile app', 1, 1)],
    painRelievers: [
      item('r1', 'Push alert on every change', 1, 2),
      item('r2', 'Rota saved in the cloud', 2, 1)
    ],
    gainCreators: [item('gc1', 'Weekend planner', 1, 2), item('gc2', 'Badges for swaps', 2, 1)]
  }
  return {
    schema: 'vpcfit/2',
    canvas: { id: canvasId, segment: 'Night-shift nurses', product: 'Shift planner', locale: 'en' },
    zones,
    unplaced: [item('u1', 'Coffee machine idea', 1)],
    links: [
      { from: 'r1', to: 'p1', kind: 'relieves' },
      { from: 'pr1', to: 'j1', kind: 'serves' },
      { from: 'gc1', to: 'g1', kind: 'creates' },
      { from: 'r2', to: 'g2', kind: 'invalid' }
    ],
    fit: {
      score,
      band: bandOf(score),
      coverage: { jobs: 50, pains: 75, gains: 67 },
      // Deliberately not in rank order: the panel orders them.
      unaddressed: ['j3', 'p2', 'j2', 'g2'],
      orphans: ['r2', 'gc2']
    },
    evidence: { items: {}, fit: { score: 0, band: 'weak' }, tests: [] },
    checkedAt: '2025-05-01T10:00:00.000Z'
  }
}

export function analysis(canvasId = 'c1', score = 62): CanvasAnalysis {
  return { report: report(canvasId, score), damaged: [], emptyZones: [] }
}

export function checklist(overrides: Partial<Record<string, boolean>> = {}): ChecklistResult[] {
  const manual = (key: string, group: ChecklistResult['group']): ChecklistResult => ({
    key,
    group,
    auto: false,
    done: overrides[key] ?? false,
    detail: null
  })
  return [
    manual('cp.concrete', 'customerProfile'),
    {
      key: 'cp.ranked',
      group: 'customerProfile',
      auto: true,
      done: true,
      detail: { key: 'checklist.detail.cp.ranked', params: { ranked: 3, total: 3 } }
    },
    {
      key: 'vm.relieversTied',
      group: 'valueMap',
      auto: true,
      done: false,
      detail: { key: 'checklist.detail.vm.relieversTied', params: { tied: 1, total: 2 } }
    },
    manual('vm.focus', 'valueMap'),
    {
      key: 'fit.problemSolution',
      group: 'fit',
      auto: true,
      done: true,
      detail: { key: 'checklist.detail.fit.problemSolution', params: { score: 62 } }
    },
    manual('fit.businessModel', 'fit')
  ]
}

export { EVERY_LIST }

/**
 * The open canvas as main sends it for `analysis` (its view, every list windowed, the analysis itself): tests edit
 * `analysis` and the harness derives the rest again (`sentState`), as main would from that analysis.
 */
export function activeOf(
  analysis: CanvasAnalysis,
  rest: Omit<ActiveCanvas, 'analysis' | 'view' | 'lists' | 'itemView'>,
  selected: readonly string[] = [],
  itemView: ItemView = EVERY_LIST
): ActiveCanvas {
  const named = (rest.riskiest ?? []).map((entry) => entry.id)
  for (const test of analysis.report.evidence.tests) named.push(test.itemId)
  const active: ActiveCanvas = {
    ...rest,
    view: canvasViewOf(analysis, named),
    lists: listsOf(analysis, itemView, selected),
    itemView
  }
  if (itemView.full) active.analysis = analysis
  return active
}

export function active(canvasId = 'c1', score = 62): ActiveCanvas {
  return activeOf(analysis(canvasId, score), { canvasId, checklist: checklist(), rejected: [] })
}

/**
 * `state` as main sends it: the open canvas's view and lists derived from its `analysis` as it stands (tests edit
 * the analysis in place), from a copy, so what was derived before is not taken for it.
 */
export function sentState(state: PanelState): PanelState {
  const open = state.active
  if (!open?.analysis) return state
  const { analysis: edited, view: _view, lists: _lists, itemView: _itemView, ...rest } = open
  return { ...state, active: activeOf(structuredClone(edited), rest, state.selection.nodeIds) }
}

export function entry(
  id: string,
  segment: string,
  product: string,
  score = 62,
  more: Partial<CanvasListEntry> = {}
): CanvasListEntry {
  return {
    id,
    name: `Value Proposition Canvas · ${segment} · ${product}`,
    segment,
    product,
    locale: 'en',
    damaged: [],
    score,
    band: bandOf(score),
    coverage: { jobs: 50, pains: 75, gains: 67 },
    emptyZones: [],
    customerItems: 7,
    votes: 2,
    checkedAt: null,
    fitCard: 'on',
    ...more
  }
}

/** Every zone's guiding questions in `locale`, as main sends them. */
export function questionsByZone(locale: Locale): Record<ZoneKey, string[]> {
  const questions = {} as Record<ZoneKey, string[]>
  for (const zone of ZONE_KEYS) questions[zone] = questionsFor(locale, zone)
  return questions
}

const UPDATED_AT = '2025-05-01T10:00:00.000Z'
/** "Now" for the freshness indicator: 30 s after UPDATED_AT. */
export const NOW = Date.parse(UPDATED_AT) + 30_000

/** One canvas on the page, active, nothing selected. */
export function oneCanvas(overrides: Partial<PanelState> = {}): PanelState {
  return {
    version: 1,
    inFigJam: true,
    locale: 'en',
    canvases: [entry('c1', 'Night-shift nurses', 'Shift planner')],
    active: active(),
    selection: { canvasId: null, zone: null, nodeIds: [] },
    hasBmc: false,
    updatedAt: UPDATED_AT,
    questions: questionsByZone(overrides.locale ?? 'en'),
    ...overrides
  }
}

export function emptyBoard(): PanelState {
  return oneCanvas({ canvases: [], active: null })
}

export function notInFigJam(): PanelState {
  return oneCanvas({ inFigJam: false, canvases: [], active: null })
}

/** Three canvases (segment × offer); `activeId` is the one main made active. */
export function severalCanvases(activeId = 'c1'): PanelState {
  const scores: Record<string, number> = { c1: 62, c2: 35, c3: 80 }
  return oneCanvas({
    canvases: [
      entry('c1', 'Night-shift nurses', 'Shift planner', 62),
      entry('c2', 'Ward managers', 'Shift planner', 35),
      entry('c3', 'Night-shift nurses', 'Meal service', 80)
    ],
    active: active(activeId, scores[activeId] ?? 62)
  })
}

export function withScore(score: number): PanelState {
  return oneCanvas({
    canvases: [entry('c1', 'Night-shift nurses', 'Shift planner', score)],
    active: active('c1', score)
  })
}

export function damagedCanvas(): PanelState {
  const base = active()
  return oneCanvas({
    canvases: [{ ...entry('c1', 'Night-shift nurses', 'Shift planner'), damaged: ['customerProfile'] }],
    active: { ...base, analysis: { ...base.analysis!, damaged: ['customerProfile'] } }
  })
}

export function withChecklist(ticks: Partial<Record<string, boolean>>): PanelState {
  return oneCanvas({ active: { ...active(), checklist: checklist(ticks) } })
}

/** A state whose sticky texts carry an HTML payload. */
export function withHostileText(): PanelState {
  const base = active()
  const hostile = report()
  hostile.zones.jobs = hostile.zones.jobs.map((entry) =>
    entry.id === 'j2' ? { ...entry, text: XSS } : entry
  )
  return oneCanvas({ active: { ...base, analysis: { ...base.analysis!, report: hostile } } })
}
