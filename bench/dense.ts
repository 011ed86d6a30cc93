/**
 * The largest canvas the plugin supports in full (`contract/limits.ts`): one canvas of 5,000 stickies and 5,000
 * connectors, built as the other boards are (`boards.ts`). Measured in the same run against plain baselines:
 *
 * - Check fit of that canvas (its read, the analysis, the report stored split over plugin data entries, the history,
 *   the fit card) against the naive baseline's read and analysis of the same board (`naive.ts`): the least any check
 *   costs done plainly, before anything is stored.
 * - The import of its JSON export (parse, plan, the template, layout from the stickies' real sizes, connectors)
 *   against drawing the same stickies and connectors plainly (create, font, text, position; no template, no layout).
 *
 * And what must hold whatever the times: the stored report reads back exactly as the analysis, and the import gives
 * the same canvas back (each zone's texts in rank order, the links by their texts).
 */
import { connectNodes } from '../src/adapter/connect'
import { TEMPLATE_FONT } from '../src/adapter/fonts'
import { takeSnapshot } from '../src/adapter/snapshot'
import { readStoredReport } from '../src/adapter/stored-report'
import { checkFitAsync } from '../src/commands/check-fit-async'
import { exportCanvasFromBoard } from '../src/commands/export-canvas'
import { importReportAsync } from '../src/commands/import-report-async'
import { analyzeBoard, reportWithoutTime } from '../src/core/analyze'
import type { TimelessReport } from '../src/core/analyze'
import type { FitReport, ReportItem } from '../src/core/types'
import { ZONE_KEYS } from '../src/core/types'
import { rankMarkerOf } from '../contract/rank-marker'
import { buildBoard } from './boards'
import { median, nowMs } from './measure'
import { naiveAnalyze } from './naive'
import { measureCommand } from './scenarios'
import type { CommandResult } from './scenarios'

export const DENSE = { stickies: 5_000, canvases: 1, connectors: 5_000 }
const RUNS = 3

export interface DenseResult {
  board: string
  connectors: number
  /** The first check, counted (reads, writes). */
  check: CommandResult
  /** The stored report (joined from its pieces) equals the analysis the check made. */
  storedExactly: boolean
  storedChars: number
  /** Check fit of the canvas, median ms of `runs`. */
  checkMs: number
  /** The naive baseline's read and analysis of the same board, median ms. */
  naiveMs: number
  checkRatio: number
  exportMs: number
  exportChars: number
  /** The import of the export, median ms. */
  importMs: number
  /** The same stickies and connectors drawn plainly, median ms. */
  plainDrawMs: number
  importRatio: number
  /** The import drew the same canvas (zones' texts in rank order, votes aside; links by their texts). */
  importExact: boolean
  runs: number
}

/**
 * What an import must give back, by text (ids change): each zone's texts in rank order, the links. Votes are stamps,
 * which a plugin cannot place: without them a zone ranks its stickies with rank markers first (in marker order),
 * then in reading order, which the import lays out as the file's ranks. `votesAside` ranks the file's zones so.
 */
function shape(report: TimelessReport, votesAside = false): string {
  const textOf = new Map<string, string>()
  const all: ReportItem[] = [...ZONE_KEYS.flatMap((zone) => report.zones[zone]), ...report.unplaced]
  for (const item of all) textOf.set(item.id, item.text)
  const order = (items: ReportItem[]): ReportItem[] => {
    if (!votesAside) return items
    const marker = (item: ReportItem) => rankMarkerOf(item.text) ?? Number.POSITIVE_INFINITY
    return [...items].sort((a, b) => marker(a) - marker(b) || a.rank - b.rank)
  }
  return JSON.stringify({
    zones: ZONE_KEYS.map((zone) => order(report.zones[zone]).map((item) => item.text)),
    unplaced: report.unplaced.length,
    links: report.links.map((link) => `${textOf.get(link.from)} > ${textOf.get(link.to)} ${link.kind}`).sort()
  })
}

/** The baseline drawing: every sticky created with its text in a plain grid, then the connectors; no layout. */
async function drawPlainlyAsync(report: FitReport): Promise<SceneNode[]> {
  await figma.loadFontAsync(TEMPLATE_FONT)
  const made = new Map<string, StickyNode>()
  const items: ReportItem[] = [...ZONE_KEYS.flatMap((zone) => report.zones[zone]), ...report.unplaced]
  items.forEach((item, i) => {
    const sticky = figma.createSticky()
    sticky.text.fontName = TEMPLATE_FONT
    sticky.text.characters = item.text
    sticky.x = -40_000 + (i % 80) * 260
    sticky.y = -40_000 + Math.floor(i / 80) * 260
    made.set(item.id, sticky)
  })
  const nodes: SceneNode[] = [...made.values()]
  for (const link of report.links) {
    const from = made.get(link.from)
    const to = made.get(link.to)
    if (from && to) nodes.push(connectNodes(from, to))
  }
  return nodes
}

export async function measureDense(): Promise<DenseResult> {
  const board = await buildBoard(DENSE)
  const canvasId = board.canvases[0]?.id ?? ''
  const name = `${DENSE.stickies.toLocaleString('en-US')} stickies / ${board.connectors.toLocaleString('en-US')} connectors, 1 canvas`
  const page = figma.currentPage
  const check = await measureCommand(board.fake, 'check fit', name, () =>
    checkFitAsync({ canvasId, locale: 'en' })
  )
  const expected = analyzeBoard(takeSnapshot(page), new Date().toISOString()).find(
    (a) => a.report.canvas.id === canvasId
  )
  const section = await figma.getNodeByIdAsync(canvasId)
  const stored = section ? readStoredReport(section) : { ok: false as const, reason: 'missing' as const }
  const storedExactly =
    stored.ok &&
    expected !== undefined &&
    JSON.stringify(reportWithoutTime(JSON.parse(stored.json) as FitReport)) ===
      JSON.stringify(reportWithoutTime(expected.report))
  if (!expected) throw new Error('bench: the dense canvas was not analysed')

  // Check fit against the naive read, runs interleaved so both see the same machine.
  const checks: number[] = []
  const naive: number[] = []
  for (let i = 0; i < RUNS; i++) {
    let t0 = nowMs()
    await checkFitAsync({ canvasId, locale: 'en' })
    checks.push(nowMs() - t0)
    t0 = nowMs()
    const result = naiveAnalyze(page, 'bench')
    naive.push(nowMs() - t0)
    if (result.length !== 1) throw new Error('bench: the naive read lost the dense canvas')
  }

  let t0 = nowMs()
  const file = exportCanvasFromBoard(expected.report, 'json')
  const exportMs = nowMs() - t0

  // The import against a plain drawing of the same nodes, interleaved; each run's nodes removed after it.
  const imports: number[] = []
  const plain: number[] = []
  let importExact = false
  for (let i = 0; i < RUNS; i++) {
    const before = new Set(page.children.map((node) => node.id))
    t0 = nowMs()
    const outcome = await importReportAsync({ json: file.content, locale: 'en' })
    imports.push(nowMs() - t0)
    const count = ZONE_KEYS.reduce(
      (sum, zone) => sum + expected.report.zones[zone].length,
      expected.report.unplaced.length
    )
    if (outcome.stickies !== count)
      throw new Error(`bench: the import drew ${outcome.stickies} of ${count} stickies`)
    const added = page.children.filter((node) => !before.has(node.id))
    if (i === 0) {
      const copy = analyzeBoard(takeSnapshot(page), 'bench').find((a) =>
        added.some((node) => node.id === a.report.canvas.id)
      )
      importExact =
        copy !== undefined &&
        shape(reportWithoutTime(copy.report)) === shape(reportWithoutTime(expected.report), true)
    }
    for (const node of added) if (!node.removed) node.remove()
    t0 = nowMs()
    const drawn = await drawPlainlyAsync(expected.report)
    plain.push(nowMs() - t0)
    for (const node of drawn.reverse()) if (!node.removed) node.remove()
  }
  const checkMs = median(checks)
  const naiveMs = median(naive)
  const importMs = median(imports)
  const plainDrawMs = median(plain)
  return {
    board: name,
    connectors: board.connectors,
    check,
    storedExactly,
    storedChars: stored.ok ? stored.json.length : 0,
    checkMs,
    naiveMs,
    checkRatio: checkMs / Math.max(0.001, naiveMs),
    exportMs,
    exportChars: file.content.length,
    importMs,
    plainDrawMs,
    importRatio: importMs / Math.max(0.001, plainDrawMs),
    importExact,
    runs: RUNS
  }
}
