import { describe, it, expect } from 'vitest'
import { CHECKLIST_KEYS, evaluateChecklist, zoneIsRanked } from '../../src/core/checklist'
import { fitSummary } from '../../src/core/fit'
import type { CanvasAnalysis, ChecklistResult, ReportItem, ReportLink, ZoneKey } from '../../src/core/types'

function items(prefix: string, texts: string[], votes: number[] = []): ReportItem[] {
  return texts.map((text, i) => ({
    id: `${prefix}${i + 1}`,
    text,
    rank: i + 1,
    weight: texts.length - i,
    votes: votes[i] ?? 0
  }))
}

function analysis(zones: Partial<Record<ZoneKey, ReportItem[]>>, links: ReportLink[] = []): CanvasAnalysis {
  const full = Object.assign(
    { jobs: [], pains: [], gains: [], products: [], painRelievers: [], gainCreators: [] },
    zones
  ) as Record<ZoneKey, ReportItem[]>
  return {
    report: {
      schema: 'vpcfit/2',
      canvas: { id: 'c', segment: 's', product: 'p', locale: 'en' },
      zones: full,
      unplaced: [],
      links,
      fit: fitSummary(full, links),
      evidence: { items: {}, fit: { score: 0, band: 'weak' }, tests: [] },
      checkedAt: '2024-01-01T00:00:00.000Z'
    },
    damaged: [],
    emptyZones: (['jobs', 'pains', 'gains'] as const).filter((z) => full[z].length === 0)
  }
}

function find(results: ChecklistResult[], key: string): ChecklistResult {
  const result = results.find((r) => r.key === key)
  if (!result) throw new Error(`no checklist item ${key}`)
  return result
}

const EXPECTED_KEYS: Array<[string, string, boolean]> = [
  ['cp.socialEmotionalJobs', 'customerProfile', false],
  ['cp.concrete', 'customerProfile', false],
  ['cp.ranked', 'customerProfile', true],
  ['cp.evidence', 'customerProfile', true],
  ['cp.enoughItems', 'customerProfile', true],
  ['vm.productsListed', 'valueMap', true],
  ['vm.relieversTied', 'valueMap', true],
  ['vm.creatorsTied', 'valueMap', true],
  ['vm.topAddressed', 'valueMap', true],
  ['vm.focus', 'valueMap', false],
  ['vm.emotionalSocial', 'valueMap', false],
  ['vm.successMeasures', 'valueMap', false],
  ['vm.hardToCopy', 'valueMap', false],
  ['vm.businessModel', 'valueMap', false],
  ['fit.problemSolution', 'fit', true],
  ['fit.productMarket', 'fit', true],
  ['fit.businessModel', 'fit', false],
  ['fit.hypotheses', 'fit', true]
]

describe('CHECKLIST_KEYS', () => {
  it('lists exactly the agreed keys, groups and automatic flags, in order', () => {
    expect(CHECKLIST_KEYS.map((k) => [k.key, k.group, k.auto])).toEqual(EXPECTED_KEYS)
  })

  it('evaluateChecklist answers every key once, in that order', () => {
    const results = evaluateChecklist(analysis({}), {})
    expect(results.map((r) => [r.key, r.group, r.auto])).toEqual(EXPECTED_KEYS)
  })
})

describe('manual items', () => {
  const manual = EXPECTED_KEYS.filter(([, , auto]) => !auto).map(([key]) => key)

  it.each(manual)('%s is done only when ticked true, and carries no detail', (key) => {
    expect(find(evaluateChecklist(analysis({}), {}), key)).toMatchObject({ done: false, detail: null })
    expect(find(evaluateChecklist(analysis({}), { [key]: true }), key)).toMatchObject({
      done: true,
      detail: null
    })
    expect(find(evaluateChecklist(analysis({}), { [key]: false }), key).done).toBe(false)
  })

  it('a tick on an automatic item changes nothing: the board decides', () => {
    const result = find(evaluateChecklist(analysis({}), { 'vm.productsListed': true }), 'vm.productsListed')
    expect(result.done).toBe(false)
  })

  it('an inherited property is not a tick', () => {
    const ticks = Object.create({ 'vm.focus': true }) as Record<string, boolean>
    expect(find(evaluateChecklist(analysis({}), ticks), 'vm.focus').done).toBe(false)
  })
})

describe('automatic items explain themselves with catalog keys', () => {
  it('every automatic item has detail checklist.detail.<key>', () => {
    for (const result of evaluateChecklist(analysis({}), {})) {
      if (result.auto) expect(result.detail?.key).toBe(`checklist.detail.${result.key}`)
    }
  })
})

describe('cp.ranked', () => {
  it.each([
    ['markers on the top three', ['1. a', '2. b', '3. c', 'd', 'e'], [], true],
    ['markers on all of a zone of two', ['1. a', '2) b'], [], true],
    ['markers on only the top one of five', ['1. a', 'b', 'c', 'd', 'e'], [], false],
    ['no markers', ['a', 'b', 'c'], [], false],
    ['no markers but a stamp', ['a', 'b', 'c'], [0, 1, 0], true],
    ['a marker without its space is no marker', ['1.a', '2.b'], [], false]
  ])('%s -> %s', (_name, texts, votes, expected) => {
    expect(zoneIsRanked(items('x', texts, votes))).toBe(expected)
  })

  it('counts ranked zones among the non-empty customer zones', () => {
    const a = analysis({ jobs: items('j', ['1. a', '2. b']), pains: items('p', ['a', 'b']) })
    expect(find(evaluateChecklist(a, {}), 'cp.ranked')).toMatchObject({
      done: false,
      detail: { key: 'checklist.detail.cp.ranked', params: { ranked: 1, total: 2 } }
    })
    const b = analysis({ jobs: items('j', ['1. a', '2. b']), pains: items('p', ['#1 a']) })
    expect(find(evaluateChecklist(b, {}), 'cp.ranked')).toMatchObject({
      done: true,
      detail: { params: { ranked: 2, total: 2 } }
    })
  })

  it('an empty customer profile is not ranked', () => {
    expect(find(evaluateChecklist(analysis({}), {}), 'cp.ranked')).toMatchObject({
      done: false,
      detail: { params: { ranked: 0, total: 0 } }
    })
  })
})

describe('cp.enoughItems: at least three jobs, pains and gains', () => {
  it.each([
    [3, 3, 3, true],
    [5, 4, 3, true],
    [3, 3, 2, false],
    [2, 5, 5, false],
    [0, 0, 0, false]
  ])('%i jobs, %i pains, %i gains -> %s', (j, p, g, expected) => {
    const a = analysis({
      jobs: items(
        'j',
        Array.from({ length: j }, () => 'x')
      ),
      pains: items(
        'p',
        Array.from({ length: p }, () => 'x')
      ),
      gains: items(
        'g',
        Array.from({ length: g }, () => 'x')
      )
    })
    expect(find(evaluateChecklist(a, {}), 'cp.enoughItems')).toMatchObject({
      done: expected,
      detail: { params: { jobs: j, pains: p, gains: g } }
    })
  })
})

describe('value map items', () => {
  const zones = {
    jobs: items('j', ['job']),
    pains: items('p', ['top pain', 'second pain']),
    gains: items('g', ['top gain', 'second gain']),
    products: items('pr', ['app', 'coach']),
    painRelievers: items('r', ['r1', 'r2', 'r3']),
    gainCreators: items('c', ['c1'])
  }

  it('vm.productsListed counts products', () => {
    expect(find(evaluateChecklist(analysis(zones), {}), 'vm.productsListed')).toMatchObject({
      done: true,
      detail: { params: { count: 2 } }
    })
    expect(find(evaluateChecklist(analysis({}), {}), 'vm.productsListed')).toMatchObject({
      done: false,
      detail: { params: { count: 0 } }
    })
  })

  it('vm.relieversTied counts relievers with a valid link; an invalid link ties nothing', () => {
    const links: ReportLink[] = [
      { from: 'r1', to: 'p1', kind: 'relieves' },
      { from: 'r2', to: 'p2', kind: 'relieves' },
      { from: 'r2', to: 'p1', kind: 'relieves' },
      { from: 'r3', to: 'g1', kind: 'invalid' }
    ]
    expect(find(evaluateChecklist(analysis(zones, links), {}), 'vm.relieversTied')).toMatchObject({
      done: false,
      detail: { params: { tied: 2, total: 3 } }
    })
    const all = links.concat({ from: 'r3', to: 'p2', kind: 'relieves' })
    expect(find(evaluateChecklist(analysis(zones, all), {}), 'vm.relieversTied')).toMatchObject({
      done: true,
      detail: { params: { tied: 3, total: 3 } }
    })
  })

  it('vm.creatorsTied counts creators with a valid link', () => {
    expect(find(evaluateChecklist(analysis(zones), {}), 'vm.creatorsTied')).toMatchObject({
      done: false,
      detail: { params: { tied: 0, total: 1 } }
    })
    const linked = analysis(zones, [{ from: 'c1', to: 'g2', kind: 'creates' }])
    expect(find(evaluateChecklist(linked, {}), 'vm.creatorsTied')).toMatchObject({
      done: true,
      detail: { params: { tied: 1, total: 1 } }
    })
  })

  it('with no relievers or creators there is nothing tied: not done', () => {
    const results = evaluateChecklist(analysis({ jobs: items('j', ['a']) }), {})
    expect(find(results, 'vm.relieversTied')).toMatchObject({
      done: false,
      detail: { params: { tied: 0, total: 0 } }
    })
    expect(find(results, 'vm.creatorsTied')).toMatchObject({
      done: false,
      detail: { params: { tied: 0, total: 0 } }
    })
  })

  it.each([
    [
      'both top items addressed',
      [
        ['r1', 'p1', 'relieves'],
        ['c1', 'g1', 'creates']
      ],
      true,
      2
    ],
    ['only the top pain addressed', [['r1', 'p1', 'relieves']], false, 1],
    [
      'the second pain and gain addressed, not the top ones',
      [
        ['r1', 'p2', 'relieves'],
        ['c1', 'g2', 'creates']
      ],
      false,
      0
    ],
    [
      'the top pain linked by an invalid link',
      [
        ['c1', 'p1', 'invalid'],
        ['c1', 'g1', 'creates']
      ],
      false,
      1
    ]
  ] as const)('vm.topAddressed: %s', (_name, pairs, done, addressed) => {
    const links = pairs.map(([from, to, kind]) => ({ from, to, kind }))
    expect(find(evaluateChecklist(analysis(zones, links), {}), 'vm.topAddressed')).toMatchObject({
      done,
      detail: { params: { addressed, total: 2 } }
    })
  })

  it('vm.topAddressed counts only the top items that exist', () => {
    const noGains = analysis({ pains: items('p', ['top']), painRelievers: items('r', ['r']) }, [
      { from: 'r1', to: 'p1', kind: 'relieves' }
    ])
    expect(find(evaluateChecklist(noGains, {}), 'vm.topAddressed')).toMatchObject({
      done: true,
      detail: { params: { addressed: 1, total: 1 } }
    })
    expect(find(evaluateChecklist(analysis({}), {}), 'vm.topAddressed')).toMatchObject({
      done: false,
      detail: { params: { addressed: 0, total: 0 } }
    })
  })
})

describe('fit.problemSolution: a fit score of at least 50', () => {
  it.each([
    [1, 2, true, 50],
    [99, 200, true, 50],
    [49, 100, false, 49],
    [0, 1, false, 0]
  ])('%i of %i addressed weight -> %s (score %i)', (hit, total, done, score) => {
    const jobs: ReportItem[] = [
      { id: 'hit', text: 'hit', rank: 1, weight: hit, votes: 0 },
      { id: 'miss', text: 'miss', rank: 2, weight: total - hit, votes: 0 }
    ]
    const a = analysis({ jobs, products: items('pr', ['p']) }, [{ from: 'pr1', to: 'hit', kind: 'serves' }])
    expect(find(evaluateChecklist(a, {}), 'fit.problemSolution')).toMatchObject({
      done,
      detail: { params: { score } }
    })
  })
})
