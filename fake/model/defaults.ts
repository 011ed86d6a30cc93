/**
 * New nodes as FigJam makes them. Sizes and the Inter Medium text font are documented FigJam facts;
 * default colours and text sizes are unverified guesses (plugins should set what they rely on).
 */
import { solidPaint, TEXT_COLOR } from '../colors'
import { INTER_MEDIUM, type FontKey } from '../fonts'
import { FONT_SIZE, STICKY, textSize } from '../text-layout'
import { blankRecord, type NodeRecord, type SceneType, type TextRecord } from './record'

/** Default sizes. */
export const DEFAULT_SIZE = Object.freeze({
  section: 100,
  shape: 208,
  line: 100,
  stamp: 48
})

/** Default fill of a new sticky (unverified: FigJam's UI remembers the last colour used). */
export const DEFAULT_STICKY_FILL = 'FFE299'

/** Stamp kinds people can place (the fake's names; FigJam's stamp set is larger). */
/**
 * The stamps of FigJam's stamp wheel, by the `name` a new stamp gets (developers.figma.com/docs/plugins/api/StampNode:
 * "Use the stamp's name property to tell what type of stamp it is").
 */
export const STAMP_KINDS = ['+1', 'Dot', 'Heart', 'Profile', 'Question', 'Star', 'Thumbs down', 'Thumbs up'] as const
/** One of FigJam's stamps. */
export type StampKind = (typeof STAMP_KINDS)[number]

function text(fontSize: number, font: FontKey = INTER_MEDIUM): TextRecord {
  return { characters: '', fontName: font, fontSize, fills: Object.freeze([solidPaint(TEXT_COLOR)]) }
}

/** A new node of `type` with FigJam's defaults. `authorName` is used for stickies. */
export function newRecord(
  id: string,
  type: SceneType,
  options: { authorName: string; editor: 'figjam' | 'figma' }
): NodeRecord {
  const record = blankRecord(id, type)
  switch (type) {
    case 'STICKY':
      record.name = 'Sticky'
      record.width = STICKY.width
      record.height = STICKY.minHeight
      record.fills = Object.freeze([solidPaint(DEFAULT_STICKY_FILL)])
      record.text = text(FONT_SIZE.sticky)
      record.authorName = options.authorName
      break
    case 'SHAPE_WITH_TEXT':
      record.name = 'Shape'
      record.width = DEFAULT_SIZE.shape
      record.height = DEFAULT_SIZE.shape
      record.fills = Object.freeze([solidPaint('FFFFFF')])
      record.strokes = Object.freeze([solidPaint(TEXT_COLOR)])
      record.text = text(FONT_SIZE.shape)
      break
    case 'CONNECTOR':
      record.name = 'Connector'
      record.strokes = Object.freeze([solidPaint(TEXT_COLOR)])
      record.strokeWeight = 2
      record.connectorEnd = Object.freeze({ position: Object.freeze({ x: DEFAULT_SIZE.line, y: 0 }) })
      record.text = text(FONT_SIZE.connector)
      break
    case 'LINE':
      record.name = 'Line'
      record.width = DEFAULT_SIZE.line
      record.strokes = Object.freeze([solidPaint(TEXT_COLOR)])
      break
    case 'TEXT': {
      // Figma Design's createText gives Inter Regular 12; FigJam writes in Inter Medium.
      const figjam = options.editor === 'figjam'
      record.text = text(
        figjam ? FONT_SIZE.text : 12,
        figjam ? INTER_MEDIUM : { family: 'Inter', style: 'Regular' }
      )
      const size = textSize('', record.text.fontSize)
      record.width = size.width
      record.height = size.height
      record.autoRename = true
      break
    }
    case 'SECTION':
      record.name = 'Section'
      record.width = DEFAULT_SIZE.section
      record.height = DEFAULT_SIZE.section
      record.fills = Object.freeze([solidPaint('FFFFFF')])
      break
    case 'STAMP':
      // A stamp's kind is its name; the user module names each stamp after the kind placed.
      record.name = STAMP_KINDS[0]
      record.width = DEFAULT_SIZE.stamp
      record.height = DEFAULT_SIZE.stamp
      break
    case 'GROUP':
      record.name = 'Group'
      break
  }
  return record
}
