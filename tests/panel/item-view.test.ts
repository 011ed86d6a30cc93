// The panel gets the open canvas without its sticky lists, and only the lists it says it shows (VIEW_ITEMS),
// windowed; main follows edits to them in the usual patches. Sizes are JSON bytes, as the bench counts them.
import { describe, expect, it } from 'vitest'
import type { PanelState } from '../../contract/messages'
import { FIT_LIST_FIRST, LIST_WINDOW } from '../../contract/limits'
import { insertVpcAsync } from '../../src/commands/insert-vpc-async'
import { takeSnapshot } from '../../src/adapter/snapshot'
import { analyzeBoard } from '../../src/core/analyze'
import { useFake } from '../adapter/harness'
import { canvasSections, dropSticky, pointInZone } from '../adapter/helpers'
import { PanelDriver, settle } from '../adapter/reliability/panel'

const PER_ZONE = 130

/** One canvas with `PER_ZONE` stickies in each zone and no links: every customer sticky is unaddressed. */
async function bigCanvasAsync(): Promise<{ section: SectionNode; pains: StickyNode[] }> {
  await insertVpcAsync({ segment: 'Commuters', product: 'Night bus app', locale: 'en' })
  const section = canvasSections()[0]!
  const pains: StickyNode[] = []
  for (const zone of ['jobs', 'pains', 'gains', 'products', 'painRelievers', 'gainCreators'] as const) {
    const middle = pointInZone(section, zone, 0.6)
    for (let i = 0; i < PER_ZONE; i++) {
      // Centres on a tight grid around the zone's middle: every one in the zone, reading order = index.
      const point = { x: middle.x + (i % 10) * 12 - 54, y: middle.y + Math.floor(i / 10) * 12 - 78 }
      const sticky = dropSticky(`${zone} ${i}: waiting for the night bus in the rain`, point)
      if (zone === 'pains') pains.push(sticky)
    }
  }
  await useFake().flush()
  return { section, pains }
}

const bytes = (value: unknown) => JSON.stringify(value).length

function firstState(panel: PanelDriver): PanelState {
  const first = panel.received.find(([name]) => name === 'STATE')
  if (!first) throw new Error('no first state')
  return first[1] as PanelState
}

describe('the first state', () => {
  it('carries no zone lists, only the Fit tab’s lists windowed, and is a fraction of the whole analysis', async () => {
    const fake = useFake()
    await bigCanvasAsync()
    const panel = await PanelDriver.openAsync(fake, { view: null })
    const state = firstState(panel)
    const active = state.active!
    expect(active.analysis).toBeUndefined()
    expect(Object.keys(active.lists).sort()).toEqual(
      [
        'orphans.gainCreators',
        'orphans.painRelievers',
        'orphans.products',
        'unaddressed.gains',
        'unaddressed.jobs',
        'unaddressed.pains',
        'unplaced'
      ].sort()
    )
    // Each of the Fit tab's lists opens on its first FIT_LIST_FIRST stickies.
    for (const window of Object.values(active.lists))
      expect(window.items.length).toBeLessThanOrEqual(FIT_LIST_FIRST)
    expect(active.lists['unaddressed.pains']).toMatchObject({ total: PER_ZONE, shown: FIT_LIST_FIRST })
    expect(active.lists['unaddressed.pains']!.items).toHaveLength(FIT_LIST_FIRST)
    expect(active.view.counts).toMatchObject({
      jobs: PER_ZONE,
      pains: PER_ZONE,
      products: PER_ZONE,
      unplaced: 0
    })
    expect(active.view.attention).toMatchObject({ jobs: PER_ZONE, products: PER_ZONE })
    const whole = analyzeBoard(takeSnapshot(figma.currentPage), 'x')[0]!
    // The whole analysis went out before: 780 stickies' rows, where the windows hold 600 of them at most.
    expect(bytes(state)).toBeLessThan(bytes(whole) * 0.8)
  })

  it('opens on the zone of a selected sticky: that zone’s list, with the sticky in it however far down', async () => {
    const fake = useFake()
    const { pains } = await bigCanvasAsync()
    const far = pains[PER_ZONE - 1]!
    fake.user.select([far])
    const panel = await PanelDriver.openAsync(fake, { view: null })
    const active = firstState(panel).active!
    expect(Object.keys(active.lists)).toEqual(['zone.pains'])
    const window = active.lists['zone.pains']!
    expect(window).toMatchObject({ total: PER_ZONE, shown: LIST_WINDOW })
    expect(window.items).toHaveLength(LIST_WINDOW + 1)
    expect(window.items.at(-1)?.id).toBe(far.id)
  })
})

describe('VIEW_ITEMS', () => {
  it('sends the lists asked for, once each, answered with the state that holds them, and follows an edit', async () => {
    const fake = useFake()
    const { pains } = await bigCanvasAsync()
    const panel = await PanelDriver.openAsync(fake, { view: null })
    const requestId = 'view-1'
    const answers = await panel.sendRawAsync([
      'VIEW_ITEMS',
      { requestId, view: { lists: [{ key: 'zone.pains', shown: 2 * LIST_WINDOW }], full: false } }
    ])
    expect(answers).toEqual([{ requestId, ok: true, message: '' }])
    const done = panel.received.find(
      ([name, payload]) => name === 'DONE' && (payload as { requestId: string }).requestId === requestId
    )
    const state = panel.state!
    expect((done?.[1] as { result: unknown }).result).toEqual({ version: state.version })
    expect(Object.keys(state.active!.lists)).toEqual(['zone.pains'])
    expect(state.active!.lists['zone.pains']!.items).toHaveLength(PER_ZONE)
    // An edit of one pain: one patch, a row long, and the window shows it.
    const before = panel.received.length
    fake.user.typeInto(pains[7]!, 'Waiting for the night bus, soaked')
    await settle(fake)
    const sent = panel.received.slice(before)
    expect(sent.map(([name]) => name)).toEqual(['STATE_PATCH'])
    expect(bytes(sent[0])).toBeLessThan(400)
    expect(
      panel.state!.active!.lists['zone.pains']!.items.find((item) => item.id === pains[7]!.id)?.text
    ).toBe('Waiting for the night bus, soaked')
  })

  it('sends the whole analysis only while asked for it', async () => {
    const fake = useFake()
    await bigCanvasAsync()
    const panel = await PanelDriver.openAsync(fake, { view: null })
    await panel.requestAsync('VIEW_ITEMS', { view: { lists: [], full: true } })
    expect(panel.state!.active!.analysis?.report.zones.pains).toHaveLength(PER_ZONE)
    expect(panel.state!.active!.lists).toEqual({})
    await panel.requestAsync('VIEW_ITEMS', {
      view: { lists: [{ key: 'unplaced', shown: LIST_WINDOW }], full: false }
    })
    expect(panel.state!.active!.analysis).toBeUndefined()
    expect(Object.keys(panel.state!.active!.lists)).toEqual(['unplaced'])
  })

  it.each([
    [{ lists: [{ key: 'zone.nowhere', shown: 10 }], full: false }, 'must be the name of a sticky list'],
    [{ lists: [{ key: 'zone.pains', shown: 0 }], full: false }, 'must be at least 1'],
    [{ lists: [{ key: 'zone.pains', shown: 2.5 }], full: false }, 'must be a whole number of stickies'],
    [
      {
        lists: [
          { key: 'zone.pains', shown: 10 },
          { key: 'zone.pains', shown: 20 }
        ],
        full: false
      },
      'must name each list once'
    ],
    [{ lists: [{ key: 'zone.pains', shown: 10, extra: 1 }], full: false }, ''],
    [{ lists: [] }, 'full'],
    [null, '']
  ])('refuses a malformed view (%j) with a clear error and changes nothing', async (view, words) => {
    const fake = useFake()
    const { pains } = await bigCanvasAsync()
    const panel = await PanelDriver.openAsync(fake, { view: null })
    const held = panel.state!
    const received = panel.received.length
    const answers = await panel.sendRawAsync(['VIEW_ITEMS', { requestId: 'bad', view }])
    expect(answers).toHaveLength(1)
    expect(answers[0]).toMatchObject({ requestId: 'bad', ok: false })
    expect(answers[0]!.message).toContain(words)
    expect(answers[0]!.message).not.toMatch(/valibot|undefined|\[object/)
    // Only the answer: no state, and the lists are the ones held before (an edit still follows them).
    expect(panel.received.slice(received).map(([name]) => name)).toEqual(['DONE'])
    fake.user.typeInto(pains[0]!, 'Still waiting')
    await settle(fake)
    expect(Object.keys(panel.state!.active!.lists)).toEqual(Object.keys(held.active!.lists))
    expect(panel.state!.active!.itemView).toEqual(held.active!.itemView)
  })
})

describe('a sticky list follows the board', () => {
  it('a sticky dropped into an unaddressed list shows up in its window and count', async () => {
    const fake = useFake()
    const { section } = await bigCanvasAsync()
    const panel = await PanelDriver.openAsync(fake, { view: null })
    dropSticky('Missed the last bus', pointInZone(section, 'jobs', 0.1))
    await settle(fake)
    const active = panel.state!.active!
    expect(active.view.counts.jobs).toBe(PER_ZONE + 1)
    expect(active.lists['unaddressed.jobs']!.total).toBe(PER_ZONE + 1)
    const truth = analyzeBoard(takeSnapshot(figma.currentPage), 'x')[0]!.report
    const firstJobs = truth.zones.jobs.slice(0, FIT_LIST_FIRST).map((item) => item.id)
    expect(active.lists['unaddressed.jobs']!.items.map((item) => item.id)).toEqual(firstJobs)
  })
})
