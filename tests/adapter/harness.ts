import type { FigJamFake } from '../../fake'
import { describePendingTimers, nextTimerSettled, pendingTimerCount } from './timers'

/** The FigJam fake of the running test (installed fresh before each test by setup.ts). */
export function useFake(): FigJamFake {
  const fake = globalThis.__vpcFake
  if (!fake) throw new Error('tests/adapter/setup.ts did not install the FigJam fake')
  return fake
}

/** One turn of the event loop: every promise chain runs until it waits for a timer. */
export function turn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}

/** More timers than any test's work starts, one after another: past that, something keeps rescheduling. */
const IDLE_ROUNDS = 1000

/**
 * Waits until nothing the test started is pending: the fake's batched events and UI messages, the plugin's
 * timers (the panel's live-refresh debounce), the promise chains they run and the timers those start. It waits
 * for the work itself, however long the machine takes, never for a fixed time; the setup fails any test that
 * ends before this would return.
 */
export async function idle(): Promise<void> {
  for (let round = 0; round < IDLE_ROUNDS; round += 1) {
    await turn()
    if (pendingTimerCount() === 0) return
    if (describePendingTimers().every((timer) => timer.startsWith('setInterval'))) {
      throw new Error(
        `idle(): only intervals are pending, which never end:\n  ${describePendingTimers().join('\n  ')}`
      )
    }
    await nextTimerSettled()
  }
  throw new Error(
    `idle(): timers still pending after ${IDLE_ROUNDS} rounds:\n  ${describePendingTimers().join('\n  ')}`
  )
}
