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

/** The zone a sticky was placed in by the last analysis, or null. */
export function zoneOfSticky(analysis: CanvasAnalysis, stickyId: string): ZoneKey | null {
  for (const zone of ZONE_KEYS) {
    if (analysis.report.zones[zone].some((item) => item.id === stickyId)) return zone
  }
  return null
}
