/**
 * The board's state as plain records, one per node. Node objects handed to plugins are thin views
 * over these records (looked up by id), which is what makes undo a matter of restoring records.
 */
import type { ListType } from './lists'
import type { FontKey } from '../fonts'

/** Node types the fake models on the canvas. */
export type SceneType =
  'SECTION' | 'STICKY' | 'SHAPE_WITH_TEXT' | 'CONNECTOR' | 'LINE' | 'TEXT' | 'STAMP' | 'GROUP'
/** Every node type the fake models. */
export type RecordType = 'DOCUMENT' | 'PAGE' | SceneType

/** Every scene type, for validation of user input. */
export const SCENE_TYPES: readonly SceneType[] = [
  'SECTION',
  'STICKY',
  'SHAPE_WITH_TEXT',
  'CONNECTOR',
  'LINE',
  'TEXT',
  'STAMP',
  'GROUP'
]

/** A text sublayer (sticky, shape, connector) or a text node's text. */
export interface TextRecord {
  characters: string
  fontName: FontKey
  fontSize: number
  fills: readonly Paint[]
  /** List type of each paragraph (see `lists.ts`); absent or shorter: the rest is NONE. */
  lists?: readonly ListType[]
}

/** Shape names a SHAPE_WITH_TEXT can take. */
export type ShapeType = ShapeWithTextNode['shapeType']
/** Line types a connector can take. */
export type ConnectorLineType = ConnectorNode['connectorLineType']

/** One node. Fields that do not apply to a type keep their defaults. */
export interface NodeRecord {
  readonly id: string
  readonly type: RecordType
  parent: string | null
  /** Child ids in paint order (first is at the bottom). Empty for leaves. */
  children: string[]
  name: string
  /** Position relative to the containing parent (groups are transparent: see geometry). */
  x: number
  y: number
  width: number
  height: number
  /** Degrees, counter-clockwise, about the top-left. */
  rotation: number
  visible: boolean
  locked: boolean
  opacity: number
  /** Frozen paints; replaced wholesale, never mutated. */
  fills: readonly Paint[]
  strokes: readonly Paint[]
  strokeWeight: number
  /** Private plugin data: plugin id -> key -> value (each plugin id reads only its own). */
  pluginData: Map<string, Map<string, string>>
  sharedPluginData: Map<string, Map<string, string>>
  relaunchData: Readonly<Record<string, string>>
  text: TextRecord | null
  shapeType: ShapeType
  isWideWidth: boolean
  authorName: string
  authorVisible: boolean
  connectorStart: ConnectorEndpoint
  connectorEnd: ConnectorEndpoint
  connectorLineType: ConnectorLineType
  connectorStartStrokeCap: ConnectorStrokeCap
  connectorEndStrokeCap: ConnectorStrokeCap
  /** For stamps: the node the stamp is stuck to. */
  stuckTo: string | null
  /** For stamps: which stamp (e.g. 'PLUS_ONE', 'THUMBS_UP'). */
  /** Who created the node (a user id), for stamps' `getAuthorAsync`. */
  createdBy: string
  /** TEXT nodes: name follows the characters until renamed. */
  autoRename: boolean
  /** TEXT nodes: horizontal alignment inside the text box. */
  textAlignHorizontal: TextNode['textAlignHorizontal']
  /** TEXT nodes: which sides follow the text (FigJam's default is both). */
  textAutoResize: TextNode['textAutoResize']
  sectionContentsHidden: boolean
}

const NO_PAINTS: readonly Paint[] = Object.freeze([])
const NO_RELAUNCH: Readonly<Record<string, string>> = Object.freeze({})
const FREE_END: ConnectorEndpoint = Object.freeze({ position: Object.freeze({ x: 0, y: 0 }) })

/** A record with every field at its neutral default. */
export function blankRecord(id: string, type: RecordType): NodeRecord {
  return {
    id,
    type,
    parent: null,
    children: [],
    name: '',
    x: 0,
    y: 0,
    width: 0,
    height: 0,
    rotation: 0,
    visible: true,
    locked: false,
    opacity: 1,
    fills: NO_PAINTS,
    strokes: NO_PAINTS,
    strokeWeight: 1,
    pluginData: new Map(),
    sharedPluginData: new Map(),
    relaunchData: NO_RELAUNCH,
    text: null,
    shapeType: 'SQUARE',
    isWideWidth: false,
    authorName: '',
    authorVisible: true,
    connectorStart: FREE_END,
    connectorEnd: FREE_END,
    connectorLineType: 'ELBOWED',
    connectorStartStrokeCap: 'NONE',
    connectorEndStrokeCap: 'ARROW_LINES',
    stuckTo: null,
    createdBy: '',
    autoRename: false,
    textAlignHorizontal: 'LEFT',
    textAutoResize: 'WIDTH_AND_HEIGHT',
    sectionContentsHidden: false
  }
}

/** An independent copy (mutable parts copied; frozen paints and endpoints shared). */
export function cloneRecord(record: NodeRecord): NodeRecord {
  return {
    ...record,
    children: record.children.slice(),
    pluginData: cloneShared(record.pluginData),
    sharedPluginData: cloneShared(record.sharedPluginData),
    text: record.text === null ? null : { ...record.text }
  }
}

const NO_CHILDREN: string[] = []

/** A copy of a record's fields for undo; `children` is left out (undo restores child lists from its log). */
export function cloneFields(record: NodeRecord): NodeRecord {
  return {
    ...record,
    children: NO_CHILDREN,
    pluginData: cloneShared(record.pluginData),
    sharedPluginData: cloneShared(record.sharedPluginData),
    text: record.text === null ? null : { ...record.text }
  }
}

/** Copy of shared plugin data (namespace -> key -> value). */
export function cloneShared(shared: Map<string, Map<string, string>>): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>()
  for (const [namespace, entries] of shared) out.set(namespace, new Map(entries))
  return out
}

/** Plain JSON-able form of a record, for snapshots and equality checks. */
export function serialiseRecord(record: NodeRecord): Record<string, unknown> {
  const byOwner = (data: Map<string, Map<string, string>>): Record<string, Record<string, string>> => {
    const out: Record<string, Record<string, string>> = {}
    for (const [owner, entries] of [...data].sort(byKey)) out[owner] = Object.fromEntries([...entries].sort(byKey))
    return out
  }
  const shared = byOwner(record.sharedPluginData)
  return {
    ...record,
    children: record.children.slice(),
    pluginData: byOwner(record.pluginData),
    sharedPluginData: shared,
    text: record.text === null ? null : { ...record.text }
  }
}

function byKey(a: [string, unknown], b: [string, unknown]): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0
}

/** Names of the record fields (children aside) whose values differ, maps and text compared by content. */
export function changedFields(before: NodeRecord, after: NodeRecord): (keyof NodeRecord)[] {
  const out: (keyof NodeRecord)[] = []
  for (const key of Object.keys(before) as (keyof NodeRecord)[]) {
    if (key !== 'children' && !sameValue(before[key], after[key])) out.push(key)
  }
  return out
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  return JSON.stringify(normalise(a)) === JSON.stringify(normalise(b))
}

function normalise(value: unknown): unknown {
  if (value instanceof Map)
    return [...(value as Map<string, unknown>)].sort(byKey).map(([k, v]) => [k, normalise(v)])
  return value
}
