import { NOTIFY_MAX } from '../../contract/limits'
import { adoptedNodeIds, readSelectionDrawing, storeAdoption, storeZoneMap, unreadInSelection } from '../adapter/drawn-canvas'
import { assertFigJam } from '../adapter/editor'
import { UserFacingError } from '../adapter/errors'
import { findSceneNodeAsync } from '../adapter/find-node'
import { SHARED_NAMESPACE } from '../adapter/plugin-data'
import { takeSnapshot } from '../adapter/snapshot'
import { storedReportHead } from '../adapter/stored-report'
import { analyzeBoard } from '../core/analyze'
import { dependsOnUnread, recognizeDrawing } from '../core/drawn/recognize'
import type { AdoptDecision, AdoptRefusal } from '../core/drawn/types'
import { planReportStorage } from '../core/report-storage'
import type { Locale, ZoneKey } from '../core/types'
import { ZONE_KEYS } from '../core/types'
import { t, zoneLabel } from '../i18n'
import type { CommandOutcome } from '../run/run-command'
import { sizeProblemMessage } from './size-problem'

/** "Gains and Pains", "Customer jobs, Pains and Gains": zone names in the user's language. */
export function zoneList(locale: Locale, zones: readonly ZoneKey[]): string {
  const names = zones.map((zone) => zoneLabel(locale, zone))
  if (names.length <= 1) return names[0] ?? ''
  const last = names[names.length - 1] as string
  return t(locale, 'adopt.list.and', { first: names.slice(0, -1).join(', '), last })
}

/** The sentence for a refusal, in the user's language. */
export function refusalMessage(locale: Locale, refusal: AdoptRefusal): string {
  if (refusal.key === 'adopt.missingSide')
    return t(
      locale,
      refusal.side === 'customerProfile' ? 'adopt.missingSide.customerProfile' : 'adopt.missingSide.valueMap',
      {
        found: zoneList(locale, refusal.found)
      }
    )
  if (refusal.key === 'adopt.missingZones') {
    // What is missing is what the person must fix: named while it fits a notification. What was found is named
    // only while the whole sentence fits, else counted ("Found 5 but not Pains: …").
    const missing = zoneList(locale, refusal.missing)
    const named = t(locale, 'adopt.missingZones', { found: zoneList(locale, refusal.found), missing })
    if (named.length <= NOTIFY_MAX && refusal.found.length < ZONE_KEYS.length - 1) return named
    const counted = t(locale, 'adopt.missingZones', { found: String(refusal.found.length), missing })
    // Too many missing to name in a notification: the count, and the panel's zone list says which.
    return counted.length <= NOTIFY_MAX
      ? counted
      : t(locale, 'adopt.missingZones.counted', { found: String(refusal.found.length) })
  }
  if (refusal.key === 'adopt.twice') {
    const twice = refusal.twice ?? []
    const named = t(locale, 'adopt.twice', { zones: zoneList(locale, twice) })
    return named.length <= NOTIFY_MAX ? named : t(locale, 'adopt.twice.counted', { count: String(twice.length) })
  }
  if (refusal.key === 'adopt.wrongSide') {
    // The side whose shape holds the other side's labels; one label is named, several counted.
    const misplaced = refusal.misplaced ?? []
    const inValueMap = refusal.side !== 'customerProfile'
    if (misplaced.length === 1)
      return t(locale, inValueMap ? 'adopt.wrongSide.valueMap' : 'adopt.wrongSide.customerProfile', {
        zones: zoneList(locale, misplaced)
      })
    return t(locale, inValueMap ? 'adopt.wrongSide.counted.valueMap' : 'adopt.wrongSide.counted.customerProfile', {
      count: String(misplaced.length)
    })
  }
  return t(locale, refusal.key)
}

/** What the current selection would give if adopted (reads only): the panel offers adoption when it is ok. */
export function decideSelectionAdoption():
  AdoptDecision | { ok: false; refusal: null; reason: 'nothingSelected' | 'tooLarge' } {
  const selection = figma.currentPage.selection
  if (selection.length === 0) return { ok: false, refusal: null, reason: 'nothingSelected' }
  const drawing = readSelectionDrawing(selection, adoptedNodeIds(figma.currentPage))
  if (!drawing) return { ok: false, refusal: null, reason: 'tooLarge' }
  const decision = recognizeDrawing(drawing)
  // A picture, a paste from Figma Design or marker strokes: counted only when they could change what is said.
  return dependsOnUnread(decision) ? recognizeDrawing({ ...drawing, unread: unreadInSelection(selection) }) : decision
}

/**
 * Adopts the selected drawing as a canvas: stores its definition as shared plugin data `vpcfit` / `drawn` and
 * its first report as `vpcfit` / `report` on the section or group (loose drawings: on their largest shape), and
 * the relaunch buttons. Nothing people drew is moved, resized, relabelled, locked or restyled. One undo step;
 * a selection that is not a canvas is refused with what was found, and nothing is written.
 */
export async function adoptCanvasAsync(options: { locale: Locale }): Promise<CommandOutcome> {
  assertFigJam(options.locale)
  const decision = decideSelectionAdoption()
  if (!decision.ok) {
    if (decision.refusal === null)
      throw new UserFacingError(
        t(options.locale, decision.reason === 'tooLarge' ? 'adopt.tooLarge' : 'adopt.nothingSelected')
      )
    if (decision.refusal.key === 'adopt.already') return { message: t(options.locale, 'adopt.already') }
    throw new UserFacingError(refusalMessage(options.locale, decision.refusal))
  }
  const anchor = await findSceneNodeAsync(decision.anchor)
  if (!anchor) throw new UserFacingError(t(options.locale, 'notify.canvasGone'))
  const locale = decision.definition.locale
  // The first check runs on the board as it is now, with the drawing read as adopted, before anything is written.
  const snapshot = takeSnapshot(figma.currentPage, { node: anchor, definition: decision.definition })
  const analysis = analyzeBoard(snapshot, new Date().toISOString()).find(
    (candidate) => candidate.report.canvas.id === anchor.id
  )
  const zones = snapshot.canvases.find((canvas) => canvas.id === anchor.id)?.drawn
  if (!analysis) throw new UserFacingError(t(options.locale, 'notify.canvasGone'))
  const plan = planReportStorage(analysis.report, storedReportHead(anchor), SHARED_NAMESPACE)
  if (!plan.ok) throw new UserFacingError(sizeProblemMessage(locale, plan.problem, 'store'))
  storeAdoption(anchor, decision.definition, plan.entries, locale)
  if (zones) storeZoneMap(anchor, zones)
  figma.commitUndo()
  const { report } = analysis
  const placed = ZONE_KEYS.reduce((sum, zone) => sum + report.zones[zone].length, 0)
  return {
    message: t(options.locale, decision.note ?? 'adopt.adopted', {
      placed,
      unplaced: report.unplaced.length,
      score: report.fit.score
    })
  }
}
