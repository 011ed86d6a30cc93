import { graphemeCount } from '../../contract/graphemes'
import { keepLastWordsTogether } from '../../contract/i18n/keep-last-words'
import { CANVAS_NAME_MAX, CANVAS_TITLE_MAX, MAX_NAME_CHARS } from '../../contract/limits'
import type { VpcLinePart, VpcShapePart, VpcTextPart } from '../core/layout/vpc-layout'
import { truncate, vpcLayout, VPC_COLOURS } from '../core/layout/vpc-layout'
import type { Locale, Point } from '../core/types'
import { t, tKey, zoneHint } from '../i18n'
import { formatCount } from '../../contract/i18n/format'
import { canvasMetaJson, DATA_KEYS, ROLES, setData } from './plugin-data'
import { solid } from './paint'
import { setRelaunchButtons } from './relaunch'
import { drawLockedShape, drawLockedText, tagPart } from './template-nodes'

export interface VpcContent {
  segment: string
  product: string
  locale: Locale
  /** Drawn by an import: the section's name says so, so it stands apart from the canvas it came from. */
  imported?: boolean
}

/**
 * The short, clear refusal for a name that cannot be stored in full (over `MAX_NAME_CHARS` characters), or null.
 * Checked before anything is drawn, so FigJam's own "data too large" never reaches the user.
 */
export function nameProblem(content: VpcContent, speaks: Locale = content.locale): string | null {
  const longest = Math.max(content.segment.trim().length, content.product.trim().length)
  if (longest <= MAX_NAME_CHARS) return null
  return t(speaks, 'limits.nameTooLong', {
    count: formatCount(speaks, longest),
    max: formatCount(speaks, MAX_NAME_CHARS)
  })
}

/** The section's name: "Value Proposition Canvas · segment · offer", cut with "…", "(imported)" kept whole. */
function sectionName(content: VpcContent, names: { segment: string; product: string }): string {
  const name = t(content.locale, 'canvas.name', names)
  if (!content.imported) return truncate(name, CANVAS_NAME_MAX)
  const suffix = t(content.locale, 'canvas.importedSuffix')
  return `${truncate(name, CANVAS_NAME_MAX - graphemeCount(suffix) - 1)} ${suffix}`
}


/** Segment and product as shown on the board: trimmed, one line, a fallback when empty. */
export function displayNames(content: VpcContent): { segment: string; product: string } {
  const clean = (text: string) => text.replace(/\s+/g, ' ').trim()
  const segment = clean(content.segment) || t(content.locale, 'canvas.segmentFallback')
  const product = clean(content.product) || t(content.locale, 'canvas.productFallback')
  return { segment, product }
}

function drawShape(section: SectionNode, part: VpcShapePart, meta: string): ShapeWithTextNode {
  const valueMap = part.role === 'value-map'
  return drawLockedShape(
    section,
    { ...part, strokeWeight: 8, name: valueMap ? 'Value map' : 'Customer profile' },
    valueMap ? ROLES.valueMap : ROLES.customerProfile,
    meta
  )
}

function drawLine(section: SectionNode, part: VpcLinePart, meta: string): LineNode {
  const line = figma.createLine()
  section.appendChild(line)
  line.resize(part.length, 0)
  // An explicit transform: the line starts at the shape's centre and points along the sector edge.
  const radians = (part.angle * Math.PI) / 180
  const cos = Math.cos(radians)
  const sin = Math.sin(radians)
  line.relativeTransform = [
    [cos, sin, part.start.x],
    [-sin, cos, part.start.y]
  ]
  line.strokes = [solid(part.stroke)]
  line.strokeWeight = 6
  line.name = 'Zone divider'
  line.locked = true
  tagPart(line, ROLES.divider, meta)
  return line
}

function textFor(
  part: VpcTextPart,
  content: VpcContent,
  names: { segment: string; product: string }
): string {
  const locale = content.locale
  switch (part.role) {
    case 'title':
      return truncate(t(locale, 'canvas.title', names), CANVAS_TITLE_MAX)
    case 'credit':
      // The footer: how to work on the canvas (rank markers as `#1`, which text formatting cannot turn into a
      // list), then the credit.
      return `${t(locale, 'canvas.instructions')}   ·   ${t(locale, 'canvas.credit')}`
    case 'side-label':
      return t(locale, part.side === 'customerProfile' ? 'side.customerProfile' : 'side.valueMap')
    case 'zone-label':
      return part.zone ? tKey(locale, `zone.${part.zone}`) : ''
    case 'zone-hint':
      return part.zone ? keepLastWordsTogether(zoneHint(locale, part.zone)) : ''
  }
}

/**
 * Draws one Value Proposition Canvas as native FigJam nodes with its top-left corner at `at`.
 * Fonts must already be loaded. If anything fails half-way, every node drawn so far is removed
 * again (they are all the plugin's own) and the error is passed on.
 */
export function drawVpc(content: VpcContent, at: Point): SectionNode {
  const layout = vpcLayout()
  const names = displayNames(content)
  // The language in a few bytes on every part; the names in full, each in its own entry, on the section only.
  const meta = canvasMetaJson(content.locale)
  const section = figma.createSection()
  try {
    section.name = sectionName(content, names)
    section.resizeWithoutConstraints(layout.width, layout.height)
    section.x = Math.round(at.x)
    section.y = Math.round(at.y)
    section.fills = [solid(VPC_COLOURS.section)]
    tagPart(section, ROLES.canvas, meta)
    setData(section, DATA_KEYS.segment, content.segment.trim())
    setData(section, DATA_KEYS.product, content.product.trim())
    setRelaunchButtons(section, content.locale)
    for (const part of layout.parts) {
      if (part.kind === 'shape') drawShape(section, part, meta)
      else if (part.kind === 'line') drawLine(section, part, meta)
      else drawLockedText(section, part, textFor(part, content, names), ROLES.text, meta)
    }
    return section
  } catch (error) {
    if (!section.removed) section.remove()
    throw error
  }
}

/**
 * Redraws a missing square or circle of a canvas at `box` (section-local); touches nothing else.
 */
export function redrawPart(
  section: SectionNode,
  part: 'valueMap' | 'customerProfile',
  box: { x: number; y: number; width: number; height: number },
  meta: string
): ShapeWithTextNode {
  const layout = vpcLayout()
  const role = part === 'valueMap' ? 'value-map' : 'customer-profile'
  const shapePart = layout.parts.find((p): p is VpcShapePart => p.kind === 'shape' && p.role === role)
  if (!shapePart) throw new Error(`No layout for ${part}`)
  const shape = drawShape(section, { ...shapePart, box }, meta)
  // Behind the stickies and labels, like the original.
  section.insertChild(0, shape)
  return shape
}
