import { describe, expect, it } from 'vitest'
import { analyzeBoard } from '../../../src/core/analyze'
import { definitionNodeIds, parseDrawnDef, serializeDrawnDef } from '../../../src/core/drawn/definition'
import { recognizeDrawing } from '../../../src/core/drawn/recognize'
import { resolveDrawnZones } from '../../../src/core/drawn/regions'
import type { DrawnCanvasDef } from '../../../src/core/drawn/types'
import type { CanvasSnapshot, StickySnapshot } from '../../../src/core/types'
import {
  CIRCLE_CENTRE,
  ENGLISH,
  polar,
  readingOf,
  squareAndCircle,
  strategyzer,
  SQUARE_CENTRE
} from './drawings'

function definitionOf(input = strategyzer(ENGLISH)): DrawnCanvasDef {
  const decision = recognizeDrawing(input)
  if (!decision.ok) throw new Error(decision.refusal.key)
  return decision.definition
}

describe('stored definition', () => {
  it('reads back what was written', () => {
    const definition = definitionOf()
    expect(parseDrawnDef(serializeDrawnDef(definition))).toEqual(definition)
  })

  it('lists every node it refers to', () => {
    expect(definitionNodeIds(definitionOf()).sort()).toEqual(
      [
        'circle',
        'square',
        'circle-down',
        'circle-left',
        'circle-up',
        'square-right',
        'square-vertical',
        'label-jobs',
        'label-pains',
        'label-gains',
        'label-products',
        'label-painRelievers',
        'label-gainCreators'
      ].sort()
    )
  })

  it('a definition stored before rows were kept reads back without them', () => {
    const { rows, ...older } = definitionOf()
    expect(rows).toEqual([])
    expect(parseDrawnDef(JSON.stringify(older))).toEqual(older)
  })

  const good = JSON.parse(serializeDrawnDef(definitionOf())) as Record<string, unknown>
  it.each<[string, string]>([
    ['empty', ''],
    ['not JSON', '{'],
    ['another schema', JSON.stringify({ ...good, schema: 'vpcfit/1' })],
    ['an unknown root', JSON.stringify({ ...good, root: 'frame' })],
    ['an unknown language', JSON.stringify({ ...good, locale: 'fr' })],
    ['rows that are no ids', JSON.stringify({ ...good, rows: [1] })],
    ['a zone missing', JSON.stringify({ ...good, zones: { ...(good.zones as object), jobs: undefined } })],
    [
      'a sector without its angle',
      JSON.stringify({
        ...good,
        zones: { ...(good.zones as object), jobs: { label: 'a', mode: 'sector', region: 'b', angle: null } }
      })
    ],
    ['ids that are not strings', JSON.stringify({ ...good, dividers: [1, 2] })],
    ['huge', 'x'.repeat(60_000)]
  ])('%s reads as no definition', (_name, raw) => {
    expect(parseDrawnDef(raw)).toBeNull()
  })
})

function sticky(id: string, text: string, centre: { x: number; y: number }): StickySnapshot {
  return {
    id,
    text,
    box: { x: centre.x - 120, y: centre.y - 120, width: 240, height: 240 },
    votes: 0,
    stamps: {},
    pluginRole: null
  }
}

describe('analysing an adopted canvas', () => {
  const input = squareAndCircle(ENGLISH)
  const definition = definitionOf(input)
  const canvas = (nodes = input.nodes): CanvasSnapshot => ({
    id: 'root',
    name: 'Drawn',
    box: { x: -100, y: -100, width: 2000, height: 1000 },
    meta: { schema: 1, locale: 'en', segment: '', product: '' },
    valueMap: null,
    customerProfile: null,
    checks: {},
    rejected: [],
    drawn: resolveDrawnZones(
      definition,
      readingOf({ ...input, nodes }, { x: -100, y: -100, width: 2000, height: 1000 })
    )
  })
  const stickies = [
    sticky('pain', 'Long waits', polar(CIRCLE_CENTRE, 240, 150)),
    sticky('reliever', 'Instant booking', polar(SQUARE_CENTRE, 300, 150)),
    sticky('gap', 'Somewhere between', { x: 900, y: 800 })
  ]

  it('places stickies by the drawn zones and is not damaged', () => {
    const [analysis] = analyzeBoard(
      {
        canvases: [canvas()],
        stickies,
        connectors: [{ id: 'c', startId: 'reliever', endId: 'pain' }]
      },
      'now'
    )
    expect(analysis?.damaged).toEqual([])
    expect(analysis?.lostZones).toEqual([])
    expect(analysis?.report.zones.pains.map((i) => i.id)).toEqual(['pain'])
    expect(analysis?.report.zones.painRelievers.map((i) => i.id)).toEqual(['reliever'])
    expect(analysis?.report.unplaced.map((i) => i.id)).toEqual(['gap'])
    expect(analysis?.report.links).toEqual([{ from: 'reliever', to: 'pain', kind: 'relieves' }])
    expect(analysis?.report.fit.coverage.pains).toBe(100)
  })

  it('a header sticky that is a label is neither an item nor unplaced', () => {
    const header = sticky('label-pains', 'Pains', polar(CIRCLE_CENTRE, 240, 250))
    const nodes = input.nodes.map((n) =>
      n.id === 'label-pains' ? { ...n, kind: 'sticky' as const, box: header.box } : n
    )
    const [analysis] = analyzeBoard({ canvases: [canvas(nodes)], stickies: [header], connectors: [] }, 'now')
    expect(analysis?.report.zones.pains).toEqual([])
    expect(analysis?.report.unplaced).toEqual([])
  })

  it('a deleted label is reported as a lost zone', () => {
    const nodes = input.nodes.filter((n) => n.id !== 'label-pains')
    const [analysis] = analyzeBoard({ canvases: [canvas(nodes)], stickies, connectors: [] }, 'now')
    expect(analysis?.lostZones).toEqual(['pains'])
    expect(analysis?.report.unplaced.map((i) => i.id).sort()).toEqual(['gap', 'pain'])
  })
})
