// The open panel reads the board once when it opens and never again as a whole while the page stays the same:
// commands and edits are followed node by node. Counted with the fake's API counter (no timing).
import { describe, expect, it } from 'vitest'
import { bmcSummaryAsync } from '../../src/commands/bmc-summary-async'
import { insertBmcAsync } from '../../src/commands/insert-bmc-async'
import { insertVpcAsync } from '../../src/commands/insert-vpc-async'
import { ZONE_KEYS } from '../../src/core/types'
import { takeSnapshot } from '../../src/adapter/snapshot'
import { analyzeBoard } from '../../src/core/analyze'
import { useFake } from '../adapter/harness'
import { canvasSections, dropSticky, pointInZone } from '../adapter/helpers'
import { PanelDriver } from '../adapter/reliability/panel'
import { PanelController } from '../../src/panel/panel-controller'

async function boardAsync(canvases: number, perZone: number) {
  for (let i = 0; i < canvases; i++) await insertVpcAsync({ segment: `S${i}`, product: `P${i}`, locale: 'en' })
  const sections = canvasSections()
  for (const section of sections) {
    for (const zone of ZONE_KEYS) {
      for (let k = 0; k < perZone; k++) dropSticky(`${zone} ${k}`, pointInZone(section, zone, 0.3 + k / 20))
    }
  }
  await useFake().flush()
  return sections
}

describe('reads of the open panel', () => {
  it('opening the panel reads every sticky once, and UI_READY reads nothing more', async () => {
    const fake = useFake()
    await boardAsync(3, 4)
    const stickies = 3 * ZONE_KEYS.length * 4
    fake.counter.reset()
    const panel = await PanelDriver.openAsync(fake)
    expect(panel.state?.canvases).toHaveLength(3)
    expect(fake.counter.readsByProperty['STICKY.text.getStyledTextSegments']).toBe(stickies)
    expect(fake.counter.reads.STICKY).toBe(stickies * 4)
  })

  it('opening the panel on one canvas asks the page each query once, and looks for old private data once', async () => {
    const fake = useFake()
    await boardAsync(1, 4)
    await insertBmcAsync({ locale: 'en' })
    await fake.flush()
    fake.counter.reset()
    const controller = new PanelController('en')
    controller.openQuick()
    controller.panelReady()
    // Until the first state: stickies, stamps, connectors; the sections, stickies and shapes holding the plugin's
    // shared data (canvas sections, summary stickies, template shapes, learning and test cards, the BMC's blocks: one
    // query, answered by type and key); adopted drawings; one look for private data (none). The canvas sections used
    // to be asked three times (the canvas list, the structure, the BMC lookup) and each role query twice (shared,
    // then private): 18; then one query per type and key: 11. The BMC lookup follows the first state.
    expect(fake.counter.calls['PAGE.findAllWithCriteria']).toBe(6)
    controller.dispose()
    const panel = await PanelDriver.openAsync(fake)
    expect(panel.state?.canvases).toHaveLength(1)
    expect(panel.state?.hasBmc).toBe(true)
  })

  it('an old board (private role data) opens in the panel as it reads in a check', async () => {
    const fake = useFake()
    const [section] = await boardAsync(1, 3)
    for (const node of figma.currentPage.findAll()) {
      const role = node.getSharedPluginData('vpcfit', 'role')
      if (role === '') continue
      node.setPluginData('role', role)
      node.setSharedPluginData('vpcfit', 'role', '')
    }
    const panel = await PanelDriver.openAsync(fake)
    expect(panel.state?.canvases.map((canvas) => canvas.id)).toEqual([section!.id])
    const expected = analyzeBoard(takeSnapshot(figma.currentPage), 'now')[0]!
    expect(panel.state?.canvases[0]?.score).toBe(expected.report.fit.score)
    expect(panel.state?.active?.view.counts.jobs).toBe(3)
  })

  it('a checklist tick or a check from the panel reads no sticky again, and the panel shows the result', async () => {
    const fake = useFake()
    const [first] = await boardAsync(2, 3)
    const panel = await PanelDriver.openAsync(fake)
    // The panel opens on the canvas the selection is in (the last one inserted): look at the first.
    await panel.requestAsync('SELECT_CANVAS', { canvasId: first!.id })
    fake.counter.reset()
    const tick = await panel.requestAsync('SET_CHECK', { canvasId: first!.id, itemKey: 'vm.focus', checked: true })
    expect(tick.ok).toBe(true)
    expect(fake.counter.reads.STICKY ?? 0).toBe(0)
    const item = panel.state?.active?.checklist.find((entry) => entry.key === 'vm.focus')
    expect(item?.done).toBe(true)
    fake.counter.reset()
    const check = await panel.requestAsync('CHECK_FIT', { canvasId: first!.id })
    expect(check.ok).toBe(true)
    // The check itself reads its canvas (18 stickies, 4 reads each), and nothing after it reads the page again.
    expect(fake.counter.reads.STICKY).toBe(18 * 4)
  })
})

describe('reads of the BMC summary', () => {
  it('reads the canvas it summarises and the BMC, not the other canvases', async () => {
    const fake = useFake()
    const [first] = await boardAsync(3, 4)
    await insertBmcAsync({ locale: 'en' })
    await fake.flush()
    fake.counter.reset()
    const outcome = await bmcSummaryAsync({ canvasId: first!.id, locale: 'en' })
    expect(outcome.message).not.toBe('')
    const written = fake.inspect.nodes().filter((node) => node.type === 'STICKY' && node.sharedPluginData.vpcfit?.summary !== undefined)
    expect(written).toHaveLength(2)
    // Its 24 stickies' text, each read once (a page read would read all 72); the two it wrote are read back.
    expect(fake.counter.readsByProperty['STICKY.text.getStyledTextSegments']).toBe(ZONE_KEYS.length * 4)
    expect(fake.counter.readsByProperty['STICKY.text.characters'] ?? 0).toBeLessThanOrEqual(written.length)
  })
})
