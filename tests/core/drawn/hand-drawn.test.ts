/**
 * Session 8's fixes for hand-drawn canvases, as plain data: a numbered badge beside a header is no zone's region,
 * loose headers reach over the stickies under them, and a section named after its segment names the canvas's.
 */
import { describe, expect, it } from 'vitest'
import { recognizeDrawing } from '../../../src/core/drawn/recognize'
import {
  drawingArea,
  reachesByLabels,
  resolveDrawnZones,
  zoneInDrawing
} from '../../../src/core/drawn/regions'
import type { DrawingInput, DrawnNode } from '../../../src/core/drawn/types'
import { segmentFromName } from '../../../src/core/drawn/vocabulary'
import type { ZoneKey } from '../../../src/core/types'
import { ZONE_KEYS } from '../../../src/core/types'
import { ENGLISH, readingOf, shape, squareAndCircle, text } from './drawings'

const ORDER: ZoneKey[] = ['products', 'gainCreators', 'painRelievers', 'gains', 'pains', 'jobs']

/** Six headers in a row, 500 px apart, each with (or without) a 48 px numbered circle just left of it. */
function looseHeaders(badges: boolean): DrawingInput {
  const nodes: DrawnNode[] = []
  ORDER.forEach((zone, i) => {
    const header = text(`h-${zone}`, ENGLISH[zone], { x: 200 + i * 500, y: 100 })
    nodes.push(header)
    if (badges)
      nodes.push(
        shape(
          `badge-${zone}`,
          { x: header.box.x - 54, y: 76, width: 48, height: 48 },
          'ellipse',
          String(i + 1)
        )
      )
  })
  return { root: { kind: 'nodes', id: null, name: '', pluginRole: null }, nodes, adopted: false }
}

describe('a shape smaller than its label is no zone', () => {
  it.each([false, true])('six loose headers (badges beside them: %s) reach to their labels', (badges) => {
    const input = looseHeaders(badges)
    const decision = recognizeDrawing(input)
    if (!decision.ok) throw new Error(decision.refusal.key)
    expect(ZONE_KEYS.map((zone) => decision.definition.zones[zone].mode)).toEqual(
      ZONE_KEYS.map(() => 'nearest')
    )
    const boxes = decision.definition.nodes.map(
      (id) => (input.nodes.find((node) => node.id === id) as DrawnNode).box
    )
    const area = drawingArea('nodes', boxes, null, 0.5, reachesByLabels(decision.definition))
    if (!area) throw new Error('no area')
    const zones = resolveDrawnZones(decision.definition, readingOf(input, area))
    // A sticky 400 px under each header is that header's.
    ORDER.forEach((zone, i) => expect(zoneInDrawing({ x: 200 + i * 500, y: 500 }, zones), zone).toBe(zone))
  })

  it('a header chip holding its label in a big shape stays a chip of the shape (sectors)', () => {
    const decision = recognizeDrawing(squareAndCircle(ENGLISH))
    if (!decision.ok) throw new Error(decision.refusal.key)
    expect(decision.definition.zones.jobs.mode).toBe('sector')
  })
})

describe('loose nodes: how far the drawing reaches', () => {
  const boxes = [
    { x: 0, y: 0, width: 100, height: 40 },
    { x: 900, y: 0, width: 100, height: 40 }
  ]
  it('by labels: half the spread around them; otherwise the box around the nodes', () => {
    expect(drawingArea('nodes', boxes, null, 0.5, true)).toEqual({
      x: -500,
      y: -500,
      width: 2000,
      height: 1040
    })
    expect(drawingArea('nodes', boxes, null, 0.5, false)).toEqual({ x: 0, y: 0, width: 1000, height: 40 })
  })
})

describe('the segment a section’s name gives a canvas drawn in it', () => {
  it.each([
    ['Busy parents', 'Busy parents'],
    ['  Småbarnsföräldrar ', 'Småbarnsföräldrar'],
    ['Segment: Pendlere', 'Pendlere'],
    ['Offer: Meal kit', ''],
    ['Section 1', ''],
    ['Section', ''],
    ['VPC workshop', ''],
    ['Value Proposition Canvas', ''],
    ['Customer profile', ''],
    ['Pains', ''],
    ['Our canvas', ''],
    ['Kopi af skabelon', ''],
    ['Övning 3', ''],
    ['Øvelse', ''],
    ['Lærred 2', ''],
    ['Sektionen för pendlare', 'Sektionen för pendlare'],
    ['🎯', '']
  ])('%j gives %j', (name, segment) => expect(segmentFromName(name)).toBe(segment))

  it('a section drawing naming no segment takes its section’s name; a text naming one wins', () => {
    const input = squareAndCircle(ENGLISH)
    input.root.name = 'Busy parents'
    const decision = recognizeDrawing(input)
    expect(decision.ok && decision.definition.segment).toBe('Busy parents')
    input.nodes.push(text('field', 'Segment: Commuters', { x: 900, y: 900 }))
    const named = recognizeDrawing(input)
    expect(named.ok && named.definition.segment).toBe('Commuters')
    const group = squareAndCircle(ENGLISH)
    group.root = { kind: 'group', id: 'g', name: 'Busy parents', pluginRole: null }
    const grouped = recognizeDrawing(group)
    expect(grouped.ok && grouped.definition.segment).toBe('')
  })
})
