/**
 * Which zone of a canvas a point falls in: the canonical sectors of the method file, read from the shapes as they
 * are now (moved or resized canvases work).
 */
import { angleOf, centreOf, insideEllipse, insideRect } from './geometry'
import { zoneInDrawing } from './drawn/regions'
import type { DrawnZones } from './drawn/types'
import type { Point, Rect, ZoneKey } from './types'

export type ShapeKind = 'square' | 'circle'

/** One 120-degree sector. Angles in degrees, counter-clockwise from `start` (included) to `end` (excluded). */
export interface ZoneSector {
  zone: ZoneKey
  shape: ShapeKind
  /** First angle of the sector, included. */
  start: number
  /** Angle where the next sector starts, excluded; smaller than `start` when the sector wraps through 0. */
  end: number
  /** The sector's bisector: where its label and its first stickies go. */
  centre: number
}

/**
 * The sector table: the one source of these numbers for zone detection, drawing and the playground.
 * Square = value map (gain creators face gains, pain relievers face pains), circle = customer profile.
 */
export const ZONE_SECTORS: readonly ZoneSector[] = [
  { zone: 'jobs', shape: 'circle', start: 300, end: 60, centre: 0 },
  { zone: 'gains', shape: 'circle', start: 60, end: 180, centre: 120 },
  { zone: 'pains', shape: 'circle', start: 180, end: 300, centre: 240 },
  { zone: 'gainCreators', shape: 'square', start: 0, end: 120, centre: 60 },
  { zone: 'products', shape: 'square', start: 120, end: 240, centre: 180 },
  { zone: 'painRelievers', shape: 'square', start: 240, end: 360, centre: 300 }
]

/** Whether an angle in [0, 360) lies in a sector (half-open, wrapping through 0 when `end < start`). */
export function inSector(angle: number, sector: ZoneSector): boolean {
  return sector.start < sector.end
    ? angle >= sector.start && angle < sector.end
    : angle >= sector.start || angle < sector.end
}

/** The sector entry for a zone. */
export function sectorFor(zone: ZoneKey): ZoneSector {
  for (const sector of ZONE_SECTORS) if (sector.zone === zone) return sector
  throw new Error(`Unknown zone: ${String(zone)}`)
}

/** The shape a zone lives in. */
export function shapeOfZone(zone: ZoneKey): ShapeKind {
  return sectorFor(zone).shape
}

/** The zone of `shape` whose sector holds `angle` (degrees; any value, normalised to [0, 360) first). */
export function sectorOf(shape: ShapeKind, angle: number): ZoneKey {
  const turned = angle % 360
  const normalised = turned < 0 ? turned + 360 : turned
  const a = normalised >= 360 ? 0 : normalised
  for (const sector of ZONE_SECTORS) {
    if (sector.shape === shape && inSector(a, sector)) return sector.zone
  }
  // Unreachable: the three sectors of each shape cover [0, 360). NaN lands here.
  throw new Error(`No sector of the ${shape} holds angle ${String(angle)}`)
}

/** Whether `point` is inside the shape drawn in `rect` (ellipse for the circle, box for the square). */
export function insideShape(point: Point, rect: Rect, shape: ShapeKind): boolean {
  return shape === 'circle' ? insideEllipse(point, rect) : insideRect(point, rect)
}

/** The zone of one shape holding `point`, or null when the point is outside the shape. */
export function zoneInShape(point: Point, rect: Rect, shape: ShapeKind): ZoneKey | null {
  if (!insideShape(point, rect, shape)) return null
  return sectorOf(shape, angleOf(point, centreOf(rect)))
}

/** The two template shapes of a canvas, null when missing. */
export interface CanvasShapes {
  valueMap: Rect | null
  customerProfile: Rect | null
  /** An adopted drawing's zones: they decide instead of the two template shapes. */
  drawn?: DrawnZones
}

/**
 * The zone holding `point`, or null when it is in neither shape. Where a moved circle overlaps the square, the
 * circle wins: a fixed, documented choice so the answer never depends on the order shapes were read in.
 */
export function zoneAt(point: Point, canvas: CanvasShapes): ZoneKey | null {
  if (canvas.drawn) return zoneInDrawing(point, canvas.drawn)
  if (canvas.customerProfile) {
    const zone = zoneInShape(point, canvas.customerProfile, 'circle')
    if (zone) return zone
  }
  if (canvas.valueMap) return zoneInShape(point, canvas.valueMap, 'square')
  return null
}
