import type { Locale, MessageRef, ZoneKey } from '../../contract/vocabulary'
import { isLocale } from '../../contract/vocabulary'
import { adoptCatalog } from './catalog/adopt'
import { bmcCatalog } from './catalog/bmc'
import { bmcNotifyCatalog } from './catalog/bmc-notify'
import { cardCatalog } from './catalog/card'
import { canvasCatalog } from '../../contract/i18n/catalog/canvas'
import { evidenceCatalog } from './catalog/evidence'
import { exportCatalog } from './catalog/export'
import { historyCatalog } from './catalog/history'
import { importCatalog } from './catalog/import'
import { limitsCatalog } from './catalog/limits'
import { notifyCatalog } from './catalog/notify'
import { statementCatalog } from './catalog/statement'
import type { BmcBlockKey } from './bmc-blocks'
import { createTranslator } from '../../contract/i18n/translator'

/**
 * The catalog areas main speaks: the canvas, notifications, statements, exports and the BMC.
 * The panel's own text and the checklist live in the panel's bundle (`ui/text.ts`); every area
 * is listed for the completeness tests in `all-parts.ts`.
 */
export const mainCatalogParts = {
  canvas: canvasCatalog,
  bmc: bmcCatalog,
  bmcNotify: bmcNotifyCatalog,
  statement: statementCatalog,
  export: exportCatalog,
  import: importCatalog,
  notify: notifyCatalog,
  limits: limitsCatalog,
  card: cardCatalog,
  adopt: adoptCatalog,
  history: historyCatalog,
  evidence: evidenceCatalog
} as const

type Parts = typeof mainCatalogParts
export type MessageKey = Extract<{ [P in keyof Parts]: keyof Parts[P]['en'] }[keyof Parts], string>

const translator = createTranslator<MessageKey>(Object.values(mainCatalogParts))

/** The merged catalog per locale. */
export const catalogs = translator.catalogs

/** The text for `key` in `locale`, with `{placeholders}` filled in; English when a locale lacks it. */
export const t = translator.t

/** Like `t`, for keys built at run time (e.g. `zone.${zone}`); unknown keys come back as themselves. */
export const tKey = translator.tKey

export { isLocale }

/**
 * The text of a message the core returned as a key with parameters; a `list` of refs is said in turn and joined
 * with ", " into the `list` parameter.
 */
export function say(locale: Locale, message: MessageRef & { list?: MessageRef[] }): string {
  const params = message.list
    ? { ...message.params, list: message.list.map((part) => say(locale, part)).join(', ') }
    : message.params
  return tKey(locale, message.key, params)
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
