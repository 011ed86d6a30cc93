/**
 * A workshop board in real Chromium: three breakout canvases in three languages (the sample boards), the panel
 * following the facilitator from canvas to canvas, the overview of all three, and the fit card Check fit draws on
 * each. Also makes the README's screenshots of the overview and of a canvas with its fit card.
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
  publishScreenshot,
  resultPath,
  RUN_BROWSER,
  since,
  startPlayground,
  type PlaygroundPage,
  type PlaygroundWindow
} from './harness'

if (FAIL_MISSING_IN_CI) {
  it('has Chromium installed (CI=true)', () => {
    throw missingChromiumError()
  })
}

/** The three sample boards: one canvas each, in English, Swedish and Danish. */
const SAMPLE_NAMES = ['fitness-en', 'matkasse-sv', 'elcykel-da'] as const
/** What the panel's header shows for each canvas (segment × offer). */
const TITLE_PART = { 'fitness-en': 'Fitness app', 'matkasse-sv': 'Matkasse med recept', 'elcykel-da': 'Elcykel-abonnement' } as const

function inside(node: InspectedNode, box: InspectedNode['box']): boolean {
  const x = node.box.x + node.box.width / 2
  const y = node.box.y + node.box.height / 2
  return x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height
}

describe.skipIf(!RUN_BROWSER)('a workshop board with three canvases in three languages', () => {
  let server: Awaited<ReturnType<typeof startPlayground>>
  let browser: Awaited<ReturnType<typeof launchBrowser>>
  let pg: PlaygroundPage
  const canvasIds: string[] = []
  const started = Date.now()
  const page = () => pg.page
  const cards = async (): Promise<InspectedNode[]> =>
    (await boardNodes(page())).filter((node) => node.sharedPluginData.vpcfit?.role === 'fit-card')

  /** The canvas the open panel shows: the id the picker holds. */
  const shownCanvas = (frame: Frame) => frame.locator('#canvas-picker').inputValue()

  beforeAll(async () => {
    server = await startPlayground()
    browser = await launchBrowser()
    pg = await openPlayground(browser, server.url, { width: 1600, height: 960 })
    for (const name of SAMPLE_NAMES) {
      canvasIds.push(await page().evaluate((sample) => (window as unknown as PlaygroundWindow).playground.loadSample(sample), name))
    }
    await page().evaluate(() => (window as unknown as PlaygroundWindow).playground.zoomToFit())
    console.log(`[browser] three sample canvases in ${since(started)}`)
  })

  afterAll(async () => {
    console.log(`[browser] workshop.test.ts took ${since(started)}`)
    await browser?.close()
    await server?.close()
  })

  it('opens the panel on the canvas whose sticky is selected, each of the three in turn', async () => {
    for (const [index, id] of canvasIds.entries()) {
      const all = await boardNodes(page())
      const section = all.find((node) => node.id === id)!
      const sticky = all.find((node) => node.type === 'STICKY' && inside(node, section.box))
      expect(sticky, `a sticky on canvas ${index + 1}`).toBeDefined()
      await page().evaluate((nodeId) => (window as unknown as PlaygroundWindow).playground.user.select([nodeId]), sticky!.id)
      await page().evaluate(() => (window as unknown as PlaygroundWindow).playground.launch('open'))
      const frame = await panelFrame(page())
      await expect.poll(() => shownCanvas(frame)).toBe(id)
      const name = SAMPLE_NAMES[index]!
      expect(await frame.locator('#canvas-picker option:checked').innerText()).toContain(TITLE_PART[name])
    }
  })

  it('opens the panel on the canvas whose own "Open VPC Fit" button was pressed', async () => {
    for (const id of [canvasIds[2]!, canvasIds[0]!, canvasIds[1]!]) {
      await page().evaluate(() => (window as unknown as PlaygroundWindow).playground.user.select([]))
      await page().evaluate((nodeId) => (window as unknown as PlaygroundWindow).playground.zoomToFit([nodeId]), id)
      await page().click(`#board-overlay .pg-section-label[data-node-id="${id}"] text`)
      await page().waitForSelector(`#relaunch-bar:not([hidden])[data-node-id="${id}"]`)
      await page().click('#relaunch-bar button[data-command="open"]')
      const frame = await panelFrame(page())
      await expect.poll(() => shownCanvas(frame)).toBe(id)
    }
  })

  it('draws one fit card per canvas on Check fit, in each canvas’s language, and updates it in place', async () => {
    await page().evaluate(() => (window as unknown as PlaygroundWindow).playground.user.select([]))
    await page().evaluate(() => (window as unknown as PlaygroundWindow).playground.launch('check-fit'))
    await expect.poll(async () => (await cards()).length).toBe(3)
    const first = await cards()
    const byCanvas = (list: InspectedNode[], id: string) => list.find((card) => card.parentId === id)
    expect(byCanvas(first, canvasIds[0]!)?.text).toMatch(/^Fit \d+%/)
    expect(byCanvas(first, canvasIds[1]!)?.text).toMatch(/^Matchning \d+\u00a0%/)
    expect(byCanvas(first, canvasIds[2]!)?.text).toMatch(/^Match \d+\u00a0%/)
    // A second check: the same three cards, no new ones.
    await page().evaluate(() => (window as unknown as PlaygroundWindow).playground.launch('check-fit'))
    const second = await cards()
    expect(second.map((card) => card.id).sort()).toEqual(first.map((card) => card.id).sort())
  })

  it('lists all three canvases with their scores in the overview (screenshot)', async () => {
    await page().evaluate(() => (window as unknown as PlaygroundWindow).playground.user.select([]))
    await page().evaluate(() => (window as unknown as PlaygroundWindow).playground.launch('open'))
    const frame = await panelFrame(page())
    await frame.click('[role="tab"]:has-text("Overview")')
    const rows = frame.locator('.overview-row')
    await expect.poll(() => rows.count()).toBe(3)
    const texts = await rows.allInnerTexts()
    for (const [index, text] of texts.entries()) {
      expect(text).toContain(['EN', 'SV', 'DA'][index])
      expect(text).toMatch(/\d+\s?%/)
      expect(text).toMatch(/Checked/)
    }
    // The three canvases framed beside the open panel, the check's notifications gone: the room's view.
    await page().evaluate(async () => {
      const { playground } = window as unknown as PlaygroundWindow
      playground.zoomToFit()
      await playground.screenshotReady()
      document.getElementById('toasts')?.replaceChildren()
    })
    const file = resultPath('workshop-overview.png')
    await page().screenshot({ path: file })
    publishScreenshot(file, 'workshop-overview.png')
    // A click on a row selects that canvas on the board, and the panel stays on the overview.
    await rows.nth(1).click()
    await expect.poll(() => page().evaluate(() => (window as unknown as PlaygroundWindow).figma.currentPage.selection.map((n) => n.id))).toEqual([
      canvasIds[1]
    ])
    expect(await frame.locator('[role="tab"][aria-selected="true"]').innerText()).toBe('Overview')
  })

  it('shows a canvas with its fit card (screenshot)', async () => {
    await page().evaluate(async (id) => {
      const { playground } = window as unknown as PlaygroundWindow
      // Nothing selected: the canvas as the room sees it, without the relaunch bar.
      playground.user.select([])
      playground.zoomToFit([id])
      await playground.screenshotReady()
      document.getElementById('toasts')?.replaceChildren()
    }, canvasIds[0]!)
    const file = resultPath('canvas-fit-card.png')
    await page().locator('#board').screenshot({ path: file })
    publishScreenshot(file, 'canvas-fit-card.png')
  })

  it('leaves a card a person edited alone, and undo removes a new card with its check', async () => {
    const [edited] = (await cards()).filter((card) => card.parentId === canvasIds[2])
    await page().evaluate((id) => (window as unknown as PlaygroundWindow).playground.user.typeInto(id, 'Godt gået, hold 3!'), edited!.id)
    await page().evaluate(() => (window as unknown as PlaygroundWindow).playground.launch('check-fit'))
    const after = await cards()
    expect(after.find((card) => card.id === edited!.id)?.text).toBe('Godt gået, hold 3!')
    expect(after).toHaveLength(3)
    // A fourth canvas, checked once: undo takes its new card away together with the check.
    const fourth = await page().evaluate(() => (window as unknown as PlaygroundWindow).playground.loadSample('fitness-en'))
    await page().evaluate((id) => (window as unknown as PlaygroundWindow).playground.user.select([id]), fourth)
    await page().evaluate(() => (window as unknown as PlaygroundWindow).playground.launch('check-fit'))
    await expect.poll(async () => (await cards()).length).toBe(4)
    await page().click('#tool-undo')
    await expect.poll(async () => (await cards()).length).toBe(3)
    expect(pg.pageErrors).toEqual([])
  })
})
