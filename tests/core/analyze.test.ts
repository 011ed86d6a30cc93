import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { analyzeBoard, analyzeCanvas, assignStickies, reportWithoutTime } from '../../src/core/analyze'
import type {
  BoardSnapshot,
  CanvasSnapshot,
  ConnectorSnapshot,
  Rect,
  StickySnapshot
} from '../../src/core/types'

const AT = '2024-05-01T12:00:00.000Z'

/** A canvas like the drawn template: square left, circle right, both 2200 px, in a 5000 x 2800 section. */
function canvas(
  id: string,
  dx = 0,
  dy = 0,
  parts: { valueMap?: boolean; customerProfile?: boolean } = {}
): CanvasSnapshot {
  return {
    id,
    name: `Canvas ${id}`,
    box: { x: dx, y: dy, width: 5000, height: 2800 },
    meta: { schema: 1, locale: 'sv', segment: `Segment ${id}`, product: `Product ${id}` },
    valueMap: parts.valueMap === false ? null : { x: dx + 160, y: dy + 380, width: 2200, height: 2200 },
    customerProfile:
      parts.customerProfile === false ? null : { x: dx + 2840, y: dy + 380, width: 2200, height: 2200 },
    checks: {},
    rejected: []
  }
}

/** Square centre (1260, 1480) and circle centre (3940, 1480), relative to the section. */
const SQUARE = { x: 1260, y: 1480 }
const CIRCLE = { x: 3940, y: 1480 }

/** A 200 px sticky centred `distance` px from `centre` at `degrees`, on a canvas moved by (dx, dy). */
function at(
  id: string,
  text: string,
  centre: { x: number; y: number },
  degrees: number,
  distance: number,
  extra: Partial<StickySnapshot> = {},
  dx = 0,
  dy = 0
): StickySnapshot {
  const a = (degrees * Math.PI) / 180
  const cx = Math.round(dx + centre.x + distance * Math.cos(a))
  const cy = Math.round(dy + centre.y - distance * Math.sin(a))
  return withStamps(
    {
      id,
      text,
      box: { x: cx - 100, y: cy - 100, width: 200, height: 200 },
      votes: 0,
      pluginRole: null
    },
    extra
  )
}

function stickyAt(id: string, cx: number, cy: number, extra: Partial<StickySnapshot> = {}): StickySnapshot {
  return withStamps(
    {
      id,
      text: id,
      box: { x: cx - 100, y: cy - 100, width: 200, height: 200 },
      votes: 0,
      pluginRole: null
    },
    extra
  )
}

function link(id: string, startId: string | null, endId: string | null): ConnectorSnapshot {
  return { id, startId, endId }
}

/** The fitness-app example from the seeds, on one canvas. */
function fitnessBoard(dx = 0, dy = 0): BoardSnapshot {
  const s = (
    id: string,
    text: string,
    c: { x: number; y: number },
    deg: number,
    dist: number,
    extra = {}
  ): StickySnapshot => at(id, text, c, deg, dist, extra, dx, dy)
  return {
    canvases: [canvas('c1', dx, dy)],
    stickies: [
      s('job1', '1. Stay fit with little time', CIRCLE, 10, 500),
      s('job2', '2. Feel part of a group', CIRCLE, -20, 600),
      s('job3', 'Track progress', CIRCLE, 30, 800),
      s('pain1', '1) Gym too far away', CIRCLE, 210, 500),
      s('pain2', 'Expensive memberships', CIRCLE, 250, 700),
      s('gain1', '#1 Visible results in weeks', CIRCLE, 100, 600),
      s('gain2', 'Train with friends', CIRCLE, 150, 700),
      s('product1', 'Workout app', SQUARE, 180, 600),
      s('product2', 'Coach chat', SQUARE, 160, 800),
      s('reliever1', '20-minute home sessions', SQUARE, 300, 600),
      s('reliever2', 'Free first month', SQUARE, 280, 800),
      s('creator1', 'Progress charts', SQUARE, 60, 600),
      s('loose', 'Somewhere in the margin', { x: 2600, y: 200 }, 0, 0),
      s('bmc', 'Summary', SQUARE, 180, 300, { pluginRole: 'bmc-summary' })
    ],
    connectors: [
      link('k1', 'product1', 'job1'),
      link('k2', 'pain1', 'reliever1'),
      link('k3', 'reliever1', 'pain1'),
      link('k4', 'creator1', 'gain1'),
      link('k5', 'reliever2', 'gain2'),
      link('k6', 'job3', 'outside-the-board'),
      link('k7', 'bmc', 'job2')
    ]
  }
}

describe('analyzeBoard on the fitness-app example', () => {
  const [analysis] = analyzeBoard(fitnessBoard(), AT)

  it('gives one analysis per canvas', () => {
    expect(analyzeBoard(fitnessBoard(), AT)).toHaveLength(1)
  })

  it('writes the full vpcfit/2 report', () => {
    expect(analysis?.report).toEqual({
      schema: 'vpcfit/2',
      canvas: { id: 'c1', segment: 'Segment c1', product: 'Product c1', locale: 'sv' },
      zones: {
        jobs: [
          { id: 'job1', text: '1. Stay fit with little time', rank: 1, weight: 3, votes: 0 },
          { id: 'job2', text: '2. Feel part of a group', rank: 2, weight: 2, votes: 0 },
          { id: 'job3', text: 'Track progress', rank: 3, weight: 1, votes: 0 }
        ],
        pains: [
          { id: 'pain1', text: '1) Gym too far away', rank: 1, weight: 2, votes: 0 },
          { id: 'pain2', text: 'Expensive memberships', rank: 2, weight: 1, votes: 0 }
        ],
        gains: [
          { id: 'gain1', text: '#1 Visible results in weeks', rank: 1, weight: 2, votes: 0 },
          { id: 'gain2', text: 'Train with friends', rank: 2, weight: 1, votes: 0 }
        ],
        products: [
          { id: 'product2', text: 'Coach chat', rank: 1, weight: 2, votes: 0 },
          { id: 'product1', text: 'Workout app', rank: 2, weight: 1, votes: 0 }
        ],
        painRelievers: [
          { id: 'reliever1', text: '20-minute home sessions', rank: 1, weight: 2, votes: 0 },
          { id: 'reliever2', text: 'Free first month', rank: 2, weight: 1, votes: 0 }
        ],
        gainCreators: [{ id: 'creator1', text: 'Progress charts', rank: 1, weight: 1, votes: 0 }]
      },
      unplaced: [{ id: 'loose', text: 'Somewhere in the margin', rank: 1, weight: 1, votes: 0 }],
      links: [
        { from: 'product1', to: 'job1', kind: 'serves' },
        { from: 'reliever1', to: 'pain1', kind: 'relieves' },
        { from: 'reliever2', to: 'gain2', kind: 'invalid' },
        { from: 'creator1', to: 'gain1', kind: 'creates' }
      ],
      fit: {
        // (3 + 2 + 2) of (6 + 3 + 3) = 58.3
        score: 58,
        band: 'target',
        coverage: { jobs: 50, pains: 67, gains: 67 },
        unaddressed: ['job2', 'job3', 'pain2', 'gain2'],
        orphans: ['product2', 'reliever2']
      },
      // Nobody set evidence: the fit backed by it is 0.
      evidence: { items: {}, fit: { score: 0, band: 'weak' }, tests: [] },
      checkedAt: AT
    })
  })

  it('reports the canvas whole and no empty zones', () => {
    expect(analysis?.damaged).toEqual([])
    expect(analysis?.emptyZones).toEqual([])
  })

  it('moving the whole canvas changes nothing in the report', () => {
    const moved = analyzeBoard(fitnessBoard(-12345, 6789), AT)[0]
    expect(moved?.report).toEqual(analysis?.report)
  })

  it('a second check of an unchanged board gives an identical report but for checkedAt', () => {
    const again = analyzeBoard(fitnessBoard(), '2030-01-01T00:00:00.000Z')[0]
    expect(again?.report.checkedAt).toBe('2030-01-01T00:00:00.000Z')
    expect(reportWithoutTime(again?.report ?? fail())).toEqual(reportWithoutTime(analysis?.report ?? fail()))
  })

  it('the order the board was read in does not matter', () => {
    const board = fitnessBoard()
    const shuffled = {
      ...board,
      stickies: board.stickies.slice().reverse(),
      connectors: board.connectors.slice().reverse()
    }
    expect(analyzeBoard(shuffled, AT)[0]?.report).toEqual(analysis?.report)
  })
})

function fail(): never {
  throw new Error('missing analysis')
}

describe('reportWithoutTime', () => {
  it('drops checkedAt and keeps everything else', () => {
    const report = analyzeBoard(fitnessBoard(), AT)[0]?.report ?? fail()
    const timeless = reportWithoutTime(report)
    expect('checkedAt' in timeless).toBe(false)
    expect({ ...timeless, checkedAt: AT }).toEqual(report)
  })
})

describe('which stickies belong to a canvas', () => {
  it.each([
    ['a centre on the section edge belongs', stickyAt('s', 5000, 100), 'unplaced'],
    ['a centre one pixel outside the section does not', stickyAt('s', 5001, 100), 'absent'],
    [
      'a sticky mostly outside but centred inside belongs',
      { ...stickyAt('s', 10, 10), box: { x: -390, y: -390, width: 800, height: 800 } },
      'unplaced'
    ],
    [
      'a sticky mostly inside but centred outside does not',
      { ...stickyAt('s', 0, 0), box: { x: -201, y: 0, width: 400, height: 400 } },
      'absent'
    ],
    [
      'a plugin-written sticky in a zone is not canvas content',
      stickyAt('s', 3940, 1480, { pluginRole: 'bmc-summary' }),
      'absent'
    ]
  ] as const)('%s', (_name, sticky, expected) => {
    const analysis =
      analyzeBoard({ canvases: [canvas('c')], stickies: [sticky], connectors: [] }, AT)[0] ?? fail()
    const placed = Object.values(analysis.report.zones).some((items) => items.some((i) => i.id === 's'))
    const unplaced = analysis.report.unplaced.some((i) => i.id === 's')
    expect(placed ? 'placed' : unplaced ? 'unplaced' : 'absent').toBe(expected)
  })

  it('inside two overlapping sections, the canvas whose zone holds the sticky wins', () => {
    // Canvas b starts 3000 px right of a: a's circle region overlaps b's square region.
    const a = canvas('a')
    const b = canvas('b', 3000, 0)
    // 900 px right of a's circle centre: jobs of a, and inside b's square (3160..5360): gain creators of b.
    const inBothZones = stickyAt('inBothZones', 3940 + 900, 1480)
    // Both canvases have a zone holding it and their sections are the same size: the first canvas keeps it.
    expect(assignStickies([a, b], [inBothZones])).toEqual([0])
    // In both sections, outside a's circle (1228 px from its centre) but inside b's square: b's zone decides.
    const onlyB = stickyAt('onlyB', 3200, 500)
    expect(assignStickies([a, b], [onlyB])).toEqual([1])
  })

  it('inside two overlapping sections and no zone of either, the smaller section wins', () => {
    const big = { ...canvas('big'), box: { x: -1000, y: -1000, width: 9000, height: 6000 } }
    const small = { ...canvas('small', 6000, 0), valueMap: null, customerProfile: null }
    const sticky = stickyAt('s', 7000, 100)
    expect(assignStickies([big, small], [sticky])).toEqual([1])
    expect(assignStickies([small, big], [sticky])).toEqual([0])
  })

  it("a canvas inside another canvas's section holds every sticky on it, even over the outer canvas's zones", () => {
    const outer = { ...canvas('outer'), box: { x: -1000, y: -1000, width: 16000, height: 9000 } }
    // The inner canvas's section lies wholly inside the outer one; its title area (no zone of its own) is over the
    // outer canvas's circle, and so is part of its circle.
    const inner = canvas('inner', 2000, 900)
    const onTitle = stickyAt('onTitle', 3940, 1000)
    const inInnerZone = stickyAt('inInnerZone', 2000 + 3940, 900 + 1480)
    const outerOnly = stickyAt('outerOnly', 3940, 200)
    for (const order of [
      [outer, inner],
      [inner, outer]
    ]) {
      const owners = assignStickies(order, [onTitle, inInnerZone, outerOnly])
      expect(owners.map((i) => order[i]?.id)).toEqual(['inner', 'inner', 'outer'])
    }
    // Two copies pasted in place (the same box) stay decided as before: zone, size, then order.
    expect(assignStickies([inner, { ...inner, id: 'copy' }], [inInnerZone])).toEqual([0])
  })

  it('outside every section, a sticky belongs to no canvas', () => {
    expect(assignStickies([canvas('a'), canvas('b', 10000, 0)], [stickyAt('s', 7500, 100)])).toEqual([-1])
  })

  it('each sticky counts for exactly one canvas even where sections overlap', () => {
    const a = canvas('a')
    const b = canvas('b', 2500, 500)
    const stickies = [stickyAt('s1', 3000, 1000), stickyAt('s2', 4000, 2000), stickyAt('s3', 100, 100)]
    const analyses = analyzeBoard({ canvases: [a, b], stickies, connectors: [] }, AT)
    const seen = analyses.flatMap((x) =>
      [...Object.values(x.report.zones).flat(), ...x.report.unplaced].map((i) => i.id)
    )
    expect(seen.sort()).toEqual(['s1', 's2', 's3'])
  })
})

describe('damaged canvases', () => {
  it('without the square, value-map stickies are unplaced and nothing is lost', () => {
    const stickies = [at('job', 'job', CIRCLE, 0, 500), at('product', 'product', SQUARE, 180, 500)]
    const analysis =
      analyzeBoard({ canvases: [canvas('c', 0, 0, { valueMap: false })], stickies, connectors: [] }, AT)[0] ??
      fail()
    expect(analysis.damaged).toEqual(['valueMap'])
    expect(analysis.report.zones.jobs.map((i) => i.id)).toEqual(['job'])
    expect(analysis.report.zones.products).toEqual([])
    expect(analysis.report.unplaced.map((i) => i.id)).toEqual(['product'])
  })

  it('without the circle, customer stickies are unplaced and every customer zone is empty', () => {
    const stickies = [at('job', 'job', CIRCLE, 0, 500), at('product', 'product', SQUARE, 180, 500)]
    const analysis =
      analyzeBoard(
        { canvases: [canvas('c', 0, 0, { customerProfile: false })], stickies, connectors: [] },
        AT
      )[0] ?? fail()
    expect(analysis.damaged).toEqual(['customerProfile'])
    expect(analysis.emptyZones).toEqual(['jobs', 'pains', 'gains'])
    expect(analysis.report.unplaced.map((i) => i.id)).toEqual(['job'])
    expect(analysis.report.fit.orphans).toEqual(['product'])
  })

  it('with both shapes gone every sticky is unplaced, in reading order', () => {
    const stickies = [stickyAt('low', 1000, 2000), stickyAt('high', 3000, 500)]
    const analysis =
      analyzeBoard(
        {
          canvases: [canvas('c', 0, 0, { valueMap: false, customerProfile: false })],
          stickies,
          connectors: []
        },
        AT
      )[0] ?? fail()
    expect(analysis.damaged).toEqual(['valueMap', 'customerProfile'])
    expect(analysis.report.unplaced.map((i) => i.id)).toEqual(['high', 'low'])
  })
})

describe('empty zones', () => {
  it('lists the customer zones with no sticky, covered 0', () => {
    const analysis =
      analyzeBoard(
        { canvases: [canvas('c')], stickies: [at('pain', 'pain', CIRCLE, 240, 500)], connectors: [] },
        AT
      )[0] ?? fail()
    expect(analysis.emptyZones).toEqual(['jobs', 'gains'])
    expect(analysis.report.fit.coverage).toEqual({ jobs: 0, pains: 0, gains: 0 })
  })

  it('an empty canvas still reports, weak, every customer zone empty', () => {
    const analysis = analyzeBoard({ canvases: [canvas('c')], stickies: [], connectors: [] }, AT)[0] ?? fail()
    expect(analysis.emptyZones).toEqual(['jobs', 'pains', 'gains'])
    expect(analysis.report.fit).toEqual({
      score: 0,
      band: 'weak',
      coverage: { jobs: 0, pains: 0, gains: 0 },
      unaddressed: [],
      orphans: []
    })
  })
})

describe('votes on a canvas', () => {
  it('a stamp anywhere in the customer profile ranks all three customer zones by votes', () => {
    const stickies = [
      at('job-top', '1. top job', CIRCLE, 0, 300),
      at('job-voted', 'voted job', CIRCLE, 0, 700, { votes: 2 }),
      at('pain-top', 'top pain', CIRCLE, 240, 300),
      at('pain-low', 'low pain', CIRCLE, 230, 800)
    ]
    const { zones } = (analyzeBoard({ canvases: [canvas('c')], stickies, connectors: [] }, AT)[0] ?? fail())
      .report
    expect(zones.jobs.map((i) => [i.id, i.weight])).toEqual([
      ['job-voted', 3],
      ['job-top', 1]
    ])
    // No stamps in pains: every pain weighs 1, ties in reading order.
    expect(zones.pains.map((i) => [i.id, i.weight])).toEqual([
      ['pain-top', 1],
      ['pain-low', 1]
    ])
  })

  it('stamps on value-map stickies neither switch to votes nor reorder the value map', () => {
    const stickies = [
      at('job-a', 'a', CIRCLE, 0, 300),
      at('job-b', 'b', CIRCLE, 0, 700),
      at('product-top', 'top', SQUARE, 180, 300),
      at('product-voted', 'voted', SQUARE, 200, 700, { votes: 5 })
    ]
    const { zones } = (analyzeBoard({ canvases: [canvas('c')], stickies, connectors: [] }, AT)[0] ?? fail())
      .report
    expect(zones.jobs.map((i) => i.weight)).toEqual([2, 1])
    expect(zones.products.map((i) => [i.id, i.weight, i.votes])).toEqual([
      ['product-top', 2, 0],
      ['product-voted', 1, 5]
    ])
  })

  it('a customer stamp leaves the value map ranked by markers and reading order', () => {
    const stickies = [
      at('job', 'job', CIRCLE, 0, 300, { votes: 1 }),
      at('product-a', 'a', SQUARE, 180, 300),
      at('product-b', 'b', SQUARE, 200, 700, { votes: 3 })
    ]
    const { zones } = (analyzeBoard({ canvases: [canvas('c')], stickies, connectors: [] }, AT)[0] ?? fail())
      .report
    expect(zones.jobs.map((i) => i.weight)).toEqual([2])
    expect(zones.products.map((i) => [i.id, i.weight])).toEqual([
      ['product-a', 2],
      ['product-b', 1]
    ])
  })
})

describe('links on a board of several canvases', () => {
  it('a connector between stickies of two canvases is no link of either', () => {
    const a = canvas('a')
    const b = canvas('b', 6000, 0)
    const stickies = [
      at('a-reliever', 'r', SQUARE, 300, 500),
      at('b-pain', 'p', CIRCLE, 240, 500, {}, 6000, 0),
      at('b-reliever', 'r', SQUARE, 300, 500, {}, 6000, 0)
    ]
    const analyses = analyzeBoard(
      {
        canvases: [a, b],
        stickies,
        connectors: [link('x', 'a-reliever', 'b-pain'), link('y', 'b-pain', 'b-reliever')]
      },
      AT
    )
    expect(analyses[0]?.report.links).toEqual([])
    expect(analyses[1]?.report.links).toEqual([{ from: 'b-reliever', to: 'b-pain', kind: 'relieves' }])
    expect(analyses[0]?.report.fit.orphans).toEqual(['a-reliever'])
  })

  it('analyzeCanvas given every connector of the board ignores those not between its stickies', () => {
    const stickies = [at('r', 'r', SQUARE, 300, 500), at('p', 'p', CIRCLE, 240, 500)]
    const analysis = analyzeCanvas(
      canvas('c'),
      stickies,
      [link('1', 'r', 'elsewhere'), link('2', 'p', 'r')],
      AT
    )
    expect(analysis.report.links).toEqual([{ from: 'r', to: 'p', kind: 'relieves' }])
    expect(analysis.report.fit.score).toBe(100)
  })

  it('analyzeCanvas skips plugin-written stickies handed to it', () => {
    const stickies = [
      at('p', 'p', CIRCLE, 240, 500),
      at('summary', 's', CIRCLE, 0, 500, { pluginRole: 'bmc-summary' })
    ]
    const analysis = analyzeCanvas(canvas('c'), stickies, [], AT)
    expect(analysis.report.zones.jobs).toEqual([])
    expect(analysis.report.zones.pains.map((i) => i.id)).toEqual(['p'])
  })

  it('links are listed value map first, by zone and rank of their ends', () => {
    const stickies = [
      at('job', 'job', CIRCLE, 0, 500),
      at('pain', 'pain', CIRCLE, 240, 500),
      at('product', 'product', SQUARE, 180, 500),
      at('reliever', 'reliever', SQUARE, 300, 500),
      at('loose', 'loose', { x: 2600, y: 200 }, 0, 0)
    ]
    const connectors = [
      link('1', 'loose', 'job'),
      link('2', 'pain', 'job'),
      link('3', 'reliever', 'pain'),
      link('4', 'job', 'product')
    ]
    const analysis = analyzeCanvas(canvas('c'), stickies, connectors, AT)
    expect(analysis.report.links).toEqual([
      { from: 'product', to: 'job', kind: 'serves' },
      { from: 'reliever', to: 'pain', kind: 'relieves' },
      { from: 'pain', to: 'job', kind: 'invalid' },
      { from: 'loose', to: 'job', kind: 'invalid' }
    ])
  })
})

describe('analyzeBoard properties', () => {
  const canvasCount = fc.integer({ min: 1, max: 6 })
  const randomBoard = canvasCount.chain((n) =>
    fc
      .array(
        fc.record({
          canvas: fc.integer({ min: 0, max: n - 1 }),
          x: fc.integer({ min: -200, max: 5200 }),
          y: fc.integer({ min: -200, max: 3000 }),
          votes: fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.nat(4) }),
          text: fc.constantFrom('plain', '1. one', '2) two', '#3 three', '10. ten', '1.no')
        }),
        { maxLength: 80 }
      )
      .chain((specs) =>
        fc.tuple(
          fc.constant(n),
          fc.constant(specs),
          fc.array(fc.tuple(fc.nat(Math.max(0, specs.length - 1)), fc.nat(Math.max(0, specs.length - 1))), {
            maxLength: 60
          })
        )
      )
  )

  function build(
    n: number,
    specs: Array<{ canvas: number; x: number; y: number; votes: number; text: string }>,
    pairs: Array<[number, number]>,
    ox: number,
    oy: number
  ): BoardSnapshot {
    const canvases = Array.from({ length: n }, (_, i) => canvas(`c${i}`, ox + i * 6000, oy))
    const stickies = specs.map((s, i) =>
      stickyAt(`s${i}`, ox + s.canvas * 6000 + s.x, oy + s.y, { votes: s.votes, text: s.text })
    )
    const connectors = pairs.map(([a, b], i) => link(`k${i}`, `s${a}`, `s${b}`))
    return { canvases, stickies, connectors }
  }

  it('moving the whole board moves nothing in the reports', () => {
    fc.assert(
      fc.property(
        randomBoard,
        fc.integer({ min: -100000, max: 100000 }),
        fc.integer({ min: -100000, max: 100000 }),
        ([n, specs, pairs], ox, oy) => {
          const here = analyzeBoard(build(n, specs, pairs, 0, 0), AT)
          const there = analyzeBoard(build(n, specs, pairs, ox, oy), AT)
          expect(there.map((a) => a.report)).toEqual(here.map((a) => a.report))
        }
      ),
      { numRuns: 200 }
    )
  })

  it('every user sticky in a section is reported once, with ranks 1..n in each zone and scores in 0..100', () => {
    fc.assert(
      fc.property(randomBoard, ([n, specs, pairs]) => {
        const board = build(n, specs, pairs, 0, 0)
        const analyses = analyzeBoard(board, AT)
        const reported: string[] = []
        for (const { report } of analyses) {
          for (const items of [...Object.values(report.zones), report.unplaced]) {
            expect(items.map((i) => i.rank)).toEqual(items.map((_, i) => i + 1))
            reported.push(...items.map((i) => i.id))
          }
          expect(report.fit.score).toBeGreaterThanOrEqual(0)
          expect(report.fit.score).toBeLessThanOrEqual(100)
          for (const l of report.links) {
            if (l.kind === 'invalid') continue
            expect(
              report.zones.products
                .concat(report.zones.painRelievers, report.zones.gainCreators)
                .some((i) => i.id === l.from)
            ).toBe(true)
          }
        }
        // Sections are 5000 x 2800 at x = 6000 i: every generated centre is inside one unless in the margins.
        const inside = specs.filter((s) => s.x >= 0 && s.x <= 5000 && s.y >= 0 && s.y <= 2800).length
        expect(reported).toHaveLength(inside)
        expect(new Set(reported).size).toBe(reported.length)
      }),
      { numRuns: 200 }
    )
  })
})

describe('assignStickies agrees with a plain scan over every canvas', () => {
  /** The membership rule written out the slow way: every canvas, every sticky. */
  function bruteForce(canvases: CanvasSnapshot[], stickies: StickySnapshot[]): number[] {
    return stickies.map((s) => {
      if (s.pluginRole !== null) return -1
      const cx = s.box.x + s.box.width / 2
      const cy = s.box.y + s.box.height / 2
      const holding = canvases
        .map((c, i) => ({ c, i }))
        .filter(
          ({ c }) =>
            cx >= c.box.x && cx <= c.box.x + c.box.width && cy >= c.box.y && cy <= c.box.y + c.box.height
        )
      // A section lying wholly inside another (not the same box) holds what is on it: the outer one drops out.
      const holdsAnother = (outer: Rect) =>
        holding.some(({ c: other }) => {
          const o = other.box
          const same =
            o.x === outer.x && o.y === outer.y && o.width === outer.width && o.height === outer.height
          return (
            !same &&
            o.x >= outer.x &&
            o.y >= outer.y &&
            o.x + o.width <= outer.x + outer.width &&
            o.y + o.height <= outer.y + outer.height
          )
        })
      const innermost = holding.filter(({ c }) => !holdsAnother(c.box))
      const zoned = innermost.filter(({ c }) => {
        const inCircle =
          c.customerProfile !== null &&
          ((cx - c.customerProfile.x - c.customerProfile.width / 2) / (c.customerProfile.width / 2)) ** 2 +
            ((cy - c.customerProfile.y - c.customerProfile.height / 2) / (c.customerProfile.height / 2)) **
              2 <=
            1
        const inSquare =
          c.valueMap !== null &&
          cx >= c.valueMap.x &&
          cx <= c.valueMap.x + c.valueMap.width &&
          cy >= c.valueMap.y &&
          cy <= c.valueMap.y + c.valueMap.height
        return inCircle || inSquare
      })
      const pool = zoned.length > 0 ? zoned : innermost
      pool.sort((a, b) => a.c.box.width * a.c.box.height - b.c.box.width * b.c.box.height || a.i - b.i)
      return pool[0]?.i ?? -1
    })
  }

  const section = fc.record({
    x: fc.integer({ min: -20000, max: 20000 }),
    y: fc.integer({ min: -20000, max: 20000 }),
    width: fc.oneof(
      { weight: 8, arbitrary: fc.integer({ min: 1000, max: 8000 }) },
      { weight: 1, arbitrary: fc.integer({ min: 100000, max: 20000000 }) },
      { weight: 1, arbitrary: fc.constant(0) }
    ),
    height: fc.integer({ min: 0, max: 8000 }),
    shapes: fc.boolean()
  })

  it('on random, overlapping, huge and empty sections', () => {
    fc.assert(
      fc.property(
        fc.array(section, { minLength: 1, maxLength: 12 }),
        fc.array(
          fc.record({
            x: fc.integer({ min: -30000, max: 30000 }),
            y: fc.integer({ min: -30000, max: 30000 }),
            plugin: fc.oneof(
              { weight: 9, arbitrary: fc.constant(false) },
              { weight: 1, arbitrary: fc.constant(true) }
            )
          }),
          { maxLength: 80 }
        ),
        (sections, points) => {
          const canvases = sections.map((s, i) => {
            const c = canvas(`c${i}`)
            const box = { x: s.x, y: s.y, width: s.width, height: s.height }
            // Shapes: the left and right halves of the section (a wide, flat ellipse on the right).
            const half = Math.floor(s.width / 2)
            return Object.assign(c, {
              box,
              valueMap: s.shapes ? { x: s.x, y: s.y, width: half, height: s.height } : null,
              customerProfile:
                s.shapes && half > 0 && s.height > 0
                  ? { x: s.x + half, y: s.y, width: half, height: s.height }
                  : null
            })
          })
          const stickies = points.map((p, i) =>
            stickyAt(`s${i}`, p.x, p.y, { pluginRole: p.plugin ? 'bmc-summary' : null })
          )
          expect(assignStickies(canvases, stickies)).toEqual(bruteForce(canvases, stickies))
        }
      ),
      { numRuns: 300 }
    )
  })
})

/** A test sticky: `votes` given without `stamps` means that many +1 stamps. */
function withStamps(base: Omit<StickySnapshot, 'stamps'>, extra: Partial<StickySnapshot>): StickySnapshot {
  const merged = { ...base, ...extra }
  return { ...merged, stamps: extra.stamps ?? (merged.votes > 0 ? { '+1': merged.votes } : {}) }
}
