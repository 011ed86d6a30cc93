import { assertFigJam } from '../adapter/editor'
import { UserFacingError } from '../adapter/errors'
import {
  applyFitCard,
  drawnCardHost,
  planDrawnFitCard,
  planFitCard,
  releaseFitCard
} from '../adapter/fit-card'
import type { FitCardPlan } from '../adapter/fit-card'
import { findCanvasNodeAsync } from '../adapter/find-node'
import { loadTemplateFontsAsync } from '../adapter/fonts'
import { moveOldData, SHARED_NAMESPACE, writeLastCheck } from '../adapter/plugin-data'
import { setRelaunchButtons } from '../adapter/relaunch'
import { drawnCanvasBoxesAsync, storeZoneMap } from '../adapter/drawn-canvas'
import { takeSnapshot } from '../adapter/snapshot'
import { storedReportHead, writeStoredReport } from '../adapter/stored-report'
import { writeNodeHistory } from '../adapter/history-store'
import { analyzeBoard } from '../core/analyze'
import { cardTimeOf, fitCardContent } from '../core/fit-card'
import { fitHeadline } from '../core/fit-headline'
import { planReportStorage } from '../core/report-storage'
import type { StorageEntry } from '../core/report-storage'
import type { CanvasAnalysis, Locale } from '../core/types'
import { say, t } from '../i18n'
import type { CommandOutcome } from '../run/run-command'
import type { HistoryPlan } from './keep-history'
import { planHistory } from './keep-history'
import { drawingsRead, pageCanvases, readOneDrawnCanvasAsync, readOwnCanvas } from './read-canvas'
import { sizeProblemMessage } from './size-problem'
import { targetCanvasIds } from './target-canvases'
import { stayOnPage } from './same-page'

export interface CheckFitOutcome extends CommandOutcome {
  analyses: CanvasAnalysis[]
  /** The version each checked canvas's history kept (see `keep-history.ts`), in the order of `analyses`. */
  versions: HistoryPlan['kept'][]
}

/**
 * Checks the fit of the selected canvas (or the one holding the selection, or every canvas on
 * the page) and stores each report as shared plugin data `vpcfit`/`report` on its section (split over
 * `report.1` … when large, see `report-storage.ts`), where other plugins and the REST API can read it, and draws or
 * updates each canvas's fit card for the room. Reads one canvas when one is asked for, else the page once; touches
 * nothing a person made; one undo step.
 */
export async function checkFitAsync(options: {
  canvasId: string | null
  locale: Locale
  /** "Save a version": the name the kept version carries (one canvas only). */
  versionName?: string
  /**
   * "Turn the fit card on": the canvas's card is let go of (the plugin's own removed, one a person edited left to
   * them) and a fresh one drawn, in the check's own write, so a check that stops changes nothing at all.
   */
  cardOn?: boolean
}): Promise<CheckFitOutcome> {
  assertFigJam(options.locale)
  const page = figma.currentPage
  const now = new Date().toISOString()
  const listed = pageCanvases(page)
  const canvases = listed.sections
  // Adopted drawings are canvases too: where they are is read from their roots (or a loose drawing's own nodes).
  // Without adopted drawings nothing is awaited before the board is read (a command reads one consistent board).
  const drawn = listed.adopted.length > 0 ? await drawnCanvasBoxesAsync(page, listed.adopted) : []
  if (canvases.length === 0 && drawn.length === 0)
    throw new UserFacingError(t(options.locale, 'notify.noCanvas'))
  const ids = targetCanvasIds([...canvases, ...drawn], options.canvasId, page.selection)
  // One canvas reads only that canvas (the plugin's or an adopted drawing); several (or all) read the page once.
  const only = ids && ids.length === 1 ? (ids[0] as string) : null
  const one =
    only === null
      ? null
      : canvases.some((c) => c.id === only)
        ? readOwnCanvas(page, only, now, listed, drawn)
        : await readOneDrawnCanvasAsync(page, only, now, canvases, listed.adopted, drawingsRead(drawn))
  // What was read: the page, or the one canvas and what overlaps it (the stickies a card must not cover).
  const snapshot = one ? one.snapshot : takeSnapshot(page)
  const targets = one
    ? [one.analysis]
    : analyzeBoard(snapshot, now).filter((a) => ids === null || ids.includes(a.report.canvas.id))
  if (targets.length === 0) throw new UserFacingError(t(options.locale, 'notify.canvasGone'))
  if (options.versionName !== undefined && targets.length !== 1)
    throw new UserFacingError(t(options.locale, 'history.oneCanvas'))
  // Every section is looked up before anything is written: a canvas deleted by someone meanwhile stops the command
  // before it has stored some reports and not others.
  const sections: SceneNode[] = []
  const isOwnSection = (node: SceneNode): node is SectionNode =>
    node.type === 'SECTION' && canvases.some((c) => c.id === node.id)
  for (const analysis of targets) {
    const section = await findCanvasNodeAsync(analysis.report.canvas.id)
    if (!section) throw new UserFacingError(t(options.locale, 'notify.canvasGone'))
    sections.push(section)
  }
  const stickyBoxes = snapshot.stickies.map((sticky) => sticky.box)
  const states = targets.map((analysis) =>
    options.cardOn === true
      ? 'none'
      : (snapshot.canvases.find((c) => c.id === analysis.report.canvas.id)?.lastCheck?.card ?? 'none')
  )
  // A drawing people made gets its card beside it, in the section or page around it: nothing is added to it.
  const hosts = sections.map((node) => (isOwnSection(node) ? node : drawnCardHost(node)))
  const planCard = (i: number): FitCardPlan => {
    const analysis = targets[i] as CanvasAnalysis
    const canvas = snapshot.canvases.find((c) => c.id === analysis.report.canvas.id)
    const state = states[i] ?? 'none'
    const node = sections[i]
    const host = hosts[i]
    if (!canvas || !node || !host) return { kind: 'keep', state }
    return isOwnSection(node)
      ? planFitCard(node, canvas.box, state, stickyBoxes)
      : planDrawnFitCard(host, node.id, canvas.box, state, stickyBoxes)
  }
  let cardPlans: FitCardPlan[] = targets.map((_, i) => planCard(i))
  // The cards' text needs the font, loaded before anything is written. Without it the check itself still counts:
  // the reports are stored and every card stays as it is.
  let fonts = true
  if (
    (options.cardOn === true || cardPlans.some((plan) => plan.kind !== 'keep')) &&
    !(await fontsLoadedAsync())
  ) {
    fonts = false
    cardPlans = states.map((state) => ({ kind: 'keep', state }))
  }
  if (sections.some((section) => section.removed))
    throw new UserFacingError(t(options.locale, 'notify.canvasGone'))
  stayOnPage(page, t(options.locale, 'notify.canvasGone'))
  // Every report is planned before anything is written: a canvas beyond the limits stops the command with the
  // numbers, and no report is ever stored in part.
  const plans: StorageEntry[][] = []
  targets.forEach((analysis, i) => {
    const section = sections[i] as SceneNode
    const plan = planReportStorage(analysis.report, storedReportHead(section), SHARED_NAMESPACE)
    if (!plan.ok)
      throw new UserFacingError(sizeProblemMessage(analysis.report.canvas.locale, plan.problem, 'store'))
    plans.push(plan.entries)
  })
  // Each canvas's history keeps a version; it always makes room, so it never stops the check.
  const histories = targets.map((analysis, i) =>
    planHistory(sections[i] as SceneNode, analysis.report, options.versionName)
  )
  const time = cardTimeOf(new Date())
  targets.forEach((analysis, i) => {
    const section = sections[i] as SceneNode
    writeStoredReport(section, plans[i] ?? [])
    // A canvas drawn by version 0.1 keeps its data privately: the check moves it to shared data (same undo step).
    moveOldData(section)
    writeNodeHistory(section, histories[i]?.entries ?? [])
    setRelaunchButtons(section, analysis.report.canvas.locale)
    const locale = analysis.report.canvas.locale
    const host = hosts[i]
    let plan = cardPlans[i] as FitCardPlan
    if (options.cardOn === true) {
      // Let go of the old card now, then plan the new one on the board as it is after that (nothing awaited in
      // between): a card a person edited stays theirs and the new one keeps off it.
      releaseFitCard(section)
      plan = fonts ? planCard(i) : { kind: 'keep', state: 'none' }
    }
    const content = fitCardContent(analysis, time)
    const card = host
      ? applyFitCard(host, plan, content, locale, section.id)
      : plan.kind === 'keep'
        ? plan.state
        : 'none'
    writeLastCheck(section, { checkedAt: analysis.report.checkedAt, card })
    const zones = snapshot.canvases.find((c) => c.id === section.id)?.drawn
    if (zones && !isOwnSection(section)) storeZoneMap(section, zones)
  })
  figma.commitUndo()
  const first = targets[0]
  const message =
    targets.length === 1 && first
      ? fitHeadline(first)
          .map((part) => say(first.report.canvas.locale, part))
          .join(' · ')
      : t(options.locale, 'notify.checkedSeveral', {
          count: targets.length,
          best: Math.max(...targets.map((a) => a.report.fit.score))
        })
  return { message, analyses: targets, versions: histories.map((history) => history.kept) }
}

async function fontsLoadedAsync(): Promise<boolean> {
  try {
    await loadTemplateFontsAsync()
    return true
  } catch {
    return false
  }
}
