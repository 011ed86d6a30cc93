/**
 * The largest canvas the plugin supports in full (`contract/limits.ts`: 5,000 stickies and 5,000 connectors), through
 * the playground in real Chromium with the real bundles: Check fit stores a report (split over many plugin data
 * entries) that reassembles to exactly what a fresh analysis of the board gives, the JSON export of it is that report,
 * and importing the export draws the canvas back with the same zones, ranks, texts and links.
 *
 * The fresh analysis is the core's own (`takeSnapshot` + `analyzeBoard`), bundled here and run in the page on the
 * same fake. The board is paused (not drawn) while the plugin works: drawing 10,000 nodes is the playground's cost,
 * not the plugin's, and would only make the test slow. No timing is asserted; the bench measures it.
 */
import { buildSync } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { planBoard } from '../../bench/boards'
import type { BuiltCanvas } from '../../bench/boards'
import { MAX_CANVAS_LINKS, MAX_CANVAS_STICKIES } from '../../contract/limits'
import { rankMarkerOf } from '../../contract/rank-marker'
import { DATA_KEYS, ROLES } from '../../src/adapter/plugin-data'
import { readStoredReportText } from '../../src/core/report-storage'
import type { TimelessReport } from '../../src/core/analyze'
import type { FitReport, ReportItem } from '../../src/core/types'
import { ZONE_KEYS } from '../../src/core/types'
import {
  FAIL_MISSING_IN_CI,
  launchBrowser,
  missingChromiumError,
  openPlayground,
  ROOT,
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

/** The core's fresh analysis of the page, as a script for the page (`__vpcOracle()`: every canvas's report). */
function oracleScript(): string {
  const built = buildSync({
    stdin: {
      contents: [
        "import { takeSnapshot } from './src/adapter/snapshot'",
        "import { analyzeBoard, reportWithoutTime } from './src/core/analyze'",
        '(globalThis as unknown as { __vpcOracle: unknown }).__vpcOracle = () =>',
        "  analyzeBoard(takeSnapshot(figma.currentPage), 'oracle').map((a) => reportWithoutTime(a.report))"
      ].join('\n'),
      resolveDir: ROOT,
      loader: 'ts'
    },
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    logLevel: 'silent'
  })
  return built.outputFiles[0]?.text ?? ''
}

type Oracle = () => TimelessReport[]

/**
 * Every sticky of a report by zone, in rank order, with what a round trip keeps (text, colour), and the links by their
 * texts. Votes are stamps, which a plugin cannot place: without them a zone ranks rank markers first (in marker
 * order), then reading order, which the import lays out as the file's ranks; `votesAside` ranks the zones so.
 */
function content(report: Pick<FitReport, 'zones' | 'unplaced' | 'links'>, votesAside = false) {
  const textOf = new Map<string, string>()
  for (const list of [...Object.values(report.zones), report.unplaced])
    for (const item of list) textOf.set(item.id, item.text)
  const marker = (item: ReportItem) => rankMarkerOf(item.text) ?? Number.POSITIVE_INFINITY
  const ranked = (list: ReportItem[]) =>
    votesAside
      ? [...list].sort((a, b) => marker(a) - marker(b) || a.rank - b.rank)
      : [...list].sort((a, b) => a.rank - b.rank)
  const items = (list: ReportItem[]) => ranked(list).map((item) => [item.text, item.color ?? null])
  return {
    zones: Object.fromEntries(ZONE_KEYS.map((zone) => [zone, items(report.zones[zone])])),
    unplaced: report.unplaced.length,
    links: report.links
      .map((link) => `${textOf.get(link.from)} -> ${textOf.get(link.to)} ${link.kind}`)
      .sort()
  }
}

describe.skipIf(!RUN_BROWSER)(
  'the largest canvas in the playground: 5,000 stickies and 5,000 connectors',
  { shuffle: false },
  () => {
    let server: Awaited<ReturnType<typeof startPlayground>>
    let browser: Awaited<ReturnType<typeof launchBrowser>>
    let pg: PlaygroundPage
    let canvasId = ''
    let stored: TimelessReport | null = null

    beforeAll(async () => {
      server = await startPlayground()
      browser = await launchBrowser()
      pg = await openPlayground(browser, server.url)
      await pg.page.addScriptTag({ content: oracleScript() })
      await pg.page.evaluate(() => (window as unknown as PlaygroundWindow).playground.pauseBoard(true))
    })

    afterAll(async () => {
      await browser?.close()
      await server?.close()
    })

    it('Check fit stores a report that reassembles to exactly what a fresh analysis gives', async () => {
      const started = Date.now()
      await pg.page.evaluate(async () => {
        const { playground } = window as unknown as PlaygroundWindow
        await playground.launch('insert-vpc', { segment: 'Commuters', product: 'Bike sharing', locale: 'en' })
      })
      const [canvas] = await pg.page.evaluate(
        ({ roleKey, canvasRole, mapRole, profileRole }) => {
          const nodes = (window as unknown as PlaygroundWindow).playground.fake.inspect.nodes()
          const shape = (sectionId: string, role: string) =>
            nodes.find((n) => n.parentId === sectionId && n.sharedPluginData.vpcfit?.[roleKey] === role)?.box
          return nodes
            .filter((n) => n.type === 'SECTION' && n.sharedPluginData.vpcfit?.[roleKey] === canvasRole)
            .map((n) => ({
              id: n.id,
              box: n.box,
              valueMap: shape(n.id, mapRole),
              customerProfile: shape(n.id, profileRole)
            }))
        },
        {
          roleKey: DATA_KEYS.role,
          canvasRole: ROLES.canvas,
          mapRole: ROLES.valueMap,
          profileRole: ROLES.customerProfile
        }
      )
      if (!canvas?.valueMap || !canvas.customerProfile) throw new Error('the inserted canvas has no shapes')
      canvasId = canvas.id
      const built: BuiltCanvas = {
        id: canvas.id,
        box: canvas.box,
        valueMap: canvas.valueMap,
        customerProfile: canvas.customerProfile
      }
      const plan = planBoard({ stickies: MAX_CANVAS_STICKIES, canvases: 1, connectors: MAX_CANVAS_LINKS }, [
        built
      ])
      // Every sticky on the canvas (the plan puts a few on the bare page, which a canvas does not count).
      const inside = plan.stickies.map((s) => ({
        ...s,
        x: Math.max(s.x, canvas.box.x + 10),
        y: Math.max(s.y, canvas.box.y + 10)
      }))
      const onBoard = inside.map((s) => ({
        ...s,
        x: Math.min(s.x, canvas.box.x + canvas.box.width - 250),
        y: Math.min(s.y, canvas.box.y + canvas.box.height - 250)
      }))
      await pg.page.evaluate(
        ({ stickies, connectors, stamps }) => {
          const user = (window as unknown as PlaygroundWindow).playground.fake.user
          const made = stickies.map((sticky) => user.addSticky(sticky).id)
          for (const [a, b] of connectors) user.connect(made[a] as string, made[b] as string)
          for (const i of stamps) user.stamp(made[i] as string)
        },
        { stickies: onBoard, connectors: plan.connectors, stamps: plan.stamps }
      )
      const truth = await pg.page.evaluate(() => (window as unknown as { __vpcOracle: Oracle }).__vpcOracle())
      const expected = truth.find((report) => report.canvas.id === canvasId)
      const count = (r: TimelessReport | undefined) =>
        r ? Object.values(r.zones).reduce((sum, list) => sum + list.length, r.unplaced.length) : 0
      expect(count(expected)).toBe(MAX_CANVAS_STICKIES)
      expect(expected?.links.length).toBeGreaterThan(MAX_CANVAS_LINKS * 0.9)
      console.info(
        `[browser] built ${MAX_CANVAS_STICKIES} stickies, ${expected?.links.length} links in ${since(started)}`
      )

      const checked = Date.now()
      const outcome = await pg.page.evaluate(() =>
        (window as unknown as PlaygroundWindow).playground.launch('check-fit')
      )
      expect(outcome).toBe('closed')
      console.info(`[browser] check fit of the 5,000-sticky canvas in ${since(checked)}`)
      const data = await pg.page.evaluate(
        (id) =>
          (window as unknown as PlaygroundWindow).playground.fake.inspect.node(id)?.sharedPluginData.vpcfit ??
          {},
        canvasId
      )
      // Split over several entries, as the README's report layout says; joined back, exactly the fresh analysis.
      expect(Object.keys(data).filter((key) => /^report\.\d+$/u.test(key)).length).toBeGreaterThan(1)
      const text = readStoredReportText((key) => data[key] ?? '')
      expect(text.ok).toBe(true)
      const { checkedAt: _checkedAt, ...report } = JSON.parse(text.ok ? text.json : '{}') as FitReport
      expect(report).toEqual(expected)
      const fitIds = [...report.fit.unaddressed, ...report.fit.orphans]
      const ids = new Set([...Object.values(report.zones), report.unplaced].flat().map((item) => item.id))
      expect(fitIds.filter((id) => !ids.has(id))).toEqual([])
      stored = report
    })

    it('exports it as JSON, and importing the export draws the canvas back: same zones, ranks, texts and links', async () => {
      if (!stored) throw new Error('the check did not store a report')
      const original = stored
      await pg.page.evaluate(() => (window as unknown as PlaygroundWindow).playground.launch('open'))
      const exported = await pg.page.evaluate(
        (id) =>
          (window as unknown as PlaygroundWindow).playground.request('EXPORT', {
            canvasId: id,
            format: 'json'
          }),
        canvasId
      )
      expect(exported.ok).toBe(true)
      const file = (exported.result as { content: string }).content
      const { checkedAt: _at, ...fromFile } = JSON.parse(file) as FitReport
      // The export adds each sticky's colour, which the stored report leaves out.
      const withoutColour = (list: ReportItem[]) => list.map(({ color: _color, ...item }) => item)
      expect({
        ...fromFile,
        zones: Object.fromEntries(ZONE_KEYS.map((zone) => [zone, withoutColour(fromFile.zones[zone])])),
        unplaced: withoutColour(fromFile.unplaced)
      }).toEqual(original)

      const started = Date.now()
      const imported = await pg.page.evaluate(
        (json) => (window as unknown as PlaygroundWindow).playground.request('IMPORT_REPORT', { json }),
        file
      )
      console.info(`[browser] import of the 5,000-sticky export in ${since(started)}: ${imported.message}`)
      expect(imported.ok).toBe(true)
      expect(imported.result).toEqual({ stickies: MAX_CANVAS_STICKIES, links: original.links.length })
      // Votes are stamps, which plugins cannot place: the notification says so, and what that does to the fit or,
      // when the fit holds, to the ranks.
      expect(imported.message).toMatch(
        /^Imported 5,000 stickies\. Plugins cannot place the [\d,]+ votes(: [\d,]+ change rank, fit \d+% holds\.|: fit \d+%, was \d+%\.)$/u
      )
      const reports = await pg.page.evaluate(() =>
        (window as unknown as { __vpcOracle: Oracle }).__vpcOracle()
      )
      const copy = reports.find((report) => report.canvas.id !== canvasId)
      expect(copy?.canvas).toMatchObject({ segment: 'Commuters', product: 'Bike sharing', locale: 'en' })
      // Exported again: the same stickies in the same zones and ranks (read back from the layout; votes aside), with
      // their colours, and the same links between them.
      const again = await pg.page.evaluate(
        (id) =>
          (window as unknown as PlaygroundWindow).playground.request('EXPORT', {
            canvasId: id,
            format: 'json'
          }),
        copy?.canvas.id ?? ''
      )
      expect(again.ok).toBe(true)
      const second = JSON.parse((again.result as { content: string }).content) as FitReport
      expect(content(second)).toEqual(content(fromFile, true))
    })
  }
)
