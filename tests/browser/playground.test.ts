/**
 * The plugin end to end in real Chromium, driven as a facilitator would: the real dist/main.js against the
 * FigJam fake, the real dist/ui.html in its iframe, the Plugins menu, the toolbar, the mouse.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { InspectedNode } from '../../fake'
import { inZone, placeInZone, type Box } from '../../playground/placement'
import { SAMPLES, ZONE_COLOURS } from '../../playground/samples'
import type { ZoneKey } from '../../src/core/types'
import { FONT_SIZE, STICKY, wrapLines } from '../../fake'
import {
  boardNodes,
  clickablePoint,
  clickNode,
  drawnLines,
  FAIL_MISSING_IN_CI,
  launchBrowser,
  missingChromiumError,
  openPlayground,
  pageToScreen,
  panelFrame,
  publishScreenshot,
  resultPath,
  RUN_BROWSER,
  screenBox,
  since,
  startPlayground,
  type PlaygroundPage,
  type PlaygroundWindow
} from './harness'

const ZONES: readonly ZoneKey[] = ['jobs', 'pains', 'gains', 'products', 'painRelievers', 'gainCreators']
const CIRCLE_ZONES: readonly ZoneKey[] = ['jobs', 'pains', 'gains']
const SAMPLE = SAMPLES['fitness-en'] as (typeof SAMPLES)[string]
/** The zone whose stickies are added from the toolbar and dragged into place with the mouse. */
const BY_HAND: ZoneKey = 'gainCreators'

if (FAIL_MISSING_IN_CI) {
  it('has Chromium installed (CI=true)', () => {
    throw missingChromiumError()
  })
}

function roleOf(node: InspectedNode): string {
  return node.sharedPluginData.vpcfit?.role ?? ''
}

function centre(box: Box): { x: number; y: number } {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
}

/** The zone of a canvas holding a node's centre, or null. */
function zoneOfNode(node: InspectedNode, square: InspectedNode, circle: InspectedNode): ZoneKey | null {
  const point = centre(node.box)
  return ZONES.find((zone) => inZone(point, zone, CIRCLE_ZONES.includes(zone) ? circle.box : square.box)) ?? null
}

// One workshop told in steps on one board: each step starts where the previous one left off, and the last checks
// the whole run. The order is the point, so it is fixed even under `--sequence.shuffle` (other files still move).
describe.skipIf(!RUN_BROWSER)('playground in Chromium: a workshop from empty board to BMC summary', { shuffle: false }, () => {
  let server: Awaited<ReturnType<typeof startPlayground>>
  let pg: PlaygroundPage
  let browser: Awaited<ReturnType<typeof launchBrowser>>
  let canvasId = ''
  const stickyIds = new Map<string, string>()
  const started = Date.now()

  const page = () => pg.page
  const nodes = () => boardNodes(page())
  const node = async (id: string) => (await nodes()).find((n) => n.id === id)
  const canvasParts = async () => {
    const all = await nodes()
    const square = all.find((n) => roleOf(n) === 'value-map')
    const circle = all.find((n) => roleOf(n) === 'customer-profile')
    const section = all.find((n) => n.id === canvasId)
    if (!square || !circle || !section) throw new Error('The canvas lost its square, circle or section')
    return { all, square, circle, section }
  }
  const waitForPlugin = () =>
    page().waitForFunction(() => {
      const { playground } = window as unknown as PlaygroundWindow
      const frame = playground.panelFrame()
      return playground.fake.session.closed || frame !== null
    })
  const errorToasts = () => page().locator('.pg-toast.pg-error').allInnerTexts()
  /** How many toasts the board has shown so far, counting ones already gone (a toast fades after 4 s, and a busy
   * machine can take longer than that to look). */
  const toastsShown = () =>
    page().evaluate(() => (window as unknown as { __toastsShown?: number }).__toastsShown ?? 0)

  beforeAll(async () => {
    server = await startPlayground()
    browser = await launchBrowser()
    pg = await openPlayground(browser, server.url, { scale: 2 })
    await page().evaluate(() => {
      const counter = window as unknown as { __toastsShown: number }
      counter.__toastsShown = 0
      new MutationObserver((changes) => {
        for (const change of changes) {
          for (const node of change.addedNodes) {
            if (node instanceof HTMLElement && node.classList.contains('pg-toast')) counter.__toastsShown += 1
          }
        }
      }).observe(document.getElementById('toasts') as HTMLElement, { childList: true })
    })
    console.log(`[browser] playground open in ${since(started)}`)
  })

  afterAll(async () => {
    console.log(`[browser] playground.test.ts took ${since(started)}`)
    await browser?.close()
    await server?.close()
  })

  it('lists every manifest command in the Plugins menu', async () => {
    await page().click('#plugins-button')
    const items = await page().locator('#plugins-menu [role="menuitem"]').allInnerTexts()
    expect(items).toEqual([
      'Open VPC Fit panel',
      'Insert Value Proposition Canvas…',
      'Check fit',
      'Save a version of the fit…',
      'Adopt a drawn canvas',
      'Insert Business Model Canvas…',
      'Write summary to Business Model Canvas'
    ])
    await page().keyboard.press('Escape')
  })

  it('inserts a canvas from the Plugins menu with segment, product and language', async () => {
    await page().click('#plugins-button')
    await page().click('#plugins-menu [data-command="insert-vpc"]')
    await page().fill('#param-segment', SAMPLE.segment)
    await page().fill('#param-product', SAMPLE.product)
    await page().selectOption('#param-locale', 'en')
    await page().click('#quick-action-run')
    await page().waitForFunction(() =>
      (window as unknown as PlaygroundWindow).playground.fake.inspect.nodes().some((n) => n.sharedPluginData.vpcfit?.role === 'vpc-canvas')
    )
    await waitForPlugin()
    expect(await errorToasts()).toEqual([])

    const all = await nodes()
    const section = all.find((n) => roleOf(n) === 'vpc-canvas')
    expect(section).toBeDefined()
    canvasId = section?.id ?? ''
    expect(section?.name).toContain(SAMPLE.segment)
    // Square left, circle right, both drawn.
    const { square, circle } = await canvasParts()
    expect(square.shapeType).toBe('SQUARE')
    expect(circle.shapeType).toBe('ELLIPSE')
    expect(square.box.x).toBeLessThan(circle.box.x)
    await expect.poll(() => page().locator(`#board-world g[data-node-id="${circle.id}"] path`).count()).toBe(1)
    // The six zone labels are on the board as text.
    const boardText = (await page().locator('#board-world').textContent()) ?? ''
    for (const label of ['Customer jobs', 'Pains', 'Gains', 'Products & services', 'Pain relievers', 'Gain creators']) {
      expect(boardText).toContain(label)
    }
    await expect.poll(() => page().locator('#board-overlay .pg-section-label').textContent()).toContain(SAMPLE.segment)
  })

  it('takes stickies in every zone: five zones through the user module, one from the toolbar dragged by mouse', async () => {
    const { all, square, circle } = await canvasParts()
    const obstacles = all.filter((n) => n.type === 'TEXT').map((n) => ({ ...n.box }))
    for (const zone of ZONES.filter((z) => z !== BY_HAND)) {
      const shape = CIRCLE_ZONES.includes(zone) ? circle : square
      const spots = placeInZone(zone, SAMPLE.zones[zone].length, shape.box, obstacles)
      for (const [index, sticky] of SAMPLE.zones[zone].entries()) {
        const spot = spots[index] as { x: number; y: number }
        const id = await page().evaluate(
          ({ text, x, y, color }) => (window as unknown as PlaygroundWindow).playground.user.addSticky({ text, x, y, color }).id,
          { text: sticky.text, x: spot.x, y: spot.y, color: ZONE_COLOURS[zone] }
        )
        stickyIds.set(sticky.key, id)
        obstacles.push({ x: spot.x, y: spot.y, width: 240, height: 240 })
      }
    }

    // By hand: a Teal sticky from the palette, typed into, then dragged into the gain creators zone.
    const targets = placeInZone(BY_HAND, SAMPLE.zones[BY_HAND].length, square.box, obstacles)
    for (const [index, sticky] of SAMPLE.zones[BY_HAND].entries()) {
      await page().click('#palette [data-color="Teal"]')
      await page().waitForSelector('#sticky-editor:not([hidden])')
      await page().keyboard.type(sticky.text)
      await page().keyboard.press('Escape')
      const [selected] = await page().evaluate(() => (window as unknown as PlaygroundWindow).playground.fake.inspect.selection())
      expect(selected).toBeDefined()
      const id = selected as string
      expect((await node(id))?.text).toBe(sticky.text)
      const from = await clickablePoint(page(), id)
      const drawn = await screenBox(page(), id)
      const target = targets[index] as { x: number; y: number }
      // Grab the sticky where the mouse is, drop it so its centre lands on the target.
      const grab = { x: from.x - (drawn.x + drawn.width / 2), y: from.y - (drawn.y + drawn.height / 2) }
      const centreTo = await pageToScreen(page(), square, { x: target.x + 120, y: target.y + 120 })
      const to = { x: centreTo.x + grab.x, y: centreTo.y + grab.y }
      await page().mouse.move(from.x, from.y)
      await page().mouse.down()
      await page().mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 4 })
      await page().mouse.move(to.x, to.y, { steps: 4 })
      await page().mouse.up()
      const moved = await node(id)
      expect(moved?.parentId).toBe(canvasId)
      expect(moved && zoneOfNode(moved, square, circle)).toBe(BY_HAND)
      stickyIds.set(sticky.key, id)
    }

    const after = await canvasParts()
    const stickies = after.all.filter((n) => n.type === 'STICKY')
    const zones = new Set(stickies.map((s) => zoneOfNode(s, after.square, after.circle)))
    for (const zone of ZONES) expect(zones.has(zone), zone).toBe(true)
    expect(stickies.every((s) => s.parentId === canvasId)).toBe(true)
  })

  it('draws connectors (toolbar and user module) and votes with stamps', async () => {
    const [firstFrom, firstTo] = SAMPLE.links[0] as [string, string]
    // Toolbar: click one sticky, Shift-click the other, Connect.
    await clickNode(page(), stickyIds.get(firstFrom) ?? '')
    await clickNode(page(), stickyIds.get(firstTo) ?? '', { shift: true })
    await page().click('#tool-connect')
    for (const [from, to] of SAMPLE.links.slice(1)) {
      await page().evaluate(
        ({ from, to }) => void (window as unknown as PlaygroundWindow).playground.user.connect(from, to),
        { from: stickyIds.get(from) ?? '', to: stickyIds.get(to) ?? '' }
      )
    }
    // Votes: select the top pain and press +1 twice; the rest through the user module.
    const pain = stickyIds.get('time') ?? ''
    await clickNode(page(), pain)
    await page().click('#tool-stamp')
    await page().click('#tool-stamp')
    await page().evaluate((id) => void (window as unknown as PlaygroundWindow).playground.user.stamp(id), stickyIds.get('quick') ?? '')

    const all = await nodes()
    const connectors = all.filter((n) => n.type === 'CONNECTOR')
    expect(connectors).toHaveLength(SAMPLE.links.length)
    const first = connectors.find((c) => c.connector?.start.nodeId === stickyIds.get(firstFrom))
    expect(first?.connector?.end.nodeId).toBe(stickyIds.get(firstTo))
    expect(all.filter((n) => n.type === 'STAMP' && n.stuckTo === pain)).toHaveLength(2)
    // Drawn with arrowheads.
    await expect.poll(() => page().locator('#board-world g[data-node-id] > .pg-connector path[marker-end]').count()).toBe(SAMPLE.links.length)
  })

  it('checks the fit from the menu, then opens the panel from the canvas relaunch button', async () => {
    await page().click('#board', { position: { x: 5, y: 5 } })
    const shown = await toastsShown()
    await page().click('#plugins-button')
    await page().click('#plugins-menu [data-command="check-fit"]')
    await waitForPlugin()
    await expect.poll(toastsShown).toBeGreaterThan(shown)
    expect(await errorToasts()).toEqual([])

    // Select the canvas by its name label, as in FigJam, and press "Open VPC Fit" in its inline menu.
    await page().click(`#board-overlay .pg-section-label[data-node-id="${canvasId}"] text`)
    await page().waitForSelector('#relaunch-bar:not([hidden])')
    const buttons = await page().locator('#relaunch-bar button').allInnerTexts()
    expect(buttons).toEqual(expect.arrayContaining(['Check fit', 'Open VPC Fit']))
    await page().click('#relaunch-bar button[data-command="open"]')
    const frame = await panelFrame(page())
    await frame.waitForSelector('.band-badge .band-score')
    const score = await frame.locator('.band-badge .band-score').innerText()
    const band = await frame.locator('.band-badge .band-name').innerText()
    console.log(`[browser] panel shows ${score} ${band}`)
    expect(score).toMatch(/^\d{1,3}\s?%$/)
    expect(['Weak', 'On target', 'Strong']).toContain(band.trim())
    // The panel sits at the size main asked for.
    const size = await page().locator('#plugin-frame-host iframe').boundingBox()
    expect(size?.width).toBe(360)
  })

  it('follows edits on the board live: deleting a link lowers the score, undo brings it back', async () => {
    const frame = await panelFrame(page())
    const scoreText = () => frame.locator('.band-badge .band-score').innerText()
    const before = await scoreText()
    // The link from "10-minute workouts" to "Lack of time": a valid reliever → pain link.
    const connector = (await nodes()).find((n) => n.type === 'CONNECTOR' && n.connector?.start.nodeId === stickyIds.get('ten'))
    expect(connector).toBeDefined()
    await page().evaluate((id) => (window as unknown as PlaygroundWindow).playground.user.select([id]), connector?.id ?? '')
    await page().click('#tool-delete')
    await expect.poll(scoreText, { timeout: 10_000 }).not.toBe(before)
    await page().click('#tool-undo')
    await expect.poll(scoreText, { timeout: 10_000 }).toBe(before)
  })

  it('switches the panel between light and dark theme', async () => {
    const frame = await panelFrame(page())
    expect(await frame.evaluate(() => document.documentElement.className)).toContain('figma-light')
    await page().click('#theme-toggle')
    await expect.poll(() => frame.evaluate(() => document.documentElement.className)).toContain('figma-dark')
    const background = await frame.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--figma-color-bg').trim())
    expect(background).toBe('#2c2c2c')
    await page().click('#theme-toggle')
    await expect.poll(() => frame.evaluate(() => document.documentElement.className)).toContain('figma-light')
  })

  it('takes the board and panel screenshot for the README', async () => {
    await page().evaluate((id) => {
      const { playground } = window as unknown as PlaygroundWindow
      playground.user.select([])
      playground.zoomToFit([id])
    }, canvasId)
    await page().evaluate(() => (window as unknown as PlaygroundWindow).playground.screenshotReady())
    const file = resultPath('playground.png')
    await page().screenshot({ path: file })
    publishScreenshot(file, 'playground.png')
  })

  it('writes the BMC summary: insert a BMC from the menu, then the panel writes the summary stickies', async () => {
    await page().click('#plugins-button')
    await page().click('#plugins-menu [data-command="insert-bmc"]')
    await page().selectOption('#param-locale', 'en')
    await page().click('#quick-action-run')
    await page().waitForFunction(() =>
      (window as unknown as PlaygroundWindow).playground.fake.inspect.nodes().some((n) => n.sharedPluginData.vpcfit?.role === 'bmc-canvas')
    )
    await waitForPlugin()
    expect(await errorToasts()).toEqual([])
    const stickiesBefore = (await nodes()).filter((n) => n.type === 'STICKY').map((n) => n.id)

    await page().evaluate(() => (window as unknown as PlaygroundWindow).playground.launch('open'))
    const frame = await panelFrame(page())
    await frame.click('[role="tab"]:has-text("More")')
    await frame.click('button:has-text("Write summary to BMC")')
    await page().waitForFunction(
      (before) =>
        (window as unknown as PlaygroundWindow).playground.fake.inspect
          .nodes()
          .some((n) => n.type === 'STICKY' && !before.includes(n.id)),
      stickiesBefore
    )
    const all = await nodes()
    const bmc = all.find((n) => roleOf(n) === 'bmc-canvas') as InspectedNode
    const summary = all.filter((n) => n.type === 'STICKY' && !stickiesBefore.includes(n.id))
    expect(summary.length).toBeGreaterThan(0)
    for (const sticky of summary) {
      const c = centre(sticky.box)
      expect(c.x >= bmc.box.x && c.x <= bmc.box.x + bmc.box.width && c.y >= bmc.box.y && c.y <= bmc.box.y + bmc.box.height).toBe(true)
      // Drawn on the board with its text, in the fake's line breaks.
      const lines = wrapLines(sticky.text ?? '', sticky.width - 2 * STICKY.padding, sticky.fontSize ?? FONT_SIZE.sticky)
      expect(await drawnLines(page(), sticky.id)).toEqual(lines.filter((line) => line !== ''))
    }
    expect(await errorToasts()).toEqual([])
    await page().evaluate(() => (window as unknown as PlaygroundWindow).playground.zoomToFit())
    await page().evaluate(() => (window as unknown as PlaygroundWindow).playground.screenshotReady())
    const file = resultPath('playground-bmc.png')
    await page().screenshot({ path: file })
  })

  it('edits a sticky by double-click, drags the canvas with its stickies, pans and zooms', async () => {
    await page().evaluate((id) => {
      const { playground } = window as unknown as PlaygroundWindow
      playground.user.select([])
      playground.zoomToFit([id])
    }, canvasId)
    // Double-click a sticky, type, leave with Escape: the fake has the new text.
    const id = stickyIds.get('diet') ?? ''
    const spot = await clickablePoint(page(), id)
    await page().mouse.dblclick(spot.x, spot.y)
    await page().waitForSelector('#sticky-editor:not([hidden])')
    await page().keyboard.press('ControlOrMeta+A')
    await page().keyboard.type('Plan healthy meals')
    await page().keyboard.press('Escape')
    expect((await node(id))?.text).toBe('Plan healthy meals')

    // Drag the canvas by its name label: everything inside moves with it.
    const before = await canvasParts()
    const label = await page().locator(`#board-overlay .pg-section-label[data-node-id="${canvasId}"] rect`).boundingBox()
    if (!label) throw new Error('no section label')
    await page().mouse.move(label.x + 20, label.y + 10)
    await page().mouse.down()
    await page().mouse.move(label.x + 60, label.y + 50, { steps: 5 })
    await page().mouse.up()
    const after = await canvasParts()
    const dx = after.section.box.x - before.section.box.x
    const dy = after.section.box.y - before.section.box.y
    expect(Math.abs(dx)).toBeGreaterThan(50)
    expect(after.circle.box.x - before.circle.box.x).toBeCloseTo(dx, 5)
    expect(after.circle.box.y - before.circle.box.y).toBeCloseTo(dy, 5)
    const sticky = (all: InspectedNode[]) => all.find((n) => n.id === id) as InspectedNode
    expect(sticky(after.all).box.x - sticky(before.all).box.x).toBeCloseTo(dx, 5)
    await page().click('#tool-undo')
    expect((await canvasParts()).section.box.x).toBe(before.section.box.x)

    // Ctrl+wheel zooms, dragging the empty board pans.
    const zoomLabel = page().locator('#zoom-label')
    const zoomBefore = await zoomLabel.innerText()
    const board = await page().locator('#board').boundingBox()
    if (!board) throw new Error('no board')
    await page().mouse.move(board.x + 10, board.y + 10)
    await page().keyboard.down('Control')
    await page().mouse.wheel(0, -300)
    await page().keyboard.up('Control')
    await expect.poll(() => zoomLabel.innerText()).not.toBe(zoomBefore)
    const world = () => page().evaluate(() => JSON.stringify((window as unknown as PlaygroundWindow).playground.viewport()))
    const panBefore = await world()
    await page().mouse.move(board.x + 10, board.y + 10)
    await page().mouse.down()
    await page().mouse.move(board.x + 110, board.y + 70, { steps: 3 })
    await page().mouse.up()
    expect(await world()).not.toBe(panBefore)
  })

  it('duplicates, deletes and undoes from the toolbar', async () => {
    const id = stickyIds.get('track') ?? ''
    await page().evaluate((sticky) => (window as unknown as PlaygroundWindow).playground.user.select([sticky]), id)
    const count = async () => (await nodes()).filter((n) => n.type === 'STICKY').length
    const before = await count()
    await page().click('#tool-duplicate')
    expect(await count()).toBe(before + 1)
    await page().click('#tool-delete')
    expect(await count()).toBe(before)
    await page().click('#tool-undo')
    expect(await count()).toBe(before + 1)
    await page().click('#tool-undo')
    expect(await count()).toBe(before)
  })

  it('redraws only what changed, and what it shows equals a drawing from scratch', async () => {
    const stats = () => page().evaluate(() => (window as unknown as PlaygroundWindow).playground.renderStats())
    const world = () => page().evaluate(() => document.getElementById('board-world')?.innerHTML ?? '')
    const id = stickyIds.get('track') ?? ''
    // At the sticky, where its text is drawn; what earlier steps drew is counted off first: the next count is the
    // edit's alone.
    await drawnLines(page(), id)
    const before = await stats()
    expect(before.groups).toBeGreaterThan(20)
    await page().evaluate((sticky) => (window as unknown as PlaygroundWindow).playground.user.typeInto(sticky, 'Track every meal'), id)
    expect((await stats()).drawn).toBe(1)
    expect(await page().locator(`#board-world g[data-node-id="${id}"] .pg-node-text > tspan`).allTextContents()).toEqual(
      wrapLines('Track every meal', STICKY.width - 2 * STICKY.padding, FONT_SIZE.sticky)
    )
    // After every edit, drag, duplicate and undo so far: the same DOM as drawing every node again.
    const incremental = await world()
    const all = await page().evaluate(() => (window as unknown as PlaygroundWindow).playground.redrawAll())
    expect(all.drawn).toBe(before.shown)
    expect(await world()).toBe(incremental)
  })

  it('draws each kind of change from what the fake says it touched, the same as a drawing from scratch', async () => {
    const groups = () =>
      page().evaluate(() => [...(document.getElementById('board-world')?.children ?? [])].map((g) => g.outerHTML))
    /** What differs between the board as drawn change by change and drawn from scratch: order, then drawings. */
    const fromScratch = async () => {
      const shown = await groups()
      await page().evaluate(() => (window as unknown as PlaygroundWindow).playground.redrawAll())
      const scratch = await groups()
      const id = (html: string) => /data-node-id="([^"]+)"/.exec(html)?.[1] ?? ''
      return {
        order: { shown: shown.map(id), scratch: scratch.map(id) },
        drawings: shown.filter((html, i) => html !== scratch[i]).slice(0, 3)
      }
    }
    const [first, second] = [stickyIds.get('track') ?? '', [...stickyIds.values()].find((id) => id !== stickyIds.get('track')) ?? '']
    const steps = await page().evaluate(
      async ({ section, a, b }) => {
        const { playground } = window as unknown as PlaygroundWindow
        const user = playground.user
        const drawn: Array<{ step: string; drawn: number }> = []
        const step = async (name: string, edit: () => void) => {
          edit()
          drawn.push({ step: name, drawn: (await playground.renderStats()).drawn })
        }
        const box = playground.fake.inspect.node(section)?.box ?? { x: 0, y: 0 }
        await step('stamp', () => user.stamp(a, 'Heart'))
        await step('connect', () => user.connect(a, b))
        await step('move the canvas', () => user.move(section, box.x + 60, box.y + 40))
        await step('duplicate', () => user.duplicate([a]))
        await step('recolour', () => user.setFill(b, '#A8DAFF'))
        await step('delete', () => user.delete([b]))
        await step('move a sticky off the canvas', () => user.move(a, box.x - 900, box.y))
        return drawn
      },
      { section: canvasId, a: first, b: second }
    )
    const byName = new Map(steps.map((s) => [s.step, s.drawn]))
    // A stamp draws itself (and its host's other stamps); a connector itself; a recoloured sticky itself.
    expect(byName.get('stamp')).toBeLessThanOrEqual(2)
    expect(byName.get('connect')).toBe(1)
    expect(byName.get('recolour')).toBeLessThanOrEqual(2)
    // A moved canvas redraws what is in it, not the board (the workshop has other canvases and stickies).
    const onBoard = (await page().evaluate(() => (window as unknown as PlaygroundWindow).playground.renderStats())).groups
    expect(byName.get('move the canvas')).toBeLessThan(onBoard)
    const after = await fromScratch()
    expect(after.order.shown).toEqual(after.order.scratch)
    expect(after.drawings).toEqual([])
    // Every step taken back: drawn from the undo's changes, again the same as from scratch.
    await page().evaluate(async (count) => {
      const { playground } = window as unknown as PlaygroundWindow
      for (let i = 0; i < count; i++) playground.fake.undo.undo()
      await playground.renderStats()
    }, steps.length)
    const undone = await fromScratch()
    expect(undone.order.shown).toEqual(undone.order.scratch)
    expect(undone.drawings).toEqual([])
  })

  it('loads the Swedish and Danish samples with stickies in all six zones', async () => {
    for (const name of ['matkasse-sv', 'elcykel-da']) {
      const sample = SAMPLES[name] as (typeof SAMPLES)[string]
      const id = await page().evaluate((n) => (window as unknown as PlaygroundWindow).playground.loadSample(n), name)
      const all = await nodes()
      const section = all.find((n) => n.id === id) as InspectedNode
      const inside = all.filter((n) => n.parentId === id)
      const square = inside.find((n) => roleOf(n) === 'value-map') as InspectedNode
      const circle = inside.find((n) => roleOf(n) === 'customer-profile') as InspectedNode
      expect(section.name).toContain(sample.segment)
      const stickies = inside.filter((n) => n.type === 'STICKY')
      for (const zone of ZONES) {
        const texts = stickies.filter((s) => zoneOfNode(s, square, circle) === zone).map((s) => s.text)
        expect(texts.sort(), `${name} ${zone}`).toEqual(sample.zones[zone].map((s) => s.text).sort())
      }
    }
    expect(await errorToasts()).toEqual([])
  })

  it('ran without uncaught errors or dialogs', () => {
    expect(pg.pageErrors).toEqual([])
    expect(pg.dialogs).toEqual([])
  })
})
