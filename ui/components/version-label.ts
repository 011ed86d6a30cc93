import type { VersionSummary } from '../../contract/history'
import type { Locale } from '../../contract/vocabulary'

/** "3 Nov 14:20" in the panel's language (the viewer's time zone). */
export function versionDate(locale: Locale, at: string, short = false): string {
  const date = new Date(at)
  if (Number.isNaN(date.getTime())) return at
  const tag = locale === 'en' ? 'en-GB' : locale === 'sv' ? 'sv-SE' : 'da-DK'
  const options: Intl.DateTimeFormatOptions = short
    ? { day: 'numeric', month: 'short' }
    : { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }
  return new Intl.DateTimeFormat(tag, options).format(date)
}

/** A version as the panel names it: its name and date, or its date alone. */
export function versionLabel(locale: Locale, version: Pick<VersionSummary, 'name' | 'at'>): string {
  const date = versionDate(locale, version.at)
  return version.name === undefined ? date : `${version.name} · ${date}`
}
