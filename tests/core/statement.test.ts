import { describe, expect, it } from 'vitest'
import {
  STATEMENT_LIMITS,
  buildSegmentSummary,
  buildValueStatement,
  cleanStickyText,
  formatDate,
  formatFitLine,
  isPluralPhrase,
  joinList,
  lowerFirstWord,
  truncateText
} from '../../src/core/statement'
import type { ValueStatementInput } from '../../src/core/statement'
import { LOCALES } from '../../src/core/types'
import type { FitBand, Locale, Say } from '../../src/core/types'
import { tKey } from '../../src/i18n'

const NBSP = '\u00a0'

/** The statement's texts in `locale`, as main's i18n gives them to the core. */
const sayIn =
  (locale: Locale): Say =>
  (key, params) =>
    tKey(locale, key, params)

function statement(partial: Partial<ValueStatementInput> & { locale: Locale }): string {
  return buildValueStatement(
    {
      segment: '',
      products: [],
      topJob: null,
      relievers: [],
      creators: [],
      ...partial
    },
    sayIn(partial.locale)
  )
}

describe('buildValueStatement: English', () => {
  const cases: Array<[string, Partial<ValueStatementInput>, string]> = [
    [
      'one product: "helps"; two relievers, two creators, an alternative',
      {
        segment: 'Busy professionals',
        products: ['A mobile fitness app'],
        topJob: 'Track workouts',
        relievers: ['10-minute workouts', 'Intuitive design', 'Progress reminders'],
        creators: ['Personalised plans', 'Gamified rewards'],
        competitor: 'gym memberships'
      },
      'Our mobile fitness app helps busy professionals who want to track workouts by easing their pains with ' +
        '10-minute workouts and intuitive design and by creating gains with personalised plans and gamified ' +
        'rewards, unlike gym memberships.'
    ],
    [
      'two products: "help", joined with "and"',
      {
        segment: 'Busy professionals',
        products: ['App', 'Coaching'],
        topJob: 'Stay motivated',
        relievers: ['Reminders'],
        creators: ['Weekly progress report']
      },
      'Our app and coaching help busy professionals who want to stay motivated by easing their pains with ' +
        'reminders and by creating gains with weekly progress report.'
    ],
    [
      'three products: only the top two are used',
      {
        segment: 'Parents',
        products: ['Meal kit', 'Recipe app', 'Hotline'],
        topJob: 'Cook dinner fast',
        relievers: ['Pre-portioned food'],
        creators: ['Recipes children like']
      },
      'Our meal kit and recipe app help parents who want to cook dinner fast by easing their pains with ' +
        'pre-portioned food and by creating gains with recipes children like.'
    ],
    [
      'a single plural product: "help"',
      { segment: 'Teams', products: ['Workshops'], topJob: 'Align on a plan', relievers: ['Ready agendas'] },
      'Our workshops help teams who want to align on a plan by easing their pains with ready agendas. ' +
        'Still missing: gain creators.'
    ],
    [
      'only gain creators',
      { segment: 'Teams', products: ['Coaching'], topJob: 'Grow as leaders', creators: ['Peer feedback'] },
      'Our coaching helps teams who want to grow as leaders by creating gains with peer feedback. ' +
        'Still missing: pain relievers.'
    ],
    [
      'no job, no relievers, no creators: a full sentence, then what is missing',
      { segment: 'Teams', products: ['Coaching'] },
      'Our coaching helps teams. Still missing: a customer job, pain relievers and gain creators.'
    ],
    [
      'no products: says the value map has none',
      { segment: 'Teams', topJob: 'Ship faster', relievers: ['Checklists'], creators: ['Fewer bugs'] },
      'There is no value proposition for teams yet: the value map has no products or services.'
    ],
    [
      'nothing at all',
      {},
      'There is no value proposition for customers yet: the value map has no products or services. ' +
        'Still missing: a name for the segment, a customer job, pain relievers and gain creators.'
    ],
    [
      'rank markers, bullets, line breaks, extra spaces and trailing periods are cleaned',
      {
        segment: '  Busy\n   parents ',
        products: ['#1   Meal kit\nwith recipes.'],
        topJob: '1) To cook dinner in 20 minutes.',
        relievers: ['2. Pre-portioned ingredients.', '  - Delivery to the door  '],
        creators: ['3) Less food waste;']
      },
      'Our meal kit with recipes helps busy parents who want to cook dinner in 20 minutes by easing their pains ' +
        'with pre-portioned ingredients and delivery to the door and by creating gains with less food waste.'
    ],
    [
      'empty and blank stickies are skipped, the next ones are used',
      { segment: 'Teams', products: ['', '  ', 'Coaching'], topJob: '   ', relievers: ['1. ', 'Templates'] },
      'Our coaching helps teams by easing their pains with templates. Still missing: a customer job and gain creators.'
    ],
    [
      'acronyms and names keep their case',
      { segment: 'IT managers', products: ['FitPro app'], topJob: 'Report to the CFO', relievers: ['SSO'] },
      'Our FitPro app helps IT managers who want to report to the CFO by easing their pains with SSO. ' +
        'Still missing: gain creators.'
    ]
  ]
  it.each(cases)('%s', (_name, input, expected) => {
    expect(statement({ locale: 'en', ...input })).toBe(expected)
  })
})

describe('buildValueStatement: Swedish', () => {
  const cases: Array<[string, Partial<ValueStatementInput>, string]> = [
    [
      'en produkt, två besvärsdämpare, två fördelsskapare och ett alternativ',
      {
        segment: 'Småbarnsföräldrar',
        products: ['Matkasse med recept'],
        topJob: 'Att laga middag på 20 minuter',
        relievers: ['1. Färdigportionerade råvaror', '2. Leverans till dörren'],
        creators: ['Recept som barnen gillar', 'Mindre matsvinn'],
        competitor: 'att handla själv'
      },
      'Med matkasse med recept hjälper vi småbarnsföräldrar som vill laga middag på 20 minuter genom att lindra ' +
        'deras besvär med färdigportionerade råvaror och leverans till dörren och genom att ge dem fördelar med ' +
        'recept som barnen gillar och mindre matsvinn, till skillnad från att handla själv.'
    ],
    [
      'tre produkter: de två högst rankade används; inga fördelsskapare',
      {
        segment: 'Småbarnsföräldrar',
        products: ['Matkasse', 'Receptapp', 'Kundtjänst'],
        topJob: 'Planera veckans middagar',
        relievers: ['Färdiga inköpslistor']
      },
      'Med matkasse och receptapp hjälper vi småbarnsföräldrar som vill planera veckans middagar genom att lindra ' +
        'deras besvär med färdiga inköpslistor. Saknas fortfarande: fördelsskapare.'
    ],
    [
      'bara fördelsskapare',
      {
        segment: 'Pensionärer',
        products: ['Vår app'],
        topJob: 'Hålla kontakten med barnbarnen',
        creators: ['Videosamtal med ett tryck']
      },
      'Med vår app hjälper vi pensionärer som vill hålla kontakten med barnbarnen genom att ge dem fördelar med ' +
        'videosamtal med ett tryck. Saknas fortfarande: besvärsdämpare.'
    ],
    [
      'inga produkter',
      { segment: 'Pensionärer', topJob: 'Handla mat', relievers: ['Hemleverans'] },
      'Det finns inget värdeerbjudande för pensionärer ännu: värdekartan saknar produkter och tjänster. ' +
        'Saknas fortfarande: fördelsskapare.'
    ],
    [
      'ingenting ifyllt',
      {},
      'Det finns inget värdeerbjudande för kunder ännu: värdekartan saknar produkter och tjänster. ' +
        'Saknas fortfarande: ett namn på segmentet, en kunduppgift, besvärsdämpare och fördelsskapare.'
    ],
    [
      'produkt men inget annat',
      { segment: 'Föreningar', products: ['Bokningssystem'] },
      'Med bokningssystem hjälper vi föreningar. Saknas fortfarande: en kunduppgift, besvärsdämpare och fördelsskapare.'
    ]
  ]
  it.each(cases)('%s', (_name, input, expected) => {
    expect(statement({ locale: 'sv', ...input })).toBe(expected)
  })
})

describe('buildValueStatement: Danish', () => {
  const cases: Array<[string, Partial<ValueStatementInput>, string]> = [
    [
      'ét produkt, to smertelindrere, to gevinstskabere og et alternativ',
      {
        segment: 'Travle forældre',
        products: ['En madkasse med opskrifter'],
        topJob: 'At lave aftensmad på 20 minutter',
        relievers: ['Færdigportionerede råvarer', 'Levering til døren'],
        creators: ['Opskrifter til hele familien', 'Mindre madspild.'],
        competitor: 'selv at handle ind'
      },
      'Vores madkasse med opskrifter hjælper travle forældre som gerne vil lave aftensmad på 20 minutter ved at ' +
        'lindre deres smerter med færdigportionerede råvarer og levering til døren og ved at skabe gevinster for ' +
        'dem med opskrifter til hele familien og mindre madspild, i modsætning til selv at handle ind.'
    ],
    [
      'to produkter, ingen opgave, kun gevinstskabere',
      { segment: 'Travle forældre', products: ['Madkasse', 'Opskriftsapp'], creators: ['Mindre madspild'] },
      'Vores madkasse og opskriftsapp hjælper travle forældre ved at skabe gevinster for dem med mindre madspild. ' +
        'Mangler stadig: en kundeopgave og smertelindrere.'
    ],
    [
      'tre produkter: kun de to øverste',
      {
        segment: 'Studerende',
        products: ['#1 Studieapp', '#2 Mentorordning', '#3 Nyhedsbrev'],
        topJob: 'Bestå eksamen',
        relievers: ['Korte videoer']
      },
      'Vores studieapp og mentorordning hjælper studerende som gerne vil bestå eksamen ved at lindre deres ' +
        'smerter med korte videoer. Mangler stadig: gevinstskabere.'
    ],
    [
      'ingen produkter',
      {
        segment: 'Studerende',
        topJob: 'Bestå eksamen',
        relievers: ['Korte videoer'],
        creators: ['Bedre karakterer']
      },
      'Der er endnu intet værditilbud til studerende: værdikortet har ingen produkter eller services.'
    ],
    [
      'intet udfyldt',
      {},
      'Der er endnu intet værditilbud til kunder: værdikortet har ingen produkter eller services. ' +
        'Mangler stadig: et navn på segmentet, en kundeopgave, smertelindrere og gevinstskabere.'
    ]
  ]
  it.each(cases)('%s', (_name, input, expected) => {
    expect(statement({ locale: 'da', ...input })).toBe(expected)
  })
})

describe('buildValueStatement: any locale', () => {
  const locales = LOCALES.map((locale) => [locale] as const)

  it.each(locales)('%s: keeps emoji and right-to-left text as written', (locale) => {
    const text = statement({
      locale,
      segment: 'צוותי מוצר',
      products: ['🚀 Launch kit'],
      topJob: 'ship faster 🚢',
      relievers: ['צ׳קליסט מוכן'],
      creators: ['قائمة جاهزة', '👨‍👩‍👧 family plan']
    })
    for (const part of [
      'צוותי מוצר',
      '🚀 Launch kit',
      'ship faster 🚢',
      'צ׳קליסט מוכן',
      'قائمة جاهزة',
      '👨‍👩‍👧 family plan'
    ]) {
      expect(text).toContain(part)
    }
  })

  it.each(locales)(
    '%s: very long sticky texts are cut with an ellipsis and the whole stays short',
    (locale) => {
      const text = statement({
        locale,
        segment: 'segment '.repeat(60),
        products: ['product '.repeat(60), 'x'.repeat(400)],
        topJob: 'job '.repeat(200),
        relievers: ['reliever '.repeat(60), 'y'.repeat(400)],
        creators: ['creator '.repeat(60), '🙂'.repeat(400)],
        competitor: 'alternative '.repeat(60)
      })
      expect(Array.from(text).length).toBeLessThanOrEqual(STATEMENT_LIMITS.total)
      expect(text).toContain('\u2026')
      // No emoji cut in half: every high surrogate is followed by a low one.
      expect(/[\ud800-\udbff](?![\udc00-\udfff])/.test(text)).toBe(false)
    }
  )

  it.each(locales)('%s: the same input gives the same text', (locale) => {
    const input: ValueStatementInput = {
      locale,
      segment: 'A',
      products: ['B'],
      topJob: 'C',
      relievers: ['D'],
      creators: ['E']
    }
    expect(buildValueStatement(input, sayIn(input.locale))).toBe(
      buildValueStatement({ ...input }, sayIn(input.locale))
    )
  })

  it('uses at most two products, two relievers and two creators', () => {
    const text = statement({
      locale: 'en',
      segment: 'Teams',
      products: ['p1', 'p2', 'p3'],
      topJob: 'work',
      relievers: ['r1', 'r2', 'r3'],
      creators: ['c1', 'c2', 'c3']
    })
    for (const used of ['p1', 'p2', 'r1', 'r2', 'c1', 'c2']) expect(text).toContain(used)
    for (const unused of ['p3', 'r3', 'c3']) expect(text).not.toContain(unused)
  })

  it('does not mutate its input', () => {
    const input: ValueStatementInput = {
      locale: 'sv',
      segment: ' Föreningar ',
      products: ['1. Bokning'],
      topJob: 'Boka lokaler',
      relievers: ['Påminnelser.'],
      creators: []
    }
    const copy = JSON.parse(JSON.stringify(input)) as ValueStatementInput
    buildValueStatement(input, sayIn(input.locale))
    expect(input).toEqual(copy)
  })
})

describe('English agreement: one thing or several', () => {
  it.each([
    ['app', false],
    ['mobile fitness app', false],
    ['meal kit with recipes', false],
    ['coaching', false],
    ['service for teams', false],
    ['business', false],
    ['campus', false],
    ['analysis', false],
    ['SaaS', false],
    ['CRM', false],
    ['workshops', true],
    ['online courses', true],
    ['app and coaching', true],
    ['app & coaching', true],
    ['app/coaching', true],
    ['APIs', true],
    ['templates for teams', true]
  ])('%j -> plural %s', (phrase, plural) => {
    expect(isPluralPhrase(phrase)).toBe(plural)
  })
})

describe('text helpers', () => {
  it.each([
    ['  Track   workouts \n daily  ', 'Track workouts daily'],
    ['1. Track workouts', 'Track workouts'],
    ['#2 Track workouts', 'Track workouts'],
    ['3) Track workouts', 'Track workouts'],
    ['12.\tTrack workouts', 'Track workouts'],
    ['- Track workouts', 'Track workouts'],
    ['• 1. Track workouts', 'Track workouts'],
    ['Track workouts.', 'Track workouts'],
    ['Track workouts...', 'Track workouts...'],
    ['Track workouts?', 'Track workouts?'],
    ['1.5 kg less', '1.5 kg less'],
    ['#1st choice', '#1st choice'],
    ['🎯 Hit targets', '🎯 Hit targets'],
    ['1.', ''],
    ['#3', ''],
    ['', ''],
    ['   ', '']
  ])('cleanStickyText(%j) = %j', (input, expected) => {
    expect(cleanStickyText(input)).toBe(expected)
  })

  it.each([
    ['Track workouts', 'track workouts'],
    ['IT managers', 'IT managers'],
    ['FitPro app', 'FitPro app'],
    ['Spotify Premium', 'Spotify Premium'],
    ['Report to the CFO', 'report to the CFO'],
    ['A', 'A'],
    ['10-minute workouts', '10-minute workouts'],
    ['Ärliga svar', 'ärliga svar'],
    ['Ønsker mere tid', 'ønsker mere tid'],
    ['🙂 Happy', '🙂 Happy'],
    ['שלום', 'שלום']
  ])('lowerFirstWord(%j) = %j', (input, expected) => {
    expect(lowerFirstWord(input)).toBe(expected)
  })

  it.each([
    ['en', [], ''],
    ['en', ['a'], 'a'],
    ['en', ['a', 'b'], 'a and b'],
    ['en', ['a', 'b', 'c'], 'a, b and c'],
    ['sv', ['a', 'b', 'c'], 'a, b och c'],
    ['sv', ['a', 'b'], 'a och b'],
    ['da', ['a', 'b', 'c'], 'a, b og c'],
    ['da', ['a', '', 'b'], 'a og b']
  ] as Array<[Locale, string[], string]>)('joinList(%s, %j) = %j', (locale, items, expected) => {
    expect(joinList(sayIn(locale), items)).toBe(expected)
  })

  it('truncateText cuts at a word, adds an ellipsis and never splits an emoji', () => {
    expect(truncateText('short', 10)).toBe('short')
    expect(truncateText('one two three four five', 14)).toBe('one two three\u2026')
    expect(truncateText('abcdefghij', 5)).toBe('abcd\u2026')
    expect(truncateText('🙂🙂🙂🙂🙂🙂', 4)).toBe('🙂🙂🙂\u2026')
    expect(Array.from(cleanStickyText('word '.repeat(50), 20)).length).toBeLessThanOrEqual(20)
  })
})

describe('buildSegmentSummary', () => {
  it.each([
    [
      'en',
      {
        segment: 'Busy professionals',
        jobs: ['1. Track workouts', '2. Manage diet', '3. Stay motivated', '4. Sleep well'],
        pains: ['Lack of time'],
        gains: ['Quick results', 'Sense of achievement']
      },
      'Busy professionals\nTop jobs: track workouts, manage diet and stay motivated\nTop pains: lack of time\n' +
        'Top gains: quick results and sense of achievement'
    ],
    [
      'sv',
      {
        segment: 'Småbarnsföräldrar',
        jobs: ['1. Laga middag snabbt', 'Handla mat'],
        pains: [],
        gains: ['Nöjda barn', 'Mindre stress', 'Mer tid', 'Bättre ekonomi']
      },
      'Småbarnsföräldrar\nViktigaste uppgifter: laga middag snabbt och handla mat\nBesvär: inga ännu\n' +
        'Viktigaste fördelar: nöjda barn, mindre stress och mer tid'
    ],
    [
      'da',
      { segment: '', jobs: [], pains: ['Madspild.'], gains: [] },
      'Unavngivet segment\nOpgaver: ingen endnu\nStørste smerter: madspild\nGevinster: ingen endnu'
    ],
    [
      'en',
      { segment: '  ', jobs: ['  '], pains: [], gains: [] },
      'Unnamed segment\nJobs: none yet\nPains: none yet\nGains: none yet'
    ]
  ] as Array<[Locale, { segment: string; jobs: string[]; pains: string[]; gains: string[] }, string]>)(
    '%s: %j',
    (locale, input, expected) => {
      expect(buildSegmentSummary({ locale, ...input }, sayIn(locale))).toBe(expected)
    }
  )

  it.each(LOCALES.map((locale) => [locale] as const))(
    '%s: stays under the limit with long stickies',
    (locale) => {
      const long = Array.from({ length: 10 }, (_, i) => `${i} ${'word '.repeat(80)}`)
      const text = buildSegmentSummary(
        {
          locale,
          segment: 'S '.repeat(200),
          jobs: long,
          pains: long,
          gains: long
        },
        sayIn(locale)
      )
      expect(Array.from(text).length).toBeLessThanOrEqual(STATEMENT_LIMITS.total)
      expect(text.split('\n')).toHaveLength(4)
    }
  )

  it('keeps emoji and right-to-left text', () => {
    const text = buildSegmentSummary(
      {
        locale: 'en',
        segment: '🏃 רצים',
        jobs: ['לרוץ מהר'],
        pains: ['😩 shin splints'],
        gains: []
      },
      sayIn('en')
    )
    expect(text).toContain('🏃 רצים')
    expect(text).toContain('לרוץ מהר')
    expect(text).toContain('😩 shin splints')
  })
})

describe('formatFitLine', () => {
  it.each([
    ['en', 62, 'target', '2026-11-23T10:15:00.000Z', 'Fit 62% (on target) · 2026-11-23'],
    ['en', 34.6, 'weak', '2026-01-05', 'Fit 35% (weak) · 2026-01-05'],
    ['en', 88, 'strong', 'not a date', 'Fit 88% (strong)'],
    ['sv', 62, 'target', '2026-11-23T10:15:00.000Z', `Matchning 62${NBSP}% (inom målet) · 2026-11-23`],
    ['sv', 12, 'weak', '2026-11-23', `Matchning 12${NBSP}% (svag) · 2026-11-23`],
    ['da', 62, 'target', '2026-11-23T10:15:00.000Z', `Match 62${NBSP}% (inden for målet) · 23.11.2026`],
    ['da', 71, 'strong', '', `Match 71${NBSP}% (stærk)`],
    ['en', Number.NaN, 'weak', '2026-11-23', 'Fit 0% (weak) · 2026-11-23']
  ] as Array<[Locale, number, FitBand, string, string]>)(
    '%s %s %s %j',
    (locale, score, band, date, expected) => {
      expect(formatFitLine(sayIn(locale), locale, score, band, date)).toBe(expected)
    }
  )

  it('formatDate writes the day as each locale does', () => {
    expect(formatDate('en', '2026-03-09T23:59:59Z')).toBe('2026-03-09')
    expect(formatDate('sv', '2026-03-09')).toBe('2026-03-09')
    expect(formatDate('da', '2026-03-09')).toBe('09.03.2026')
    expect(formatDate('da', 'yesterday')).toBeNull()
  })
})
