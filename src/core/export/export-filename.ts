import type { FitReport } from '../types'

export type ExportFileFormat = 'markdown' | 'csv' | 'json'

const EXTENSION: Record<ExportFileFormat, string> = { markdown: 'md', csv: 'csv', json: 'json' }
const MIME_TYPE: Record<ExportFileFormat, string> = {
  markdown: 'text/markdown;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  json: 'application/json;charset=utf-8'
}

/** Letters that do not fall apart into a base letter and a mark. */
const LETTERS: Record<string, string> = {
  æ: 'ae',
  ø: 'o',
  œ: 'oe',
  ß: 'ss',
  þ: 'th',
  ð: 'd',
  đ: 'd',
  ł: 'l',
  ı: 'i'
}
const PART_LENGTH = 40

/** Lower-case ASCII letters and digits joined by single dashes; at most `max` characters, cut at a dash when possible. */
function slug(text: string, max: number): string {
  const base = typeof text.normalize === 'function' ? text.normalize('NFD') : text
  const ascii = base
    .toLowerCase()
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[æøœßþðđłı]/g, (letter) => LETTERS[letter] ?? '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (ascii.length <= max) return ascii
  const cut = ascii.slice(0, max)
  const dash = cut.lastIndexOf('-')
  return (dash >= max / 2 ? cut.slice(0, dash) : cut).replace(/-+$/, '')
}

/**
 * A safe file name for an export: `vpc-<segment>-<product>-<yyyy-mm-dd>.<ext>`, ASCII only (å -> a, ø -> o,
 * æ -> ae), each part at most 40 characters, the date from `checkedAt` (left out when that is not a date). Never
 * empty and never a hidden or path-like name.
 */
export function exportFilename(report: FitReport, format: ExportFileFormat): string {
  const parts = ['vpc', slug(report.canvas.segment, PART_LENGTH), slug(report.canvas.product, PART_LENGTH)]
  const date = /^(\d{4}-\d{2}-\d{2})/.exec(report.checkedAt)
  if (date !== null && date[1] !== undefined) parts.push(date[1])
  return `${parts.filter((part) => part !== '').join('-')}.${EXTENSION[format]}`
}

/** The MIME type for a download of `format`. */
export function exportMimeType(format: ExportFileFormat): string {
  return MIME_TYPE[format]
}
