/**
 * The panel beside a filled canvas in real Chromium: screenshots in light and dark theme, an axe-core scan of the
 * plugin iframe in both, and board text carrying HTML that must stay text everywhere.
 */
import type { Frame } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FONT_SIZE, STICKY, wrapLines } from '../../fake'
import type { Theme } from '../../playground/theme'
import {
  drawnLines,
  axeViolationsIn,
  type AxeViolation,
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

const PAYLOAD = '<img src=x onerror=alert(1)>'
const SEGMENT_PAYLOAD = '<script>alert(2)</script>Teams'

if (FAIL_MISSING_IN_CI) {
  it('has Chromium installed (CI=true)', () => {
    throw missingChromiumError()
  })
}

// The screenshots and scans are of the board beforeAll built; the last test adds hostile text to it. The order is
// fixed even under `--sequence.shuffle`, so the README's screenshots never show that test's canvas.
describe.skipIf(!RUN_BROWSER)('the panel in Chromium', { shuffle: false }, () => {
  let server: Awaited<ReturnType<typeof startPlayground>>
  let browser: Awaited<ReturnType<typeof launchBrowser>>
  let pg: PlaygroundPage
  let frame: Frame
  const started = Date.now()

  const page = () => pg.page
  const setTheme = async (theme: Theme) => {
    await page().evaluate((t) => (window as unknown as PlaygroundWindow).playground.setTheme(t), theme)
    await frame.waitForFunction((t) => document.documentElement.classList.contains(`figma-${t}`), theme)
  }

  const axeViolations = (): Promise<AxeViolation[]> => axeViolationsIn(frame)

  function describeViolations(violations: AxeViolation[]): string {
    return violations
      .map(
        (v) =>
          `${v.id} (${v.impact ?? '?'}): ${v.help}\n` +
          v.nodes.map((n) => `   ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join('\n')
      )
      .join('\n')
  }

  beforeAll(async () => {
    server = await startPlayground()
    browser = await launchBrowser()
    pg = await openPlayground(browser, server.url, { width: 1600, height: 960 })
    const canvas = await page().evaluate(() =>
      (window as unknown as PlaygroundWindow).playground.loadSample('fitness-en')
    )
    await page().evaluate(async (id) => {
      const { playground } = window as unknown as PlaygroundWindow
      await playground.launch('open')
      playground.zoomToFit([id])
    }, canvas)
    frame = await panelFrame(page())
    await frame.waitForSelector('.band-badge .band-score')
    console.log(`[browser] panel ready in ${since(started)}`)
  })

  afterAll(async () => {
    console.log(`[browser] panel.test.ts took ${since(started)}`)
    await browser?.close()
    await server?.close()
  })

  for (const theme of ['light', 'dark'] as const) {
    it(`shows the fit beside the filled canvas in ${theme} theme (screenshot)`, async () => {
      await setTheme(theme)
      await page().evaluate(() => (window as unknown as PlaygroundWindow).playground.screenshotReady())
      const file = resultPath(`panel-${theme}.png`)
      await page().locator('#plugin-window').screenshot({ path: file })
      publishScreenshot(file, `playground-panel-${theme}.png`)
      await page().screenshot({ path: resultPath(`playground-${theme}.png`) })
      expect(await frame.locator('.band-badge .band-score').innerText()).toMatch(/\d+\s?%/)
    })

    it(`passes an axe-core scan in ${theme} theme`, async () => {
      await setTheme(theme)
      const violations = await axeViolations()
      expect(violations, describeViolations(violations)).toEqual([])
    })
  }

  it('keeps sticky text with HTML as text on the board and in the panel, and runs nothing', async () => {
    await setTheme('light')
    const id = await page().evaluate((text) => {
      const { playground } = window as unknown as PlaygroundWindow
      const nodes = playground.fake.inspect.nodes()
      const circle = nodes.find((n) => n.sharedPluginData.vpcfit?.role === 'customer-profile')
      if (!circle) throw new Error('no circle')
      // Into the jobs zone (right of the circle's centre), where the panel lists unaddressed jobs.
      const { x, y, width, height } = circle.box
      return playground.user.addSticky({
        text,
        x: x + width * 0.62,
        y: y + height * 0.5 - 330,
        color: 'Yellow'
      }).id
    }, PAYLOAD)
    // On the board: the literal text in the fake's line breaks, no element made from it.
    const lines = wrapLines(PAYLOAD, STICKY.width - 2 * STICKY.padding, FONT_SIZE.sticky).filter((line) => line !== '')
    await expect.poll(() => drawnLines(page(), id)).toEqual(lines)
    expect(await page().locator('#board img, #board-world img').count()).toBe(0)
    // In the panel (live): the Fit tab lists it as an unaddressed job; the jobs zone lists it too.
    await expect.poll(() => frame.locator('body').innerText(), { timeout: 10_000 }).toContain(PAYLOAD)
    await frame.click('[role="tab"]:has-text("Zones")')
    const jobs = frame.locator('button.zone-toggle:has-text("Customer jobs")')
    if ((await jobs.getAttribute('aria-expanded')) !== 'true') await jobs.click()
    await expect.poll(() => frame.locator('body').innerText(), { timeout: 10_000 }).toContain(PAYLOAD)
    expect(await frame.locator('img').count()).toBe(0)
    expect(
      await frame.evaluate(() => [...document.scripts].some((script) => script.text.includes('alert(')))
    ).toBe(false)

    // A segment with a script tag: the canvas name and the panel header show it as text.
    await page().evaluate(
      (segment) =>
        (window as unknown as PlaygroundWindow).playground.launch('insert-vpc', {
          segment,
          product: 'App',
          locale: 'en'
        }),
      SEGMENT_PAYLOAD
    )
    await page().evaluate(() => (window as unknown as PlaygroundWindow).playground.launch('open'))
    frame = await panelFrame(page())
    const overlay = (await page().locator('#board-overlay').textContent()) ?? ''
    expect(overlay).toContain(SEGMENT_PAYLOAD)
    await expect.poll(() => frame.locator('body').innerText()).toContain('<script>alert(2)</script>')
    expect(await frame.locator('img').count()).toBe(0)

    await page().waitForTimeout(200)
    expect(pg.dialogs).toEqual([])
    expect(pg.pageErrors).toEqual([])
  })
})
