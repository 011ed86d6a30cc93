import { describe, expect, it, vi } from 'vitest'
import { DRAWN_KEY } from '../../../src/adapter/drawn-canvas'
import { getData, ROLES, SHARED_NAMESPACE } from '../../../src/adapter/plugin-data'
import { takeSnapshot } from '../../../src/adapter/snapshot'
import { checkFitAsync } from '../../../src/commands/check-fit-async'
import { insertBmcAsync } from '../../../src/commands/insert-bmc-async'
import { insertVpcAsync } from '../../../src/commands/insert-vpc-async'
import { repairCanvasAsync } from '../../../src/commands/repair-canvas-async'
import { runCommandAsync } from '../../../src/run/run-command'
import { bmcSummaryAsync } from '../../../src/commands/bmc-summary-async'
import { parseDrawnDef } from '../../../src/core/drawn/definition'
import type { FitReport } from '../../../src/core/types'
import { ZONE_KEYS } from '../../../src/core/types'
import { idle, useFake } from '../harness'
import { PanelDriver, settle } from '../reliability/panel'
import type { Built, Drawing } from './drawings'
import { adopt, DANISH, drawSixBoxes, drawSquareAndCircle, drawText, ENGLISH, fill, storedReport, SWEDISH } from './drawings'

/**
 * Everything a person drew and can see, node by node: geometry, text, style, parent, lock. Not plugin data, and not
 * the fit card Check fit puts beside a drawing (the plugin's own node, tested in drawn-check.test.ts).
 */
function drawnState(): string[] {
  return useFake()
    .inspect.nodes()
    .filter((node) => node.sharedPluginData.vpcfit?.role !== ROLES.fitCard)
    .map((node) => {
      const { pluginData: _p, sharedPluginData: _s, relaunchData: _r, ...visible } = node
      return JSON.stringify(visible)
    })
}

/** Everything, plugin data included. */
function wholeState(): string {
  return JSON.stringify(useFake().inspect.nodes())
}

/** What every filled drawing must give: the exact zones, unplaced stickies, links and fit. */
function expectFilledReport(report: FitReport, built: Built): void {
  for (const zone of ZONE_KEYS) {
    expect(
      report.zones[zone].map((item) => item.id),
      zone
    ).toEqual(built.stickies[zone].map((s) => s.id))
  }
  expect(report.unplaced.map((item) => item.id).sort()).toEqual(built.unplaced.map((s) => s.id).sort())
  const s = built.stickies
  expect(report.links).toEqual(
    expect.arrayContaining([
      { from: s.painRelievers[0].id, to: s.pains[0].id, kind: 'relieves' },
      { from: s.gainCreators[0].id, to: s.gains[1].id, kind: 'creates' },
      { from: s.products[0].id, to: s.jobs[0].id, kind: 'serves' }
    ])
  )
  expect(report.links.filter((link) => link.kind === 'invalid')).toHaveLength(2)
  // Weights 2 and 1 (reading order): jobs 2 of 3, pains 2 of 3, gains 1 of 3; together 5 of 9.
  expect(report.fit).toMatchObject({
    score: 56,
    band: 'target',
    coverage: { jobs: 67, pains: 67, gains: 33 }
  })
  expect([...report.fit.orphans].sort()).toEqual(
    [s.products[1].id, s.painRelievers[1].id, s.gainCreators[1].id].sort()
  )
  expect([...report.fit.unaddressed].sort()).toEqual([s.jobs[1].id, s.pains[1].id, s.gains[0].id].sort())
}

const DRAWINGS: Array<[string, () => Promise<Drawing>, 'en' | 'sv' | 'da', string, number]> = [
  [
    'a square and a circle with text labels only',
    () => drawSquareAndCircle({ labels: ENGLISH, container: 'section' }),
    'en',
    'sector',
    0
  ],
  [
    'a square and a circle with divider lines',
    () => drawSquareAndCircle({ labels: ENGLISH, container: 'section', dividers: true }),
    'en',
    'sector',
    5
  ],
  ['a six-box grid', () => drawSixBoxes(ENGLISH), 'en', 'box', 0],
  [
    'a drawing in a group, no section, Swedish labels on shapes',
    () => drawSquareAndCircle({ labels: SWEDISH, container: 'group', labelStyle: 'shape' }),
    'sv',
    'sector',
    0
  ],
  [
    'loose nodes with Danish stickies as headers',
    () => drawSquareAndCircle({ labels: DANISH, container: 'none', labelStyle: 'sticky', dividers: true }),
    'da',
    'sector',
    5
  ]
]

describe('adopting a drawn canvas', () => {
  it.each(DRAWINGS)(
    '%s: exact zones and fit, definition and report on the drawing, nothing drawn changes',
    async (_name, draw, locale, mode, dividers) => {
      const fake = useFake()
      const built = fill(await draw())
      figma.currentPage.selection = built.selection
      const before = drawnState()
      const steps = fake.undo.steps
      const answer = await adopt()
      expect(answer).toEqual({
        ok: true,
        message: 'Adopted the drawing: 12 stickies in its zones, 2 unplaced · fit 56%'
      })
      expect(fake.undo.steps).toBe(steps + 1)
      expect(drawnState()).toEqual(before)

      const definition = parseDrawnDef(built.anchor.getSharedPluginData(SHARED_NAMESPACE, DRAWN_KEY))
      expect(definition?.locale).toBe(locale)
      expect(definition?.dividers).toHaveLength(dividers)
      for (const zone of ZONE_KEYS) {
        expect(definition?.zones[zone].label).toBe(built.labels[zone].id)
        expect(definition?.zones[zone].mode).toBe(mode)
      }
      const report = storedReport(built.anchor)
      expect(report.canvas).toMatchObject({ id: built.anchor.id, locale })
      expectFilledReport(report, built)

      // Check fit finds it again, from a selection inside it, and stores the same report.
      figma.currentPage.selection = [built.stickies.pains[0]]
      const checked = await runCommandAsync('en', () => checkFitAsync({ canvasId: null, locale: 'en' }))
      expect(checked.ok).toBe(true)
      expectFilledReport(storedReport(built.anchor), built)
      expect(drawnState()).toEqual(before)
    }
  )

  it('adopting twice is a friendly no-op that writes nothing', async () => {
    const built = fill(await drawSquareAndCircle({ labels: ENGLISH, container: 'section' }))
    figma.currentPage.selection = built.selection
    await adopt()
    const state = wholeState()
    const steps = useFake().undo.steps
    expect(await adopt()).toEqual({
      ok: true,
      message: 'This drawing is already adopted: Check fit and the panel work on it.'
    })
    figma.currentPage.selection = [built.labels.jobs, built.labels.pains]
    expect((await adopt()).message).toBe(
      'This drawing is already adopted: Check fit and the panel work on it.'
    )
    expect(wholeState()).toBe(state)
    expect(useFake().undo.steps).toBe(steps)
  })

  it('undo removes the adoption in one step, drawing and stickies untouched', async () => {
    const fake = useFake()
    const built = fill(await drawSquareAndCircle({ labels: SWEDISH, container: 'group' }))
    figma.currentPage.selection = built.selection
    const state = wholeState()
    await adopt('sv')
    expect(takeSnapshot(figma.currentPage).canvases).toHaveLength(1)
    expect(fake.undo.undo()).toBe(true)
    expect(wholeState()).toBe(state)
    expect(takeSnapshot(figma.currentPage).canvases).toHaveLength(0)
  })

  it('a deleted label: check fit and repair say which zone can no longer be found, nothing is redrawn', async () => {
    const fake = useFake()
    const built = fill(await drawSquareAndCircle({ labels: ENGLISH, container: 'section' }))
    figma.currentPage.selection = built.selection
    await adopt()
    fake.user.delete([built.labels.gains])
    const before = drawnState()
    const checked = await runCommandAsync('en', () =>
      checkFitAsync({ canvasId: built.anchor.id, locale: 'en' })
    )
    expect(checked.message).toBe(
      'Cannot find Gains any more: its label or shape is gone. Fit counts the other zones.'
    )
    const report = storedReport(built.anchor)
    expect(report.zones.gains).toEqual([])
    expect(report.unplaced.map((i) => i.id)).toEqual(
      expect.arrayContaining(built.stickies.gains.map((s) => s.id))
    )
    expect(report.zones.jobs.map((i) => i.id)).toEqual(built.stickies.jobs.map((s) => s.id))
    const repaired = await runCommandAsync('en', () =>
      repairCanvasAsync({ canvasId: built.anchor.id, locale: 'en' })
    )
    expect(repaired).toEqual({
      ok: false,
      message: 'Cannot find Gains any more: a label or shape is gone. Put it back or undo.'
    })
    expect(drawnState()).toEqual(before)
  })

  it('the BMC summary and the panel work on an adopted canvas', async () => {
    const fake = useFake()
    const built = fill(
      await drawSquareAndCircle({ labels: ENGLISH, container: 'section', title: 'Drawn VPC' })
    )
    figma.currentPage.selection = built.selection
    await adopt()
    await insertBmcAsync({ locale: 'en' })
    const summary = await runCommandAsync('en', () =>
      bmcSummaryAsync({ canvasId: built.anchor.id, locale: 'en' })
    )
    expect(summary.ok).toBe(true)
    const written = figma.currentPage
      .findAllWithCriteria({ types: ['STICKY'] })
      .filter((s) => getData(s, 'role') === 'bmc-summary')
    expect(written.length).toBe(2)
    expect(written.map((s) => s.text.characters).join('\n')).toContain('products one')

    figma.currentPage.selection = [built.stickies.gains[0]]
    const panel = await PanelDriver.openAsync(fake)
    const state = panel.state
    expect(state?.canvases.map((c) => c.id)).toContain(built.anchor.id)
    expect(state?.active?.canvasId).toBe(built.anchor.id)
    expect(state?.selection).toMatchObject({ canvasId: built.anchor.id, zone: 'gains' })
    expect(state?.active?.analysis?.report.zones.pains.map((i) => i.id)).toEqual(
      built.stickies.pains.map((s) => s.id)
    )
    // Live: a sticky dropped into Pain relievers shows up without a command.
    const [spot] = built.spots.painRelievers
    const added = fake.user.addSticky({ text: 'Late-night slots', x: spot.x + 40, y: spot.y - 160 })
    await settle(fake)
    expect(panel.state?.active?.analysis?.report.zones.painRelievers.map((i) => i.id)).toContain(added.id)
    const exported = await panel.requestAsync('EXPORT', { canvasId: built.anchor.id, format: 'markdown' })
    expect(exported.ok).toBe(true)
    expect(panel.exports.at(-1)?.content).toContain('pains one')
    const ticked = await panel.requestAsync('SET_CHECK', {
      canvasId: built.anchor.id,
      itemKey: 'vm.focus',
      checked: true
    })
    expect(ticked.ok).toBe(true)
    expect(panel.state?.active?.checklist.find((c) => c.key === 'vm.focus')?.done).toBe(true)
  })
})

describe('adopting from the panel', () => {
  it('offers to adopt a selected drawing, adopts it, then follows a deleted label live', async () => {
    const fake = useFake()
    const built = fill(await drawSixBoxes(DANISH))
    const panel = await PanelDriver.openAsync(fake)
    expect(panel.state?.adoptable).toBe(false)
    fake.user.select(built.selection)
    await settle(fake)
    expect(panel.state?.adoptable).toBe(true)
    const before = drawnState()
    const answer = await panel.requestAsync('ADOPT_CANVAS', {})
    expect(answer).toMatchObject({
      ok: true,
      message: 'Adopted the drawing: 12 stickies in its zones, 2 unplaced · fit 56%'
    })
    expect(panel.state?.adoptable).toBe(false)
    expect(panel.state?.active?.canvasId).toBe(built.anchor.id)
    expect(panel.state?.canvases.find((c) => c.id === built.anchor.id)?.locale).toBe('da')
    expect(drawnState()).toEqual(before)
    // The box people labelled "Smerter" is deleted: the panel says Pains can no longer be found.
    fake.user.delete([built.labels.pains])
    await settle(fake)
    expect({ id: panel.state?.active?.canvasId, ids: panel.state?.canvases.map((c) => c.id) }).toEqual({
      id: built.anchor.id,
      ids: [built.anchor.id]
    })
    expect(panel.state?.active?.analysis?.lostZones).toEqual(['pains'])
    expect(panel.state?.active?.analysis?.report.zones.pains).toEqual([])
  })

  it('does not offer anything for a retrospective or the plugin’s own canvas', async () => {
    const fake = useFake()
    await insertVpcAsync({ segment: 'Parents', product: 'Meal kit', locale: 'en' })
    const own = figma.currentPage.findAllWithCriteria({ types: ['SECTION'] })[0] as SectionNode
    const retro = fake.user.addSection({ x: 9000, y: 0, width: 1000, height: 600, name: 'Retro' })
    fake.user.addShape({ x: 9050, y: 50, width: 400, height: 500, text: 'What went well' })
    const panel = await PanelDriver.openAsync(fake)
    for (const selection of [[own], [retro]]) {
      fake.user.select(selection)
      await settle(fake)
      expect(panel.state?.adoptable).toBe(false)
    }
  })
})

describe('the adopt-canvas menu command', () => {
  it('adopts the selected drawing, says so in one notification and closes', async () => {
    const fake = useFake()
    const built = fill(await drawSquareAndCircle({ labels: SWEDISH, container: 'section' }))
    fake.user.select(built.selection)
    const session = fake.startSession({ command: 'adopt-canvas' })
    vi.resetModules()
    await import('../../../src/main')
    session.fireRun()
    await idle()
    expect(session.closed).toBe(true)
    expect(session.notifications.map((n) => n.message)).toEqual([
      'Adopted the drawing: 12 stickies in its zones, 2 unplaced · fit 56%'
    ])
    fake.startSession()
    const anchor = (await figma.getNodeByIdAsync(built.anchor.id)) as SceneNode
    expect(parseDrawnDef(anchor.getSharedPluginData(SHARED_NAMESPACE, DRAWN_KEY))?.locale).toBe('sv')
  })
})

describe('refusing what is not a canvas', () => {
  async function expectRefused(selection: SceneNode[], message: string) {
    figma.currentPage.selection = selection
    const state = wholeState()
    const steps = useFake().undo.steps
    expect(await adopt()).toEqual({ ok: false, message })
    expect(wholeState()).toBe(state)
    expect(useFake().undo.steps).toBe(steps)
  }

  it('a retrospective section', async () => {
    const fake = useFake()
    await figma.loadFontAsync({ family: 'Inter', style: 'Medium' })
    const section = fake.user.addSection({ x: 0, y: 0, width: 1800, height: 900, name: 'Sprint retro' })
    for (const [i, label] of ['What went well', 'What to improve', 'Action items'].entries()) {
      fake.user.addShape({ x: 50 + i * 600, y: 50, width: 500, height: 800, text: label })
    }
    fake.user.addSticky({ text: 'Pairing helped', x: 100, y: 300 })
    figma.commitUndo()
    await expectRefused(
      [section],
      'No canvas zone labels (Pains, Gains, Customer jobs…) in the selection: it is not a canvas.'
    )
  })

  it('a Business Model Canvas, drawn by the plugin or by hand', async () => {
    await insertBmcAsync({ locale: 'en' })
    const bmc = figma.currentPage.findAllWithCriteria({ types: ['SECTION'] })[0] as SectionNode
    await expectRefused(
      [bmc],
      'That looks like a Business Model Canvas, not a Value Proposition Canvas. Nothing was adopted.'
    )
    const fake = useFake()
    const hand = fake.user.addSection({ x: 5000, y: 0, width: 1400, height: 800, name: 'BMC' })
    fake.user.addShape({ x: 5050, y: 50, width: 400, height: 700, text: 'Value Propositions' })
    fake.user.addShape({ x: 5500, y: 50, width: 400, height: 700, text: 'Customer Segments' })
    await expectRefused(
      [hand],
      'That looks like a Business Model Canvas, not a Value Proposition Canvas. Nothing was adopted.'
    )
  })

  it('an empty section, and nothing selected', async () => {
    const section = useFake().user.addSection({ x: 0, y: 0, width: 800, height: 600, name: 'Empty' })
    await expectRefused([section], 'That section is empty: there is no drawing in it to adopt.')
    await expectRefused(
      [],
      'Select a drawn canvas first: its section, its group, or all of its shapes and labels.'
    )
  })

  it('half a drawing says what was found and what is missing', async () => {
    const built = await drawSquareAndCircle({ labels: ENGLISH, container: 'none' })
    const circle = built.selection[1] as SceneNode
    await expectRefused(
      [circle, built.labels.gains, built.labels.pains],
      'Found Pains and Gains but no value map: select the whole drawing.'
    )
    await expectRefused(
      built.selection.filter((node) => node.id !== built.labels.painRelievers.id),
      'Found 5 but not Pain relievers: select the whole drawing or add the label.'
    )
  })

  it('a canvas the plugin drew', async () => {
    await insertVpcAsync({ segment: 'Parents', product: 'Meal kit', locale: 'en' })
    const section = figma.currentPage.findAllWithCriteria({ types: ['SECTION'] })[0] as SectionNode
    await expectRefused([section], 'That is already a VPC Fit canvas: Check fit works on it as it is.')
  })

  it('a drawing with a label and nothing else besides text', async () => {
    await figma.loadFontAsync({ family: 'Inter', style: 'Medium' })
    const label = drawText('Pains', { x: 100, y: 100 })
    figma.commitUndo()
    await expectRefused([label], 'Found Pains but no value map: select the whole drawing.')
  })
})
