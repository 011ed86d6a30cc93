import { describe, expect, it } from 'vitest'
import { isOutside, pickOwnBmc, pickPair, regionAround, resolveHeaders } from '../../src/core/bmc-target'
import type { BlockCandidate, RegionRef } from '../../src/core/bmc-target'
import type { Rect } from '../../src/core/types'

type Node = { id: string }
const box = (x: number, y: number, width: number, height: number): Rect => ({ x, y, width, height })
const candidate = (
  id: string,
  block: BlockCandidate<Node>['block'],
  at: Rect,
  kind: 'section' | 'shape' = 'section'
): BlockCandidate<Node> => ({ block, node: { id }, box: at, kind })
const region = (
  id: string,
  at: Rect,
  own = false,
  kind: 'section' | 'shape' = 'section'
): RegionRef<Node> => ({
  node: { id },
  kind,
  box: () => at,
  own: () => own
})

describe('pickPair', () => {
  it('takes the value propositions and customer segments lying closest together', () => {
    const pair = pickPair([
      candidate('vp-far', 'valuePropositions', box(5000, 0, 600, 600)),
      candidate('vp-near', 'valuePropositions', box(0, 0, 600, 600)),
      candidate('cs', 'customerSegments', box(700, 0, 600, 600))
    ])
    expect(pair.valuePropositions?.node.id).toBe('vp-near')
    expect(pair.customerSegments?.node.id).toBe('cs')
  })

  it('never pairs a node with itself, and keeps the one block found', () => {
    const both = candidate('x', 'valuePropositions', box(0, 0, 600, 600))
    expect(pickPair([both, { ...both, block: 'customerSegments' }])).toMatchObject({
      valuePropositions: { node: { id: 'x' } },
      customerSegments: null
    })
    expect(pickPair([candidate('cs', 'customerSegments', box(0, 0, 10, 10))]).valuePropositions).toBeNull()
  })
})

describe('headers and regions', () => {
  const labels = [
    { block: 'valuePropositions' as const, box: box(10, 10, 100, 40) },
    { block: 'customerSegments' as const, box: box(710, 10, 100, 40) }
  ]

  it('a label stands for the smallest region around it that does not hold the other label', () => {
    const regions = [
      region('whole', box(0, 0, 1400, 800)),
      region('vp', box(0, 0, 600, 800)),
      region('tiny', box(5, 5, 20, 20))
    ]
    expect(regionAround(labels[0]!, labels, regions)?.node.id).toBe('vp')
  })

  it('a region of a canvas the plugin drew is never a block', () => {
    expect(regionAround(labels[0]!, labels, [region('vp', box(0, 0, 600, 800), true)])).toBeNull()
  })

  it('a small labelled shape gives way to the region around it; one that heads nothing stays', () => {
    const header = candidate('header', 'valuePropositions', box(10, 10, 200, 60), 'shape')
    const lonely = candidate('lonely', 'customerSegments', box(5000, 10, 200, 60), 'shape')
    const resolved = resolveHeaders([header, lonely], [region('vp', box(0, 0, 600, 800))])
    expect(resolved.map((c) => c.node.id)).toEqual(['vp', 'lonely'])
  })
})

describe('the plugin’s own BMCs and exclusions', () => {
  const bmc = (id: string, at: Rect, vp: boolean, cs: boolean) => ({
    id,
    box: at,
    blocks: { valuePropositions: vp ? {} : null, customerSegments: cs ? {} : null }
  })

  it('prefers a complete BMC, then the one nearest the canvas, then page order', () => {
    const half = bmc('half', box(0, 0, 100, 100), true, false)
    const far = bmc('far', box(9000, 0, 100, 100), true, true)
    const near = bmc('near', box(500, 0, 100, 100), true, true)
    expect(pickOwnBmc([half, far, near], box(0, 0, 10, 10))?.id).toBe('near')
    expect(pickOwnBmc([half, far, near], undefined)?.id).toBe('far')
    expect(pickOwnBmc([half], undefined)?.id).toBe('half')
    expect(pickOwnBmc([bmc('empty', box(0, 0, 1, 1), false, false)], undefined)).toBeNull()
  })

  it('a box counts as outside the excluded ones by its centre', () => {
    expect(isOutside(box(0, 0, 100, 100), [box(40, 40, 20, 20)])).toBe(false)
    expect(isOutside(box(0, 0, 100, 100), [box(60, 60, 20, 20)])).toBe(true)
  })
})
