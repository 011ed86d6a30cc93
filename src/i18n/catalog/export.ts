import { defineCatalog } from '../define'

export const exportCatalog = defineCatalog({
  en: { 'export.placeholder': 'Export' },
  sv: { 'export.placeholder': 'Export' },
  da: { 'export.placeholder': 'Export' }
})
