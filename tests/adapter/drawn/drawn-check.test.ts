// Check fit on a canvas people drew: scoped to that drawing (the same report as a read of the page, at the cost of
// the drawing), and the fit card beside the drawing, never on it: drawn, updated in place, left alone once edited,
// undone with the check. Nothing people drew changes (node by node).
import { describe, expect, it } from 'vitest'
import { LiveBoard } from '../../../src/adapter/live-board'
import { readStoredReport } from '../../../src/adapter/stored-report'
import { takeSnapshot } from '../../../src/adapter/snapshot'
import { takeDrawnCanvasSnapshotAsync } from '../../../src/adapter/canvas-snapshot'
import { adoptCanvasAsync } from '../../../src/commands/adopt-canvas-async'
import { checkFitAsync } from '../../../src/commands/check-fit-async'
import { insertVpcAsync } from '../../../src/commands/insert-vpc-async'
import { setFitCardAsync } from '../../../src/commands/set-fit-card-async'
import { analyzeBoard } from '../../../src/core/analyze'
import { overlaps } from '../../../src/core/layout/placement'
import type { FitReport, Rect } from '../../../src/core/types'
import { runCommandAsync } from '../../../src/run/run-command'
import type { InspectedNode } from '../../../fake'
import { useFake } from '../harness'
import { dropSticky } from '../helpers'
import type { Built, Drawing } from './drawings'
import { DANISH, drawSixBoxes, drawSquareAndCircle, ENGLISH, fill, SWEDISH } from './drawings'

const DRAWINGS: Array<[string, () => Promise<Drawing>]> = [
  ['square and circle in a section', () => drawSquareAndCircle({ labels: ENGLISH, container: 'section' })],
  ['with dividers', () => drawSquareAndCircle({ labels: ENGLISH, container: 'section', dividers: true })],
  ['a six-box grid', () => drawSixBoxes(ENGLISH)],
  ['in a group', () => drawSquareAndCircle({ labels: SWEDISH, container: 'group', labelStyle: 'shape' })],
  [
    'loose nodes',
    () => drawSquareAndCircle({ labels: DANISH, container: 'none', labelStyle: 'sticky', dividers: true })
  ]
]

const CARD = 'fit-card'

async function adoptedAsync(draw: () => Promise<Drawing>): Promise<Built> {
  const built = fill(await draw())
  figma.currentPage.selection = built.selection
  const adopted = await runCommandAsync('en', () => adoptCanvasAsync({ locale: 'en' }))
  expect(adopted.ok).toBe(true)
  figma.currentPage.selection = []
  return built
}

const check = (canvasId: string | null) =>
  runCommandAsync('en', () => checkFitAsync({ canvasId, locale: 'en' }))

function storedReport(node: SceneNode): FitReport {
  const stored = readStoredReport(node)
  if (!stored.ok) throw new Error('no report stored')
  return JSON.parse(stored.json) as FitReport
}

const withoutTime = (report: FitReport) => ({ ...report, checkedAt: '' })

/** Every node but the plugin's fit cards, as people see it (plugin data aside). */
function peoplesNodes(): Map<string, string> {
  const visible = new Map<string, string>()
  for (const node of useFake().inspect.nodes()) {
    if (node.sharedPluginData.vpcfit?.role === CARD) continue
    const { pluginData: _p, sharedPluginData: _s, relaunchData: _r, ...rest } = node
    visible.set(node.id, JSON.stringify(rest))
  }
  return visible
}

const cards = (): InspectedNode[] => useFake().inspect.nodes().filter((node) => node.sharedPluginData.vpcfit?.role === CARD)

function rect(box: Rect): Rect {
  return { x: box.x, y: box.y, width: box.width, height: box.height }
}

describe('check fit scoped to one adopted canvas', () => {
  it.each(DRAWINGS)('%s: the same report as a read of the page', async (_name, draw) => {
    const built = await adoptedAsync(draw)
    // Another adopted drawing and one of the plugin's canvases elsewhere on the page, with stickies of their own.
    await insertVpcAsync({ segment: 'Other', product: 'Thing', locale: 'en' })
    dropSticky('far away', { x: 60_000, y: 60_000 })
    const page = figma.currentPage
    const now = '2026-12-01T10:00:00.000Z'
    const full = analyzeBoard(takeSnapshot(page), now).find((a) => a.report.canvas.id === built.anchor.id)
    const scoped = await takeDrawnCanvasSnapshotAsync(page, built.anchor.id)
    expect(scoped).not.toBeNull()
    const one = analyzeBoard(scoped!, now).find((a) => a.report.canvas.id === built.anchor.id)
    expect(one?.report).toEqual(full?.report)
    expect(one?.lostZones).toEqual(full?.lostZones)
    // And check fit stores exactly that report.
    expect((await check(built.anchor.id)).ok).toBe(true)
    expect(withoutTime(storedReport(built.anchor))).toEqual(withoutTime(full!.report))
  })

  it('reads the drawing, not the page: stickies elsewhere are never read', async () => {
    const fake = useFake()
    const built = await adoptedAsync(() =>
      drawSquareAndCircle({ labels: ENGLISH, container: 'none', dividers: true })
    )
    // 200 stickies far from the drawing.
    for (let i = 0; i < 200; i++) dropSticky(`elsewhere ${i}`, { x: 50_000 + (i % 20) * 300, y: 50_000 + i * 10 })
    await fake.flush()
    fake.counter.reset()
    expect((await check(built.anchor.id)).ok).toBe(true)
    // The drawing's 14 stickies (12 in zones, 2 unplaced), each read once.
    expect(fake.counter.readsByProperty['STICKY.text.getStyledTextSegments']).toBe(14)
    fake.counter.reset()
    expect((await check(null)).ok).toBe(true)
    // The whole page: every sticky.
    expect(fake.counter.readsByProperty['STICKY.text.getStyledTextSegments']).toBe(214)
  })
})

describe('the fit card of a canvas people drew', () => {
  it.each(DRAWINGS)('%s: beside the drawing, in one undo step, nothing drawn changes', async (_name, draw) => {
    const fake = useFake()
    const built = await adoptedAsync(draw)
    const before = peoplesNodes()
    const steps = fake.undo.steps
    expect((await check(built.anchor.id)).ok).toBe(true)
    expect(fake.undo.steps).toBe(steps + 1)
    expect(peoplesNodes()).toEqual(before)
    const [card, ...more] = cards()
    expect(more).toEqual([])
    expect(card?.locked).toBe(true)
    expect(card?.text).toMatch(/^(Fit 56%|Matchning 56\u00a0%|Match 56\u00a0%) · /)
    // Never on anything: not on the drawing, not on a sticky, not on any other node.
    for (const node of fake.inspect.nodes()) {
      if (node.id === card!.id || node.type === 'PAGE' || node.id === card!.parentId) continue
      expect(overlaps(rect(card!.box), rect(node.box)), `${node.type} ${node.name}`).toBe(false)
    }
    // Never in a group (it would stretch it) and never inside the drawing's own root.
    const parent = fake.inspect.node(card!.parentId!)
    expect(card!.parentId === fake.inspect.currentPageId || parent?.type === 'SECTION').toBe(true)
    expect(card!.parentId).not.toBe(built.anchor.id)
    // Undo takes the card back with the check.
    expect(fake.undo.undo()).toBe(true)
    expect(cards()).toEqual([])
    expect(peoplesNodes()).toEqual(before)
  })

  it('is updated in place on the next check, left alone once a person edits it, and can be turned off', async () => {
    const fake = useFake()
    const built = await adoptedAsync(() => drawSquareAndCircle({ labels: ENGLISH, container: 'group' }))
    await check(built.anchor.id)
    const [first] = cards()
    const top = built.stickies.jobs[1]
    fake.user.connect(built.stickies.products[1], top)
    await check(built.anchor.id)
    const [again, ...more] = cards()
    expect(more).toEqual([])
    expect(again?.id).toBe(first?.id)
    expect(again?.box).toEqual(first?.box)
    expect(again?.text).not.toBe(first?.text)
    // A person writes on it: theirs from now on, never drawn again.
    fake.user.typeInto(again!.id, 'Our own note')
    await check(built.anchor.id)
    expect(cards().map((card) => card.text)).toEqual(['Our own note'])
    // Turned on again: the team's card stays theirs, a new one is drawn beside it.
    await runCommandAsync('en', () => setFitCardAsync({ canvasId: built.anchor.id, on: true, locale: 'en' }))
    const now = cards()
    expect(now).toHaveLength(1)
    expect(now[0]?.text).toMatch(/^Fit \d+% · /)
    expect(fake.inspect.nodes().some((node) => node.text === 'Our own note')).toBe(true)
    // Off: the plugin's card goes, nothing else does.
    const before = peoplesNodes()
    await runCommandAsync('en', () => setFitCardAsync({ canvasId: built.anchor.id, on: false, locale: 'en' }))
    expect(cards()).toEqual([])
    expect(peoplesNodes()).toEqual(before)
    await check(built.anchor.id)
    expect(cards()).toEqual([])
  })

  it('a deleted card is not drawn again', async () => {
    const fake = useFake()
    const built = await adoptedAsync(() => drawSixBoxes(ENGLISH))
    await check(built.anchor.id)
    fake.user.delete([cards()[0]!.id])
    await check(built.anchor.id)
    expect(cards()).toEqual([])
  })
})

describe('the live board and adoptions', () => {
  it('follows a drawing adopted onto a header sticky (no shape left to hold it)', async () => {
    const fake = useFake()
    const built = fill(
      await drawSquareAndCircle({ labels: DANISH, container: 'none', labelStyle: 'sticky' })
    )
    // The square and the circle go: only the six header stickies and the team's stickies are left.
    fake.user.delete([built.anchor.id])
    fake.user.delete([built.selection[1]!.id])
    await fake.flush()
    const live = new LiveBoard(figma.currentPage)
    live.readAll()
    const follow = (event: NodeChangeEvent) => live.apply(event.nodeChanges)
    figma.currentPage.on('nodechange', follow)
    figma.currentPage.selection = Object.values(built.labels)
    const adopted = await runCommandAsync('en', () => adoptCanvasAsync({ locale: 'en' }))
    await fake.flush()
    figma.currentPage.off('nodechange', follow)
    expect(adopted.ok).toBe(true)
    const now = '2026-12-01T10:00:00.000Z'
    const truth = analyzeBoard(takeSnapshot(figma.currentPage), now).map((a) => a.report)
    expect(truth).toHaveLength(1)
    expect(analyzeBoard(live.snapshot(), now).map((a) => a.report)).toEqual(truth)
  })
})

describe('check fit of a plugin canvas a drawing overlaps', () => {
  it('stores the report a read of the page gives (stickies there belong where a full read puts them)', async () => {
    const fake = useFake()
    const built = await adoptedAsync(() => drawSquareAndCircle({ labels: ENGLISH, container: 'section' }))
    await insertVpcAsync({ segment: 'Other', product: 'Thing', locale: 'en' })
    const own = fake.inspect.nodes().find((n) => n.sharedPluginData.vpcfit?.role === 'vpc-canvas')!
    // The drawing dragged half onto the plugin's canvas.
    fake.user.move(built.anchor.id, own.box.x + own.box.width / 3, own.box.y)
    await fake.flush()
    const full = analyzeBoard(takeSnapshot(figma.currentPage), 'now').find((a) => a.report.canvas.id === own.id)!
    expect((await check(own.id)).ok).toBe(true)
    const section = figma.currentPage.findOne((n) => n.id === own.id) as SceneNode
    expect(withoutTime(storedReport(section))).toEqual(withoutTime(full.report))
  })
})
