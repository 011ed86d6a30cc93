import { describe, expect, it } from 'vitest'
import { drawingArea, resolveDrawnZones, zoneInDrawing } from '../../../src/core/drawn/regions'
import { recognizeDrawing } from '../../../src/core/drawn/recognize'
import type { DrawingInput, DrawnCanvasDef, DrawnZones } from '../../../src/core/drawn/types'
import type { Point, Rect, ZoneKey } from '../../../src/core/types'
import { ZONE_KEYS } from '../../../src/core/types'
import {
  CIRCLE_CENTRE,
  DANISH,
  ENGLISH,
  GERMAN,
  GRID_BOXES,
  polar,
  readingOf,
  shape,
  sixBoxes,
  squareAndCircle,
  SQUARE_CENTRE,
  strategyzer,
  SWEDISH,
  text
} from './drawings'

function adopt(input: DrawingInput): DrawnCanvasDef {
  const decision = recognizeDrawing(input)
  if (!decision.ok) throw new Error(`refused: ${decision.refusal.key}`)
  return decision.definition
}

const AREA: Rect = { x: -100, y: -100, width: 2000, height: 1000 }

function zonesOf(input: DrawingInput): DrawnZones {
  return resolveDrawnZones(adopt(input), readingOf(input, AREA))
}

describe('recognizeDrawing: what each drawing is understood as', () => {
  it.each([
    ['English', ENGLISH, 'en', 'en'],
    ['Swedish (the seed’s terms)', SWEDISH, 'sv', 'sv'],
    ['Danish', DANISH, 'da', 'da'],
    ['German (read, spoken as English)', GERMAN, 'de', 'en']
  ] as const)(
    'a square and a circle with %s labels: sectors around each shape',
    (_name, labels, labelLocale, locale) => {
      const definition = adopt(squareAndCircle(labels))
      expect(definition.labelLocale).toBe(labelLocale)
      expect(definition.locale).toBe(locale)
      for (const zone of ZONE_KEYS) {
        const customer = zone === 'jobs' || zone === 'pains' || zone === 'gains'
        expect(definition.zones[zone]).toMatchObject({
          label: `label-${zone}`,
          mode: 'sector',
          region: customer ? 'circle' : 'square'
        })
      }
      expect(definition.dividers).toEqual([])
    }
  )

  it('divider lines from and through the centres are recorded', () => {
    expect(adopt(strategyzer(ENGLISH)).dividers).toEqual([
      'circle-down',
      'circle-left',
      'circle-up',
      'square-right',
      'square-vertical'
    ])
  })

  it('a connector attached to the shape it splits divides it; one attached to anything else does not', () => {
    const input = strategyzer(ENGLISH)
    input.nodes = input.nodes.map((node) =>
      node.id === 'circle-up'
        ? { ...node, attached: ['circle'] }
        : node.id === 'circle-down'
          ? { ...node, attached: ['stray-shape'] }
          : node
    )
    input.nodes.push(shape('stray-shape', { x: 3000, y: 0, width: 10, height: 10 }))
    expect(adopt(input).dividers).toEqual(['circle-left', 'circle-up', 'square-right', 'square-vertical'])
  })

  it('six boxes with header chips: each box is its zone, the chips and background are not', () => {
    const definition = adopt(sixBoxes(ENGLISH))
    for (const zone of ZONE_KEYS) {
      expect(definition.zones[zone]).toEqual({
        label: `chip-${zone}`,
        mode: 'box',
        region: `box-${zone}`,
        angle: null
      })
    }
  })

  it('six boxes whose own text is the label: each labels and is its zone', () => {
    const nodes = ZONE_KEYS.map((zone) => shape(`box-${zone}`, GRID_BOXES[zone], 'rect', ENGLISH[zone]))
    const definition = adopt({
      root: { kind: 'nodes', id: null, name: '', pluginRole: null },
      nodes,
      adopted: false
    })
    for (const zone of ZONE_KEYS)
      expect(definition.zones[zone]).toMatchObject({ mode: 'box', region: `box-${zone}` })
    expect(definition.nodes).toEqual(ZONE_KEYS.map((zone) => `box-${zone}`).sort())
  })

  it('labels scattered over one large shape: nearest label', () => {
    const nodes = [shape('board', { x: 0, y: 0, width: 1800, height: 800 })]
    const spots: Record<ZoneKey, Point> = {
      products: { x: 150, y: 400 },
      gainCreators: { x: 600, y: 200 },
      painRelievers: { x: 600, y: 600 },
      gains: { x: 1200, y: 200 },
      pains: { x: 1200, y: 600 },
      jobs: { x: 1650, y: 400 }
    }
    for (const zone of ZONE_KEYS) nodes.push(text(`label-${zone}`, ENGLISH[zone], spots[zone]))
    const definition = adopt({
      root: { kind: 'section', id: 's', name: '', pluginRole: null },
      nodes,
      adopted: false
    })
    for (const zone of ZONE_KEYS)
      expect(definition.zones[zone]).toMatchObject({ mode: 'nearest', region: null })
  })

  it('stickies used as headers are labels', () => {
    const input = squareAndCircle(ENGLISH)
    input.nodes = input.nodes.map((node) =>
      node.id === 'label-pains' ? { ...node, kind: 'sticky' as const } : node
    )
    expect(adopt(input).zones.pains.label).toBe('label-pains')
  })

  it('a label alone on its line beats one with a description; a text beats a sticky', () => {
    const input = squareAndCircle(ENGLISH)
    input.nodes.push(text('legend', 'Pains: what annoys them', { x: 1400, y: 700 }))
    input.nodes.push(text('sticky-gains', 'Gains', { x: 1300, y: 200 }, 'sticky'))
    const definition = adopt(input)
    expect(definition.zones.pains.label).toBe('label-pains')
    expect(definition.zones.gains.label).toBe('label-gains')
  })

  it('names the segment and offer when the drawing does', () => {
    const input = squareAndCircle(SWEDISH)
    input.nodes.push(text('seg', 'Kundsegment: Småbarnsföräldrar', { x: 900, y: -60 }))
    input.nodes.push(text('off', 'Erbjudande: Matkasse', { x: 300, y: -60 }))
    expect(adopt(input)).toMatchObject({ segment: 'Småbarnsföräldrar', product: 'Matkasse' })
  })

  it('is the same whatever order the nodes come in', () => {
    const input = strategyzer(DANISH)
    const reversed = { ...input, nodes: [...input.nodes].reverse() }
    expect(recognizeDrawing(reversed)).toEqual(recognizeDrawing(input))
  })

  it('a label copied onto itself, or a second one that is told apart, is no ambiguity', () => {
    const input = squareAndCircle(ENGLISH)
    const pains = input.nodes.find((node) => node.id === 'label-pains')
    if (!pains) throw new Error('no pains label')
    input.nodes.push({ ...pains, id: 'label-pains-copy', box: { ...pains.box, x: pains.box.x + 6 } })
    input.nodes.push(text('pains-legend', 'Pains\nwhat annoys them', { x: 400, y: 1200 }))
    input.nodes.push(text('pains-sticky', 'Pains', { x: 1800, y: 1200 }, 'sticky'))
    expect(recognizeDrawing(input).ok).toBe(true)
  })

  it('two labels of a zone, one in its shape and one loose: the one in the shape is the zone', () => {
    for (const kind of ['text', 'sticky'] as const) {
      const input = squareAndCircle(ENGLISH)
      // A loose "Pains" (a legend, a note) read before the label in the circle, and a better kind of node.
      input.nodes.push(text('pains-loose', 'Pains', { x: 1400, y: -300 }))
      if (kind === 'sticky') {
        const inCircle = input.nodes.find((node) => node.id === 'label-pains')
        if (inCircle) inCircle.kind = 'sticky'
      }
      const decision = recognizeDrawing(input)
      if (!decision.ok) throw new Error(decision.refusal.key)
      expect(decision.definition.zones.pains, kind).toMatchObject({ label: 'label-pains', mode: 'sector' })
    }
  })

  it('a background holding both sides, or a grid whose every zone has its own box, is no wrong side', () => {
    const grid = sixBoxes(ENGLISH)
    // A band behind the top row holds a value map box's chip and a customer one's: each still has its box.
    grid.nodes.push(shape('band', { x: -20, y: -20, width: 1440, height: 120 }))
    expect(recognizeDrawing(grid).ok).toBe(true)
    const all = squareAndCircle(ENGLISH)
    all.nodes.push(shape('background', { x: -100, y: -100, width: 2000, height: 1000 }))
    expect(recognizeDrawing(all).ok).toBe(true)
  })

  it('a section holding the drawing and something else: the drawing’s nodes are its canvas', () => {
    const bmc = [
      shape('bmc-vp', { x: 2600, y: 0, width: 600, height: 1400 }, 'rect', 'Value Propositions'),
      shape('bmc-cs', { x: 3300, y: 0, width: 600, height: 1400 }, 'rect', 'Customer Segments')
    ]
    const withBmc = squareAndCircle(ENGLISH)
    withBmc.nodes.push(...bmc, text('segment', 'Segment: Commuters', { x: 900, y: -60 }))
    const decision = recognizeDrawing(withBmc)
    if (!decision.ok) throw new Error(decision.refusal.key)
    expect(decision.anchor).toBe('root')
    expect(decision.definition.nodes).toEqual(
      ['circle', 'square', ...ZONE_KEYS.map((zone) => `label-${zone}`)].sort()
    )
    // Notes parked far below count as something else too; a title just above the drawing, or a sticky dropped
    // beside it, does not.
    const notes = squareAndCircle(ENGLISH)
    notes.nodes.push(text('note', 'Ask about winter', { x: 300, y: 1600 }, 'sticky'))
    expect(adopt(notes).nodes).not.toHaveLength(0)
    const titled = squareAndCircle(ENGLISH)
    titled.nodes.push(text('title', 'Value Proposition Canvas', { x: 900, y: -40 }))
    titled.nodes.push(text('stray', 'Later', { x: 900, y: 850 }, 'sticky'))
    expect(adopt(titled).nodes).toEqual([])
    // Labels with no shapes of their own (nearest-label zones) reach half their spread around them: a BMC beyond
    // is something else; one within that reach keeps the section. A labelled shape beside loose labels reaches as
    // far as its loose labels' zones: a BMC beyond that is something else too.
    const scattered = squareAndCircle(ENGLISH)
    scattered.nodes = scattered.nodes.filter((node) => node.kind === 'text')
    scattered.nodes.push(...bmc)
    expect(adopt(scattered).nodes).toEqual(ZONE_KEYS.map((zone) => `label-${zone}`).sort())
    const near = squareAndCircle(ENGLISH)
    near.nodes = near.nodes.filter((node) => node.kind === 'text')
    near.nodes.push(shape('bmc-near', { x: 1900, y: 0, width: 400, height: 800 }, 'rect', 'Value Propositions'))
    expect(adopt(near).nodes).toEqual([])
    const mixed = squareAndCircle(ENGLISH)
    mixed.nodes = mixed.nodes.filter((node) => node.id !== 'circle')
    mixed.nodes.push(...bmc)
    expect(adopt(mixed).nodes).toEqual(['square', ...ZONE_KEYS.map((zone) => `label-${zone}`)].sort())
    const mixedNear = squareAndCircle(ENGLISH)
    mixedNear.nodes = mixedNear.nodes.filter((node) => node.id !== 'circle')
    mixedNear.nodes.push(shape('bmc-near', { x: 1900, y: 0, width: 400, height: 800 }, 'rect', 'Value Propositions'))
    expect(adopt(mixedNear).nodes).toEqual([])
  })

  it('a drawing’s area: loose nodes are their box; a shared section, their reach within it; else the root', () => {
    const boxes = [
      { x: 0, y: 0, width: 1000, height: 400 },
      { x: 1000, y: 0, width: 1000, height: 800 }
    ]
    const section = { x: -1000, y: -100, width: 6000, height: 3000 }
    expect(drawingArea('nodes', boxes, null)).toEqual({ x: 0, y: 0, width: 2000, height: 800 })
    expect(drawingArea('section', boxes, section)).toEqual({ x: -200, y: -100, width: 2400, height: 1100 })
    expect(drawingArea('section', [], section)).toEqual(section)
    expect(drawingArea('group', boxes, { x: 1900, y: 700, width: 50, height: 50 })).toEqual({
      x: 1900,
      y: 700,
      width: 50,
      height: 50
    })
  })

  it('loose nodes with a BMC selected beside them: the BMC is no part of the canvas', () => {
    const input = squareAndCircle(ENGLISH)
    input.root = { kind: 'nodes', id: null, name: '', pluginRole: null }
    input.nodes.push(
      shape('bmc-background', { x: 2000, y: 0, width: 3000, height: 2000 }),
      shape('bmc-vp', { x: 2600, y: 0, width: 600, height: 1400 }, 'rect', 'Value Propositions'),
      shape('bmc-cs', { x: 4400, y: 0, width: 600, height: 1400 }, 'rect', 'Customer Segments')
    )
    const decision = recognizeDrawing(input)
    if (!decision.ok) throw new Error(decision.refusal.key)
    expect(decision.definition.nodes.filter((id) => id.startsWith('bmc'))).toEqual([])
    expect(decision.anchor).toBe('square')
  })

  it('stores on the section or group; loose nodes on their largest shape', () => {
    const section = recognizeDrawing(squareAndCircle(ENGLISH))
    expect(section.ok && section.anchor).toBe('root')
    const loose = squareAndCircle(ENGLISH)
    loose.root = { kind: 'nodes', id: null, name: '', pluginRole: null }
    loose.nodes[1] = shape('circle', { x: 1000, y: 0, width: 820, height: 820 }, 'ellipse')
    const decision = recognizeDrawing(loose)
    expect(decision.ok && decision.anchor).toBe('circle')
    expect(decision.ok && decision.definition.nodes).toContain('label-jobs')
  })
})

describe('recognizeDrawing: refusals say what was found and what is missing', () => {
  const root = { kind: 'section' as const, id: 'root', name: 'Retro', pluginRole: null }
  it.each<[string, DrawingInput, object]>([
    ['an empty section', { root, nodes: [], adopted: false }, { key: 'adopt.empty' }],
    [
      'a retrospective',
      {
        root,
        nodes: [
          text('a', 'What went well', { x: 0, y: 0 }),
          text('b', 'What to improve', { x: 400, y: 0 }),
          text('c', 'Action items', { x: 800, y: 0 })
        ],
        adopted: false
      },
      { key: 'adopt.noLabels', found: [], missing: [] }
    ],
    [
      'a hand-drawn BMC',
      {
        root,
        nodes: [
          shape('vp', { x: 0, y: 0, width: 300, height: 600 }, 'rect', 'Value Propositions'),
          shape('cs', { x: 400, y: 0, width: 300, height: 600 }, 'rect', 'Customer Segments'),
          shape('kp', { x: 800, y: 0, width: 300, height: 600 }, 'rect', 'Key Partners')
        ],
        adopted: false
      },
      { key: 'adopt.bmc' }
    ],
    [
      'only the customer profile',
      {
        ...squareAndCircle(ENGLISH),
        nodes: squareAndCircle(ENGLISH).nodes.filter((n) =>
          ['circle', 'label-pains', 'label-gains'].includes(n.id)
        )
      },
      { key: 'adopt.missingSide', found: ['pains', 'gains'], side: 'valueMap' }
    ],
    [
      'five of six labels',
      {
        ...squareAndCircle(ENGLISH),
        nodes: squareAndCircle(ENGLISH).nodes.filter((n) => n.id !== 'label-painRelievers')
      },
      { key: 'adopt.missingZones', missing: ['painRelievers'] }
    ],
    [
      'two drawings at once',
      {
        ...squareAndCircle(ENGLISH),
        nodes: [
          ...squareAndCircle(ENGLISH).nodes,
          ...squareAndCircle(ENGLISH).nodes.map((n) => ({
            ...n,
            id: `${n.id}-2`,
            box: { ...n.box, y: n.box.y + 2000 }
          }))
        ]
      },
      { key: 'adopt.several' }
    ],
    [
      'a zone labelled twice, equally well, in two places',
      {
        ...squareAndCircle(ENGLISH),
        nodes: [...squareAndCircle(ENGLISH).nodes, text('pains-2', 'Pains', polar(CIRCLE_CENTRE, 60, 250))]
      },
      { key: 'adopt.twice', twice: ['pains'] }
    ],
    [
      'a zone label written inside the other side’s shape (Pains in the square)',
      {
        ...squareAndCircle(ENGLISH),
        nodes: squareAndCircle(ENGLISH).nodes.map((n) =>
          n.id === 'label-pains' ? text('label-pains', 'Pains', polar(SQUARE_CENTRE, 90, 250)) : n
        )
      },
      { key: 'adopt.wrongSide', side: 'valueMap', misplaced: ['pains'] }
    ],
    [
      'two value map labels written inside the circle',
      {
        ...squareAndCircle(ENGLISH),
        nodes: squareAndCircle(ENGLISH).nodes.map((n) =>
          n.id === 'label-products'
            ? text('label-products', 'Products & Services', polar(CIRCLE_CENTRE, 60, 250))
            : n.id === 'label-gainCreators'
              ? text('label-gainCreators', 'Gain Creators', polar(CIRCLE_CENTRE, 300, 250))
              : n
        )
      },
      { key: 'adopt.wrongSide', side: 'customerProfile', misplaced: ['products', 'gainCreators'] }
    ],
    ['a canvas already adopted', { ...squareAndCircle(ENGLISH), adopted: true }, { key: 'adopt.already' }],
    [
      'a canvas the plugin drew',
      { ...squareAndCircle(ENGLISH), root: { ...root, pluginRole: 'vpc-canvas' } },
      { key: 'adopt.ownCanvas' }
    ]
  ])('%s', (_name, input, refusal) => {
    const decision = recognizeDrawing(input)
    expect(decision.ok).toBe(false)
    if (!decision.ok) expect(decision.refusal).toMatchObject(refusal)
  })
})

describe('zones of drawn canvases', () => {
  it('labels at the sector middles give the canonical sectors', () => {
    const zones = zonesOf(squareAndCircle(ENGLISH))
    const at = (centre: Point, angle: number): ZoneKey | null =>
      zoneInDrawing(polar(centre, angle, 300), zones)
    expect([
      at(CIRCLE_CENTRE, 30),
      at(CIRCLE_CENTRE, 70),
      at(CIRCLE_CENTRE, 179),
      at(CIRCLE_CENTRE, 181)
    ]).toEqual(['jobs', 'gains', 'gains', 'pains'])
    expect([
      at(SQUARE_CENTRE, 100),
      at(SQUARE_CENTRE, 130),
      at(SQUARE_CENTRE, 250),
      at(SQUARE_CENTRE, 350)
    ]).toEqual(['gainCreators', 'products', 'painRelievers', 'painRelievers'])
  })

  it('divider lines are the edges: products take the whole left half of the square', () => {
    const zones = zonesOf(strategyzer(ENGLISH))
    const at = (centre: Point, angle: number): ZoneKey | null =>
      zoneInDrawing(polar(centre, angle, 300), zones)
    // Without dividers 100° would be a gain creator (the edge would be halfway, at 112.5°).
    expect([
      at(SQUARE_CENTRE, 100),
      at(SQUARE_CENTRE, 85),
      at(SQUARE_CENTRE, 265),
      at(SQUARE_CENTRE, 275)
    ]).toEqual(['products', 'gainCreators', 'products', 'painRelievers'])
    expect([
      at(CIRCLE_CENTRE, 55),
      at(CIRCLE_CENTRE, 65),
      at(CIRCLE_CENTRE, 295),
      at(CIRCLE_CENTRE, 305)
    ]).toEqual(['jobs', 'gains', 'pains', 'jobs'])
  })

  it('outside the shapes but inside the drawing is unplaced; the gap between them too', () => {
    const zones = zonesOf(squareAndCircle(ENGLISH))
    expect(zoneInDrawing({ x: 900, y: 400 }, zones)).toBeNull()
    expect(zoneInDrawing({ x: 1010, y: 10 }, zones)).toBeNull()
  })

  it('a grid: each box is its zone, the background is unplaced', () => {
    const zones = zonesOf(sixBoxes(ENGLISH))
    for (const zone of ZONE_KEYS) {
      const box = GRID_BOXES[zone]
      expect(zoneInDrawing({ x: box.x + box.width / 2, y: box.y + box.height - 30 }, zones)).toBe(zone)
    }
    expect(zoneInDrawing({ x: 900, y: 400 }, zones)).toBeNull()
  })

  it('a deleted label: its zone is lost and its area is nobody’s; the other zones stay where they were', () => {
    const input = squareAndCircle(ENGLISH)
    const definition = adopt(input)
    input.nodes = input.nodes.filter((node) => node.id !== 'label-gains')
    const zones = resolveDrawnZones(definition, readingOf(input, AREA))
    expect(zones.lost).toEqual(['gains'])
    expect(zoneInDrawing(polar(CIRCLE_CENTRE, 120, 300), zones)).toBeNull()
    expect(zoneInDrawing(polar(CIRCLE_CENTRE, 50, 300), zones)).toBe('jobs')
    expect(zoneInDrawing(polar(CIRCLE_CENTRE, 190, 300), zones)).toBe('pains')
  })

  it('a deleted box: its zone is lost', () => {
    const input = sixBoxes(ENGLISH)
    const definition = adopt(input)
    input.nodes = input.nodes.filter((node) => node.id !== 'box-jobs')
    expect(resolveDrawnZones(definition, readingOf(input, AREA)).lost).toEqual(['jobs'])
  })
})
