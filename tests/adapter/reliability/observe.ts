/**
 * Runs one command the way FigJam would (through `runCommandAsync`, which turns errors into one notification and an
 * answer) and records what a person would notice: the answer, the notifications, whether the board changed, the
 * undo steps it left, and any of their nodes it removed or changed.
 */
import { expect, vi } from 'vitest'
import type { FigJamFake, RecordedNotification } from '../../../fake'
import type { CommandAnswer, CommandOutcome } from '../../../src/run/run-command'
import { runCommandAsync } from '../../../src/run/run-command'
import type { Locale } from '../../../src/core/types'
import { documentState, lostContent, userContent, visibleState } from './board'

export interface Observed {
  answer: CommandAnswer
  told: RecordedNotification[]
  changed: boolean
  /** Whether anything a person sees changed (not only plugin data and relaunch data). */
  visiblyChanged: boolean
  undoSteps: number
  lost: string[]
}

/** Observes an answer-producing piece of work (a command, or a request through the panel). */
export async function observeAsync(fake: FigJamFake, work: () => Promise<CommandAnswer>): Promise<Observed> {
  const content = userContent(fake)
  const document = documentState(fake)
  const visible = visibleState(fake)
  const steps = fake.undo.steps
  const notified = fake.session.notifications.length
  const answer = await work()
  return {
    answer,
    told: fake.session.notifications.slice(notified),
    changed: documentState(fake) !== document,
    visiblyChanged: visibleState(fake) !== visible,
    undoSteps: fake.undo.steps - steps,
    lost: lostContent(content, userContent(fake))
  }
}

/** Observes one command run as the menu and the panel run it. */
export function commandAsync(
  fake: FigJamFake,
  work: () => Promise<CommandOutcome>,
  locale: Locale = 'en'
): Promise<Observed> {
  return observeAsync(fake, () => runCommandAsync(locale, work))
}

/** A clear refusal: the message (matching `message`) as one error notification, nothing changed, nothing lost. */
export function expectRefused(observed: Observed, message: string | RegExp): void {
  expect(observed.answer.ok).toBe(false)
  if (typeof message === 'string') expect(observed.answer.message).toBe(message)
  else expect(observed.answer.message).toMatch(message)
  expect(observed.told.map((n) => [n.message, n.options?.error === true])).toEqual([
    [observed.answer.message, true]
  ])
  expect(
    observed.told.every((n) => !n.tooLong),
    'a notification FigJam can show in full'
  ).toBe(true)
  expect(observed.changed, 'a refused command changes nothing').toBe(false)
  expect(observed.undoSteps).toBe(0)
  expect(observed.lost).toEqual([])
}

/** A success: one notification (when there is something to say, in full), one undo step if anything changed, nothing lost. */
export function expectDone(
  observed: Observed,
  message?: string | RegExp,
  options: { fitsNotification?: boolean } = {}
): void {
  expect(observed.answer.ok, observed.answer.message).toBe(true)
  if (typeof message === 'string') expect(observed.answer.message).toBe(message)
  else if (message) expect(observed.answer.message).toMatch(message)
  if (observed.answer.message !== '') {
    expect(observed.told.map((n) => [n.message, n.options?.error === true])).toEqual([
      [observed.answer.message, false]
    ])
  }
  if (options.fitsNotification !== false) {
    expect(
      observed.told.every((n) => !n.tooLong),
      `"${observed.answer.message}" is longer than FigJam shows`
    ).toBe(true)
  }
  // One undo step for a visible change. A data-only change (Check fit) may add none: its writes then ride on the
  // person's last step, so their next Ctrl+Z is not spent on something invisible.
  if (observed.visiblyChanged) expect(observed.undoSteps).toBe(1)
  else expect(observed.undoSteps).toBeLessThanOrEqual(observed.changed ? 1 : 0)
  expect(observed.lost).toEqual([])
}

/**
 * Observes a command while someone else edits the board: `interfere` runs once the command is under way (right
 * after its first synchronous stretch, or when it asks for a font with `atFontLoad`). What "changed" means is
 * measured from the board as the other person left it, so only the command's own writes count.
 */
export async function raceAsync(
  fake: FigJamFake,
  work: () => Promise<CommandOutcome>,
  interfere: () => void,
  options: { atFontLoad?: boolean } = {}
): Promise<Observed> {
  const notified = fake.session.notifications.length
  let measured: { content: Map<string, string>; document: string; visible: string; steps: number } | null = null
  const interfereOnce = () => {
    if (measured) return
    interfere()
    measured = {
      content: userContent(fake),
      document: documentState(fake),
      visible: visibleState(fake),
      steps: fake.undo.steps
    }
  }
  const spy = options.atFontLoad
    ? vi
        .spyOn(figma, 'loadFontAsync')
        .mockImplementation(async (font: Parameters<PluginAPI['loadFontAsync']>[0]) => {
          interfereOnce()
          spy?.mockRestore()
          return figma.loadFontAsync(font)
        })
    : null
  const running = runCommandAsync('en', work)
  if (!options.atFontLoad) interfereOnce()
  const answer = await running
  spy?.mockRestore()
  const base = measured as { content: Map<string, string>; document: string; visible: string; steps: number } | null
  if (!base) throw new Error('the command never reached the point where the other person acts')
  return {
    answer,
    told: fake.session.notifications.slice(notified),
    changed: documentState(fake) !== base.document,
    visiblyChanged: visibleState(fake) !== base.visible,
    undoSteps: fake.undo.steps - base.steps,
    lost: lostContent(base.content, userContent(fake))
  }
}
