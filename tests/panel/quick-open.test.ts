// Opening the panel on a board of several canvases: the canvas it opens on is read first and its state goes out as
// soon as the panel listens (`partial`); the rest of the board follows once the panel drew it (PANEL_SHOWN), read
// without reading that canvas's nodes again. Whatever happens in between, the panel ends on the state a full read
// gives. Counted with the fake's API counter, never timed.
import { describe, expect, it } from 'vitest'
import { EVERY_LIST } from './every-list'
import type { EventMessage, PanelState } from '../../contract/messages'
import { insertVpcAsync } from '../../src/commands/insert-vpc-async'
import { openPanelAsync } from '../../src/panel/open-panel-async'
import { PanelController } from '../../src/panel/panel-controller'
import { insertBmcAsync } from '../../src/commands/insert-bmc-async'
import { ZONE_KEYS } from '../../src/core/types'
import { idle, useFake } from '../adapter/harness'
import { canvasSections, dropSticky, pointInZone } from '../adapter/helpers'
import { statesOf } from '../adapter/reliability/panel'

/** Three canvases with stickies in every zone, connectors and stamps on the middle one, a sticky over its edge. */
async function boardAsync() {
  const fake = useFake()
  for (let i = 0; i < 3; i++) await insertVpcAsync({ segment: `S${i}`, product: `P${i}`, locale: 'en' })
  const sections = canvasSections()
  const stickies = sections.map((section) => ZONE_KEYS.map((zone) => dropSticky(`${zone} of ${section.name}`, pointInZone(section, zone))))
  const middle = stickies[1]!
  fake.user.connect(middle[3]!, middle[0]!)
  fake.user.connect(middle[4]!, middle[1]!)
  fake.user.stamp(middle[0]!)
  fake.user.stamp(middle[0]!, 'Heart')
  fake.user.stamp(middle[2]!)
  await fake.flush()
  return { fake, sections, stickies }
}

function collect(): EventMessage[] {
  const posted: EventMessage[] = []
  useFake().session.onUiMessage((message) => posted.push(message as EventMessage))
  return posted
}

/** The state without its clock (a full read later has a later time). */
const timeless = (state: PanelState | undefined) => {
  if (!state) throw new Error('no state')
  const { updatedAt: _updatedAt, version: _version, ...rest } = state
  return JSON.parse(JSON.stringify(rest, (key, value: unknown) => (key === 'checkedAt' ? '' : value))) as unknown
}

/** What a panel that read the whole board at once would show now, for comparison. */
async function fullReadState(activeId: string): Promise<PanelState> {
  const posted = collect()
  const controller = new PanelController('en')
  controller.setItemView(EVERY_LIST)
  controller.refreshAll()
  controller.selectCanvas(activeId)
  controller.panelReady()
  await idle()
  controller.dispose()
  const state = statesOf(posted).at(-1)
  if (!state) throw new Error('the comparison panel posted nothing')
  return state
}

function opened(): { controller: PanelController; posted: EventMessage[] } {
  const fake = useFake()
  if (!fake.session.uiState) figma.showUI('<p>panel</p>')
  const posted = collect()
  const controller = new PanelController('en')
  // Every list and the whole analysis, as a panel with every tab open asks: these tests read the analysis.
  controller.setItemView(EVERY_LIST)
  figma.currentPage.on('nodechange', (event) => controller.onNodeChange(event.nodeChanges))
  return { controller, posted }
}

describe('opening the panel on one canvas first', () => {
  it('sends the canvas it opens on, then the whole board; every sticky is read once', async () => {
    const { fake, sections, stickies } = await boardAsync()
    fake.user.select([stickies[1]![2]!])
    await fake.flush()
    // What opening cost when the panel read the whole board at once.
    const before = new PanelController('en')
    fake.counter.reset()
    before.refreshAll()
    before.dispose()
    const wholeReads = { ...fake.counter.reads }
    const { controller, posted } = opened()
    fake.counter.reset()
    controller.openQuick()
    // Only the middle canvas's stickies so far (and none of the others').
    expect(fake.counter.readsByProperty['STICKY.text.getStyledTextSegments']).toBe(ZONE_KEYS.length)
    controller.panelReady()
    await fake.flush()
    const first = statesOf(posted)[0]!
    expect(first.partial).toBe(true)
    expect(first.canvases.map((canvas) => canvas.id)).toEqual([sections[1]!.id])
    expect(first.active?.canvasId).toBe(sections[1]!.id)
    expect(first.selection).toMatchObject({ canvasId: sections[1]!.id, zone: ZONE_KEYS[2] })

    controller.readRest()
    await fake.flush()
    const shown = statesOf(posted)
    expect(posted[0]?.[0]).toBe('STATE')
    expect(posted.slice(1).every(([name]) => name === 'STATE_PATCH')).toBe(true)
    expect(shown.at(-1)?.partial).toBeUndefined()
    expect(shown.at(-1)?.canvases).toHaveLength(3)
    // The open canvas was already shown as a full read shows it: the patches change its time, not its zones.
    expect(JSON.stringify(posted.slice(1))).not.toContain('"zones"')
    expect(shown.at(-1)?.active?.analysis?.report.zones).toEqual(shown[0]?.active?.analysis?.report.zones)
    // One read of the board: each sticky's text, box and id, each connector's ends, each stamp's host and kind once.
    const stickyCount = 3 * ZONE_KEYS.length
    expect(fake.counter.readsByProperty['STICKY.text.getStyledTextSegments']).toBe(stickyCount)
    expect(fake.counter.readsByProperty['CONNECTOR.connectorStart']).toBe(2)
    expect(fake.counter.readsByProperty['STAMP.stuckTo']).toBe(3)
    // No sticky, connector or stamp read more than reading the whole board at once reads them.
    for (const kind of ['STICKY', 'CONNECTOR', 'STAMP']) expect(fake.counter.reads[kind]).toBe(wholeReads[kind])
    controller.dispose()
    expect(timeless(shown.at(-1))).toEqual(timeless(await fullReadState(sections[1]!.id)))
  })

  it('an edit, a move or a delete before the rest is read: the panel ends on what a full read shows', async () => {
    const { fake, sections, stickies } = await boardAsync()
    const section = sections[0]!
    const box = section.absoluteBoundingBox!
    fake.user.select([])
    figma.viewport.center = { x: box.x + box.width / 2, y: box.y + box.height / 2 }
    const { controller, posted } = opened()
    controller.openQuick()
    controller.panelReady()
    await fake.flush()
    expect(statesOf(posted).at(-1)?.active?.canvasId).toBe(section.id)
    // Changes the first read's memo would get wrong, on the canvas it read.
    fake.user.typeInto(stickies[0]![0]!, 'Typed before the rest was read')
    fake.user.move(section, box.x, box.y + 400)
    fake.user.delete([stickies[0]![1]!])
    await fake.flush()
    // The change itself reads the rest (after the burst delay), as PANEL_SHOWN would.
    await idle()
    const last = statesOf(posted).at(-1)
    expect(last?.partial).toBeUndefined()
    expect(last?.active?.analysis?.report.zones[ZONE_KEYS[0]].map((item) => item.text)).toEqual([
      'Typed before the rest was read'
    ])
    controller.dispose()
    expect(timeless(last)).toEqual(timeless(await fullReadState(section.id)))
  })

  it('through the panel: PANEL_SHOWN reads the rest; a request in the first moments works on the whole board', async () => {
    const { fake, sections } = await boardAsync()
    const posted = collect()
    await openPanelAsync()
    fake.session.sendFromUi(['UI_READY', { requestId: 'open', browserLocale: null }])
    await fake.flush()
    expect(statesOf(posted).at(-1)?.partial).toBe(true)
    expect(statesOf(posted).at(-1)?.canvases).toHaveLength(1)
    const shownCanvas = statesOf(posted).at(-1)?.active?.canvasId
    const other = sections.find((section) => section.id !== shownCanvas)!
    // A canvas the first state did not have: main reads the rest first, then chooses it.
    fake.session.sendFromUi(['SELECT_CANVAS', { requestId: 'pick', canvasId: other.id }])
    await fake.flush()
    await idle()
    const done = posted.filter(([name]) => name === 'DONE').map(([, payload]) => payload as { requestId: string; ok: boolean })
    expect(done).toContainEqual(expect.objectContaining({ requestId: 'pick', ok: true }))
    const last = statesOf(posted).at(-1)
    expect(last?.partial).toBeUndefined()
    expect(last?.canvases).toHaveLength(3)
    expect(last?.active?.canvasId).toBe(other.id)
    // PANEL_SHOWN after the board is read changes nothing and is answered.
    const before = posted.length
    fake.session.sendFromUi(['PANEL_SHOWN', { requestId: 'shown' }])
    await fake.flush()
    await idle()
    expect(posted.slice(before).map(([name]) => name)).toEqual(['DONE'])
  })

  it('a page with one canvas is read whole at once: no partial state, the BMC looked for after the first state', async () => {
    const fake = useFake()
    await insertVpcAsync({ segment: 'Only', product: 'One', locale: 'en' })
    const section = canvasSections()[0]!
    for (const zone of ZONE_KEYS) dropSticky(`A sticky in ${zone}`, pointInZone(section, zone))
    await fake.flush()
    const { controller, posted } = opened()
    fake.counter.reset()
    controller.openQuick()
    controller.panelReady()
    await fake.flush()
    expect(posted.map(([name]) => name)).toEqual(['STATE'])
    const first = statesOf(posted)[0]!
    expect(first.partial).toBeUndefined()
    expect(first.canvases).toHaveLength(1)
    // The first state goes out before the page is searched for a BMC: it says nothing about one yet.
    expect(first.hasBmc).toBeNull()
    expect(fake.counter.calls['PAGE.findAllWithCriteria']).toBe(6)
    // Once the panel drew it (PANEL_SHOWN), the lookup: one patch saying there is none, reading no sticky again.
    controller.readRest()
    await fake.flush()
    expect(posted.map(([name]) => name)).toEqual(['STATE', 'STATE_PATCH'])
    expect(statesOf(posted).at(-1)?.hasBmc).toBe(false)
    expect(fake.counter.readsByProperty['STICKY.text.getStyledTextSegments']).toBe(ZONE_KEYS.length)
    // Asking again (a second PANEL_SHOWN, the timer) looks no more.
    const walks = fake.counter.calls['PAGE.findAllWithCriteria']
    controller.readRest()
    await fake.flush()
    expect(posted).toHaveLength(2)
    expect(fake.counter.calls['PAGE.findAllWithCriteria']).toBe(walks)
    controller.dispose()
  })

  it('a page with one canvas and a BMC: the BMC state arrives once, after the first state, also without PANEL_SHOWN', async () => {
    const fake = useFake()
    await insertVpcAsync({ segment: 'Only', product: 'One', locale: 'en' })
    await insertBmcAsync({ locale: 'en' })
    dropSticky('A job', pointInZone(canvasSections()[0]!, 'jobs'))
    await fake.flush()
    const { controller, posted } = opened()
    controller.openQuick()
    controller.panelReady()
    await fake.flush()
    expect(statesOf(posted).map((state) => state.hasBmc)).toEqual([null])
    // A panel that never says PANEL_SHOWN (hidden, a lost message): main looks once its timer ran out.
    await idle()
    expect(statesOf(posted).map((state) => state.hasBmc)).toEqual([null, true])
    // PANEL_SHOWN after that changes nothing.
    controller.readRest()
    await idle()
    expect(statesOf(posted).map((state) => state.hasBmc)).toEqual([null, true])
    controller.dispose()
  })

  it('a request before PANEL_SHOWN on one canvas: the BMC is looked for first, and the panel gets its state once', async () => {
    const fake = useFake()
    await insertVpcAsync({ segment: 'Only', product: 'One', locale: 'en' })
    await insertBmcAsync({ locale: 'en' })
    const section = canvasSections()[0]!
    dropSticky('A job', pointInZone(section, 'jobs'))
    await fake.flush()
    const posted = collect()
    await openPanelAsync()
    fake.session.sendFromUi(['UI_READY', { requestId: 'open', browserLocale: null }])
    await fake.flush()
    expect(statesOf(posted).map((state) => state.hasBmc)).toEqual([null])
    fake.session.sendFromUi(['SET_CHECK', { requestId: 'tick', canvasId: section.id, itemKey: 'vm.focus', checked: true }])
    await fake.flush()
    await idle()
    const done = posted.filter(([name]) => name === 'DONE').map(([, payload]) => payload as { requestId: string; ok: boolean })
    expect(done.filter((answer) => answer.requestId === 'tick')).toEqual([expect.objectContaining({ ok: true })])
    const hasBmc = statesOf(posted).map((state) => state.hasBmc)
    expect(hasBmc[0]).toBeNull()
    expect(hasBmc.slice(1).every((value) => value === true)).toBe(true)
    expect(hasBmc.length).toBeGreaterThan(1)
    // The panel's own PANEL_SHOWN, arriving after that: answered, nothing more read or sent.
    const before = posted.length
    fake.session.sendFromUi(['PANEL_SHOWN', { requestId: 'shown' }])
    await fake.flush()
    await idle()
    expect(posted.slice(before).map(([name]) => name)).toEqual(['DONE'])
  })
})
