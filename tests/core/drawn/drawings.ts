/**
 * Plain-data drawings for the recognition tests: the nodes an adapter would read from canvases people drew.
 */
import type { DrawnReading } from '../../../src/core/drawn/regions'
import type { DrawingInput, DrawnNode, Outline } from '../../../src/core/drawn/types'
import type { Point, Rect, ZoneKey } from '../../../src/core/types'

export function text(
  id: string,
  characters: string,
  centre: Point,
  kind: DrawnNode['kind'] = 'text'
): DrawnNode {
  return {
    id,
    kind,
    box: { x: centre.x - 80, y: centre.y - 20, width: 160, height: 40 },
    text: characters,
    outline: null,
    ends: null,
    pluginRole: null
  }
}

export function shape(id: string, box: Rect, outline: Outline = 'rect', characters = ''): DrawnNode {
  return { id, kind: 'shape', box, text: characters, outline, ends: null, pluginRole: null }
}

export function line(id: string, a: Point, b: Point): DrawnNode {
  const box = {
    x: Math.min(a.x, b.x),
    y: Math.min(a.y, b.y),
    width: Math.abs(a.x - b.x),
    height: Math.abs(a.y - b.y)
  }
  return { id, kind: 'line', box, text: '', outline: null, ends: [a, b], pluginRole: null }
}

/** The point at `angle` degrees (counter-clockwise from right, y up) and `distance` from `centre`. */
export function polar(centre: Point, angle: number, distance: number): Point {
  const radians = (angle * Math.PI) / 180
  return { x: centre.x + distance * Math.cos(radians), y: centre.y - distance * Math.sin(radians) }
}

export const SQUARE: Rect = { x: 0, y: 0, width: 800, height: 800 }
export const CIRCLE: Rect = { x: 1000, y: 0, width: 800, height: 800 }
export const SQUARE_CENTRE: Point = { x: 400, y: 400 }
export const CIRCLE_CENTRE: Point = { x: 1400, y: 400 }

export type Labels = Record<ZoneKey, string>

export const ENGLISH: Labels = {
  jobs: 'Customer Jobs',
  pains: 'Pains',
  gains: 'Gains',
  products: 'Products & Services',
  painRelievers: 'Pain Relievers',
  gainCreators: 'Gain Creators'
}
export const SWEDISH: Labels = {
  jobs: 'Arbete som ska utföras',
  pains: 'Besvär',
  gains: 'Fördelar',
  products: 'Produkter och tjänster',
  painRelievers: 'Besvärsdämpare',
  gainCreators: 'Fördelsskapare'
}
export const DANISH: Labels = {
  jobs: 'Kundeopgaver',
  pains: 'Smerter',
  gains: 'Gevinster',
  products: 'Produkter og ydelser',
  painRelievers: 'Smertelindrere',
  gainCreators: 'Gevinstskabere'
}
export const GERMAN: Labels = {
  jobs: 'Kundenaufgaben',
  pains: 'Probleme',
  gains: 'Gewinne',
  products: 'Produkte und Dienstleistungen',
  painRelievers: 'Problemlöser',
  gainCreators: 'Gewinnerzeuger'
}

/** Where the labels of a square-and-circle drawing sit: the middle of each canonical sector. */
export const LABEL_ANGLES: Record<ZoneKey, number> = {
  jobs: 0,
  gains: 120,
  pains: 240,
  gainCreators: 60,
  products: 180,
  painRelievers: 300
}

/**
 * Label angles for a customer profile turned with its long axis at 30° (an ellipse turned 30°): its three labels
 * turned with it, the value map's at the sector middles.
 */
export const TURNED_ANGLES: Record<ZoneKey, number> = { ...LABEL_ANGLES, jobs: 30, gains: 150, pains: 270 }

/** The customer profile's zones. */
export const CUSTOMER: readonly ZoneKey[] = ['jobs', 'pains', 'gains']

/** A square (value map, left) and a circle (customer profile, right), labels only. */
export function squareAndCircle(
  labels: Labels,
  angles: Record<ZoneKey, number> = LABEL_ANGLES
): DrawingInput {
  const nodes: DrawnNode[] = [shape('square', SQUARE, 'rect'), shape('circle', CIRCLE, 'ellipse')]
  for (const zone of Object.keys(labels) as ZoneKey[]) {
    const centre = CUSTOMER.includes(zone) ? CIRCLE_CENTRE : SQUARE_CENTRE
    nodes.push(text(`label-${zone}`, labels[zone], polar(centre, angles[zone], 250)))
  }
  return { root: { kind: 'section', id: 'root', name: 'VPC', pluginRole: null }, nodes, adopted: false }
}

/**
 * The Strategyzer layout with divider lines: in the square a vertical line through the centre and one from the
 * centre to the right edge (products take the left half); in the circle three lines from the centre (180, 60, 300).
 */
export function strategyzer(labels: Labels): DrawingInput {
  const angles = { ...LABEL_ANGLES, gainCreators: 45, painRelievers: 315 }
  const input = squareAndCircle(labels, angles)
  input.nodes.push(
    line('square-vertical', { x: 400, y: 0 }, { x: 400, y: 800 }),
    line('square-right', { x: 400, y: 400 }, { x: 800, y: 400 }),
    line('circle-left', CIRCLE_CENTRE, { x: 1000, y: 400 }),
    line('circle-up', CIRCLE_CENTRE, polar(CIRCLE_CENTRE, 60, 400)),
    line('circle-down', polar(CIRCLE_CENTRE, 300, 400), CIRCLE_CENTRE)
  )
  return input
}

/** Six boxes, two rows of three: value map on the left, customer profile on the right. */
export const GRID_BOXES: Record<ZoneKey, Rect> = {
  products: { x: 0, y: 0, width: 400, height: 800 },
  gainCreators: { x: 400, y: 0, width: 400, height: 400 },
  painRelievers: { x: 400, y: 400, width: 400, height: 400 },
  gains: { x: 1000, y: 0, width: 400, height: 400 },
  pains: { x: 1000, y: 400, width: 400, height: 400 },
  jobs: { x: 1400, y: 0, width: 400, height: 800 }
}

/** A six-box grid on a background: each box carries a small header chip (a shape with the label as its text). */
export function sixBoxes(labels: Labels): DrawingInput {
  const nodes: DrawnNode[] = [shape('background', { x: -50, y: -50, width: 1900, height: 900 })]
  for (const zone of Object.keys(labels) as ZoneKey[]) {
    const box = GRID_BOXES[zone]
    nodes.push(shape(`box-${zone}`, box))
    nodes.push(
      shape(`chip-${zone}`, { x: box.x + 20, y: box.y + 20, width: 200, height: 50 }, 'rect', labels[zone])
    )
  }
  return { root: { kind: 'group', id: 'group', name: 'Group 1', pluginRole: null }, nodes, adopted: false }
}

/** The drawing as the adapter would read it now, from the same plain nodes. */
export function readingOf(input: DrawingInput, area: Rect): DrawnReading {
  return {
    nodes: new Map(
      input.nodes.map((node) => [
        node.id,
        { box: node.box, outline: node.outline, ends: node.ends, ...(node.turn ? { turn: node.turn } : {}) }
      ])
    ),
    area
  }
}
