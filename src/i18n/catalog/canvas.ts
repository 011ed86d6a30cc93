import { defineCatalog } from '../define'

/** Text drawn on the Value Proposition Canvas: zone labels, hints, title, credit. */
export const canvasCatalog = defineCatalog({
  en: {
    'zone.jobs': 'Customer jobs',
    'zone.pains': 'Pains',
    'zone.gains': 'Gains',
    'zone.products': 'Products & services',
    'zone.painRelievers': 'Pain relievers',
    'zone.gainCreators': 'Gain creators',
    'canvas.name': 'Value Proposition Canvas · {segment} · {product}'
  },
  sv: {
    'zone.jobs': 'Kundens uppgifter',
    'zone.pains': 'Besvär',
    'zone.gains': 'Fördelar',
    'zone.products': 'Produkter & tjänster',
    'zone.painRelievers': 'Besvärsdämpare',
    'zone.gainCreators': 'Fördelsskapare',
    'canvas.name': 'Värdeerbjudandekanvas · {segment} · {product}'
  },
  da: {
    'zone.jobs': 'Kundens opgaver',
    'zone.pains': 'Smerter',
    'zone.gains': 'Gevinster',
    'zone.products': 'Produkter & services',
    'zone.painRelievers': 'Smertelindrere',
    'zone.gainCreators': 'Gevinstskabere',
    'canvas.name': 'Værditilbudslærred · {segment} · {product}'
  }
})
