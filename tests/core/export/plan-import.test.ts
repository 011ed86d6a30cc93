/**
 * What an import cannot bring back: votes are stamps, which plugins cannot place. The plan says how many, what the
 * fit becomes without them, and how many stickies change rank (a voted sticky ranked above a numbered one).
 */
import { describe, expect, it } from 'vitest'
import { planImport } from '../../../src/core/export'
import type { FitReport, ReportItem } from '../../../src/core/types'

const item = (id: string, text: string, rank: number, votes = 0): ReportItem => ({
  id,
  text,
  rank,
  weight: votes > 0 ? 1 + votes : 1,
  votes
})

function report(pains: ReportItem[]): FitReport {
  return {
    schema: 'vpcfit/2',
    canvas: { id: '1:2', segment: 'Commuters', product: 'Bike app', locale: 'en' },
    zones: { jobs: [], pains, gains: [], products: [], painRelievers: [], gainCreators: [] },
    unplaced: [],
    links: [],
    fit: { score: 0, band: 'weak', coverage: { jobs: 0, pains: 0, gains: 0 }, unaddressed: [], orphans: [] },
    evidence: { items: {}, fit: { score: 0, band: 'weak' }, tests: [] },
    checkedAt: '2026-12-01T10:00:00.000Z'
  }
}

describe('planImport: the votes it cannot place', () => {
  it.each([
    ['no votes', [item('a', 'Rain', 1), item('b', 'Crowded trains', 2)], 0, 0],
    [
      'votes that follow the reading order',
      [item('a', 'Rain', 1, 3), item('b', 'Crowded trains', 2, 1)],
      4,
      0
    ],
    [
      'a voted sticky above a numbered one: both change rank',
      [item('a', 'Crowded trains', 1, 2), item('b', '1. Rain', 2), item('c', 'Flat tyres', 3)],
      2,
      2
    ],
    [
      'votes reordering numbered stickies',
      [item('a', '2. Rain', 1, 5), item('b', '1. Crowded trains', 2), item('c', 'Flat tyres', 3, 1)],
      6,
      2
    ]
  ])('%s', (_name, pains, dropped, reranked) => {
    const votes = planImport(report(pains)).votes
    expect(votes.dropped).toBe(dropped)
    expect(votes.reranked).toBe(reranked)
  })
})
