/**
 * Every panel request, on whatever board a test built: sent as the panel sends it (raw messages through the UI
 * bridge), for every canvas and for a few of its stickies, and checked against what every command promises:
 * - exactly one answer; a notification (for the requests that notify) that is the answer's message, in full, in a
 *   plain sentence (no API or runtime words);
 * - nothing a person made removed, moved, reparented, restyled or rewritten;
 * - a refusal changes nothing and leaves no undo step; a success that changed the board is one undo step;
 * - afterwards the panel's state agrees with an analysis of the board from scratch, and all plugin data parses.
 * Problems are collected as sentences (not thrown), so one run shows them all.
 */
import type { FigJamFake } from '../../../fake'
import { CHECKLIST_KEYS } from '../../../src/core/checklist'
import { reportWithoutTime } from '../../../src/core/analyze'
import { canvases, differences, documentState, lostContent, oracle, pluginDataProblems, userContent } from '../reliability/board'
import type { DoneAnswer } from '../reliability/panel'
import { PanelDriver } from '../reliability/panel'
import { DATA_KEYS } from '../../../src/adapter/plugin-data'
import { NOTIFYING } from '../reliability/notifying'

/** Words only an error from inside the API or the runtime would put in front of a person. */
export const INTERNALS =
  /undefined|\bnull\b|NaN|\[object|TypeError|RangeError|SyntaxError|Error:|at \w+ \(|figma\.|valibot|Expected|Received|Cannot read|is not a function|Maximum call stack/

export interface SweepOptions {
  /** Stickies per canvas the item requests name (default 3). */
  items?: number
  /** Leave out requests that draw (insert, import, test cards, versions): for boards where only reads matter. */
  readOnly?: boolean
}

/** The panel's state agrees with a fresh analysis; lines saying where not. */
export function disagreement(fake: FigJamFake, panel: PanelDriver): string[] {
  const truth = oracle()
  const state = panel.state
  if (!state) return ['the panel has no state']
  const problems: string[] = []
  const shown = state.canvases.map((entry) => [entry.id, entry.damaged, entry.score, entry.band])
  const fresh = truth.map((canvas) => [canvas.report.canvas.id, canvas.damaged, canvas.report.fit.score, canvas.report.fit.band])
  problems.push(...differences(shown, fresh).map((line) => `panel canvas list vs fresh read: ${line}`))
  if (state.active?.analysis) {
    const expected = truth.find((canvas) => canvas.report.canvas.id === state.active?.canvasId)
    if (expected) {
      const diff = differences(reportWithoutTime(state.active.analysis.report), expected.report)
      problems.push(...diff.map((line) => `panel active report vs fresh read: ${line}`))
    }
  }
  problems.push(...pluginDataProblems(fake).map((line) => `plugin data: ${line}`))
  return problems
}

/** Sends one request and checks the promises; returns the answer (null when the request broke a promise). */
export async function checkedRequestAsync(
  fake: FigJamFake,
  panel: PanelDriver,
  name: string,
  fields: Record<string, unknown>,
  problems: string[]
): Promise<DoneAnswer | null> {
  const content = userContent(fake)
  const document = documentState(fake)
  const steps = fake.undo.steps
  const notified = fake.session.notifications.length
  const label = `${name} ${JSON.stringify(fields).slice(0, 120)}`
  let answer: DoneAnswer
  try {
    answer = await panel.requestAsync(name, fields)
  } catch (error) {
    problems.push(`${label}: ${(error as Error).message.slice(0, 300)}`)
    return null
  }
  const lost = lostContent(content, userContent(fake))
  if (lost.length > 0) problems.push(`${label} changed people's work: ${lost.slice(0, 3).join('; ').slice(0, 400)}`)
  const changed = documentState(fake) !== document
  const made = fake.undo.steps - steps
  if (!answer.ok) {
    if (answer.message === '') problems.push(`${label} failed without saying why`)
    if (changed) problems.push(`${label} failed ("${answer.message}") but changed the board`)
    if (made !== 0) problems.push(`${label} failed but left ${made} undo steps`)
  } else if (!(name === 'CHECK_FIT' && made <= 1) && made !== (changed ? 1 : 0)) {
    problems.push(`${label} made ${made} undo steps (changed: ${changed})`)
  }
  if (INTERNALS.test(answer.message)) problems.push(`${label} answered with internals: "${answer.message}"`)
  const told = fake.session.notifications.slice(notified)
  if (NOTIFYING.has(name) && answer.message !== '') {
    const said = told.map((n) => `${n.message}|${n.options?.error === true}`)
    if (said.length !== 1 || said[0] !== `${answer.message}|${!answer.ok}`)
      problems.push(`${label} notified ${JSON.stringify(said)} for answer "${answer.message}" (ok ${answer.ok})`)
  }
  for (const n of told) {
    if (n.tooLong) problems.push(`${label}: notification longer than FigJam shows: "${n.message}"`)
    if (INTERNALS.test(n.message)) problems.push(`${label}: notification with internals: "${n.message}"`)
  }
  for (const line of disagreement(fake, panel)) problems.push(`after ${label}: ${line}`)
  return answer
}

/** The stickies of a canvas as the panel state lists them (zones first), at most `n`. */
function itemsOf(panel: PanelDriver, canvasId: string, n: number): string[] {
  const truth = oracle().find((canvas) => canvas.report.canvas.id === canvasId)
  if (!truth) return []
  const report = truth.report
  const ids = [...Object.values(report.zones).flat(), ...report.unplaced].map((item) => item.id)
  void panel
  return ids.slice(0, n)
}

/** The test cards on the page. */
function testCards(fake: FigJamFake): string[] {
  return fake.inspect
    .nodes()
    .filter((node) => node.type === 'SECTION' && (node.sharedPluginData.vpcfit?.[DATA_KEYS.testCard] ?? '') !== '')
    .map((node) => node.id)
}

/** Every request, for every canvas on the page (and the adopted drawings); returns the problems found. */
export async function sweepAsync(fake: FigJamFake, panel: PanelDriver, options: SweepOptions = {}): Promise<string[]> {
  const problems: string[] = []
  const ask = (name: string, fields: Record<string, unknown>) => checkedRequestAsync(fake, panel, name, fields, problems)
  const ids = new Set([
    ...canvases(fake).map((canvas) => canvas.id),
    ...oracle().map((canvas) => canvas.report.canvas.id)
  ])
  await ask('CHECK_FIT', { canvasId: null })
  for (const canvasId of ids) {
    await ask('SELECT_CANVAS', { canvasId })
    await ask('CHECK_FIT', { canvasId })
    for (const format of ['markdown', 'csv', 'json']) await ask('EXPORT', { canvasId, format })
    await ask('EXPORT_HISTORY', { canvasId, format: 'csv' })
    await ask('EXPORT_HISTORY', { canvasId, format: 'json' })
    await ask('SET_CHECK', { canvasId, itemKey: CHECKLIST_KEYS.find((item) => !item.auto)?.key ?? 'vm.focus', checked: true })
    await ask('COMPARE_VERSIONS', { canvasId, from: null, to: null })
    const items = itemsOf(panel, canvasId, options.items ?? 3)
    for (const itemId of items) {
      await ask('FOCUS_NODE', { nodeId: itemId })
      await ask('SET_EVIDENCE', { canvasId, itemId, level: 'said' })
    }
    const [a, b] = items
    if (a && b) {
      await ask('REJECT_SUGGESTION', { canvasId, fromId: a, toId: b })
      await ask('ACCEPT_SUGGESTION', { canvasId, fromId: a, toId: b })
    }
    if (options.readOnly) continue
    await ask('SAVE_VERSION', { canvasId, name: 'hostile 🚲 version' })
    await ask('SET_FIT_CARD', { canvasId, on: false })
    await ask('SET_FIT_CARD', { canvasId, on: true })
    await ask('REPAIR_CANVAS', { canvasId })
    if (a) await ask('CREATE_TEST_CARD', { canvasId, itemId: a })
    await ask('BMC_SUMMARY', { canvasId, insertBmc: 'en' })
    const versions = panel.state?.active?.canvasId === canvasId ? (panel.state.active.history?.versions ?? []) : []
    const first = versions[0]
    if (first) await ask('DRAW_VERSION', { canvasId, versionId: first.id })
  }
  if (!options.readOnly) {
    for (const testId of testCards(fake)) await ask('RECORD_LEARNING', { testId })
    const json = panel.exports.find((file) => file.format === 'json' && !file.filename.includes('history'))
    if (json) await ask('IMPORT_REPORT', { json: json.content })
  }
  return problems
}
