import { hexOfFills } from './paint'

/**
 * The fills of the stickies with these ids on `page`, as upper-case hex: read for an export only (the fit check never
 * reads colours), one pass, the fill read only for the stickies asked for.
 */
export function stickyFills(page: PageNode, ids: ReadonlySet<string>): Map<string, string> {
  const fills = new Map<string, string>()
  if (ids.size === 0) return fills
  for (const node of page.findAllWithCriteria({ types: ['STICKY'] })) {
    const id = node.id
    if (!ids.has(id)) continue
    const hex = hexOfFills(node.fills)
    if (hex !== null) fills.set(id, hex)
  }
  return fills
}
