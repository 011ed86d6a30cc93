// The panel's state in main (src/panel): what it sends the panel and when. The controller runs over the fake as it
// does in FigJam; this side collects what it posts (STATE, STATE_PATCH) and replays the patches as the panel does.
import { describe, expect, it } from 'vitest'
import { EVERY_LIST } from './every-list'
import type { EventMessage, PanelState } from '../../contract/messages'
import { insertVpcAsync } from '../../src/commands/insert-vpc-async'
import { zoneQuestions } from '../../src/i18n/questions'
import { openPanelAsync } from '../../src/panel/open-panel-async'
import { PanelController } from '../../src/panel/panel-controller'
import { setEvidenceAsync } from '../../src/commands/set-evidence-async'
import { idle, useFake } from '../adapter/harness'
import { canvasSections, dropSticky, pointInZone } from '../adapter/helpers'
import { statesOf } from '../adapter/reliability/panel'

async function boardAsync(canvases: number) {
  const fake = useFake()
  for (let i = 0; i < canvases; i++) await insertVpcAsync({ segment: `S${i}`, product: `P${i}`, locale: 'en' })
  const sections = canvasSections()
  const jobs = sections.map((section, i) => dropSticky(`Job of ${i}`, pointInZone(section, 'jobs')))
  await fake.flush()
  return { fake, sections, jobs }
}

/** A controller with the panel shown, and everything it posts from now on. */
function controllerOn(): { controller: PanelController; posted: EventMessage[] } {
  const fake = useFake()
  if (!fake.session.uiState) figma.showUI('<p>panel</p>')
  const posted: EventMessage[] = []
  fake.session.onUiMessage((message) => posted.push(message as EventMessage))
  const controller = new PanelController('en')
  // Every list and the whole analysis, as a panel with every tab open asks: these tests read the analysis.
  controller.setItemView(EVERY_LIST)
  const onNodeChange = (event: NodeChangeEvent) => controller.onNodeChange(event.nodeChanges)
  figma.currentPage.on('nodechange', onNodeChange)
  return { controller, posted }
}

const names = (posted: readonly EventMessage[]) => posted.map(([name]) => name)
const last = (posted: readonly EventMessage[]): PanelState => {
  const state = statesOf(posted).at(-1)
  if (!state) throw new Error('nothing was posted')
  return state
}

describe('the panel controller', () => {
  it('sends nothing until the panel listens, then one full state without reading the board again', async () => {
    const { fake } = await boardAsync(2)
    const { controller, posted } = controllerOn()
    controller.refreshAll()
    await idle()
    expect(posted).toEqual([])
    fake.counter.reset()
    controller.panelReady()
    await idle()
    expect(names(posted)).toEqual(['STATE'])
    expect(fake.counter.reads.STICKY ?? 0).toBe(0)
    expect(last(posted).canvases.map((c) => c.segment)).toEqual(['S0', 'S1'])
  })

  it('opens on the canvas the selection is in, else on the one nearest the middle of the view', async () => {
    const { fake, sections, jobs } = await boardAsync(3)
    fake.user.select([jobs[0]!])
    const first = controllerOn()
    first.controller.refreshAll()
    first.controller.panelReady()
    await idle()
    expect(last(first.posted).active?.canvasId).toBe(sections[0]!.id)
    expect(last(first.posted).selection).toMatchObject({ canvasId: sections[0]!.id, zone: 'jobs' })
    first.controller.dispose()

    fake.user.select([])
    const box = sections[2]!.absoluteBoundingBox!
    figma.viewport.center = { x: box.x + box.width / 2, y: box.y + box.height / 2 }
    const second = controllerOn()
    second.controller.refreshAll()
    second.controller.panelReady()
    await idle()
    expect(last(second.posted).active?.canvasId).toBe(sections[2]!.id)
  })

  it('folds a burst of edits into one patch that holds the last text', async () => {
    const { fake, jobs } = await boardAsync(1)
    const { controller, posted } = controllerOn()
    controller.refreshAll()
    controller.panelReady()
    await idle()
    const start = posted.length
    for (const text of ['Get', 'Get to work', 'Get to work on time']) fake.user.typeInto(jobs[0]!, text)
    await fake.flush()
    await idle()
    expect(names(posted.slice(start))).toEqual(['STATE_PATCH'])
    // The patch applied to the state before it, as the panel does.
    const jobsShown = last(posted).active?.analysis?.report.zones.jobs.map((item) => item.text)
    expect(jobsShown).toEqual(['Get to work on time'])
  })

  it('the overview carries the fit backed by evidence once the team sets any', async () => {
    const { fake, sections, jobs } = await boardAsync(2)
    const relief = dropSticky('Job helper', pointInZone(sections[0]!, 'products'))
    fake.user.connect(relief, jobs[0]!)
    await fake.flush()
    const { controller, posted } = controllerOn()
    controller.refreshAll()
    controller.panelReady()
    await idle()
    expect(last(posted).canvases.map((c) => c.backed)).toEqual([undefined, undefined])
    await setEvidenceAsync({ canvasId: sections[0]!.id, itemId: jobs[0]!.id, level: 'did', locale: 'en' })
    controller.afterCommand(false)
    await fake.flush()
    await idle()
    // The first canvas's only job is linked and now backed: all of its fit; the second is untested.
    expect(last(posted).canvases.map((c) => c.backed)).toEqual([100, undefined])
  })

  it('an unknown canvas is refused and sends nothing; a known one becomes the active canvas', async () => {
    const { sections } = await boardAsync(2)
    const { controller, posted } = controllerOn()
    controller.refreshAll()
    controller.panelReady()
    await idle()
    const before = last(posted).active?.canvasId
    const start = posted.length
    expect(controller.selectCanvas('no-such-canvas')).toBe(false)
    await idle()
    expect(posted.length).toBe(start)
    const other = sections.find((section) => section.id !== before)!
    expect(controller.selectCanvas(other.id)).toBe(true)
    await idle()
    expect(names(posted.slice(start))).toEqual(['STATE_PATCH'])
    expect(last(posted).active?.canvasId).toBe(other.id)
  })

  it('a new language brings that language\u2019s questions', async () => {
    await boardAsync(1)
    const { controller, posted } = controllerOn()
    controller.refreshAll()
    controller.panelReady()
    await idle()
    expect(last(posted).questions.jobs).toEqual(zoneQuestions.en.jobs)
    controller.setLocale('da')
    await idle()
    expect(last(posted).questions.jobs).toEqual(zoneQuestions.da.jobs)
    expect(last(posted).locale).toBe('da')
  })

  it('dispose drops a refresh that was waiting for the burst to end', async () => {
    const { fake, jobs } = await boardAsync(1)
    const { controller, posted } = controllerOn()
    controller.refreshAll()
    controller.panelReady()
    await idle()
    posted.length = 0
    fake.user.typeInto(jobs[0]!, 'Edited just before closing')
    await fake.flush()
    controller.dispose()
    await idle()
    expect(posted).toEqual([])
  })

  it('a page switch shows that page\u2019s canvases, and switching back shows the first again', async () => {
    const { fake } = await boardAsync(2)
    const posted: EventMessage[] = []
    fake.session.onUiMessage((message) => posted.push(message as EventMessage))
    await openPanelAsync()
    fake.session.sendFromUi(['UI_READY', { requestId: 'open', browserLocale: null }])
    await fake.flush()
    await idle()
    expect(last(posted).canvases).toHaveLength(2)
    const firstPage = figma.currentPage
    const empty = figma.createPage()
    fake.user.goToPage(empty)
    await fake.flush()
    await idle()
    expect(last(posted).canvases).toEqual([])
    expect(last(posted).active).toBeNull()
    fake.user.goToPage(firstPage)
    await fake.flush()
    await idle()
    expect(last(posted).canvases).toHaveLength(2)
  })
})
