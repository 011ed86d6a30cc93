import { defineCatalog } from '../define'

export const checklistCatalog = defineCatalog({
  en: { 'checklist.placeholder': 'Checklist' },
  sv: { 'checklist.placeholder': 'Checklist' },
  da: { 'checklist.placeholder': 'Checklist' }
})
