/**
 * The open panel on a big board, as FigJam runs it: the real `PanelController` against the fake, its messages
 * copied as `figma.ui.postMessage` copies them. Measures what a person feels: the main-thread work of one live
 * refresh after a sticky edit, the bytes it sends the panel, the reads when the panel opens, and the reads of a
 * check of one canvas against a read of that canvas alone.
 */
import type { FigJamFake } from '../fake'
import { takeCanvasSnapshot } from '../src/adapter/canvas-snapshot'
import { takeSnapshot } from '../src/adapter/snapshot'
import { checkFitAsync } from '../src/commands/check-fit-async'
import { analyzeBoard } from '../src/core/analyze'
import { PanelController } from '../src/panel/panel-controller'
import type { PanelState } from '../contract/messages'
import { StateFollower } from '../contract/state-patch'
import type { StatePatch } from '../contract/state-patch'
import type { BuiltBoard } from './boards'
import type { ApiUse } from './measure'
import { apiUse, countOnce, countOnceAsync, median, nowMs } from './measure'

export interface PanelRefreshResult {
  board: string
  stickies: number
  canvases: number
  /** Median ms of the controller's work for one batch (apply, analyse, state, patch, postMessage copy). */
  refreshMedianMs: number
  refreshMaxMs: number
  runs: number
  /** The baseline timed interleaved: a full read and analysis of the board (takeSnapshot + analyzeBoard). */
  fullMedianMs: number
  /** Bytes (JSON) of the largest message one refresh sent, and of the first full state. */
  refreshBytesMax: number
  refreshBytesMedian: number
  fullStateBytes: number
  /** API use of one refresh (the batch of one text edit). */
  refreshUse: ApiUse
  /** Reads when the panel opens (its canvas read while the iframe loads, the rest once it is drawn), and in full reads. */
  openUse: ApiUse
  openFullReads: number
  openMs: number
  /** The state after the runs agrees with a fresh read of the board. */
  consistent: boolean
  /**
   * The panel's work per refresh (the state patch applied and decoded, as its transport does; the Fit tab then
   * renders windows of at most `LIST_WINDOW` stickies): median ms, and the first full state decoded in the same
   * run, the baseline.
   */
  panelApplyMs: number
  panelFullDecodeMs: number
  /** Bytes (JSON) of the whole analysis of the open canvas: what the first state carried before the lists were windowed. */
  analysisBytes: number
}

function bytesOf(messages: unknown[]): number[] {
  return messages.map((message) => JSON.stringify(message).length)
}

/** Opens a panel on `board` and edits one sticky `runs` times, timing the refresh each edit causes. */
export async function measurePanelRefresh(
  board: BuiltBoard,
  name: string,
  options: { runs: number; warmups: number }
): Promise<PanelRefreshResult> {
  const { fake } = board
  const page = figma.currentPage
  figma.showUI('<p>bench panel</p>', { visible: false })
  const posted: unknown[] = []
  fake.session.onUiMessage((message) => posted.push(message))

  const started = nowMs()
  const controller = new PanelController('en')
  // As FigJam opens it: the canvas it opens on is read while the iframe loads, its state goes out on UI_READY, and
  // the rest of the board is read when the panel says it drew that state (PANEL_SHOWN).
  const open = countOnce(fake, () => {
    controller.openQuick()
    controller.panelReady()
    controller.readRest()
  })
  const openMs = nowMs() - started
  await fake.flush()
  const fullStateBytes = bytesOf(posted)[0] ?? 0
  // The panel's end of the stream: its work per refresh is timed on the patches it applies.
  const follower = new StateFollower<PanelState>()
  const firstState = posted[0] as [string, PanelState] | undefined
  if (firstState?.[0] !== 'STATE') throw new Error('bench: the panel got no first state')
  const decodes: number[] = []
  for (let i = 0; i < 5; i++) {
    const d0 = nowMs()
    new StateFollower<PanelState>().full(structuredClone(firstState[1]))
    decodes.push(nowMs() - d0)
  }
  follower.full(firstState[1])
  for (const message of posted.slice(1)) {
    const [kind, payload] = message as [string, unknown]
    if (kind === 'STATE_PATCH' && !follower.apply(payload as StatePatch)) throw new Error('bench: the panel lost the state stream')
  }
  const shownId = firstState[1].active?.canvasId
  const shownAnalysis = controller.allAnalyses().find((a) => a.report.canvas.id === shownId)
  const analysisBytes = shownAnalysis ? JSON.stringify(shownAnalysis).length : 0
  const applies: number[] = []
  const openFullReads =
    (open.use.readsByProperty['STICKY.text.getStyledTextSegments'] ?? 0) / board.stickyIds.length

  // A sticky in a zone of the first canvas (the one the panel shows), typed into again and again.
  const index = board.aims.findIndex((aim, i) => aim === 'pains' && i % board.canvases.length === 0)
  const stickyId = board.stickyIds[index]
  if (stickyId === undefined) throw new Error('bench: no pains sticky on the first canvas')

  let batch: NodeChange[] = []
  const onChange = (event: NodeChangeEvent): void => {
    batch = batch.concat(event.nodeChanges)
  }
  page.on('nodechange', onChange)
  const times: number[] = []
  const fullTimes: number[] = []
  const sizes: number[] = []
  let refreshUse: ApiUse | null = null
  for (let run = 0; run < options.runs + options.warmups; run++) {
    batch = []
    fake.user.typeInto(
      stickyId,
      `Waiting ${run % 2 === 0 ? 'far too long' : 'in line'} for the night bus (${run})`
    )
    await fake.flush()
    if (batch.length === 0) throw new Error('bench: the edit delivered no node change')
    posted.length = 0
    fake.counter.reset()
    const t0 = nowMs()
    controller.onNodeChange(batch)
    controller.flushNow()
    const elapsed = nowMs() - t0
    const use = apiUse(fake.counter.snapshot())
    await fake.flush()
    for (const message of posted) {
      const [kind, payload] = message as [string, unknown]
      if (kind !== 'STATE_PATCH') continue
      const p0 = nowMs()
      const next = follower.apply(payload as StatePatch)
      if (!next) throw new Error('bench: the panel lost the state stream')
      if (run >= options.warmups) applies.push(nowMs() - p0)
    }
    if (run < options.warmups) continue
    refreshUse ??= use
    times.push(elapsed)
    sizes.push(...bytesOf(posted))
    // The baseline, interleaved so both see the same machine noise.
    if (fullTimes.length < 5) {
      const f0 = nowMs()
      analyzeBoard(takeSnapshot(page), 'bench')
      fullTimes.push(nowMs() - f0)
    }
  }
  page.off('nodechange', onChange)
  const fresh = analyzeBoard(takeSnapshot(page), 'x').map((a) =>
    JSON.stringify({ ...a.report, checkedAt: '' })
  )
  const mine = controller.allAnalyses().map((a) => JSON.stringify({ ...a.report, checkedAt: '' }))
  controller.dispose()
  return {
    board: name,
    stickies: board.stickyIds.length,
    canvases: board.canvases.length,
    refreshMedianMs: median(times),
    refreshMaxMs: Math.max(...times),
    runs: times.length,
    fullMedianMs: median(fullTimes),
    refreshBytesMax: Math.max(0, ...sizes),
    refreshBytesMedian: median(sizes.length > 0 ? sizes : [0]),
    fullStateBytes,
    refreshUse: refreshUse ?? open.use,
    openUse: open.use,
    openFullReads,
    openMs,
    consistent: JSON.stringify(fresh) === JSON.stringify(mine),
    panelApplyMs: median(applies.length > 0 ? applies : [0]),
    panelFullDecodeMs: median(decodes),
    analysisBytes
  }
}

export interface ScopedCheckResult {
  board: string
  canvasIndex: number
  /** Check fit with a sticky of the canvas selected (canvasId null, as from the menu). */
  checkUse: ApiUse
  /** The canvas-scoped read that gives the same report: the baseline. */
  scopedUse: ApiUse
  /** A read of the whole page, for scale. */
  fullUse: ApiUse
  ratio: number
  sameReport: boolean
}

/** Check fit of the selected canvas, against a read of that canvas alone and a read of the page. */
export async function measureScopedCheck(
  fake: FigJamFake,
  board: BuiltBoard,
  name: string
): Promise<ScopedCheckResult> {
  const page = figma.currentPage
  const canvasIndex = Math.floor(board.canvases.length / 2)
  const canvas = board.canvases[canvasIndex]
  const stickyIndex = board.aims.findIndex(
    (aim, i) => aim === 'jobs' && i % board.canvases.length === canvasIndex
  )
  const stickyId = board.stickyIds[stickyIndex]
  if (!canvas || stickyId === undefined) throw new Error('bench: no canvas to check')
  const node = await figma.getNodeByIdAsync(stickyId)
  if (!node || node.type !== 'STICKY') throw new Error('bench: the sticky to select is gone')
  page.selection = [node]
  await fake.flush()
  const scoped = countOnce(fake, () => takeCanvasSnapshot(page, canvas.id))
  const full = countOnce(fake, () => takeSnapshot(page))
  const check = await countOnceAsync(fake, () => checkFitAsync({ canvasId: null, locale: 'en' }))
  page.selection = []
  const expected = analyzeBoard(full.result, 'x').find((a) => a.report.canvas.id === canvas.id)
  const got = check.result.analyses[0]
  return {
    board: name,
    canvasIndex,
    checkUse: check.use,
    scopedUse: scoped.use,
    fullUse: full.use,
    ratio: check.use.reads / Math.max(1, scoped.use.reads),
    sameReport:
      check.result.analyses.length === 1 &&
      expected !== undefined &&
      got !== undefined &&
      JSON.stringify({ ...got.report, checkedAt: '' }) ===
        JSON.stringify({ ...expected.report, checkedAt: '' })
  }
}
