import { defineCatalog } from '../define'

export const statementCatalog = defineCatalog({
  en: { 'statement.placeholder': 'Statement' },
  sv: { 'statement.placeholder': 'Statement' },
  da: { 'statement.placeholder': 'Statement' }
})
