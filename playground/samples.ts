/**
 * Sample boards, written as a facilitator would fill a canvas in a workshop: stickies per zone, the links the
 * team draws (reliever → pain, creator → gain, product → job) and a few votes.
 */
import type { Locale, ZoneKey } from '../contract/vocabulary'

export interface SampleSticky {
  /** Used by links and votes; not shown. */
  key: string
  text: string
}

export interface SampleBoard {
  /** Shown in the sample picker. */
  title: string
  locale: Locale
  segment: string
  product: string
  zones: Record<ZoneKey, SampleSticky[]>
  /** [from, to]: reliever → pain, creator → gain, product → job. */
  links: [string, string][]
  /** [sticky, number of stamps]. */
  votes: [string, number][]
}

/** Sticky colours per zone (FigJam palette names), so the sample reads at a glance. */
export const ZONE_COLOURS: Record<ZoneKey, string> = {
  jobs: 'Yellow',
  pains: 'Red',
  gains: 'Green',
  products: 'Blue',
  painRelievers: 'Orange',
  gainCreators: 'Teal'
}

/** The seeds' example: a fitness app for busy professionals. */
const FITNESS_EN: SampleBoard = {
  title: 'Fitness app for busy professionals (English)',
  locale: 'en',
  segment: 'Busy professionals',
  product: 'Fitness app',
  zones: {
    jobs: [
      { key: 'track', text: 'Track workouts' },
      { key: 'diet', text: 'Manage diet' },
      { key: 'motivated', text: 'Stay motivated' }
    ],
    pains: [
      { key: 'time', text: 'Lack of time' },
      { key: 'complex', text: 'Complex apps' },
      { key: 'progress', text: 'Inconsistent progress' }
    ],
    gains: [
      { key: 'quick', text: 'Quick results' },
      { key: 'easy', text: 'Easy-to-use interface' },
      { key: 'achievement', text: 'Sense of achievement' }
    ],
    products: [
      { key: 'app', text: 'Mobile fitness app' },
      { key: 'tracking', text: 'Workout tracking' },
      { key: 'meals', text: 'Meal planning' }
    ],
    painRelievers: [
      { key: 'ten', text: '10-minute workouts' },
      { key: 'intuitive', text: 'Intuitive design' },
      { key: 'reminders', text: 'Progress reminders' }
    ],
    gainCreators: [
      { key: 'plans', text: 'Personalised plans' },
      { key: 'rewards', text: 'Gamified rewards' },
      { key: 'wearables', text: 'Integration with wearables' }
    ]
  },
  links: [
    ['ten', 'time'],
    ['intuitive', 'complex'],
    ['reminders', 'progress'],
    ['plans', 'quick'],
    ['rewards', 'achievement'],
    ['tracking', 'track'],
    ['meals', 'diet'],
    ['app', 'track']
  ],
  votes: [
    ['time', 3],
    ['quick', 2],
    ['track', 1]
  ]
}

/** Parents of small children and a meal-kit service, as a Swedish team would write it. */
const MATKASSE_SV: SampleBoard = {
  title: 'Matkasse för småbarnsföräldrar (svenska)',
  locale: 'sv',
  segment: 'Småbarnsföräldrar',
  product: 'Matkasse med recept',
  zones: {
    jobs: [
      { key: 'plan', text: 'Planera veckans middagar' },
      { key: 'shop', text: 'Handla mat' },
      { key: 'cook', text: 'Laga nyttig mat till barnen' }
    ],
    pains: [
      { key: 'time', text: 'Ont om tid på vardagar' },
      { key: 'waste', text: 'Mat som slängs' },
      { key: 'picky', text: 'Barnen vägrar äta ny mat' }
    ],
    gains: [
      { key: 'calm', text: 'Lugnare middagar' },
      { key: 'eat', text: 'Barnen äter upp' },
      { key: 'cost', text: 'Koll på matkostnaden' }
    ],
    products: [
      { key: 'box', text: 'Matkasse med färdiga recept' },
      { key: 'app', text: 'App för att välja rätter' }
    ],
    painRelievers: [
      { key: 'quick', text: 'Middag på 30 minuter' },
      { key: 'exact', text: 'Exakta mängder, inget svinn' },
      { key: 'kids', text: 'Barnvänliga rätter' }
    ],
    gainCreators: [
      { key: 'price', text: 'Fast pris per portion' },
      { key: 'together', text: 'Recept att laga tillsammans med barnen' },
      { key: 'delivery', text: 'Hemleverans på kvällen' }
    ]
  },
  links: [
    ['quick', 'time'],
    ['exact', 'waste'],
    ['kids', 'picky'],
    ['price', 'cost'],
    ['together', 'eat'],
    ['box', 'plan'],
    ['app', 'shop'],
    ['box', 'cook']
  ],
  votes: [
    ['time', 4],
    ['calm', 2]
  ]
}

/** Commuters and an e-bike subscription, as a Danish team would write it. */
const ELCYKEL_DA: SampleBoard = {
  title: 'Elcykel-abonnement for pendlere (dansk)',
  locale: 'da',
  segment: 'Pendlere i byen',
  product: 'Elcykel-abonnement',
  zones: {
    jobs: [
      { key: 'arrive', text: 'Komme på arbejde til tiden' },
      { key: 'exercise', text: 'Få motion i hverdagen' },
      { key: 'save', text: 'Spare penge på transport' }
    ],
    pains: [
      { key: 'traffic', text: 'Kø og trængsel' },
      { key: 'parking', text: 'Dyr parkering' },
      { key: 'price', text: 'En ny elcykel er dyr' }
    ],
    gains: [
      { key: 'fresh', text: 'Frisk luft på vejen' },
      { key: 'predictable', text: 'Forudsigelig rejsetid' },
      { key: 'green', text: 'God klimasamvittighed' }
    ],
    products: [
      { key: 'subscription', text: 'Elcykel på abonnement' },
      { key: 'app', text: 'Service-app' }
    ],
    painRelievers: [
      { key: 'monthly', text: 'Lav fast månedspris' },
      { key: 'repair', text: 'Reparation inden for 48 timer' },
      { key: 'lanes', text: 'Ruter ad cykelstier' }
    ],
    gainCreators: [
      { key: 'stats', text: 'Træningsstatistik i appen' },
      { key: 'co2', text: 'CO₂-regnskab for turen' },
      { key: 'cancel', text: 'Opsigelse med en måneds varsel' }
    ]
  },
  links: [
    ['monthly', 'price'],
    ['lanes', 'traffic'],
    ['stats', 'fresh'],
    ['co2', 'green'],
    ['subscription', 'arrive'],
    ['subscription', 'exercise'],
    ['app', 'save']
  ],
  votes: [
    ['traffic', 3],
    ['predictable', 2],
    ['arrive', 1]
  ]
}

/** The sample boards by name (the name `loadSample` takes). */
export const SAMPLES: Readonly<Record<string, SampleBoard>> = {
  'fitness-en': FITNESS_EN,
  'matkasse-sv': MATKASSE_SV,
  'elcykel-da': ELCYKEL_DA
}
