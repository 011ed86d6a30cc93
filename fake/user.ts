/**
 * What people do in FigJam that plugins cannot: drop stickies (into the section under them), type,
 * drag (in and out of sections), stamp, connect, copy-paste, delete, select. Each edit reports the same
 * changes a real edit does (origin LOCAL, or REMOTE for a collaborator) and is one undo step of the local
 * user (a collaborator's edits are in their own history). Nothing here counts as plugin API use.
 */
import { expose, exposeScene } from './boundary'
import { solidPaint } from './colors'
import { boxAround, unionOf, type Box, type Point } from './geometry'
import { DEFAULT_SIZE, newRecord, STAMP_KINDS, type StampKind } from './model/defaults'
import type { Actor, FakeDocument } from './model/document'
import { groupNodes } from './model/ops'
import type { NodeRecord, SceneType, ShapeType, TextRecord } from './model/record'
import { autoFormatLists, withListType } from './model/lists'
import { applyText, relayout } from './model/text'
import { isFakeNode } from './nodes/base'
import type { FakeSession, FakeUser } from './session'
import { STICKY } from './text-layout'

/** Options every edit takes. */
export interface ActOptions {
  /** Made by another collaborator: origin REMOTE, not in the local undo history. */
  remote?: boolean
}

/** A node object (from any session) or a node id. */
export type NodeRef = BaseNode | string

/** A sticky a person drops. `x`, `y` are page-absolute (top-left). */
export interface StickySpec {
  text: string
  x: number
  y: number
  /** '#RRGGBB', 'RRGGBB' or a FigJam sticky colour name ('Yellow', 'Blue', ...). */
  color?: string
  /** Force the parent (a page, section or group); default: the topmost section under the sticky's centre. */
  parent?: NodeRef
  wide?: boolean
}

/** A section a person draws. `x`, `y` are page-absolute. */
export interface SectionSpec {
  x: number
  y: number
  width: number
  height: number
  name?: string
  color?: string
}

/** A shape a person draws. `x`, `y` are page-absolute. */
export interface ShapeSpec {
  x: number
  y: number
  text?: string
  shapeType?: ShapeType
  width?: number
  height?: number
  color?: string
}

/** What people do (see module comment). Node-returning actions return the latest session's node objects. */
export interface UserActions {
  addSticky(spec: StickySpec, options?: ActOptions): StickyNode
  addSection(spec: SectionSpec, options?: ActOptions): SectionNode
  addShape(spec: ShapeSpec, options?: ActOptions): ShapeWithTextNode
  /** Replace a sticky's, shape's, connector's or text node's text (no font loading needed: people type). */
  /**
   * Type text into a sticky, shape or text, replacing what was there. With `autoFormatLists`, paragraphs typed as
   * "1. …" or "- …" become list items without the marker, as FigJam may do (unverified: see `lists.ts`); without,
   * the text keeps the markers and any list formatting is cleared.
   */
  typeInto(node: NodeRef, text: string, options?: ActOptions & { autoFormatLists?: boolean }): void
  /** Format every paragraph of a node's text as an ordered or unordered list (`NONE` clears it), as the list button does. */
  formatList(node: NodeRef, type: TextListOptions['type'], options?: ActOptions): void
  /** Drag a node so its top-left is at page-absolute (x, y); dropping it on a section reparents it, as FigJam does. */
  move(node: NodeRef, x: number, y: number, options?: ActOptions): void
  /** Resize a section, shape, stamp or line (a line's height stays 0). */
  resize(node: NodeRef, width: number, height: number, options?: ActOptions): void
  /** Place a stamp of one of FigJam's kinds (default `+1`; its `name` is the kind) stuck to a node. */
  stamp(node: NodeRef, kind?: StampKind, options?: ActOptions): StampNode
  /** Draw a connector from one node to another (AUTO magnets, elbowed). */
  connect(from: NodeRef, to: NodeRef, options?: ActOptions): ConnectorNode
  /**
   * Copy-paste nodes with everything on them: descendants, stamps stuck to them, connectors between them,
   * plugin data. The copies land `offset` away (default: right of the originals) and drop into the section
   * under them. Returns the copies of the given nodes.
   */
  duplicate(nodes: readonly NodeRef[], options?: ActOptions & { offset?: Point }): SceneNode[]
  /** Delete nodes (their connectors and stamps go too). */
  delete(nodes: readonly NodeRef[], options?: ActOptions): void
  /** Select nodes on the current page (not an edit: no undo step). */
  select(nodes: readonly NodeRef[]): void
  /** Set a node's fill ('#RRGGBB' or a sticky colour name); for text nodes, the text colour. */
  setFill(node: NodeRef, color: string, options?: ActOptions): void
  /** Group nodes where the first one is. */
  group(nodes: readonly NodeRef[], options?: ActOptions): GroupNode
  rename(node: NodeRef, name: string, options?: ActOptions): void
  /** Lock or unlock a node. */
  setLocked(node: NodeRef, locked: boolean, options?: ActOptions): void
  /** Switch to another page (not an edit: no undo step). */
  goToPage(page: NodeRef): void
}

/** Gap between originals and copies when duplicating without an offset. */
const PASTE_GAP = 40

/** The user module over a document; `session()` gives the session whose node objects are returned. */
export function createUserActions(
  doc: FakeDocument,
  people: { local: FakeUser; remote: FakeUser },
  session: () => FakeSession
): UserActions {
  const actorFor = (user: FakeUser, remote: boolean): Actor => ({
    origin: remote ? 'REMOTE' : 'LOCAL',
    journal: !remote,
    idPrefix: remote ? '2' : '1',
    userId: user.id,
    hiddenFrom: () => null
  })
  const local = actorFor(people.local, false)
  const remote = actorFor(people.remote, true)

  /** Run one edit as one undo step of the local user (a collaborator's edit is not). */
  function act<T>(options: ActOptions | undefined, edit: (actor: Actor, user: FakeUser) => T): T {
    const actor = options?.remote === true ? remote : local
    const user = options?.remote === true ? people.remote : people.local
    if (actor.journal) doc.history.mergeOpen()
    try {
      return edit(actor, user)
    } finally {
      if (actor.journal) doc.history.commit()
    }
  }

  function record(ref: NodeRef): NodeRecord {
    const id = typeof ref === 'string' ? ref : isFakeNode(ref) ? ref.nodeId : null
    if (id === null) throw new Error('user: expected a node or a node id')
    const found = doc.get(id)
    if (found === undefined) throw new Error(`user: no node ${id}`)
    return found
  }

  function sceneRecord(ref: NodeRef): NodeRecord {
    const found = record(ref)
    if (found.type === 'PAGE' || found.type === 'DOCUMENT')
      throw new Error(`user: ${found.id} is not on the canvas`)
    return found
  }

  function node<N extends BaseNode>(id: string): N {
    return expose(session().wrap(id)) as N
  }

  /** Where a node dropped with its centre at `centre` lands: the topmost section there, else the page. */
  function dropTarget(centre: Point, exclude: string | null): string {
    return doc.topSectionAt(doc.currentPageId, centre, exclude)?.id ?? doc.currentPageId
  }

  /** Put a new record under a parent so that its top-left is at a page-absolute point. */
  function place(created: NodeRecord, at: Point, parentId: string, actor: Actor): NodeRecord {
    const origin = doc.containerOrigin(doc.get(parentId) ?? null)
    created.x = at.x - origin.x
    created.y = at.y - origin.y
    return doc.create(created, parentId, actor)
  }

  /** Move a node's top-left to a page-absolute point, reparenting it as a drop does. */
  function drop(target: NodeRecord, at: Point, actor: Actor): void {
    const parent = doc.get(target.parent ?? '')
    const droppable = target.type !== 'CONNECTOR' && target.type !== 'STAMP'
    if (droppable && parent !== undefined && (parent.type === 'PAGE' || parent.type === 'SECTION')) {
      const box = doc.localBox(target)
      const parentId = doc.topSectionAt(
        doc.pageOf(target.id) ?? doc.currentPageId,
        { x: at.x + box.width / 2, y: at.y + box.height / 2 },
        target.id
      )?.id
      const destination = parentId ?? doc.pageOf(target.id) ?? doc.currentPageId
      if (destination !== parent.id) doc.insert(destination, target.id, undefined, actor, 'user.move')
    }
    doc.placeAbsolute(target, at, actor)
  }

  /**
   * A section a person made smaller lets go of the children whose centre it no longer covers: each drops where it
   * is, into the section under it or onto the page, as a dragged node does (guess, see README: FigJam's section
   * membership follows what the section covers).
   */
  function releaseOutside(section: NodeRecord, actor: Actor): void {
    const box = doc.absoluteBox(section)
    if (!box) return
    for (const childId of [...section.children]) {
      const child = doc.get(childId)
      if (child === undefined || child.type === 'CONNECTOR' || child.type === 'STAMP') continue
      const own = doc.absoluteBox(child)
      if (!own) continue
      const cx = own.x + own.width / 2
      const cy = own.y + own.height / 2
      if (cx >= box.x && cx <= box.x + box.width && cy >= box.y && cy <= box.y + box.height) continue
      drop(child, topLeft(child), actor)
    }
  }

  /** The deepest section holding both nodes, if any. */
  function commonSection(a: string, b: string): string | null {
    for (let id = doc.get(a)?.parent ?? null; id !== null; id = doc.get(id)?.parent ?? null) {
      if (doc.get(id)?.type === 'SECTION' && doc.isSelfOrAncestor(id, b)) return id
    }
    return null
  }

  function topLeft(target: NodeRecord): Point {
    const box = doc.absoluteBox(target) ?? { x: 0, y: 0, width: 0, height: 0 }
    return target.type === 'CONNECTOR' || target.type === 'GROUP'
      ? { x: box.x, y: box.y }
      : doc.absoluteOrigin(target)
  }

  return {
    addSticky(spec, options) {
      return act(options, (actor, user) => {
        const created = newRecord(doc.newId(actor), 'STICKY', { authorName: user.name, editor: 'figjam' })
        created.createdBy = user.id
        if (spec.wide === true) {
          created.isWideWidth = true
          created.width = STICKY.wideWidth
        }
        if (spec.color !== undefined) created.fills = Object.freeze([solidPaint(spec.color)])
        // Written before the sticky exists, so the drop reports one CREATE (FigJam has no empty-sticky moment).
        ;(created.text as TextRecord).characters = spec.text
        relayout(created)
        const centre = { x: spec.x + created.width / 2, y: spec.y + created.height / 2 }
        const parentId = spec.parent === undefined ? dropTarget(centre, null) : record(spec.parent).id
        return node<StickyNode>(place(created, { x: spec.x, y: spec.y }, parentId, actor).id)
      })
    },

    addSection(spec, options) {
      return act(options, (actor) => {
        const created = newRecord(doc.newId(actor), 'SECTION', { authorName: '', editor: 'figjam' })
        created.width = spec.width
        created.height = spec.height
        if (spec.name !== undefined) created.name = spec.name
        if (spec.color !== undefined) created.fills = Object.freeze([solidPaint(spec.color)])
        const centre = { x: spec.x + spec.width / 2, y: spec.y + spec.height / 2 }
        return node<SectionNode>(place(created, spec, dropTarget(centre, null), actor).id)
      })
    },

    addShape(spec, options) {
      return act(options, (actor) => {
        const created = newRecord(doc.newId(actor), 'SHAPE_WITH_TEXT', { authorName: '', editor: 'figjam' })
        created.width = spec.width ?? DEFAULT_SIZE.shape
        created.height = spec.height ?? DEFAULT_SIZE.shape
        if (spec.shapeType !== undefined) created.shapeType = spec.shapeType
        if (spec.color !== undefined) created.fills = Object.freeze([solidPaint(spec.color)])
        const centre = { x: spec.x + created.width / 2, y: spec.y + created.height / 2 }
        const placed = place(created, spec, dropTarget(centre, null), actor)
        if (spec.text !== undefined) applyText(doc, actor, placed, { characters: spec.text })
        return node<ShapeWithTextNode>(placed.id)
      })
    },

    typeInto(ref, text, options) {
      act(options, (actor) => {
        const target = sceneRecord(ref)
        if (target.text === null) throw new Error(`user: a ${target.type} has no text to type into`)
        if (options?.autoFormatLists === true) applyText(doc, actor, target, autoFormatLists(text))
        else applyText(doc, actor, target, { characters: text, lists: [] })
      })
    },

    formatList(ref, type, options) {
      act(options, (actor) => {
        const target = sceneRecord(ref)
        const text = target.text
        if (text === null) throw new Error(`user: a ${target.type} has no text to format`)
        const all = withListType(text.characters, text.lists, 0, Math.max(1, text.characters.length), type)
        applyText(doc, actor, target, { lists: all })
      })
    },

    move(ref, x, y, options) {
      act(options, (actor) => drop(sceneRecord(ref), { x, y }, actor))
    },

    resize(ref, width, height, options) {
      act(options, (actor) => {
        const target = sceneRecord(ref)
        const resizable: SceneType[] = ['SECTION', 'SHAPE_WITH_TEXT', 'STAMP', 'LINE']
        if (!resizable.includes(target.type as SceneType))
          throw new Error(`user: a ${target.type} cannot be resized`)
        if (!(width > 0) || !(target.type === 'LINE' ? height === 0 : height > 0))
          throw new Error('user: bad size')
        doc.touch(target, actor)
        target.width = width
        target.height = height
        doc.report(target, actor, ['width', 'height'])
        if (target.type === 'SECTION') releaseOutside(target, actor)
      })
    },

    stamp(ref, kind = STAMP_KINDS[0], options) {
      return act(options, (actor, user) => {
        const host = sceneRecord(ref)
        if (host.type === 'CONNECTOR' || host.type === 'STAMP')
          throw new Error(`user: cannot stamp a ${host.type}`)
        const box = doc.absoluteBox(host) as Box
        const size = DEFAULT_SIZE.stamp
        const already = doc.stuckTo(host.id).length
        const created = newRecord(doc.newId(actor), 'STAMP', { authorName: user.name, editor: 'figjam' })
        if (!(STAMP_KINDS as readonly string[]).includes(kind)) throw new Error(`user: no stamp called ${kind}`)
        created.name = kind
        created.stuckTo = host.id
        created.createdBy = user.id
        // Where a person drops a vote (a guess, listed in the README): along the bottom edge from the right,
        // clear of the text at the top.
        const at = { x: box.x + box.width - size - 8 - already * (size + 4), y: box.y + box.height - size - 8 }
        return node<StampNode>(place(created, at, host.parent ?? doc.currentPageId, actor).id)
      })
    },

    connect(from, to, options) {
      return act(options, (actor) => {
        const a = sceneRecord(from)
        const b = sceneRecord(to)
        if (a.type === 'CONNECTOR' || b.type === 'CONNECTOR')
          throw new Error('user: cannot connect a connector')
        const created = newRecord(doc.newId(actor), 'CONNECTOR', { authorName: '', editor: 'figjam' })
        created.connectorStart = Object.freeze({ endpointNodeId: a.id, magnet: 'AUTO' })
        created.connectorEnd = Object.freeze({ endpointNodeId: b.id, magnet: 'AUTO' })
        // A connector drawn between two nodes of one section lives in that section.
        const parentId = commonSection(a.id, b.id) ?? doc.pageOf(a.id) ?? doc.currentPageId
        return node<ConnectorNode>(doc.create(created, parentId, actor).id)
      })
    },

    duplicate(refs, options) {
      return act(options, (actor) => {
        const chosen = refs.map(sceneRecord)
        // A node whose ancestor is also chosen comes along with the ancestor.
        const roots = chosen.filter(
          (r) =>
            !chosen.some((other) => other !== r && doc.isSelfOrAncestor(other.id, r.id) && other.id !== r.id)
        )
        const box = unionOf(roots.map((r) => doc.absoluteBox(r) ?? boxAround([])))
        const offset = options?.offset ?? { x: (box?.width ?? 0) + PASTE_GAP, y: 0 }
        const ids = new Map<string, string>()
        const copies: NodeRecord[] = []
        const hosts = new Set<string>()
        for (const root of roots) for (const id of doc.subtree(root.id)) hosts.add(id)
        const stamps = [...hosts].flatMap((id) => doc.stuckTo(id)).filter((stamp) => !hosts.has(stamp.id))
        // Connectors between copied nodes come along too, wherever they live.
        const connectors = [...hosts]
          .flatMap((id) => doc.attachedTo(id))
          .filter((c, i, all) => all.indexOf(c) === i && !hosts.has(c.id))
          .filter((c) =>
            [c.connectorStart, c.connectorEnd].every(
              (end) => 'endpointNodeId' in end && hosts.has(end.endpointNodeId)
            )
          )
        for (const connector of connectors) {
          for (const [from, to] of doc.cloneSubtree(
            connector.id,
            connector.parent ?? doc.currentPageId,
            actor
          ))
            ids.set(from, to)
        }
        for (const original of [...roots, ...stamps]) {
          const at = topLeft(original)
          const map = doc.cloneSubtree(original.id, original.parent ?? doc.currentPageId, actor)
          for (const [from, to] of map) ids.set(from, to)
          const copy = doc.get(map.get(original.id) as string) as NodeRecord
          copies.push(copy)
          drop(copy, { x: at.x + offset.x, y: at.y + offset.y }, actor)
        }
        // Re-point what was copied separately: stamps to their copied hosts, connectors to copied ends.
        for (const copy of ids.values()) {
          const cloned = doc.get(copy) as NodeRecord
          if (cloned.stuckTo !== null && ids.has(cloned.stuckTo))
            doc.set(cloned, 'stuckTo', ids.get(cloned.stuckTo) as string, actor, [])
          for (const key of ['connectorStart', 'connectorEnd'] as const) {
            const end = cloned[key]
            if ('endpointNodeId' in end && ids.has(end.endpointNodeId)) {
              doc.set(
                cloned,
                key,
                Object.freeze({ ...end, endpointNodeId: ids.get(end.endpointNodeId) as string }),
                actor,
                [key]
              )
            }
          }
        }
        return copies.slice(0, roots.length).map((copy) => exposeScene(session().wrap(copy.id)))
      })
    },

    delete(refs, options) {
      act(options, (actor) => {
        const ids = refs.map((ref) => sceneRecord(ref).id)
        for (const id of ids) if (doc.get(id) !== undefined) doc.remove(id, actor)
      })
    },

    select(refs) {
      const ids = refs.map((ref) => sceneRecord(ref).id)
      for (const id of ids) {
        if (doc.pageOf(id) !== doc.currentPageId) throw new Error(`user: ${id} is not on the current page`)
      }
      doc.setSelection(doc.currentPageId, ids)
    },

    setFill(ref, color, options) {
      act(options, (actor) => {
        const target = sceneRecord(ref)
        const fills = Object.freeze([solidPaint(color)])
        if (target.type === 'TEXT') applyText(doc, actor, target, { fills })
        else doc.set(target, 'fills', fills, actor, ['fills'])
      })
    },

    group(refs, options) {
      return act(options, (actor) => {
        const members = refs.map(sceneRecord)
        const first = members[0]
        if (first === undefined) throw new Error('user: group needs at least one node')
        const id = groupNodes(
          doc,
          actor,
          members.map((m) => m.id),
          first.parent ?? doc.currentPageId,
          undefined,
          'user.group'
        )
        return node<GroupNode>(id)
      })
    },

    rename(ref, name, options) {
      act(options, (actor) => {
        const target = sceneRecord(ref)
        if (target.autoRename) doc.set(target, 'autoRename', false, actor, [])
        doc.set(target, 'name', name, actor, ['name'])
      })
    },

    setLocked(ref, locked, options) {
      act(options, (actor) => doc.set(sceneRecord(ref), 'locked', locked, actor, ['locked']))
    },

    goToPage(ref) {
      const page = record(ref)
      if (page.type !== 'PAGE') throw new Error(`user: ${page.id} is not a page`)
      doc.setCurrentPage(page.id)
    }
  }
}
