/** Turns the fake's non-counting snapshots into what the renderer draws. */
import type { FakeDocument, InspectedNode } from '../../fake'
import type { Matrix, RenderNode, RenderType } from './model'

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
