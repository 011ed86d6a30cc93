/** First characters that make a spreadsheet read a cell as a formula (or that some treat as such). */
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * The field writer for a file whose fields are split at `separator` (`,` or `;`): RFC 4180 fields. Numbers are
 * written as plain digits, so spreadsheets read them as numbers. Text that a spreadsheet would run as a formula (it
 * starts with =, +, -, @, a tab or a carriage return) gets a leading apostrophe, which spreadsheets show as text and
 * hide. Then a field with the separator, a quote, CR or LF is quoted, with quotes doubled.
 */
export function csvFieldWith(separator: ',' | ';'): (value: string | number) => string {
  const special = separator === ';' ? /[";\r\n]/ : /[",\r\n]/
  return (value) => {
    let text = typeof value === 'number' ? String(value) : value
    if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`
    return special.test(text) ? `"${text.replace(/"/g, '""')}"` : text
  }
}

/** One comma-separated RFC 4180 field (see `csvFieldWith`). */
export const csvField: (value: string | number) => string = csvFieldWith(',')
