/**
 * The randomized model test: short sequences of what people do on a board (add, type, drag, delete stickies; draw
 * and delete connectors; stamp; move, resize, copy-paste and delete canvases or their square and circle; group;
 * select; undo; some of it as a collaborator; on a canvas people drew and adopted: stickies in its zones, labels moved,
 * retyped or deleted, the drawing moved or a shape of it deleted; on test and learning cards: typing into their fields
 * (decisions in en/sv/da, their own words, over the prompt), moving them (onto the canvas too), copying and deleting
 * them or a field) interleaved with every panel request (insert VPC and BMC, check fit,
 * summary, repair, checklist ticks, accept and reject suggestions, export, import, focus, adopt, set evidence, create a
 * test card, record what we learned), sent as raw messages
 * through the open panel so the router, the commands and the live updates all run as in FigJam.
 *
 * After every step:
 * - the panel's last state and an incremental LiveBoard (fed only by change events since the start) agree with an
 *   oracle computed from scratch (`analyzeBoard(takeSnapshot(page))`, ignoring `checkedAt`);
 * - all plugin data on the page parses back.
 * After every panel request, in addition:
 * - exactly one DONE answer; no sticky, connector or stamp a person made was removed, moved or edited;
 * - a failed request changed nothing and left no undo step; a request that changed the board is one undo step;
 * - the user was told (the notification is the answer's message);
 * - a check stored reports equal to the oracle; a JSON export equals the oracle;
 * - a new test or learning card is for what was asked and covers nothing; what people typed on cards is theirs (a
 *   card and its fields count as people's work from the moment they are drawn).
 *
 * Size: `VPC_MODEL_RUNS` sequences (default 100 locally, 1,000 under CI=true), at most `VPC_MODEL_STEPS` steps (12).
 * Replay a failure with `VPC_MODEL_SEED=<seed> VPC_MODEL_PATH=<path> VPC_MODEL_REPLAY=<replayPath>` from the failure
 * message (the replay path is the comment after the counterexample's last step), with the same `VPC_MODEL_RUNS`.
 */
import { suggestionsForReport } from '../../../contract/suggest'
import fc from 'fast-check'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { installFigJam } from '../../../fake'
import type { FigJamFake, InspectedNode } from '../../../fake'
import { LiveBoard } from '../../../src/adapter/live-board'
import { takeSnapshot } from '../../../src/adapter/snapshot'
import { bmcSummaryAsync } from '../../../src/commands/bmc-summary-async'
import { insertBmcAsync } from '../../../src/commands/insert-bmc-async'
import { insertVpcAsync } from '../../../src/commands/insert-vpc-async'
import { analyzeBoard, reportWithoutTime } from '../../../src/core/analyze'
import { CHECKLIST_KEYS } from '../../../src/core/checklist'
import { toJson } from '../../../src/core/export'
import type { Point, ZoneKey } from '../../../src/core/types'
import { LOCALES, ZONE_KEYS } from '../../../src/core/types'
import type { OracleCanvas } from './board'
import {
  canvases,
  differences,
  ownData,
  documentState,
  lostContent,
  oracle,
  parseStoredReport,
  partOf,
  pluginDataProblems,
  storedReports,
  userContent,
  userStickies,
  zonePoint
} from './board'
import type { DoneAnswer } from './panel'
import type { PanelState } from '../../../contract/messages'
import { PanelDriver, settle } from './panel'
import { DATA_KEYS, ROLES } from '../../../src/adapter/plugin-data'
import { EVIDENCE_LEVELS } from '../../../contract/evidence'
import { parseCardData } from '../../../src/core/evidence/evidence-store'
import { overlaps } from '../../../src/core/layout/placement'
import { adoptCanvasAsync } from '../../../src/commands/adopt-canvas-async'
import { createTestCardAsync } from '../../../src/commands/create-test-card-async'
import { recordLearningAsync } from '../../../src/commands/record-learning-async'
import { runCommandAsync } from '../../../src/run/run-command'
import type { Drawing } from '../drawn/drawings'
import { DANISH, drawSixBoxes, drawSquareAndCircle, ENGLISH, fill, SWEDISH } from '../drawn/drawings'
import { NOTIFYING } from './notifying'

const CI = process.env.CI === 'true'
const RUNS = Number(process.env.VPC_MODEL_RUNS ?? (CI ? 1000 : 100))
const MAX_STEPS = Number(process.env.VPC_MODEL_STEPS ?? 12)
const SEED = process.env.VPC_MODEL_SEED === undefined ? undefined : Number(process.env.VPC_MODEL_SEED)
const PATH = process.env.VPC_MODEL_PATH
/** fast-check's `replayPath` of the commands, printed in the counterexample as a comment. */
const REPLAY = process.env.VPC_MODEL_REPLAY

// ---------------------------------------------------------------------------------------------------------------
// The system under test and the (deliberately thin) model
// ---------------------------------------------------------------------------------------------------------------

interface Real {
  fake: FigJamFake
  panel: PanelDriver
  /** Built once at the start and then fed only by change events: the incremental path under test. */
  live: LiveBoard
  /** Every sticky and canvas id ever seen, so requests can name nodes that are gone. */
  seen: Set<string>
  /** The canvas people drew (adopted at the start, or left to adopt), with where its zones were then. */
  drawn: { drawing: Drawing; at: Point } | null
}

/** The board is the truth here; the model only counts steps (the oracle does the modelling). */
interface Model {
  steps: number
}

type Step = fc.AsyncCommand<Model, Real>

/**
 * How often each request was answered ok or not (and each card edit found a card to edit), printed after the run: a
 * model test that never succeeds at anything proves little.
 */
const tally = new Map<string, { ok: number; refused: number }>()

function count(name: string, ok: boolean): void {
  const entry = tally.get(name) ?? { ok: 0, refused: 0 }
  if (ok) entry.ok += 1
  else entry.refused += 1
  tally.set(name, entry)
}

/** `list[k]` wrapping around, or undefined for an empty list. */
function pick<T>(list: readonly T[], k: number): T | undefined {
  return list.length === 0 ? undefined : list[k % list.length]
}

function nodesOf(real: Real, type: string): InspectedNode[] {
  return real.fake.inspect.nodes().filter((node) => node.type === type)
}

const TEXTS = [
  'Saves time every morning',
  'Reserve a bike ahead',
  'Monthly pass saves money',
  'Save time',
  'Lack of time',
  'Quick results',
  '1. Too expensive',
  '#2 Hard to find',
  'Cheaper monthly plan',
  'Time-saving reminders',
  '',
  '   \n\t ',
  '🚴‍♀️ Ride to work 🚲',
  'לקוחות עסקיים',
  'مرحبا بالعالم',
  'Track workouts',
  'W'.repeat(400)
]

const NAMES = ['Busy professionals', '', '🚴‍♀️ Cyclists', 'לקוחות', 'S'.repeat(500), '  \n ']

// ---------------------------------------------------------------------------------------------------------------
// Where people put stickies
// ---------------------------------------------------------------------------------------------------------------

type Place = ZoneKey | 'unplaced' | 'between' | 'canvasEdge' | 'outside'
const PLACES: readonly Place[] = [...ZONE_KEYS, ...ZONE_KEYS, 'unplaced', 'between', 'canvasEdge', 'outside']

/** The page point a sticky's centre goes to: in a zone (turned up to a sector edge), on an edge, or far away. */
function placePoint(real: Real, canvasK: number, place: Place, fraction: number, turn: number): Point {
  const canvas = pick(canvases(real.fake), canvasK)
  if (!canvas || place === 'outside')
    return { x: -30_000 + (canvasK % 7) * 300, y: -30_000 + fraction * 1000 }
  const box = canvas.box
  if (place === 'unplaced') return { x: box.x + 200 + fraction * 400, y: box.y + 150 }
  if (place === 'canvasEdge') return { x: box.x + box.width, y: box.y + box.height * fraction }
  if (place === 'between') {
    const square = partOf(real.fake, canvas.id, 'valueMap')
    const circle = partOf(real.fake, canvas.id, 'customerProfile')
    if (square && circle) {
      return {
        x: (square.box.x + square.box.width + circle.box.x) / 2,
        y: square.box.y + square.box.height * fraction
      }
    }
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
  }
  return (
    zonePoint(real.fake, canvas.id, place, fraction, turn) ?? {
      x: box.x + box.width / 2,
      y: box.y + box.height / 2
    }
  )
}

// ---------------------------------------------------------------------------------------------------------------
// Checks
// ---------------------------------------------------------------------------------------------------------------

function timeless(reports: ReturnType<typeof analyzeBoard>): OracleCanvas[] {
  return reports.map((analysis) => ({
    report: reportWithoutTime(analysis.report),
    damaged: analysis.damaged
  }))
}

/** The live board, the panel and the oracle tell the same story; all plugin data parses. */
function checkAgreement(real: Real, truth: OracleCanvas[]): void {
  const live = timeless(analyzeBoard(real.live.snapshot(), 'oracle'))
  expect(differences(live, truth), 'incremental LiveBoard (left) vs oracle (right)').toEqual([])
  const state = real.panel.state
  expect(state, 'the panel has a state').not.toBeNull()
  if (!state) return
  expect(
    state.canvases.map((entry) => ({
      id: entry.id,
      damaged: entry.damaged,
      score: entry.score,
      band: entry.band
    })),
    'panel canvas list vs oracle'
  ).toEqual(
    truth.map((canvas) => ({
      id: canvas.report.canvas.id,
      damaged: canvas.damaged,
      score: canvas.report.fit.score,
      band: canvas.report.fit.band
    }))
  )
  if (state.active) {
    const expected = truth.find((canvas) => canvas.report.canvas.id === state.active?.canvasId)
    const shown = reportWithoutTime(state.active.analysis!.report)
    expect(differences(shown, expected?.report), 'panel active report (left) vs oracle (right)').toEqual([])
    if (expected) {
      expect(windowsOf(state), 'panel sticky lists, windowed (left) vs oracle (right)').toEqual(
        expectedWindows(state, expected.report)
      )
      expect(state.active.view.counts, 'panel zone counts vs oracle').toEqual({
        ...Object.fromEntries(ZONE_KEYS.map((zone) => [zone, expected.report.zones[zone].length])),
        unplaced: expected.report.unplaced.length
      })
    }
  }
  expect(pluginDataProblems(real.fake), 'plugin data parses').toEqual([])
}

/** The ids and totals of the sticky lists the panel holds. */
function windowsOf(state: PanelState): Record<string, { total: number; ids: string[] }> {
  const out: Record<string, { total: number; ids: string[] }> = {}
  for (const [key, window] of Object.entries(state.active?.lists ?? {}))
    if (window) out[key] = { total: window.total, ids: window.items.map((item) => item.id) }
  return out
}

/** The same lists worked out from the oracle's report: the first `shown` by rank, then selected stickies below. */
function expectedWindows(state: PanelState, report: OracleCanvas['report']): Record<string, { total: number; ids: string[] }> {
  const out: Record<string, { total: number; ids: string[] }> = {}
  const byRank = (items: readonly { id: string; rank: number }[]) => [...items].sort((a, b) => a.rank - b.rank)
  for (const { key, shown } of state.active?.itemView.lists ?? []) {
    const [kind, zone] = key.split('.') as [string, ZoneKey]
    const list =
      key === 'unplaced'
        ? report.unplaced
        : kind === 'zone'
          ? byRank(report.zones[zone])
          : byRank(report.zones[zone].filter((item) => (kind === 'unaddressed' ? report.fit.unaddressed : report.fit.orphans).includes(item.id)))
    const ids = list.slice(0, shown).map((item) => item.id)
    for (const item of list.slice(shown)) if (state.selection.nodeIds.includes(item.id)) ids.push(item.id)
    out[key] = { total: list.length, ids }
  }
  return out
}

function remember(real: Real): void {
  for (const node of real.fake.inspect.nodes()) {
    if (node.type === 'STICKY' || node.type === 'SECTION' || node.type === 'CONNECTOR') real.seen.add(node.id)
  }
}

/** A user action: done by a person, then the board settles and everything must agree. */
function userStep(label: string, act: (real: Real) => void): Step {
  return {
    check: () => true,
    async run(model, real) {
      act(real)
      await settle(real.fake)
      remember(real)
      checkAgreement(real, oracle())
      model.steps += 1
    },
    toString: () => label
  }
}

interface Before {
  content: Map<string, string>
  document: string
  undoSteps: number
  notifications: number
  reports: Map<string, string>
  truth: OracleCanvas[]
}

/** A panel request: sent as the UI sends it, then checked against the guarantees every command gives. */
function panelStep(
  label: string,
  name: string,
  fields: (real: Real) => Record<string, unknown>,
  after?: (real: Real, answer: DoneAnswer, before: Before, sent: Record<string, unknown>) => void
): Step {
  return {
    check: () => true,
    async run(model, real) {
      const { fake } = real
      const before: Before = {
        content: userContent(fake),
        document: documentState(fake),
        undoSteps: fake.undo.steps,
        notifications: fake.session.notifications.length,
        reports: storedReports(fake),
        truth: oracle()
      }
      const sent = fields(real)
      const answer = await real.panel.requestAsync(name, sent)
      count(name, answer.ok)
      remember(real)
      const lost = lostContent(before.content, userContent(fake))
      expect(lost, `${name} must not remove, move or edit what people made`).toEqual([])
      const changed = documentState(fake) !== before.document
      if (!answer.ok) {
        expect(answer.message, `${name} failed without saying why`).not.toBe('')
        expect(changed, `${name} failed (${answer.message}) but changed the board`).toBe(false)
        expect(fake.undo.steps, `${name} failed but left an undo step`).toBe(before.undoSteps)
      } else {
        const steps = fake.undo.steps - before.undoSteps
        // Two checks in the same millisecond store the same report again (same `checkedAt`): that rewrite may
        // still make a step. Every other request must be exactly one step when it changed the board, else none.
        if (name === 'CHECK_FIT' && !changed) expect(steps).toBeLessThanOrEqual(1)
        else expect(steps, `${name} must be one undo step`).toBe(changed ? 1 : 0)
      }
      const told = fake.session.notifications.slice(before.notifications)
      if (NOTIFYING.has(name) && answer.message !== '') {
        expect(told.map((n) => [n.message, n.options?.error === true])).toEqual([
          [answer.message, !answer.ok]
        ])
      }
      for (const notification of told) {
        expect(notification.tooLong, `"${notification.message}" is longer than FigJam shows`).toBe(false)
      }
      after?.(real, answer, before, sent)
      checkAgreement(real, oracle())
      model.steps += 1
    },
    toString: () => label
  }
}

/** The nodes holding an adopted canvas's definition (shared plugin data `vpcfit` / `drawn`). */
function adoptedAnchors(real: Real): InspectedNode[] {
  return real.fake.inspect.nodes().filter((node) => (node.sharedPluginData.vpcfit?.drawn ?? '') !== '')
}

/** How far the drawing's anchor moved since it was drawn (its zones' spots move with it). */
function drawnOffset(real: Real): Point | null {
  const drawn = real.drawn
  const anchor = drawn ? real.fake.inspect.node(drawn.drawing.anchor.id) : null
  if (!drawn || !anchor) return null
  return { x: anchor.box.x - drawn.at.x, y: anchor.box.y - drawn.at.y }
}

/** A canvas id for a request: one on the page (the plugin's or an adopted drawing), or now and then one that is gone. */
function canvasIdFor(real: Real, k: number): string {
  const ids = [...canvases(real.fake), ...adoptedAnchors(real)].map((canvas) => canvas.id)
  const gone = [...real.seen].filter((id) => !real.fake.inspect.node(id))
  if (k % 9 === 8 || ids.length === 0) return pick(gone, k) ?? '999:1'
  return pick(ids, k) as string
}

// ---------------------------------------------------------------------------------------------------------------
// User actions
// ---------------------------------------------------------------------------------------------------------------

const k = fc.nat({ max: 50 })
const remote = fc.constantFrom(false, false, false, true)
const fraction = fc.constantFrom(0.2, 0.45, 0.6, 0.85, 0.99)
const turn = fc.constantFrom(-60, -45, -20, 0, 20, 45, 60)
const place = fc.constantFrom(...PLACES)
const textK = fc.nat({ max: TEXTS.length - 1 })
/** Edit options for a collaborator's edit. */
function by(_real: Real, isRemote: boolean): { remote: true } | undefined {
  return isRemote ? { remote: true } : undefined
}

/** Someone rewords a summary sticky the plugin wrote: from then on it is theirs. */
const typeIntoSummary: fc.Arbitrary<Step> = fc.record({ stickyK: k, textK, remote }).map((p) =>
  userStep(`typeIntoSummary(${JSON.stringify(p)})`, (real) => {
    const summaries = real.fake.inspect.nodes().filter((n) => n.sharedPluginData.vpcfit?.role === 'bmc-summary')
    const sticky = pick(summaries, p.stickyK)
    if (sticky) real.fake.user.typeInto(sticky.id, TEXTS[p.textK] ?? '', by(real, p.remote))
  })
)

// Test and learning cards: the team's to type into, move, copy and delete once drawn.

/** The test and learning card sections on the page, with their data. */
function cardsOn(real: Real, kind?: 'testCard' | 'learningCard'): InspectedNode[] {
  const kinds = kind ? [kind] : (['testCard', 'learningCard'] as const)
  return real.fake.inspect
    .nodes()
    .filter((node) => node.type === 'SECTION' && kinds.some((key) => ownData(node, DATA_KEYS[key]) !== ''))
}

/** The field shapes of every card on the page. */
function cardFields(real: Real): InspectedNode[] {
  return real.fake.inspect.nodes().filter((node) => ownData(node, DATA_KEYS.role) === ROLES.cardField)
}

/** What people write on cards: decisions in each language, their own words, nothing, far too much. */
const CARD_WORDS = [
  'keep',
  'change',
  'Drop',
  'behålla',
  'släppa',
  'ændre',
  'beholde',
  'Keep it, but change the price',
  'ask 20 commuters at the station',
  'sign-ups in a week',
  '',
  '🚲',
  'W'.repeat(300)
]

const cardSteps: Array<fc.Arbitrary<Step>> = [
  fc
    .record({ fieldK: k, wordsK: fc.nat({ max: CARD_WORDS.length - 1 }), afterPrompt: fc.boolean(), remote })
    .map((p) =>
      userStep(`typeIntoCardField(${JSON.stringify(p)})`, (real) => {
        const field = pick(cardFields(real), p.fieldK)
        count('typeIntoCardField', field !== undefined)
        const words = CARD_WORDS[p.wordsK] ?? ''
        // After the prompt as a person usually writes, or over it (the prompt rewritten or wiped).
        if (field) real.fake.user.typeInto(field.id, p.afterPrompt ? `${field.text ?? ''}${words}` : words, by(real, p.remote))
      })
    ),
  fc
    .record({
      cardK: k,
      dx: fc.constantFrom(-9000, -4000, -1200, 0, 700, 3000),
      dy: fc.constantFrom(-2000, -300, 0, 500, 2500),
      remote
    })
    .map((p) =>
      userStep(`moveCard(${JSON.stringify(p)})`, (real) => {
        // Far enough left lands the card on its canvas (a section dropped into another one).
        const card = pick(cardsOn(real), p.cardK)
        count('moveCard', card !== undefined)
        if (card) real.fake.user.move(card.id, card.box.x + p.dx, card.box.y + p.dy, by(real, p.remote))
      })
    ),
  fc.record({ cardK: k, whole: fc.boolean(), remote }).map((p) =>
    userStep(`deleteCardPart(${JSON.stringify(p)})`, (real) => {
      const target = p.whole ? pick(cardsOn(real), p.cardK) : pick(cardFields(real), p.cardK)
      count('deleteCardPart', target !== undefined)
      if (target) real.fake.user.delete([target.id], by(real, p.remote))
    })
  ),
  fc.record({ cardK: k }).map((p) =>
    userStep(`duplicateCard(${JSON.stringify(p)})`, (real) => {
      const card = pick(cardsOn(real), p.cardK)
      count('duplicateCard', card !== undefined)
      if (card) real.fake.user.duplicate([card.id], { offset: { x: 0, y: card.box.height + 200 } })
    })
  )
]

const userSteps: Array<fc.Arbitrary<Step>> = [
  fc.record({ canvasK: k, place, fraction, turn, textK, remote }).map((p) =>
    userStep(`addSticky(${JSON.stringify(p)})`, (real) => {
      const at = placePoint(real, p.canvasK, p.place, p.fraction, p.turn)
      real.fake.user.addSticky(
        { text: TEXTS[p.textK] ?? '', x: at.x - 120, y: at.y - 120 },
        by(real, p.remote)
      )
    })
  ),
  fc.record({ stickyK: k, textK, remote }).map((p) =>
    userStep(`typeInto(${JSON.stringify(p)})`, (real) => {
      const sticky = pick(userStickies(real.fake), p.stickyK)
      if (sticky) real.fake.user.typeInto(sticky.id, TEXTS[p.textK] ?? '', by(real, p.remote))
    })
  ),
  fc.record({ stickyK: k, canvasK: k, place, fraction, turn, remote }).map((p) =>
    userStep(`moveSticky(${JSON.stringify(p)})`, (real) => {
      const sticky = pick(userStickies(real.fake), p.stickyK)
      if (!sticky) return
      const at = placePoint(real, p.canvasK, p.place, p.fraction, p.turn)
      real.fake.user.move(
        sticky.id,
        at.x - sticky.box.width / 2,
        at.y - sticky.box.height / 2,
        by(real, p.remote)
      )
    })
  ),
  fc.record({ stickyK: k, remote }).map((p) =>
    userStep(`deleteSticky(${JSON.stringify(p)})`, (real) => {
      const sticky = pick(userStickies(real.fake), p.stickyK)
      if (sticky) real.fake.user.delete([sticky.id], by(real, p.remote))
    })
  ),
  fc.record({ stickyK: k }).map((p) =>
    userStep(`duplicateSticky(${JSON.stringify(p)})`, (real) => {
      const sticky = pick(userStickies(real.fake), p.stickyK)
      if (sticky) real.fake.user.duplicate([sticky.id], { offset: { x: 0, y: 260 } })
    })
  ),
  fc.record({ a: k, b: k, remote }).map((p) =>
    userStep(`connect(${JSON.stringify(p)})`, (real) => {
      const stickies = userStickies(real.fake)
      const a = pick(stickies, p.a)
      const b = pick(stickies, p.b)
      if (a && b && a.id !== b.id) real.fake.user.connect(a.id, b.id, by(real, p.remote))
    })
  ),
  fc.record({ connectorK: k }).map((p) =>
    userStep(`deleteConnector(${JSON.stringify(p)})`, (real) => {
      const connector = pick(nodesOf(real, 'CONNECTOR'), p.connectorK)
      if (connector) real.fake.user.delete([connector.id])
    })
  ),
  fc.record({ stickyK: k, remote }).map((p) =>
    userStep(`stamp(${JSON.stringify(p)})`, (real) => {
      const sticky = pick(userStickies(real.fake), p.stickyK)
      if (sticky) real.fake.user.stamp(sticky.id, undefined, by(real, p.remote))
    })
  ),
  fc.record({ stampK: k }).map((p) =>
    userStep(`deleteStamp(${JSON.stringify(p)})`, (real) => {
      const stamp = pick(nodesOf(real, 'STAMP'), p.stampK)
      if (stamp) real.fake.user.delete([stamp.id])
    })
  ),
  fc
    .record({
      canvasK: k,
      dx: fc.constantFrom(-5600, -2600, -400, 0, 400, 2600, 5600),
      dy: fc.constantFrom(-3000, -400, 0, 400, 3000),
      remote
    })
    .map((p) =>
      userStep(`moveCanvas(${JSON.stringify(p)})`, (real) => {
        const canvas = pick(canvases(real.fake), p.canvasK)
        if (canvas)
          real.fake.user.move(canvas.id, canvas.box.x + p.dx, canvas.box.y + p.dy, by(real, p.remote))
      })
    ),
  fc.record({ canvasK: k, w: fc.constantFrom(0.5, 0.8, 1.3), h: fc.constantFrom(0.6, 1, 1.4) }).map((p) =>
    userStep(`resizeCanvas(${JSON.stringify(p)})`, (real) => {
      const canvas = pick(canvases(real.fake), p.canvasK)
      if (canvas)
        real.fake.user.resize(canvas.id, Math.round(canvas.width * p.w), Math.round(canvas.height * p.h))
    })
  ),
  fc.record({ canvasK: k, overlap: fc.boolean() }).map((p) =>
    userStep(`duplicateCanvas(${JSON.stringify(p)})`, (real) => {
      const canvas = pick(canvases(real.fake), p.canvasK)
      if (!canvas) return
      real.fake.user.duplicate([canvas.id], p.overlap ? { offset: { x: 1300, y: 700 } } : undefined)
    })
  ),
  fc.record({ canvasK: k, remote }).map((p) =>
    userStep(`deleteCanvas(${JSON.stringify(p)})`, (real) => {
      const canvas = pick(canvases(real.fake), p.canvasK)
      if (canvas) real.fake.user.delete([canvas.id], by(real, p.remote))
    })
  ),
  fc
    .record({ canvasK: k, part: fc.constantFrom('valueMap' as const, 'customerProfile' as const), remote })
    .map((p) =>
      userStep(`deletePart(${JSON.stringify(p)})`, (real) => {
        const canvas = pick(canvases(real.fake), p.canvasK)
        const part = canvas ? partOf(real.fake, canvas.id, p.part) : null
        if (part) real.fake.user.delete([part.id], by(real, p.remote))
      })
    ),
  fc
    .record({
      canvasK: k,
      part: fc.constantFrom('valueMap' as const, 'customerProfile' as const),
      dx: fc.constantFrom(-3000, -300, 300, 6000),
      dy: fc.constantFrom(-3500, 0, 250)
    })
    .map((p) =>
      userStep(`movePart(${JSON.stringify(p)})`, (real) => {
        const canvas = pick(canvases(real.fake), p.canvasK)
        const part = canvas ? partOf(real.fake, canvas.id, p.part) : null
        if (part) real.fake.user.move(part.id, part.box.x + p.dx, part.box.y + p.dy)
      })
    ),
  fc
    .record({
      canvasK: k,
      part: fc.constantFrom('valueMap' as const, 'customerProfile' as const),
      scale: fc.constantFrom(0.5, 0.9, 1.3)
    })
    .map((p) =>
      userStep(`resizePart(${JSON.stringify(p)})`, (real) => {
        const canvas = pick(canvases(real.fake), p.canvasK)
        const part = canvas ? partOf(real.fake, canvas.id, p.part) : null
        if (part)
          real.fake.user.resize(part.id, Math.round(part.width * p.scale), Math.round(part.height * p.scale))
      })
    ),
  fc.record({ a: k, b: k }).map((p) =>
    userStep(`group(${JSON.stringify(p)})`, (real) => {
      const stickies = userStickies(real.fake)
      const a = pick(stickies, p.a)
      const b = pick(stickies, p.b)
      if (a && b && a.id !== b.id && a.parentId === b.parentId) real.fake.user.group([a.id, b.id])
    })
  ),
  fc.record({ nodeK: k }).map((p) =>
    userStep(`select(${JSON.stringify(p)})`, (real) => {
      const drawing = real.drawn?.drawing.selection.map((node) => real.fake.inspect.node(node.id)) ?? []
      const choices = [
        ...userStickies(real.fake),
        ...canvases(real.fake),
        ...drawing.filter((node): node is InspectedNode => node !== null)
      ]
      const node = p.nodeK % 5 === 4 ? undefined : pick(choices, p.nodeK)
      real.fake.user.select(node ? [node.id] : [])
    })
  ),
  typeIntoSummary,
  fc.record({ zone: fc.constantFrom(...ZONE_KEYS), which: fc.constantFrom(0, 1), textK, remote }).map((p) =>
    userStep(`addStickyInDrawing(${JSON.stringify(p)})`, (real) => {
      const offset = drawnOffset(real)
      const spot = real.drawn?.drawing.spots[p.zone][p.which]
      if (!offset || !spot) return
      const at = { x: spot.x + offset.x + 30 * (p.textK % 3), y: spot.y + offset.y }
      real.fake.user.addSticky(
        { text: TEXTS[p.textK] ?? '', x: at.x - 120, y: at.y - 120 },
        by(real, p.remote)
      )
    })
  ),
  fc
    .record({
      zone: fc.constantFrom(...ZONE_KEYS),
      dx: fc.constantFrom(-700, -200, 150, 900),
      dy: fc.constantFrom(-500, 0, 300)
    })
    .map((p) =>
      userStep(`moveLabel(${JSON.stringify(p)})`, (real) => {
        const label = real.drawn ? real.fake.inspect.node(real.drawn.drawing.labels[p.zone].id) : null
        if (label) real.fake.user.move(label.id, label.box.x + p.dx, label.box.y + p.dy)
      })
    ),
  fc
    .record({ zone: fc.constantFrom(...ZONE_KEYS), as: fc.constantFrom(...ZONE_KEYS), textK, remote })
    .map((p) =>
      userStep(`retypeLabel(${JSON.stringify(p)})`, (real) => {
        const label = real.drawn ? real.fake.inspect.node(real.drawn.drawing.labels[p.zone].id) : null
        // Another zone's label word now and then (two labels for one zone), else any text.
        const text = p.textK % 3 === 0 ? (ENGLISH[p.as] ?? '') : (TEXTS[p.textK] ?? '')
        if (label) real.fake.user.typeInto(label.id, text, by(real, p.remote))
      })
    ),
  fc.record({ zone: fc.constantFrom(...ZONE_KEYS), remote }).map((p) =>
    userStep(`deleteLabel(${JSON.stringify(p)})`, (real) => {
      const label = real.drawn ? real.fake.inspect.node(real.drawn.drawing.labels[p.zone].id) : null
      if (label) real.fake.user.delete([label.id], by(real, p.remote))
    })
  ),
  fc
    .record({ dx: fc.constantFrom(-4000, -300, 0, 500, 6000), dy: fc.constantFrom(-2500, 0, 400), remote })
    .map((p) =>
      userStep(`moveDrawing(${JSON.stringify(p)})`, (real) => {
        const anchor = real.drawn ? real.fake.inspect.node(real.drawn.drawing.anchor.id) : null
        if (anchor)
          real.fake.user.move(anchor.id, anchor.box.x + p.dx, anchor.box.y + p.dy, by(real, p.remote))
      })
    ),
  fc.record({ nodeK: k, remote }).map((p) =>
    userStep(`deleteDrawingShape(${JSON.stringify(p)})`, (real) => {
      const shapes = (real.drawn?.drawing.selection ?? [])
        .flatMap((node) => [
          node.id,
          ...real.fake.inspect
            .nodes()
            .filter((n) => n.parentId === node.id)
            .map((n) => n.id)
        ])
        .map((id) => real.fake.inspect.node(id))
        .filter(
          (node): node is InspectedNode =>
            node !== null && (node.type === 'SHAPE_WITH_TEXT' || node.type === 'LINE')
        )
      const shape = pick(shapes, p.nodeK)
      if (shape) real.fake.user.delete([shape.id], by(real, p.remote))
    })
  ),
  fc.record({ blockK: k, remote }).map((p) =>
    userStep(`deleteBmcBlock(${JSON.stringify(p)})`, (real) => {
      const blocks = real.fake.inspect.nodes().filter((n) => n.sharedPluginData.vpcfit?.role === 'bmc-block')
      const block = pick(blocks, p.blockK)
      if (block) real.fake.user.delete([block.id], by(real, p.remote))
    })
  ),
  fc.constant(
    userStep('undo()', (real) => {
      real.fake.undo.undo()
    })
  )
]

// ---------------------------------------------------------------------------------------------------------------
// Panel requests
// ---------------------------------------------------------------------------------------------------------------

const locale = fc.constantFrom(...LOCALES)

/** The stored report of every canvas a check wrote equals the oracle of the board it checked. */
function storedReportsMatch(real: Real, answer: DoneAnswer, before: Before): void {
  if (!answer.ok) return
  const now = storedReports(real.fake)
  const written = [...now].filter(([id, raw]) => raw !== before.reports.get(id))
  expect(written.length, 'a successful check writes at least one report').toBeGreaterThan(0)
  for (const [id, raw] of written) {
    const expected = before.truth.find((canvas) => canvas.report.canvas.id === id)
    expect(parseStoredReport(raw), `stored report of ${id} vs oracle`).toEqual(expected?.report)
  }
  // The fit card a check drew or updated on a canvas of the plugin's covers no sticky and no card people put there.
  const nodes = real.fake.inspect.nodes()
  for (const [id] of written) {
    const card = nodes.find(
      (node) =>
        node.parentId === id &&
        ownData(node, DATA_KEYS.role) === ROLES.fitCard &&
        // Still the plugin's own (a card a person edited is theirs, left where they put it).
        (JSON.parse(ownData(node, DATA_KEYS.card) || '{}') as { text?: string }).text === node.text
    )
    if (!card) continue
    const inside = (node: InspectedNode) => {
      for (let at: InspectedNode | null = node; at; at = at.parentId ? (nodes.find((n) => n.id === at?.parentId) ?? null) : null)
        if (at.parentId === id) return true
      return false
    }
    const covered = nodes.filter(
      (node) => (node.type === 'STICKY' || cardsOn(real).some((c) => c.id === node.id)) && inside(node) && overlaps(node.box, card.box)
    )
    expect(covered.map((node) => `${node.id} ${node.type}`), 'a fit card covers nothing people put on the canvas').toEqual([])
  }
}

/** The suggestion the panel shows at `k`, else a pair of stickies that may or may not make sense. */
function suggestionFields(real: Real, k: number, canvasK: number): Record<string, string> {
  const active = real.panel.state?.active
  // The panel computes its suggestions from the state it was sent, as here.
  const suggestion = active
    ? pick(suggestionsForReport(active.analysis!.report, active.rejected), k)
    : undefined
  if (active && suggestion && k % 4 !== 3) {
    return { canvasId: active.canvasId, fromId: suggestion.fromId, toId: suggestion.toId }
  }
  const stickies = userStickies(real.fake).map((s) => s.id)
  return {
    canvasId: canvasIdFor(real, canvasK),
    fromId: pick(stickies, k) ?? '998:1',
    toId: pick(stickies, k + 1) ?? '998:2'
  }
}

const IMPORT_DAMAGE = ['none', 'none', 'truncated', 'schema', 'notJson', 'empty'] as const

function importJson(real: Real, canvasK: number, damage: (typeof IMPORT_DAMAGE)[number]): string {
  const analyses = analyzeBoard(takeSnapshot(figma.currentPage), new Date().toISOString())
  const analysis = pick(analyses, canvasK)
  const json = analysis ? toJson(analysis.report) : '{"schema":"vpcfit/2"}'
  switch (damage) {
    case 'none':
      return json
    case 'truncated':
      return json.slice(0, Math.floor(json.length / 2))
    case 'schema':
      return json.replace('"vpcfit/2"', '"vpcfit/99"')
    case 'notJson':
      return '<html>not a report</html>'
    case 'empty':
      return ''
  }
}

/**
 * A canvas and one of its items for the evidence requests: mostly an item of that canvas as the oracle sees it
 * (the riskiest list's entries are among them), now and then any sticky or one that is gone.
 */
function itemFields(real: Real, canvasK: number, itemK: number, extra: Record<string, unknown>): Record<string, unknown> {
  const canvasId = canvasIdFor(real, canvasK)
  const canvas = oracle().find((entry) => entry.report.canvas.id === canvasId)
  const items = canvas ? ZONE_KEYS.flatMap((zone) => canvas.report.zones[zone].map((item) => item.id)) : []
  const gone = [...real.seen].filter((id) => !real.fake.inspect.node(id))
  const itemId =
    itemK % 7 === 6
      ? (pick(gone, itemK) ?? '995:1')
      : itemK % 7 === 5
        ? (pick(userStickies(real.fake), itemK)?.id ?? '995:2')
        : (pick(items, itemK) ?? pick(userStickies(real.fake), itemK)?.id ?? '995:3')
  return { canvasId, itemId, ...extra }
}

/** The page-level nodes (connectors aside) that existed before a request and that `card` now overlaps. */
function coveredBy(before: Before, card: InspectedNode): string[] {
  const nodes = JSON.parse(before.document) as InspectedNode[]
  return nodes
    .filter((node) => node.depth === 0 && overlaps(node.box, card.box))
    .map((node) => `${node.id} ${node.type} ${node.name}`)
}

const bmcSummary: fc.Arbitrary<Step> = fc.record({ canvasK: k }).map((p) =>
  panelStep(`BMC_SUMMARY(${JSON.stringify(p)})`, 'BMC_SUMMARY', (real) => ({
    canvasId: canvasIdFor(real, p.canvasK)
  }))
)

/** The evidence requests: set an item's evidence, draw a test card, record a learning card. */
const evidenceSteps: Array<fc.Arbitrary<Step>> = [
  fc.record({ canvasK: k, itemK: k, level: fc.constantFrom(...EVIDENCE_LEVELS) }).map((p) =>
    panelStep(`SET_EVIDENCE(${JSON.stringify(p)})`, 'SET_EVIDENCE', (real) => itemFields(real, p.canvasK, p.itemK, { level: p.level }))
  ),
  fc.record({ canvasK: k, itemK: k }).map((p) =>
    panelStep(
      `CREATE_TEST_CARD(${JSON.stringify(p)})`,
      'CREATE_TEST_CARD',
      (real) => itemFields(real, p.canvasK, p.itemK, {}),
      (real, answer, before, sent) => {
        if (!answer.ok) return
        const earlier = new Set((JSON.parse(before.document) as InspectedNode[]).map((node) => node.id))
        const drawn = cardsOn(real, 'testCard').filter((card) => !earlier.has(card.id))
        expect(drawn.length, 'a test card is drawn').toBe(1)
        const card = drawn[0] as InspectedNode
        expect(parseCardData(ownData(card, DATA_KEYS.testCard))).toMatchObject({ canvasId: sent.canvasId, itemId: sent.itemId })
        expect(coveredBy(before, card), 'a new test card covers nothing').toEqual([])
      }
    )
  ),
  fc.record({ cardK: k, gone: fc.constantFrom(false, false, false, true) }).map((p) =>
    panelStep(
      `RECORD_LEARNING(${JSON.stringify(p)})`,
      'RECORD_LEARNING',
      (real) => {
        // Mostly a test still waiting for its learning card, so the request gets to draw one.
        const learned = new Set(
          cardsOn(real, 'learningCard').map((card) => parseCardData(ownData(card, DATA_KEYS.learningCard))?.testId)
        )
        const all = cardsOn(real, 'testCard').map((card) => card.id)
        const waiting = all.filter((id) => !learned.has(id))
        const tests = p.cardK % 3 === 2 || waiting.length === 0 ? all : waiting
        const gone = [...real.seen].filter((id) => !real.fake.inspect.node(id))
        return { testId: (p.gone ? pick(gone, p.cardK) : pick(tests, p.cardK)) ?? pick(userStickies(real.fake), p.cardK)?.id ?? '996:1' }
      },
      (real, answer, before, sent) => {
        if (!answer.ok) return
        const earlier = new Set((JSON.parse(before.document) as InspectedNode[]).map((node) => node.id))
        const drawn = cardsOn(real, 'learningCard').filter((card) => !earlier.has(card.id))
        expect(drawn.length, 'a learning card is drawn').toBe(1)
        const card = drawn[0] as InspectedNode
        expect(parseCardData(ownData(card, DATA_KEYS.learningCard))?.testId).toBe(sent.testId)
        expect(coveredBy(before, card), 'a new learning card covers nothing').toEqual([])
      }
    )
  )
]

const panelSteps: Array<fc.Arbitrary<Step>> = [
  fc
    .record({
      segment: fc.nat({ max: NAMES.length - 1 }),
      product: fc.nat({ max: NAMES.length - 1 }),
      locale
    })
    .map((p) =>
      panelStep(
        `INSERT_VPC(${JSON.stringify(p)})`,
        'INSERT_VPC',
        () => ({ segment: NAMES[p.segment], product: NAMES[p.product], locale: p.locale }),
        (real, answer, before) => {
          expect(answer.ok).toBe(true)
          expect(oracle().length, 'one more canvas').toBe(before.truth.length + 1)
        }
      )
    ),
  locale.map((l) =>
    panelStep(
      `INSERT_BMC(${l})`,
      'INSERT_BMC',
      () => ({ locale: l }),
      (_real, answer) => expect(answer.ok).toBe(true)
    )
  ),
  fc.record({ canvasK: k, all: fc.boolean() }).map((p) =>
    panelStep(
      `CHECK_FIT(${JSON.stringify(p)})`,
      'CHECK_FIT',
      (real) => ({ canvasId: p.all ? null : canvasIdFor(real, p.canvasK) }),
      (real, answer, before) => {
        if (before.truth.length === 0) expect(answer.ok).toBe(false)
        storedReportsMatch(real, answer, before)
      }
    )
  ),
  bmcSummary,
  fc.record({ canvasK: k }).map((p) =>
    panelStep(
      `REPAIR_CANVAS(${JSON.stringify(p)})`,
      'REPAIR_CANVAS',
      (real) => ({ canvasId: canvasIdFor(real, p.canvasK) }),
      (_real, answer, _before, sent) => {
        if (!answer.ok) return
        const repaired = oracle().find((canvas) => canvas.report.canvas.id === sent.canvasId)
        expect(repaired?.damaged, 'a repaired canvas is complete').toEqual([])
      }
    )
  ),
  fc
    .record({ canvasK: k, itemK: fc.nat({ max: CHECKLIST_KEYS.length - 1 }), checked: fc.boolean() })
    .map((p) =>
      panelStep(`SET_CHECK(${JSON.stringify(p)})`, 'SET_CHECK', (real) => ({
        canvasId: canvasIdFor(real, p.canvasK),
        itemKey: CHECKLIST_KEYS[p.itemK]?.key,
        checked: p.checked
      }))
    ),
  fc.record({ k, canvasK: k }).map((p) =>
    panelStep(
      `ACCEPT_SUGGESTION(${JSON.stringify(p)})`,
      'ACCEPT_SUGGESTION',
      (real) => suggestionFields(real, p.k, p.canvasK),
      (real, answer, _before, sent) => {
        if (!answer.ok) return
        const drawn = nodesOf(real, 'CONNECTOR').filter(
          (c) => c.connector?.start.nodeId === sent.fromId && c.connector?.end.nodeId === sent.toId
        )
        expect(drawn.length, 'an accepted suggestion is a connector').toBeGreaterThan(0)
      }
    )
  ),
  fc
    .record({ k, canvasK: k })
    .map((p) =>
      panelStep(`REJECT_SUGGESTION(${JSON.stringify(p)})`, 'REJECT_SUGGESTION', (real) =>
        suggestionFields(real, p.k, p.canvasK)
      )
    ),
  fc.record({ canvasK: k, format: fc.constantFrom('json', 'markdown', 'csv') }).map((p) =>
    panelStep(
      `EXPORT(${JSON.stringify(p)})`,
      'EXPORT',
      (real) => ({ canvasId: canvasIdFor(real, p.canvasK), format: p.format }),
      (real, answer, before, sent) => {
        if (!answer.ok) return
        const file = real.panel.exports.at(-1)
        expect(file?.content.length, 'an export has content').toBeGreaterThan(0)
        if (p.format !== 'json' || !file) return
        const expected = before.truth.find((canvas) => canvas.report.canvas.id === sent.canvasId)
        // The export adds each sticky's colour, which the analysis has no part in.
        const withoutColours = file.content.replace(/,\n\s*"color": "#[0-9A-F]{6}"/g, '')
        expect(parseStoredReport(withoutColours), 'JSON export vs oracle').toEqual(expected?.report)
      }
    )
  ),
  fc.record({ canvasK: k, damage: fc.constantFrom(...IMPORT_DAMAGE) }).map((p) =>
    panelStep(
      `IMPORT_REPORT(${JSON.stringify(p)})`,
      'IMPORT_REPORT',
      (real) => ({ json: importJson(real, p.canvasK, p.damage) }),
      (_real, answer, before) => {
        if (p.damage !== 'none') expect(answer.ok, 'a damaged file is refused').toBe(false)
        else if (before.truth.length > 0)
          expect(answer.ok, `a fresh export imports: ${answer.message}`).toBe(true)
      }
    )
  ),
  fc.record({ nodeK: k }).map((p) =>
    panelStep(`FOCUS_NODE(${JSON.stringify(p)})`, 'FOCUS_NODE', (real) => ({
      nodeId: pick([...real.seen], p.nodeK) ?? '997:1'
    }))
  ),
  fc.record({ canvasK: k }).map((p) =>
    panelStep(`SELECT_CANVAS(${JSON.stringify(p)})`, 'SELECT_CANVAS', (real) => ({
      canvasId: canvasIdFor(real, p.canvasK)
    }))
  ),
  locale.map((l) => panelStep(`SET_LOCALE(${l})`, 'SET_LOCALE', () => ({ locale: l }))),
  ...evidenceSteps,
  fc.record({ whole: fc.boolean() }).map((p) =>
    panelStep(
      `ADOPT_CANVAS(${JSON.stringify(p)})`,
      'ADOPT_CANVAS',
      (real) => {
        // The whole drawing selected (as a person selects it to adopt), or whatever is selected now.
        const selection = (real.drawn?.drawing.selection ?? []).filter((node) =>
          real.fake.inspect.node(node.id)
        )
        if (p.whole) real.fake.user.select(selection.map((node) => node.id))
        return {}
      },
      (real, answer, before) => {
        if (!answer.ok) return
        const adopted = oracle().length - before.truth.length
        expect(adopted === 0 || adopted === 1, 'adopting adds at most one canvas').toBe(true)
      }
    )
  )
]

// ---------------------------------------------------------------------------------------------------------------
// The run
// ---------------------------------------------------------------------------------------------------------------

/** Sticky texts per zone that share words across the valid pairs, so the panel has suggestions to accept. */
const ZONE_TEXTS: Record<ZoneKey, string[]> = {
  jobs: ['Get to work on time', 'Track workouts', '1. Stay fit'],
  pains: ['Bikes are never there', 'Lack of time', 'Rain ruins the ride'],
  gains: ['Save money', 'Arrive fresh', 'Quick results'],
  products: ['Bike sharing app', 'Workout tracker'],
  painRelievers: ['Reserve a bike ahead', 'Saves time every morning', 'Rain cover'],
  gainCreators: ['Monthly pass saves money', 'Quick results dashboard']
}

type DrawnStart = 'none' | 'section' | 'group' | 'loose' | 'boxes'

interface Initial {
  canvases: number
  /** A canvas people drew, filled with stickies and adopted before the panel opens (or, with `adopt` false, not). */
  drawn: DrawnStart
  adopt: boolean
  bmc: boolean
  stickies: Array<{ zone: ZoneKey; textK: number }>
  links: Array<[number, number]>
  /** Test cards drawn at the start for the first canvas's first stickies, the first with its learning card. */
  tests: number
  learning: boolean
}

const initial: fc.Arbitrary<Initial> = fc.record({
  canvases: fc.constantFrom(0, 1, 1, 1, 2),
  drawn: fc.constantFrom<DrawnStart>('none', 'none', 'section', 'group', 'loose', 'boxes'),
  adopt: fc.constantFrom(true, true, true, false),
  bmc: fc.boolean(),
  stickies: fc.array(fc.record({ zone: fc.constantFrom(...ZONE_KEYS), textK: fc.nat({ max: 2 }) }), {
    maxLength: 10
  }),
  links: fc.array(fc.tuple(fc.nat({ max: 9 }), fc.nat({ max: 9 })), { maxLength: 3 }),
  tests: fc.constantFrom(0, 0, 1, 2),
  learning: fc.boolean()
})

/** The canvas people drew at the start, if any. */
function drawingAsync(kind: DrawnStart): Promise<Drawing | null> {
  switch (kind) {
    case 'none':
      return Promise.resolve(null)
    case 'section':
      return drawSquareAndCircle({ labels: ENGLISH, container: 'section', dividers: true })
    case 'group':
      return drawSquareAndCircle({ labels: SWEDISH, container: 'group', labelStyle: 'shape' })
    case 'loose':
      return drawSquareAndCircle({ labels: DANISH, container: 'none', labelStyle: 'sticky' })
    case 'boxes':
      return drawSixBoxes(ENGLISH)
  }
}

/** A fresh FigJam with a few canvases and stickies, the panel open, and an incremental LiveBoard listening. */
async function setupAsync(start: Initial): Promise<{ model: Model; real: Real }> {
  const fake = installFigJam()
  globalThis.__vpcFake = fake
  // The drawing first: the plugin's canvases are then placed beside it, as on a real board.
  const drawing = await drawingAsync(start.drawn)
  if (drawing) {
    fill(drawing)
    if (start.adopt) {
      figma.currentPage.selection = drawing.selection
      await adoptCanvasAsync({ locale: 'en' })
      figma.currentPage.selection = []
    }
  }
  for (let i = 0; i < start.canvases; i++) {
    await insertVpcAsync({ segment: `Segment ${i}`, product: `Offer ${i}`, locale: 'en' })
  }
  if (start.bmc) await insertBmcAsync({ locale: 'en' })
  const first = canvases(fake)[0]
  const made: string[] = []
  if (first) {
    start.stickies.forEach(({ zone, textK: t }, i) => {
      const texts = ZONE_TEXTS[zone]
      const at = zonePoint(fake, first.id, zone, 0.3 + 0.06 * i, (i % 3) * 15 - 15) as Point
      made.push(fake.user.addSticky({ text: texts[t % texts.length] ?? '', x: at.x - 120, y: at.y - 120 }).id)
    })
    for (const [a, b] of start.links) {
      const from = pick(made, a)
      const to = pick(made, b)
      if (from && to && from !== to) fake.user.connect(from, to)
    }
    // A summary already on the BMC, so sequences reach updating it (and leaving a reworded one alone).
    if (start.bmc) await bmcSummaryAsync({ canvasId: first.id, locale: 'en' })
    // Tests already running, so sequences reach typing into cards, moving, copying and deleting them.
    for (const itemId of [...new Set(made)].slice(0, start.tests)) {
      await runCommandAsync('en', () => createTestCardAsync({ canvasId: first.id, itemId, locale: 'en' }))
    }
    const firstTest = fake.inspect.nodes().find((node) => node.type === 'SECTION' && ownData(node, DATA_KEYS.testCard) !== '')
    if (firstTest && start.learning) await runCommandAsync('en', () => recordLearningAsync({ testId: firstTest.id, locale: 'en' }))
  }
  await settle(fake)
  const live = new LiveBoard(figma.currentPage)
  live.readAll()
  figma.currentPage.on('nodechange', (event) => {
    live.apply(event.nodeChanges)
  })
  const panel = await PanelDriver.openAsync(fake)
  const anchorBox = drawing ? fake.inspect.node(drawing.anchor.id)?.box : undefined
  const drawn = drawing && anchorBox ? { drawing, at: { x: anchorBox.x, y: anchorBox.y } } : null
  const real: Real = { fake, panel, live, seen: new Set(), drawn }
  remember(real)
  checkAgreement(real, oracle())
  return { model: { steps: 0 }, real }
}

describe('any sequence of edits and commands', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it(
    `keeps people's work, answers every request once and agrees with a from-scratch analysis (${RUNS} sequences)`,
    async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
      // Steps around the summary sticky need each other (write, reword, write again): they come up more often.
      // So do the steps around test and learning cards (draw, type, move, copy, delete, record, draw again).
      const weightOf = (arbitrary: fc.Arbitrary<Step>) =>
        arbitrary === typeIntoSummary || arbitrary === bmcSummary ? 5 : cardSteps.includes(arbitrary) || evidenceSteps.includes(arbitrary) ? 3 : 2
      const step = fc.oneof(
        ...[...userSteps, ...cardSteps, ...panelSteps].map((arbitrary) => ({ arbitrary, weight: weightOf(arbitrary) }))
      )
      const started = Date.now()
      await fc.assert(
        fc.asyncProperty(
          initial,
          fc.commands([step], { maxCommands: MAX_STEPS, size: 'max', replayPath: REPLAY }),
          async (start, steps) => {
            await fc.asyncModelRun(() => setupAsync(start), steps)
          }
        ),
        { numRuns: RUNS, seed: SEED, path: PATH, endOnFailure: false }
      )
      // Visible in the run log, to keep an eye on the CI budget and on what the sequences reached.
      const outcomes = [...tally].map(([name, { ok, refused }]) => `${name} ${ok}/${ok + refused}`).join(', ')
      console.info(
        `model test: ${RUNS} sequences of up to ${MAX_STEPS} steps in ${Date.now() - started} ms; ok/sent: ${outcomes}`
      )
    },
    15 * 60_000
  )
})
