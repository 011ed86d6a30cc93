import { defineCatalog } from '../define'

export const notifyCatalog = defineCatalog({
  en: { 'notify.placeholder': 'Notify' },
  sv: { 'notify.placeholder': 'Notify' },
  da: { 'notify.placeholder': 'Notify' }
})
