// The built switchboard (src/main.ts) driven as FigJam drives it: a session per launch, the
// `run` event, and panel messages as `[name, payload]` through the UI bridge.
import { describe, expect, it, vi } from 'vitest'
import { DATA_KEYS, getData } from '../../src/adapter/plugin-data'
import type { DonePayload, ExportFile, PanelState } from '../../contract/messages'
import { checkFitAsync } from '../../src/commands/check-fit-async'
import { insertVpcAsync } from '../../src/commands/insert-vpc-async'
import { idle, useFake } from '../adapter/harness'
import { canvasSections, dropSticky, pointInZone } from '../adapter/helpers'
import { statesOf } from '../adapter/reliability/panel'
import { EVERY_LIST } from '../panel/every-list'
import { saveUserSettingsAsync } from '../../src/settings'

async function launch(command: string, parameters?: ParameterValues) {
  const fake = useFake()
  const session = fake.startSession({ command, parameters })
  const received: Array<[string, unknown]> = []
  session.onUiMessage((message) => received.push(message as [string, unknown]))
  vi.resetModules()
  await import('../../src/main')
  session.fireRun()
  // Everything the run started, including the panel's first live refresh, has finished.
  await idle()
  const states = (): PanelState[] => statesOf(received)
  const dones = () =>
    received.filter(([name]) => name === 'DONE').map(([, done]) => done as { requestId: string | null; ok: boolean; message: string })
  const send = async (message: unknown) => {
    session.sendFromUi(message)
    await idle()
  }
  return { fake, session, received, states, dones, send, ready: async () => {
    await send(['UI_READY', { requestId: 'ready', browserLocale: null }])
    // Every list and the whole analysis, as the panel asks once every tab is open: the tests read the analysis.
    await send(['VIEW_ITEMS', { requestId: 'view', view: EVERY_LIST }])
  } }
}

/** Everything on the page, for "nothing changed" checks. */
function pageFingerprint(): string {
  return JSON.stringify(useFake().inspect.nodes())
}

describe('the panel (command open)', () => {
  it('opens with FigJam theme colours and sends its state once the UI is ready', async () => {
    const { session, states, send } = await launch('open')
    expect(session.uiOptions).toMatchObject({ themeColors: true })
    await send(['UI_READY', { requestId: 'r1', browserLocale: null }])
    const state = states().at(-1)!
    expect(state.inFigJam).toBe(true)
    expect(state.canvases).toEqual([])
    expect(state.locale).toBe('en')
  })

  it.each([
    ['an unknown message', ['DELETE_ALL', { requestId: 'x1' }], 'x1', /Unknown message/],
    ['a missing field', ['INSERT_VPC', { requestId: 'x2', segment: 'a', locale: 'en' }], 'x2', /product is missing/],
    ['a wrong type', ['INSERT_VPC', { requestId: 'x3', segment: 1, product: 'b', locale: 'en' }], 'x3', /segment must be text/],
    ['a wrong locale', ['INSERT_BMC', { requestId: 'x4', locale: 'fr' }], 'x4', /locale must be en, sv or da/],
    ['not an array', { type: 'INSERT_VPC' }, null, /\[name, payload\]/],
    ['a bare string', 'INSERT_VPC', null, /\[name, payload\]/],
    ['a payload that is not an object', ['CHECK_FIT', 'now'], null, /payload must be an object/]
  ])('answers %s with a clear error and changes nothing', async (_label, message, requestId, reason) => {
    const { send, dones, fake } = await launch('open')
    const before = pageFingerprint()
    const steps = fake.undo.steps
    await send(message)
    const done = dones().at(-1)!
    expect(done.ok).toBe(false)
    expect(done.requestId).toBe(requestId)
    expect(done.message).toMatch(reason)
    expect(done.message).toMatch(/Nothing changed/)
    expect(pageFingerprint()).toBe(before)
    expect(fake.undo.steps).toBe(steps)
  })

  it('inserts a canvas from the panel and shows it in the next state', async () => {
    const { send, dones, states, ready } = await launch('open')
    await ready() // the panel says it listens, as the real one does
    await send(['INSERT_VPC', { requestId: 'i1', segment: 'Parents', product: 'Meal kits', locale: 'da' }])
    expect(dones().at(-1)).toMatchObject({ requestId: 'i1', ok: true })
    const state = states().at(-1)!
    expect(state.canvases).toHaveLength(1)
    expect(state.canvases[0]).toMatchObject({ segment: 'Parents', product: 'Meal kits', locale: 'da' })
    expect(state.active?.canvasId).toBe(canvasSections()[0]!.id)
  })

  it('follows edits on the board without a button press', async () => {
    const { send, states, ready } = await launch('open')
    await ready() // the panel says it listens, as the real one does
    await send(['INSERT_VPC', { requestId: 'i1', segment: 'A', product: 'B', locale: 'en' }])
    const section = canvasSections()[0]!
    const pain = dropSticky('Waiting in line', pointInZone(section, 'pains'))
    await idle()
    const state = states().at(-1)!
    expect(state.active?.analysis?.report.zones.pains.map((item) => item.id)).toEqual([pain.id])
    useFake().user.typeInto(pain, 'Waiting in long lines')
    await idle()
    expect(states().at(-1)!.active?.analysis?.report.zones.pains[0]?.text).toBe('Waiting in long lines')
  })

  it('opens the zone of a sticky the user selects', async () => {
    const { send, states, ready } = await launch('open')
    await ready() // the panel says it listens, as the real one does
    await send(['INSERT_VPC', { requestId: 'i1', segment: 'A', product: 'B', locale: 'en' }])
    const section = canvasSections()[0]!
    const gain = dropSticky('Saves an hour a day', pointInZone(section, 'gains'))
    await idle()
    useFake().user.select([gain])
    await idle()
    expect(states().at(-1)!.selection).toMatchObject({ canvasId: section.id, zone: 'gains', nodeIds: [gain.id] })
  })

  it('stores a manual checklist tick on the canvas, where the next session finds it', async () => {
    const first = await launch('open')
    await first.send(['INSERT_VPC', { requestId: 'i1', segment: 'A', product: 'B', locale: 'en' }])
    const section = canvasSections()[0]!
    await first.send(['SET_CHECK', { requestId: 'c1', canvasId: section.id, itemKey: 'vm.focus', checked: true }])
    expect(first.dones().at(-1)).toMatchObject({ requestId: 'c1', ok: true })
    expect(JSON.parse(getData(section, DATA_KEYS.checks))).toEqual({ 'vm.focus': true })
    const second = await launch('open')
    await second.send(['UI_READY', { requestId: 'r1', browserLocale: null }])
    const item = second.states().at(-1)!.active?.checklist.find((entry) => entry.key === 'vm.focus')
    expect(item?.done).toBe(true)
  })

  it('refuses to tick an item the board decides', async () => {
    const { send, dones } = await launch('open')
    await send(['INSERT_VPC', { requestId: 'i1', segment: 'A', product: 'B', locale: 'en' }])
    const section = canvasSections()[0]!
    await send(['SET_CHECK', { requestId: 'c1', canvasId: section.id, itemKey: 'vm.productsListed', checked: true }])
    expect(dones().at(-1)).toMatchObject({ ok: false })
    expect(getData(section, DATA_KEYS.checks)).toBe('')
  })

  it('remembers the chosen language for the next session', async () => {
    const first = await launch('open')
    await first.send(['SET_LOCALE', { requestId: 'l1', locale: 'sv' }])
    const second = await launch('open')
    await second.send(['UI_READY', { requestId: 'r1', browserLocale: 'da' }])
    expect(second.states().at(-1)!.locale).toBe('sv')
  })

  it('takes the browser language as a first-time default', async () => {
    const { send, states } = await launch('open')
    await send(['UI_READY', { requestId: 'r1', browserLocale: 'da' }])
    expect(states().at(-1)!.locale).toBe('da')
  })

  it('exports the active canvas as a file, in the answer to the request', async () => {
    const { send, received } = await launch('open')
    await send(['INSERT_VPC', { requestId: 'i1', segment: 'Riders', product: 'Bike repair', locale: 'en' }])
    const section = canvasSections()[0]!
    dropSticky('Flat tyre on the way to work', pointInZone(section, 'pains'))
    await idle()
    await send(['EXPORT', { requestId: 'e1', canvasId: section.id, format: 'csv' }])
    // The answer to the EXPORT request itself carries the file.
    const done = received.find(([name, payload]) => name === 'DONE' && (payload as DonePayload).requestId === 'e1')
    const answer = done?.[1] as DonePayload
    expect(answer.ok).toBe(true)
    const file = answer.result as ExportFile
    expect(file.filename).toMatch(/\.csv$/)
    expect(file.content).toContain('Flat tyre on the way to work')
  })
})

describe('the panel speaks its own language', () => {
  it('a Swedish canvas inserted from an English panel is announced in English', async () => {
    const { session, send, dones } = await launch('open')
    await send(['UI_READY', { requestId: 'r', browserLocale: 'en' }])
    await send(['INSERT_VPC', { requestId: 'i', segment: 'Pendlare', product: 'Elcyklar', locale: 'sv' }])
    expect(dones().find((done) => done.requestId === 'i')).toMatchObject({ ok: true })
    expect(session.notifications.map((n) => n.message)).toContain(
      'Inserted a Value Proposition Canvas for Pendlare · Elcyklar'
    )
    const section = canvasSections()[0]!
    expect(JSON.parse(getData(section, DATA_KEYS.meta))).toMatchObject({ locale: 'sv' })
  })
})

describe('menu commands', () => {
  it('insert-vpc uses the quick-action parameters, notifies and closes', async () => {
    const { session } = await launch('insert-vpc', { segment: 'Commuters', product: 'E-bikes', locale: 'sv' })
    expect(session.closed).toBe(true)
    useFake().startSession() // a closed plugin's API is gone; read the board as the next run would
    const section = canvasSections()[0]!
    expect(JSON.parse(getData(section, DATA_KEYS.meta))).toMatchObject({ locale: 'sv' })
    expect(getData(section, DATA_KEYS.segment)).toBe('Commuters')
    expect(session.notifications.map((n) => n.message)).toContain(
      'Lade in en Value Proposition Canvas för Commuters · E-bikes'
    )
  })

  it.each([
    ['insert-vpc', { segment: 'Pendlere', product: 'Elcykler', locale: 'da' }, 'Inserted a Value Proposition Canvas for Pendlere · Elcykler'],
    ['insert-bmc', { locale: 'sv' }, 'Inserted a Business Model Canvas. Run the BMC summary to fill it from a canvas.']
  ])('%s speaks the person’s saved language, while the canvas takes the language asked for', async (command, parameters, message) => {
    // The person chose English in the panel earlier (saved in clientStorage), then draws a canvas for another team.
    useFake().startSession()
    await saveUserSettingsAsync({ locale: 'en' })
    const { session } = await launch(command, parameters)
    expect(session.closed).toBe(true)
    const drawn = useFake().inspect.nodes().filter((node) => node.type === 'SECTION')
    expect(drawn.length).toBeGreaterThan(0)
    const meta = drawn.map((node) => node.sharedPluginData['vpcfit']?.[DATA_KEYS.meta] ?? '')
    expect(meta.length).toBeGreaterThan(0)
    expect(meta.every((value) => value.includes(`"locale":"${parameters.locale}"`))).toBe(true)
    expect(session.notifications.map((n) => n.message)).toContain(message)
  })

  it('check-fit on an empty page says what to do and closes', async () => {
    const { session } = await launch('check-fit')
    expect(session.closed).toBe(true)
    expect(session.notifications.at(-1)).toMatchObject({
      message: 'No Value Proposition Canvas on this page yet. Insert one first.',
      options: { error: true }
    })
  })

  it('suggests languages and existing segments for the quick-action parameters', async () => {
    const { session } = await launch('insert-vpc', { segment: 'Commuters', product: 'E-bikes' })
    const next = useFake().startSession({ command: 'insert-vpc' })
    vi.resetModules()
    await import('../../src/main')
    const languages = await next.queryParameterAsync('locale', 'sv')
    expect(languages.suggestions).toEqual([{ name: 'Svenska (sv)', data: 'sv' }])
    const segments = await next.queryParameterAsync('segment', 'comm')
    expect(segments.suggestions).toEqual([{ name: 'Commuters', data: 'Commuters' }])
    expect(session.closed).toBe(true)
  })

  it('runs nothing and says why in Figma Design', async () => {
    useFake().setEditorType('figma')
    const { session } = await launch('insert-vpc')
    expect(session.closed).toBe(true)
    expect(useFake().inspect.nodes()).toHaveLength(0)
    expect(session.notifications.at(-1)?.message).toBe('VPC Fit works in FigJam. Open a FigJam board and run it there.')
  })
})

describe('the panel follows the facilitator on a board with several canvases', () => {
  /**
   * Three canvases in three languages, inserted as a facilitator would (each insert selects its canvas), named after
   * the test: panels that earlier tests left open can still post a state through the global `figma`.
   */
  async function threeCanvases(name: string): Promise<SectionNode[]> {
    await insertVpcAsync({ segment: `${name} commuters`, product: 'E-bikes', locale: 'en' })
    await insertVpcAsync({ segment: 'Föräldrar', product: 'Matkassar', locale: 'sv' })
    await insertVpcAsync({ segment: 'Studerende', product: 'Cykler', locale: 'da' })
    const sections = canvasSections()
    expect(sections).toHaveLength(3)
    return sections
  }

  /** Opens the panel; its latest state of this test's board. */
  async function openPanel(name: string): Promise<() => PanelState> {
    const session = await launch('open')
    await session.ready()
    return () => session.states().filter((one) => one.canvases[0]?.segment === `${name} commuters`).at(-1)!
  }

  it('opens on the canvas that holds the selected sticky, not the first on the page', async () => {
    const sections = await threeCanvases('sticky')
    const third = sections[2]!
    const job = dropSticky('Hente børn', pointInZone(third, 'jobs'))
    useFake().user.select([job])
    const state = await openPanel('sticky')
    expect(state().active?.canvasId).toBe(third.id)
    expect(state().selection).toMatchObject({ canvasId: third.id, zone: 'jobs' })
  })

  it('opens on the selected canvas (its relaunch button is pressed with it selected)', async () => {
    const sections = await threeCanvases('relaunch')
    useFake().user.select([sections[1]!])
    const state = await openPanel('relaunch')
    expect(state().active?.canvasId).toBe(sections[1]!.id)
  })

  it.each([
    ['on the third canvas', 2, 0],
    ['on the first canvas', 0, 0],
    ['on the second canvas', 1, 0],
    ['beside every canvas', 2, 8000]
  ])('with nothing selected and the view centred %s, opens on the canvas nearest the centre', async (label, index, dx) => {
    const name = label.replace(/\W/g, '')
    const sections = await threeCanvases(name)
    useFake().user.select([])
    const box = sections[index]!.absoluteBoundingBox!
    useFake().document.setView({ x: box.x + box.width / 2 + dx, y: box.y + box.height / 2 }, 0.2)
    const state = await openPanel(name)
    expect(state().active?.canvasId).toBe(sections[index]!.id)
  })

  it('lists every canvas for the overview with language, coverage, votes and the last check', async () => {
    const sections = await threeCanvases('overview')
    const first = sections[0]!
    const pain = dropSticky('Flat tyres', pointInZone(first, 'pains'))
    useFake().user.stamp(pain)
    useFake().user.select([])
    await checkFitAsync({ canvasId: null, locale: 'en' })
    // The stamp's change event is delivered before the panel opens (a panel opened later reads it as it is).
    await idle()
    const state = await openPanel('overview')
    const entries = state().canvases
    expect(entries.map((entry) => entry.locale)).toEqual(['en', 'sv', 'da'])
    expect(entries[0]).toMatchObject({ customerItems: 1, votes: 1, emptyZones: ['jobs', 'gains'], fitCard: 'on' })
    expect(entries.every((entry) => entry.checkedAt !== null && !Number.isNaN(Date.parse(entry.checkedAt)))).toBe(true)
  })
})
