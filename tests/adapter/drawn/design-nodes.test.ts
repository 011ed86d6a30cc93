/**
 * Canvases copied from a template or from Figma Design (session 8): the halves in frames, the square and the
 * circle as rectangles and ellipses, marker or pasted vector lines as dividers, a picture behind it all. The fake
 * makes no frames, rectangles, ellipses, vectors or pictures (`fake/README.md`), so these nodes are plain objects
 * with the members the drawing's read uses, typed by the plugin typings; the read goes through the adapter's own
 * `readSelectionDrawing` and the core decides as for any drawing.
 */
import { describe, expect, it } from 'vitest'
import { readSelectionDrawing } from '../../../src/adapter/drawn-canvas'
import { recognizeDrawing } from '../../../src/core/drawn/recognize'
import { resolveDrawnZones, zoneInDrawing } from '../../../src/core/drawn/regions'
import type { DrawingInput } from '../../../src/core/drawn/types'
import type { Point, Rect, ZoneKey } from '../../../src/core/types'
import { ZONE_KEYS } from '../../../src/core/types'
import { ENGLISH, polar } from './drawings'

type Transform = [[number, number, number], [number, number, number]]

interface Plain {
  id: string
  type: string
  name?: string
  box: Rect
  characters?: string
  fills?: Array<{ type: string }>
  /** Vertices in the node's own space (its transform is a translation to `box`'s corner). */
  vertices?: Point[]
  children?: Plain[]
}

function flatten(node: Plain): Plain[] {
  return (node.children ?? []).flatMap((child) => [child, ...flatten(child)])
}

/** A node as the drawing's read sees it: page-absolute geometry, its text, fills, vectors and a search by type. */
function node(plain: Plain, parent: Plain | null = null): SceneNode {
  const transform: Transform = [
    [1, 0, plain.box.x],
    [0, 1, plain.box.y]
  ]
  const value = {
    id: plain.id,
    type: plain.type,
    name: plain.name ?? plain.type,
    removed: false,
    parent: parent
      ? {
          type: parent.type,
          absoluteTransform: [
            [1, 0, parent.box.x],
            [0, 1, parent.box.y]
          ]
        }
      : null,
    absoluteBoundingBox: plain.box,
    absoluteTransform: transform,
    width: plain.box.width,
    height: plain.box.height,
    fills: plain.fills ?? [{ type: 'SOLID' }],
    ...(plain.characters !== undefined ? { characters: plain.characters } : {}),
    ...(plain.vertices ? { vectorNetwork: { vertices: plain.vertices, segments: [], regions: [] } } : {}),
    getSharedPluginData: () => '',
    getPluginData: () => '',
    ...(plain.children
      ? {
          findAllWithCriteria: ({ types }: { types: string[] }) =>
            flatten(plain)
              .filter((inner) => types.includes(inner.type))
              .map((inner) => node(inner, parentOf(plain, inner)))
        }
      : {})
  }
  return value as unknown as SceneNode
}

function parentOf(root: Plain, child: Plain): Plain | null {
  for (const inner of root.children ?? []) {
    if (inner === child) return root
    const found = parentOf(inner, child)
    if (found) return found
  }
  return null
}

function label(id: string, characters: string, centre: Point): Plain {
  const width = characters.length * 18
  return {
    id,
    type: 'TEXT',
    characters,
    box: { x: centre.x - width / 2, y: centre.y - 20, width, height: 40 }
  }
}

/** A vector stroke from `a` to `b`, drawn by hand: its middle points wander `wobble` px off the line. */
function stroke(id: string, a: Point, b: Point, wobble: number): Plain {
  const x = Math.min(a.x, b.x) - wobble
  const y = Math.min(a.y, b.y) - wobble
  const points: Point[] = []
  for (let i = 0; i <= 20; i++) {
    const s = i / 20
    const off = i === 0 || i === 20 ? 0 : Math.sin(i * 1.7) * wobble
    const length = Math.hypot(b.x - a.x, b.y - a.y)
    const nx = -(b.y - a.y) / length
    const ny = (b.x - a.x) / length
    points.push({ x: a.x + (b.x - a.x) * s + nx * off - x, y: a.y + (b.y - a.y) * s + ny * off - y })
  }
  const box = { x, y, width: Math.abs(b.x - a.x) + 2 * wobble, height: Math.abs(b.y - a.y) + 2 * wobble }
  return { id, type: 'VECTOR', box, vertices: points }
}

function decide(input: DrawingInput | null) {
  if (!input) throw new Error('no drawing read')
  const decision = recognizeDrawing(input)
  if (!decision.ok) throw new Error(`refused: ${decision.refusal.key}`)
  const reading = {
    nodes: new Map(
      input.nodes.map((n) => [
        n.id,
        { box: n.box, outline: n.outline, ends: n.ends, ...(n.turn ? { turn: n.turn } : {}) }
      ])
    ),
    area: { x: -1000, y: -1000, width: 10000, height: 10000 }
  }
  return { decision, zones: resolveDrawnZones(decision.definition, reading) }
}

describe('a canvas copied from Figma Design or a template', () => {
  it('the halves as frames with three headers in a row each: columns, the frame names are side titles', () => {
    const columns = (x: number, zones: ZoneKey[]): Plain[] =>
      zones.map((zone, i) => label(`h-${zone}`, ENGLISH[zone], { x: x + 250 + i * 500, y: 180 }))
    const valueMap: Plain = {
      id: 'frame-value',
      type: 'FRAME',
      name: 'Value Map',
      box: { x: 0, y: 100, width: 1500, height: 1200 },
      children: columns(0, ['gainCreators', 'products', 'painRelievers'])
    }
    const profile: Plain = {
      id: 'frame-profile',
      type: 'FRAME',
      name: 'Customer Profile',
      box: { x: 1700, y: 100, width: 1500, height: 1200 },
      children: columns(1700, ['gains', 'jobs', 'pains'])
    }
    const outer: Plain = {
      id: 'frame-outer',
      type: 'FRAME',
      name: 'Value Proposition Canvas',
      box: { x: -100, y: 0, width: 3400, height: 1400 },
      children: [valueMap, profile]
    }
    const input = readSelectionDrawing([node(outer)], new Set())
    expect(input?.root.kind).toBe('section')
    const { decision, zones } = decide(input)
    expect(decision.definition.rows).toEqual(['frame-profile', 'frame-value'])
    const order: Array<[ZoneKey, number]> = [
      ['gainCreators', 250],
      ['products', 750],
      ['painRelievers', 1250],
      ['gains', 1950],
      ['jobs', 2450],
      ['pains', 2950]
    ]
    for (const [zone, x] of order) {
      expect(zoneInDrawing({ x, y: 600 }, zones), zone).toBe(zone)
      expect(zoneInDrawing({ x: x + 200, y: 1200 }, zones), zone).toBe(zone)
    }
    // Between the frames: in no zone.
    expect(zoneInDrawing({ x: 1600, y: 600 }, zones)).toBeNull()
  })

  it('a rectangle and an ellipse from Figma Design split by hand-drawn vector strokes, over a picture', () => {
    const s = { x: 600, y: 600 }
    const c = { x: 2000, y: 600 }
    const r = 500
    const nodes: Plain[] = [
      {
        id: 'picture',
        type: 'RECTANGLE',
        fills: [{ type: 'IMAGE' }],
        box: { x: 0, y: 0, width: 2600, height: 1200 }
      },
      { id: 'square', type: 'RECTANGLE', box: { x: s.x - r, y: s.y - r, width: 2 * r, height: 2 * r } },
      { id: 'circle', type: 'ELLIPSE', box: { x: c.x - r, y: c.y - r, width: 2 * r, height: 2 * r } },
      // The Strategyzer square: a vertical stroke through the centre, one to the right edge; three spokes in the
      // circle. Drawn with the marker: a little wobbly, a little long.
      stroke('v', { x: s.x, y: s.y - r * 1.1 }, { x: s.x, y: s.y + r * 1.1 }, 12),
      stroke('h', s, { x: s.x + r * 1.1, y: s.y }, 10),
      stroke('c60', c, polar(c, 60, r * 1.1), 10),
      stroke('c180', c, polar(c, 180, r * 1.1), 10),
      stroke('c300', c, polar(c, 300, r * 1.1), 10),
      // A scribble is no line.
      {
        id: 'scribble',
        type: 'VECTOR',
        box: { x: 1900, y: 100, width: 100, height: 100 },
        vertices: [
          { x: 0, y: 0 },
          { x: 100, y: 0 },
          { x: 100, y: 100 },
          { x: 0, y: 100 },
          { x: 10, y: 10 }
        ]
      },
      // Titles near each zone's outer corner, far from the sector middles.
      label('l-products', ENGLISH.products, polar(s, 150, r * 0.85)),
      label('l-gainCreators', ENGLISH.gainCreators, polar(s, 80, r * 0.8)),
      label('l-painRelievers', ENGLISH.painRelievers, polar(s, 280, r * 0.8)),
      label('l-gains', ENGLISH.gains, polar(c, 75, r * 0.8)),
      label('l-pains', ENGLISH.pains, polar(c, 285, r * 0.8)),
      label('l-jobs', ENGLISH.jobs, polar(c, 330, r * 0.75))
    ]
    const input = readSelectionDrawing(
      nodes.map((n) => node(n)),
      new Set()
    )
    expect(input?.nodes.find((n) => n.id === 'picture')).toBeUndefined()
    expect(input?.nodes.find((n) => n.id === 'scribble')).toBeUndefined()
    const { decision, zones } = decide(input)
    expect(decision.definition.dividers).toEqual(['c180', 'c300', 'c60', 'h', 'v'])
    const probes: Array<[Point, ZoneKey]> = [
      [polar(s, 200, r * 0.5), 'products'],
      [polar(s, 110, r * 0.6), 'products'],
      [polar(s, 20, r * 0.6), 'gainCreators'],
      [polar(s, 340, r * 0.6), 'painRelievers'],
      [polar(c, 170, r * 0.6), 'gains'],
      [polar(c, 190, r * 0.6), 'pains'],
      [polar(c, 30, r * 0.6), 'jobs'],
      [polar(c, 330, r * 0.6), 'jobs']
    ]
    for (const [at, zone] of probes) expect(zoneInDrawing(at, zones), zone).toBe(zone)
    for (const zone of ZONE_KEYS) expect(decision.definition.zones[zone].mode).toBe('sector')
  })
})
