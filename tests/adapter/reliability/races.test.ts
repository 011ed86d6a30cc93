/**
 * A node deleted by another person between the plugin's read and its write: after the panel's analysis and before
 * the request arrives, or while a command waits (for a node lookup or a font). The command must say so clearly and
 * leave no half-done work behind.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { checkFitAsync } from '../../../src/commands/check-fit-async'
import { bmcSummaryAsync } from '../../../src/commands/bmc-summary-async'
import { insertBmcAsync } from '../../../src/commands/insert-bmc-async'
import { repairCanvasAsync } from '../../../src/commands/repair-canvas-async'
import { acceptSuggestionAsync } from '../../../src/commands/accept-suggestion-async'
import { SHARED_NAMESPACE, SHARED_REPORT_KEY } from '../../../src/adapter/plugin-data'
import { t } from '../../../src/i18n'
import { useFake } from '../harness'
import { documentState, partOf } from './board'
import { smallCanvas } from './canvas'
import { commandAsync, expectDone, expectRefused, raceAsync } from './observe'
import { PanelDriver } from './panel'

const REMOTE = { remote: true }

describe('a node deleted by another user between read and write (through the panel)', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  async function openWithSuggestionAsync() {
    const fake = useFake()
    const canvas = await smallCanvas(fake)
    const panel = await PanelDriver.openAsync(fake)
    return { fake, canvas, panel }
  }

  it('a sticky removed after the panel’s analysis, before accept-suggestion: “no longer applies”, no connector', async () => {
    const { fake, canvas, panel } = await openWithSuggestionAsync()
    const pair = {
      canvasId: canvas.id,
      fromId: canvas.sticky['Monthly pass']!,
      toId: canvas.sticky['Arrive fresh']!
    }
    // The collaborator's delete and the click cross: the panel still shows the old analysis when the request lands.
    fake.user.delete([pair.toId], REMOTE)
    const connectors = fake.inspect.nodes().filter((n) => n.type === 'CONNECTOR').length
    const answer = await panel.requestAsync('ACCEPT_SUGGESTION', pair)
    expect(answer).toMatchObject({ ok: false, message: t('en', 'notify.suggestionStale') })
    expect(fake.inspect.nodes().filter((n) => n.type === 'CONNECTOR')).toHaveLength(connectors)
  })

  it('a sticky removed before focus: “no longer on the board”, selection unchanged', async () => {
    const { fake, canvas, panel } = await openWithSuggestionAsync()
    fake.user.select([canvas.sticky['Stay fit']!])
    fake.user.delete([canvas.sticky['Rain']!], REMOTE)
    const answer = await panel.requestAsync('FOCUS_NODE', { nodeId: canvas.sticky['Rain']! })
    expect(answer).toMatchObject({ ok: false, message: t('en', 'notify.nodeGone') })
    expect(fake.inspect.selection()).toEqual([canvas.sticky['Stay fit']])
  })

  it.each([
    ['SET_CHECK', { itemKey: 'vm.focus', checked: true }],
    ['REJECT_SUGGESTION', { fromId: '1:1', toId: '1:2' }],
    ['REPAIR_CANVAS', {}],
    ['CHECK_FIT', {}],
    ['BMC_SUMMARY', {}]
  ])('a section removed before %s: “that canvas is no longer on this page”', async (name, extra) => {
    const { fake, canvas, panel } = await openWithSuggestionAsync()
    await insertBmcAsync({ locale: 'en' })
    fake.user.delete([canvas.id], REMOTE)
    const before = documentState(fake)
    const answer = await panel.requestAsync(name, { canvasId: canvas.id, ...extra })
    expect(answer.ok).toBe(false)
    expect([
      t('en', 'notify.canvasGone'),
      t('en', 'notify.noCanvas'),
      t('en', 'bmcNotify.canvasGone'),
      t('en', 'bmcNotify.noCanvas')
    ]).toContain(answer.message)
    expect(documentState(fake)).toBe(before)
  })
  it.each(['EXPORT', 'SELECT_CANVAS'])(
    'a section removed, then %s once the panel caught up: “that canvas is no longer on this page”',
    async (name) => {
      const { fake, canvas, panel } = await openWithSuggestionAsync()
      fake.user.delete([canvas.id], REMOTE)
      await panel.sendRawAsync(['UI_READY', { requestId: 'ready', browserLocale: null }])
      const answer = await panel.requestAsync(name, {
        canvasId: canvas.id,
        ...(name === 'EXPORT' ? { format: 'csv' } : {})
      })
      expect(answer).toEqual({
        requestId: expect.any(String) as string,
        ok: false,
        message: t('en', 'notify.canvasGone')
      })
      expect(panel.exports).toEqual([])
    }
  )
})

describe('a node deleted by another user while a command waits', () => {
  it('a sticky removed while accept-suggestion looks the pair up: “no longer applies”, no connector', async () => {
    const fake = useFake()
    const canvas = await smallCanvas(fake)
    const pair = {
      canvasId: canvas.id,
      fromId: canvas.sticky['Monthly pass']!,
      toId: canvas.sticky['Arrive fresh']!,
      locale: 'en' as const
    }
    const result = await raceAsync(
      fake,
      () => acceptSuggestionAsync(pair),
      () => fake.user.delete([pair.toId], REMOTE)
    )
    expectRefused(result, t('en', 'notify.suggestionStale'))
  })

  it('a canvas removed while check-fit writes the reports of several: no report half-written, a clear message', async () => {
    const fake = useFake()
    const a = await smallCanvas(fake, { segment: 'A' })
    const b = await smallCanvas(fake, { segment: 'B' })
    fake.user.select([])
    const result = await raceAsync(
      fake,
      () => checkFitAsync({ canvasId: null, locale: 'en' }),
      () => fake.user.delete([b.id], REMOTE)
    )
    expectRefused(result, t('en', 'notify.canvasGone'))
    expect(a.section.getSharedPluginData(SHARED_NAMESPACE, SHARED_REPORT_KEY)).toBe('')
  })

  it('a canvas removed while repair waits for the font: “no longer on this page”, no stray shape', async () => {
    const fake = useFake()
    const canvas = await smallCanvas(fake)
    fake.user.delete([partOf(fake, canvas.id, 'customerProfile')!.id])
    const result = await raceAsync(
      fake,
      () => repairCanvasAsync({ canvasId: canvas.id, locale: 'en' }),
      () => fake.user.delete([canvas.id], REMOTE),
      { atFontLoad: true }
    )
    expectRefused(result, t('en', 'notify.canvasGone'))
    expect(fake.inspect.nodes().filter((n) => n.type === 'SHAPE_WITH_TEXT')).toEqual([])
  })

  it('the missing part redrawn by someone else while repair waits for the font: nothing drawn twice', async () => {
    const fake = useFake()
    const canvas = await smallCanvas(fake)
    const circle = partOf(fake, canvas.id, 'customerProfile')!
    fake.user.delete([circle.id])
    const result = await raceAsync(
      fake,
      () => repairCanvasAsync({ canvasId: canvas.id, locale: 'en' }),
      () => fake.undo.undo(),
      { atFontLoad: true }
    )
    expectDone(result, t('en', 'notify.nothingToRepair'))
    expect(fake.inspect.nodes().filter((n) => n.sharedPluginData.vpcfit?.role === 'customer-profile')).toHaveLength(1)
  })

  it('a BMC removed while the summary waits for the font: a clear message, no stray sticky', async () => {
    const fake = useFake()
    const canvas = await smallCanvas(fake)
    await insertBmcAsync({ locale: 'en' })
    const bmc = fake.inspect.nodes().find((n) => n.sharedPluginData.vpcfit?.role === 'bmc-canvas')!
    const result = await raceAsync(
      fake,
      () => bmcSummaryAsync({ canvasId: canvas.id, locale: 'en' }),
      () => fake.user.delete([bmc.id], REMOTE),
      { atFontLoad: true }
    )
    expect(result.answer).toEqual({ ok: false, message: t('en', 'bmcNotify.noBmc') })
    expect(result.changed).toBe(false)
    expect(result.undoSteps).toBe(0)
    expect(result.lost).toEqual([])
    expect(fake.inspect.nodes().filter((n) => n.sharedPluginData.vpcfit?.role === 'bmc-summary')).toEqual([])
  })

  it('a summary sticky edited by a collaborator while the summary waits for the font: their text is kept', async () => {
    const fake = useFake()
    const canvas = await smallCanvas(fake)
    await insertBmcAsync({ locale: 'en' })
    expectDone(await commandAsync(fake, () => bmcSummaryAsync({ canvasId: canvas.id, locale: 'en' })))
    const written = fake.inspect.nodes().filter((n) => n.sharedPluginData.vpcfit?.role === 'bmc-summary')
    expect(written).toHaveLength(2)
    // Something changes on the canvas, so the summary has new text to write.
    fake.user.typeInto(canvas.sticky['Rain']!, 'Heavy rain')
    // The customer segment sticky lists the pains, so its text changes.
    const theirs = written.find((n) => (n.sharedPluginData.vpcfit?.summary ?? '').includes('customerSegments'))!
    const result = await raceAsync(
      fake,
      () => bmcSummaryAsync({ canvasId: canvas.id, locale: 'en' }),
      () => fake.user.typeInto(theirs.id, 'Our own wording, do not touch', REMOTE),
      { atFontLoad: true }
    )
    expect(result.answer.ok).toBe(true)
    expect(fake.inspect.node(theirs.id)?.text).toBe('Our own wording, do not touch')
    expect(result.answer.message).toContain(
      t('en', 'bmcNotify.keptEdited', { block: 'Customer segments' })
    )
    expect(fake.inspect.nodes().filter((n) => n.sharedPluginData.vpcfit?.role === 'bmc-summary')).toHaveLength(3)
  })
})
