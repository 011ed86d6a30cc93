import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { bandOf, coverageOf, fitSummary, ratioPercent } from '../../src/core/fit'
import type { ReportItem, ReportLink, ZoneKey } from '../../src/core/types'

function item(id: string, weight: number, rank = 1): ReportItem {
  return { id, text: id, rank, weight, votes: 0 }
}

function zonesWith(partial: Partial<Record<ZoneKey, ReportItem[]>>): Record<ZoneKey, ReportItem[]> {
  return Object.assign(
    { jobs: [], pains: [], gains: [], products: [], painRelievers: [], gainCreators: [] },
    partial
  )
}

describe('ratioPercent: Math.round of the exact ratio', () => {
  it.each([
    [99, 200, 50, '49.5 rounds up to 50'],
    [1, 2, 50, 'exactly 50'],
    [247, 500, 49, '49.4 rounds down to 49'],
    [139, 200, 70, '69.5 rounds up to 70'],
    [7, 10, 70, 'exactly 70'],
    [352, 500, 70, '70.4 rounds down to 70'],
    [141, 200, 71, '70.5 rounds up to 71'],
    [1, 3, 33, 'a third'],
    [2, 3, 67, 'two thirds'],
    [0, 5, 0, 'nothing addressed'],
    [5, 5, 100, 'everything addressed'],
    [0, 0, 0, 'no weight at all']
  ])('%i / %i -> %i (%s)', (part, whole, expected) => {
    expect(ratioPercent(part, whole)).toBe(expected)
  })
})

describe('bandOf: below 50 weak, 50 to 70 inclusive target, above 70 strong', () => {
  it.each([
    [0, 'weak'],
    [49, 'weak'],
    [50, 'target'],
    [62, 'target'],
    [70, 'target'],
    [71, 'strong'],
    [100, 'strong']
  ] as const)('%i -> %s', (score, band) => {
    expect(bandOf(score)).toBe(band)
  })

  it.each([
    [99, 200, 'target', '49.5 % is target after rounding'],
    [139, 200, 'target', '69.5 % is target after rounding'],
    [141, 200, 'strong', '70.5 % is strong after rounding']
  ] as const)('%i of %i -> %s (%s)', (part, whole, band, _note) => {
    expect(bandOf(ratioPercent(part, whole))).toBe(band)
  })
})

describe('coverageOf', () => {
  it('weighs addressed items by their weight', () => {
    const items = [item('a', 3), item('b', 2), item('c', 1)]
    expect(coverageOf(items, new Set(['a']))).toBe(50)
    expect(coverageOf(items, new Set(['c']))).toBe(17)
    expect(coverageOf(items, new Set(['a', 'b', 'c']))).toBe(100)
    expect(coverageOf(items, new Set(['elsewhere']))).toBe(0)
  })

  it('an empty zone covers 0', () => {
    expect(coverageOf([], new Set(['a']))).toBe(0)
  })
})

describe('fitSummary', () => {
  const zones = zonesWith({
    jobs: [item('j1', 2, 1), item('j2', 1, 2)],
    pains: [item('p1', 3, 1), item('p2', 2, 2), item('p3', 1, 3)],
    gains: [item('g1', 1, 1)],
    products: [item('pr1', 2, 1), item('pr2', 1, 2)],
    painRelievers: [item('r1', 2, 1), item('r2', 1, 2)],
    gainCreators: [item('c1', 1, 1)]
  })
  const links: ReportLink[] = [
    { from: 'pr1', to: 'j1', kind: 'serves' },
    { from: 'r2', to: 'p1', kind: 'relieves' },
    { from: 'r2', to: 'p3', kind: 'relieves' },
    { from: 'c1', to: 'p2', kind: 'invalid' },
    { from: 'r1', to: 'g1', kind: 'invalid' }
  ]
  const fit = fitSummary(zones, links)

  it('covers each customer zone by the weight of its addressed items', () => {
    expect(fit.coverage).toEqual({ jobs: 67, pains: 67, gains: 0 })
  })

  it('scores jobs, pains and gains together, not as the mean of the three coverages', () => {
    // addressed 2 + 3 + 1 = 6 of 2 + 1 + 3 + 2 + 1 + 1 = 10
    expect(fit.score).toBe(60)
    expect(fit.band).toBe('target')
  })

  it('lists unaddressed customer items jobs, pains, gains, each in rank order; invalid links address nothing', () => {
    expect(fit.unaddressed).toEqual(['j2', 'p2', 'g1'])
  })

  it('lists orphans products, pain relievers, gain creators, each in rank order', () => {
    expect(fit.orphans).toEqual(['pr2', 'r1', 'c1'])
  })

  it('an empty canvas scores 0, weak, with coverage 0 everywhere', () => {
    expect(fitSummary(zonesWith({}), [])).toEqual({
      score: 0,
      band: 'weak',
      coverage: { jobs: 0, pains: 0, gains: 0 },
      unaddressed: [],
      orphans: []
    })
  })

  it('an empty zone covers 0 while the score counts the other zones', () => {
    const f = fitSummary(zonesWith({ jobs: [item('j', 1)], products: [item('p', 1)] }), [
      { from: 'p', to: 'j', kind: 'serves' }
    ])
    expect(f.coverage).toEqual({ jobs: 100, pains: 0, gains: 0 })
    expect(f.score).toBe(100)
    expect(f.band).toBe('strong')
  })
})

// ---------------------------------------------------------------------------------------------------------------
// Properties: random canvases of weighted items and random links.
// ---------------------------------------------------------------------------------------------------------------

const PAIRS = [
  ['products', 'jobs', 'serves'],
  ['painRelievers', 'pains', 'relieves'],
  ['gainCreators', 'gains', 'creates']
] as const

const randomCanvas = fc
  .record({
    jobs: fc.array(fc.integer({ min: 1, max: 20 }), { maxLength: 8 }),
    pains: fc.array(fc.integer({ min: 1, max: 20 }), { maxLength: 8 }),
    gains: fc.array(fc.integer({ min: 1, max: 20 }), { maxLength: 8 }),
    products: fc.integer({ min: 0, max: 4 }),
    painRelievers: fc.integer({ min: 0, max: 4 }),
    gainCreators: fc.integer({ min: 0, max: 4 })
  })
  .map((r) => {
    const zones = zonesWith({
      jobs: r.jobs.map((w, i) => item(`jobs${i}`, w, i + 1)),
      pains: r.pains.map((w, i) => item(`pains${i}`, w, i + 1)),
      gains: r.gains.map((w, i) => item(`gains${i}`, w, i + 1)),
      products: Array.from({ length: r.products }, (_, i) => item(`products${i}`, r.products - i, i + 1)),
      painRelievers: Array.from({ length: r.painRelievers }, (_, i) => item(`painRelievers${i}`, 1, i + 1)),
      gainCreators: Array.from({ length: r.gainCreators }, (_, i) => item(`gainCreators${i}`, 1, i + 1))
    })
    return zones
  })

/** Every valid link the canvas allows. */
function possibleLinks(zones: Record<ZoneKey, ReportItem[]>): ReportLink[] {
  const links: ReportLink[] = []
  for (const [from, to, kind] of PAIRS) {
    for (const a of zones[from]) for (const b of zones[to]) links.push({ from: a.id, to: b.id, kind })
  }
  return links
}

const canvasWithLinks = randomCanvas.chain((zones) => {
  const possible = possibleLinks(zones)
  return fc.tuple(
    fc.constant(zones),
    possible.length > 0 ? fc.subarray(possible) : fc.constant<ReportLink[]>([]),
    possible.length > 0 ? fc.option(fc.constantFrom(...possible), { nil: undefined }) : fc.constant(undefined)
  )
})

describe('fit properties', () => {
  it('the score and every coverage lie between 0 and 100, and the band matches the score', () => {
    fc.assert(
      fc.property(canvasWithLinks, ([zones, links]) => {
        const fit = fitSummary(zones, links)
        for (const value of [fit.score, fit.coverage.jobs, fit.coverage.pains, fit.coverage.gains]) {
          expect(Number.isInteger(value)).toBe(true)
          expect(value).toBeGreaterThanOrEqual(0)
          expect(value).toBeLessThanOrEqual(100)
        }
        expect(fit.band).toBe(fit.score < 50 ? 'weak' : fit.score <= 70 ? 'target' : 'strong')
      }),
      { numRuns: 500 }
    )
  })

  it('adding a valid link never lowers the score or any coverage', () => {
    fc.assert(
      fc.property(canvasWithLinks, ([zones, links, extra]) => {
        if (!extra) return
        const before = fitSummary(zones, links)
        const after = fitSummary(zones, links.concat(extra))
        expect(after.score).toBeGreaterThanOrEqual(before.score)
        expect(after.coverage.jobs).toBeGreaterThanOrEqual(before.coverage.jobs)
        expect(after.coverage.pains).toBeGreaterThanOrEqual(before.coverage.pains)
        expect(after.coverage.gains).toBeGreaterThanOrEqual(before.coverage.gains)
        expect(after.unaddressed.length).toBeLessThanOrEqual(before.unaddressed.length)
      }),
      { numRuns: 500 }
    )
  })

  it('linking every customer item scores 100 with nothing unaddressed', () => {
    fc.assert(
      fc.property(randomCanvas, (zones) => {
        const fit = fitSummary(zones, possibleLinks(zones))
        const everyZoneAnswerable = PAIRS.every(
          ([from, to]) => zones[to].length === 0 || zones[from].length > 0
        )
        const anyCustomer = zones.jobs.length + zones.pains.length + zones.gains.length > 0
        if (everyZoneAnswerable && anyCustomer) {
          expect(fit.score).toBe(100)
          expect(fit.unaddressed).toEqual([])
        }
        // Unaddressed and addressed items always partition the customer profile.
        expect(fit.unaddressed.length).toBeLessThanOrEqual(
          zones.jobs.length + zones.pains.length + zones.gains.length
        )
      }),
      { numRuns: 300 }
    )
  })
})
