/**
 * A sticky's text as the room reads it, list formatting included. FigJam text can be formatted as a list
 * (`TextListOptions`: ORDERED, UNORDERED); the list markers are drawn, not stored in `characters`, so a sticky the
 * team numbered as an ordered list would lose its rank marker. One read, `getStyledTextSegments(['listOptions'])`,
 * gives both the characters and each paragraph's list type; the markers are put back into the text ("1. ", "2. "
 * for an ordered list, restarting after a paragraph that is not one; "• " for a bulleted one), so the core ranks
 * "1. Long waits" first whichever way it was typed.
 */

type Segment = { characters: string; listOptions: TextListOptions }

/** The text of `segments` with each list paragraph's marker written out. */
export function textWithListMarkers(segments: readonly Segment[]): string {
  if (segments.every((segment) => segment.listOptions.type === 'NONE'))
    return segments.map((segment) => segment.characters).join('')
  let out = ''
  let atParagraphStart = true
  let number = 0
  for (const { characters, listOptions } of segments) {
    const type = listOptions.type
    for (const char of characters) {
      if (atParagraphStart) {
        if (type === 'ORDERED') {
          number += 1
          out += `${number}. `
        } else {
          number = 0
          if (type === 'UNORDERED') out += '• '
        }
      }
      out += char
      atParagraphStart = char === '\n'
    }
  }
  return out
}

/** The text of a sticky's (or shape's) text sublayer, list markers included; one read of the node. */
export function readStickyText(text: TextSublayerNode): string {
  let segments: Segment[]
  try {
    segments = text.getStyledTextSegments(['listOptions'])
  } catch {
    // Not every editor may split sublayer text by list options: the plain characters are still right.
    return text.characters
  }
  return textWithListMarkers(segments)
}
