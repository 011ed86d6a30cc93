import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { riskiestAssumptions } from '../../../src/core/evidence/riskiest'
import { riskiestFollowing, riskiestOfCanvas, sameRiskInputs } from '../../../src/core/evidence/riskiest-follow'
import type { EvidenceLevel, FitReport, ReportItem, ReportLink } from '../../../src/core/types'
import { ranked, reportOf, testCard } from './helpers'

const zonesOf = (report: FitReport) => report.zones

function base(): FitReport {
  return reportOf(
    { jobs: ranked('j', 3), pains: ranked('p', 2), painRelievers: ranked('r', 2), products: ranked('x', 1) },
    [
      { from: 'r1', to: 'p1', kind: 'relieves' },
      { from: 'x1', to: 'j2', kind: 'serves' }
    ],
    { j2: 'said' },
    [testCard('t1', 'p2')]
  )
}

/** The same report with one item changed by `edit`. */
function withItem(report: FitReport, id: string, edit: (item: ReportItem) => ReportItem): FitReport {
  const zones = Object.fromEntries(
    Object.entries(zonesOf(report)).map(([zone, items]) => [zone, items.map((item) => (item.id === id ? edit(item) : item))])
  ) as FitReport['zones']
  return { ...report, zones }
}

describe('the riskiest list of a live panel, computed again only when its inputs change', () => {
  it('keeps the very list when only a text changed, and computes it again for anything it reads', () => {
    const before = base()
    const list = riskiestAssumptions(before)
    const retyped = withItem(before, 'p1', (item) => ({ ...item, text: 'Typed again' }))
    expect(riskiestFollowing({ report: before, list, limit: 99 }, retyped, 99)).toBe(list)
    const changes: Array<[string, FitReport]> = [
      ['a weight', withItem(before, 'j3', (item) => ({ ...item, weight: 9 }))],
      ['a rank', withItem(before, 'j1', (item) => ({ ...item, rank: 4 }))],
      ['an id', withItem(before, 'j1', (item) => ({ ...item, id: 'j9' }))],
      ['a link', { ...before, links: [{ from: 'r2', to: 'p1', kind: 'relieves' }, before.links[1] as ReportLink] }],
      ['evidence', { ...before, evidence: { ...before.evidence, items: { ...before.evidence.items, j1: 'refuted' } } }],
      [
        'a test status',
        { ...before, evidence: { ...before.evidence, tests: before.evidence.tests.map((t) => ({ ...t, status: 'decided' as const })) } }
      ]
    ]
    for (const [what, after] of changes) {
      expect(sameRiskInputs(before, after), what).toBe(false)
      const next = riskiestFollowing({ report: before, list, limit: 99 }, after, 99)
      expect(next, what).not.toBe(list)
      expect(next, what).toEqual(riskiestAssumptions(after))
    }
  })

  it('always gives what ranking from scratch gives (random pairs of reports)', () => {
    const level = fc.constantFrom<EvidenceLevel>('none', 'said', 'did', 'refuted')
    const report = fc
      .record({
        jobs: fc.array(fc.nat(5), { maxLength: 5 }),
        pains: fc.array(fc.nat(5), { maxLength: 5 }),
        relievers: fc.nat(3),
        links: fc.array(fc.tuple(fc.nat(3), fc.nat(5)), { maxLength: 4 }),
        levels: fc.array(fc.tuple(fc.nat(5), level), { maxLength: 4 })
      })
      .map(({ jobs, pains, relievers, links, levels }) =>
        reportOf(
          { jobs: ranked('j', jobs.length, jobs), pains: ranked('p', pains.length, pains), painRelievers: ranked('r', relievers) },
          links.map(([r, p]) => ({ from: `r${r + 1}`, to: `p${p + 1}`, kind: 'relieves' as const })),
          Object.fromEntries(levels.map(([i, l]) => [`p${i + 1}`, l]))
        )
      )
    fc.assert(
      fc.property(report, report, (a, b) => {
        const list = riskiestAssumptions(a)
        expect(riskiestFollowing({ report: a, list, limit: 99 }, b, 99)).toEqual(riskiestAssumptions(b))
        expect(riskiestAssumptions(b, 2)).toEqual(riskiestAssumptions(b).slice(0, 2))
        expect(riskiestAssumptions(b, 0)).toEqual([])
      })
    )
  })

  it('remembers the last list per canvas and limit, and gives a new one as soon as anything it reads changed', () => {
    const before = base()
    const first = riskiestOfCanvas(before, 3)
    expect(first).toEqual(riskiestAssumptions(before).slice(0, 3))
    expect(riskiestOfCanvas(withItem(before, 'p1', (item) => ({ ...item, text: 'Typed again' })), 3)).toBe(first)
    // Another limit or another canvas is its own list.
    expect(riskiestOfCanvas(before, 1)).toEqual(first.slice(0, 1))
    const other = { ...before, canvas: { ...before.canvas, id: 'other' } }
    expect(riskiestOfCanvas(other, 3)).not.toBe(first)
    const reweighted = withItem(before, 'j3', (item) => ({ ...item, weight: 9 }))
    expect(riskiestOfCanvas(reweighted, 3)).toEqual(riskiestAssumptions(reweighted).slice(0, 3))
  })
})
