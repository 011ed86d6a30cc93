/**
 * Live updates: what the open panel shows after people edit the board (read change by change by the LiveBoard)
 * equals what a check of the whole board finds. Each case is an edit the incremental path has to follow.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { reportWithoutTime } from '../../../src/core/analyze'
import { useFake } from '../harness'
import { differences, oracle, partOf, zonePoint } from './board'
import { smallCanvas } from './canvas'
import { PanelDriver, settle } from './panel'

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
})

afterEach(() => {
  vi.useRealTimers()
})

/** The panel's active report against a from-scratch analysis of the board. */
function panelAgrees(panel: PanelDriver): void {
  const active = panel.state?.active
  expect(active).toBeTruthy()
  const truth = oracle().find((canvas) => canvas.report.canvas.id === active?.canvasId)
  expect(differences(reportWithoutTime(active!.analysis!.report), truth?.report)).toEqual([])
  expect(panel.state?.canvases.map((c) => c.damaged)).toEqual(oracle().map((c) => c.damaged))
}

describe('live updates agree with a full check', () => {
  it('two connectors between the same stickies, one deleted and undone: the same link as a full check', async () => {
    const fake = useFake()
    const canvas = await smallCanvas(fake)
    const panel = await PanelDriver.openAsync(fake)
    const [a, b] = [canvas.sticky['Get to work on time']!, canvas.sticky['Stay fit']!]
    const first = fake.user.connect(b, a)
    fake.user.connect(a, b)
    await settle(fake)
    panelAgrees(panel)
    // Undo puts the first connector back where it was on the page; the panel reads it as a new one.
    fake.user.delete([first.id])
    await settle(fake)
    fake.undo.undo()
    await settle(fake)
    panelAgrees(panel)
  })

  it.each([
    ['a canvas moved', (f: ReturnType<typeof useFake>, id: string) => f.user.move(id, -9000, 4000)],
    ['a canvas resized', (f: ReturnType<typeof useFake>, id: string) => f.user.resize(id, 3000, 2000)],
    [
      'a circle deleted',
      (f: ReturnType<typeof useFake>, id: string) => f.user.delete([partOf(f, id, 'customerProfile')!.id])
    ],
    [
      'a square moved out',
      (f: ReturnType<typeof useFake>, id: string) => f.user.move(partOf(f, id, 'valueMap')!.id, -9000, -9000)
    ],
    [
      'a circle shrunk',
      (f: ReturnType<typeof useFake>, id: string) =>
        f.user.resize(partOf(f, id, 'customerProfile')!.id, 900, 900)
    ],
    [
      'a canvas copy-pasted over itself',
      (f: ReturnType<typeof useFake>, id: string) =>
        void f.user.duplicate([id], { offset: { x: 900, y: 300 } })
    ]
  ])('%s, then undone: the panel follows', async (_edit, edit) => {
    const fake = useFake()
    const canvas = await smallCanvas(fake)
    const panel = await PanelDriver.openAsync(fake)
    edit(fake, canvas.id)
    await settle(fake)
    panelAgrees(panel)
    fake.undo.undo()
    await settle(fake)
    panelAgrees(panel)
  })

  it('stickies grouped, stamped and dragged into another zone: the panel follows', async () => {
    const fake = useFake()
    const canvas = await smallCanvas(fake)
    const panel = await PanelDriver.openAsync(fake)
    const group = fake.user.group([canvas.sticky['Rain']!, canvas.sticky['Bikes are never there']!])
    fake.user.stamp(canvas.sticky['Rain']!, undefined, { remote: true })
    await settle(fake)
    panelAgrees(panel)
    const target = zonePoint(fake, canvas.id, 'jobs', 0.5)!
    fake.user.move(group.id, target.x - 120, target.y - 120, { remote: true })
    await settle(fake)
    panelAgrees(panel)
    expect(panel.state?.active?.analysis?.report.zones.jobs.map((item) => item.text)).toContain('Rain')
  })
})
