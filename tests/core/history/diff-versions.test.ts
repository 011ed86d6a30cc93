/**
 * What changed between two versions of a canvas: every kind of change, matched by node id first and by text for
 * copies, and one sticky that moved zones and was reworded at once.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { VersionItem, VersionLink } from '../../../contract/history'
import { VERSION_ZONES } from '../../../contract/history'
import { describeDiff } from '../../../src/core/history/describe-diff'
import { diffIsEmpty, diffVersions } from '../../../src/core/history/diff-versions'
import { versionOf } from './fixtures'

const base: VersionItem[] = [
  ['p1', 'pains', 1, 'Waiting in line'],
  ['p2', 'pains', 2, 'Too expensive'],
  ['p3', 'pains', 3, 'Hard to find'],
  ['r1', 'painRelievers', 1, 'Skip the queue'],
  ['g1', 'gains', 1, 'Feel in control']
]
const baseLinks: VersionLink[] = [['r1', 'p1']]

/** The change kinds a diff found, with the texts they name, for comparing with a table. */
function summary(
  before: VersionItem[],
  after: VersionItem[],
  linksBefore = baseLinks,
  linksAfter = baseLinks
) {
  const diff = diffVersions(versionOf(before, linksBefore), versionOf(after, linksAfter))
  return {
    added: diff.added.map((i) => i.text),
    removed: diff.removed.map((i) => i.text),
    reworded: diff.reworded.map((c) => `${c.before.text} -> ${c.after.text}`),
    moved: diff.moved.map(
      (c) =>
        `${c.before.zone}:${c.before.text} -> ${c.after.zone}:${c.after.text}${c.reworded ? ' (reworded)' : ''}`
    ),
    reranked: diff.reranked.map((c) => `${c.after.text} ${c.before.rank}->${c.after.rank}`),
    linked: diff.linked.map((l) => `${l.from.text} ~ ${l.to.text}`),
    unlinked: diff.unlinked.map((l) => `${l.from.text} ~ ${l.to.text}`)
  }
}

type Summary = Record<
  'added' | 'removed' | 'reworded' | 'moved' | 'reranked' | 'linked' | 'unlinked',
  string[]
>
const none: Summary = {
  added: [],
  removed: [],
  reworded: [],
  moved: [],
  reranked: [],
  linked: [],
  unlinked: []
}

describe('diffVersions', () => {
  const cases: Array<{
    name: string
    after: VersionItem[]
    linksAfter?: VersionLink[]
    expected: Partial<Summary>
  }> = [
    { name: 'nothing changed', after: base, expected: {} },
    {
      name: 'a sticky added',
      after: [...base, ['g2', 'gains', 2, 'Arrive on time']],
      expected: { added: ['Arrive on time'] }
    },
    {
      name: 'a sticky removed (ranks below it shift, no re-rank reported)',
      after: base
        .filter((i) => i[0] !== 'p1')
        .map((i): VersionItem => (i[1] === 'pains' ? [i[0], i[1], i[2] - 1, i[3]] : i)),
      linksAfter: [],
      expected: { removed: ['Waiting in line'], unlinked: ['Skip the queue ~ Waiting in line'] }
    },
    {
      name: 'a sticky reworded in place',
      after: base.map((i): VersionItem => (i[0] === 'p2' ? ['p2', 'pains', 2, 'Costs too much'] : i)),
      expected: { reworded: ['Too expensive -> Costs too much'] }
    },
    {
      name: 'a sticky moved to another zone',
      after: base.map((i): VersionItem => (i[0] === 'p3' ? ['p3', 'gains', 2, 'Hard to find'] : i)),
      expected: { moved: ['pains:Hard to find -> gains:Hard to find'] }
    },
    {
      name: 'a sticky moved zones and was reworded at once',
      after: base.map((i): VersionItem => (i[0] === 'p3' ? ['p3', 'jobs', 1, 'Find a bike nearby'] : i)),
      expected: { moved: ['pains:Hard to find -> jobs:Find a bike nearby (reworded)'] }
    },
    {
      name: 'one sticky dragged to the top is one re-rank',
      after: [
        ['p3', 'pains', 1, 'Hard to find'],
        ['p1', 'pains', 2, 'Waiting in line'],
        ['p2', 'pains', 3, 'Too expensive'],
        ...base.filter((i) => i[1] !== 'pains')
      ],
      expected: { reranked: ['Hard to find 3->1'] }
    },
    {
      name: 'a link made',
      after: base,
      linksAfter: [...baseLinks, ['r1', 'p2']],
      expected: { linked: ['Skip the queue ~ Too expensive'] }
    },
    {
      name: 'a link broken',
      after: base,
      linksAfter: [],
      expected: { unlinked: ['Skip the queue ~ Waiting in line'] }
    },
    {
      name: 'a copy with a new id is matched by text: moved, not removed and added',
      after: [...base.filter((i) => i[0] !== 'p1'), ['9:9', 'gains', 2, 'waiting  in line']],
      linksAfter: [],
      expected: {
        moved: ['pains:Waiting in line -> gains:waiting  in line'],
        unlinked: ['Skip the queue ~ Waiting in line']
      }
    },
    {
      name: 'a link kept through a copied sticky is neither made nor broken',
      after: [...base.filter((i) => i[0] !== 'p1'), ['9:9', 'pains', 1, 'Waiting in line']],
      linksAfter: [['r1', '9:9']],
      expected: {}
    },
    {
      name: 'a rank marker added is no rewording',
      after: base.map((i): VersionItem => (i[0] === 'g1' ? ['g1', 'gains', 1, '#1 Feel in control'] : i)),
      expected: {}
    },
    {
      name: 'from unplaced into a zone is a move',
      after: base.map((i): VersionItem => (i[0] === 'g1' ? ['g1', 'unplaced', 1, 'Feel in control'] : i)),
      expected: { moved: ['gains:Feel in control -> unplaced:Feel in control'] }
    }
  ]
  for (const testCase of cases) {
    it(testCase.name, () => {
      expect(summary(base, testCase.after, baseLinks, testCase.linksAfter ?? baseLinks)).toEqual({
        ...none,
        ...testCase.expected
      })
    })
  }

  it('reports the fit, its band, each zone coverage and the evidence-backed fit that changed', () => {
    const before = versionOf(base, baseLinks, {
      score: 40,
      band: 'weak',
      coverage: { jobs: 0, pains: 50, gains: 60 },
      evidenceFit: 10
    })
    const after = versionOf(base, baseLinks, {
      score: 62,
      band: 'target',
      coverage: { jobs: 0, pains: 80, gains: 60 },
      evidenceFit: 30
    })
    const diff = diffVersions(before, after)
    expect(diff.fit).toEqual({
      before: 40,
      after: 62,
      bandBefore: 'weak',
      bandAfter: 'target',
      coverage: [{ zone: 'pains', before: 50, after: 80 }],
      evidence: { before: 10, after: 30 }
    })
    expect(describeDiff(diff).map((line) => line.key)).toEqual([
      'history.fit.up',
      'history.band',
      'history.coverage',
      'history.evidence'
    ])
  })

  const itemArb = fc.tuple(
    fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
    fc.constantFrom(...VERSION_ZONES),
    fc.integer({ min: 1, max: 6 }),
    fc.constantFrom('Late', 'Fast', 'Cheap', 'Safe', 'Late bus')
  )
  const itemsArb = fc.uniqueArray(itemArb, { selector: (item) => item[0], maxLength: 6 })

  it('a version compared with itself has no changes; every sticky is accounted for exactly once', () => {
    fc.assert(
      fc.property(itemsArb, itemsArb, (before, after) => {
        expect(diffIsEmpty(diffVersions(versionOf(before), versionOf(before)))).toBe(true)
        const diff = diffVersions(versionOf(before), versionOf(after))
        const matched = after.length - diff.added.length
        // Every before-sticky is either matched to one after-sticky or removed.
        expect(before.length - diff.removed.length).toBe(matched)
        const changedIds = [...diff.moved, ...diff.reworded].map((c) => c.after.id)
        expect(new Set(changedIds).size).toBe(changedIds.length)
        expect(diff.reranked.length).toBeLessThanOrEqual(matched)
      })
    )
  })
})

describe('describeDiff', () => {
  it('says nothing changed when nothing did', () => {
    expect(describeDiff(diffVersions(versionOf(base), versionOf(base)))).toEqual([
      { key: 'history.nothing', params: {} }
    ])
  })

  it('names a move with rewording in one sentence, with both texts and both zones', () => {
    const after = base.map((i): VersionItem => (i[0] === 'p3' ? ['p3', 'jobs', 1, 'Find a bike nearby'] : i))
    expect(describeDiff(diffVersions(versionOf(base), versionOf(after)))).toContainEqual({
      key: 'history.movedReworded',
      params: { fromZone: 'pains', toZone: 'jobs', before: 'Hard to find', after: 'Find a bike nearby' }
    })
  })

  it('quotes long texts cut with an ellipsis and counts what does not fit in one last line', () => {
    const many: VersionItem[] = Array.from({ length: 80 }, (_, i) => [
      `n${i}`,
      'gains',
      i + 1,
      `${'x'.repeat(70)} ${i}`
    ])
    const lines = describeDiff(diffVersions(versionOf([]), versionOf(many)))
    expect(lines).toHaveLength(40)
    expect(lines[1]?.params.text).toBe(`${'x'.repeat(59)}…`)
    expect(lines[39]).toEqual({ key: 'history.more', params: { count: 80 - 38 } })
  })
})
