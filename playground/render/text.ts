/**
 * Where the board's text lines go: the fake's own line breaks (`wrapLines`, Inter Medium's advance widths) placed
 * as the fake sizes the node, so the playground shows the layout the fake computed, not a browser's reflow of it.
 * The board draws the lines as SVG `<text>` in the same font (served from `@fontsource/inter`, kerning and ligatures
 * off, as the fake measures), so a line is as wide on screen as the fake says it is.
 */
import { FONT_SIZE, LINE_HEIGHT, STICKY, hasAdvance, textWidth, wrapLines } from '../../fake'
import type { RenderNode } from './model'

/**
 * Inter's ascender and descender (hhea and OS/2 typo metrics agree: 1984 and -494 of 2048 units, read from the
 * @fontsource/inter files with opentype.js): the baseline sits half the leading plus the ascender below a line's top.
 */
const ASCENT_EM = 1984 / 2048
const DESCENT_EM = 494 / 2048
export const BASELINE_EM = (LINE_HEIGHT - ASCENT_EM - DESCENT_EM) / 2 + ASCENT_EM

/** One line of laid-out text: its characters, where its baseline starts (node-local) and its width. */
export interface TextLine {
  text: string
  /** The x the line is anchored at (its left, centre or right end, by `anchor`). */
  x: number
  /** Top of the line's box; the baseline is `BASELINE_EM` font sizes below. */
  top: number
  width: number
  /**
   * Runs of characters the fake has a width for and runs it guesses (emoji, scripts outside latin: `FALLBACK_EM`
   * each), with the fake's widths; the board fits each guessed run to the fake's width, so the line is as long as the
   * fake thinks while known letters keep their real shapes. Empty when nothing on the line is guessed.
   */
  guessed: Array<{ text: string; guessed: boolean; width: number }>
}

export interface TextLayout {
  lines: TextLine[]
  fontSize: number
  lineHeight: number
  anchor: 'start' | 'middle' | 'end'
  color: string
}

function anchorOf(align: RenderNode['textAlign'], fallback: TextLayout['anchor']): TextLayout['anchor'] {
  if (align === 'CENTER') return 'middle'
  if (align === 'RIGHT') return 'end'
  if (align === 'LEFT' || align === 'JUSTIFIED') return 'start'
  return fallback
}

function guessedRuns(line: string, fontSize: number): TextLine['guessed'] {
  const runs: Array<{ text: string; guessed: boolean }> = []
  let any = false
  for (const char of line) {
    const guessed = !hasAdvance(char)
    any ||= guessed
    const last = runs[runs.length - 1]
    if (last && last.guessed === guessed) last.text += char
    else runs.push({ text: char, guessed })
  }
  if (!any) return []
  // Spaces between two guessed runs belong to them: a right-to-left phrase stays one run, so the browser's bidi
  // reordering never fits its words one by one.
  const merged: typeof runs = []
  for (const run of runs) {
    const last = merged[merged.length - 1]
    const before = merged[merged.length - 2]
    if (run.guessed && last && !last.guessed && last.text.trim() === '' && before?.guessed) {
      merged.pop()
      before.text += last.text + run.text
    } else merged.push({ ...run })
  }
  return merged.map((run) => ({ ...run, width: textWidth(run.text, fontSize) }))
}

function place(
  raw: readonly string[],
  box: { x: number; y: number; width: number; height: number },
  fontSize: number,
  anchor: TextLayout['anchor'],
  vertical: 'top' | 'middle',
  color: string
): TextLayout {
  const lineHeight = fontSize * LINE_HEIGHT
  const x = anchor === 'middle' ? box.x + box.width / 2 : anchor === 'end' ? box.x + box.width : box.x
  const top = vertical === 'middle' ? box.y + (box.height - raw.length * lineHeight) / 2 : box.y
  const lines: TextLine[] = []
  raw.forEach((text, i) => {
    if (text === '') return
    lines.push({ text, x, top: top + i * lineHeight, width: textWidth(text, fontSize), guessed: guessedRuns(text, fontSize) })
  })
  return { lines, fontSize, lineHeight, anchor, color }
}

/** A sticky's text: wrapped at the sticky's width less its padding, from the top-left, as the fake sizes it. */
export function stickyText(node: RenderNode): TextLayout {
  const fontSize = node.fontSize ?? FONT_SIZE.sticky
  const width = node.width - 2 * STICKY.padding
  const raw = wrapLines(node.text ?? '', width, fontSize)
  const box = { x: STICKY.padding, y: STICKY.padding, width, height: node.height - 2 * STICKY.padding - STICKY.author }
  return place(raw, box, fontSize, anchorOf(node.textAlign, 'start'), 'top', node.textColor ?? '#1E1E1E')
}

/** Inner padding of a shape's text (FigJam keeps shape text off the outline). */
export function shapePadding(node: RenderNode): number {
  return Math.min(16, node.width / 8)
}

/**
 * A shape's text: wrapped inside its padding, centred both ways, as FigJam shows shape text (the fake does not grow
 * shapes with text, and its records' 'LEFT' alignment is a default every record gets, not a shape's look).
 */
export function shapeText(node: RenderNode): TextLayout {
  const fontSize = node.fontSize ?? FONT_SIZE.shape
  const pad = shapePadding(node)
  const box = { x: pad, y: pad, width: Math.max(1, node.width - 2 * pad), height: node.height - 2 * pad }
  const raw = wrapLines(node.text ?? '', box.width, fontSize)
  return place(raw, box, fontSize, 'middle', 'middle', node.textColor ?? '#1E1E1E')
}

/**
 * A text node's text: one line per paragraph when it grows with its text ('WIDTH_AND_HEIGHT', as the fake sizes it
 * with `textSize`), else wrapped at its width ('HEIGHT', 'NONE', 'TRUNCATE': the fake's `lineCount` at the width).
 */
export function freeText(node: RenderNode): TextLayout {
  const fontSize = node.fontSize ?? FONT_SIZE.text
  const text = node.text ?? ''
  const raw = node.textAutoResize === 'WIDTH_AND_HEIGHT' ? text.split('\n') : wrapLines(text, Math.max(node.width, 1), fontSize)
  const box = { x: 0, y: 0, width: Math.max(node.width, 1), height: Math.max(node.height, 1) }
  return place(raw, box, fontSize, anchorOf(node.textAlign, 'start'), 'top', node.textColor ?? node.fills[0] ?? '#1E1E1E')
}
