import { defineCatalog } from '../define'

/**
 * Text drawn on the Value Proposition Canvas: zone and side labels, one hint per zone, the section name and
 * title, the credit and a short instruction line.
 *
 * Limits the layout relies on (checked in tests/core/i18n.test.ts): zone labels at most 24 characters, hints
 * a single question of at most 60 characters.
 *
 * The method's own name stays "Value Proposition Canvas" in the section name in every locale: Swedish and
 * Danish practitioners use the English name of the tool (so do the seed texts), and it keeps the credit honest.
 * Everything a team reads while working (zones, sides, hints, title, instructions) is in their language.
 */
export const canvasCatalog = defineCatalog({
  en: {
    'zone.jobs': 'Customer jobs',
    'zone.pains': 'Pains',
    'zone.gains': 'Gains',
    'zone.products': 'Products & services',
    'zone.painRelievers': 'Pain relievers',
    'zone.gainCreators': 'Gain creators',
    'zone.short.jobs': 'Jobs',
    'zone.short.pains': 'Pains',
    'zone.short.gains': 'Gains',
    'side.valueMap': 'Value map',
    'side.customerProfile': 'Customer profile',
    'hint.jobs': 'What is the customer trying to get done?',
    'hint.pains': 'What gets in their way or worries them?',
    'hint.gains': 'Which outcomes would delight them?',
    'hint.products': 'What exactly do we offer them?',
    'hint.painRelievers': 'How does the offer ease a specific pain?',
    'hint.gainCreators': 'How does the offer create a wanted gain?',
    'canvas.name': 'Value Proposition Canvas · {segment} · {product}',
    'canvas.title': '{product} for {segment}',
    'canvas.segmentFallback': 'Unnamed segment',
    'canvas.productFallback': 'Unnamed offer',
    'canvas.importedSuffix': '(imported)',
    'canvas.credit': 'The Value Proposition Canvas is by Strategyzer AG · strategyzer.com',
    'canvas.instructions':
      'Start with the customer. One idea per sticky; start the most important with #1, #2, #3 ' +
      'Connect each pain reliever to a pain, each gain creator to a gain and each product to a job.'
  },
  sv: {
    'zone.jobs': 'Kundens uppgifter',
    'zone.pains': 'Besvär',
    'zone.gains': 'Fördelar',
    'zone.products': 'Produkter och tjänster',
    'zone.painRelievers': 'Besvärsdämpare',
    'zone.gainCreators': 'Fördelsskapare',
    'zone.short.jobs': 'Uppgifter',
    'zone.short.pains': 'Besvär',
    'zone.short.gains': 'Fördelar',
    'side.valueMap': 'Värdekarta',
    'side.customerProfile': 'Kundprofil',
    'hint.jobs': 'Vad försöker kunden få gjort?',
    'hint.pains': 'Vad står i vägen eller oroar kunden?',
    'hint.gains': 'Vilka resultat skulle glädja kunden?',
    'hint.products': 'Vad är det vi faktiskt erbjuder?',
    'hint.painRelievers': 'Hur lindrar erbjudandet ett visst besvär?',
    'hint.gainCreators': 'Hur ger erbjudandet en fördel kunden vill ha?',
    'canvas.name': 'Value Proposition Canvas · {segment} · {product}',
    'canvas.title': '{product} för {segment}',
    'canvas.segmentFallback': 'Namnlöst segment',
    'canvas.productFallback': 'Namnlöst erbjudande',
    'canvas.importedSuffix': '(importerad)',
    'canvas.credit': 'Value Proposition Canvas är framtagen av Strategyzer AG · strategyzer.com',
    'canvas.instructions':
      'Börja med kunden. En idé per lapp; börja de viktigaste med #1, #2, #3 ' +
      'Koppla varje besvärsdämpare till ett besvär, varje fördelsskapare till en fördel och varje produkt till en uppgift.'
  },
  da: {
    'zone.jobs': 'Kundeopgaver',
    'zone.pains': 'Smerter',
    'zone.gains': 'Gevinster',
    'zone.products': 'Produkter og services',
    'zone.painRelievers': 'Smertelindrere',
    'zone.gainCreators': 'Gevinstskabere',
    'zone.short.jobs': 'Opgaver',
    'zone.short.pains': 'Smerter',
    'zone.short.gains': 'Gevinster',
    'side.valueMap': 'Værdikort',
    'side.customerProfile': 'Kundeprofil',
    'hint.jobs': 'Hvad prøver kunden at få gjort?',
    'hint.pains': 'Hvad står i vejen, eller hvad bekymrer kunden?',
    'hint.gains': 'Hvilke resultater ville glæde kunden?',
    'hint.products': 'Hvad er det helt præcist, vi tilbyder?',
    'hint.painRelievers': 'Hvordan lindrer tilbuddet en bestemt smerte?',
    'hint.gainCreators': 'Hvordan skaber tilbuddet en ønsket gevinst?',
    'canvas.name': 'Value Proposition Canvas · {segment} · {product}',
    'canvas.title': '{product} til {segment}',
    'canvas.segmentFallback': 'Unavngivet segment',
    'canvas.productFallback': 'Unavngivet tilbud',
    'canvas.importedSuffix': '(importeret)',
    'canvas.credit': 'Value Proposition Canvas er udviklet af Strategyzer AG · strategyzer.com',
    'canvas.instructions':
      'Begynd med kunden. Én idé pr. seddel; begynd de vigtigste med #1, #2, #3 ' +
      'Forbind hver smertelindrer med en smerte, hver gevinstskaber med en gevinst og hvert produkt med en opgave.'
  }
})
