import type { CanvasAnalysis, Point, Rect, ZoneKey } from './types'
import { ZONE_KEYS } from './types'

function contains(rect: Rect, point: Point): boolean {
  return point.x >= rect.x && point.x <= rect.x + rect.width && point.y >= rect.y && point.y <= rect.y + rect.height
}

/** The canvas whose section holds `point`; the smallest when sections overlap. */
export function canvasAt(point: Point, canvases: ReadonlyArray<{ id: string; box: Rect }>): string | null {
  let best: { id: string; area: number } | null = null
  for (const canvas of canvases) {
    if (!contains(canvas.box, point)) continue
    const area = canvas.box.width * canvas.box.height
    if (!best || area < best.area) best = { id: canvas.id, area }
  }
  return best ? best.id : null
}

/**
 * The canvas to show when nothing is selected: the one holding `point` (the viewport centre), else the one whose
 * section edge is nearest to it; null without canvases.
 */
export function nearestCanvas(point: Point, canvases: ReadonlyArray<{ id: string; box: Rect }>): string | null {
  const inside = canvasAt(point, canvases)
  if (inside) return inside
  let best: { id: string; distance: number } | null = null
  for (const canvas of canvases) {
    const { x, y, width, height } = canvas.box
    const dx = Math.max(x - point.x, 0, point.x - (x + width))
    const dy = Math.max(y - point.y, 0, point.y - (y + height))
    const distance = dx * dx + dy * dy
    if (!best || distance < best.distance) best = { id: canvas.id, distance }
  }
  return best ? best.id : null
}

/** The zone a sticky was placed in by the last analysis, or null. */
export function zoneOfSticky(analysis: CanvasAnalysis, stickyId: string): ZoneKey | null {
  for (const zone of ZONE_KEYS) {
    if (analysis.report.zones[zone].some((item) => item.id === stickyId)) return zone
  }
  return null
}
