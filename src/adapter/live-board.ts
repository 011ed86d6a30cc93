import type { BoardChanges, LiveSnapshot } from '../core/incremental'
import type { BoardSnapshot, CanvasSnapshot, ConnectorSnapshot, StickySnapshot } from '../core/types'
import type { StickyContext } from './snapshot'
import { countVotes, inIdOrder, pluginStickyRoles, readCanvases, readConnector, readSticky } from './snapshot'
import { DATA_KEYS, ROLES } from './plugin-data'

/** How much of the page a batch of changes made the board re-read. */
export type RefreshKind = 'none' | 'partial' | 'full'

/** What one batch changed: how much was re-read, and which stickies, connectors and canvases. */
export interface LiveChanges extends BoardChanges {
  kind: RefreshKind
}

const GEOMETRY = new Set<string>(['x', 'y', 'width', 'height', 'relativeTransform', 'rotation', 'parent'])

/**
 * The board as last read, kept up to date from FigJam's change events while the panel is open.
 * A moved sticky, an edited text or a new connector re-reads only that node; a moved section
 * re-reads only what is inside it. Anything it cannot follow exactly falls back to a full read.
 */
export class LiveBoard {
  private stickies = new Map<string, StickySnapshot>()
  private connectors = new Map<string, ConnectorSnapshot>()
  private canvases: CanvasSnapshot[] = []
  private context: StickyContext = { votes: new Map(), roles: new Map() }

  constructor(private readonly page: PageNode) {}

  /** Reads the whole page. */
  readAll(): void {
    this.context = { votes: countVotes(this.page), roles: pluginStickyRoles(this.page) }
    this.stickies.clear()
    for (const node of this.page.findAllWithCriteria({ types: ['STICKY'] })) this.putSticky(node)
    this.connectors.clear()
    for (const node of this.page.findAllWithCriteria({ types: ['CONNECTOR'] })) {
      const connector = readConnector(node)
      this.connectors.set(connector.id, connector)
    }
    this.canvases = readCanvases(this.page)
  }

  /** The board for the incremental analysis: no copy of the stickies. */
  live(): LiveSnapshot {
    return {
      canvases: this.canvases,
      stickies: this.stickies,
      connectors: inIdOrder(Array.from(this.connectors.values()))
    }
  }

  /** The board as plain data, for the core. */
  snapshot(): BoardSnapshot {
    return {
      canvases: this.canvases,
      stickies: Array.from(this.stickies.values()),
      connectors: inIdOrder(Array.from(this.connectors.values()))
    }
  }

  private putSticky(node: StickyNode, changed?: Set<string>): void {
    const sticky = readSticky(node, this.context)
    if (!sticky) return
    this.stickies.set(sticky.id, sticky)
    changed?.add(sticky.id)
  }

  private rereadInside(container: SectionNode | GroupNode, changed: Set<string>): void {
    for (const node of container.findAllWithCriteria({ types: ['STICKY'] })) this.putSticky(node, changed)
  }

  /** Applies one batch of node changes: re-reads what changed and says what that was. */
  apply(changes: ReadonlyArray<NodeChange>): LiveChanges {
    const stickies = new Set<string>()
    const connectors: LiveChanges['connectors'][number][] = []
    let canvasesDirty = false
    let votesDirty = false
    let touched = false
    for (const change of changes) {
      const node = change.node
      const id = node.id
      const type = node.type
      if (type === 'STICKY') {
        touched = true
        stickies.add(id)
        if (change.type === 'DELETE' || node.removed) {
          this.stickies.delete(id)
          continue
        }
        const sticky = node
        if (
          change.type === 'CREATE' ||
          (change.type === 'PROPERTY_CHANGE' && change.properties.includes('pluginData'))
        ) {
          const role = sticky.getPluginData(DATA_KEYS.role)
          if (role === ROLES.summary) this.context.roles.set(id, role)
          else this.context.roles.delete(id)
        }
        this.putSticky(sticky)
      } else if (type === 'CONNECTOR') {
        touched = true
        const before = this.connectors.get(id) ?? null
        if (change.type === 'DELETE' || node.removed) this.connectors.delete(id)
        else this.connectors.set(id, readConnector(node))
        connectors.push({ before, after: this.connectors.get(id) ?? null })
      } else if (type === 'STAMP') {
        touched = true
        votesDirty = true
      } else if (type === 'SECTION' || type === 'GROUP') {
        if (change.type === 'DELETE' || node.removed) return this.full()
        touched = true
        // A section may be a canvas (its box and shapes); a group only carries stickies.
        if (type === 'SECTION') canvasesDirty = true
        const moved = change.type === 'CREATE' || change.properties.some((p) => GEOMETRY.has(p))
        if (moved) this.rereadInside(node, stickies)
      } else if (type === 'SHAPE_WITH_TEXT') {
        touched = true
        canvasesDirty = true
      }
    }
    if (votesDirty) this.refreshVotes(stickies)
    if (canvasesDirty) this.canvases = readCanvases(this.page)
    return { kind: touched ? 'partial' : 'none', stickies, connectors, canvases: canvasesDirty }
  }

  /** Recounts stamps; stickies whose vote count changed join `changed`. */
  private refreshVotes(changed: Set<string>): void {
    this.context.votes = countVotes(this.page)
    this.stickies.forEach((sticky) => {
      const votes = this.context.votes.get(sticky.id) ?? 0
      if (votes === sticky.votes) return
      sticky.votes = votes
      changed.add(sticky.id)
    })
  }

  private full(): LiveChanges {
    this.readAll()
    return { kind: 'full', stickies: new Set(), connectors: [], canvases: true }
  }
}
