import { describe, expect, it } from 'vitest'
import { bmcSummaryFromMenuAsync } from '../../src/commands/bmc-summary-menu-async'
import { insertVpcAsync } from '../../src/commands/insert-vpc-async'
import { ROLES } from '../../src/adapter/plugin-data'
import type { ButtonClickOrder } from '../../fake/types'
import { useFake } from './harness'
import { canvasSections, dropSticky, pointInZone } from './helpers'

async function offerToInsertBmc() {
  const fake = useFake()
  await insertVpcAsync({ segment: 'Parents', product: 'Sitters', locale: 'en' })
  dropSticky('Cancellations', pointInZone(canvasSections()[0]!, 'pains', 0.5))
  await bmcSummaryFromMenuAsync('en')
  const offer = fake.session.notifications.at(-1)
  expect(offer?.options?.button?.text).toBeTruthy()
  expect(fake.session.closed).toBe(false)
  return fake
}

/** BMC sections on the board, read without the plugin (it may have closed). */
const bmcSections = () =>
  useFake()
    .inspect.nodes()
    .filter((node) => node.type === 'SECTION' && (node.pluginData.role === ROLES.bmc || node.sharedPluginData.vpcfit?.role === ROLES.bmc))

describe('the "Insert BMC" button on the no-BMC notification', () => {
  it.each<ButtonClickOrder>(['dequeue-first', 'action-first'])(
    'inserts the BMC and writes the summary whatever FigJam runs first (%s), then closes',
    async (order) => {
      const fake = await offerToInsertBmc()
      fake.session.clickNotificationButton(order)
      // The action's work is asynchronous (fonts, then drawing): let it run to the end.
      for (let turn = 0; turn < 50 && !fake.session.closed; turn++) await fake.flush()
      expect(bmcSections()).toHaveLength(1)
      expect(fake.session.closed).toBe(true)
      expect(fake.session.notifications.at(-1)?.options?.error).toBeFalsy()
    }
  )

  it('closes the plugin when the offer times out, drawing nothing', async () => {
    const fake = await offerToInsertBmc()
    fake.session.expireNotification()
    expect(fake.session.closed).toBe(true)
    expect(bmcSections()).toHaveLength(0)
  })
})
