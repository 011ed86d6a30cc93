// The open panel follows whether the page has a Business Model Canvas live: deleting the BMC turns "Write summary"
// into "Insert BMC and write summary" at once, undo or a hand-drawn BMC turns it back, and other edits never look
// for one (counted with the fake's API counter).
import { describe, expect, it } from 'vitest'
import { insertBmcAsync } from '../../src/commands/insert-bmc-async'
import { insertVpcAsync } from '../../src/commands/insert-vpc-async'
import { t } from '../../src/i18n'
import { useFake } from '../adapter/harness'
import { canvasSections, dropSticky, pointInZone } from '../adapter/helpers'
import { PanelDriver, settle } from '../adapter/reliability/panel'

async function boardWithBmcAsync() {
  const fake = useFake()
  await insertVpcAsync({ segment: 'Commuters', product: 'Bike app', locale: 'en' })
  const [canvas] = canvasSections()
  dropSticky('Get to work on time', pointInZone(canvas!, 'jobs', 0.5))
  await insertBmcAsync({ locale: 'en' })
  const bmc = fake.inspect.nodes().find((node) => node.sharedPluginData.vpcfit?.role === 'bmc-canvas')!
  await fake.flush()
  return { fake, canvas: canvas!, bmcId: bmc.id }
}

describe('the panel notices a BMC deleted or brought back, live', () => {
  it('deleting the BMC offers to insert one; undo brings the offer back to writing', async () => {
    const { fake, bmcId } = await boardWithBmcAsync()
    const panel = await PanelDriver.openAsync(fake)
    expect(panel.state?.hasBmc).toBe(true)
    fake.user.delete([bmcId])
    await settle(fake)
    expect(panel.state?.hasBmc).toBe(false)
    expect(fake.undo.undo()).toBe(true)
    await settle(fake)
    expect(panel.state?.hasBmc).toBe(true)
  })

  it('a collaborator deleting the section around the BMC is noticed too', async () => {
    const { fake, bmcId } = await boardWithBmcAsync()
    const bmc = fake.inspect.node(bmcId)!
    // A section of the team's, away from everything, and the BMC dragged into it.
    const holder = fake.user.addSection({
      name: 'Strategy',
      x: 0,
      y: 60_000,
      width: bmc.box.width + 400,
      height: bmc.box.height + 400
    })
    fake.user.move(bmcId, 200, 60_200)
    expect(fake.inspect.node(bmcId)!.parentId).toBe(holder.id)
    await fake.flush()
    const panel = await PanelDriver.openAsync(fake)
    expect(panel.state?.hasBmc).toBe(true)
    fake.user.delete([holder.id], { remote: true })
    await settle(fake)
    expect(panel.state?.hasBmc).toBe(false)
  })

  it('after the BMC was deleted, the summary button inserts one and writes: one answer, one undo step', async () => {
    const { fake, canvas, bmcId } = await boardWithBmcAsync()
    const panel = await PanelDriver.openAsync(fake)
    fake.user.delete([bmcId])
    await settle(fake)
    const steps = fake.undo.steps
    const answer = await panel.requestAsync('BMC_SUMMARY', { canvasId: canvas.id, insertBmc: 'en' })
    expect(answer.ok).toBe(true)
    expect(answer.message).toBe(
      t('en', 'bmcNotify.insertedWritten', {
        segment: 'Commuters',
        blocks: 'Value propositions and Customer segments'
      })
    )
    expect(fake.undo.steps).toBe(steps + 1)
    expect(panel.state?.hasBmc).toBe(true)
  })

  it('a BMC people draw themselves (two labelled sections) is noticed when it appears', async () => {
    const { fake, bmcId } = await boardWithBmcAsync()
    fake.user.delete([bmcId])
    await fake.flush()
    const panel = await PanelDriver.openAsync(fake)
    expect(panel.state?.hasBmc).toBe(false)
    fake.user.addSection({ name: 'Value Propositions', x: 40_000, y: 0, width: 800, height: 1200 })
    await settle(fake)
    expect(panel.state?.hasBmc).toBe(true)
  })

  it('a sticky edit never looks for the BMC again', async () => {
    const { fake, canvas } = await boardWithBmcAsync()
    const panel = await PanelDriver.openAsync(fake)
    fake.counter.reset()
    const sticky = dropSticky('Avoid the rain', pointInZone(canvas, 'pains', 0.5))
    fake.user.typeInto(sticky, 'Avoid rain and wind')
    fake.user.delete([sticky])
    await settle(fake)
    expect(panel.state?.hasBmc).toBe(true)
    // Looking for a BMC asks the page for sections and shapes; the live edits above never do.
    expect(fake.counter.calls['PAGE.findAllWithCriteria'] ?? 0).toBe(0)
  })
})

describe('on a page without a BMC, only an edit that can bring one looks for it', () => {
  async function boardWithoutBmcAsync() {
    const fake = useFake()
    await insertVpcAsync({ segment: 'Commuters', product: 'Bike app', locale: 'en' })
    const [canvas] = canvasSections()
    const shape = fake.user.addShape({ x: 40_000, y: 0, width: 800, height: 1200, text: 'Partners' })
    await fake.flush()
    return { fake, canvas: canvas!, shapeId: shape.id }
  }

  it('typing into a shape that does not become a block label reads no labels across the page', async () => {
    const { fake, shapeId } = await boardWithoutBmcAsync()
    const panel = await PanelDriver.openAsync(fake)
    expect(panel.state?.hasBmc).toBe(false)
    fake.counter.reset()
    fake.user.typeInto(shapeId, 'Key partners')
    await settle(fake)
    expect(fake.counter.calls['PAGE.findAllWithCriteria'] ?? 0).toBe(0)
  })

  it('a shape retyped as a block label brings the BMC at once, in another language too', async () => {
    const { fake, shapeId } = await boardWithoutBmcAsync()
    const panel = await PanelDriver.openAsync(fake)
    fake.user.typeInto(shapeId, 'Kundsegment')
    await settle(fake)
    expect(panel.state?.hasBmc).toBe(true)
  })

  it('a section renamed to a block label brings the BMC', async () => {
    const { fake } = await boardWithoutBmcAsync()
    const section = fake.user.addSection({ name: 'Ideas', x: 50_000, y: 0, width: 800, height: 1200 })
    await fake.flush()
    const panel = await PanelDriver.openAsync(fake)
    expect(panel.state?.hasBmc).toBe(false)
    fake.user.rename(section.id, 'Value Propositions')
    await settle(fake)
    expect(panel.state?.hasBmc).toBe(true)
  })
})
