/** First characters that make a spreadsheet read a cell as a formula (or that some treat as such). */
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * One RFC 4180 field. Text that a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a
 * carriage return) gets a leading apostrophe, which spreadsheets show as text and hide. Then a field with a comma,
 * a quote, CR or LF is quoted, with quotes doubled.
 */
export function csvField(value: string | number): string {
  let text = typeof value === 'number' ? String(value) : value
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}
