/**
 * A hand-drawn canvas adopted in real Chromium: the playground's sample drawn as a person would (plain shapes,
 * label chips, stickies, connectors), the panel offering to adopt it, the click, and the canvas checked.
 */
import type { Frame } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { InspectedNode } from '../../fake'
import {
  boardNodes,
  FAIL_MISSING_IN_CI,
  launchBrowser,
  missingChromiumError,
  openPlayground,
  panelFrame,
  resultPath,
  RUN_BROWSER,
  startPlayground,
  type PlaygroundPage,
  type PlaygroundWindow
} from './harness'

if (FAIL_MISSING_IN_CI) {
  it('has Chromium installed (CI=true)', () => {
    throw missingChromiumError()
  })
}

/** What a person drew and sees, node by node (plugin data left out: it is not a visible change). */
function visible(nodes: InspectedNode[]): string[] {
  return nodes.map(({ pluginData: _p, sharedPluginData: _s, relaunchData: _r, ...rest }) =>
    JSON.stringify(rest)
  )
}

describe.skipIf(!RUN_BROWSER)('adopting a hand-drawn canvas in the playground', { shuffle: false }, () => {
  let server: Awaited<ReturnType<typeof startPlayground>>
  let browser: Awaited<ReturnType<typeof launchBrowser>>
  let pg: PlaygroundPage
  let frame: Frame
  let sectionId = ''

  beforeAll(async () => {
    server = await startPlayground()
    browser = await launchBrowser()
    pg = await openPlayground(browser, server.url, { width: 1600, height: 960 })
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('builds the sample drawing and the panel offers to adopt it', async () => {
    sectionId = await pg.page.evaluate(() =>
      (window as unknown as PlaygroundWindow).playground.loadDrawnSample()
    )
    await pg.page.evaluate(async (id) => {
      const { playground } = window as unknown as PlaygroundWindow
      playground.user.select([id])
      await playground.launch('open')
    }, sectionId)
    frame = await panelFrame(pg.page)
    const offer = frame.getByRole('button', { name: 'Adopt this drawing' })
    await offer.waitFor()
    expect(await frame.locator('text=This looks like a canvas drawn by hand.').count()).toBe(1)
  })

  it('adopts it with one click: zones understood, fit shown, nothing drawn changed', async () => {
    const before = visible(await boardNodes(pg.page))
    await frame.getByRole('button', { name: 'Adopt this drawing' }).click()
    await frame.getByRole('button', { name: 'Adopt this drawing' }).waitFor({ state: 'detached' })
    const after = await boardNodes(pg.page)
    expect(visible(after)).toEqual(before)
    const section = after.find((node) => node.id === sectionId)
    const drawn = JSON.parse(section?.sharedPluginData.vpcfit?.drawn ?? 'null') as {
      zones: Record<string, { mode: string }>
    }
    expect(Object.values(drawn.zones).map((zone) => zone.mode)).toEqual(Array(6).fill('sector'))
    const report = JSON.parse(section?.sharedPluginData.vpcfit?.report ?? 'null') as {
      zones: { pains: { text: string }[]; gainCreators: { text: string }[] }
      unplaced: { text: string }[]
      fit: { score: number; band: string }
    }
    expect(report.zones.pains.map((item) => item.text).sort()).toEqual(['Bike theft', 'Crowded trains'])
    expect(report.zones.gainCreators.map((item) => item.text)).toEqual(['Monthly price below a transit pass'])
    expect(report.unplaced.map((item) => item.text).sort()).toEqual([
      'Ask HR about a bike benefit',
      'Parking at the station?'
    ])
    // Each customer zone's link reaches its lower sticky (weight 1 of 3): 3 of 9.
    expect(report.fit).toMatchObject({ score: 33, band: 'weak' })
    await frame.getByText('33', { exact: false }).first().waitFor()
    await pg.page.screenshot({ path: resultPath('adopt-drawn-canvas.png') })
    expect(pg.pageErrors).toEqual([])
  })

  it('shows the zones the plugin understood over the drawing, and every sticky sits in its own zone', async () => {
    await pg.page.locator('#tool-zones').click()
    const layer = pg.page.locator(`#zone-layer g[data-zone-map="${sectionId}"]`)
    await layer.waitFor({ state: 'attached' })
    const zones = await layer
      .locator('rect')
      .evaluateAll((rects) => [...new Set(rects.map((r) => r.getAttribute('data-zone')))].sort())
    expect(zones).toEqual(['gainCreators', 'gains', 'jobs', 'painRelievers', 'pains', 'products'])
    const nodes = await boardNodes(pg.page)
    const section = nodes.find((node) => node.id === sectionId)
    const map = JSON.parse(section?.sharedPluginData.vpcfit?.zoneMap ?? 'null') as {
      x: number
      y: number
      width: number
      height: number
      cols: number
      rows: number
      cells: string
    }
    const report = JSON.parse(section?.sharedPluginData.vpcfit?.report ?? 'null') as {
      zones: Record<string, { id: string }[]>
    }
    const order = ['jobs', 'pains', 'gains', 'products', 'painRelievers', 'gainCreators']
    let checked = 0
    for (const [zone, items] of Object.entries(report.zones)) {
      for (const item of items) {
        const sticky = nodes.find((node) => node.id === item.id)!
        const col = Math.floor(((sticky.box.x + sticky.box.width / 2 - map.x) / map.width) * map.cols)
        const row = Math.floor(((sticky.box.y + sticky.box.height / 2 - map.y) / map.height) * map.rows)
        // The cell under the sticky's centre, or one beside it (the map is a grid of cell centres).
        const near: string[] = []
        for (let dr = -1; dr <= 1; dr++)
          for (let dc = -1; dc <= 1; dc++) near.push(map.cells[(row + dr) * map.cols + col + dc] ?? '.')
        expect(near, `${zone} ${item.id}`).toContain(String(order.indexOf(zone)))
        checked++
      }
    }
    expect(checked).toBeGreaterThanOrEqual(6)
    await pg.page.evaluate(() => (window as unknown as PlaygroundWindow).playground.zoomToFit())
    await pg.page.evaluate(() => (window as unknown as PlaygroundWindow).playground.screenshotReady())
    await pg.page.screenshot({ path: resultPath('adopt-zones.png') })
    await pg.page.locator('#tool-zones').click()
    await layer.waitFor({ state: 'detached' })
    expect(pg.pageErrors).toEqual([])
  })
})
