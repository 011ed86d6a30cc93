import type { Locale, ZoneKey } from '../core/types'
import { LOCALES } from '../core/types'
import { bmcCatalog } from './catalog/bmc'
import { canvasCatalog } from './catalog/canvas'
import { checklistCatalog } from './catalog/checklist'
import { exportCatalog } from './catalog/export'
import { notifyCatalog } from './catalog/notify'
import { panelCatalog } from './catalog/panel'
import { statementCatalog } from './catalog/statement'
import type { BmcBlockKey } from './bmc-blocks'
import { formatMessage } from './format'

/** Every area of the catalog; each area file holds en, sv and da side by side. */
export const catalogParts = {
  canvas: canvasCatalog,
  checklist: checklistCatalog,
  bmc: bmcCatalog,
  statement: statementCatalog,
  export: exportCatalog,
  panel: panelCatalog,
  notify: notifyCatalog
} as const

type Parts = typeof catalogParts
export type MessageKey = Extract<{ [P in keyof Parts]: keyof Parts[P]['en'] }[keyof Parts], string>

function merge(locale: Locale): Record<string, string> {
  const merged: Record<string, string> = {}
  for (const part of Object.values(catalogParts)) Object.assign(merged, part[locale])
  return merged
}

/** The merged catalog per locale. */
export const catalogs: Record<Locale, Record<string, string>> = {
  en: merge('en'),
  sv: merge('sv'),
  da: merge('da')
}

/** The text for `key` in `locale`, with `{placeholders}` filled in; English when a locale lacks it. */
export function t(locale: Locale, key: MessageKey, params?: Record<string, string | number>): string {
  const template = catalogs[locale][key] ?? catalogs.en[key] ?? key
  return formatMessage(template, params)
}

/** Like `t`, for keys built at run time (e.g. `zone.${zone}`); unknown keys come back as themselves. */
export function tKey(locale: Locale, key: string, params?: Record<string, string | number>): string {
  const template = catalogs[locale][key] ?? catalogs.en[key] ?? key
  return formatMessage(template, params)
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

/** The label of a VPC zone as drawn on the canvas ("Pains", "Besvär", "Smerter"). */
export function zoneLabel(locale: Locale, zone: ZoneKey): string {
  return t(locale, `zone.${zone}`)
}

/** The one-line guiding question drawn under a zone's label. */
export function zoneHint(locale: Locale, zone: ZoneKey): string {
  return t(locale, `hint.${zone}`)
}

/** The label of a Business Model Canvas block ("Value propositions", "Värdeerbjudanden", "Værditilbud"). */
export function bmcBlockLabel(locale: Locale, block: BmcBlockKey): string {
  return t(locale, `bmc.block.${block}`)
}

export { BMC_BLOCK_KEYS, isBmcBlockKey, matchBmcBlock, matchZoneLabel } from './bmc-blocks'
export type { BmcBlockKey, BmcSummaryBlock } from './bmc-blocks'
export { bmcQuestions, bmcQuestionsFor, questionsFor, zoneQuestions } from './questions'
