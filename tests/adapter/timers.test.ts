// The guard every adapter test runs under (setup.ts): timers are tracked, idle() waits for them, and what is
// still pending at a test's end is named and cleared.
import { describe, expect, it } from 'vitest'
import { idle, useFake } from './harness'
import { cancelPendingTimers, describePendingTimers, pendingTimerCount } from './timers'

describe('the adapter tests’ timer guard', () => {
  it('sees a timer until it fires, and names where it was started', async () => {
    let fired = false
    setTimeout(() => (fired = true), 5)
    expect(pendingTimerCount()).toBe(1)
    expect(describePendingTimers()).toEqual([
      expect.stringMatching(/^setTimeout\(…, 5\) started at .*timers\.test\.ts/)
    ])
    await idle()
    expect(fired).toBe(true)
    expect(pendingTimerCount()).toBe(0)
  })

  it('forgets a timer cleared by its handle or by its numeric id', () => {
    const byHandle = setTimeout(() => undefined, 1000)
    const byId = setTimeout(() => undefined, 1000)
    expect(pendingTimerCount()).toBe(2)
    clearTimeout(byHandle)
    clearTimeout(Number(byId))
    expect(pendingTimerCount()).toBe(0)
  })

  it('idle() waits for chains: events, a debounce they start, and the timer that starts', async () => {
    const log: string[] = []
    const fake = useFake()
    fake.figma.currentPage.on('nodechange', () => {
      log.push('event')
      setTimeout(() => {
        log.push('debounce')
        setTimeout(() => log.push('after'), 30)
      }, 60)
    })
    fake.user.addSticky({ text: 'Late bus', x: 0, y: 0 })
    await idle()
    expect(log).toEqual(['event', 'debounce', 'after'])
  })

  it('idle() refuses to wait for an interval, which never ends', async () => {
    const interval = setInterval(() => undefined, 1000)
    await expect(idle()).rejects.toThrow(/only intervals are pending/)
    clearInterval(interval)
  })

  it('clears what is left, so it cannot fire in the next test', async () => {
    let fired = false
    setTimeout(() => (fired = true), 1)
    const left = describePendingTimers()
    cancelPendingTimers()
    // Timers fire in the order they are due: had the 1 ms one survived, it would have fired before this one.
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(left).toHaveLength(1)
    expect(fired).toBe(false)
  })
})
