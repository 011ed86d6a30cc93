import { assertFigJam } from '../adapter/editor'
import { UserFacingError } from '../adapter/errors'
import { findCanvasNodeAsync } from '../adapter/find-node'
import { DATA_KEYS, getData, readRejected, writeRejected } from '../adapter/plugin-data'
import { t } from '../i18n'
import type { CommandOutcome } from '../run/run-command'
import type { SuggestionRequest } from './accept-suggestion-async'

/** Rejects a suggestion for good: the pair is remembered on the canvas. One undo step. */
export async function rejectSuggestionAsync(request: SuggestionRequest): Promise<CommandOutcome> {
  assertFigJam(request.locale)
  const section = await findCanvasNodeAsync(request.canvasId)
  if (!section) throw new UserFacingError(t(request.locale, 'notify.canvasGone'))
  const rejected = readRejected(getData(section, DATA_KEYS.rejected))
  const pair = `${request.fromId}>${request.toId}`
  if (!rejected.includes(pair)) rejected.push(pair)
  writeRejected(section, rejected)
  figma.commitUndo()
  return { message: t(request.locale, 'notify.suggestionHidden') }
}
