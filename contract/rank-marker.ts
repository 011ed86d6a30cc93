/**
 * Rank markers: how a team numbers its most important stickies. The core ranks by them; the panel lists a
 * sticky beside its rank without repeating the marker.
 */

// `1.`, `1)` or `#1` at the start (after any leading white space), followed by white space (a space, a tab or a
// line break). `1.5 kg` and `#1st` are not markers; neither is a bare `1.` with nothing after it.
const RANK_MARKER = /^\s*(?:(\d+)[.)]|#(\d+))\s/

/**
 * Whether `text` cannot start with a marker, told from its first character alone: an ASCII letter (most stickies
 * start with one), or nothing. Ranking asks this of every sticky of a 10,000-sticky canvas, twice.
 */
function plainStart(text: string): boolean {
  if (text.length === 0) return true
  const code = text.charCodeAt(0) | 0x20
  return code >= 0x61 && code <= 0x7a
}

/** The number of the rank marker the text starts with (`1.`, `1)` or `#1` followed by a space), or null. */
export function rankMarkerOf(text: string): number | null {
  if (plainStart(text)) return null
  const match = RANK_MARKER.exec(text)
  if (!match) return null
  const digits = match[1] ?? match[2]
  return digits === undefined ? null : Number(digits)
}

/** The text without its leading rank marker and the white space after it (unchanged when it has none). */
export function withoutRankMarker(text: string): string {
  if (plainStart(text)) return text
  const match = RANK_MARKER.exec(text)
  return match ? text.slice(match[0].length).trimStart() : text
}
