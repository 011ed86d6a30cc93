/**
 * The fake's user actions, with a live `figma` behind them. Node-returning actions hand out node objects of the
 * most recent session; once a plugin run has closed, those throw on every read (as Figma's do). Like FigJam's
 * plugin console, the playground then opens an idle session first, so `addSticky(...).id` keeps working.
 */
import type { FigJamFake, UserActions } from '../fake'

/** Opens an idle session when the most recent one has closed. */
export function ensureLiveSession(fake: FigJamFake): void {
  if (fake.session.closed) fake.startSession()
}

export function liveUserActions(fake: FigJamFake): UserActions {
  const user = fake.user
  const live = {} as Record<keyof UserActions, unknown>
  for (const key of Object.keys(user) as (keyof UserActions)[]) {
    live[key] = (...args: unknown[]) => {
      ensureLiveSession(fake)
      return (user[key] as (...params: unknown[]) => unknown).call(user, ...args)
    }
  }
  return live as UserActions
}
