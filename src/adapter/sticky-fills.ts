/** The first solid fill as upper-case hex (`RRGGBB`), or null (none, or mixed). */
function hexOfFills(fills: ReadonlyArray<Paint> | PluginAPI['mixed']): string | null {
  if (typeof fills === 'symbol') return null
  const first = fills.find((paint) => paint.type === 'SOLID')
  if (!first || first.type !== 'SOLID') return null
  const channel = (v: number) => Math.round(v * 255).toString(16).padStart(2, '0')
  return (channel(first.color.r) + channel(first.color.g) + channel(first.color.b)).toUpperCase()
}

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
