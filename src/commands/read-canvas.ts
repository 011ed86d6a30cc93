import { takeCanvasSnapshot, takeDrawnCanvasSnapshotAsync } from '../adapter/canvas-snapshot'
import type { CanvasSection } from '../adapter/snapshot'
import { analyzeBoard } from '../core/analyze'
import type { BoardSnapshot, CanvasAnalysis } from '../core/types'

export interface CanvasReading {
  analysis: CanvasAnalysis
  /** What was read: the canvas, the canvases overlapping it and the stickies that can belong to it. */
  snapshot: BoardSnapshot
}

/**
 * One canvas analysed from a read of that canvas only (its section and what overlaps it), not the page: a command
 * on one canvas of a big board reads a fiftieth of it. Null when `canvasId` is not a canvas on the page.
 */
export function readOneCanvas(
  page: PageNode,
  canvasId: string,
  checkedAt: string,
  sections?: CanvasSection[]
): CanvasReading | null {
  const snapshot = takeCanvasSnapshot(page, canvasId, sections)
  if (!snapshot) return null
  const analysis = analyzeBoard(snapshot, checkedAt).find((a) => a.report.canvas.id === canvasId)
  return analysis ? { analysis, snapshot } : null
}

/** Like `readOneCanvas`, for an adopted (drawn) canvas: reads the drawing and what overlaps it, not the page. */
export async function readOneDrawnCanvasAsync(
  page: PageNode,
  canvasId: string,
  checkedAt: string,
  sections?: CanvasSection[]
): Promise<CanvasReading | null> {
  const snapshot = await takeDrawnCanvasSnapshotAsync(page, canvasId, sections)
  if (!snapshot) return null
  const analysis = analyzeBoard(snapshot, checkedAt).find((a) => a.report.canvas.id === canvasId)
  return analysis ? { analysis, snapshot } : null
}

/**
 * One canvas analysed, whether the plugin drew it (read from its section and what overlaps it) or people drew it
 * and the plugin adopted it (read from the drawing and what overlaps it). Null when `canvasId` is no canvas on the
 * page.
 */
export async function readOneCanvasAnywhereAsync(page: PageNode, canvasId: string): Promise<CanvasAnalysis | null> {
  const checkedAt = new Date().toISOString()
  const reading = readOneCanvas(page, canvasId, checkedAt) ?? (await readOneDrawnCanvasAsync(page, canvasId, checkedAt))
  return reading?.analysis ?? null
}
