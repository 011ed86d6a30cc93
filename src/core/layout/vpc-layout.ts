import { graphemes } from '../../../contract/graphemes'
import type { Point, Rect, ZoneKey } from '../types'
import type { ShapeKind, ZoneSector } from '../zones'
import { ZONE_SECTORS } from '../zones'

/**
 * The drawn Value Proposition Canvas as plain data, in section-local coordinates.
 * The adapter turns each part into one FigJam node; tests check the geometry here.
 *
 * Sizes: each shape is 2200 px across so that every 120-degree zone holds six standard
 * 240 px stickies side by side without touching (checked by the slot tests).
 */
export const VPC_SHAPE_SIZE = 2200
const PADDING = 160
const TITLE_BAND = 380
const GAP = 480
const FOOTER_BAND = 200

export const VPC_SECTION_WIDTH = PADDING + VPC_SHAPE_SIZE + GAP + VPC_SHAPE_SIZE + PADDING
export const VPC_SECTION_HEIGHT = TITLE_BAND + VPC_SHAPE_SIZE + FOOTER_BAND

/** Sector boundaries of one shape: the divider rays drawn from its centre (the sectors' start angles). */
export function dividerAngles(shape: ShapeKind): number[] {
  return ZONE_SECTORS.filter((sector) => sector.shape === shape).map((sector) => sector.start % 360)
}

export type VpcTextRole = 'title' | 'credit' | 'side-label' | 'zone-label' | 'zone-hint'

export interface VpcShapePart {
  kind: 'shape'
  role: 'value-map' | 'customer-profile'
  shapeType: 'SQUARE' | 'ELLIPSE'
  box: Rect
  fill: string
  stroke: string
}

export interface VpcLinePart {
  kind: 'line'
  role: 'divider'
  /** Start point; the line runs `length` px at `angle` degrees (counter-clockwise, y up). */
  start: Point
  length: number
  angle: number
  stroke: string
}

export interface VpcTextPart {
  kind: 'text'
  role: VpcTextRole
  /** The zone this text belongs to, for labels and hints. */
  zone: ZoneKey | null
  /** Which side label: the value map or the customer profile. */
  side: 'valueMap' | 'customerProfile' | null
  box: Rect
  fontSize: number
  color: string
  align: 'LEFT' | 'CENTER'
}

export type VpcPart = VpcShapePart | VpcLinePart | VpcTextPart

export interface VpcLayout {
  width: number
  height: number
  valueMap: Rect
  customerProfile: Rect
  parts: VpcPart[]
}

/** FigJam palette: light section tints for the shapes, a darker stroke, muted text. */
export const VPC_COLOURS = {
  section: 'FFFFFF',
  valueMapFill: 'F5FBFF',
  valueMapStroke: '4D9DE0',
  customerFill: 'FFF7F0',
  customerStroke: 'E8833A',
  divider: 'B3B3B3',
  label: '1E1E1E',
  hint: '6B6B6B'
} as const

const LABEL_WIDTH = 640
const LABEL_FONT = 52
const HINT_FONT = 30
const LABEL_HEIGHT = 70
const HINT_HEIGHT = 84

/** Distance of a point on the ray at `angle` from the centre to the square's edge. */
function squareReach(half: number, angle: number): number {
  const radians = (angle * Math.PI) / 180
  return half / Math.max(Math.abs(Math.cos(radians)), Math.abs(Math.sin(radians)))
}

/** The point `distance` px from `centre` along `angle` (counter-clockwise, y up). */
export function pointAt(centre: Point, angle: number, distance: number): Point {
  const radians = (angle * Math.PI) / 180
  return { x: centre.x + distance * Math.cos(radians), y: centre.y - distance * Math.sin(radians) }
}

function dividers(box: Rect, shape: ShapeKind): VpcLinePart[] {
  const half = box.width / 2
  const centre = { x: box.x + half, y: box.y + half }
  return dividerAngles(shape).map((angle) => ({
    kind: 'line' as const,
    role: 'divider' as const,
    start: centre,
    length: shape === 'square' ? squareReach(half, angle) : half,
    angle,
    stroke: VPC_COLOURS.divider
  }))
}

/** Label and hint for one zone, centred on the sector's middle ray, towards the outside. */
function zoneTexts(sector: ZoneSector, box: Rect): VpcTextPart[] {
  const { zone, shape, centre: centreAngle } = sector
  const half = box.width / 2
  const centre = { x: box.x + half, y: box.y + half }
  // Far enough out to leave the middle of the zone for stickies, close enough to stay inside.
  const reach = shape === 'square' ? squareReach(half, centreAngle) : half
  const anchor = pointAt(centre, centreAngle, reach * (shape === 'square' ? 0.62 : 0.66))
  const top = anchor.y - (LABEL_HEIGHT + HINT_HEIGHT) / 2
  const left = anchor.x - LABEL_WIDTH / 2
  return [
    {
      kind: 'text',
      role: 'zone-label',
      zone,
      side: null,
      box: { x: left, y: top, width: LABEL_WIDTH, height: LABEL_HEIGHT },
      fontSize: LABEL_FONT,
      color: VPC_COLOURS.label,
      align: 'CENTER'
    },
    {
      kind: 'text',
      role: 'zone-hint',
      zone,
      side: null,
      box: { x: left, y: top + LABEL_HEIGHT, width: LABEL_WIDTH, height: HINT_HEIGHT },
      fontSize: HINT_FONT,
      color: VPC_COLOURS.hint,
      align: 'CENTER'
    }
  ]
}

/** The canonical canvas: square (value map) left, circle (customer profile) right. */
export function vpcLayout(): VpcLayout {
  const valueMap: Rect = { x: PADDING, y: TITLE_BAND, width: VPC_SHAPE_SIZE, height: VPC_SHAPE_SIZE }
  const customerProfile: Rect = {
    x: PADDING + VPC_SHAPE_SIZE + GAP,
    y: TITLE_BAND,
    width: VPC_SHAPE_SIZE,
    height: VPC_SHAPE_SIZE
  }
  const parts: VpcPart[] = [
    {
      kind: 'shape',
      role: 'value-map',
      shapeType: 'SQUARE',
      box: valueMap,
      fill: VPC_COLOURS.valueMapFill,
      stroke: VPC_COLOURS.valueMapStroke
    },
    {
      kind: 'shape',
      role: 'customer-profile',
      shapeType: 'ELLIPSE',
      box: customerProfile,
      fill: VPC_COLOURS.customerFill,
      stroke: VPC_COLOURS.customerStroke
    },
    ...dividers(valueMap, 'square'),
    ...dividers(customerProfile, 'circle'),
    {
      kind: 'text',
      role: 'title',
      zone: null,
      side: null,
      box: { x: PADDING, y: 90, width: VPC_SECTION_WIDTH - 2 * PADDING, height: 96 },
      fontSize: 72,
      color: VPC_COLOURS.label,
      align: 'LEFT'
    },
    {
      kind: 'text',
      role: 'side-label',
      zone: null,
      side: 'valueMap',
      box: { x: valueMap.x, y: TITLE_BAND - 110, width: VPC_SHAPE_SIZE, height: 60 },
      fontSize: 40,
      color: VPC_COLOURS.valueMapStroke,
      align: 'CENTER'
    },
    {
      kind: 'text',
      role: 'side-label',
      zone: null,
      side: 'customerProfile',
      box: { x: customerProfile.x, y: TITLE_BAND - 110, width: VPC_SHAPE_SIZE, height: 60 },
      fontSize: 40,
      color: VPC_COLOURS.customerStroke,
      align: 'CENTER'
    },
    {
      kind: 'text',
      role: 'credit',
      zone: null,
      side: null,
      box: {
        x: PADDING,
        y: TITLE_BAND + VPC_SHAPE_SIZE + 70,
        width: VPC_SECTION_WIDTH - 2 * PADDING,
        height: 48
      },
      fontSize: 28,
      color: VPC_COLOURS.hint,
      align: 'LEFT'
    }
  ]
  for (const sector of ZONE_SECTORS) {
    parts.push(...zoneTexts(sector, sector.shape === 'square' ? valueMap : customerProfile))
  }
  return { width: VPC_SECTION_WIDTH, height: VPC_SECTION_HEIGHT, valueMap, customerProfile, parts }
}

/**
 * Shortens `text` to at most `max` characters (grapheme clusters: an emoji with its skin tone or ZWJ joiners, a
 * letter with its accents is one), ending in an ellipsis when cut.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text
  const chars = graphemes(text, max + 1)
  return chars.length <= max
    ? text
    : chars
        .slice(0, Math.max(0, max - 1))
        .join('')
        .trimEnd() + '…'
}
