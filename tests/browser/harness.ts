/**
 * Shared set-up for the browser tests: the system Chromium (never a downloaded one), the playground server
 * in-process on a free port, and a page with its errors and dialogs recorded.
 */
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { chromium, type Browser, type Frame, type Page } from 'playwright-core'
import type { InspectedNode } from '../../fake'
import type { PlaygroundWindow } from '../../playground/api'

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
export const RESULTS = join(ROOT, 'test-results')
export const IS_CI = process.env.CI === 'true' || process.env.CI === '1'

/** The headless flags of every Chromium the tests and `bench:browser` start (with a fresh profile each). */
export const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]

/** The system Chromium: $CHROMIUM_PATH, /usr/bin/chromium, or `chromium` on the PATH; null when absent. */
export function findChromium(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium'
  try {
    const found = execFileSync('which', ['chromium'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore']
    }).trim()
    return found && existsSync(found) ? found : null
  } catch {
    return null
  }
}

export const CHROMIUM = findChromium()

const MISSING_MESSAGE = [
  '',
  '################################################################################',
  '#  Browser tests SKIPPED: no Chromium found.                                   #',
  '#  Install the system browser:   sudo apt-get install -y chromium              #',
  '#  or point CHROMIUM_PATH at a Chromium/Chrome binary.                         #',
  '#  (Under CI=true a missing Chromium fails the suite instead.)                 #',
  '################################################################################',
  ''
].join('\n')

/**
 * Whether the browser tests run. Without Chromium they are skipped with a loud message on a developer machine;
 * under CI the caller registers a failing test instead (see `chromiumMissingInCi`).
 */
export const RUN_BROWSER = CHROMIUM !== null
export const FAIL_MISSING_IN_CI = CHROMIUM === null && IS_CI
if (CHROMIUM === null) console.warn(MISSING_MESSAGE)

export function missingChromiumError(): Error {
  return new Error(`CI=true and no Chromium: ${MISSING_MESSAGE}`)
}

interface RunningServer {
  port: number
  url: string
  close(): Promise<void>
}

interface ServeModule {
  startServer(options?: { port?: number; dist?: string }): Promise<RunningServer>
  buildPlugin(options?: { quiet?: boolean }): void
  resolveInside(base: string, urlPath: string): string | null
}

/** The playground server module (plain .mjs, loaded by URL so the tests stay typed through ServeModule). */
export async function serveModule(): Promise<ServeModule> {
  const loaded: unknown = await import(pathToFileURL(join(ROOT, 'playground/serve.mjs')).href)
  return loaded as ServeModule
}

/** Starts the server on a free port; builds first only when dist/ lacks a bundle (`npm test` builds before). */
export async function startPlayground(): Promise<RunningServer> {
  const serve = await serveModule()
  const needed = ['dist/main.js', 'dist/ui.html', 'dist/playground/app.js', 'dist/playground/index.html']
  if (needed.some((file) => !existsSync(join(ROOT, file)))) serve.buildPlugin({ quiet: true })
  return serve.startServer({ port: 0 })
}

export async function launchBrowser(): Promise<Browser> {
  if (CHROMIUM === null) throw missingChromiumError()
  return chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS })
}

/** A page on the playground with its uncaught errors, console errors and dialogs recorded. */
export interface PlaygroundPage {
  page: Page
  pageErrors: string[]
  consoleErrors: string[]
  dialogs: string[]
}

export async function openPlayground(
  browser: Browser,
  url: string,
  options: { width?: number; height?: number; colorScheme?: 'light' | 'dark'; scale?: number } = {}
): Promise<PlaygroundPage> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1600, height: options.height ?? 960 },
    deviceScaleFactor: options.scale ?? 1,
    colorScheme: options.colorScheme ?? 'light',
    locale: 'en-GB'
  })
  const page = await context.newPage()
  const opened: PlaygroundPage = { page, pageErrors: [], consoleErrors: [], dialogs: [] }
  page.on('pageerror', (error) => {
    console.warn(`[browser] uncaught in the page: ${error.stack ?? error.message}`)
    opened.pageErrors.push(error.message)
  })
  page.on('console', (message) => {
    if (message.type() === 'error') opened.consoleErrors.push(message.text())
  })
  page.on('dialog', (dialog) => {
    opened.dialogs.push(`${dialog.type()}: ${dialog.message()}`)
    void dialog.dismiss()
  })
  await page.goto(url)
  await page.waitForSelector('body[data-ready="true"]')
  return opened
}

/** The panel's iframe (the plugin UI), once the plugin shows it. */
export async function panelFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('#plugin-frame-host iframe')
  const frame = await handle.contentFrame()
  if (!frame) throw new Error('The plugin iframe has no frame')
  await frame.waitForSelector('#app *')
  return frame
}

/** Saves a screenshot under test-results/ and returns its path. */
export function resultPath(name: string): string {
  mkdirSync(RESULTS, { recursive: true })
  return join(RESULTS, name)
}

/**
 * Copies a screenshot into docs/ for the README, when asked (`UPDATE_SCREENSHOTS=1 npm run test:browser`):
 * an ordinary test run leaves tracked files alone.
 */
export function publishScreenshot(from: string, name: string): void {
  if (process.env.UPDATE_SCREENSHOTS !== '1') return
  const docs = join(ROOT, 'docs')
  mkdirSync(docs, { recursive: true })
  copyFileSync(from, join(docs, name))
}

/** Milliseconds since `start`, for the timing lines the tests print. */
export function since(start: number): string {
  return `${Date.now() - start} ms`
}

/** The page's globals (inside `page.evaluate` callbacks: `(window as unknown as PlaygroundWindow)`). */
export type { PlaygroundWindow }

/** The fake's current page, as plain snapshots (non-counting). */
export function boardNodes(page: Page): Promise<InspectedNode[]> {
  return page.evaluate(() => (window as unknown as PlaygroundWindow).playground.fake.inspect.nodes())
}

/**
 * The text lines drawn for a node (one `<tspan>` per line the fake wrapped to), after zooming to 100 % on it: a
 * node far from the view is not drawn, and text too small on screen is drawn as bars.
 */
export async function drawnLines(page: Page, nodeId: string): Promise<string[]> {
  return page.evaluate(async (id) => {
    const { playground } = window as unknown as PlaygroundWindow
    playground.zoomTo(1, id)
    await playground.screenshotReady()
    const spans = document.querySelectorAll(`#board-world g[data-node-id="${CSS.escape(id)}"] .pg-node-text > tspan`)
    return [...spans].map((span) => span.textContent ?? '')
  }, nodeId)
}

/** Screen rectangle of a node's drawing on the board. */
export async function screenBox(
  page: Page,
  nodeId: string
): Promise<{ x: number; y: number; width: number; height: number }> {
  const drawn = page.locator(`#board-world g[data-node-id="${nodeId}"]`)
  // The board redraws in animation frames: an element can be replaced between finding and measuring it.
  for (let attempt = 0; attempt < 20; attempt++) {
    await drawn.waitFor({ state: 'attached', timeout: 5_000 })
    const box = await drawn.boundingBox().catch(() => null)
    if (box) return box
    await page.waitForTimeout(50)
  }
  throw new Error(`Node ${nodeId} is not drawn on the board`)
}

/** Where a page point is on screen, measured from a drawn node whose page box is known. */
export async function pageToScreen(
  page: Page,
  reference: InspectedNode,
  point: { x: number; y: number }
): Promise<{ x: number; y: number }> {
  const drawn = await screenBox(page, reference.id)
  const scale = drawn.width / reference.box.width
  return {
    x: drawn.x + (point.x - reference.box.x) * scale,
    y: drawn.y + (point.y - reference.box.y) * scale
  }
}

/** A screen point where a click reaches this node (not a connector or stamp drawn over it). */
export async function clickablePoint(page: Page, nodeId: string): Promise<{ x: number; y: number }> {
  const box = await screenBox(page, nodeId)
  const point = await page.evaluate(
    ({ id, box }) => {
      for (const fy of [0.75, 0.6, 0.9, 0.45, 0.3, 0.15]) {
        for (const fx of [0.5, 0.3, 0.7, 0.15, 0.85]) {
          const x = box.x + box.width * fx
          const y = box.y + box.height * fy
          // A node crossing a tile edge is drawn in each tile: its copies carry `data-copy-of`.
          const hit = document.elementFromPoint(x, y)?.closest('[data-node-id], [data-copy-of]')
          if (hit instanceof Element && (hit.getAttribute('data-node-id') ?? hit.getAttribute('data-copy-of')) === id) return { x, y }
        }
      }
      return null
    },
    { id: nodeId, box }
  )
  if (!point) throw new Error(`Node ${nodeId} is covered everywhere on screen`)
  return point
}

/** Clicks a node on the board where nothing covers it (Shift-click with `shift`). */
export async function clickNode(
  page: Page,
  nodeId: string,
  options: { shift?: boolean } = {}
): Promise<void> {
  const { x, y } = await clickablePoint(page, nodeId)
  if (options.shift) await page.keyboard.down('Shift')
  await page.mouse.click(x, y)
  if (options.shift) await page.keyboard.up('Shift')
}

/** One axe finding as the browser tests read it. */
export interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: { html: string; target: unknown[]; failureSummary?: string }[]
}

let axeSource: string | undefined

/** axe's violations in `frame` as it is (contrast included: real layout and colours), axe added on first use. */
export async function axeViolationsIn(frame: Frame): Promise<AxeViolation[]> {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
  if (!(await frame.evaluate(() => 'axe' in window))) await frame.addScriptTag({ content: axeSource })
  return frame.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(context: Document, options: object): Promise<{ violations: unknown[] }> }
      }
    ).axe
    const result = await axe.run(document, { resultTypes: ['violations'] })
    return result.violations as AxeViolation[]
  })
}
