import type { Locale } from '../vocabulary'
import { formatMessage } from './format'

/** One catalog area: the same keys in en, sv and da. */
export type LocaleTexts = Record<Locale, Record<string, string>>

export interface Translator<K extends string> {
  /** The merged areas per locale. */
  catalogs: Record<Locale, Record<string, string>>
  /** The text for `key` in `locale`, placeholders filled; English when a locale lacks it. */
  t: (locale: Locale, key: K, params?: Record<string, string | number>) => string
  /** Like `t`, for keys built at run time (e.g. `zone.${zone}`); unknown keys come back as themselves. */
  tKey: (locale: Locale, key: string, params?: Record<string, string | number>) => string
}

/**
 * A lookup over some catalog areas. Main and the panel each merge only the areas they show,
 * so neither bundle carries the other's text.
 */
export function createTranslator<K extends string>(
  parts: ReadonlyArray<{ [L in Locale]: object }>
): Translator<K> {
  const merge = (locale: Locale): Record<string, string> => {
    const merged: Record<string, string> = {}
    for (const part of parts) Object.assign(merged, part[locale])
    return merged
  }
  const catalogs: Record<Locale, Record<string, string>> = {
    en: merge('en'),
    sv: merge('sv'),
    da: merge('da')
  }
  const tKey = (locale: Locale, key: string, params?: Record<string, string | number>): string =>
    formatMessage(catalogs[locale][key] ?? catalogs.en[key] ?? key, params)
  return { catalogs, t: tKey, tKey }
}
