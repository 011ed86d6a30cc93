import { takeCanvasSnapshot, takeDrawnCanvasSnapshotAsync } from '../adapter/canvas-snapshot'
import type { KnownReads } from '../adapter/canvas-snapshot'
import { adoptedCanvasNodes } from '../adapter/drawn-canvas'
import type { AdoptedNode } from '../adapter/drawn-canvas'
import { canvasSectionsOn } from '../adapter/snapshot'
import type { CanvasSection } from '../adapter/snapshot'
import { analyzeBoard } from '../core/analyze'
import { touchesRect } from '../core/geometry'
import type { BoardSnapshot, CanvasAnalysis, CanvasSnapshot, Rect } from '../core/types'

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
  sections?: CanvasSection[],
  known?: KnownReads
): CanvasReading | null {
  const snapshot = takeCanvasSnapshot(page, canvasId, sections, undefined, known)
  if (!snapshot) return null
  const analysis = analyzeBoard(snapshot, checkedAt).find((a) => a.report.canvas.id === canvasId)
  return analysis ? { analysis, snapshot } : null
}

/** Like `readOneCanvas`, for an adopted (drawn) canvas: reads the drawing and what overlaps it, not the page. */
export async function readOneDrawnCanvasAsync(
  page: PageNode,
  canvasId: string,
  checkedAt: string,
  sections?: CanvasSection[],
  adopted?: readonly AdoptedNode[],
  known?: KnownReads
): Promise<CanvasReading | null> {
  const snapshot = await takeDrawnCanvasSnapshotAsync(page, canvasId, sections, adopted, known)
  if (!snapshot) return null
  const analysis = analyzeBoard(snapshot, checkedAt).find((a) => a.report.canvas.id === canvasId)
  return analysis ? { analysis, snapshot } : null
}

/**
 * One canvas analysed, whether the plugin drew it (read from its section and what overlaps it) or people drew it
 * and the plugin adopted it (read from the drawing and what overlaps it). Null when `canvasId` is no canvas on the
 * page. `known`: what the command read already (the page's test cards), not read again.
 */
export async function readOneCanvasAnywhereAsync(
  page: PageNode,
  canvasId: string,
  known?: KnownReads
): Promise<CanvasAnalysis | null> {
  const checkedAt = new Date().toISOString()
  // The page's canvas sections are listed once, for either read.
  const sections = canvasSectionsOn(page)
  const reading =
    readOneCanvas(page, canvasId, checkedAt, sections, known) ??
    (await readOneDrawnCanvasAsync(page, canvasId, checkedAt, sections, undefined, known))
  return reading?.analysis ?? null
}

/** The canvases of the page a command chooses among: the plugin's sections and the adopted drawings. */
export interface PageCanvases {
  sections: CanvasSection[]
  adopted: AdoptedNode[]
}

/** Lists the page's canvases once for a command; its scoped read then reuses the lists. Awaits nothing. */
export function pageCanvases(page: PageNode): PageCanvases {
  return { sections: canvasSectionsOn(page), adopted: adoptedCanvasNodes(page) }
}

/**
 * One of the plugin's canvases read from its section and what overlaps it, as the commands on one canvas read it;
 * null when it is not one, or when the page must be read instead: a drawing overlaps it (which of the two a sticky
 * there belongs to is decided as a full read decides it; the scoped read of a plugin canvas knows only the plugin's
 * canvases). An adopted drawing is read with `readOneDrawnCanvasAsync`, with the same lists.
 */
export function readOwnCanvas(
  page: PageNode,
  canvasId: string,
  checkedAt: string,
  canvases: PageCanvases,
  drawn: ReadonlyArray<{ box: Rect }>
): CanvasReading | null {
  const own = canvases.sections.find((c) => c.id === canvasId)
  if (!own || drawn.some((d) => touchesRect(d.box, own.box))) return null
  return readOneCanvas(page, canvasId, checkedAt, canvases.sections)
}

/** The drawings `drawnCanvasBoxesAsync` read for their boxes, by id: the canvas read takes them from here. */
export function drawingsRead(
  drawn: ReadonlyArray<{ id: string; read?: CanvasSnapshot }>
): KnownReads {
  const read = new Map<string, CanvasSnapshot>()
  for (const entry of drawn) if (entry.read) read.set(entry.id, entry.read)
  return { drawn: read }
}
