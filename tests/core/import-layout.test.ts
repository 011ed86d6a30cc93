import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { ImportPlan, ImportSticky } from '../../src/core/export'
import { flowPlace } from '../../src/core/layout/flow-placement'
import { importLayout } from '../../src/core/layout/import-layout'
import { vpcLayout, VPC_SECTION_WIDTH } from '../../src/core/layout/vpc-layout'
import { rankZone } from '../../src/core/ranking'
import { zoneAt } from '../../src/core/zones'
import type { Rect, StickySnapshot, ZoneKey } from '../../src/core/types'
import { ZONE_KEYS } from '../../src/core/types'

const LAYOUT = vpcLayout()
/** The template's texts (labels, hints, title, credit) where the layout puts them: what a sticky must keep clear of. */
const TEXTS: Rect[] = LAYOUT.parts.flatMap((part) => (part.kind === 'text' ? [part.box] : []))

function overlap(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

function plan(stickies: Array<{ zone: ZoneKey | null }>): ImportPlan {
  return {
    segment: 'S',
    product: 'P',
    locale: 'en',
    stickies: stickies.map((s, i): ImportSticky => ({
      key: `k${i}`,
      zone: s.zone,
      text: `t${i}`,
      rank: i + 1,
      votes: 0
    })),
    links: [],
    votes: { dropped: 0, before: { score: 0, band: 'weak' }, after: { score: 0, band: 'weak' }, reranked: 0 }
  }
}

interface Placed {
  key: string
  zone: ZoneKey | null
  box: Rect
}

function place(p: ImportPlan, heights: readonly number[]): Placed[] {
  const sizes = new Map(p.stickies.map((s, i) => [s.key, { width: 240, height: heights[i] ?? 240 }]))
  const layout = importLayout(p, sizes, TEXTS, VPC_SECTION_WIDTH)
  return p.stickies.map((s) => {
    const at = layout.positions.get(s.key)
    if (!at) throw new Error(`no position for ${s.key}`)
    const size = sizes.get(s.key)!
    return { key: s.key, zone: s.zone, box: { x: at.x, y: at.y, ...size } }
  })
}

/** The keys of one zone in the order the plugin ranks them when read back (markers aside: reading order). */
function readBack(placed: readonly Placed[], zone: ZoneKey): string[] {
  const snapshots = placed
    .filter((p) => p.zone === zone)
    .map((p): StickySnapshot => ({ id: p.key, text: '', box: p.box, votes: 0, stamps: {}, pluginRole: null }))
  return rankZone(snapshots, false).map((item) => item.id)
}

function centreZone(box: Rect): ZoneKey | null {
  return zoneAt(
    { x: box.x + box.width / 2, y: box.y + box.height / 2 },
    { valueMap: LAYOUT.valueMap, customerProfile: LAYOUT.customerProfile }
  )
}

describe('importLayout places stickies of real heights', () => {
  it('six tall stickies of different heights share rows in one zone: apart, clear of the texts, in rank order', () => {
    const heights = [262, 318, 284, 300, 276, 296]
    const p = plan(heights.map(() => ({ zone: 'pains' })))
    const placed = place(p, heights)
    for (const a of placed) {
      expect(centreZone(a.box)).toBe('pains')
      for (const text of TEXTS) expect(overlap(a.box, text), `${a.key} on a text`).toBe(false)
      for (const b of placed) if (a !== b) expect(overlap(a.box, b.box), `${a.key} on ${b.key}`).toBe(false)
    }
    expect(readBack(placed, 'pains')).toEqual(p.stickies.map((s) => s.key))
    // Rows, not a column: at least two stickies side by side.
    expect(new Set(placed.map((a) => Math.round(a.box.x))).size).toBeGreaterThan(1)
  })

  it('a zone far too full to hold its stickies apart fans them out: still in the zone, in order, never on a text', () => {
    const count = 400
    const p = plan(Array.from({ length: count }, () => ({ zone: 'gainCreators' })))
    const placed = place(
      p,
      Array.from({ length: count }, (_, i) => 240 + (i % 5) * 30)
    )
    for (const a of placed) {
      expect(centreZone(a.box), a.key).toBe('gainCreators')
      for (const text of TEXTS) expect(overlap(a.box, text), `${a.key} on a text`).toBe(false)
    }
    expect(readBack(placed, 'gainCreators')).toEqual(p.stickies.map((s) => s.key))
  })

  it.each([
    ['pains', [240, 1270]],
    ['painRelievers', [240, 1250]],
    ['gains', [831, 607]]
  ] as const)(
    '%s with heights %j: a tall one after another still reads back in order, clear of the texts',
    (zone, heights) => {
      const p = plan(heights.map(() => ({ zone })))
      const placed = place(p, heights)
      for (const a of placed) {
        expect(centreZone(a.box)).toBe(zone)
        for (const text of TEXTS) expect(overlap(a.box, text), `${a.key} on a text`).toBe(false)
      }
      expect(readBack(placed, zone)).toEqual(['k0', 'k1'])
    }
  )

  it('property: any zones and heights read back in rank order, centres in their zone, nothing on a text', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            zone: fc.constantFrom<ZoneKey | null>(...ZONE_KEYS, null),
            height: fc.integer({ min: 240, max: 1400 })
          }),
          { maxLength: 70 }
        ),
        (items) => {
          const p = plan(items)
          const placed = place(
            p,
            items.map((i) => i.height)
          )
          for (const a of placed) {
            for (const text of TEXTS) expect(overlap(a.box, text)).toBe(false)
            if (a.zone !== null) expect(centreZone(a.box)).toBe(a.zone)
          }
          for (const zone of ZONE_KEYS) {
            expect(readBack(placed, zone)).toEqual(
              p.stickies.filter((s) => s.zone === zone).map((s) => s.key)
            )
          }
        }
      ),
      { numRuns: 40 }
    )
  })
})

describe('flowPlace', () => {
  const area: Rect = { x: 0, y: 0, width: 1000, height: 1000 }
  it('keeps the order: a sticky that finds no place ends the placing', () => {
    const placed = flowPlace(
      [
        { width: 300, height: 300 },
        { width: 2000, height: 300 },
        { width: 300, height: 300 }
      ],
      area,
      () => true,
      []
    )
    expect(placed[0]).toEqual({ x: 0, y: 0 })
    expect(placed.slice(1)).toEqual([null, null])
  })

  it('a taller sticky joining a row moves the row down around one centre line, a pixel lower each', () => {
    const placed = flowPlace(
      [
        { width: 200, height: 200 },
        { width: 200, height: 400 }
      ],
      area,
      () => true,
      []
    )
    expect(placed).toEqual([
      { x: 0, y: 100 },
      { x: 220, y: 1 }
    ])
  })

  it('keeps obstacles clear by the gap, and half spacing lets stickies cover half of the one before', () => {
    const obstacle: Rect = { x: 0, y: 0, width: 100, height: 100 }
    const apart = flowPlace([{ width: 200, height: 200 }], area, () => true, [obstacle])
    expect(apart[0]).toEqual({ x: 120, y: 0 })
    const fanned = flowPlace(
      [
        { width: 200, height: 200 },
        { width: 200, height: 200 }
      ],
      area,
      () => true,
      [],
      { spacing: 0.5 }
    )
    expect(fanned).toEqual([
      { x: 0, y: 0 },
      { x: 110, y: 0.5 }
    ])
  })
})
