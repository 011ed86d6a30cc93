/**
 * Sticky text as one line of CommonMark inline content that renders as the literal text.
 *
 * - Every run of whitespace, line breaks included, becomes one space, and the ends are trimmed: a sticky's line
 *   breaks are soft wrapping on the board, and a single line cannot start a new block (list, heading, quote, code
 *   fence, setext underline) in the middle of a list item.
 * - Every character that can start inline markup or a block is backslash-escaped wherever it is:
 *   \ * _ ` # | [ ] < > ~ & $ (CommonMark lets any ASCII punctuation be escaped, so this is always safe).
 *   `#` everywhere also covers closing sequences in headings; `|` keeps GFM tables intact; `~` is GFM
 *   strikethrough and fences; `&` starts entities; `$` is math on GitHub; `@` starts GFM e-mail links.
 * - Bare links are defused: the `:` of `://` and the `.` after `www` are escaped, so renderers with GFM autolinks
 *   show them as text instead of a link whose end can swallow a neighbouring escape ("http://a.b\\>").
 * - At the start, list markers are escaped: `-` and `+`, and the `.` or `)` of `1.` / `1)`, so a written rank
 *   marker stays text ("1\. Too expensive").
 * - An empty text becomes an em dash, so the list item is not blank.
 */
export function markdownText(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim()
  if (oneLine === '') return '—'
  const escaped = oneLine.replace(/[\\*_`#|[\]<>~&$@]/g, '\\$&')
  return escaped
    .replace(/:\/\//g, '\\://')
    .replace(/\b(www)\./gi, '$1\\.')
    .replace(/^([-+])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2')
}
