/**
 * The open panel as the reliability tests drive it: `openPanelAsync` runs as in FigJam, and this side plays the
 * UI iframe: it sends raw messages through the fake's UI bridge and collects what main posts back (STATE, and one
 * DONE per request carrying the request's typed result, e.g. the export's file). `settle` lets every pending
 * event, live update and message run, with fake timers when the test uses them (the model test) and by waiting
 * for the real ones to finish otherwise (never for a fixed time).
 */
import { vi } from 'vitest'
import type { FigJamFake } from '../../../fake'
import type { EventMessage, ExportFile, ItemView, PanelState } from '../../../contract/messages'
import { openPanelAsync } from '../../../src/panel/open-panel-async'
import { idle } from '../harness'
import { StateFollower } from '../../../contract/state-patch'
import { EVERY_LIST } from '../../panel/every-list'
import type { StatePatch } from '../../../contract/state-patch'

export interface DoneAnswer {
  requestId: string | null
  ok: boolean
  message: string
}

export interface ExportReady extends ExportFile {
  requestId: string
}

/** The request id of the UI_READY the driver sends when it opens the panel. */
const OPEN_ID = 'driver-open'
/** And of the PANEL_SHOWN it sends after a first state of one canvas or without the BMC lookup, as the panel does. */
const SHOWN_ID = 'driver-shown'
/** And of the VIEW_ITEMS it sends at once: every list and the whole analysis, to check against a fresh one. */
const VIEW_ID = 'driver-view'

/** Runs every pending event, live update and UI message. */
export async function settle(fake: FigJamFake): Promise<void> {
  if (vi.isFakeTimers()) {
    // Timers that schedule timers (events -> debounce -> STATE) all run; microtasks run between them.
    await vi.runAllTimersAsync()
    return
  }
  await fake.flush()
  await idle()
}

/**
 * Every state the panel would have shown, in order, from what main posted: each full STATE, and each STATE_PATCH
 * applied to the state before it, as the panel's transport does. A patch that does not follow (a gap) throws:
 * main never sends one to a panel that holds the state it was made against.
 */
export function statesOf(messages: ReadonlyArray<readonly [string, unknown]>): PanelState[] {
  const follower = new StateFollower<PanelState>()
  const states: PanelState[] = []
  for (const [name, payload] of messages) {
    if (name === 'STATE') states.push(follower.full(payload as PanelState))
    else if (name === 'STATE_PATCH') {
      const next = follower.apply(payload as StatePatch)
      if (!next) throw new Error(`a state patch that does not follow the state before it: ${JSON.stringify(payload).slice(0, 200)}`)
      states.push(next)
    }
  }
  return states
}

export class PanelDriver {
  /** Everything main posted to the UI, in order. */
  readonly received: EventMessage[] = []
  private next = 0

  private constructor(private readonly fake: FigJamFake) {}

  /**
   * Opens the panel in the fake's current session, says UI_READY as the real panel does once it listens, and
   * waits until its first state arrived. Then asks for `view` (VIEW_ITEMS): by default every list and the whole
   * analysis, which the checks against a fresh analysis read.
   */
  static async openAsync(fake: FigJamFake, options: { view?: ItemView | null } = {}): Promise<PanelDriver> {
    const driver = new PanelDriver(fake)
    fake.session.onUiMessage((message) => driver.received.push(message as EventMessage))
    await openPanelAsync()
    fake.session.sendFromUi(['UI_READY', { requestId: OPEN_ID, browserLocale: null }])
    await settle(fake)
    // As the panel does once it drew a first state read before the rest of the board (or before the BMC lookup).
    if (driver.state?.partial === true || driver.state?.hasBmc === null) {
      fake.session.sendFromUi(['PANEL_SHOWN', { requestId: SHOWN_ID }])
      await settle(fake)
    }
    // `null`: the lists the panel shows when it opens, as main picks them before the panel says anything.
    const view = options.view === undefined ? EVERY_LIST : options.view
    if (view) {
      fake.session.sendFromUi(['VIEW_ITEMS', { requestId: VIEW_ID, view }])
      await settle(fake)
    }
    return driver
  }

  /** The state the panel shows now: the last full STATE with every STATE_PATCH after it applied, or null. */
  get state(): PanelState | null {
    return statesOf(this.received).at(-1) ?? null
  }

  /** Every DONE answer so far (without its result: see `exports`), but the one to the driver's own UI_READY. */
  get answers(): DoneAnswer[] {
    return this.dones()
      .filter((done) => done.requestId !== OPEN_ID && done.requestId !== SHOWN_ID && done.requestId !== VIEW_ID)
      .map(({ requestId, ok, message }) => ({ requestId, ok, message }))
  }

  /** Every exported file so far: the results of successful EXPORT requests' answers. */
  get exports(): ExportReady[] {
    return this.dones()
      .filter((done) => done.ok && done.requestId !== null && this.exportIds.has(done.requestId))
      .map((done) => ({ requestId: done.requestId as string, ...(done.result as ExportFile) }))
  }

  private readonly exportIds = new Set<string>()

  private dones() {
    return this.received.flatMap((m) => (m[0] === 'DONE' ? [m[1]] : []))
  }

  /** Sends one well-formed request with a fresh id; resolves with its one DONE answer (throws unless exactly one). */
  async requestAsync(name: string, fields: Record<string, unknown>): Promise<DoneAnswer> {
    const requestId = `r${++this.next}`
    const answers = await this.sendRawAsync([name, { requestId, ...fields }])
    const mine = answers.filter((answer) => answer.requestId === requestId)
    if (mine.length !== 1 || answers.length !== 1) {
      throw new Error(
        `${name} got ${mine.length} answers for its id and ${answers.length} in all: ${JSON.stringify(answers)}`
      )
    }
    return mine[0] as DoneAnswer
  }

  /** Sends anything as the UI would post it; resolves with the DONE answers it caused. */
  async sendRawAsync(raw: unknown): Promise<DoneAnswer[]> {
    const before = this.answers.length
    if (Array.isArray(raw) && raw[0] === 'EXPORT') {
      const id = (raw[1] as { requestId?: unknown } | undefined)?.requestId
      if (typeof id === 'string') this.exportIds.add(id)
    }
    this.fake.session.sendFromUi(raw)
    await settle(this.fake)
    return this.answers.slice(before)
  }
}
