/**
 * A deliberately simple text layout: enough for stickies to grow with their text and text nodes to
 * have a size, without pretending to measure glyphs. One character is `fontSize * CHAR_WIDTH` wide.
 */

/** Average glyph width as a share of the font size (about 20 characters per line on a 240 sticky). */
export const CHAR_WIDTH = 0.4
/** Line height as a share of the font size. */
export const LINE_HEIGHT = 1.25
/** Sticky geometry (FigJam: 240 x 240, wide 416 x 240; width fixed, height grows with text). */
export const STICKY = Object.freeze({ width: 240, wideWidth: 416, minHeight: 240, padding: 24, author: 24 })
/** Default text sizes (unverified against FigJam: any fixed numbers would do). */
export const FONT_SIZE = Object.freeze({ sticky: 24, shape: 16, connector: 16, text: 16 })

/** How many lines `text` wraps to in a box `width` wide. */
export function lineCount(text: string, width: number, fontSize: number): number {
  const perLine = Math.max(1, Math.floor(width / (fontSize * CHAR_WIDTH)))
  let lines = 0
  for (const paragraph of text.split('\n')) lines += Math.max(1, Math.ceil(paragraph.length / perLine))
  return lines
}

/** A sticky's height for its text: 240 until the text no longer fits, then one line height per line. */
export function stickyHeight(text: string, fontSize: number, wide: boolean): number {
  const width = (wide ? STICKY.wideWidth : STICKY.width) - 2 * STICKY.padding
  const lines = lineCount(text, width, fontSize)
  const needed = lines * fontSize * LINE_HEIGHT + 2 * STICKY.padding + STICKY.author
  return Math.max(STICKY.minHeight, Math.ceil(needed))
}

/** Size of an auto-width text node: the longest line wide, one line height per line tall. */
export function textSize(text: string, fontSize: number): { width: number; height: number } {
  const paragraphs = text.split('\n')
  const longest = paragraphs.reduce((max, p) => Math.max(max, p.length), 0)
  return {
    width: Math.ceil(longest * fontSize * CHAR_WIDTH),
    height: Math.ceil(paragraphs.length * fontSize * LINE_HEIGHT)
  }
}
