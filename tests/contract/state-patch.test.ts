// The panel's state stream: the wire form gives every state back exactly, a patch turns the state before into the
// state after exactly, and stays small when little changed, however big the state is.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Json } from '../../contract/state-patch'
import {
  applyPatch,
  decodeState,
  diff,
  encodeState,
  isPatch,
  StateFollower,
  StateSender
} from '../../contract/state-patch'
import type { PanelState } from '../../contract/messages'
import { createClient } from '../../contract/transport'
import { rankZone } from '../../src/core/ranking'
import { oneCanvas } from '../ui/fixtures'
import type { ReportItem, StickySnapshot } from '../../src/core/types'

const item = fc.record({
  id: fc.string({ maxLength: 6 }),
  text: fc.string({ maxLength: 12 }),
  rank: fc.integer({ min: 0, max: 40 }),
  weight: fc.integer({ min: 0, max: 40 }),
  votes: fc.integer({ min: 0, max: 4 })
})

/** Lists as the ranking makes them (ranks 1..n, weights by position or by votes), and arbitrary ones. */
const ranked = fc
  .tuple(fc.array(fc.record({ text: fc.string({ maxLength: 8 }), votes: fc.nat(3), y: fc.nat(50) }), { maxLength: 12 }), fc.boolean())
  .map(([rows, useVotes]) =>
    rankZone(
      rows.map(
        (r, i): StickySnapshot => ({
          id: `s${i}`,
          text: r.text,
          box: { x: 0, y: r.y, width: 10, height: 10 },
          votes: r.votes,
          stamps: r.votes > 0 ? { '+1': r.votes } : {},
          pluginRole: null
        })
      ),
      useVotes
    )
  )

const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.string({ maxLength: 5 }),
    fc.array(tie('node'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom('a', 'b', 'c', 'rows', 'items'), tie('node'), { maxKeys: 3 }),
    fc.array(item, { maxLength: 5 }),
    ranked
  )
})).node

describe('the wire form of the panel state', () => {
  it('gives every value back exactly', () => {
    fc.assert(
      fc.property(value, (v) => {
        expect(decodeState(JSON.parse(JSON.stringify(encodeState(v))) as Json)).toEqual(v)
      }),
      { numRuns: 500 }
    )
  })

  it('carries a ranked zone without its ranks and weights', () => {
    const zone = ranked.filter((list) => list.length > 3)
    fc.assert(
      fc.property(zone, (list: ReportItem[]) => {
        const wire = JSON.stringify(encodeState(list))
        expect(wire).not.toContain('"rank"')
        expect(wire).not.toContain('"weight"')
      }),
      { numRuns: 100 }
    )
  })
})

describe('state patches', () => {
  it('turn any value into any other exactly, sharing what did not change', () => {
    fc.assert(
      fc.property(value, value, (a, b) => {
        const before = encodeState(a)
        const after = encodeState(b)
        const patch = diff(before, after)
        const wired = patch && (JSON.parse(JSON.stringify(patch)) as unknown)
        if (patch) expect(isPatch(wired)).toBe(true)
        const result = patch ? applyPatch(before, patch) : before
        expect(decodeState(result)).toEqual(b)
      }),
      { numRuns: 1000 }
    )
  })

  it('after one sticky joins a zone of 5,000, the patch is one item, not the zone', () => {
    const stickies = Array.from(
      { length: 5000 },
      (_, i): StickySnapshot => ({
        id: `1:${i}`,
        text: `Pain number ${i}`,
        box: { x: 0, y: i * 10, width: 10, height: 10 },
        votes: 0,
        stamps: {},
        pluginRole: null
      })
    )
    const before = { zones: { pains: rankZone(stickies, false) }, updatedAt: 'a' }
    const joined = [...stickies.slice(0, 2500), { ...stickies[0]!, id: '2:1', text: 'New pain' }, ...stickies.slice(2500)]
    joined[2500] = { ...joined[2500]!, box: { x: 0, y: 24995, width: 10, height: 10 } }
    const after = { zones: { pains: rankZone(joined, false) }, updatedAt: 'b' }
    const patch = diff(encodeState(before), encodeState(after))
    expect(patch).not.toBeNull()
    expect(JSON.stringify(patch).length).toBeLessThan(200)
    expect(decodeState(applyPatch(encodeState(before), patch!))).toEqual(after)
  })
})

describe('the state stream', () => {
  type S = { version: number; n: number[]; label: string }
  it('sends a full state first, then patches the follower applies; nothing when nothing changed', () => {
    const sender = new StateSender<S>()
    const follower = new StateFollower<S>()
    const first = sender.next({ n: [1, 2, 3], label: 'a' })
    expect(first && 'full' in first).toBe(true)
    if (first && 'full' in first) follower.full(first.full)
    expect(sender.next({ n: [1, 2, 3], label: 'a' })).toBeNull()
    const second = sender.next({ n: [1, 2, 3, 4], label: 'a' })
    expect(second && 'patch' in second).toBe(true)
    if (second && 'patch' in second) expect(follower.apply(second.patch)).toEqual({ n: [1, 2, 3, 4], label: 'a', version: 2 })
  })

  it('a missed patch is a gap: the follower gives nothing until the next full state', () => {
    const sender = new StateSender<S>()
    const follower = new StateFollower<S>()
    const first = sender.next({ n: [1], label: 'a' })
    if (first && 'full' in first) follower.full(first.full)
    sender.next({ n: [1, 2], label: 'a' }) // lost on the way
    const third = sender.next({ n: [1, 2, 3], label: 'a' })
    expect(third && 'patch' in third && follower.apply(third.patch)).toBeNull()
    sender.reset()
    const again = sender.next({ n: [1, 2, 3], label: 'b' })
    expect(again && 'full' in again && follower.full(again.full)).toEqual({ n: [1, 2, 3], label: 'b', version: 4 })
  })
})

describe('the state the panel holds after a patch', () => {
  type Z = { version: number; zone: ReportItem[]; label: string }
  const zoneOf = (n: number, edit?: { at: number; text: string }) =>
    rankZone(
      Array.from({ length: n }, (_, i): StickySnapshot => ({
        id: `s${i}`,
        text: edit?.at === i ? edit.text : `Sticky ${i}`,
        box: { x: 0, y: i * 20, width: 10, height: 10 },
        votes: i % 7 === 0 ? 1 : 0,
        stamps: i % 7 === 0 ? { '+1': 1 } : {},
        pluginRole: null
      })),
      false
    )

  it('keeps the item objects a patch did not change, from the full state on (the panel redraws only those rows)', () => {
    const sender = new StateSender<Z>()
    const follower = new StateFollower<Z>()
    const copy = <T,>(message: T): T => structuredClone(message)
    const first = sender.next({ zone: zoneOf(1000), label: 'a' })
    if (!first || !('full' in first)) throw new Error('no full state')
    const shown = follower.full(copy(first.full))
    // One sticky typed into: a new list, one new item, the others as they were on main's side too.
    const typed = zoneOf(1000).map((entry, i) => (i === 500 ? { ...entry, text: 'Typed' } : (first.full.zone[i] as ReportItem)))
    const second = sender.next({ zone: typed, label: 'a' })
    if (!second || !('patch' in second)) throw new Error('no patch')
    const after = follower.apply(copy(second.patch))
    expect(after?.zone).toEqual(typed)
    for (const i of [0, 1, 499, 501, 999]) expect(after?.zone[i]).toBe(shown.zone[i])
    expect(after?.zone[500]).not.toBe(shown.zone[500])
    // And again on the next patch, the edited one included.
    const again = typed.map((entry, i) => (i === 20 ? { ...entry, text: 'Again' } : entry))
    const third = sender.next({ zone: again, label: 'b' })
    if (!third || !('patch' in third)) throw new Error('no patch')
    const later = follower.apply(copy(third.patch))
    expect(later?.zone).toEqual(again)
    expect(later?.zone[500]).toBe(after?.zone[500])
    expect(later?.zone[999]).toBe(shown.zone[999])
    expect(later?.zone[20]?.text).toBe('Again')
  })

  it('gives new objects where ranks or weights moved (a sticky dropped on top of the zone)', () => {
    const sender = new StateSender<Z>()
    const follower = new StateFollower<Z>()
    const first = sender.next({ zone: zoneOf(50), label: 'a' })
    if (!first || !('full' in first)) throw new Error('no full state')
    const shown = follower.full(structuredClone(first.full))
    const top: ReportItem = { id: 'new', text: 'On top', rank: 1, weight: 51, votes: 0 }
    const shifted = [top, ...first.full.zone.map((entry) => ({ ...entry, rank: entry.rank + 1 }))]
    const next = sender.next({ zone: shifted, label: 'a' })
    if (!next || !('patch' in next)) throw new Error('no patch')
    const after = follower.apply(structuredClone(next.patch))
    expect(after?.zone).toEqual(shifted)
    expect(after?.zone[1]).not.toBe(shown.zone[0])
  })
})

describe("the panel's transport", () => {
  const state = (over: Partial<PanelState> = {}): PanelState => ({ ...oneCanvas(), ...over })

  function connect() {
    let deliver: (message: unknown) => void = () => undefined
    const posted: unknown[] = []
    const client = createClient({
      post: (message) => posted.push(message),
      receive: (listener) => ((deliver = listener), () => undefined)
    })
    const shown: PanelState[] = []
    client.on('STATE', (s) => shown.push(s))
    return { client, deliver, posted, shown }
  }

  it('shows each patched state; after a gap asks for the full state once and keeps the last one shown', () => {
    const { client, deliver, posted, shown } = connect()
    const sender = new StateSender<PanelState>()
    const send = (s: PanelState) => {
      const { version: _v, ...rest } = s
      const next = sender.next(rest)
      if (next && 'full' in next) deliver(['STATE', next.full])
      else if (next) deliver(['STATE_PATCH', next.patch])
      return next
    }
    send(state())
    send(state({ hasBmc: true }))
    expect(shown.map((s) => s.hasBmc)).toEqual([false, true])
    expect(client.lastState()?.hasBmc).toBe(true)
    const lost = sender.next({ ...state({ updatedAt: 'lost' }), version: undefined } as never)
    expect(lost && 'patch' in lost).toBe(true)
    send(state({ updatedAt: 'after the gap' }))
    send(state({ updatedAt: 'and another' }))
    expect(shown).toHaveLength(2)
    expect(posted.filter((m) => Array.isArray(m) && m[0] === 'UI_READY')).toHaveLength(1)
    sender.reset()
    send(state({ updatedAt: 'full again' }))
    expect(shown.at(-1)?.updatedAt).toBe('full again')
    client.stop()
  })

  it('ignores a patch that is not one', () => {
    const { client, deliver, shown } = connect()
    deliver(['STATE_PATCH', { base: 1, version: 2, patch: { x: 1 } }])
    expect(shown).toEqual([])
    client.stop()
  })
})
