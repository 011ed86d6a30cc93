import { selectAndLook, selectAndShow } from '../adapter/editor'
import { UserFacingError } from '../adapter/errors'
import { findSceneNodeAsync } from '../adapter/find-node'
import type { Locale } from '../core/types'
import { t } from '../i18n'
import type { CommandOutcome } from '../run/run-command'

/**
 * Selects a node and brings it into view (from a click in the panel). Changes no content. A canvas is framed
 * whole; a sticky is shown at a moderate zoom with its neighbours around it, and the view does not move at all
 * when it is already well in view.
 */
export async function focusNodeAsync(options: { nodeId: string; locale: Locale }): Promise<CommandOutcome> {
  const node = await findSceneNodeAsync(options.nodeId)
  if (!node) throw new UserFacingError(t(options.locale, 'notify.nodeGone'))
  const box = node.type === 'SECTION' ? null : node.absoluteBoundingBox
  if (!box) {
    selectAndShow([node])
    return { message: '' }
  }
  selectAndLook(node, box)
  return { message: '' }
}
