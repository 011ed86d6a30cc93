import type { BoardSnapshot, CanvasSnapshot, ConnectorSnapshot, StickySnapshot } from '../core/types'
import type { StickyContext } from './snapshot'
import { countVotes, inIdOrder, pluginStickyRoles, readCanvases, readConnector, readSticky } from './snapshot'
import { DATA_KEYS, ROLES } from './plugin-data'

/** How much of the page a batch of changes made the board re-read. */
export type RefreshKind = 'none' | 'partial' | 'full'

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

  /** The board as plain data, for the core. */
  snapshot(): BoardSnapshot {
    return {
      canvases: this.canvases,
      stickies: Array.from(this.stickies.values()),
      connectors: inIdOrder(Array.from(this.connectors.values()))
    }
  }

  private putSticky(node: StickyNode): void {
    const sticky = readSticky(node, this.context)
    if (sticky) this.stickies.set(sticky.id, sticky)
  }

  private rereadInside(container: SectionNode | GroupNode): void {
    for (const node of container.findAllWithCriteria({ types: ['STICKY'] })) this.putSticky(node)
  }

  /** Applies one batch of node changes; returns how much had to be read again. */
  apply(changes: ReadonlyArray<NodeChange>): RefreshKind {
    let canvasesDirty = false
    let votesDirty = false
    let touched = false
    for (const change of changes) {
      const node = change.node
      const id = node.id
      const type = node.type
      if (type === 'STICKY') {
        touched = true
        if (change.type === 'DELETE' || node.removed) {
          this.stickies.delete(id)
          continue
        }
        const sticky = node
        if (change.type === 'CREATE' || (change.type === 'PROPERTY_CHANGE' && change.properties.includes('pluginData'))) {
          const role = sticky.getPluginData(DATA_KEYS.role)
          if (role === ROLES.summary) this.context.roles.set(id, role)
          else this.context.roles.delete(id)
        }
        this.putSticky(sticky)
      } else if (type === 'CONNECTOR') {
        touched = true
        if (change.type === 'DELETE' || node.removed) this.connectors.delete(id)
        else this.connectors.set(id, readConnector(node))
      } else if (type === 'STAMP') {
        touched = true
        votesDirty = true
      } else if (type === 'SECTION' || type === 'GROUP') {
        if (change.type === 'DELETE' || node.removed) return this.full()
        touched = true
        canvasesDirty = true
        const moved = change.type === 'CREATE' || change.properties.some((p) => GEOMETRY.has(p))
        if (moved) this.rereadInside(node)
      } else if (type === 'SHAPE_WITH_TEXT') {
        touched = true
        canvasesDirty = true
      }
    }
    if (votesDirty) this.refreshVotes()
    if (canvasesDirty) this.canvases = readCanvases(this.page)
    return touched ? 'partial' : 'none'
  }

  private refreshVotes(): void {
    this.context.votes = countVotes(this.page)
    this.stickies.forEach((sticky) => {
      sticky.votes = this.context.votes.get(sticky.id) ?? 0
    })
  }

  private full(): RefreshKind {
    this.readAll()
    return 'full'
  }
}
