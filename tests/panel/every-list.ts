import { ITEM_LIST_KEYS } from '../../contract/messages'
import type { ItemView } from '../../contract/messages'
import { LIST_WINDOW } from '../../contract/limits'

/**
 * Every sticky list, a window each, and the whole analysis: what a panel with every tab and zone open would ask for
 * (`VIEW_ITEMS`). Tests that check the panel's analysis against a fresh one ask for it.
 */
export const EVERY_LIST: ItemView = {
  lists: ITEM_LIST_KEYS.map((key) => ({ key, shown: LIST_WINDOW })),
  full: true
}
