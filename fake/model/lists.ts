/**
 * List formatting of text: each paragraph (the text between line breaks, its closing `\n` included) is a list item
 * of one type (`TextListOptions.type`: ORDERED, UNORDERED or NONE). The list markers ("1.", "•") are drawn by
 * FigJam, never part of `characters` (typings: `TextListOptions`, `getRangeListOptions`, `setRangeListOptions`,
 * `getStyledTextSegments(['listOptions'])`). Writing `characters` resets the formatting ("Setting this property
 * will reset styles applied to character ranges", typings, `characters`).
 */

export type ListType = TextListOptions['type']

/** The start offsets of each paragraph of `characters` (the first is 0; an empty text has one paragraph). */
export function paragraphStarts(characters: string): number[] {
  const starts = [0]
  // A trailing line break opens an empty last paragraph, as in a text editor.
  for (let i = 0; i < characters.length; i += 1) if (characters[i] === '\n') starts.push(i + 1)
  return starts
}

/** The list type of each paragraph (`lists` may be shorter or absent: the rest is NONE). */
export function listTypesOf(characters: string, lists: readonly ListType[] | undefined): ListType[] {
  return paragraphStarts(characters).map((_, i) => lists?.[i] ?? 'NONE')
}

/** The paragraph index holding character `offset`. */
function paragraphAt(starts: readonly number[], offset: number): number {
  let index = 0
  for (let i = 0; i < starts.length; i += 1) if ((starts[i] as number) <= offset) index = i
  return index
}

/** The paragraphs a range [start, end) touches (an empty range at `start` touches its paragraph). */
export function paragraphsIn(characters: string, start: number, end: number): number[] {
  const starts = paragraphStarts(characters)
  const first = paragraphAt(starts, start)
  const last = paragraphAt(starts, Math.max(start, end - 1))
  const result: number[] = []
  for (let i = first; i <= last; i += 1) result.push(i)
  return result
}

/** `lists` with the paragraphs of [start, end) set to `type`; trailing NONE entries dropped. */
export function withListType(characters: string, lists: readonly ListType[] | undefined, start: number, end: number, type: ListType): ListType[] {
  const next = listTypesOf(characters, lists)
  for (const index of paragraphsIn(characters, start, end)) next[index] = type
  while (next.length > 0 && next[next.length - 1] === 'NONE') next.pop()
  return next
}

/** Runs of characters with one list type, in order: `{ start, end, type }` (none for an empty text). */
export function listRuns(characters: string, lists: readonly ListType[] | undefined): Array<{ start: number; end: number; type: ListType }> {
  const starts = paragraphStarts(characters)
  const types = listTypesOf(characters, lists)
  const runs: Array<{ start: number; end: number; type: ListType }> = []
  starts.forEach((start, i) => {
    const end = i + 1 < starts.length ? (starts[i + 1] as number) : characters.length
    if (end <= start) return
    const type = types[i] as ListType
    const last = runs[runs.length - 1]
    if (last && last.type === type && last.end === start) last.end = end
    else runs.push({ start, end, type })
  })
  return runs
}

const ORDERED_MARKER = /^(\d+)[.)]\s+/
const UNORDERED_MARKER = /^[-*•]\s+/

/**
 * What FigJam may do while a person types (unverified; see the README's by-hand list): a paragraph typed as
 * "1. …" or "- …" becomes an ordered or unordered list item and loses the marker from its characters.
 */
export function autoFormatLists(typed: string): { characters: string; lists: ListType[] } {
  const lists: ListType[] = []
  const paragraphs = typed.split('\n').map((paragraph, i) => {
    if (ORDERED_MARKER.test(paragraph)) {
      lists[i] = 'ORDERED'
      return paragraph.replace(ORDERED_MARKER, '')
    }
    if (UNORDERED_MARKER.test(paragraph)) {
      lists[i] = 'UNORDERED'
      return paragraph.replace(UNORDERED_MARKER, '')
    }
    lists[i] = 'NONE'
    return paragraph
  })
  while (lists.length > 0 && lists[lists.length - 1] === 'NONE') lists.pop()
  return { characters: paragraphs.join('\n'), lists }
}
