/**
 * Text as CommonMark (with GFM: strikethrough, tables, task lists, autolinks) that renders as the literal text,
 * with a backslash only where a character would otherwise start markup. The exports put every text inside a line
 * the exporter writes, after a space or at the start of a block, never next to markup of their own that a text
 * could pair with; the rules below rely on that.
 *
 * Inline (`markdownText`), anywhere on a line:
 * - White space, line breaks included, becomes one space, ends trimmed (a sticky's line breaks are soft wrapping),
 *   so a text never ends a line with a hard break or opens a block in the middle of a list item; a no-break space
 *   inside stays. Empty: an em dash. (U+0000 renders as U+FFFD, as CommonMark requires of every reader.)
 * - `\` before ASCII punctuation or at the end (where an escape could form); `\` before a letter stays.
 * - Every backtick (a code span pairs any two runs of the same length).
 * - `*`, `_`, `~` and `$` runs only where they could close emphasis, strikethrough or math (GitHub's `$`):
 *   right after a character that is not white space. A run after a space can only open, and without a closer
 *   nothing forms, so "5 * 3", "~5 minutes" and "$5 to $10" stay as written. `_` between two letters or digits
 *   cannot close either ("snake_case"). `$$` (display math) is escaped wherever it is.
 * - `]` before `(`, `[` or `:` (no link, image, reference or definition); other brackets stay ("[Beta]").
 * - `<` before a letter, `/`, `!` or `?` (no HTML, comment or autolink in angle brackets); "a < b", "<3" stay.
 * - `&` before an entity name and `;` ("&amp;", "&#169;"); "Products & services" stays.
 * - Bare URLs and e-mail addresses are left: GFM shows them as links with exactly the written text.
 * - `#`, `|`, `>`, `+`, `-`, `.`, `!`, `=`, `@`, `:` and the rest: never inline.
 * - `afterSpace` false: the text follows a character other than a space (an opening quote mark in a template), so
 *   a run at its very start could close and is escaped too.
 *
 * At the start of a block (`markdownBlock`, applied to the whole content of a list item or paragraph): what would
 * open a block there gets one backslash: `#` of a heading, `>` of a quote, `-`, `+` or `*` of a bullet, the `.` or
 * `)` of "1." / "1)", `[` of a task box ("[ ]", "[x]"), the first character of a thematic break or of a `~~~` fence.
 */
export function markdownText(text: string, afterSpace = true): string {
  // Line breaks, tabs and spaces become one space; a no-break space inside stays (the catalogs write "65\u00a0%").
  const oneLine = text.replace(/[\t\n\v\f\r \u0085\u2028\u2029]+/g, ' ').trim()
  if (oneLine === '') return '—'
  /** Replacements by offset in `oneLine`: how many characters they stand for, and the text. */
  const edits = new Map<number, { length: number; text: string }>()
  INLINE.lastIndex = 0
  for (let match = INLINE.exec(oneLine); match; match = INLINE.exec(oneLine)) {
    const found = match[0]
    const offset = match.index
    // What comes before the text: a space or the start of a block, unless the caller says otherwise (a quote mark).
    const before = offset > 0 ? oneLine.charAt(offset - 1) : afterSpace ? ' ' : '"'
    const escaped = escapeAt(found, before, oneLine.charAt(offset + found.length), oneLine.slice(offset, offset + 40))
    if (escaped !== found) edits.set(offset, { length: found.length, text: escaped })
  }
  // A bare URL GFM would link, with an escape inside: the link could take the backslash into its address and leave
  // what it escaped bare, so such a URL is kept from being a link ("https\://…", "www\.…"). Others stay links.
  BARE_URL.lastIndex = 0
  for (let match = BARE_URL.exec(oneLine); match; match = BARE_URL.exec(oneLine)) {
    const start = match.index
    const end = start + match[0].length
    let touched = false
    edits.forEach((_edit, at) => {
      if (at >= start && at < end) touched = true
    })
    if (!touched) continue
    const colon = match[0].indexOf('://')
    const defuse = colon >= 0 ? start + colon : start + 3
    edits.set(defuse, { length: 1, text: `\\${oneLine.charAt(defuse)}` })
  }
  if (edits.size === 0) return oneLine
  const offsets: number[] = []
  edits.forEach((_edit, offset) => offsets.push(offset))
  offsets.sort((a, b) => a - b)
  let out = ''
  let at = 0
  for (const offset of offsets) {
    const edit = edits.get(offset)
    if (edit === undefined || offset < at) continue
    out += oneLine.slice(at, offset) + edit.text
    at = offset + edit.length
  }
  return out + oneLine.slice(at)
}

/** The escaped form of one run `found` between `before` and `after`; `rest`: the text from it on (40 characters). */
function escapeAt(found: string, before: string, after: string, rest: string): string {
  switch (found.charAt(0)) {
    case '\\':
      return after === '' || ASCII_PUNCTUATION.test(after) ? '\\\\' : found
    case '`':
      return '\\`'.repeat(found.length)
    case '_':
      if (WORD.test(before) && WORD.test(after)) return found
      return before === ' ' ? found : escapeEach(found)
    case '$':
      // "$$" opens display math (a block at the start, inline after a space, in GitHub's and remark's math).
      return before === ' ' && found.length === 1 ? found : escapeEach(found)
    case '*':
    case '~':
      return before === ' ' ? found : escapeEach(found)
    case ']':
      return after === '(' || after === '[' || after === ':' ? '\\]' : found
    case '<':
      return /[A-Za-z/!?]/.test(after) ? '\\<' : found
    case '&':
      return /^&#?[A-Za-z0-9]+;/.test(rest) ? '\\&' : found
    default:
      return found
  }
}

/** Escapes what would open a block at the start of `content` (already escaped inline by `markdownText`). */
export function markdownBlock(content: string): string {
  if (THEMATIC_BREAK.test(content) || /^~{3,}/.test(content)) return `\\${content}`
  if (/^(?:#{1,6}|[>+*-])(?: |$)/.test(content) || /^>/.test(content)) return `\\${content}`
  if (/^\[[ xX]\](?: |$)/.test(content)) return `\\${content}`
  return content.replace(/^(\d{1,9})([.)])(?= |$)/, '$1\\$2')
}

/** A heading's content: as a block start, and a closing run of `#` at the end kept as text ("v2 #"). */
export function markdownHeading(content: string): string {
  return markdownBlock(content).replace(/ (#+)$/, ' \\$1')
}

const INLINE = /\\|`+|_+|\*+|~+|\$+|\]|<|&/g
/** What GFM turns into a link by itself: a web address from its scheme or `www.` up to the next space. */
const BARE_URL = /\b(?:https?:\/\/|ftp:\/\/|www\.)\S*/gi
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/
/** Letters and digits (Latin, Greek, Cyrillic and beyond) between which `_` is part of a word. */
const WORD = /[A-Za-z0-9\u00C0-\u024F\u0370-\u1FFF\u3040-\u9FFF]/
const THEMATIC_BREAK = /^([-*_])(?: ?\1){2,} ?$/

function escapeEach(run: string): string {
  return run.replace(/./g, '\\$&')
}
