/**
 * The panel's `t` and `tKey`: the same lookup as `src/i18n` (locale, then English, then the key itself), over
 * only the catalog areas the panel shows (its own text, zone and side names, the checklist). Importing the
 * full index would also ship the notification, statement, export and BMC catalogs, which main localises,
 * and push ui.html past its size budget.
 */
import type { Locale } from '../src/core/types'
import { canvasCatalog } from '../src/i18n/catalog/canvas'
import { checklistCatalog } from '../src/i18n/catalog/checklist'
import { panelCatalog } from '../src/i18n/catalog/panel'
import { formatMessage } from '../src/i18n/format'

const parts = [panelCatalog, canvasCatalog, checklistCatalog] as const

export type PanelMessageKey = Extract<
  | keyof (typeof panelCatalog)['en']
  | keyof (typeof canvasCatalog)['en']
  | keyof (typeof checklistCatalog)['en'],
  string
>

function merge(locale: Locale): Record<string, string> {
  const merged: Record<string, string> = {}
  for (const part of parts) Object.assign(merged, part[locale])
  return merged
}

const catalogs: Record<Locale, Record<string, string>> = { en: merge('en'), sv: merge('sv'), da: merge('da') }

/** Like `tKey`, for keys built at run time (`zone.${zone}`, checklist details); unknown keys come back as themselves. */
export function tKey(locale: Locale, key: string, params?: Record<string, string | number>): string {
  return formatMessage(catalogs[locale][key] ?? catalogs.en[key] ?? key, params)
}

/** The text for a known key in `locale`, with `{placeholders}` filled in. */
export function t(locale: Locale, key: PanelMessageKey, params?: Record<string, string | number>): string {
  return tKey(locale, key, params)
}
