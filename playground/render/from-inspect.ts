/** Turns the fake's non-counting snapshots into what the renderer draws. */
import type { FakeDocument, InspectedNode, Inspector } from '../../fake'
import type { Matrix, PaintOrder, RenderNode, RenderType } from './model'

const RENDERED: ReadonlySet<string> = new Set(['SECTION', 'STICKY', 'SHAPE_WITH_TEXT', 'CONNECTOR', 'LINE', 'TEXT', 'STAMP', 'GROUP'])
const ALIGNS = ['LEFT', 'CENTER', 'RIGHT', 'JUSTIFIED'] as const

/** A field of the node's record the snapshot does not carry (read without counting, tolerant of its absence). */
function recordField(doc: FakeDocument, id: string, field: string): unknown {
  const record = doc.get(id) as unknown as Record<string, unknown> | undefined
  return record ? record[field] : undefined
}

function stringField(doc: FakeDocument, id: string, field: string): string | null {
  const value = recordField(doc, id, field)
  return typeof value === 'string' ? value : null
}

function textAlign(doc: FakeDocument, node: InspectedNode): RenderNode['textAlign'] {
  const direct = recordField(doc, node.id, 'textAlignHorizontal')
  const text = recordField(doc, node.id, 'text') as Record<string, unknown> | null | undefined
  const value = typeof direct === 'string' ? direct : typeof text?.textAlignHorizontal === 'string' ? text.textAlignHorizontal : null
  return (ALIGNS as readonly (string | null)[]).includes(value) ? (value as RenderNode['textAlign']) : null
}

function relaunchData(doc: FakeDocument, id: string): Record<string, string> {
  const value = recordField(doc, id, 'relaunchData')
  if (typeof value !== 'object' || value === null) return {}
  const out: Record<string, string> = {}
  for (const [key, description] of Object.entries(value as Record<string, unknown>)) {
    if (typeof description === 'string') out[key] = description
  }
  return out
}

/** Render records for the current page, in paint order. */
export function renderNodesFrom(doc: FakeDocument, nodes: readonly InspectedNode[]): RenderNode[] {
  const out: RenderNode[] = []
  for (const node of nodes) {
    if (!RENDERED.has(node.type)) continue
    const isText = node.type === 'TEXT'
    out.push({
      id: node.id,
      type: node.type as RenderType,
      parentId: node.depth === 0 ? null : node.parentId,
      name: node.name,
      box: { ...node.box },
      transform: [
        [node.transform[0][0], node.transform[0][1], node.transform[0][2]],
        [node.transform[1][0], node.transform[1][1], node.transform[1][2]]
      ] as Matrix,
      width: node.width,
      height: node.height,
      rotation: node.rotation,
      text: node.text,
      fontSize: node.fontSize,
      textColor: isText ? (node.fills[0] ?? null) : null,
      textAlign: node.text !== null ? textAlign(doc, node) : null,
      textAutoResize: isText ? stringField(doc, node.id, 'textAutoResize') : null,
      fills: isText ? [] : node.fills.filter((fill) => fill.startsWith('#')),
      strokes: node.strokes.filter((stroke) => stroke.startsWith('#')),
      strokeWeight: node.strokeWeight,
      locked: node.locked,
      visible: node.visible,
      shapeType: node.shapeType,
      connector: node.connector
        ? {
            start: {
              point: { x: node.connector.start.x, y: node.connector.start.y },
              nodeId: node.connector.start.nodeId,
              magnet: node.connector.start.magnet,
              cap: node.connector.startCap
            },
            end: {
              point: { x: node.connector.end.x, y: node.connector.end.y },
              nodeId: node.connector.end.nodeId,
              magnet: node.connector.end.magnet,
              cap: node.connector.endCap
            },
            lineType: node.connector.lineType
          }
        : null,
      stuckTo: node.stuckTo,
      stampKind: node.stampKind,
      // The plugin's own data is shared plugin data under `vpcfit` (contract/plugin-data-keys.ts).
      pluginData: { ...(node.sharedPluginData.vpcfit ?? {}) },
      relaunchData: relaunchData(doc, node.id),
      authorName: node.type === 'STICKY' && node.authorVisible ? node.authorName : null
    })
  }
  return out
}

/**
 * The page's paint order as the fake has it now (pre-order, back to front), asked per change: each parent's
 * children are listed once per order object, and indexed only when many places in it are looked up.
 */
export function paintOrderOf(inspect: Inspector, pageId: string): PaintOrder {
  const children = new Map<string, string[]>()
  const places = new Map<string, Map<string, number>>()
  const kids = (id: string): string[] => {
    let list = children.get(id)
    if (!list) {
      list = inspect.childIds(id)
      children.set(id, list)
    }
    return list
  }
  const lookups = new Map<string, number>()
  const indexIn = (parent: string, id: string): number => {
    const place = places.get(parent)
    if (place) return place.get(id) ?? -1
    // A few look-ups scan the list; a parent asked often (a big paste) gets an index.
    const count = (lookups.get(parent) ?? 0) + 1
    lookups.set(parent, count)
    const list = kids(parent)
    if (count < 8) return list.indexOf(id)
    const index = new Map(list.map((child, i) => [child, i]))
    places.set(parent, index)
    return index.get(id) ?? -1
  }
  /** Indexes from the page down to the node, or null when it is not on the page. */
  const path = (id: string): number[] | null => {
    const out: number[] = []
    let at = id
    for (let parent = inspect.parentOf(at); parent !== null; parent = inspect.parentOf(at)) {
      const i = indexIn(parent, at)
      if (i < 0) return null
      out.push(i)
      if (parent === pageId) return out.reverse()
      at = parent
    }
    return null
  }
  return {
    sort(ids) {
      const keyed: Array<{ id: string; path: number[] }> = []
      for (const id of ids) {
        const p = path(id)
        if (p) keyed.push({ id, path: p })
      }
      keyed.sort((a, b) => comparePaths(a.path, b.path))
      return keyed.map((entry) => entry.id)
    },
    next(id) {
      const first = kids(id)[0]
      if (first !== undefined) return first
      let at = id
      for (let parent = inspect.parentOf(at); parent !== null; parent = inspect.parentOf(at)) {
        const siblings = kids(parent)
        const i = indexIn(parent, at)
        if (i >= 0 && i + 1 < siblings.length) return siblings[i + 1] as string
        if (parent === pageId) return null
        at = parent
      }
      return null
    }
  }
}

function comparePaths(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) {
    const d = (a[i] as number) - (b[i] as number)
    if (d !== 0) return d
  }
  // An ancestor paints before its descendants.
  return a.length - b.length
}
