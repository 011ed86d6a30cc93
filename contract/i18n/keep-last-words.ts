/**
 * Joins the last two words of a line of text with a no-break space, so that wherever it wraps (a zone's width on
 * the board, the panel's width) the last line never holds one word alone.
 */
export function keepLastWordsTogether(text: string): string {
  const trimmed = text.trimEnd()
  const space = trimmed.lastIndexOf(' ')
  if (space <= 0) return trimmed
  return `${trimmed.slice(0, space)}\u00a0${trimmed.slice(space + 1)}`
}
