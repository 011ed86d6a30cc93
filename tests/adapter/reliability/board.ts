/**
 * Read-only views of the fake board for the reliability tests: what a person owns (and must never see changed by a
 * command), the whole document (for "a failed command changed nothing"), the oracle report computed from scratch, and
 * a check that every piece of plugin data the plugin wrote still parses. Everything here reads through
 * `fake.inspect` (plain data, no API counting) except the oracle, which reads the page as the plugin does.
 */
import type { FigJamFake, InspectedNode } from '../../../fake'
import { readSummaryData } from '../../../src/adapter/bmc/summary-data'
import { DATA_KEYS, ROLES, SHARED_NAMESPACE, SHARED_REPORT_KEY } from '../../../src/adapter/plugin-data'
import { takeSnapshot } from '../../../src/adapter/snapshot'
import type { TimelessReport } from '../../../src/core/analyze'
import { analyzeBoard, reportWithoutTime } from '../../../src/core/analyze'
import { hashText } from '../../../src/core/hash'
import { HISTORY_MAX_BYTES, MAX_NAME_CHARS } from '../../../contract/limits'
import { readHistory } from '../../../src/core/history/history-storage'
import { versionBytes } from '../../../src/core/history/thin-history'
import { readStoredReportText } from '../../../src/core/report-storage'
import { CHECKLIST_KEYS } from '../../../src/core/checklist'
import { pointAt } from '../../../src/core/layout/vpc-layout'
import type { CanvasPart, FitReport, Point, Rect, ZoneKey } from '../../../src/core/types'
import { LOCALES, REPORT_SCHEMA } from '../../../src/core/types'
import { sectorFor } from '../../../src/core/zones'
import { parseCardData, parseEvidence } from '../../../src/core/evidence/evidence-store'
import { LEARNING_FIELDS, TEST_FIELDS } from '../../../src/core/evidence/test-card'

const PLUGIN_ROLES = new Set<string>(Object.values(ROLES))
const TEAM_ROLES = new Set<string>([ROLES.testCard, ROLES.learningCard, ROLES.cardField])
const CARD_FIELDS = new Set<string>([...TEST_FIELDS, ...LEARNING_FIELDS])

/** The plugin's entry `key` on an inspected node: shared plugin data under `vpcfit`. */
export function ownData(node: InspectedNode, key: string): string {
  return node.sharedPluginData[SHARED_NAMESPACE]?.[key] ?? ''
}

/** Node types a person's work consists of. */
const CONTENT_TYPES = new Set(['STICKY', 'CONNECTOR', 'STAMP'])

/**
 * Whether a node is the plugin's own: template parts, BMC parts and the BMC summary stickies it wrote, as long as
 * nobody edited or copied them (a summary sticky the team reworded, or a copy of one, is theirs from then on).
 */
export function isPluginNode(node: InspectedNode): boolean {
  const role = ownData(node, DATA_KEYS.role)
  // Test and learning cards are the team's from the moment they are drawn: what people type, move or delete on
  // them no command may change (the plugin only reads them, and notes on a learning card's data what it applied).
  if (TEAM_ROLES.has(role)) return false
  if (role === ROLES.summary) {
    const data = readSummaryData(ownData(node, DATA_KEYS.summary))
    return data !== null && data.hash === hashText(node.text ?? '') && (data.node === undefined || data.node === node.id)
  }
  return role !== '' && role !== ROLES.imported
}

/**
 * What a person owns, by id: every sticky, connector and stamp that is not a plugin summary, plus every section,
 * shape and text nobody tagged, each with what must never change under a command: parent, page box, text, colour,
 * lock, connector ends and the host of a stamp.
 */
export function userContent(fake: FigJamFake): Map<string, string> {
  const result = new Map<string, string>()
  for (const node of fake.inspect.nodes()) {
    if (isPluginNode(node)) continue
    if (!CONTENT_TYPES.has(node.type) && !['SECTION', 'SHAPE_WITH_TEXT', 'TEXT', 'GROUP'].includes(node.type))
      continue
    const ends = node.connector
      ? [
          node.connector.start.nodeId,
          node.connector.start.magnet,
          node.connector.end.nodeId,
          node.connector.end.magnet
        ]
      : null
    // A connector's box follows its ends; its ends are what a person drew.
    const box = node.type === 'CONNECTOR' ? null : node.box
    result.set(
      node.id,
      JSON.stringify([
        node.type,
        node.parentId,
        box,
        node.text,
        node.fills,
        node.locked,
        ends,
        node.stuckTo,
        node.name
      ])
    )
  }
  return result
}

/** Lines saying which of a person's nodes a command removed or changed (empty: nothing lost). */
export function lostContent(before: Map<string, string>, after: Map<string, string>): string[] {
  const lost: string[] = []
  before.forEach((signature, id) => {
    const now = after.get(id)
    if (now === undefined) lost.push(`${id} removed (was ${signature})`)
    else if (now !== signature) lost.push(`${id} changed\n  was ${signature}\n  now ${now}`)
  })
  return lost
}

/** The whole current page as plain data: equal before and after means the command changed nothing. */
export function documentState(fake: FigJamFake): string {
  return JSON.stringify(fake.inspect.nodes())
}

/** The board as a person sees it: every node without its plugin data and relaunch data. */
export function visibleState(fake: FigJamFake): string {
  return JSON.stringify(
    fake.inspect.nodes().map(({ pluginData: _p, sharedPluginData: _s, relaunchData: _r, ...seen }) => seen)
  )
}

/** What the oracle says about one canvas: its report without the time, and its missing parts. */
export interface OracleCanvas {
  report: TimelessReport
  damaged: CanvasPart[]
}

/** Every canvas analysed from scratch: a fresh snapshot of the page, the pure core, no cache. */
export function oracle(): OracleCanvas[] {
  return analyzeBoard(takeSnapshot(figma.currentPage), 'oracle').map((analysis) => ({
    report: reportWithoutTime(analysis.report),
    damaged: analysis.damaged
  }))
}

/** A stored `vpcfit/report` as a comparable report, or the reason it is not one. */
export function parseStoredReport(raw: string): TimelessReport | string {
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch (error) {
    return `not JSON: ${(error as Error).message}`
  }
  if (typeof parsed !== 'object' || parsed === null) return 'not an object'
  const report = parsed as FitReport
  if (report.schema !== REPORT_SCHEMA) return `schema ${String(report.schema)}`
  if (typeof report.checkedAt !== 'string' || Number.isNaN(Date.parse(report.checkedAt)))
    return 'bad checkedAt'
  return reportWithoutTime(report)
}

function parseJson(raw: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(raw) as unknown }
  } catch {
    return { ok: false }
  }
}

const MANUAL_KEYS = new Set(CHECKLIST_KEYS.map((item) => item.key))

/** Problems with one plugin data entry the plugin wrote (null: it parses as the plugin's readers expect). */
function entryProblem(key: string, raw: string): string | null {
  switch (key) {
    case DATA_KEYS.role:
      return PLUGIN_ROLES.has(raw) ? null : `unknown role ${raw}`
    case DATA_KEYS.meta: {
      const parsed = parseJson(raw)
      if (!parsed.ok || typeof parsed.value !== 'object' || parsed.value === null)
        return 'meta is not a JSON object'
      const meta = parsed.value as Record<string, unknown>
      if (typeof meta.schema !== 'number') return 'meta has no schema'
      if (!(LOCALES as readonly unknown[]).includes(meta.locale)) return 'meta has no locale'
      return null
    }
    case DATA_KEYS.checks: {
      const parsed = parseJson(raw)
      if (
        !parsed.ok ||
        typeof parsed.value !== 'object' ||
        parsed.value === null ||
        Array.isArray(parsed.value)
      ) {
        return 'checks is not a JSON object'
      }
      for (const [item, ticked] of Object.entries(parsed.value as Record<string, unknown>)) {
        if (!MANUAL_KEYS.has(item) || typeof ticked !== 'boolean') return `bad tick ${item}`
      }
      return null
    }
    case DATA_KEYS.rejected: {
      const parsed = parseJson(raw)
      if (!parsed.ok || !Array.isArray(parsed.value)) return 'rejected is not a JSON list'
      return parsed.value.every((pair) => typeof pair === 'string' && pair.includes('>'))
        ? null
        : 'bad rejected pair'
    }
    case DATA_KEYS.summary:
      return readSummaryData(raw) ? null : 'summary data does not read back'
    case DATA_KEYS.block:
      return raw.length > 0 && raw.length < 40 ? null : 'bad block key'
    case DATA_KEYS.segment:
    case DATA_KEYS.product:
      return raw.length <= MAX_NAME_CHARS ? null : `${key} longer than ${MAX_NAME_CHARS}`
    case DATA_KEYS.lastCheck: {
      const parsed = parseJson(raw)
      if (!parsed.ok || typeof parsed.value !== 'object' || parsed.value === null)
        return 'lastCheck is not a JSON object'
      const { checkedAt, card } = parsed.value as Record<string, unknown>
      if (checkedAt !== null && (typeof checkedAt !== 'string' || Number.isNaN(Date.parse(checkedAt))))
        return 'lastCheck has a bad time'
      return ['none', 'drawn', 'off', 'left'].includes(card as string)
        ? null
        : `bad fit card state ${String(card)}`
    }
    case DATA_KEYS.card: {
      const parsed = parseJson(raw)
      if (!parsed.ok || typeof parsed.value !== 'object' || parsed.value === null)
        return 'card is not a JSON object'
      const { canvasId, text } = parsed.value as Record<string, unknown>
      return typeof canvasId === 'string' && typeof text === 'string' ? null : 'card data does not read back'
    }
    case DATA_KEYS.zoneMap: {
      const parsed = parseJson(raw)
      if (!parsed.ok || typeof parsed.value !== 'object' || parsed.value === null)
        return 'zone map is not a JSON object'
      const { cols, rows, cells } = parsed.value as Record<string, unknown>
      return typeof cols === 'number' &&
        typeof rows === 'number' &&
        typeof cells === 'string' &&
        cells.length === cols * rows &&
        /^[0-5.]*$/.test(cells)
        ? null
        : 'zone map does not read back'
    }
    case DATA_KEYS.evidence: {
      // Grouped by level, each item once: every id written reads back (nothing malformed dropped on the way).
      const parsed = parseJson(raw)
      if (!parsed.ok || typeof parsed.value !== 'object' || parsed.value === null) return 'evidence is not a JSON object'
      const lists = Object.entries(parsed.value as Record<string, unknown>)
      if (lists.some(([level, ids]) => !['said', 'did', 'refuted'].includes(level) || !Array.isArray(ids) || ids.length === 0))
        return 'evidence has a bad level list'
      const written = lists.reduce((sum, [, ids]) => sum + (ids as unknown[]).length, 0)
      return Object.keys(parseEvidence(raw)).length === written ? null : 'evidence does not read back'
    }
    case DATA_KEYS.testCard:
      return parseCardData(raw) ? null : 'test card data does not read back'
    case DATA_KEYS.learningCard: {
      const data = parseCardData(raw)
      return data && data.testId !== undefined ? null : 'learning card data does not read back'
    }
    case DATA_KEYS.field:
      return CARD_FIELDS.has(raw) ? null : `unknown card field ${raw}`
    default:
      return `unknown key ${key}`
  }
}

/** Every plugin data entry on the page that does not parse back (empty: all good). */
export function pluginDataProblems(fake: FigJamFake): string[] {
  const problems: string[] = []
  for (const node of fake.inspect.nodes()) {
    // Private plugin data is lost when the plugin's id changes (publishing): the plugin writes none.
    for (const key of Object.keys(node.pluginData))
      problems.push(`${node.id} ${node.type} ${key}: private plugin data`)
    const shared = node.sharedPluginData[SHARED_NAMESPACE] ?? {}
    for (const [key, raw] of Object.entries(shared)) {
      if (key === SHARED_REPORT_KEY || /^report\.[1-9]\d*$/.test(key) || key === DATA_KEYS.drawn) continue
      if (/^history\.[0-9a-f]{16}(\.[1-9]\d*)?$/.test(key)) continue
      const problem = entryProblem(key, raw)
      if (problem) problems.push(`${node.id} ${node.type} ${key}: ${problem}`)
    }
    // The canvas's own history reads back within its limit (a copy's inherited entries are not its own).
    const own = readHistory(Object.keys(shared), (key) => shared[key] ?? '', node.id).versions
    const bytes = own.reduce((sum, version) => sum + versionBytes(version), 0)
    if (bytes > HISTORY_MAX_BYTES) problems.push(`${node.id} history: ${bytes} bytes`)
    if (SHARED_REPORT_KEY in shared) {
      const text = readStoredReportText((key) => shared[key] ?? '')
      const parsed = text.ok ? parseStoredReport(text.json) : text.reason
      if (typeof parsed === 'string') problems.push(`${node.id} report: ${parsed}`)
    }
  }
  return problems
}

/** The canvases (plugin sections with role `vpc-canvas`) on the current page, in page order. */
export function canvases(fake: FigJamFake): InspectedNode[] {
  return fake.inspect
    .nodes()
    .filter((node) => node.type === 'SECTION' && ownData(node, DATA_KEYS.role) === ROLES.canvas)
}

/** The square or circle that sits directly in a canvas section, or null when it is gone. */
export function partOf(fake: FigJamFake, canvasId: string, part: CanvasPart): InspectedNode | null {
  const role = part === 'valueMap' ? ROLES.valueMap : ROLES.customerProfile
  return (
    fake.inspect
      .nodes()
      .find((node) => node.parentId === canvasId && ownData(node, DATA_KEYS.role) === role) ?? null
  )
}

/** A point in `zone` of a canvas (its shape as it is now), `fraction` of the radius out, turned by `turn` degrees. */
export function zonePoint(
  fake: FigJamFake,
  canvasId: string,
  zone: ZoneKey,
  fraction = 0.6,
  turn = 0
): Point | null {
  const sector = sectorFor(zone)
  const shape = partOf(fake, canvasId, sector.shape === 'square' ? 'valueMap' : 'customerProfile')
  if (!shape) return null
  const box: Rect = shape.box
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 }
  return pointAt(centre, sector.centre + turn, fraction * (box.width / 2))
}

/** Stickies on the page that are not plugin summaries. */
export function userStickies(fake: FigJamFake): InspectedNode[] {
  return fake.inspect.nodes().filter((node) => node.type === 'STICKY' && !isPluginNode(node))
}

/** The stored `vpcfit/report` of each canvas section, by section id ('' when none). */
export function storedReports(fake: FigJamFake): Map<string, string> {
  const reports = new Map<string, string>()
  // The plugin's canvases, and the drawings people made and the plugin adopted (any node holding a report).
  const own = new Set(canvases(fake).map((canvas) => canvas.id))
  const holders = fake.inspect
    .nodes()
    .filter(
      (node) => own.has(node.id) || SHARED_REPORT_KEY in (node.sharedPluginData[SHARED_NAMESPACE] ?? {})
    )
  for (const canvas of holders) {
    const shared = canvas.sharedPluginData[SHARED_NAMESPACE] ?? {}
    const text = readStoredReportText((key) => shared[key] ?? '')
    reports.set(canvas.id, text.ok ? text.json : '')
  }
  return reports
}

/** Where two plain values differ, as `path: a -> b` lines (at most `max`), for readable failure messages. */
export function differences(a: unknown, b: unknown, max = 8, path = ''): string[] {
  if (Object.is(a, b)) return []
  if (
    typeof a !== 'object' ||
    typeof b !== 'object' ||
    a === null ||
    b === null ||
    Array.isArray(a) !== Array.isArray(b)
  ) {
    return [`${path || '(root)'}: ${JSON.stringify(a)?.slice(0, 160)} -> ${JSON.stringify(b)?.slice(0, 160)}`]
  }
  const out: string[] = []
  const keys = new Set([...Object.keys(a), ...Object.keys(b)])
  for (const key of keys) {
    if (out.length >= max) break
    const next = Array.isArray(a) ? `${path}[${key}]` : `${path}.${key}`
    out.push(
      ...differences(
        (a as Record<string, unknown>)[key],
        (b as Record<string, unknown>)[key],
        max - out.length,
        next
      )
    )
  }
  return out
}
