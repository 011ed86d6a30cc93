import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { analyzeBoard, reportWithoutTime } from '../../src/core/analyze'
import { IncrementalAnalysis } from '../../src/core/incremental'
import type { BoardChanges, LiveSnapshot } from '../../src/core/incremental'
import type { CanvasSnapshot, ConnectorSnapshot, StickySnapshot } from '../../src/core/types'

const AT = '2026-11-23T10:00:00.000Z'

function canvas(id: string, dx: number): CanvasSnapshot {
  return {
    id,
    name: id,
    box: { x: dx, y: 0, width: 5200, height: 2800 },
    meta: { schema: 1, locale: 'en', segment: id, product: 'p' },
    valueMap: { x: dx + 160, y: 380, width: 2200, height: 2200 },
    customerProfile: { x: dx + 2840, y: 380, width: 2200, height: 2200 },
    checks: {},
    rejected: []
  }
}

/** A smaller canvas drawn inside c1's section, over c1's square and circle: it holds what lies on it. */
const NESTED: CanvasSnapshot = {
  ...canvas('c4', 1200),
  box: { x: 1200, y: 300, width: 3000, height: 2000 },
  valueMap: { x: 1300, y: 600, width: 1200, height: 1200 },
  customerProfile: { x: 2800, y: 600, width: 1200, height: 1200 }
}

// c2 and c3 overlap; c4 lies inside c1
const CANVASES = [canvas('c1', 0), canvas('c2', 6000), canvas('c3', 9000), NESTED]

/** A sticky with `votes` +1 stamps and `against` Thumbs down (net votes can be 0 or below with stamps on). */
function sticky(id: string, x: number, y: number, votes: number, text: string, against = 0): StickySnapshot {
  const stamps: Record<string, number> = {}
  if (votes > 0) stamps['+1'] = votes
  if (against > 0) stamps['Thumbs down'] = against
  return { id, text, box: { x, y, width: 240, height: 240 }, votes: votes - against, stamps, pluginRole: null }
}

type Step =
  | { kind: 'put'; id: number; x: number; y: number; votes: number; against: number; marker: number }
  | { kind: 'remove'; id: number }
  | { kind: 'edit'; id: number; marker: number; question: boolean }
  | { kind: 'link'; id: number; from: number; to: number }
  | { kind: 'unlink'; id: number }
  | { kind: 'canvas'; id: number; op: 'move' | 'shape' | 'meta' | 'drop' | 'restore'; dx: number }

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('put' as const),
    id: fc.nat(24),
    x: fc.integer({ min: -500, max: 15000 }),
    y: fc.integer({ min: -300, max: 3000 }),
    votes: fc.nat(3),
    against: fc.constantFrom(0, 0, 0, 1),
    marker: fc.nat(4)
  }),
  fc.record({ kind: fc.constant('remove' as const), id: fc.nat(24) }),
  // Typing into a sticky where it stands, or stamping it with a Question mark (no vote): its place stays.
  fc.record({ kind: fc.constant('edit' as const), id: fc.nat(24), marker: fc.nat(4), question: fc.boolean() }),
  fc.record({ kind: fc.constant('link' as const), id: fc.nat(12), from: fc.nat(24), to: fc.nat(24) }),
  fc.record({ kind: fc.constant('unlink' as const), id: fc.nat(12) }),
  fc.record({
    kind: fc.constant('canvas' as const),
    id: fc.nat(3),
    op: fc.constantFrom('move' as const, 'shape' as const, 'meta' as const, 'drop' as const, 'restore' as const),
    dx: fc.integer({ min: -3000, max: 3000 })
  })
)

/** A canvas as the live board hands it over after re-reading it: a new object, the others kept. */
function changeCanvas(canvases: CanvasSnapshot[], s: Extract<Step, { kind: 'canvas' }>): CanvasSnapshot[] {
  const base = CANVASES[s.id]!
  const at = canvases.findIndex((c) => c.id === base.id)
  const current = canvases[at]
  if (s.op === 'restore') return at >= 0 ? canvases : [...canvases, base]
  if (!current) return canvases
  if (s.op === 'drop') return canvases.filter((c) => c !== current)
  const shift = (r: CanvasSnapshot['box'] | null) => (r ? { ...r, x: r.x + s.dx } : null)
  const next: CanvasSnapshot =
    s.op === 'move'
      ? { ...current, box: shift(current.box)!, valueMap: shift(current.valueMap), customerProfile: shift(current.customerProfile) }
      : s.op === 'shape'
        ? { ...current, customerProfile: current.customerProfile ? null : base.customerProfile }
        : { ...current, meta: { ...current.meta, segment: `${current.meta.segment}!` } }
  return canvases.map((c) => (c === current ? next : c))
}

const timeless = (analyses: ReturnType<typeof analyzeBoard>) =>
  analyses.map((a) => reportWithoutTime(a.report))

describe('incremental analysis', () => {
  it('agrees with a whole-board analysis after any sequence of sticky, connector and canvas changes', () => {
    fc.assert(
      fc.property(
        fc.array(step, { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 8 }),
        (steps, batch) => {
          const stickies = new Map<string, StickySnapshot>()
          const connectors = new Map<string, ConnectorSnapshot>()
          let canvases = CANVASES
          const board = (): LiveSnapshot => ({
            canvases,
            stickies,
            connectors
          })
          const incremental = new IncrementalAnalysis()
          incremental.full(board(), AT)
          let changed = new Set<string>()
          let linkChanges: BoardChanges['connectors'][number][] = []
          steps.forEach((s, i) => {
            if (s.kind === 'put') {
              const text = s.marker > 0 ? `${s.marker}. item ${s.id}` : `item ${s.id}`
              stickies.set(`s${s.id}`, sticky(`s${s.id}`, s.x, s.y, s.votes, text, s.against))
              changed.add(`s${s.id}`)
            } else if (s.kind === 'edit') {
              const old = stickies.get(`s${s.id}`)
              if (old) {
                const text = s.marker > 0 ? `${s.marker}. edited ${s.id}` : `edited ${s.id}`
                const stamps: Record<string, number> = { ...old.stamps }
                if (s.question) stamps.Question = 1
                else delete stamps.Question
                stickies.set(old.id, { ...old, text, stamps })
                changed.add(old.id)
              }
            } else if (s.kind === 'remove') {
              stickies.delete(`s${s.id}`)
              changed.add(`s${s.id}`)
            } else if (s.kind === 'canvas') {
              canvases = changeCanvas(canvases, s)
            } else if (s.kind === 'link') {
              const after = { id: `k${s.id}`, startId: `s${s.from}`, endId: `s${s.to}` }
              linkChanges.push({ before: connectors.get(after.id) ?? null, after })
              connectors.set(after.id, after)
            } else {
              const before = connectors.get(`k${s.id}`) ?? null
              connectors.delete(`k${s.id}`)
              linkChanges.push({ before, after: null })
            }
            if ((i + 1) % batch === 0 || i === steps.length - 1) {
              const result = incremental.update(
                board(),
                { stickies: changed, connectors: linkChanges, canvases: canvases !== CANVASES },
                AT
              )
              const expected = analyzeBoard(
                {
                  canvases,
                  stickies: Array.from(stickies.values()),
                  connectors: Array.from(connectors.values()).sort((a, b) => (a.id < b.id ? -1 : 1))
                },
                AT
              )
              expect(timeless(result)).toEqual(timeless(expected))
              changed = new Set()
              linkChanges = []
            }
          })
        }
      ),
      { numRuns: 300 }
    )
  })

  it('re-analyses everything when a canvas itself changed', () => {
    const stickies = new Map([['a', sticky('a', 4000, 1400, 0, 'Long waits')]])
    const incremental = new IncrementalAnalysis()
    incremental.full({ canvases: CANVASES, stickies, connectors: new Map() }, AT)
    const moved = [{ ...CANVASES[0]!, customerProfile: null }, CANVASES[1]!, CANVASES[2]!]
    const result = incremental.update(
      { canvases: moved, stickies, connectors: new Map() },
      { stickies: new Set(), connectors: [], canvases: true },
      AT
    )
    expect(result[0]!.damaged).toEqual(['customerProfile'])
    expect(result[0]!.report.unplaced.map((i) => i.id)).toEqual(['a'])
  })
})

describe('incremental analysis and votes', () => {
  it('ranks the customer profile by votes when a sticky has stamps that cancel out, as a full analysis does', () => {
    // One +1 and one Thumbs down: net 0, yet there are votes on the profile, so votes rank it.
    const stickies = new Map([
      ['a', sticky('a', 3400, 1500, 0, 'Long waits')],
      ['b', sticky('b', 3400, 1900, 1, 'Lost tickets', 1)]
    ])
    // Without the canvas nested in c1, which would hold these two.
    const canvases = CANVASES.filter((c) => c !== NESTED)
    const board = { canvases, stickies, connectors: new Map<string, ConnectorSnapshot>() }
    const incremental = new IncrementalAnalysis()
    incremental.full({ ...board, stickies: new Map() }, AT)
    const result = incremental.update(board, { stickies: new Set(['a', 'b']), connectors: [], canvases: false }, AT)
    const expected = analyzeBoard({ canvases, stickies: [...stickies.values()], connectors: [] }, AT)
    expect(timeless(result)).toEqual(timeless(expected))
    expect(result[0]!.report.zones.pains.map((item) => item.weight)).toEqual([1, 1])
  })
})
