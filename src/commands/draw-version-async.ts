import { CANVAS_NAME_MAX, HISTORY_NAME_MAX } from '../../contract/limits'
import { drawVersionCopy } from '../adapter/draw-version'
import { assertFigJam } from '../adapter/editor'
import { UserFacingError } from '../adapter/errors'
import { findCanvasNodeAsync } from '../adapter/find-node'
import { loadTemplateFontsOrExplainAsync } from '../adapter/fonts'
import { readNodeHistory } from '../adapter/history-store'
import { boxOf } from '../adapter/occupied'
import { versionPlan } from '../core/history/version-plan'
import { truncate } from '../core/layout/vpc-layout'
import { cardTimeOf } from '../core/fit-card'
import type { FitReport, Locale } from '../core/types'
import { t, tKey } from '../i18n'
import type { CommandOutcome } from '../run/run-command'
import { stayOnPage } from './same-page'

/** "after interviews · 3 Nov 2026, 14:20", or the date alone, in the canvas's language. */
function versionLabel(locale: Locale, version: { name?: string; at: string }): string {
  const time = cardTimeOf(new Date(version.at))
  const date = `${time.day} ${tKey(locale, `card.month.${time.month}`)} ${time.year}, ${String(time.hours).padStart(2, '0')}:${String(time.minutes).padStart(2, '0')}`
  return version.name === undefined ? date : `${truncate(version.name, HISTORY_NAME_MAX)} · ${date}`
}

/**
 * Draws a version of a canvas's history back onto the board as a locked, labelled copy beside the canvas, for a
 * before/after comparison. Reads the version from the canvas's history; writes only the new copy; one undo step.
 */
export async function drawVersionAsync(options: {
  report: FitReport
  versionId: string
  locale: Locale
}): Promise<CommandOutcome> {
  assertFigJam(options.locale)
  const { report } = options
  const locale = report.canvas.locale
  const page = figma.currentPage
  const node = await findCanvasNodeAsync(report.canvas.id)
  const box = node ? boxOf(node) : null
  if (!node || !box) throw new UserFacingError(t(options.locale, 'notify.canvasGone'))
  const version = readNodeHistory(node).versions.find((v) => v.id === options.versionId)
  if (!version) throw new UserFacingError(t(options.locale, 'history.unknownVersion'))
  const plan = versionPlan(version, report.canvas)
  if (!plan) throw new UserFacingError(t(options.locale, 'history.thinnedVersion'))
  await loadTemplateFontsOrExplainAsync(t(options.locale, 'notify.fontFailed'))
  stayOnPage(page, t(options.locale, 'notify.canvasGone'))
  const label = versionLabel(locale, version)
  const canvasName = node.name.replace(/\s+/g, ' ').trim()
  // The canvas's name first, cut so that the version's label and "(read-only copy)" always show whole.
  const name = t(locale, 'history.copyName', { canvas: truncate(canvasName, CANVAS_NAME_MAX - 20), label })
  drawVersionCopy(plan, box, name)
  return { message: t(options.locale, 'history.drawn', { label: truncate(label, 40) }) }
}
