import { describe, expect, it } from 'vitest'
import {
  BMC_CONTENT_TOP,
  BMC_SECTION_HEIGHT,
  BMC_SECTION_WIDTH,
  bmcLayout
} from '../../src/core/layout/bmc-layout'
import type { BmcBlockPart, BmcTextPart } from '../../src/core/layout/bmc-layout'
import { overlaps } from '../../src/core/layout/placement'
import { BMC_BLOCK_KEYS } from '../../src/i18n/bmc-blocks'
import type { BmcBlockKey } from '../../src/i18n/bmc-blocks'
import type { Rect } from '../../src/core/types'

const layout = bmcLayout()
const blocks = layout.parts.filter((p): p is BmcBlockPart => p.kind === 'block')
const texts = layout.parts.filter((p): p is BmcTextPart => p.kind === 'text')
const box = (key: BmcBlockKey): Rect => layout.blocks[key]
const right = (r: Rect) => r.x + r.width
const bottom = (r: Rect) => r.y + r.height
const inside = (inner: Rect, outer: Rect) =>
  inner.x >= outer.x && inner.y >= outer.y && right(inner) <= right(outer) && bottom(inner) <= bottom(outer)

describe('bmcLayout', () => {
  it('draws each of the nine blocks exactly once', () => {
    expect(blocks.map((b) => b.block).sort()).toEqual([...BMC_BLOCK_KEYS].sort())
    expect(Object.keys(layout.blocks).sort()).toEqual([...BMC_BLOCK_KEYS].sort())
  })

  it('no two blocks overlap', () => {
    for (const a of blocks) {
      for (const b of blocks)
        if (a !== b) expect(overlaps(a.box, b.box), `${a.block} / ${b.block}`).toBe(false)
    }
  })

  it('every part lies inside the section', () => {
    const section = { x: 0, y: 0, width: BMC_SECTION_WIDTH, height: BMC_SECTION_HEIGHT }
    for (const part of layout.parts) expect(inside(part.box, section)).toBe(true)
  })

  it('the top band has five columns, left to right as the method orders them', () => {
    const order: BmcBlockKey[][] = [
      ['keyPartners'],
      ['keyActivities', 'keyResources'],
      ['valuePropositions'],
      ['customerRelationships', 'channels'],
      ['customerSegments']
    ]
    for (let i = 1; i < order.length; i++) {
      for (const left of order[i - 1] ?? [])
        for (const next of order[i] ?? []) {
          expect(right(box(left))).toBeLessThanOrEqual(box(next).x)
        }
    }
  })

  it('key partners, value propositions and customer segments span the full top band', () => {
    const top = box('keyActivities').y
    const bandBottom = bottom(box('keyResources'))
    for (const key of ['keyPartners', 'valuePropositions', 'customerSegments'] as const) {
      expect(box(key).y).toBe(top)
      expect(bottom(box(key))).toBe(bandBottom)
    }
  })

  it('stacks key activities over key resources and customer relationships over channels, in the same column', () => {
    for (const [upper, lower] of [
      ['keyActivities', 'keyResources'],
      ['customerRelationships', 'channels']
    ] as const) {
      expect(box(upper).x).toBe(box(lower).x)
      expect(box(upper).width).toBe(box(lower).width)
      expect(bottom(box(upper))).toBeLessThanOrEqual(box(lower).y)
    }
  })

  it('the bottom band holds cost structure (left half) and revenue streams (right half) under the top band', () => {
    const cost = box('costStructure')
    const revenue = box('revenueStreams')
    const topBottom = bottom(box('valuePropositions'))
    expect(cost.y).toBeGreaterThanOrEqual(topBottom)
    expect(revenue.y).toBe(cost.y)
    expect(cost.width).toBe(revenue.width)
    expect(cost.x).toBe(box('keyPartners').x)
    expect(right(revenue)).toBe(right(box('customerSegments')))
    expect(right(cost)).toBeLessThanOrEqual(revenue.x)
  })

  it('every block is at least 1000 px each way and holds a row of four 240 px stickies under its questions', () => {
    for (const part of blocks) {
      expect(part.box.width).toBeGreaterThanOrEqual(1000)
      expect(part.box.height).toBeGreaterThanOrEqual(1000)
      const room = { width: part.box.width - 2 * 40, height: part.box.height - BMC_CONTENT_TOP - 40 }
      expect(Math.floor((room.width + 40) / (240 + 40))).toBeGreaterThanOrEqual(4)
      expect(Math.floor((room.height + 40) / (240 + 40))).toBeGreaterThanOrEqual(2)
    }
  })

  it('each block has one label and one questions text inside it, above the room for stickies', () => {
    for (const key of BMC_BLOCK_KEYS) {
      const own = texts.filter((t) => t.block === key)
      expect(own.map((t) => t.role).sort()).toEqual(['block-label', 'block-questions'])
      for (const text of own) {
        expect(inside(text.box, box(key))).toBe(true)
        expect(bottom(text.box)).toBeLessThanOrEqual(box(key).y + BMC_CONTENT_TOP)
      }
    }
  })

  it('has one title above the blocks and one credit line below them', () => {
    const title = texts.filter((t) => t.role === 'title')
    const credit = texts.filter((t) => t.role === 'credit')
    expect(title).toHaveLength(1)
    expect(credit).toHaveLength(1)
    const blocksTop = Math.min(...blocks.map((b) => b.box.y))
    const blocksBottom = Math.max(...blocks.map((b) => bottom(b.box)))
    expect(bottom(title[0]!.box)).toBeLessThanOrEqual(blocksTop)
    expect(credit[0]!.box.y).toBeGreaterThanOrEqual(blocksBottom)
  })

  it('stays within the node budget: section + parts ≤ 40', () => {
    expect(1 + layout.parts.length).toBeLessThanOrEqual(40)
  })

  it('uses exact six-digit palette colours', () => {
    for (const part of blocks) expect(part.fill).toMatch(/^[0-9A-F]{6}$/)
    expect(new Set(blocks.map((b) => b.fill)).size).toBeGreaterThan(3)
  })

  it('is plain data: two calls give equal layouts', () => {
    expect(bmcLayout()).toEqual(layout)
  })
})
