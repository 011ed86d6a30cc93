import { firstGraphemes } from '../../contract/graphemes'
import type { Rect } from '../core/types'
import { TEMPLATE_FONT } from './fonts'
import { solid } from './paint'
import { DATA_KEYS, setData } from './plugin-data'

/** Marks a template part as the plugin's: its role, and the canvas's metadata. */
export function tagPart(node: BaseNode, role: string, meta: string): void {
  setData(node, DATA_KEYS.role, role)
  setData(node, DATA_KEYS.meta, meta)
}

export interface LockedShapeSpec {
  shapeType: ShapeWithTextNode['shapeType']
  box: Rect
  fill: string
  stroke: string
  strokeWeight: number
  name: string
}

/**
 * A locked, tagged shape inside `section` (section-local box). Appended before it is placed:
 * appending keeps the x/y numbers, so placing first would make it jump.
 */
export function drawLockedShape(
  section: SectionNode | PageNode,
  spec: LockedShapeSpec,
  role: string,
  meta: string
): ShapeWithTextNode {
  const shape = figma.createShapeWithText()
  section.appendChild(shape)
  shape.shapeType = spec.shapeType
  shape.resize(spec.box.width, spec.box.height)
  shape.x = spec.box.x
  shape.y = spec.box.y
  shape.fills = [solid(spec.fill)]
  shape.strokes = [solid(spec.stroke)]
  shape.strokeWeight = spec.strokeWeight
  shape.name = spec.name
  shape.locked = true
  tagPart(shape, role, meta)
  return shape
}

export interface LockedTextSpec {
  box: Rect
  fontSize: number
  color: string
  align?: 'LEFT' | 'CENTER'
}

/**
 * A locked, tagged text inside `section`: fixed width, growing in height, Inter Medium
 * (the font must already be loaded).
 */
export function drawLockedText(
  section: SectionNode,
  spec: LockedTextSpec,
  characters: string,
  role: string,
  meta: string
): TextNode {
  const text = figma.createText()
  section.appendChild(text)
  text.fontName = TEMPLATE_FONT
  text.fontSize = spec.fontSize
  text.characters = characters
  if (spec.align) text.textAlignHorizontal = spec.align
  text.resize(spec.box.width, spec.box.height)
  text.textAutoResize = 'HEIGHT'
  text.x = spec.box.x
  text.y = spec.box.y
  text.fills = [solid(spec.color)]
  text.name = firstGraphemes(characters, 40)
  text.locked = true
  tagPart(text, role, meta)
  return text
}
