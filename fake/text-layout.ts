/**
 * Text layout with Inter Medium's real advance widths (`metrics/inter-medium.ts`, generated from the font
 * `@fontsource/inter` ships and checked by a test): stickies grow and text nodes wrap as their words do in
 * FigJam. Lines break at spaces; a word wider than the line breaks between characters. Not modelled: kerning
 * (Inter's kerning only narrows text, so lines here are never shorter than FigJam's), ligatures and characters
 * outside latin and latin-ext (measured as `FALLBACK_EM`).
 */
import { INTER_MEDIUM_RUNS, INTER_MEDIUM_UNITS_PER_EM } from './metrics/inter-medium'

/** Line height as a share of the font size. */
export const LINE_HEIGHT = 1.25
/** Sticky geometry (FigJam: 240 x 240, wide 416 x 240; width fixed, height grows with text). */
export const STICKY = Object.freeze({ width: 240, wideWidth: 416, minHeight: 240, padding: 24, author: 24 })
/** Default text sizes (unverified against FigJam: any fixed numbers would do). */
export const FONT_SIZE = Object.freeze({ sticky: 24, shape: 16, connector: 16, text: 16 })
/** Width of a character the table lacks, as a share of the font size (Inter's widest common letters). */
export const FALLBACK_EM = 0.75

const ADVANCE = new Map<number, number>()
for (const run of INTER_MEDIUM_RUNS) {
  const first = run[0] as number
  for (let i = 1; i < run.length; i++) ADVANCE.set(first + i - 1, (run[i] as number) / INTER_MEDIUM_UNITS_PER_EM)
}

/** Advance of one character as a share of the font size. */
export function advanceEm(char: string): number {
  return ADVANCE.get(char.codePointAt(0) as number) ?? FALLBACK_EM
}

/** Whether the table has the character's width (else it is measured as `FALLBACK_EM`, a guess). */
export function hasAdvance(char: string): boolean {
  return ADVANCE.has(char.codePointAt(0) as number)
}

/** Width of one line of text at `fontSize`, in px. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0
  for (const char of text) em += advanceEm(char)
  return em * fontSize
}

/** The lines `paragraph` wraps to in a box `width` wide: greedy, at spaces; overlong words break anywhere. */
function wrapParagraph(paragraph: string, width: number, fontSize: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of paragraph.split(' ')) {
    const candidate = line === '' ? word : `${line} ${word}`
    if (textWidth(candidate, fontSize) <= width) {
      line = candidate
      continue
    }
    if (line !== '') lines.push(line)
    line = ''
    // The word alone: keep whole if it fits, else break it between characters.
    for (const char of word) {
      if (line !== '' && textWidth(line + char, fontSize) > width) {
        lines.push(line)
        line = ''
      }
      line += char
    }
  }
  lines.push(line)
  return lines
}

/** The lines `text` wraps to in a box `width` wide (each paragraph at least one line). */
export function wrapLines(text: string, width: number, fontSize: number): string[] {
  return text.split('\n').flatMap((paragraph) => wrapParagraph(paragraph, width, fontSize))
}

/** How many lines `text` wraps to in a box `width` wide. */
export function lineCount(text: string, width: number, fontSize: number): number {
  return wrapLines(text, width, fontSize).length
}

/** A sticky's height for its text: 240 until the text no longer fits, then one line height per line. */
export function stickyHeight(text: string, fontSize: number, wide: boolean): number {
  const width = (wide ? STICKY.wideWidth : STICKY.width) - 2 * STICKY.padding
  const lines = lineCount(text, width, fontSize)
  const needed = lines * fontSize * LINE_HEIGHT + 2 * STICKY.padding + STICKY.author
  return Math.max(STICKY.minHeight, Math.ceil(needed))
}

/** Size of an auto-width text node: the widest line wide, one line height per line tall. */
export function textSize(text: string, fontSize: number): { width: number; height: number } {
  const paragraphs = text.split('\n')
  const widest = paragraphs.reduce((max, p) => Math.max(max, textWidth(p, fontSize)), 0)
  return { width: Math.ceil(widest), height: Math.ceil(paragraphs.length * fontSize * LINE_HEIGHT) }
}
