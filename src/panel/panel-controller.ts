import type { ActiveCanvas, CanvasListEntry, ItemView, PanelState, SelectionState } from '../../contract/messages'
import { canvasViewOf, defaultItemView, listsOf } from './canvas-view'
import { LiveBoard } from '../adapter/live-board'
import { takeCanvasSnapshot } from '../adapter/canvas-snapshot'
import { adoptedCanvasNodes } from '../adapter/drawn-canvas'
import type { ReadMemo } from '../adapter/snapshot'
import { canvasSectionsOn, newReadMemo } from '../adapter/snapshot'
import { inOnePass } from '../adapter/plugin-data'
import { analyzeBoard } from '../core/analyze'
import { IncrementalAnalysis } from '../core/incremental'
import type { BoardChanges } from '../core/incremental'
import { evaluateChecklist } from '../core/checklist'
import { riskiestOfCanvas } from '../core/evidence/riskiest-follow'
import type { RiskEntry } from '../core/types'
import { nearestCanvas, zoneOfSticky } from '../core/selection'
import { selectedCanvasIds } from '../adapter/selected-canvases'
import type {
  CanvasAnalysis,
  CanvasSnapshot,
  ChecklistResult,
  Locale,
  Rect,
  ReportItem,
  ZoneKey
} from '../core/types'
import { memoByIdentity } from '../core/memo'
import { CUSTOMER_ZONES, ZONE_KEYS } from '../core/types'
import { questionsFor } from '../i18n/questions'
import { BmcWatch } from './bmc-watch'
import { readSelectionDrawing } from '../adapter/drawn-canvas'
import { recognizeDrawing } from '../core/drawn/recognize'
import { postToPanel } from '../messages/router'
import { StateSender } from '../../contract/state-patch'
import { HistoryPanel } from './history-panel'
import { RISKIEST_SHOWN, SELECTION_READ_MAX } from '../../contract/limits'
import { hasEvidence } from '../../contract/report'

/** Every zone's guiding questions in one language. */
function questionsByZone(locale: Locale): Record<ZoneKey, string[]> {
  const questions = {} as Record<ZoneKey, string[]>
  for (const zone of ZONE_KEYS) questions[zone] = questionsFor(locale, zone)
  return questions
}

/** The votes on one zone's items, kept per list: a refresh re-counts only the zones an edit touched. */
const votesIn = memoByIdentity((items: readonly ReportItem[]): number => {
  let votes = 0
  for (const item of items) votes += item.votes
  return votes
})

/** What the overview shows of a canvas beyond its name and score. */
function overviewOf(
  analysis: CanvasAnalysis,
  canvas: CanvasSnapshot | undefined
): Pick<
  CanvasListEntry,
  'coverage' | 'emptyZones' | 'customerItems' | 'votes' | 'checkedAt' | 'fitCard' | 'backed'
> {
  const { zones, fit, evidence } = analysis.report
  let votes = 0
  for (const zone of ZONE_KEYS) votes += votesIn(zones[zone])
  const card = canvas?.lastCheck?.card ?? 'none'
  const entry: ReturnType<typeof overviewOf> = {
    coverage: fit.coverage,
    emptyZones: analysis.emptyZones,
    customerItems: CUSTOMER_ZONES.reduce((sum, zone) => sum + zones[zone].length, 0),
    votes,
    checkedAt: canvas?.lastCheck?.checkedAt ?? null,
    fitCard: card === 'off' || card === 'left' ? card : 'on'
  }
  // Beside the fit on paper once the team tests (as the fit card shows it).
  if (hasEvidence(evidence)) entry.backed = evidence.fit.score
  return entry
}

/** Delay that folds a burst of edits (typing, dragging) into one refresh of the panel. */
export const LIVE_DELAY_MS = 120

/**
 * After a first state of one canvas, the rest of the board is read when the panel says it drew it (PANEL_SHOWN), or
 * after this long if it does not say so (a hidden panel, a lost message).
 */
export const REST_OF_BOARD_MS = 1000

/**
 * What the open panel shows, kept in main: the live board, its analysis, the canvas the
 * panel looks at and the user's selection. The panel only renders what this sends.
 */
export class PanelController {
  locale: Locale
  private board: LiveBoard
  private canvases: CanvasSnapshot[] = []
  private incremental = new IncrementalAnalysis()
  private analyses: CanvasAnalysis[] = []
  /** Changes waiting for the next live refresh, merged. */
  private pending: {
    stickies: Set<string>
    connectors: Array<BoardChanges['connectors'][number]>
    canvases: boolean
    /** The live board fell back to reading the page: everything is analysed again. */
    full: boolean
  } | null = null
  private activeCanvasId: string | null = null
  private selection: SelectionState = { canvasId: null, zone: null, nodeIds: [] }
  private updatedAt = new Date().toISOString()
  private timer: ReturnType<typeof setTimeout> | null = null
  /** Whether the page has a BMC, followed live (a deleted BMC turns the summary button into insert-and-write). */
  private readonly bmc = new BmcWatch()
  /** A change batch may have removed or brought a BMC: looked for again on the next refresh. */
  private bmcDirty = false
  /** Whether the panel said it listens (UI_READY): states sent before would be lost. */
  private ready = false
  private readonly sender = new StateSender<PanelState>()
  private questions: { locale: Locale; byZone: Record<ZoneKey, string[]> } | null = null
  private checklist: {
    analysis: CanvasAnalysis
    checks: Record<string, boolean>
    result: ChecklistResult[]
  } | null = null
  /** A command just ran: its change batch is handled without the burst delay. */
  private expedite = false
  private expediteTimer: ReturnType<typeof setTimeout> | null = null
  /** Whether the panel has chosen its first canvas (from the selection at open). */
  private opened = false
  /** Whether the selection is a drawn canvas not adopted yet (read on selection changes and full reads). */
  private adoptable = false
  /** The canvases' histories, read when shown (see `history-panel.ts`). */
  readonly history = new HistoryPanel(() => this.push())
  /**
   * Set while only the canvas the panel opened on is read (`openQuick`): what that read learnt per node, kept for the
   * page read until a change event arrives, and the timer that reads the rest if the panel does not ask.
   */
  private partial: { memo: ReadMemo | null; timer: ReturnType<typeof setTimeout> | null } | null = null
  /**
   * Set while the page has not been looked at for a BMC yet: opening sends the first state before that lookup (it
   * reads labels across the page, and what it decides shows only on the More tab), which follows once the panel has
   * drawn the state (`readRest`), with the timer that looks if the panel does not ask.
   */
  private bmcUnknown: { timer: ReturnType<typeof setTimeout> | null } | null = null

  constructor(locale: Locale) {
    this.locale = locale
    this.board = new LiveBoard(figma.currentPage)
  }

  /**
   * Opens on one canvas first: reads the canvas the panel opens on (the one the selection is in, else the one nearest
   * the viewport centre; the canvas-scoped read Check fit uses) and nothing else, so the panel's first state is ready
   * as soon as the panel listens. The rest of the board is read once the panel has drawn that state (`readRest`),
   * taking this canvas's nodes from the first read: opening stays one read of the board. A page with fewer than two
   * canvases, or with drawings the plugin adopted, is read whole at once (`refreshAll`).
   */
  openQuick(): void {
    inOnePass(figma.currentPage, () => this.readFirst())
  }

  private readFirst(): void {
    const page = figma.currentPage
    const sections = canvasSectionsOn(page)
    if (sections.length < 2 || adoptedCanvasNodes(page).length > 0) {
      this.refreshAll(undefined, { bmc: false })
      return
    }
    this.opened = true
    // The selection's canvas among all of them (its zone needs the analysis: below).
    this.readSelection(sections)
    const canvasId = this.selection.canvasId ?? nearestCanvas(figma.viewport.center, sections)
    const memo = newReadMemo()
    const snapshot = canvasId === null ? null : takeCanvasSnapshot(page, canvasId, sections, memo)
    const now = new Date().toISOString()
    const analysis = snapshot
      ? analyzeBoard(snapshot, now).find((a) => a.report.canvas.id === canvasId)
      : undefined
    if (!snapshot || !analysis) {
      this.refreshAll(undefined, { bmc: false })
      return
    }
    this.board = new LiveBoard(page)
    this.canvases = snapshot.canvases.filter((canvas) => canvas.id === canvasId)
    this.analyses = [analysis]
    this.updatedAt = now
    this.activeCanvasId = analysis.report.canvas.id
    this.pending = null
    this.partial = { memo, timer: null }
    const first = this.selection.nodeIds[0]
    if (this.selection.canvasId === this.activeCanvasId && first !== undefined)
      this.selection = { ...this.selection, zone: zoneOfSticky(analysis, first) }
  }

  /**
   * Reads the rest of the board after a first state of one canvas: the page, taking the first read's nodes from its
   * memo while no change came in between, then the BMC lookup; after a first state of the whole board, the BMC
   * lookup alone; nothing once both are done. The panel gets it as a patch.
   */
  readRest(): void {
    const partial = this.partial
    if (!partial) {
      if (this.bmcUnknown) {
        inOnePass(figma.currentPage, () => this.lookForBmc())
        this.push()
      }
      return
    }
    this.refreshAll(partial.memo ?? undefined)
    // A selection made meanwhile may point at a canvas the first read did not have.
    if (this.selection.canvasId === null && this.selection.nodeIds.length > 0) {
      this.readSelection()
      this.push()
    }
  }

  private endPartial(): void {
    if (this.partial?.timer != null) clearTimeout(this.partial.timer)
    this.partial = null
  }

  /** Looks for the page's BMC (again); the state says whether there is one from now on. */
  private lookForBmc(): void {
    this.bmc.refresh(figma.currentPage)
    if (this.bmcUnknown?.timer != null) clearTimeout(this.bmcUnknown.timer)
    this.bmcUnknown = null
  }

  /** What the state says of the BMC: null while the page has not been looked at for one. */
  private hasBmc(): boolean | null {
    return this.partial || this.bmcUnknown ? null : this.bmc.present
  }

  /**
   * Reads the whole current page again (start, page switch, after a command); `memo`: what a first read of one
   * canvas learnt per node, taken instead of reading those nodes again (`readRest`). `bmc: false` (opening) leaves
   * the BMC lookup for after the first state (`readRest`).
   */
  refreshAll(memo?: ReadMemo, options: { bmc?: boolean } = {}): void {
    this.endPartial()
    const page = figma.currentPage
    this.board = new LiveBoard(page)
    inOnePass(page, () => {
      this.board.readAll(memo)
      // Looking for a BMC reads labels across the page: done on full reads, and live only for the edits that can
      // remove or bring one (`BmcWatch.concerns`).
      if (options.bmc !== false) this.lookForBmc()
      else this.bmcUnknown ??= { timer: null }
    })
    this.bmcDirty = false
    this.pending = null
    this.recompute(null)
  }

  /** Follows a batch of FigJam changes, reading only what changed. */
  onNodeChange(changes: ReadonlyArray<NodeChange>): void {
    if (this.partial) {
      // The page read will read what changed; the first read's nodes may be stale now.
      this.partial.memo = null
      if (this.timer === null) {
        this.timer = setTimeout(() => {
          this.timer = null
          this.flush()
        }, LIVE_DELAY_MS)
      }
      return
    }
    const bmcDirty = this.bmc.concerns(changes)
    const applied = this.board.apply(changes)
    if (applied.kind === 'none' && !bmcDirty) return
    this.bmcDirty = this.bmcDirty || bmcDirty
    if (applied.kind !== 'none') {
      const pending = this.pending ?? {
        stickies: new Set<string>(),
        connectors: [],
        canvases: false,
        full: false
      }
      applied.stickies.forEach((id) => pending.stickies.add(id))
      pending.connectors.push(...applied.connectors)
      pending.canvases = pending.canvases || applied.canvases
      pending.full = pending.full || applied.kind === 'full'
      this.pending = pending
    }
    if (this.expedite) {
      this.expedite = false
      if (this.timer !== null) clearTimeout(this.timer)
      this.timer = null
      this.flush()
      return
    }
    if (this.timer !== null) return
    this.timer = setTimeout(() => {
      this.timer = null
      this.flush()
    }, LIVE_DELAY_MS)
  }

  /** Runs the pending refresh now instead of after the burst delay (what the timer does; the bench times it). */
  flushNow(): void {
    if (this.timer !== null) clearTimeout(this.timer)
    this.timer = null
    this.flush()
  }

  /** Every canvas's analysis as the panel holds it, in board order. */
  allAnalyses(): CanvasAnalysis[] {
    return this.analyses
  }

  private flush(): void {
    if (this.partial) {
      this.readRest()
      return
    }
    const batch = this.pending
    this.pending = null
    const hadBmc = this.hasBmc()
    if (this.bmcDirty) {
      this.bmcDirty = false
      this.lookForBmc()
    }
    if (batch) this.recompute(batch.full ? null : batch)
    else if (this.hasBmc() !== hadBmc) this.push()
  }

  /** The panel listens (it opened, or missed a patch): sends it the full state, without reading the board. */
  panelReady(): void {
    this.ready = true
    this.sender.reset()
    this.push()
    const partial = this.partial
    if (partial && partial.timer === null) partial.timer = setTimeout(() => this.readRest(), REST_OF_BOARD_MS)
    const bmcUnknown = this.bmcUnknown
    if (!partial && bmcUnknown && bmcUnknown.timer === null)
      bmcUnknown.timer = setTimeout(() => this.readRest(), REST_OF_BOARD_MS)
  }

  /**
   * A panel command finished. Its edits arrive as a change batch, handled at once rather than after the burst
   * delay; only the BMC lookup is redone here when the command may have drawn one, never a read of the board.
   */
  afterCommand(mayDrawBmc: boolean): void {
    this.history.invalidate()
    this.expedite = true
    // A command that changed nothing sends no batch: later edits are folded as usual again.
    if (this.expediteTimer !== null) clearTimeout(this.expediteTimer)
    this.expediteTimer = setTimeout(() => {
      this.expediteTimer = null
      this.expedite = false
    }, LIVE_DELAY_MS)
    if (!mayDrawBmc) return
    const hadBmc = this.hasBmc()
    this.lookForBmc()
    if (this.hasBmc() !== hadBmc) this.push()
  }

  /** Stops the live refresh (the plugin is closing). */
  dispose(): void {
    this.endPartial()
    if (this.bmcUnknown?.timer != null) clearTimeout(this.bmcUnknown.timer)
    this.bmcUnknown = null
    if (this.timer !== null) clearTimeout(this.timer)
    if (this.expediteTimer !== null) clearTimeout(this.expediteTimer)
    this.timer = null
    this.expediteTimer = null
    this.pending = null
  }

  /** Follows the board selection: the canvas it sits in and the zone of a selected sticky. */
  onSelectionChange(): void {
    this.readSelection()
    this.push()
  }

  private readSelection(canvases: ReadonlyArray<{ id: string; box: Rect }> = this.canvases): void {
    const selected = figma.currentPage.selection.slice(0, SELECTION_READ_MAX)
    const nodeIds = selected.map((node) => node.id)
    const canvasId = selectedCanvasIds(selected, canvases)[0] ?? null
    const analysis = this.analyses.find((a) => a.report.canvas.id === canvasId)
    const first = nodeIds[0]
    const zone = analysis && first !== undefined ? zoneOfSticky(analysis, first) : null
    this.selection = { canvasId, zone, nodeIds }
    this.adoptable = canvasId === null && this.selectionAdoptable()
    if (canvasId) this.activeCanvasId = canvasId
  }

  /**
   * The canvas the panel opens on: the one the selection is in (a relaunch button's canvas is selected when it is
   * pressed), else the one nearest the viewport centre.
   */
  private canvasToShow(): string | null {
    if (!this.opened) {
      this.opened = true
      this.readSelection()
      if (this.selection.canvasId) return this.selection.canvasId
    }
    return nearestCanvas(figma.viewport.center, this.canvases) ?? this.analyses[0]?.report.canvas.id ?? null
  }

  selectCanvas(canvasId: string): boolean {
    if (!this.analyses.some((a) => a.report.canvas.id === canvasId)) return false
    this.activeCanvasId = canvasId
    this.push()
    return true
  }

  setLocale(locale: Locale): void {
    this.locale = locale
    this.push()
  }

  analysisOf(canvasId: string): CanvasAnalysis | undefined {
    return this.analyses.find((a) => a.report.canvas.id === canvasId)
  }

  /** Re-analyses after a full read (`changes` null) or only what a batch of live changes touched. */
  private recompute(changes: BoardChanges | null): void {
    const board = this.board.live()
    const now = new Date().toISOString()
    this.canvases = board.canvases
    if (!changes || changes.canvases) this.adoptable = this.selectionAdoptable()
    this.analyses = changes ? this.incremental.update(board, changes, now) : this.incremental.full(board, now)
    this.updatedAt = now
    const known = this.analyses.some((a) => a.report.canvas.id === this.activeCanvasId)
    if (!known) this.activeCanvasId = this.canvasToShow()
    this.push()
  }

  /** The state the panel renders (numbered when it is sent). */
  state(): Omit<PanelState, 'version'> {
    const entries: CanvasListEntry[] = this.analyses.map((analysis) => {
      const canvas = this.canvases.find((c) => c.id === analysis.report.canvas.id)
      return {
        id: analysis.report.canvas.id,
        name: canvas ? canvas.name : analysis.report.canvas.segment,
        segment: analysis.report.canvas.segment,
        product: analysis.report.canvas.product,
        locale: analysis.report.canvas.locale,
        damaged: analysis.damaged,
        score: analysis.report.fit.score,
        band: analysis.report.fit.band,
        ...overviewOf(analysis, canvas)
      }
    })
    const analysis = this.analyses.find((a) => a.report.canvas.id === this.activeCanvasId)
    let active: ActiveCanvas | null = null
    if (analysis) {
      const canvas = this.canvases.find((c) => c.id === analysis.report.canvas.id)
      const riskiest = this.riskiestOf(analysis)
      this.itemView ??= defaultItemView(this.selection.zone)
      const itemView = this.itemView
      active = {
        canvasId: analysis.report.canvas.id,
        view: canvasViewOf(analysis, this.namedOf(analysis, riskiest)),
        lists: listsOf(analysis, itemView, this.selection.nodeIds),
        itemView,
        checklist: this.checklistOf(analysis, canvas ? canvas.checks : {}),
        rejected: canvas ? canvas.rejected : [],
        riskiest
      }
      // The whole analysis only while the panel shows what reads all of it (the link suggestions).
      if (itemView.full) active.analysis = analysis
      const id = analysis.report.canvas.id
      const history = this.history.view(id, canvas?.lastCheck?.checkedAt ?? null, this.board.sectionOf(id))
      if (history) active.history = history
    }
    return {
      inFigJam: figma.editorType === 'figjam',
      locale: this.locale,
      canvases: entries,
      active,
      selection: this.selection,
      hasBmc: this.hasBmc(),
      adoptable: this.adoptable,
      updatedAt: this.updatedAt,
      questions: this.questionsFor(this.locale),
      ...(this.partial ? { partial: true as const } : {})
    }
  }

  /**
   * Whether the selection holds a drawn canvas the plugin does not know yet. Reads only the selection (and what
   * selected sections and groups hold), never the page: it runs on every selection change.
   */
  private selectionAdoptable(): boolean {
    const selection = figma.currentPage.selection
    if (selection.length === 0) return false
    if (selectedCanvasIds(selection.slice(0, SELECTION_READ_MAX), this.canvases).length > 0) return false
    const adopted = new Set<string>()
    for (const canvas of this.canvases) {
      if (!canvas.drawn) continue
      adopted.add(canvas.id)
      for (const id of canvas.drawn.labelIds) adopted.add(id)
    }
    const drawing = readSelectionDrawing(selection, adopted)
    return drawing !== null && recognizeDrawing(drawing).ok
  }

  /** The checklist, evaluated once per analysis and set of ticks (a selection change re-sends the state only). */
  private checklistOf(analysis: CanvasAnalysis, checks: Record<string, boolean>): ChecklistResult[] {
    const cached = this.checklist
    if (cached && cached.analysis === analysis && cached.checks === checks) return cached.result
    const result = evaluateChecklist(analysis, checks)
    this.checklist = { analysis, checks, result }
    return result
  }

  /**
   * The riskiest assumptions, computed once per analysis (a selection change re-sends the state only), and again
   * only when what they depend on changed (`riskiestOfCanvas`: a typed sticky keeps the list).
   */
  private riskiestOf(analysis: CanvasAnalysis): RiskEntry[] {
    // Only what the panel lists: the full list is a sort of every unbacked item, and hundreds of KB to send.
    if (this.risks?.analysis !== analysis)
      this.risks = { analysis, list: riskiestOfCanvas(analysis.report, RISKIEST_SHOWN) }
    return this.risks.list
  }

  private risks: { analysis: CanvasAnalysis; list: RiskEntry[] } | null = null

  /** The sticky lists the panel shows (`VIEW_ITEMS`); until it says, what it shows when it opens. */
  private itemView: ItemView | null = null

  /** The panel shows these sticky lists now: they go out windowed from the next state on. */
  setItemView(view: ItemView): number {
    this.itemView = view
    this.push()
    return this.sender.current
  }

  /** The stickies the evidence section names: the riskiest, and the items under test. */
  private namedOf(analysis: CanvasAnalysis, riskiest: readonly RiskEntry[]): string[] {
    const ids = riskiest.map((entry) => entry.id)
    for (const test of analysis.report.evidence.tests) ids.push(test.itemId)
    return ids
  }

  /** The questions of one language, one object per language: the state patches skip them once sent. */
  private questionsFor(locale: Locale): Record<ZoneKey, string[]> {
    if (this.questions?.locale !== locale) this.questions = { locale, byZone: questionsByZone(locale) }
    return this.questions.byZone
  }

  /**
   * Sends the panel what changed: the full state when it opens (or asks again after a gap), then only patches
   * against the last state sent, so a refresh after one edit costs that edit, not the board (and nothing at all
   * when it changed nothing the panel shows).
   */
  push(): void {
    if (!this.ready) return
    const next = this.sender.next(this.state())
    if (!next) return
    if ('full' in next) postToPanel('STATE', next.full)
    else postToPanel('STATE_PATCH', next.patch)
  }
}
