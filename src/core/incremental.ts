import { analyzeBoard, analyzeCanvas, assignStickies } from './analyze'
import type { CanvasAnalysis, CanvasSnapshot, ConnectorSnapshot, StickySnapshot } from './types'

/** What changed since the last analysis, as the live board saw it. */
export interface BoardChanges {
  /** Stickies created, edited, moved, re-voted or deleted. */
  stickies: ReadonlySet<string>
  /** Connectors as they were before and are now (null: did not exist). */
  connectors: ReadonlyArray<{ before: ConnectorSnapshot | null; after: ConnectorSnapshot | null }>
  /** A section, square or circle changed: every canvas is analysed again. */
  canvases: boolean
}

/** The board as the live board holds it: stickies by id, so a change costs no copy of the board. */
export interface LiveSnapshot {
  canvases: CanvasSnapshot[]
  stickies: ReadonlyMap<string, StickySnapshot>
  connectors: ConnectorSnapshot[]
}

/**
 * Keeps every canvas's analysis and re-analyses only the canvases a change touches: the canvas a
 * changed sticky left, the one it joined, and the canvases at both ends of a changed connector.
 * Gives the same reports as `analyzeBoard` on the whole board (tested), in a fraction of the time.
 */
export class IncrementalAnalysis {
  private analyses = new Map<string, CanvasAnalysis>()
  private owner = new Map<string, string>()
  private members = new Map<string, Set<string>>()
  private canvases: CanvasSnapshot[] = []

  /** Every canvas, in board order. */
  get all(): CanvasAnalysis[] {
    const result: CanvasAnalysis[] = []
    for (const canvas of this.canvases) {
      const analysis = this.analyses.get(canvas.id)
      if (analysis) result.push(analysis)
    }
    return result
  }

  /** Analyses the whole board. */
  full(board: LiveSnapshot, checkedAt: string): CanvasAnalysis[] {
    const stickies = Array.from(board.stickies.values())
    this.canvases = board.canvases
    this.analyses = new Map(
      analyzeBoard({ canvases: board.canvases, stickies, connectors: board.connectors }, checkedAt).map(
        (a) => [a.report.canvas.id, a]
      )
    )
    this.owner.clear()
    this.members = new Map(board.canvases.map((canvas) => [canvas.id, new Set<string>()]))
    const owners = assignStickies(board.canvases, stickies)
    owners.forEach((index, i) => {
      const canvas = board.canvases[index]
      const sticky = stickies[i]
      if (canvas && sticky) this.join(sticky.id, canvas.id)
    })
    return this.all
  }

  /** Applies one batch of changes; falls back to a full analysis when a canvas itself changed. */
  update(board: LiveSnapshot, changes: BoardChanges, checkedAt: string): CanvasAnalysis[] {
    if (changes.canvases || board.canvases !== this.canvases) return this.full(board, checkedAt)
    const touched = new Set<string>()
    for (const id of changes.stickies) {
      const before = this.owner.get(id)
      if (before !== undefined) touched.add(before)
      this.leave(id)
      const sticky = board.stickies.get(id)
      if (!sticky) continue
      const index = assignStickies(board.canvases, [sticky])[0] ?? -1
      const canvas = board.canvases[index]
      if (!canvas) continue
      this.join(id, canvas.id)
      touched.add(canvas.id)
    }
    for (const { before, after } of changes.connectors) {
      for (const end of [before?.startId, before?.endId, after?.startId, after?.endId]) {
        const canvasId = end ? this.owner.get(end) : undefined
        if (canvasId !== undefined) touched.add(canvasId)
      }
    }
    for (const canvas of board.canvases) {
      if (!touched.has(canvas.id)) continue
      const ids = this.members.get(canvas.id) ?? new Set<string>()
      const stickies: StickySnapshot[] = []
      for (const id of ids) {
        const sticky = board.stickies.get(id)
        if (sticky) stickies.push(sticky)
      }
      this.analyses.set(canvas.id, analyzeCanvas(canvas, stickies, board.connectors, checkedAt))
    }
    return this.all
  }

  private join(stickyId: string, canvasId: string): void {
    this.owner.set(stickyId, canvasId)
    let set = this.members.get(canvasId)
    if (!set) {
      set = new Set()
      this.members.set(canvasId, set)
    }
    set.add(stickyId)
  }

  private leave(stickyId: string): void {
    const canvasId = this.owner.get(stickyId)
    if (canvasId === undefined) return
    this.owner.delete(stickyId)
    this.members.get(canvasId)?.delete(stickyId)
  }
}
