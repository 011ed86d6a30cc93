import { assertFigJam } from '../adapter/editor'
import { UserFacingError } from '../adapter/errors'
import { findCanvasNodeAsync } from '../adapter/find-node'
import { DATA_KEYS, getData, readChecks, writeChecks } from '../adapter/plugin-data'
import { CHECKLIST_KEYS } from '../core/checklist'
import type { Locale } from '../core/types'
import { t } from '../i18n'
import type { CommandOutcome } from '../run/run-command'

/**
 * Ticks or unticks a manual checklist item. The tick is stored on the canvas section, so the
 * whole team sees the same checklist and it outlives the plugin session. One undo step.
 */
export async function setCheckAsync(options: {
  canvasId: string
  itemKey: string
  checked: boolean
  locale: Locale
}): Promise<CommandOutcome> {
  assertFigJam(options.locale)
  const item = CHECKLIST_KEYS.find((entry) => entry.key === options.itemKey)
  if (!item || item.auto) throw new UserFacingError(t(options.locale, 'notify.unknownCheck'))
  const section = await findCanvasNodeAsync(options.canvasId)
  if (!section) throw new UserFacingError(t(options.locale, 'notify.canvasGone'))
  const ticks = readChecks(getData(section, DATA_KEYS.checks))
  if (options.checked) ticks[options.itemKey] = true
  else delete ticks[options.itemKey]
  writeChecks(section, ticks)
  figma.commitUndo()
  return { message: t(options.locale, options.checked ? 'notify.checkTicked' : 'notify.checkUnticked') }
}
