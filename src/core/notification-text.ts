import { truncate } from './layout/vpc-layout'

/** About as many characters as FigJam shows in one notification. */
export const NOTIFY_MAX = 100

/** Longest segment or offer name quoted in a notification, so the sentence around it still shows. */
export const NOTIFY_NAME_MAX = 24

/** A name as quoted in a notification: cut to `NOTIFY_NAME_MAX` characters. */
export function notifyName(name: string): string {
  return truncate(name, NOTIFY_NAME_MAX)
}

/**
 * One notification from a main sentence and an optional note: both when they fit, else the note
 * alone (it says what went wrong; the board shows what was done), else the sentence cut to fit.
 */
export function fitNotification(main: string, note?: string): string {
  if (note === undefined) return truncate(main, NOTIFY_MAX)
  const both = `${main} ${note}`
  if (Array.from(both).length <= NOTIFY_MAX) return both
  return truncate(note, NOTIFY_MAX)
}
