/**
 * Helpers shared by the Snowball stemmers in this folder.
 * Positions are string indices; a suffix "lies in R1" when it starts at or after p1.
 */

/** The index just after the first non-vowel that follows a vowel, searching from `from`; `word.length` when there is none. */
export function regionStart(word: string, vowels: string, from: number): number {
  let i = from
  while (i < word.length && vowels.indexOf(word.charAt(i)) < 0) i++
  while (i < word.length && vowels.indexOf(word.charAt(i)) >= 0) i++
  return i < word.length ? i + 1 : word.length
}

/** Suffixes grouped by their last letter, longest first, so a lookup checks only a few. */
export type SuffixSet = Map<string, string[]>

export function suffixSet(list: readonly string[]): SuffixSet {
  const set: SuffixSet = new Map()
  for (const suffix of list) {
    const last = suffix.charAt(suffix.length - 1)
    const bucket = set.get(last)
    if (bucket === undefined) set.set(last, [suffix])
    else bucket.push(suffix)
  }
  set.forEach((bucket) => bucket.sort((a, b) => b.length - a.length))
  return set
}

/**
 * The longest suffix of `word` from `suffixes` that starts at or after `limit`
 * (Snowball's `setlimit tomark p1 for ([substring])`), or null.
 */
export function longestSuffixFrom(word: string, suffixes: SuffixSet, limit: number): string | null {
  const bucket = suffixes.get(word.charAt(word.length - 1))
  if (bucket === undefined) return null
  for (const suffix of bucket) {
    if (word.length - suffix.length >= limit && endsWith(word, suffix)) return suffix
  }
  return null
}

/** The longest suffix of `word` from `suffixes`, wherever it starts, or null. */
export function longestSuffix(word: string, suffixes: SuffixSet): string | null {
  return longestSuffixFrom(word, suffixes, 0)
}

export function endsWith(word: string, suffix: string): boolean {
  const offset = word.length - suffix.length
  if (offset < 0) return false
  for (let i = suffix.length - 1; i >= 0; i--) {
    if (word.charCodeAt(offset + i) !== suffix.charCodeAt(i)) return false
  }
  return true
}

/** R1 of the Scandinavian stemmers: as usual, but at least 3 letters stay in front of it. */
export function scandinavianR1(word: string, vowels: string): number {
  if (word.length < 3) return word.length
  return Math.max(regionStart(word, vowels, 0), 3)
}

/** Whether the letter just before the last `suffixLength` letters of `word` is one of `letters`. */
export function precededBy(word: string, suffixLength: number, letters: string): boolean {
  const i = word.length - suffixLength - 1
  return i >= 0 && letters.indexOf(word.charAt(i)) >= 0
}
