/**
 * The panel's `t` and `tKey`: the same lookup as `contract/i18n/translator` (locale, then English, then the key itself), over
 * only the catalog areas the panel shows (its own text, zone and side names, the checklist, why a link is suggested,
 * as the panel runs the suggester). Main localises
 * notifications, statements, exports and the BMC, so the panel's bundle does not carry them.
 */
import { canvasCatalog } from '../contract/i18n/catalog/canvas'
import { checklistCatalog } from './catalog/checklist'
import { historyCatalog } from './catalog/history'
import { evidenceCatalog } from './catalog/evidence'
import { panelCatalog } from './catalog/panel'
import { suggestCatalog } from './catalog/suggest'
import { createTranslator } from '../contract/i18n/translator'

export type PanelMessageKey = Extract<
  | keyof (typeof panelCatalog)['en']
  | keyof (typeof canvasCatalog)['en']
  | keyof (typeof checklistCatalog)['en']
  | keyof (typeof suggestCatalog)['en']
  | keyof (typeof historyCatalog)['en']
  | keyof (typeof evidenceCatalog)['en'],
  string
>

const translator = createTranslator<PanelMessageKey>([
  panelCatalog,
  canvasCatalog,
  checklistCatalog,
  suggestCatalog,
  historyCatalog,
  evidenceCatalog
])

/** Like `tKey`, for keys built at run time (`zone.${zone}`, checklist details); unknown keys come back as themselves. */
export const tKey = translator.tKey

/** The text for a known key in `locale`, with `{placeholders}` filled in. */
export const t = translator.t
