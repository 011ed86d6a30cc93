import { fitNotification, sentenceWithNames } from '../core/notification-text'
import type { BmcTarget } from '../adapter/bmc/find-bmc'
import { findBmc } from '../adapter/bmc/find-bmc'
import { localDateIso, summaryTexts } from '../adapter/bmc/summary-texts'
import type { BlockResult } from '../adapter/bmc/write-summary'
import { loadSummaryFontsAsync, planSummary, writeSummary } from '../adapter/bmc/write-summary'
import { assertFigJam, showInView } from '../adapter/editor'
import { UserFacingError } from '../adapter/errors'
import { moveOldData } from '../adapter/plugin-data'
import { selectedCanvasIds } from '../adapter/selected-canvases'
import { stickyBoxesAroundBmc } from '../adapter/bmc/bmc-stickies'
import { drawnCanvasBoxesAsync } from '../adapter/drawn-canvas'
import { takeSnapshot } from '../adapter/snapshot'
import { analyzeBoard } from '../core/analyze'
import type { BoardSnapshot, Locale, Rect } from '../core/types'
import { t, tKey } from '../i18n'
import type { BmcSummaryBlock } from '../i18n/bmc-blocks'
import { drawBmcBeside } from './insert-bmc-async'
import { removeDrawnBmc } from '../adapter/bmc/draw-bmc'
import { loadTemplateFontsOrExplainAsync } from '../adapter/fonts'
import { drawingsRead, pageCanvases, readOneDrawnCanvasAsync, readOwnCanvas } from './read-canvas'
import type { CommandOutcome } from '../run/run-command'
import { stayOnPage } from './same-page'

export interface BmcSummaryOptions {
  /** The canvas to summarise; null: the selected one, else the only one on the page. */
  canvasId: string | null
  /** The language of errors raised before a canvas is chosen; after that, the canvas's own language is used. */
  locale: Locale
  /**
   * When the page has no BMC: insert one in this language beside the canvas and write into it, in the same undo
   * step and with one notification. Without it, `NoBmcError` offers that.
   */
  insertBmc?: Locale
}

/**
 * No Business Model Canvas on the page. Carries what the caller needs to offer the fix: insert a BMC beside the
 * canvas (`near`) in the canvas's language, then run the summary again (see `insertBmcThenSummaryAsync`).
 */
export class NoBmcError extends UserFacingError {
  constructor(
    message: string,
    readonly canvasId: string,
    readonly near: Rect,
    readonly locale: Locale
  ) {
    super(message)
    this.name = 'NoBmcError'
  }
}

const BLOCK_ORDER: readonly BmcSummaryBlock[] = ['valuePropositions', 'customerSegments']

/** The canvas to summarise: the one asked for, else the selected one (or the one holding the selection), else the only one. */
function chooseCanvas(
  canvases: ReadonlyArray<{ id: string; box: Rect }>,
  options: BmcSummaryOptions,
  page: PageNode
): string {
  if (canvases.length === 0) throw new UserFacingError(t(options.locale, 'bmcNotify.noCanvas'))
  if (options.canvasId !== null) {
    const asked = canvases.find((canvas) => canvas.id === options.canvasId)
    if (!asked) throw new UserFacingError(t(options.locale, 'bmcNotify.canvasGone'))
    return asked.id
  }
  const selected = selectedCanvasIds(page.selection, canvases)[0]
  const found = canvases.find((canvas) => canvas.id === selected)
  if (found) return found.id
  const only = canvases.length === 1 ? canvases[0] : undefined
  if (!only) throw new UserFacingError(t(options.locale, 'bmcNotify.chooseCanvas'))
  return only.id
}

function blockLabel(locale: Locale, block: BmcSummaryBlock): string {
  return tKey(locale, `bmc.block.${block}`)
}

/** "A and B" with the locale's word for "and". */
function joinLabels(locale: Locale, labels: string[]): string {
  return labels.length <= 1
    ? (labels[0] ?? '')
    : `${labels.slice(0, -1).join(', ')} ${t(locale, 'bmcNotify.and')} ${labels[labels.length - 1] ?? ''}`
}

/** What could not be done as asked, most important first: a missing block, a full block, a sticky left alone. */
function notes(locale: Locale, target: BmcTarget, results: BlockResult[]): string[] {
  const found: string[] = []
  for (const block of BLOCK_ORDER) {
    if (!target[block])
      found.push(t(locale, 'bmcNotify.missingBlock', { block: blockLabel(locale, block) }))
  }
  for (const result of results) {
    if (!result.inside)
      found.push(t(locale, 'bmcNotify.blockFull', { block: blockLabel(locale, result.block) }))
  }
  for (const result of results) {
    const block = blockLabel(locale, result.block)
    if (result.besideKept === 'edited') found.push(t(locale, 'bmcNotify.keptEdited', { block }))
    if (result.besideKept === 'font') found.push(t(locale, 'bmcNotify.keptFont', { block }))
  }
  return found
}

/**
 * One notification: what was written where, and the most important note, if any (FigJam shows about 100
 * characters, so one note rather than all of them; the board shows the rest).
 */
function outcomeMessage(
  locale: Locale,
  segment: string,
  target: BmcTarget,
  results: BlockResult[],
  inserted: boolean
): string {
  const blocks = joinLabels(
    locale,
    results.map((r) => blockLabel(locale, r.block))
  )
  const allUpdated = results.every((r) => r.mode === 'updated')
  const key = inserted ? 'bmcNotify.insertedWritten' : allUpdated ? 'bmcNotify.updated' : 'bmcNotify.written'
  const main = sentenceWithNames((name) => t(locale, key, { segment: name, blocks }), segment)
  return fitNotification(main, notes(locale, target, results)[0])
}

/**
 * Writes a canvas's summary into the page's Business Model Canvas: the value proposition statement with the fit
 * line into "Value propositions", the segment with its top jobs, pains and gains into "Customer segments". An
 * earlier summary sticky of the same canvas and block is updated in place unless someone edited it; then it is
 * left alone and a new sticky goes beside it. New stickies never cover another sticky in the block. One undo step;
 * the written stickies are brought into view. Throws `NoBmcError` when the page has no BMC.
 */
export async function bmcSummaryAsync(options: BmcSummaryOptions): Promise<CommandOutcome> {
  assertFigJam(options.locale)
  const page = figma.currentPage
  const now = new Date().toISOString()
  // One canvas and the BMC are read, not the page: the canvas and what overlaps it, as Check fit reads it (the
  // plugin's canvas from its section, an adopted drawing from its own nodes).
  const listed = pageCanvases(page)
  const drawn = listed.adopted.length > 0 ? await drawnCanvasBoxesAsync(page, listed.adopted) : []
  const canvasId = chooseCanvas([...listed.sections, ...drawn], options, page)
  const one = listed.sections.some((c) => c.id === canvasId)
    ? readOwnCanvas(page, canvasId, now, listed, drawn)
    : await readOneDrawnCanvasAsync(page, canvasId, now, listed.sections, listed.adopted, drawingsRead(drawn))
  const snapshot: BoardSnapshot = one ? one.snapshot : takeSnapshot(page)
  const canvas = snapshot.canvases.find((c) => c.id === canvasId)
  const analysis = one ? one.analysis : analyzeBoard(snapshot, now).find((a) => a.report.canvas.id === canvasId)
  if (!canvas || !analysis) throw new UserFacingError(t(options.locale, 'bmcNotify.canvasGone'))
  const locale = canvas.meta.locale

  let target = findBmc(page, { near: canvas.box })
  const inserting = !target && options.insertBmc !== undefined
  let inserted: SectionNode | null = null
  if (!target && options.insertBmc !== undefined) {
    // The BMC's fonts (the summary's too) are loaded before anything is drawn: no BMC without its summary.
    await loadTemplateFontsOrExplainAsync(t(locale, 'bmcNotify.fontFailed'))
    stayOnPage(page, t(locale, 'bmcNotify.canvasGone'))
    inserted = drawBmcBeside({ locale: options.insertBmc, near: canvas.box })
    target = findBmc(page, { near: canvas.box })
  }
  if (!target) throw new NoBmcError(t(locale, 'bmcNotify.noBmc'), canvas.id, canvas.box, locale)

  const texts = summaryTexts(analysis, localDateIso(new Date()))
  const plan = planSummary(
    page,
    canvas.id,
    target,
    BLOCK_ORDER.map((block) => ({ block, ...texts[block] })),
    // What the canvas read holds and the stickies around the BMC (a page read already holds them all).
    snapshot.stickies.map((sticky) => sticky.box).concat(one ? stickyBoxesAroundBmc(page, target) : [])
  )
  let bmcSection: BaseNode | null = null
  // A BMC drawn just now holds no summary sticky and its font is loaded: nothing to wait for between drawing it and
  // writing into it (a wait is where the person may switch pages). Otherwise the fonts of the stickies to update load
  // first; a BMC drawn before such a wait goes again when the command stops there: no BMC without its summary.
  if (!inserted || plan.blocks.some((block) => block.update !== null)) {
    try {
      await loadSummaryFontsAsync(plan, t(locale, 'bmcNotify.fontFailed'))
      if (!inserted && target.source === 'plugin' && target.sectionId)
        bmcSection = await figma.getNodeByIdAsync(target.sectionId)
      stayOnPage(page, t(locale, 'bmcNotify.canvasGone'))
    } catch (error) {
      if (inserted) removeDrawnBmc(inserted)
      throw error
    }
  }
  // Someone may have deleted the BMC while the fonts loaded: then there is nowhere to write.
  if (BLOCK_ORDER.some((block) => target[block]?.node.removed === true)) {
    throw new NoBmcError(t(locale, 'bmcNotify.noBmc'), canvas.id, canvas.box, locale)
  }

  const results = writeSummary(plan)
  // A BMC drawn by version 0.1 keeps its data privately: writing into it moves that to shared data (same step).
  if (bmcSection && bmcSection.type === 'SECTION' && !bmcSection.removed) moveOldData(bmcSection)
  showInView(results.map((r) => r.node))
  figma.commitUndo()
  const segment = canvas.meta.segment.trim() || t(locale, 'canvas.segmentFallback')
  return { message: outcomeMessage(locale, segment, target, results, inserting) }
}

/**
 * The fix `NoBmcError` offers: inserts a BMC beside the canvas in the canvas's language and writes the summary
 * into it, one undo step and one notification (a BMC someone inserted meanwhile is written into instead).
 */
export function insertBmcThenSummaryAsync(error: NoBmcError): Promise<CommandOutcome> {
  return bmcSummaryAsync({ canvasId: error.canvasId, locale: error.locale, insertBmc: error.locale })
}
