/**
 * Testing what a canvas assumes, in real Chromium through the playground: from the panel's riskiest list a test
 * card is drawn, the team types it on the board, records what they learned with a decision, and the fit backed by
 * evidence moves in the panel. Also the sample board with tests in progress, reached from the sample picker, and
 * the README's screenshot of a canvas with its test and learning cards.
 */
import type { Frame } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { InspectedNode } from '../../fake'
import {
  axeViolationsIn,
  boardNodes,
  clickablePoint,
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

/** axe's violations in the panel as it is, one line each (`rule: html | html`). */
async function axeViolations(frame: Frame): Promise<string[]> {
  return (await axeViolationsIn(frame)).map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)
}

if (FAIL_MISSING_IN_CI) {
  it('has Chromium installed (CI=true)', () => {
    throw missingChromiumError()
  })
}

describe.skipIf(!RUN_BROWSER)(
  'test card → learning card → fit backed by evidence, in Chromium',
  { shuffle: false },
  () => {
    let server: Awaited<ReturnType<typeof startPlayground>>
    let browser: Awaited<ReturnType<typeof launchBrowser>>
    let pg: PlaygroundPage
    let frame: Frame
    const started = Date.now()
    const page = () => pg.page

    const cardsOf = async (kind: 'testCard' | 'learningCard'): Promise<InspectedNode[]> =>
      (await boardNodes(page())).filter(
        (node) => node.type === 'SECTION' && node.sharedPluginData.vpcfit?.[kind]
      )
    const fieldOf = async (cardId: string, field: string): Promise<InspectedNode> => {
      const found = (await boardNodes(page())).find(
        (node) => node.parentId === cardId && node.sharedPluginData.vpcfit?.field === field
      )
      if (!found) throw new Error(`card ${cardId} has no ${field} field`)
      return found
    }
    const backed = () => frame.locator('.backed-fit p').innerText()

    /** Double-clicks a field on the board and types after its prompt, as a person does. */
    async function typeOnBoard(node: InspectedNode, words: string): Promise<void> {
      const spot = await clickablePoint(page(), node.id)
      await page().mouse.dblclick(spot.x, spot.y)
      await page().waitForSelector('#sticky-editor:not([hidden])')
      await page().keyboard.press('ControlOrMeta+End')
      await page().keyboard.type(words)
      await page().keyboard.press('Escape')
    }

    beforeAll(async () => {
      server = await startPlayground()
      browser = await launchBrowser()
      pg = await openPlayground(browser, server.url, { width: 1600, height: 960 })
      await page().evaluate(async () => {
        const { playground } = window as unknown as PlaygroundWindow
        await playground.loadSample('fitness-en')
        await playground.launch('open')
      })
      frame = await panelFrame(page())
    })

    afterAll(async () => {
      console.log(`[browser] evidence.test.ts took ${since(started)}`)
      await browser?.close()
      await server?.close()
    })

    it('draws a test card from the riskiest list, reads what the team typed, and the decision moves the backed fit', async () => {
      await frame.getByRole('tab', { name: 'Fit' }).click()
      await expect.poll(backed).toMatch(/^Backed by evidence: 0%/)
      const risk = frame.locator('.risk', { hasText: 'Lack of time' })
      await risk.getByRole('button', { name: 'Create a test card' }).click()
      await expect.poll(async () => (await cardsOf('testCard')).length).toBe(1)
      const [card] = await cardsOf('testCard')
      await page().evaluate(
        (ids) => (window as unknown as PlaygroundWindow).playground.zoomToFit(ids),
        [card!.id]
      )
      expect((await fieldOf(card!.id, 'hypothesis')).text).toBe(
        'We believe that busy professionals struggle with lack of time'
      )

      // The team writes the test on the board: one field by double-click and typing, two more as quick edits.
      await typeOnBoard(await fieldOf(card!.id, 'test'), 'offer 10-minute plans to 20 people')
      expect((await fieldOf(card!.id, 'test')).text).toBe(
        'To find out, we will offer 10-minute plans to 20 people'
      )
      await page().evaluate(
        async ([metric, criteria]) => {
          const { playground } = window as unknown as PlaygroundWindow
          playground.user.typeInto(metric!, 'We will measure sessions finished in a week')
          playground.user.typeInto(criteria!, 'We are right if 12 of 20 finish three')
          await playground.fake.flush()
        },
        [(await fieldOf(card!.id, 'metric')).id, (await fieldOf(card!.id, 'criteria')).id]
      )
      const test = frame
        .getByRole('list', { name: 'Tests on the board' })
        .locator('li', { hasText: 'Lack of time' })
      await expect.poll(() => test.locator('.test-line').innerText()).toContain('Test ready to run')

      await test.getByRole('button', { name: 'Record what we learned' }).click()
      await expect.poll(async () => (await cardsOf('learningCard')).length).toBe(1)
      const [learning] = await cardsOf('learningCard')
      await page().evaluate(
        (ids) => (window as unknown as PlaygroundWindow).playground.zoomToFit(ids),
        [learning!.id]
      )
      await expect.poll(() => test.locator('.test-line').innerText()).toContain('Learning: decision to write')
      await typeOnBoard(await fieldOf(learning!.id, 'observation'), '15 of 20 finished three sessions')
      // Until the decision is written, nothing is backed.
      expect(await backed()).toMatch(/^Backed by evidence: 0%/)
      await typeOnBoard(await fieldOf(learning!.id, 'decision'), 'keep')

      // Lack of time (three votes: the heaviest pain) is addressed and now supported: 27 % of the fit is backed.
      await expect.poll(backed).toBe('Backed by evidence: 27%')
      await expect.poll(() => test.locator('.test-line').innerText()).toBe('Decided: keep')
      await frame.getByRole('tab', { name: 'Zones' }).click()
      const toggle = frame.getByRole('button', { name: /^Pains \d/ })
      if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click()
      await expect
        .poll(() => frame.getByRole('button', { name: /Lack of time/ }).innerText())
        .toContain('Customers said')
      // The tags, the zone's evidence line and its Set evidence selects, contrast included.
      await frame.locator('#zone-body-pains').getByRole('button', { name: 'Set evidence' }).click()
      expect(await axeViolations(frame)).toEqual([])
      // What people typed is still on the cards, word for word.
      expect((await fieldOf(card!.id, 'test')).text).toBe(
        'To find out, we will offer 10-minute plans to 20 people'
      )
      expect((await fieldOf(learning!.id, 'decision')).text).toBe('So we will (keep, change or drop): keep')
      expect(pg.pageErrors).toEqual([])
    })

    it('loads the sample board with tests in progress from the picker, and shows it with its cards (screenshot)', async () => {
      // A fresh board: the sample as a facilitator meets it, nothing of the first test beside it.
      await pg.page.context().close()
      pg = await openPlayground(browser, server.url, { width: 1600, height: 960 })
      const before = await boardNodes(page())
      await page().selectOption('#sample-select', 'tests-en')
      await expect.poll(async () => (await cardsOf('testCard')).length, { timeout: 20_000 }).toBe(2)
      await expect.poll(async () => (await cardsOf('learningCard')).length).toBe(1)
      const canvas = (await boardNodes(page())).find(
        (node) =>
          node.sharedPluginData.vpcfit?.role === 'vpc-canvas' && !before.some((old) => old.id === node.id)
      )!
      frame = await panelFrame(page())
      await frame.getByRole('tab', { name: 'Fit' }).click()
      const tests = frame.getByRole('list', { name: 'Tests on the board' })
      await expect.poll(() => tests.innerText()).toContain('Complex apps')
      expect(await tests.locator('li', { hasText: 'Complex apps' }).innerText()).toContain(
        'Test card: to fill in'
      )
      expect(await tests.locator('li', { hasText: 'Lack of time' }).innerText()).toContain('Decided: keep')
      expect(await axeViolations(frame)).toEqual([])
      // Three items backed (a test kept, two set in the panel): more than the first canvas's one, on card and panel.
      const value = Number(/(\d+)%/.exec(await backed())?.[1])
      expect(value).toBeGreaterThan(27)
      await page().evaluate(async (id) => {
        const { playground } = window as unknown as PlaygroundWindow
        playground.user.select([id])
        await playground.launch('check-fit')
      }, canvas.id)
      const fitCard = (await boardNodes(page())).find(
        (node) => node.sharedPluginData.vpcfit?.role === 'fit-card' && node.parentId === canvas.id
      )
      expect(fitCard?.text?.split('\n')[0]).toMatch(
        new RegExp(`^Fit \\d+% · [a-z ]+ · backed by evidence ${value}%$`)
      )
      const mine = (await boardNodes(page())).filter(
        (node) =>
          node.type === 'SECTION' &&
          !before.some((old) => old.id === node.id) &&
          (node.sharedPluginData.vpcfit?.testCard || node.sharedPluginData.vpcfit?.learningCard)
      )
      expect(mine).toHaveLength(3)
      // The fit card, the item under test and its two cards, close enough to read; no notifications.
      await page().evaluate(
        async (ids) => {
          const { playground } = window as unknown as PlaygroundWindow
          playground.user.select([])
          playground.zoomToFit(ids)
          await playground.screenshotReady()
          document.getElementById('toasts')?.replaceChildren()
        },
        [
          fitCard!.id,
          (await boardNodes(page())).find(
            (node) => node.type === 'STICKY' && node.text === 'Lack of time' && node.parentId === canvas.id
          )!.id,
          ...mine.filter((node) => !node.name.includes('Complex apps')).map((node) => node.id)
        ]
      )
      const file = resultPath('canvas-test-cards.png')
      await page().locator('#board').screenshot({ path: file })
      publishScreenshot(file, 'canvas-test-cards.png')
      expect(pg.pageErrors).toEqual([])
    })
  }
)
