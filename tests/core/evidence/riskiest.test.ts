import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { riskiestAssumptions } from '../../../src/core/evidence/riskiest'
import type { EvidenceLevel, ReportLink } from '../../../src/core/types'
import { ranked, reportOf, testCard } from './helpers'

const serves = (from: string, to: string): ReportLink => ({ from, to, kind: 'serves' })
const relieves = (from: string, to: string): ReportLink => ({ from, to, kind: 'relieves' })

/** The list as `id:reason` strings, riskiest first. */
function order(...args: Parameters<typeof reportOf>): string[] {
  return riskiestAssumptions(reportOf(...args)).map((entry) => `${entry.id}:${entry.reason}`)
}

describe('the riskiest assumptions, by the documented rule', () => {
  it.each<[string, Parameters<typeof reportOf>, string[]]>([
    ['nothing on the canvas: nothing to test', [{}], []],
    [
      'no evidence anywhere: the customer items by importance, top-ranked of each zone first, jobs before pains before gains',
      [{ jobs: ranked('j', 2), pains: ranked('p', 3) }],
      ['j1:unbacked', 'p1:unbacked', 'p2:unbacked', 'j2:unbacked', 'p3:unbacked']
    ],
    [
      'equal importance: the one a link carries into the fit comes first',
      [{ jobs: ranked('j', 1), pains: ranked('p', 1), painRelievers: ranked('r', 1) }, [relieves('r1', 'p1')]],
      ['p1:unbackedInFit', 'j1:unbacked']
    ],
    [
      'backed items leave the list; a refuted item leaves it unless the fit still counts it',
      [
        { jobs: ranked('j', 3), products: ranked('x', 1) },
        [serves('x1', 'j3')],
        { j1: 'did', j2: 'refuted', j3: 'refuted' }
      ],
      ['j3:refutedInFit']
    ],
    [
      'a refuted item in the fit comes before everything, even a more important guess',
      [{ jobs: ranked('j', 4), products: ranked('x', 1) }, [serves('x1', 'j4')], { j4: 'refuted' }],
      ['j4:refutedInFit', 'j1:unbacked', 'j2:unbacked', 'j3:unbacked']
    ],
    [
      'a backed customer item whose answer is a guess puts the value-map item on the list, as important as the item',
      [
        { gains: ranked('g', 2), gainCreators: ranked('c', 2) },
        [{ from: 'c2', to: 'g1', kind: 'creates' }],
        { g1: 'said' }
      ],
      ['c2:linkUnbacked', 'g2:unbacked']
    ],
    [
      'a backed value-map item is not on the list',
      [{ gains: ranked('g', 1), gainCreators: ranked('c', 1) }, [{ from: 'c1', to: 'g1', kind: 'creates' }], { g1: 'said', c1: 'said' }],
      []
    ],
    [
      'invalid links carry nothing',
      [{ jobs: ranked('j', 1), gainCreators: ranked('c', 1) }, [{ from: 'c1', to: 'j1', kind: 'invalid' }], { j1: 'did' }],
      []
    ],
    [
      'importance is relative to the zone: the top of a long zone equals the top of a short one',
      [{ pains: ranked('p', 5), gains: ranked('g', 2) }, [], { p2: 'said', p3: 'said', p4: 'said', p5: 'said' }],
      ['p1:unbacked', 'g1:unbacked', 'g2:unbacked']
    ],
    [
      'votes decide importance when they rank the profile',
      [{ jobs: ranked('j', 3, [1, 4, 1]) }],
      ['j2:unbacked', 'j1:unbacked', 'j3:unbacked']
    ]
  ])('%s', (_name, args, expected) => {
    expect(order(...args)).toEqual(expected)
  })

  it('names the supported item a value-map entry is linked to, and the running test of each entry', () => {
    const report = reportOf(
      { pains: ranked('p', 1), painRelievers: ranked('r', 1) },
      [relieves('r1', 'p1')],
      { p1: 'did' },
      [testCard('t1', 'r1')]
    )
    expect(riskiestAssumptions(report)).toEqual([
      { id: 'r1', zone: 'painRelievers', reason: 'linkUnbacked', rank: 1, pairedWith: 'p1', testId: 't1' }
    ])
  })

  it('a learning card that decided takes its item off the list (its decision is the evidence)', () => {
    const report = reportOf({ jobs: ranked('j', 2) }, [], {}, [testCard('t1', 'j1', { decision: 'keep' })])
    expect(riskiestAssumptions(report).map((e) => e.id)).toEqual(['j2'])
  })

  const level = fc.constantFrom<EvidenceLevel>('none', 'said', 'did', 'refuted')
  it('property: no backed item is listed, every unbacked customer item is, and the order is a total one', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 4 }),
        fc.array(level, { minLength: 16, maxLength: 16 }),
        fc.array(fc.tuple(fc.nat(5), fc.nat(5)), { maxLength: 8 }),
        (jobs, pains, products, levels, pairs) => {
          const zones = { jobs: ranked('j', jobs), pains: ranked('p', pains), products: ranked('x', products) }
          const ids = [...zones.jobs, ...zones.pains, ...zones.products].map((i) => i.id)
          const evidence = Object.fromEntries(ids.map((id, i) => [id, levels[i] ?? 'none']))
          const links = pairs
            .filter(([x, j]) => x < products && j < jobs)
            .map(([x, j]) => serves(`x${x + 1}`, `j${j + 1}`))
          const report = reportOf(zones, links, evidence)
          const list = riskiestAssumptions(report)
          for (const entry of list) expect(['said', 'did']).not.toContain(evidence[entry.id])
          const unbacked = [...zones.jobs, ...zones.pains].filter((i) => evidence[i.id] === 'none').map((i) => i.id)
          for (const id of unbacked) expect(list.some((e) => e.id === id)).toBe(true)
          // Refuted in the fit always leads.
          const firstOther = list.findIndex((e) => e.reason !== 'refutedInFit')
          if (firstOther >= 0) expect(list.slice(firstOther).some((e) => e.reason === 'refutedInFit')).toBe(false)
          // Ids are unique and the order does not depend on the input order of the links.
          expect(new Set(list.map((e) => e.id)).size).toBe(list.length)
          const again = riskiestAssumptions(reportOf(zones, links.slice().reverse(), evidence))
          expect(again).toEqual(list)
        }
      ),
      { numRuns: 200 }
    )
  })
})
