// Runs before every adapter test file, before the file imports any plugin module: modules such as
// `@create-figma-plugin/utilities` touch `figma` at import time, as they do in FigJam.
import { afterEach, beforeEach } from 'vitest'
import { installFigJam } from '../../fake'
import type { FigJamFake } from '../../fake'
import { turn } from './harness'
import { cancelPendingTimers, describePendingTimers, trackTimers } from './timers'

declare global {
  var __vpcFake: FigJamFake | undefined
}

trackTimers()
globalThis.__vpcFake = installFigJam()

// A fresh FigJam for every test: documents, sessions, client storage, fonts, undo history and notifications
// never leak.
beforeEach(() => {
  globalThis.__vpcFake = installFigJam()
})

// Nothing a test starts may outlive it. First the fake delivers the events the test's edits are still owed (FigJam
// delivers them once the plugin's code yields), so handlers react within the test, and their errors fail it. Then
// any timer still pending (the panel's live refresh, a test's own) fails the test, naming where it was started: it
// would fire during the next test and post to that test's `figma`. The timers are cleared so the next test starts
// clean. Registered first, so it runs after the files' own afterEach hooks (vitest runs them as a stack).
afterEach(async () => {
  let leftovers: string[] = []
  try {
    await globalThis.__vpcFake?.flush()
    await turn()
  } finally {
    leftovers = describePendingTimers()
    cancelPendingTimers()
  }
  if (leftovers.length > 0) {
    throw new Error(
      `The test ended with ${leftovers.length} timer(s) still pending, which would fire during the next test. ` +
        `Await idle() from tests/adapter/harness.ts (or close the plugin) before the test ends:\n  ` +
        leftovers.join('\n  ')
    )
  }
})
