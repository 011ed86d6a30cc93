import { fillTemplate } from '../labels'
import type { ExportLabels } from '../labels'

const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/

/** Two digits: 7 as "07". */
export const pad = (n: number): string => (n < 10 ? `0${n}` : String(n))

/**
 * A report's `checkedAt` as people write a date and time in the labels' language ("1 December 2026, 08:00",
 * "1 december 2026 08:00", "1. december 2026 kl. 08.00"), in the time zone `offsetMinutes` east of UTC (the
 * user's, `-new Date(iso).getTimezoneOffset()`). At offset 0 the time says "UTC", since a plugin sandbox without
 * a time zone reports 0 too. Pure arithmetic and the catalog's month names: no `Intl`, no locale data, so the same
 * input gives the same text on every runtime. A text that is not an ISO time is given back as it is.
 */
export function checkedAtText(iso: string, labels: ExportLabels['dates'], offsetMinutes: number): string {
  const match = ISO.exec(iso.trim())
  if (match === null) return iso
  const [, y, mo, d, h, mi, s, zone] = match
  if (Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1 || Number(d) > 31) return iso
  if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? '0') > 60) return iso
  let utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? '0'))
  if (zone !== undefined && zone !== 'Z') {
    const sign = zone.charAt(0) === '-' ? -1 : 1
    const digits = zone.replace(/[^0-9]/g, '')
    utc -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60000
  }
  const offset = Number.isFinite(offsetMinutes) ? Math.round(offsetMinutes) : 0
  const at = new Date(utc + offset * 60000)
  if (Number.isNaN(at.getTime())) return iso
  const month = labels.months[at.getUTCMonth()] ?? String(at.getUTCMonth() + 1)
  return fillTemplate(offset === 0 ? labels.dateTimeUtc : labels.dateTime, {
    day: String(at.getUTCDate()),
    month,
    year: String(at.getUTCFullYear()),
    hour: pad(at.getUTCHours()),
    minute: pad(at.getUTCMinutes())
  })
}
