import { assertFigJam } from '../adapter/editor'
import { UserFacingError } from '../adapter/errors'
import { findSectionAsync } from '../adapter/find-node'
import { SHARED_NAMESPACE } from '../adapter/plugin-data'
import { setRelaunchButtons } from '../adapter/relaunch'
import { canvasSectionsOn, takeSnapshot } from '../adapter/snapshot'
import { storedReportHead, writeStoredReport } from '../adapter/stored-report'
import { analyzeBoard } from '../core/analyze'
import { fitHeadline } from '../core/fit-headline'
import { planReportStorage } from '../core/report-storage'
import type { StorageEntry } from '../core/report-storage'
import type { CanvasAnalysis, Locale } from '../core/types'
import { say, t } from '../i18n'
import type { CommandOutcome } from '../run/run-command'
import { readOneCanvas } from './read-canvas'
import { sizeProblemMessage } from './size-problem'
import { targetCanvasIds } from './target-canvases'

export interface CheckFitOutcome extends CommandOutcome {
  analyses: CanvasAnalysis[]
}

/**
 * Checks the fit of the selected canvas (or the one holding the selection, or every canvas on
 * the page) and stores each report as shared plugin data `vpcfit`/`report` on its section (split over
 * `report.1` … when large, see `report-storage.ts`), where other plugins and the REST API can read it.
 * Reads one canvas when one is asked for, else the page once; writes only plugin data.
 */
export async function checkFitAsync(options: {
  canvasId: string | null
  locale: Locale
}): Promise<CheckFitOutcome> {
  assertFigJam(options.locale)
  const page = figma.currentPage
  const now = new Date().toISOString()
  const canvases = canvasSectionsOn(page)
  if (canvases.length === 0) throw new UserFacingError(t(options.locale, 'notify.noCanvas'))
  const ids = targetCanvasIds(canvases, options.canvasId, page.selection)
  // One canvas reads only that canvas; several (or all) read the page once.
  const one = ids && ids.length === 1 ? readOneCanvas(page, ids[0] as string, now, canvases) : null
  const targets = one
    ? [one.analysis]
    : analyzeBoard(takeSnapshot(page), now).filter((a) => ids === null || ids.includes(a.report.canvas.id))
  if (targets.length === 0) throw new UserFacingError(t(options.locale, 'notify.canvasGone'))
  // Every section is looked up before anything is written: a canvas deleted by someone meanwhile stops the command
  // before it has stored some reports and not others.
  const sections: SectionNode[] = []
  for (const analysis of targets) {
    const section = await findSectionAsync(analysis.report.canvas.id)
    if (!section) throw new UserFacingError(t(options.locale, 'notify.canvasGone'))
    sections.push(section)
  }
  if (sections.some((section) => section.removed))
    throw new UserFacingError(t(options.locale, 'notify.canvasGone'))
  // Every report is planned before anything is written: a canvas beyond the limits stops the command with the
  // numbers, and no report is ever stored in part.
  const plans: StorageEntry[][] = []
  targets.forEach((analysis, i) => {
    const section = sections[i] as SectionNode
    const plan = planReportStorage(analysis.report, storedReportHead(section), SHARED_NAMESPACE)
    if (!plan.ok) throw new UserFacingError(sizeProblemMessage(analysis.report.canvas.locale, plan.problem, 'store'))
    plans.push(plan.entries)
  })
  targets.forEach((analysis, i) => {
    const section = sections[i] as SectionNode
    writeStoredReport(section, plans[i] ?? [])
    setRelaunchButtons(section, analysis.report.canvas.locale)
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
  return { message, analyses: targets }
}
