import { graphemes } from '../../contract/graphemes'
import { NOTIFY_MAX, NOTIFY_NAME_MAX } from '../../contract/limits'
import { truncate } from './layout/vpc-layout'

export { NOTIFY_MAX, NOTIFY_NAME_MAX }

/** A name as quoted in a notification: cut to `NOTIFY_NAME_MAX` characters. */
export function notifyName(name: string): string {
  return truncate(name, NOTIFY_NAME_MAX)
}

/** A name shown in a notification is never cut below this many UTF-16 units (or one character) to make its sentence fit. */
const NAME_MIN = 8

/**
 * A sentence quoting names (a segment, a sticky's text, a version's name), each cut to `NOTIFY_NAME_MAX` characters
 * and further, down to 8 letters or one emoji, until the whole sentence fits a notification: a long name never pushes
 * the sentence's own end ("… written to Value propositions and Customer segments.") out of what FigJam shows. Names
 * are cut between characters as a person counts them (never inside an emoji or an accented letter); the sentence
 * and the floor are measured in UTF-16 units, so a name of emoji (each about two letters wide) is cut sooner.
 */
export function sentenceWithNames(render: (...names: string[]) => string, ...names: string[]): string {
  let keep = Math.min(NOTIFY_NAME_MAX, Math.max(1, ...names.map((name) => graphemes(name, NOTIFY_NAME_MAX).length)))
  let cut = names.map((name) => truncate(name, keep))
  let sentence = render(...cut)
  while (sentence.length > NOTIFY_MAX && keep > 1 && Math.max(...cut.map((name) => name.length)) > NAME_MIN) {
    keep -= 1
    cut = names.map((name) => truncate(name, keep))
    sentence = render(...cut)
  }
  return sentence
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

/**
 * `text` cut to at most `max` characters at a word boundary, with "…": never in the middle of a word or a number
 * ("at most 10,0…"). A single word longer than `max` is cut as `truncate` would.
 */
export function truncateAtWord(text: string, max: number): string {
  const chars = graphemes(text, max + 1)
  if (chars.length <= max) return text
  const head = chars.slice(0, Math.max(0, max - 1)).join('')
  const space = head.search(/\s\S*$/)
  const cut = space > 0 ? head.slice(0, space) : head
  return cut.replace(/[\s,.;:(]+$/, '') + '…'
}
