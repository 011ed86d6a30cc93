// Commands on a canvas people drew (adopted) work as on the plugin's own: a suggested link is drawn, Repair says
// what it can do without reading the other drawings or the page.
import { describe, expect, it } from 'vitest'
import { adoptCanvasAsync } from '../../src/commands/adopt-canvas-async'
import { acceptSuggestionAsync } from '../../src/commands/accept-suggestion-async'
import { insertVpcAsync } from '../../src/commands/insert-vpc-async'
import { repairCanvasAsync } from '../../src/commands/repair-canvas-async'
import { readOneCanvasAnywhereAsync } from '../../src/commands/read-canvas'
import { runCommandAsync } from '../../src/run/run-command'
import { t } from '../../src/i18n'
import { useFake } from '../adapter/harness'
import type { Built } from '../adapter/drawn/drawings'
import { drawSquareAndCircle, ENGLISH, fill } from '../adapter/drawn/drawings'

async function adoptedAsync(): Promise<Built> {
  const built = fill(await drawSquareAndCircle({ labels: ENGLISH, container: 'none', dividers: true }))
  figma.currentPage.selection = built.selection
  expect((await runCommandAsync('en', () => adoptCanvasAsync({ locale: 'en' }))).ok).toBe(true)
  figma.currentPage.selection = []
  return built
}

describe('commands on an adopted canvas', () => {
  it('accepting a suggested link draws it, one undo step', async () => {
    const fake = useFake()
    const built = await adoptedAsync()
    const reliever = built.stickies.painRelievers[1]
    const pain = built.stickies.pains[1]
    reliever.text.characters = 'Pay monthly, not yearly'
    pain.text.characters = 'Paying a year up front'
    fake.figma.commitUndo()
    const analysis = await readOneCanvasAnywhereAsync(figma.currentPage, built.anchor.id)
    expect(analysis).not.toBeNull()
    const connectors = () => fake.inspect.nodes().filter((node) => node.type === 'CONNECTOR').length
    const before = connectors()
    const steps = fake.undo.steps
    const answer = await runCommandAsync('en', () =>
      acceptSuggestionAsync({ canvasId: built.anchor.id, fromId: reliever.id, toId: pain.id, locale: 'en' })
    )
    expect(answer).toMatchObject({ ok: true, message: t('en', 'notify.linkDrawn') })
    expect(connectors()).toBe(before + 1)
    expect(fake.undo.steps).toBe(steps + 1)
  })

  it('Repair of the plugin’s canvas reads no drawing; of a drawing, only that drawing', async () => {
    const fake = useFake()
    const built = await adoptedAsync()
    await insertVpcAsync({ segment: 'A', product: 'B', locale: 'en' })
    const own = fake.inspect.nodes().find((node) => node.sharedPluginData.vpcfit?.role === 'vpc-canvas')!
    await fake.flush()
    fake.counter.reset()
    const repaired = await runCommandAsync('en', () => repairCanvasAsync({ canvasId: own.id, locale: 'en' }))
    expect(repaired).toMatchObject({ ok: true, message: t('en', 'notify.nothingToRepair') })
    // One query for the adopted drawings' definitions; a drawing's lines and shapes were all read before.
    expect(fake.counter.calls['PAGE.findAllWithCriteria']).toBe(1)
    expect(fake.counter.reads.LINE ?? 0).toBe(0)
    fake.counter.reset()
    const asked = await runCommandAsync('en', () => repairCanvasAsync({ canvasId: built.anchor.id, locale: 'en' }))
    expect(asked).toMatchObject({ ok: true, message: t('en', 'adopt.noRedraw') })
    expect(fake.counter.calls['PAGE.findAllWithCriteria']).toBe(1)
  })
})
