import { createTranslator } from '../../contract/i18n/translator'
import { mainCatalogParts } from '../../src/i18n/index'
import { checklistCatalog } from '../../ui/catalog/checklist'
import { panelCatalog } from '../../ui/catalog/panel'
import { suggestCatalog } from '../../ui/catalog/suggest'
import { evidenceCatalog as panelEvidenceCatalog } from '../../ui/catalog/evidence'

/** Every catalog area of the product, main's and the panel's: what the completeness tests walk. */
export const catalogParts = {
  ...mainCatalogParts,
  checklist: checklistCatalog,
  panel: panelCatalog,
  suggest: suggestCatalog,
  panelEvidence: panelEvidenceCatalog
} as const

const all = createTranslator<string>(Object.values(catalogParts))

/** All areas merged per locale. */
export const catalogs = all.catalogs

/** A lookup over every area. */
export const tKey = all.tKey
