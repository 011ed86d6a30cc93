/**
 * What the plugin says when a selection holds what it cannot read a zone from (session 7): a picture of a canvas,
 * a paste from Figma Design, marker strokes. Never a silent guess: a refusal that names what was found, or an
 * adoption by the labels that says the strokes were not read.
 */
import { describe, expect, it } from 'vitest'
import { dependsOnUnread, recognizeDrawing } from '../../../src/core/drawn/recognize'
import type { AdoptDecision, DrawingInput, UnreadCounts } from '../../../src/core/drawn/types'
import { ZONE_KEYS } from '../../../src/core/types'
import { ENGLISH, shape, squareAndCircle, text } from './drawings'

const root = { kind: 'section' as const, id: 'root', name: 'Workshop', pluginRole: null }
const none: UnreadCounts = { figures: 0, strokes: 0, images: 0 }

function keyOf(decision: AdoptDecision): string {
  return decision.ok ? `ok${decision.note ? ` ${decision.note}` : ''}` : decision.refusal.key
}

const stickies = [
  text('s1', 'Long queues', { x: 100, y: 100 }, 'sticky'),
  text('s2', 'Book online', { x: 500, y: 100 }, 'sticky')
]
/** The six labels written loose, no shapes: the zones reach to their nearest label. */
const looseLabels = (): DrawingInput => {
  const input = squareAndCircle(ENGLISH)
  input.nodes = input.nodes.filter((node) => node.kind === 'text')
  return input
}

describe('a selection with nodes no zone is read from', () => {
  it.each<[string, DrawingInput, string]>([
    ['a picture with stickies on it', { root, nodes: stickies, adopted: false, unread: { ...none, images: 1 } }, 'adopt.image'],
    ['a picture alone', { root, nodes: [], adopted: false, unread: { ...none, images: 1 } }, 'adopt.image'],
    ['a picture inside a frame pasted from Figma Design', { root, nodes: [], adopted: false, unread: { figures: 3, strokes: 0, images: 1 } }, 'adopt.image'],
    ['frames and rectangles pasted from Figma Design', { root, nodes: [], adopted: false, unread: { ...none, figures: 8 } }, 'adopt.design'],
    ['marker strokes and stickies', { root, nodes: stickies, adopted: false, unread: { ...none, strokes: 5 } }, 'adopt.strokes'],
    ['nothing unread, nothing else', { root, nodes: [], adopted: false, unread: none }, 'adopt.empty'],
    ['nothing unread, stickies only', { root, nodes: stickies, adopted: false }, 'adopt.noLabels'],
    [
      'a hand-drawn BMC beside a picture is still a BMC',
      {
        root,
        nodes: [shape('vp', { x: 0, y: 0, width: 300, height: 600 }, 'rect', 'Value Propositions')],
        adopted: false,
        unread: { ...none, images: 1 }
      },
      'adopt.bmc'
    ],
    ['six loose labels among marker strokes: adopted by its labels, and said so', { ...looseLabels(), unread: { ...none, strokes: 6 } }, 'ok adopt.note.byLabels'],
    ['six loose labels among pasted frames: the same', { ...looseLabels(), unread: { ...none, figures: 2 } }, 'ok adopt.note.byLabels'],
    ['six loose labels and a picture somewhere: nothing to say about borders', { ...looseLabels(), unread: { ...none, images: 1 } }, 'ok'],
    ['labels in a square and a circle, with strokes: the shapes are the borders', { ...squareAndCircle(ENGLISH), unread: { ...none, strokes: 4 } }, 'ok']
  ])('%s', (_name, input, expected) => {
    expect(keyOf(recognizeDrawing(input))).toBe(expected)
  })

  it('the count matters only where it could change what is said', () => {
    expect(dependsOnUnread(recognizeDrawing({ root, nodes: [], adopted: false }))).toBe(true)
    expect(dependsOnUnread(recognizeDrawing({ root, nodes: stickies, adopted: false }))).toBe(true)
    expect(dependsOnUnread(recognizeDrawing(looseLabels()))).toBe(true)
    expect(dependsOnUnread(recognizeDrawing(squareAndCircle(ENGLISH)))).toBe(false)
    const half = squareAndCircle(ENGLISH)
    half.nodes = half.nodes.filter((node) => node.id !== 'label-pains')
    expect(dependsOnUnread(recognizeDrawing(half))).toBe(false)
  })

  it('what is adopted does not depend on the count, only what is said', () => {
    const plain = recognizeDrawing(looseLabels())
    const counted = recognizeDrawing({ ...looseLabels(), unread: { figures: 1, strokes: 9, images: 0 } })
    if (!plain.ok || !counted.ok) throw new Error('refused')
    expect(counted.definition).toEqual(plain.definition)
    expect(ZONE_KEYS.every((zone) => counted.definition.zones[zone].mode === 'nearest')).toBe(true)
  })
})
