/**
 * The measured scenarios: full read vs naive, incremental update, insert commands, BMC summary, link suggestions.
 * Each returns plain figures; `run.ts` prints them and checks them against the targets.
 */
import type { FigJamFake } from '../fake'
import { findBmc } from '../src/adapter/bmc/find-bmc'
import { LiveBoard } from '../src/adapter/live-board'
import { takeSnapshot } from '../src/adapter/snapshot'
import { analyzeBoard, analyzeCanvas, assignStickies, reportWithoutTime } from '../src/core/analyze'
import { IncrementalAnalysis } from '../src/core/incremental'
import { DEFAULT_TUNING, evaluateSuggester, linkStructure, suggestLinks } from '../contract/suggest'
import type { Evaluation, LinkStructure, SuggestInput, SuggestItem, SuggestTuning } from '../contract/suggest'
import { CONCEPTS } from '../contract/suggest/lexicon'
import type { CanvasAnalysis, Locale, ZoneKey } from '../src/core/types'
import { CUSTOMER_ZONES, VALUE_ZONES } from '../src/core/types'
import { bmcSummaryAsync } from '../src/commands/bmc-summary-async'
import { insertBmcAsync } from '../src/commands/insert-bmc-async'
import { insertVpcAsync } from '../src/commands/insert-vpc-async'
import { SUGGEST_LABELLED } from '../tests/contract/suggest/fixtures/suggest-labelled'
import {
  SUGGEST_HELD_OUT,
  SUGGEST_HELD_OUT_FIFTH,
  SUGGEST_HELD_OUT_FIRST,
  SUGGEST_HELD_OUT_FOURTH,
  SUGGEST_HELD_OUT_THIRD,
  SUGGEST_PUBLISHED_DEV
} from '../tests/contract/suggest/fixtures/suggest-published'
import type { BuiltBoard } from './boards'
import { pointInZone } from './boards'
import type { ApiUse, Timing } from './measure'
import { apiUse, countOnce, heapMb, median, nowMs, time, watchFontRounds } from './measure'
import { naiveAnalyze } from './naive'

/** Timed runs each side always gets, whatever the time budget says. */
const MIN_RUNS = 3

/** A fixed check time, so every analysis of an unchanged board is identical. */
export const CHECKED_AT = '2025-01-01T00:00:00.000Z'

/** Analyses as comparable text (checkedAt dropped). */
function fingerprint(analyses: CanvasAnalysis[]): string {
  return JSON.stringify(analyses.map((a) => ({ ...a, report: reportWithoutTime(a.report) })))
}

function placedCount(analyses: CanvasAnalysis[]): { placed: number; unplaced: number; links: number } {
  let placed = 0
  let unplaced = 0
  let links = 0
  for (const { report } of analyses) {
    for (const items of Object.values(report.zones)) placed += items.length
    unplaced += report.unplaced.length
    links += report.links.length
  }
  return { placed, unplaced, links }
}

// -- full read vs naive -----------------------------------------------------------------------------------

export interface ReadSide {
  timing: Timing
  use: ApiUse
  readsPerSticky: number
  callsPerSticky: number
}

export interface FullReadResult {
  stickies: number
  canvases: number
  connectors: number
  stamps: number
  placed: number
  unplaced: number
  links: number
  buildMs: number
  ours: ReadSide & { readMedianMs: number; analyzeMedianMs: number }
  naive: ReadSide
  /** naive / ours. */
  timeRatio: number
  readRatio: number
  memory: MemoryResult | null
}

export interface MemoryResult {
  /** Heap in use with the board built, before any read (after GC), MB. */
  boardMb: number
  /** Heap retained by one full read's result (snapshot + analyses), ours, MB. */
  oursRetainedMb: number
  /** The same for the naive baseline (views + analyses), MB. */
  naiveRetainedMb: number
  /** Heap in use after a full read with its result still held (ours), MB. */
  afterOursMb: number
}

function side(timing: Timing, use: ApiUse, stickies: number): ReadSide {
  return { timing, use, readsPerSticky: use.reads / stickies, callsPerSticky: use.calls / stickies }
}

/**
 * Full read + classify + fit on one board, ours (`takeSnapshot` + `analyzeBoard`) against the naive baseline.
 * Runs alternate (ours, naive, ours, ...) so both see the same machine noise. Throws when the two disagree.
 */
export function measureFullRead(
  board: BuiltBoard,
  options: { runs: number; naiveRuns: number; warmups: number; memory: boolean; budgetMs: number }
): FullReadResult {
  const { fake } = board
  const page = figma.currentPage
  const stickies = board.stickyIds.length

  // Decide once each, uncounted by the timing, and check both decide the same.
  const oursOnce = countOnce(fake, () => analyzeBoard(takeSnapshot(page), CHECKED_AT))
  const naiveOnce = countOnce(fake, () => naiveAnalyze(page, CHECKED_AT))
  if (oursOnce.result.length !== board.canvases.length) {
    throw new Error(`bench: ${oursOnce.result.length} analyses for ${board.canvases.length} canvases`)
  }
  if (fingerprint(oursOnce.result) !== fingerprint(naiveOnce.result)) {
    throw new Error(`bench: the naive baseline and the plugin disagree on the ${stickies}-sticky board`)
  }
  const counts = placedCount(oursOnce.result)
  if (counts.placed + counts.unplaced === 0) throw new Error('bench: no sticky was found on any canvas')

  const memory = options.memory ? measureMemory(page) : null

  for (let i = 0; i < options.warmups; i++) {
    analyzeBoard(takeSnapshot(page), CHECKED_AT)
    naiveAnalyze(page, CHECKED_AT)
  }
  const reads: number[] = []
  const analyses: number[] = []
  const totals: number[] = []
  const naiveTotals: number[] = []
  // On a busy machine the timed rounds stop once the board's budget is spent, after at least MIN_RUNS of each.
  const rounds = Math.max(options.runs, options.naiveRuns)
  const startedAt = nowMs()
  for (let i = 0; i < rounds; i++) {
    if (i >= MIN_RUNS && nowMs() - startedAt > options.budgetMs) break
    if (i < options.runs) {
      const t0 = nowMs()
      const snapshot = takeSnapshot(page)
      const t1 = nowMs()
      const result = analyzeBoard(snapshot, CHECKED_AT)
      const t2 = nowMs()
      if (result.length !== board.canvases.length) throw new Error('bench: a timed run lost a canvas')
      reads.push(t1 - t0)
      analyses.push(t2 - t1)
      totals.push(t2 - t0)
    }
    if (i < options.naiveRuns) {
      const t0 = nowMs()
      const result = naiveAnalyze(page, CHECKED_AT)
      naiveTotals.push(nowMs() - t0)
      if (result.length !== board.canvases.length) throw new Error('bench: a timed naive run lost a canvas')
    }
  }
  fake.counter.reset()

  const timing = (samples: number[]): Timing => ({
    medianMs: median(samples),
    minMs: Math.min(...samples),
    maxMs: Math.max(...samples),
    runs: samples.length,
    warmups: options.warmups
  })
  const ours = side(timing(totals), oursOnce.use, stickies)
  const naive = side(timing(naiveTotals), naiveOnce.use, stickies)
  return {
    stickies,
    canvases: board.canvases.length,
    connectors: board.connectors,
    stamps: board.stamps,
    ...counts,
    buildMs: board.buildMs,
    ours: { ...ours, readMedianMs: median(reads), analyzeMedianMs: median(analyses) },
    naive,
    timeRatio: naive.timing.medianMs / ours.timing.medianMs,
    readRatio: naive.use.reads / ours.use.reads,
    memory
  }
}

/** Heap with the board alone, and what one full read's result keeps alive, ours and naive. */
function measureMemory(page: PageNode): MemoryResult {
  const boardMb = heapMb()
  let kept: unknown = analyzeBoard(takeSnapshot(page), CHECKED_AT)
  const afterOursMb = heapMb()
  kept = null
  const base = heapMb()
  kept = naiveAnalyze(page, CHECKED_AT)
  const afterNaive = heapMb()
  if (kept === null) throw new Error('unreachable')
  kept = null
  return { boardMb, oursRetainedMb: afterOursMb - boardMb, naiveRetainedMb: afterNaive - base, afterOursMb }
}

// -- incremental ------------------------------------------------------------------------------------------

export interface IncrementalCase {
  what: string
  /** The full read (takeSnapshot + analyzeBoard) timed interleaved with this case, median ms. */
  fullMedianMs: number
  /** The node-change batch the fake delivered: `type:property,...` per change. */
  batch: string[]
  refresh: string
  /** LiveBoard.apply + IncrementalAnalysis.update (what the panel does), median ms. */
  timing: Timing
  applyMedianMs: number
  /** (apply + analyze) / full read, both medians. */
  fraction: number
  applyFraction: number
  use: ApiUse
  /** The incremental result equals a full read of the changed board. */
  consistent: boolean
  /**
   * What-if, for the suggested fix: LiveBoard.apply + analyzeCanvas of the changed sticky's canvas only (its
   * stickies and connectors picked outside the timing), median ms and fraction of the full read.
   */
  oneCanvasMs: number
  oneCanvasFraction: number
}

export interface IncrementalResult {
  stickies: number
  canvases: number
  fullMedianMs: number
  readAllMs: number
  cases: IncrementalCase[]
  /**
   * The panel's BMC lookup `findBmc(page)` (src/panel/panel-controller.ts): its median time, API reads per run and
   * fraction of the full read, on this board (no BMC yet). Whether it belongs on the live path depends on this.
   */
  panelFindBmc: { medianMs: number; reads: number; calls: number; fraction: number }
}

/**
 * One sticky moves to another zone, then another sticky's text changes, on `board`: each time the batch the fake
 * delivers to `nodechange` is applied to a LiveBoard and the board analysed again, against a full read.
 */
export async function measureIncremental(
  board: BuiltBoard,
  options: { runs: number; warmups: number; fullRuns: number }
): Promise<IncrementalResult> {
  const { fake } = board
  const page = figma.currentPage
  const live = new LiveBoard(page)
  const t0 = nowMs()
  live.readAll()
  const readAllMs = nowMs() - t0
  // What the open panel keeps: every canvas's analysis, updated for the canvases a change touches.
  const incremental = new IncrementalAnalysis()
  incremental.full(live.live(), CHECKED_AT)

  let pending: NodeChange[] = []
  const onChange = (event: NodeChangeEvent): void => {
    pending = pending.concat(event.nodeChanges)
  }
  page.on('nodechange', onChange)

  const canvas = board.canvases[0]
  if (!canvas) throw new Error('bench: the incremental board has no canvas')
  const inCanvas = (aim: string): string => {
    const index = board.aims.findIndex((a, i) => a === aim && i % board.canvases.length === 0)
    const id = board.stickyIds[index]
    if (id === undefined) throw new Error(`bench: no ${aim} sticky on the first canvas`)
    return id
  }

  const cases: IncrementalCase[] = []
  const fullMedians: number[] = []
  const run = async (what: string, edit: () => void): Promise<void> => {
    pending = []
    edit()
    await fake.flush()
    const batch = pending
    if (batch.length === 0) throw new Error(`bench: ${what} delivered no node change`)
    const counted = countOnce(fake, () => live.apply(batch).kind)
    const step = (): CanvasAnalysis[] => incremental.update(live.live(), live.apply(batch), CHECKED_AT)
    const full = (): CanvasAnalysis[] => analyzeBoard(takeSnapshot(page), CHECKED_AT)
    const consistent = fingerprint(step()) === fingerprint(full())
    // The full read it is compared with runs interleaved with it, so both see the same machine noise.
    const fullSamples: number[] = []
    const timing = time(step, {
      ...options,
      check: (r) => {
        assertCount(r, board.canvases.length)
        if (fullSamples.length >= options.fullRuns) return
        const t0 = nowMs()
        assertCount(full(), board.canvases.length)
        fullSamples.push(nowMs() - t0)
      }
    })
    const fullMedianMs = median(fullSamples.slice(options.warmups))
    const applyTiming = time(() => live.apply(batch), options)
    const oneCanvas = time(oneCanvasStep(live, batch, changedId(batch)), options)
    fullMedians.push(fullMedianMs)
    fake.counter.reset()
    cases.push({
      what,
      fullMedianMs,
      batch: batch.map(describeChange),
      refresh: counted.result,
      timing,
      applyMedianMs: applyTiming.medianMs,
      fraction: timing.medianMs / fullMedianMs,
      applyFraction: applyTiming.medianMs / fullMedianMs,
      use: counted.use,
      consistent,
      oneCanvasMs: oneCanvas.medianMs,
      oneCanvasFraction: oneCanvas.medianMs / fullMedianMs
    })
  }

  const mover = inCanvas('jobs')
  const to = pointInZone(canvas, 'pains', () => 0.5)
  await run('one sticky moves (jobs -> pains)', () => fake.user.move(mover, to.x - 120, to.y - 120))
  const typed = inCanvas('gains')
  await run('one sticky text changes', () => fake.user.typeInto(typed, '1. An edited gain, typed during the workshop'))

  page.off('nodechange', onChange)
  const findBmcUse = countOnce(fake, () => findBmc(page)).use
  const findBmcTiming = time(() => findBmc(page), options)
  const fullMedianMs = median(fullMedians)
  return {
    stickies: board.stickyIds.length,
    canvases: board.canvases.length,
    fullMedianMs,
    readAllMs,
    cases,
    panelFindBmc: {
      medianMs: findBmcTiming.medianMs,
      reads: findBmcUse.reads,
      calls: findBmcUse.calls,
      fraction: findBmcTiming.medianMs / fullMedianMs
    }
  }
}

function changedId(batch: readonly NodeChange[]): string {
  const sticky = batch.find((change) => change.node.type === 'STICKY')
  if (!sticky) throw new Error('bench: the batch changed no sticky')
  return sticky.id
}

/** apply + analyzeCanvas of the one canvas holding sticky `id` (the rest of the board taken as unchanged). */
function oneCanvasStep(live: LiveBoard, batch: readonly NodeChange[], id: string): () => CanvasAnalysis {
  live.apply(batch)
  const snapshot = live.snapshot()
  const owner = assignStickies(snapshot.canvases, snapshot.stickies)
  const at = snapshot.stickies.findIndex((sticky) => sticky.id === id)
  const canvasIndex = owner[at] ?? -1
  const canvas = snapshot.canvases[canvasIndex]
  if (!canvas) throw new Error('bench: the changed sticky is on no canvas')
  const stickies = snapshot.stickies.filter((_, i) => owner[i] === canvasIndex)
  const ids = new Set(stickies.map((sticky) => sticky.id))
  const connectors = snapshot.connectors.filter(
    (c) => c.startId !== null && c.endId !== null && ids.has(c.startId) && ids.has(c.endId)
  )
  return () => {
    live.apply(batch)
    return analyzeCanvas(canvas, stickies, connectors, CHECKED_AT)
  }
}

function assertCount(analyses: CanvasAnalysis[], canvases: number): void {
  if (analyses.length !== canvases) throw new Error('bench: an incremental run lost a canvas')
}

function describeChange(change: NodeChange): string {
  const what = `${change.type} ${change.node.type}`
  return change.type === 'PROPERTY_CHANGE' ? `${what} [${change.properties.join(',')}]` : what
}

// -- insert commands and the BMC summary ------------------------------------------------------------------

export interface CommandResult {
  command: string
  /** Where it ran, e.g. 'empty page' or '10,000 stickies / 50 canvases'. */
  board: string
  nodesCreated: number
  fontRounds: number
  fontCalls: number
  undoSteps: number
  use: ApiUse | null
  ms: number
  message: string
}

/** Runs one command once on `fake`, counting nodes, font rounds, undo steps and API use. */
export async function measureCommand(
  fake: FigJamFake,
  name: string,
  board: string,
  command: () => Promise<{ message: string }>
): Promise<CommandResult> {
  await fake.flush()
  const nodesBefore = fake.document.size
  const stepsBefore = fake.undo.steps
  const fonts = watchFontRounds(figma)
  fake.counter.reset()
  const started = nowMs()
  let message: string
  try {
    message = (await command()).message
  } finally {
    fonts.restore()
  }
  const ms = nowMs() - started
  const use = apiUse(fake.counter.snapshot())
  fake.counter.reset()
  await fake.flush()
  return {
    command: name,
    board,
    nodesCreated: fake.document.size - nodesBefore,
    fontRounds: fonts.rounds(),
    fontCalls: fonts.calls(),
    undoSteps: fake.undo.steps - stepsBefore,
    use,
    ms,
    message
  }
}

export function insertVpc(fake: FigJamFake, board: string): Promise<CommandResult> {
  return measureCommand(fake, 'insert VPC', board, () => insertVpcAsync({ segment: 'Busy parents', product: 'Fitness app', locale: 'en' }))
}

export function insertBmc(fake: FigJamFake, board: string): Promise<CommandResult> {
  return measureCommand(fake, 'insert BMC', board, () => insertBmcAsync({ locale: 'en' }))
}

export function bmcSummary(fake: FigJamFake, board: string, canvasId: string | null): Promise<CommandResult> {
  return measureCommand(fake, 'BMC summary', board, () => bmcSummaryAsync({ canvasId, locale: 'en' }))
}

// -- link suggestions ------------------------------------------------------------------------------------

/**
 * The suggester as it was before the meaning layer (issue #22): words only, fixed threshold 0.08, no canvas-level
 * scoring, no generic-word damping. Measured in the same run as the baseline the current suggester must beat.
 */
export const WORDS_ONLY_TUNING: SuggestTuning = {
  threshold: 0.08,
  mutualThreshold: 1,
  matching: false,
  fromBest: 0,
  toBest: 0,
  rescue: 0,
  manyToMany: 0,
  model: null,
  vectors: { ...DEFAULT_TUNING.vectors, conceptWeight: 0, genericWeight: 1 }
}

/**
 * What each part of the suggester adds: F1 on every set with that part turned off, or with a knob that is off by
 * default turned on (measured on the development sets and not kept, see the README).
 */
const ABLATIONS: { name: string; tuning: Partial<SuggestTuning> }[] = [
  { name: 'without the concept lexicon', tuning: { vectors: { ...DEFAULT_TUNING.vectors, conceptWeight: 0 } } },
  { name: 'the hand-set rule instead of the pair model', tuning: { model: null } },
  { name: 'hand-set rule: without canvas-level scoring', tuning: { model: null, fromBest: 0, toBest: 0, mutualThreshold: 1, matching: false } },
  { name: 'hand-set rule: without the mutual-best and matching rule', tuning: { model: null, mutualThreshold: 1 } },
  { name: 'without one-to-one matching (the model without its matched feature)', tuning: { matching: false } },
  { name: 'without generic-word damping', tuning: { vectors: { ...DEFAULT_TUNING.vectors, genericWeight: 1 } } },
  { name: 'without compound parts', tuning: { vectors: { ...DEFAULT_TUNING.vectors, partWeight: 0 } } },
  { name: 'without inner compound parts (sv, da)', tuning: { vectors: { ...DEFAULT_TUNING.vectors, innerPartLength: 0 } } },
  { name: 'hand-set rule: with rescue of unreached customer stickies (0.1)', tuning: { model: null, rescue: 0.1 } },
  { name: 'hand-set rule: with many-to-many best matches (0.5)', tuning: { model: null, manyToMany: 0.5 } }
]

export interface SuggestQuality {
  /** Current suggester. */
  current: Evaluation
  /** WORDS_ONLY_TUNING, same run. */
  wordsOnly: Evaluation
}

export interface SuggestResult {
  valueItems: number
  customerItems: number
  suggestions: number
  timing: Timing
  /** The words-only suggester on the same input, same run. */
  wordsOnlyTiming: Timing
  /** CPU ms per call (median of batches, interleaved with the words-only suggester's). */
  cpuMs: number
  wordsOnlyCpuMs: number
  /** CPU ms per call when every sticky text is new to the suggester's caches (the panel's first look at a canvas). */
  newTextsCpuMs: number
  /** The hand-written set (tests/contract/suggest/fixtures/suggest-labelled.ts), tuned on. */
  evaluation: Evaluation
  labelled: SuggestQuality
  /** The published canvases the method may be developed against (suggest-published.ts, development part). */
  dev: SuggestQuality
  /** Every held-out published canvas (suggest-real.ts and suggest-published.ts, held-out part): only measured. */
  real: SuggestQuality
  /** The held-out canvases as the second session measured them (237 pairs), for figures comparable across sessions. */
  realFirst: SuggestQuality
  /** The held-out canvases as the third session left them (263 pairs). */
  realThird: SuggestQuality
  /** The held-out canvases as the fourth session left them (293 pairs). */
  realFourth: SuggestQuality
  /** The held-out canvases as the fifth session left them (359 pairs). */
  realFifth: SuggestQuality
  ablations: { name: string; labelledF1: number; devF1: number; realF1: number }[]
  /** How many true pairs share a term at all, and how many are in one-to-many links, per set (linkStructure). */
  structure: { labelled: LinkStructure; dev: LinkStructure; real: LinkStructure }
  lexicon: { concepts: number; words: Record<Locale, number> }
  evaluationMs: number
}

/**
 * 200 value-map and 200 customer-profile stickies on one canvas, from the labelled set's English texts (cycled,
 * each repeat with a different extra word, as real boards repeat themes in other words).
 */
export function suggestInput(perSide = 200): SuggestInput {
  const english = SUGGEST_LABELLED.filter((canvas) => canvas.locale === 'en')
  const pool = (zones: readonly ZoneKey[]): SuggestItem[] =>
    english.flatMap((canvas) => canvas.items.filter((item) => zones.includes(item.zone)))
  const extra = ['quickly', 'at home', 'for families', 'every week', 'on the go', 'with friends', 'cheaply', 'online']
  const take = (items: SuggestItem[], prefix: string): SuggestItem[] => {
    if (items.length === 0) throw new Error('bench: the labelled set has no items for a side')
    return Array.from({ length: perSide }, (_, i) => {
      const item = items[i % items.length] as SuggestItem
      const round = Math.floor(i / items.length)
      const text = round === 0 ? item.text : `${item.text} ${extra[(round - 1) % extra.length] ?? ''}`
      return { id: `${prefix}${i}`, zone: item.zone, text }
    })
  }
  const items = take(pool(VALUE_ZONES), 'v').concat(take(pool(CUSTOMER_ZONES), 'c'))
  return { locale: 'en', items, existing: [], rejected: [] }
}

/**
 * CPU time of one call of `work` (process.cpuUsage, user + system), as the median of `batches` batches of `perBatch`
 * calls after `warmups` unmeasured calls. CPU time, unlike wall-clock time, does not grow when the other processes
 * of a loaded machine take the cores; batches average out the clock's coarse ticks and spread GC over the calls.
 */
function cpuMsPerCall(work: () => unknown, options: { batches: number; perBatch: number; warmups: number }): number {
  for (let i = 0; i < options.warmups; i++) work()
  const samples: number[] = []
  for (let b = 0; b < options.batches; b++) {
    const start = process.cpuUsage()
    for (let i = 0; i < options.perBatch; i++) work()
    const used = process.cpuUsage(start)
    samples.push((used.user + used.system) / 1000 / options.perBatch)
  }
  return median(samples)
}

/**
 * `input` with every sticky text new to the suggester's caches (as when the panel first shows a canvas) and the same
 * words: a punctuation mark pattern unique to `variant` is appended to each text. The strings are made flat by a
 * JSON round trip, as the panel receives them through postMessage.
 */
function withNewTexts(input: SuggestInput, variant: number): SuggestInput {
  const mark = variant.toString(2).replace(/0/g, '.').replace(/1/g, ',')
  const items = input.items.map((item) => ({ ...item, text: `${item.text} ${mark}` }))
  return { ...input, items: JSON.parse(JSON.stringify(items)) as SuggestItem[] }
}

export function measureSuggest(options: { runs: number; warmups: number }): SuggestResult {
  const input = suggestInput()
  const suggested = suggestLinks(input)
  const timing = time(() => suggestLinks(input), { ...options, check: (r) => void r.length })
  const wordsOnlyTiming = time(() => suggestLinks(input, WORDS_ONLY_TUNING), {
    ...options,
    check: (r) => void r.length
  })
  // Interleaved, so both see the same machine load.
  const cpuOptions = { batches: 1, perBatch: 10, warmups: 0 }
  const cpuSamples: number[] = []
  const wordsOnlyCpuSamples: number[] = []
  const newTextsCpuSamples: number[] = []
  let variant = 0
  for (let round = 0; round < 15; round++) {
    const fresh = Array.from({ length: cpuOptions.perBatch }, () => withNewTexts(input, ++variant))
    let call = 0
    newTextsCpuSamples.push(cpuMsPerCall(() => suggestLinks(fresh[call++] ?? input), cpuOptions))
    // The new texts may have filled the text cache, which then starts over: one unmeasured call reads the bench
    // canvas's texts again, so neither suggester below pays for that.
    suggestLinks(input)
    cpuSamples.push(cpuMsPerCall(() => suggestLinks(input), cpuOptions))
    wordsOnlyCpuSamples.push(cpuMsPerCall(() => suggestLinks(input, WORDS_ONLY_TUNING), cpuOptions))
  }
  const started = nowMs()
  const evaluation = evaluateSuggester(SUGGEST_LABELLED)
  const evaluationMs = nowMs() - started
  const quality = (set: typeof SUGGEST_LABELLED): SuggestQuality => ({
    current: evaluateSuggester(set),
    wordsOnly: evaluateSuggester(set, WORDS_ONLY_TUNING)
  })
  const words = { en: 0, sv: 0, da: 0 }
  for (const concept of CONCEPTS) {
    for (const locale of ['en', 'sv', 'da'] as const) {
      words[locale] += concept[locale].words.length + concept[locale].opposites.length
    }
  }
  return {
    valueItems: input.items.filter((item) => (VALUE_ZONES as readonly string[]).includes(item.zone)).length,
    customerItems: input.items.filter((item) => (CUSTOMER_ZONES as readonly string[]).includes(item.zone)).length,
    suggestions: suggested.length,
    timing,
    wordsOnlyTiming,
    cpuMs: median(cpuSamples),
    wordsOnlyCpuMs: median(wordsOnlyCpuSamples),
    newTextsCpuMs: median(newTextsCpuSamples),
    evaluation,
    labelled: quality(SUGGEST_LABELLED),
    dev: quality(SUGGEST_PUBLISHED_DEV),
    real: quality(SUGGEST_HELD_OUT),
    realFirst: quality(SUGGEST_HELD_OUT_FIRST),
    realThird: quality(SUGGEST_HELD_OUT_THIRD),
    realFourth: quality(SUGGEST_HELD_OUT_FOURTH),
    realFifth: quality(SUGGEST_HELD_OUT_FIFTH),
    ablations: ABLATIONS.map(({ name, tuning }) => ({
      name,
      labelledF1: evaluateSuggester(SUGGEST_LABELLED, tuning).overall.f1,
      devF1: evaluateSuggester(SUGGEST_PUBLISHED_DEV, tuning).overall.f1,
      realF1: evaluateSuggester(SUGGEST_HELD_OUT, tuning).overall.f1
    })),
    structure: {
      labelled: linkStructure(SUGGEST_LABELLED),
      dev: linkStructure(SUGGEST_PUBLISHED_DEV),
      real: linkStructure(SUGGEST_HELD_OUT)
    },
    lexicon: { concepts: CONCEPTS.length, words },
    evaluationMs
  }
}
