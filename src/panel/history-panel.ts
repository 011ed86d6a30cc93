import type { HistoryView, Version } from '../../contract/history'
import { findCanvasNodeAsync } from '../adapter/find-node'
import { readNodeHistory } from '../adapter/history-store'
import { historyView } from '../core/history/history-view'
import { sortVersions } from '../core/history/keep-version'

/**
 * The open panel's view of canvases' histories: read from the canvas's node when the panel first shows a canvas,
 * again when its last check changes (anyone's check) or after a command, and kept meanwhile, so a live refresh
 * never reads the history. Which two versions are compared is the panel's choice, per canvas.
 */
export class HistoryPanel {
  private readonly cache = new Map<string, { versions: Version[]; stamp: string | null }>()
  private readonly compare = new Map<string, { from: string | null; to: string | null }>()
  private readonly loading = new Set<string>()
  private views = new Map<string, { versions: Version[]; key: string; view: HistoryView }>()
  private generation = 0

  /** `changed` runs when a read finished and the view may differ. */
  constructor(private readonly changed: () => void) {}

  /**
   * The history of a canvas as the panel shows it. `stamp` is when the canvas was last checked: a new one reads the
   * history again, from `node` at once when the caller has it, else in the background (an adopted drawing's node
   * is looked up by id), and the view is undefined until that first read.
   */
  view(canvasId: string, stamp: string | null, node: BaseNode | null): HistoryView | undefined {
    let cached = this.cache.get(canvasId)
    if (!cached || cached.stamp !== stamp) {
      // The canvas's section at hand (the live board holds it): read now, so the state carries it at once.
      if (node) {
        cached = { versions: sortVersions(readNodeHistory(node).versions), stamp }
        this.cache.set(canvasId, cached)
      } else this.load(canvasId, stamp)
    }
    if (!cached) return undefined
    const chosen = this.compare.get(canvasId) ?? null
    const key = `${chosen?.from ?? ''}>${chosen?.to ?? ''}`
    const memo = this.views.get(canvasId)
    // The same object while nothing changed: the state patch then skips it.
    if (memo && memo.versions === cached.versions && memo.key === key) return memo.view
    const view = historyView(cached.versions, chosen)
    this.views.set(canvasId, { versions: cached.versions, key, view })
    return view
  }

  /** The panel chose two versions to compare. */
  choose(canvasId: string, from: string | null, to: string | null): void {
    this.compare.set(canvasId, { from, to })
  }

  /** A command ran (a check, a save): every history is read again when next shown. */
  invalidate(): void {
    this.generation += 1
    for (const entry of this.cache.values()) entry.stamp = `stale:${this.generation}`
  }

  private load(canvasId: string, stamp: string | null): void {
    if (this.loading.has(canvasId)) return
    this.loading.add(canvasId)
    const generation = this.generation
    void findCanvasNodeAsync(canvasId)
      .then((node) => {
        const versions = node ? sortVersions(readNodeHistory(node).versions) : []
        // A command that ran meanwhile makes this read stale: the next view reads again.
        this.cache.set(canvasId, {
          versions,
          stamp: generation === this.generation ? stamp : `stale:${generation}`
        })
      })
      .catch(() => {
        this.cache.set(canvasId, { versions: [], stamp })
      })
      .finally(() => {
        this.loading.delete(canvasId)
        this.changed()
      })
  }
}
