import { UserFacingError } from '../adapter/errors'

/**
 * Throws `message` when the person went to another page while the command waited (for its fonts or a node lookup):
 * FigJam's `currentPage` follows them, new nodes land on it, and the page they left may no longer be loaded
 * (dynamic-page). Called after a command's last wait, before its first write, so it changes nothing on either page.
 */
export function stayOnPage(page: PageNode, message: string): void {
  if (figma.currentPage.id !== page.id) throw new UserFacingError(message)
}
