import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { withoutRankMarker } from '../../contract/rank-marker'
import {
  compareReadingOrder,
  rankMarkerOf,
  rankUnplaced,
  rankZone,
  votesDecide
} from '../../src/core/ranking'
import { netVotes, STAMP_KINDS, STAMP_VOTE, stampVote } from '../../contract/vocabulary'
import type { StickySnapshot } from '../../src/core/types'

/** A 200 px sticky centred at (x, y). */
function sticky(id: string, text: string, x: number, y: number, votes = 0): StickySnapshot {
  return {
    id,
    text,
    box: { x: x - 100, y: y - 100, width: 200, height: 200 },
    votes,
    stamps: votes > 0 ? { '+1': votes } : {},
    pluginRole: null
  }
}

describe('rankMarkerOf: `1.`, `1)` or `#1` followed by a space at the start', () => {
  const cases: Array<[string, number | null]> = [
    ['1. Book a class', 1],
    ['2) Find a slot', 2],
    ['#3 Track progress', 3],
    ['10. Tenth', 10],
    ['007. Leading zeros', 7],
    ['  4. Indented', 4],
    ['5.\tTab after the marker', 5],
    ['6.\nLine break after the marker', 6],
    ['1.Book', null],
    ['#1st priority', null],
    ['1.5 kg too heavy', null],
    ['1.', null],
    ['#', null],
    ['Book 1. later', null],
    ['1 Book', null],
    ['1: Book', null],
    ['-1. Negative', null],
    ['', null]
  ]
  it.each(cases)('%j -> %s', (text, expected) => {
    expect(rankMarkerOf(text)).toBe(expected)
  })

  it('gives what the marker expression alone gives on any text (the first-letter shortcut changes nothing)', () => {
    const marker = /^\s*(?:(\d+)[.)]|#(\d+))\s/
    const start = fc.constantFrom('', ' ', '\u00a0', '\t', '#', '1', '12', '1.', '3)', 'A', 'z', 'Ö', '@', '[', '`', '{')
    const text = fc.tuple(start, fc.constantFrom('', ' ', '.', ') ', '. ', '\n'), fc.string()).map((parts) => parts.join(''))
    fc.assert(
      fc.property(fc.oneof(text, fc.string()), (value) => {
        const match = marker.exec(value)
        const digits = match ? (match[1] ?? match[2]) : undefined
        expect(rankMarkerOf(value)).toBe(digits === undefined ? null : Number(digits))
        expect(withoutRankMarker(value)).toBe(match ? value.slice(match[0].length).trimStart() : value)
      }),
      { numRuns: 2000 }
    )
  })
})

describe('compareReadingOrder: top first, then left first', () => {
  it.each([
    ['higher on the page comes first', sticky('a', '', 900, 100), sticky('b', '', 100, 200), -1],
    ['same height: further left comes first', sticky('a', '', 500, 100), sticky('b', '', 100, 100), 1],
    [
      'same centre: the id decides, so input order never matters',
      sticky('a', '', 100, 100),
      sticky('b', '', 100, 100),
      -1
    ]
  ] as const)('%s', (_name, a, b, sign) => {
    expect(Math.sign(compareReadingOrder(a, b))).toBe(sign)
    expect(Math.sign(compareReadingOrder(b, a))).toBe(-sign)
  })

  it('reads the centre, not the top edge: a tall sticky starting higher can come later', () => {
    const tall: StickySnapshot = { ...sticky('tall', '', 0, 0), box: { x: 0, y: 0, width: 200, height: 600 } } // centre y 300
    const small = sticky('small', '', 500, 200) // top edge 100, centre y 200
    expect(compareReadingOrder(small, tall)).toBeLessThan(0)
  })
})

const ids = (items: Array<{ id: string }>): string[] => items.map((i) => i.id)

describe('rankZone without votes', () => {
  it('marked stickies come first in marker order, the rest follow in reading order', () => {
    const stickies = [
      sticky('plain-low', 'Plain, low', 100, 900),
      sticky('m10', '10. Ten', 100, 100),
      sticky('m2', '2) Two', 100, 500),
      sticky('plain-high', 'Plain, high', 100, 50),
      sticky('m1', '#1 One', 900, 900),
      sticky('not-a-marker', '3.Three', 100, 60)
    ]
    const ranked = rankZone(stickies, false)
    expect(ids(ranked)).toEqual(['m1', 'm2', 'm10', 'plain-high', 'not-a-marker', 'plain-low'])
    expect(ranked.map((i) => i.rank)).toEqual([1, 2, 3, 4, 5, 6])
    expect(ranked.map((i) => i.weight)).toEqual([6, 5, 4, 3, 2, 1])
  })

  it('`10.` sorts after `9.`: markers compare as numbers, not text', () => {
    expect(ids(rankZone([sticky('ten', '10. a', 0, 0), sticky('nine', '9. b', 0, 100)], false))).toEqual([
      'nine',
      'ten'
    ])
  })

  it('equal markers keep reading order between them', () => {
    const ranked = rankZone(
      [
        sticky('low', '1. low', 0, 500),
        sticky('right', '1. right', 800, 100),
        sticky('left', '1. left', 0, 100)
      ],
      false
    )
    expect(ids(ranked)).toEqual(['left', 'right', 'low'])
  })

  it('unmarked stickies at the same height read left to right', () => {
    const ranked = rankZone(
      [sticky('c', 'c', 900, 100), sticky('a', 'a', 100, 100), sticky('b', 'b', 500, 100)],
      false
    )
    expect(ids(ranked)).toEqual(['a', 'b', 'c'])
  })

  it('the order does not depend on the order the stickies were read in', () => {
    const stickies = [
      sticky('a', '2. a', 0, 0),
      sticky('b', 'b', 0, 0),
      sticky('c', 'c', 0, 0),
      sticky('d', '2. d', 0, 0)
    ]
    const expected = ids(rankZone(stickies, false))
    expect(expected).toEqual(['a', 'd', 'b', 'c'])
    expect(ids(rankZone(stickies.slice().reverse(), false))).toEqual(expected)
  })

  it('stamps on a sticky are reported but do not reorder when votes do not decide', () => {
    const ranked = rankZone([sticky('top', 'top', 0, 0), sticky('voted', 'voted', 0, 500, 4)], false)
    expect(ids(ranked)).toEqual(['top', 'voted'])
    expect(ranked[1]).toEqual({
      id: 'voted',
      text: 'voted',
      rank: 2,
      weight: 1,
      votes: 4,
      stamps: { '+1': 4 }
    })
  })

  it('an empty zone ranks to nothing', () => {
    expect(rankZone([], false)).toEqual([])
    expect(rankZone([], true)).toEqual([])
  })
})

describe('rankZone with votes', () => {
  it('weight = 1 + stamps and the ranking is by weight, heaviest first', () => {
    const ranked = rankZone(
      [sticky('a', 'a', 0, 0, 1), sticky('b', 'b', 0, 100, 5), sticky('c', 'c', 0, 200, 0)],
      true
    )
    expect(ranked.map((i) => [i.id, i.rank, i.weight, i.votes])).toEqual([
      ['b', 1, 6, 5],
      ['a', 2, 2, 1],
      ['c', 3, 1, 0]
    ])
  })

  it('equal votes fall back to markers, then reading order', () => {
    const ranked = rankZone(
      [
        sticky('plain-top', 'plain', 0, 0, 2),
        sticky('marked-2', '2. two', 0, 900, 2),
        sticky('marked-1', '1. one', 0, 800, 2),
        sticky('plain-mid', 'plain', 0, 400, 2),
        sticky('loud', 'loud', 0, 1000, 3)
      ],
      true
    )
    expect(ids(ranked)).toEqual(['loud', 'marked-1', 'marked-2', 'plain-top', 'plain-mid'])
    expect(ranked.map((i) => i.weight)).toEqual([4, 3, 3, 3, 3])
  })

  it('votes beat markers: a `1.` sticky with fewer stamps ranks lower', () => {
    expect(
      ids(rankZone([sticky('first', '1. first', 0, 0, 0), sticky('voted', 'voted', 0, 500, 1)], true))
    ).toEqual(['voted', 'first'])
  })
})

describe('votesDecide: any stamp in the customer profile switches to votes', () => {
  it.each([
    [[0, 0, 0], false],
    [[0, 1, 0], true],
    [[3], true],
    [[], false]
  ])('votes %j -> %s', (votes, expected) => {
    expect(votesDecide(votes.map((v, i) => sticky(`s${i}`, '', 0, i * 100, v)))).toBe(expected)
  })
})

describe('rankUnplaced', () => {
  it('ranks in reading order only, weight 1 each, votes kept, markers ignored', () => {
    const ranked = rankUnplaced([sticky('b', '1. b', 0, 500, 2), sticky('a', '9. a', 0, 100, 0)])
    expect(ranked).toEqual([
      { id: 'a', text: '9. a', rank: 1, weight: 1, votes: 0 },
      { id: 'b', text: '1. b', rank: 2, weight: 1, votes: 2, stamps: { '+1': 2 } }
    ])
  })
})

/** A sticky with these stamps (by FigJam name); its net votes follow from them as the adapter computes them. */
function stamped(id: string, y: number, stamps: Record<string, number>): StickySnapshot {
  return { ...sticky(id, id, 0, y), stamps, votes: netVotes(stamps) }
}

describe('stamp kinds', () => {
  it('+1, Dot, Heart, Star and Thumbs up count for; Thumbs down against; Question and Profile are no votes', () => {
    expect(STAMP_KINDS.map((kind) => [kind, STAMP_VOTE[kind]])).toEqual([
      ['+1', 1],
      ['Dot', 1],
      ['Heart', 1],
      ['Profile', 0],
      ['Question', 0],
      ['Star', 1],
      ['Thumbs down', -1],
      ['Thumbs up', 1]
    ])
    expect(netVotes({ 'Thumbs up': 2, 'Thumbs down': 3, Question: 4 })).toBe(-1)
    // A stamp FigJam does not document (renamed, or new) still counts as a vote, as all stamps once did.
    expect(stampVote('Rocket')).toBe(1)
  })

  it('question marks and profiles do not switch the customer profile to vote ranking', () => {
    expect(votesDecide([stamped('a', 0, { Question: 3 }), stamped('b', 100, { Profile: 1 })])).toBe(false)
    expect(votesDecide([stamped('a', 0, { Question: 3 }), stamped('b', 100, { 'Thumbs down': 1 })])).toBe(
      true
    )
  })

  it('a thumbs-down ranks a sticky below one without votes, and its weight stays 1', () => {
    const ranked = rankZone(
      [
        stamped('down', 0, { 'Thumbs down': 2 }),
        stamped('none', 100, {}),
        stamped('up', 200, { 'Thumbs up': 1, Heart: 1 })
      ],
      true
    )
    expect(ranked.map((item) => [item.id, item.weight, item.votes])).toEqual([
      ['up', 3, 2],
      ['none', 1, 0],
      ['down', 1, 0]
    ])
    expect(ranked[2]!.stamps).toEqual({ 'Thumbs down': 2 })
  })

  it('a question mark does not weigh a sticky', () => {
    const ranked = rankZone([stamped('plain', 0, {}), stamped('asked', 100, { Question: 5 })], true)
    expect(ranked.map((item) => [item.id, item.weight])).toEqual([
      ['plain', 1],
      ['asked', 1]
    ])
  })
})
