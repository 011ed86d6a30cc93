import { clearInterval, clearTimeout, setInterval, setTimeout } from 'node:timers'

/**
 * Every real timer an adapter test starts, wherever it starts it (the plugin's live-refresh debounce, the fake's
 * event delivery, the test itself), so the setup can wait for them to run (`idle()` in harness.ts) and fail a
 * test that ends with one still pending: a timer that fires in the next test acts on that test's `figma`.
 * Timers from `vi.useFakeTimers()` are not seen here; vitest's own timers never were (it keeps its own copies).
 */

interface PendingTimer {
  kind: 'setTimeout' | 'setInterval'
  delay: number
  /** Where it was started: the first stack frame outside this file and node internals. */
  origin: string
}

type Handle = NodeJS.Timeout

/** Node's own timer functions (the globals before `trackTimers`). */
const real = { setTimeout, clearTimeout, setInterval, clearInterval }

const pending = new Map<Handle, PendingTimer>()
let waiters: Array<() => void> = []

function originOf(stack: string | undefined): string {
  const frames = (stack ?? '').split('\n').slice(1)
  const frame = frames.find((line) => !line.includes('/tests/adapter/timers.ts') && !line.includes('node:'))
  return (frame ?? frames[0] ?? '').trim().replace(/^at /, '')
}

function settled(handle: Handle): void {
  if (!pending.delete(handle)) return
  const woken = waiters
  waiters = []
  for (const wake of woken) wake()
}

/** Node accepts a timer object or its numeric id in clear*; find the object we keyed it by. */
function lookup(handle: unknown): Handle | undefined {
  if (handle === undefined || handle === null) return undefined
  for (const key of pending.keys()) if (key === handle || Number(key) === Number(handle)) return key
  return undefined
}

/** Replaces the global timer functions with tracking ones (once per test file; setup.ts calls it). */
export function trackTimers(): void {
  const setTimeoutTracked = (
    callback: (...args: unknown[]) => void,
    delay?: number,
    ...args: unknown[]
  ): Handle => {
    const handle: Handle = real.setTimeout(() => {
      settled(handle)
      callback(...args)
    }, delay)
    pending.set(handle, { kind: 'setTimeout', delay: delay ?? 0, origin: originOf(new Error().stack) })
    return handle
  }
  const setIntervalTracked = (
    callback: (...args: unknown[]) => void,
    delay?: number,
    ...args: unknown[]
  ): Handle => {
    const handle: Handle = real.setInterval(() => callback(...args), delay)
    pending.set(handle, { kind: 'setInterval', delay: delay ?? 0, origin: originOf(new Error().stack) })
    return handle
  }
  const clearTracked = (handle: Handle | string | number | undefined): void => {
    const key = lookup(handle)
    real.clearTimeout(handle)
    if (key !== undefined) settled(key)
  }
  Object.assign(globalThis, {
    setTimeout: setTimeoutTracked,
    clearTimeout: clearTracked,
    setInterval: setIntervalTracked,
    clearInterval: clearTracked
  })
}

/** How many tracked timers have not fired (or been cleared) yet. */
export function pendingTimerCount(): number {
  return pending.size
}

/** One line per pending timer: what, how long, started where. */
export function describePendingTimers(): string[] {
  return [...pending.values()].map((timer) => `${timer.kind}(…, ${timer.delay}) started at ${timer.origin}`)
}

/** Resolves when the next tracked timer fires or is cleared (immediately when none is pending). */
export function nextTimerSettled(): Promise<void> {
  if (pending.size === 0) return Promise.resolve()
  return new Promise((resolve) => waiters.push(resolve))
}

/** Clears every pending timer, so a test that failed the idle check cannot disturb the next one. */
export function cancelPendingTimers(): void {
  for (const handle of [...pending.keys()]) {
    real.clearTimeout(handle)
    real.clearInterval(handle)
    settled(handle)
  }
}
