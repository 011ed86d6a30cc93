import { firstGraphemes, graphemeCount, withinUnits } from '../contract/graphemes'
import { MESSAGE_TEXT_MAX } from '../contract/limits'

/**
 * What a text field keeps of what was typed or pasted: at most `max` characters as a person counts them (an input's
 * `maxLength` counts UTF-16 units, so 31 emoji would stop at 30) and never more than a panel message carries. The
 * field shows the kept text at once, as `maxLength` would.
 */
export function keepTyped(input: HTMLInputElement, max: number): string {
  const typed = input.value
  const kept = withinUnits(graphemeCount(typed) > max ? firstGraphemes(typed, max) : typed, MESSAGE_TEXT_MAX)
  if (kept !== typed) input.value = kept
  return kept
}
