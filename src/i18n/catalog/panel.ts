import { defineCatalog } from '../define'

export const panelCatalog = defineCatalog({
  en: { 'panel.placeholder': 'Panel' },
  sv: { 'panel.placeholder': 'Panel' },
  da: { 'panel.placeholder': 'Panel' }
})
