import { describe, it, expect } from 'vitest'
import { classifyLink, LINK_RULES, linkedIds, linksOf } from '../../src/core/links'
import type { ConnectorSnapshot, LinkKind, ZoneKey } from '../../src/core/types'

const zoneOf = new Map<string, ZoneKey | null>([
  ['job', 'jobs'],
  ['pain', 'pains'],
  ['gain', 'gains'],
  ['product', 'products'],
  ['reliever', 'painRelievers'],
  ['creator', 'gainCreators'],
  ['loose', null],
  ['job2', 'jobs'],
  ['pain2', 'pains']
])

let next = 0
function connector(startId: string | null, endId: string | null): ConnectorSnapshot {
  next += 1
  return { id: `k${next}`, startId, endId }
}

describe('classifyLink: the three valid pairs, either direction', () => {
  const cases: Array<[ZoneKey | null, ZoneKey | null, LinkKind, boolean]> = [
    ['painRelievers', 'pains', 'relieves', false],
    ['pains', 'painRelievers', 'relieves', true],
    ['gainCreators', 'gains', 'creates', false],
    ['gains', 'gainCreators', 'creates', true],
    ['products', 'jobs', 'serves', false],
    ['jobs', 'products', 'serves', true],
    ['painRelievers', 'gains', 'invalid', false],
    ['gainCreators', 'pains', 'invalid', false],
    ['products', 'pains', 'invalid', false],
    ['painRelievers', 'jobs', 'invalid', false],
    ['jobs', 'pains', 'invalid', false],
    ['products', 'gainCreators', 'invalid', false],
    ['pains', 'pains', 'invalid', false],
    [null, 'pains', 'invalid', false],
    ['painRelievers', null, 'invalid', false],
    [null, null, 'invalid', false]
  ]
  it.each(cases)('%s -> %s is %s (reversed: %s)', (a, b, kind, reversed) => {
    expect(classifyLink(a, b)).toEqual({ kind, reversed })
  })

  it('lists exactly the method pairs', () => {
    expect(LINK_RULES.map((r) => `${r.from}-${r.to}:${r.kind}`).sort()).toEqual([
      'gainCreators-gains:creates',
      'painRelievers-pains:relieves',
      'products-jobs:serves'
    ])
  })
})

describe('linksOf', () => {
  it('orients valid links value map -> customer profile whichever way the connector was drawn', () => {
    const links = linksOf(
      [connector('pain', 'reliever'), connector('creator', 'gain'), connector('job', 'product')],
      zoneOf
    )
    expect(links).toEqual([
      { from: 'reliever', to: 'pain', kind: 'relieves' },
      { from: 'creator', to: 'gain', kind: 'creates' },
      { from: 'product', to: 'job', kind: 'serves' }
    ])
  })

  it('reports other pairs of the canvas as invalid, keeping the drawn direction', () => {
    expect(
      linksOf(
        [
          connector('gain', 'reliever'),
          connector('job', 'pain'),
          connector('loose', 'pain'),
          connector('job', 'job')
        ],
        zoneOf
      )
    ).toEqual([
      { from: 'gain', to: 'reliever', kind: 'invalid' },
      { from: 'job', to: 'pain', kind: 'invalid' },
      { from: 'loose', to: 'pain', kind: 'invalid' },
      { from: 'job', to: 'job', kind: 'invalid' }
    ])
  })

  it('ignores connectors with an end off the canvas or on nothing', () => {
    expect(
      linksOf(
        [
          connector('reliever', 'elsewhere'),
          connector('other-canvas', 'pain'),
          connector(null, 'pain'),
          connector('reliever', null),
          connector(null, null)
        ],
        zoneOf
      )
    ).toEqual([])
  })

  it('counts several connectors between the same two stickies once, in either direction', () => {
    expect(
      linksOf(
        [connector('reliever', 'pain'), connector('pain', 'reliever'), connector('reliever', 'pain')],
        zoneOf
      )
    ).toEqual([{ from: 'reliever', to: 'pain', kind: 'relieves' }])
    expect(linksOf([connector('pain', 'job'), connector('job', 'pain')], zoneOf)).toEqual([
      { from: 'pain', to: 'job', kind: 'invalid' }
    ])
  })

  it('keeps distinct pairs that share one sticky', () => {
    expect(linksOf([connector('reliever', 'pain'), connector('reliever', 'pain2')], zoneOf)).toHaveLength(2)
  })
})

describe('linkedIds', () => {
  it('collects both ends of valid links and nothing from invalid ones', () => {
    const ids = linkedIds([
      { from: 'product', to: 'job', kind: 'serves' },
      { from: 'reliever', to: 'gain', kind: 'invalid' }
    ])
    expect([...ids].sort()).toEqual(['job', 'product'])
  })
})
