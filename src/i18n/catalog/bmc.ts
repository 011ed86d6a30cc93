import { defineCatalog } from '../define'

export const bmcCatalog = defineCatalog({
  en: { 'bmc.placeholder': 'Bmc' },
  sv: { 'bmc.placeholder': 'Bmc' },
  da: { 'bmc.placeholder': 'Bmc' }
})
