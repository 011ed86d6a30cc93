import { connectNodes } from '../adapter/connect'
import { assertFigJam } from '../adapter/editor'
import { UserFacingError } from '../adapter/errors'
import { findSceneNodeAsync } from '../adapter/find-node'
import { zoneOfSticky } from '../core/selection'
import type { CanvasAnalysis, Locale, ZoneKey } from '../core/types'
import { t } from '../i18n'
import type { CommandOutcome } from '../run/run-command'
import { readOneCanvasAnywhereAsync } from './read-canvas'

const VALID_PAIRS: Record<string, ZoneKey> = {
  painRelievers: 'pains',
  gainCreators: 'gains',
  products: 'jobs'
}

export interface SuggestionRequest {
  canvasId: string
  fromId: string
  toId: string
  locale: Locale
}

function assertValidPair(analysis: CanvasAnalysis | undefined, request: SuggestionRequest): void {
  const fromZone = analysis ? zoneOfSticky(analysis, request.fromId) : null
  const toZone = analysis ? zoneOfSticky(analysis, request.toId) : null
  if (!fromZone || !toZone || VALID_PAIRS[fromZone] !== toZone) {
    throw new UserFacingError(t(request.locale, 'notify.suggestionStale'))
  }
}

/**
 * Accepts a link suggestion: draws a FigJam connector from the value-map sticky to the
 * customer-profile sticky. The pair is checked against the board as it is now (the panel's view
 * may be a moment old): both stickies still in matching zones of that canvas and not yet linked.
 * Nothing else changes. One undo step.
 */
export async function acceptSuggestionAsync(request: SuggestionRequest): Promise<CommandOutcome> {
  assertFigJam(request.locale)
  const from = await findSceneNodeAsync(request.fromId)
  const to = await findSceneNodeAsync(request.toId)
  if (!from || !to || from.type !== 'STICKY' || to.type !== 'STICKY') {
    throw new UserFacingError(t(request.locale, 'notify.suggestionStale'))
  }
  // The plugin's canvas or one people drew and adopted: suggestions are offered on both.
  const analysis = (await readOneCanvasAnywhereAsync(figma.currentPage, request.canvasId)) ?? undefined
  assertValidPair(analysis, request)
  // A collaborator may have deleted one of the two while the canvas was read.
  if (from.removed || to.removed) throw new UserFacingError(t(request.locale, 'notify.suggestionStale'))
  const linked = analysis?.report.links.some(
    (link) => link.kind !== 'invalid' && link.from === request.fromId && link.to === request.toId
  )
  if (linked) throw new UserFacingError(t(request.locale, 'notify.suggestionStale'))
  connectNodes(from, to)
  figma.commitUndo()
  return { message: t(request.locale, 'notify.linkDrawn') }
}
