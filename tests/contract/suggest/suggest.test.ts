import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_TUNING,
  evaluateSuggester,
  formatEvaluation,
  linkStructure,
  suggestLinks,
  SUGGESTIONS_PER_ITEM,
  stopWords,
  tokenise,
  words,
  type LabelledCanvas,
  type SuggestedKind,
  type SuggestItem
} from '../../../contract/suggest'
import { LINK_MODEL } from '../../../contract/suggest/link-model'
import { LOCALES, type Locale, type ZoneKey } from '../../../contract/vocabulary'
import { SUGGEST_LABELLED } from './fixtures/suggest-labelled'
import { SUGGEST_REAL } from './fixtures/suggest-real'
import {
  SUGGEST_HELD_OUT,
  SUGGEST_HELD_OUT_FIFTH,
  SUGGEST_HELD_OUT_FIRST,
  SUGGEST_HELD_OUT_FOURTH,
  SUGGEST_HELD_OUT_THIRD,
  SUGGEST_PUBLISHED_DEV,
  SUGGEST_PUBLISHED_HELD_OUT
} from './fixtures/suggest-published'

const VALID: Record<string, ZoneKey> = { painRelievers: 'pains', gainCreators: 'gains', products: 'jobs' }

function zoneOf(items: SuggestItem[], id: string): ZoneKey | undefined {
  return items.find((item) => item.id === id)?.zone
}

type Floor = { precision: number; recall: number }
type Floors = Record<'all' | Locale | SuggestedKind, Floor | null>

function checkFloors(name: string, set: LabelledCanvas[], floors: Floors): void {
  describe(`suggestion quality on ${name}`, () => {
    const evaluation = evaluateSuggester(set)
    const keys = Object.keys(floors) as (keyof Floors)[]
    it.each(keys.filter((key) => floors[key] !== null))(
      '%s: precision and recall stay above their floors',
      (key) => {
        const floor = floors[key] as Floor
        const scores =
          key === 'all'
            ? evaluation.overall
            : (LOCALES as readonly string[]).includes(key)
              ? evaluation.perLocale[key as Locale]
              : evaluation.perKind[key as SuggestedKind]
        expect(scores.precision, formatEvaluation(evaluation)).toBeGreaterThanOrEqual(floor.precision)
        expect(scores.recall, formatEvaluation(evaluation)).toBeGreaterThanOrEqual(floor.recall)
      }
    )
  })
}

/*
 * Floors are the measured figures (npm run bench prints them; README, Link suggestions) minus about two pairs of
 * precision and recall in each row: a change that loses two right pairs in one language or kind fails, ordinary
 * retuning does not. The hand-written set is what the suggester is tuned on; the development part of the later
 * published canvases may be studied; the held-out published canvases are only measured (English only: no Swedish
 * or Danish canvas with a filled value map was found).
 */
// The eighth session's pair model (contract/suggest/link-model.ts) traded recall for precision on every set (here
// 90.5 / 84.0 % -> 94.4 / 81.6 %, F1 0.871 -> 0.876; held out 62.9 / 53.4 % -> 67.6 / 52.3 %, F1 0.577 -> 0.590):
// the floors follow the measured figures as before.
checkFloors('the hand-written labelled set', SUGGEST_LABELLED, {
  all: { precision: 0.92, recall: 0.8 },
  en: { precision: 0.93, recall: 0.86 },
  sv: { precision: 0.81, recall: 0.64 },
  da: { precision: 0.9, recall: 0.8 },
  relieves: { precision: 0.92, recall: 0.88 },
  creates: { precision: 0.93, recall: 0.88 },
  serves: { precision: 0.72, recall: 0.45 }
})

// Every held-out canvas (25, 371 pairs). The 12 measured since the second session (237 pairs), the 15 the third
// session left (263 pairs), the 18 the fourth left (293 pairs) and the 24 the fifth left (359 pairs) get their own
// rows: the set grows, and those figures stay comparable across sessions. The fifth session's canvases (Ngabo's
// three, 20 pairs of which 3 share any term; the agent-training offer's two, 27 pairs; a refactoring's value map,
// 19 pairs) took the full set's relieves and creates rows down; the 293-pair row keeps the fourth session's floors.
// The seventh session added one canvas (a markdown editor, 12 pairs, 54.5 %): the full set's figures moved by a
// tenth of a point, its floors stay.
checkFloors('the held-out published canvases', SUGGEST_HELD_OUT, {
  all: { precision: 0.66, recall: 0.51 },
  en: { precision: 0.66, recall: 0.51 },
  sv: null,
  da: null,
  relieves: { precision: 0.64, recall: 0.5 },
  creates: { precision: 0.61, recall: 0.54 },
  serves: { precision: 0.74, recall: 0.46 }
})

checkFloors('the held-out canvases of the fifth session', SUGGEST_HELD_OUT_FIFTH, {
  all: { precision: 0.66, recall: 0.51 },
  en: null,
  sv: null,
  da: null,
  relieves: { precision: 0.63, recall: 0.5 },
  creates: { precision: 0.62, recall: 0.54 },
  serves: null
})

checkFloors('the held-out canvases of the fourth session', SUGGEST_HELD_OUT_FOURTH, {
  all: { precision: 0.68, recall: 0.53 },
  en: null,
  sv: null,
  da: null,
  relieves: { precision: 0.67, recall: 0.56 },
  creates: null,
  serves: null
})

checkFloors('the held-out canvases of the third session', SUGGEST_HELD_OUT_THIRD, {
  all: { precision: 0.66, recall: 0.51 },
  en: null,
  sv: null,
  da: null,
  relieves: null,
  creates: null,
  serves: null
})

checkFloors('the held-out canvases of the second session', SUGGEST_HELD_OUT_FIRST, {
  all: { precision: 0.65, recall: 0.51 },
  en: null,
  sv: null,
  da: null,
  relieves: null,
  creates: null,
  serves: null
})

// Twenty canvases, 204 pairs (7 suggested serves pairs): two pairs are a large share of the smaller rows. The
// fifth session added four canvases (46 pairs: a nutrition app's worked example, none of whose pairs shares a word;
// a task tracker's two canvases of command-line features; a municipal procurement segment), which took the set from
// 82.9 / 75.6 % to 77.8 / 69.6 %; the seventh added two (a college-management platform and a credit-scoring model,
// 23 pairs of which 10 share any term: 81.8 / 39.1 %), which took it to 78.0 / 66.2 %. These floors follow that, not
// a change of the suggester (the canvases before score as they did, and the output pin without the new canvases is
// unchanged).
checkFloors('the development part of the published canvases', SUGGEST_PUBLISHED_DEV, {
  all: { precision: 0.78, recall: 0.64 },
  en: { precision: 0.78, recall: 0.64 },
  sv: null,
  da: null,
  relieves: { precision: 0.82, recall: 0.71 },
  creates: { precision: 0.74, recall: 0.57 },
  serves: { precision: 0.28, recall: 0.18 }
})

describe('labelled sets', () => {
  it('the hand-written set has at least 8 canvases: 3 or more English, 2 or more Swedish and Danish', () => {
    const count = (locale: Locale): number => SUGGEST_LABELLED.filter((c) => c.locale === locale).length
    expect(SUGGEST_LABELLED.length).toBeGreaterThanOrEqual(8)
    expect(count('en')).toBeGreaterThanOrEqual(3)
    expect(count('sv')).toBeGreaterThanOrEqual(2)
    expect(count('da')).toBeGreaterThanOrEqual(2)
  })

  it('the published set has at least 10 canvases, each with its source and pairs of all three kinds overall', () => {
    expect(SUGGEST_REAL.length).toBeGreaterThanOrEqual(10)
    for (const canvas of SUGGEST_REAL) expect(canvas.source.length, canvas.name).toBeGreaterThan(10)
    const kinds = new Set(SUGGEST_REAL.flatMap((c) => c.pairs.map((p) => zoneOf(c.items, p.from))))
    expect([...kinds].sort()).toEqual(['gainCreators', 'painRelievers', 'products'])
  })

  it('the later published canvases name their sources, and no source is in both the development and held-out part', () => {
    const sourceOf = (canvas: { source: string }): string => canvas.source.split(',')[0] ?? ''
    for (const canvas of [...SUGGEST_PUBLISHED_DEV, ...SUGGEST_PUBLISHED_HELD_OUT])
      expect(canvas.source.length, canvas.name).toBeGreaterThan(10)
    const development = new Set(SUGGEST_PUBLISHED_DEV.map(sourceOf))
    for (const canvas of [...SUGGEST_REAL, ...SUGGEST_PUBLISHED_HELD_OUT])
      expect(development.has(sourceOf(canvas)), canvas.name).toBe(false)
    // Nor one stored document of the search library.
    const copies = (set: { source: string }[]): string[] => set.flatMap((c) => c.source.match(/\d{8,}/g) ?? [])
    const developmentCopies = new Set(copies(SUGGEST_PUBLISHED_DEV))
    expect(copies([...SUGGEST_REAL, ...SUGGEST_PUBLISHED_HELD_OUT]).filter((id) => developmentCopies.has(id))).toEqual([])
  })

  it.each([
    ['hand-written', SUGGEST_LABELLED],
    ['published, development', SUGGEST_PUBLISHED_DEV],
    ['published, held out', SUGGEST_HELD_OUT]
  ] as const)('%s: labels only valid pairs of stickies that exist, each once', (_name, set) => {
    for (const canvas of set) {
      const ids = canvas.items.map((item) => item.id)
      expect(new Set(ids).size, canvas.name).toBe(ids.length)
      const keys = canvas.pairs.map((pair) => `${pair.from}>${pair.to}`)
      expect(new Set(keys).size, canvas.name).toBe(keys.length)
      for (const pair of canvas.pairs) {
        const from = zoneOf(canvas.items, pair.from)
        expect(from, `${canvas.name} ${pair.from}`).toBeDefined()
        expect(zoneOf(canvas.items, pair.to), `${canvas.name} ${pair.from}>${pair.to}`).toBe(
          VALID[from ?? '']
        )
      }
    }
  })

  it('a higher threshold trades recall for precision', () => {
    const evaluation = evaluateSuggester(SUGGEST_LABELLED)
    const strict = evaluateSuggester(SUGGEST_LABELLED, { model: { ...LINK_MODEL, threshold: 0.6 } })
    expect(strict.overall.precision).toBeGreaterThan(evaluation.overall.precision)
    expect(strict.overall.recall).toBeLessThan(evaluation.overall.recall)
  })

  it.each([
    ['the meaning layer', { vectors: { ...DEFAULT_TUNING.vectors, conceptWeight: 0 } }],
    ['canvas-level scoring', { fromBest: 0, toBest: 0, mutualThreshold: 1, matching: false }],
    ['one-to-one matching', { matching: false }]
  ] as const)('without %s, F1 is no higher on either development set and lower on at least one', (_part, off) => {
    const f1 = (set: LabelledCanvas[], tuning?: Parameters<typeof evaluateSuggester>[1]): number =>
      evaluateSuggester(set, tuning).overall.f1
    // The sets the method is developed on; the held-out canvases are only measured (npm run bench prints them).
    const pairs = [SUGGEST_LABELLED, SUGGEST_PUBLISHED_DEV].map((set) => [f1(set, off), f1(set)] as const)
    for (const [without, full] of pairs) expect(without).toBeLessThanOrEqual(full)
    expect(pairs.some(([without, full]) => without < full)).toBe(true)
  })
})

// Generic words weigh a third (they still never link two stickies alone either way). That pays on the hand-written
// set under the hand-set rule (with the pair model of the eighth session it is a tie there: 0.876 both ways); on the development part as the fifth session grew it (18 canvases) weighing them fully scores 0.744 against
// 0.735, on the 14 before it 0.788 against 0.791. The weight stays, since a full weight loses a hand-written pair and a
// retune over it found a plateau within half a point (README, Link suggestions).
describe('damping generic words', () => {
  it('without it, the hand-written set loses F1 under the hand-set rule', () => {
    const off = { model: null, vectors: { ...DEFAULT_TUNING.vectors, genericWeight: 1 } }
    expect(evaluateSuggester(SUGGEST_LABELLED, off).overall.f1).toBeLessThan(
      evaluateSuggester(SUGGEST_LABELLED, { model: null }).overall.f1
    )
  })
})

describe('evaluateSuggester', () => {
  it('counts hits, suggestions and true pairs per locale', () => {
    const set: LabelledCanvas[] = [
      {
        name: 'tiny',
        locale: 'en',
        items: [
          { id: 'p', zone: 'pains', text: 'Invoices are paid late' },
          { id: 'q', zone: 'pains', text: 'Receipts get lost' },
          { id: 'r', zone: 'painRelievers', text: 'Reminders for late invoices' },
          { id: 's', zone: 'painRelievers', text: 'Scan receipts' }
        ],
        pairs: [
          { from: 'r', to: 'p' },
          { from: 's', to: 'q' },
          { from: 's', to: 'p' }
        ]
      }
    ]
    const { overall, perLocale } = evaluateSuggester(set)
    expect(overall).toMatchObject({ truePositives: 2, suggested: 2, expected: 3, precision: 1 })
    expect(overall.recall).toBeCloseTo(2 / 3)
    expect(overall.f1).toBeCloseTo(0.8)
    expect(perLocale.sv).toMatchObject({ precision: 0, recall: 0, f1: 0, suggested: 0, expected: 0 })
  })
})

describe('linkStructure', () => {
  it.each([
    ['a shared stem', 'Invoices are paid late', 'Reminders for late invoices', 1],
    ['a shared lexicon concept only', 'Everything is too expensive', 'Cheaper for families', 1],
    ['a shared generic word only', 'The app crashes on start', 'One app for the whole team', 0],
    ['nothing shared', 'Lost in a new city', 'Offline maps', 0]
  ] as const)('a true pair with %s is reachable: %i', (_what, pain, reliever, reachable) => {
    const set: LabelledCanvas[] = [
      {
        name: 'one pair',
        locale: 'en',
        items: [
          { id: 'p', zone: 'pains', text: pain },
          { id: 'q', zone: 'pains', text: 'Something else entirely' },
          { id: 'r', zone: 'painRelievers', text: reliever }
        ],
        pairs: [{ from: 'r', to: 'p' }]
      }
    ]
    expect(linkStructure(set)).toEqual({ pairs: 1, reachable, inManyLinks: 0 })
  })

  it('counts the pairs whose value-map or customer sticky is in another true pair', () => {
    const items: SuggestItem[] = [
      { id: 'p1', zone: 'pains', text: 'Invoices are paid late' },
      { id: 'p2', zone: 'pains', text: 'Receipts get lost' },
      { id: 'p3', zone: 'pains', text: 'Taxes are confusing' },
      { id: 'r1', zone: 'painRelievers', text: 'Reminders for late invoices' },
      { id: 'r2', zone: 'painRelievers', text: 'Scan receipts' },
      { id: 'r3', zone: 'painRelievers', text: 'Tax guide' },
      { id: 'g1', zone: 'gains', text: 'Peace of mind' },
      { id: 'c1', zone: 'gainCreators', text: 'Calm monthly summary' },
      { id: 'c2', zone: 'gainCreators', text: 'Friendly support' }
    ]
    // r2 answers two pains (two pairs); c1 and c2 share g1 (two pairs); r3 > p3 stands alone.
    const pairs = [
      { from: 'r1', to: 'p1' },
      { from: 'r2', to: 'p2' },
      { from: 'r2', to: 'p1' },
      { from: 'r3', to: 'p3' },
      { from: 'c1', to: 'g1' },
      { from: 'c2', to: 'g1' }
    ]
    const structure = linkStructure([{ name: 'many', locale: 'en', items, pairs }])
    expect(structure.pairs).toBe(6)
    expect(structure.inManyLinks).toBe(5)
  })
})

describe('tokenise', () => {
  it.each([
    ['Svårt att bära cykeln!', 'sv', ['svårt', 'att', 'bära', 'cykeln']],
    ['Dyre private lærere, på Ærø', 'da', ['dyre', 'private', 'lærere', 'på', 'ærø']],
    ['Crème brûlée — 20%/day; naïve', 'en', ['crème', 'brûlée', '20', 'day', 'naïve']],
    ['e-mail&SMS\ttwo\nlines', 'en', ['e', 'mail', 'sms', 'two', 'lines']],
    ['Gro\u00dfe Stra\u00dfe', 'en', ['große', 'straße']],
    ['', 'en', []]
  ] as const)('splits %j into lower-case words', (text, _locale, expected) => {
    expect(words(text)).toEqual(expected)
  })

  it('finds the runs of word characters a regular expression finds, on any text', () => {
    // The scanner's definition, as the regular expression it replaced: ASCII letters and digits, Latin-1 letters, Latin Extended-A.
    const reference = (text: string): string[] =>
      text.normalize('NFC').toLowerCase().match(/[a-z0-9\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f]+/g) ?? []
    const alphabet = fc.constantFrom(...'aZ9 -_.,åÄöÆøé\u0308ßİıŁł\u0180\u00f7\u00d7\u017f€\t\n'.split(''))
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(alphabet, { maxLength: 30 }).map((cs) => cs.join(''))), (text) => {
        expect(words(text)).toEqual(reference(text))
      }),
      { numRuns: 500 }
    )
  })

  it('composes decomposed letters first (a + combining ring is å)', () => {
    expect(words('Va\u0308ntetid och ko\u0308er')).toEqual(['väntetid', 'och', 'köer'])
  })

  it('drops stop words of the locale and English, then stems', () => {
    expect(tokenise('Det är för dyrt och the queue is long', 'sv')).toEqual(['dyr', 'queue', 'long'])
    expect(tokenise('Holdene er for store', 'da')).toEqual(['hold'])
  })

  it.each([
    ['sv', ['dyr', 'dyrt', 'dyra', 'dyrare']],
    ['sv', ['kartong', 'kartonger', 'kartongerna']],
    ['sv', ['snabb', 'snabbt', 'snabba']],
    ['da', ['pris', 'priser', 'prisen', 'priserne']],
    ['da', ['dyr', 'dyrt', 'dyre']],
    ['en', ['invoice', 'invoices', 'invoicing', 'invoiced']],
    ['en', ['remind', 'reminder', 'reminders', 'reminding']]
  ] as const)('%s: %j share one stem', (locale, forms) => {
    const stems = new Set(forms.map((form) => tokenise(form, locale).join(' ')))
    expect([...stems]).toHaveLength(1)
  })
})

function canvasOf(texts: Partial<Record<ZoneKey, string[]>>): SuggestItem[] {
  const items: SuggestItem[] = []
  for (const zone of Object.keys(texts) as ZoneKey[]) {
    ;(texts[zone] ?? []).forEach((text, i) => items.push({ id: `${zone}-${i}`, zone, text }))
  }
  return items
}

describe('suggestLinks', () => {
  const keysOf = (list: { fromId: string; toId: string }[]): string[] => list.map((s) => `${s.fromId}>${s.toId}`)

  it.each([
    ['Hassle-free setup', false],
    ['Risk-free trial month', false],
    ['A free plan for small teams', true]
  ] as const)('"%s" meets "expensive" through cost: %s ("-free" means without, not free of charge)', (text, meets) => {
    const items: SuggestItem[] = [
      { id: 'p', zone: 'pains', text: 'Subscriptions are expensive' },
      { id: 'r', zone: 'painRelievers', text }
    ]
    expect(keysOf(suggestLinks({ locale: 'en', items, existing: [], rejected: [] }))).toEqual(meets ? ['r>p'] : [])
  })

  it('"audit-ready" meets "auditor" through rules and audits; "closed" (not open) never meets "close" (to finish)', () => {
    const audit: SuggestItem[] = [
      { id: 'g', zone: 'gains', text: 'A decision trail the regulator accepts' },
      { id: 'c', zone: 'gainCreators', text: 'Audit-ready documentation' }
    ]
    expect(suggestLinks({ locale: 'en', items: audit, existing: [], rejected: [] })).toEqual([
      expect.objectContaining({ fromId: 'c', toId: 'g', reason: { concepts: ['compliance'], words: [] } })
    ])
    const close: SuggestItem[] = [
      { id: 'p', zone: 'pains', text: 'The shop is closed on Sundays' },
      { id: 'r', zone: 'painRelievers', text: 'Close the books in one day' }
    ]
    expect(suggestLinks({ locale: 'en', items: close, existing: [], rejected: [] })).toEqual([])
  })

  it('rescue (off by default): a pain no kept pair reaches gets its best partner, unless a drawn link touches it', () => {
    // The lockers answer "far from home" best, so "missed deliveries" loses them and nothing else reaches it.
    const items: SuggestItem[] = [
      { id: 'r1', zone: 'painRelievers', text: 'Parcel lockers open around the clock' },
      { id: 'r2', zone: 'painRelievers', text: 'Free returns by post' },
      { id: 'p1', zone: 'pains', text: 'Missed parcel deliveries while at work' },
      { id: 'p2', zone: 'pains', text: 'Parcel lockers are far from home' },
      { id: 'p3', zone: 'pains', text: 'Returning an order costs money' }
    ]
    const input = { locale: 'en' as const, items, existing: [], rejected: [] }
    // A knob of the hand-set rule, which the pair model replaces by default.
    const rule = { ...DEFAULT_TUNING, model: null }
    const plain = keysOf(suggestLinks(input, rule))
    expect(plain).not.toContain('r1>p1')
    const rescue = { ...rule, rescue: 0.05 }
    const rescued = keysOf(suggestLinks(input, rescue))
    expect(rescued).toEqual(expect.arrayContaining([...plain, 'r1>p1']))
    expect(rescued).toHaveLength(plain.length + 1)
    // Too weak a best partner is not rescued, and neither is a pain a drawn link already touches.
    expect(keysOf(suggestLinks(input, { ...rule, rescue: 0.5 }))).toEqual(plain)
    const linked = suggestLinks({ ...input, existing: [{ from: 'r2', to: 'p1' }] }, rescue)
    expect(keysOf(linked)).not.toContain('r1>p1')
    expect(keysOf(suggestLinks({ ...input, rejected: ['r1>p1'] }, rescue))).not.toContain('r1>p1')
  })

  it("many-to-many (off by default): a reliever's own best pain passes when close enough to that pain's best", () => {
    // Both reminders and late fees answer late payment; late fees match it more closely.
    const items: SuggestItem[] = [
      { id: 'r1', zone: 'painRelievers', text: 'Friendly invoice reminders by email' },
      { id: 'r2', zone: 'painRelievers', text: 'Late invoices get late fees added' },
      { id: 'r3', zone: 'painRelievers', text: 'Bank feeds import payments' },
      { id: 'p1', zone: 'pains', text: 'Clients pay invoices late' },
      { id: 'p2', zone: 'pains', text: 'Typing bank payments by hand' }
    ]
    const input = { locale: 'en' as const, items, existing: [], rejected: [] }
    // A knob of the hand-set rule, which the pair model replaces by default.
    const rule = { ...DEFAULT_TUNING, model: null }
    expect(keysOf(suggestLinks(input, rule)).sort()).toEqual(['r2>p1', 'r3>p2'])
    expect(keysOf(suggestLinks(input, { ...rule, manyToMany: 0.3 })).sort()).toEqual([
      'r1>p1',
      'r2>p1',
      'r3>p2'
    ])
    // Far from the pain's best match, the reliever's best still does not pass.
    expect(keysOf(suggestLinks(input, { ...rule, manyToMany: 0.9 })).sort()).toEqual(['r2>p1', 'r3>p2'])
  })

  it('matches Swedish inflections through the stemmer ("dyr" / "dyrt" / "dyra")', () => {
    const items = canvasOf({
      pains: ['Verkstaden är dyr', 'Lång väntetid på verkstaden', 'Bromsarna gnisslar'],
      painRelievers: ['Inte lika dyrt som förr', 'Dyra delar ingår i priset']
    })
    // Similarity alone (no canvas-level damping): the second reliever is the pain's weaker match, which the
    // default scoring leaves out, but it still meets the pain through the stem.
    const similarity = { ...DEFAULT_TUNING, fromBest: 0, toBest: 0, mutualThreshold: 1, matching: false }
    const suggestions = suggestLinks({ locale: 'sv', items, existing: [], rejected: [] }, similarity)
    expect(
      suggestions
        .filter((s) => s.toId === 'pains-0')
        .map((s) => s.fromId)
        .sort()
    ).toEqual(['painRelievers-0', 'painRelievers-1'])
  })

  it('matches Danish "pris" and "priser"', () => {
    const items = canvasOf({
      pains: ['Uforudsigelige priser', 'Ladestanderne er optaget'],
      painRelievers: ['Fast pris per kWh']
    })
    expect(suggestLinks({ locale: 'da', items, existing: [], rejected: [] })).toEqual([
      {
        fromId: 'painRelievers-0',
        toId: 'pains-0',
        kind: 'relieves',
        score: expect.any(Number) as number,
        reason: { concepts: ['cost'], words: ['pris'] }
      }
    ])
  })

  it.each([
    ['mobil cykelservice (cykelpendlare)', 'r4>p4'], // "Bromsjustering" / "Bromsarna"
    ['barnboksprenumeration (småbarnsföräldrar)', 'r2>p2'] // "avgifter" / "Förseningsavgifter"
  ])("%s: finds %s only through a compound word's parts (as a word or a concept)", (name, pair) => {
    const canvas = SUGGEST_LABELLED.find((c) => c.name === name) as LabelledCanvas
    const input = { locale: canvas.locale, items: canvas.items, existing: [], rejected: [], limit: 100 }
    const keys = (list: { fromId: string; toId: string }[]): string[] =>
      list.map((s) => `${s.fromId}>${s.toId}`)
    expect(keys(suggestLinks(input))).toContain(pair)
    const withoutParts = {
      ...DEFAULT_TUNING,
      vectors: { ...DEFAULT_TUNING.vectors, partWeight: 0, conceptWeight: 0 }
    }
    expect(keys(suggestLinks(input, withoutParts))).not.toContain(pair)
  })

  it.each(['en', 'sv', 'da'] as const)('%s: stop words alone never create a match', (locale) => {
    const list = [...stopWords(locale)]
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...list), { minLength: 1, maxLength: 8 }), {
          minLength: 6,
          maxLength: 6
        }),
        (texts) => {
          const zones: ZoneKey[] = ['pains', 'painRelievers', 'gains', 'gainCreators', 'jobs', 'products']
          const items = texts.map((t, i) => ({ id: `s${i}`, zone: zones[i] ?? 'jobs', text: t.join(' ') }))
          expect(suggestLinks({ locale, items, existing: [], rejected: [] })).toEqual([])
        }
      ),
      { numRuns: 200 }
    )
  })

  it('suggests nothing for empty, blank or punctuation-only stickies', () => {
    const items = canvasOf({ pains: ['', '   ', '!!! ???'], painRelievers: ['', '—', '...'] })
    expect(suggestLinks({ locale: 'en', items, existing: [], rejected: [] })).toEqual([])
  })

  it('respects limit, including 0', () => {
    const canvas = SUGGEST_LABELLED[0] as LabelledCanvas
    const input = { locale: canvas.locale, items: canvas.items, existing: [], rejected: [] }
    expect(suggestLinks(input)).toHaveLength(10)
    expect(suggestLinks({ ...input, limit: 3 })).toHaveLength(3)
    expect(suggestLinks({ ...input, limit: 0 })).toEqual([])
    expect(suggestLinks({ ...input, limit: 3 })).toEqual(suggestLinks(input).slice(0, 3))
  })

  it('a limit gives the first pairs of the whole list, on every labelled canvas and on one large canvas', () => {
    // A limit under a quarter of the candidates picks the first ones without sorting them all: ties keep their order.
    const canvases = [...SUGGEST_LABELLED, ...SUGGEST_PUBLISHED_DEV, ...SUGGEST_HELD_OUT]
    const english = canvases.filter((canvas) => canvas.locale === 'en')
    const big = english.flatMap((canvas, n) => canvas.items.map((item) => ({ ...item, id: `${n}:${item.id}` })))
    const inputs = canvases
      .map((canvas) => ({ locale: canvas.locale, items: canvas.items }))
      .concat([{ locale: 'en', items: big }])
    let selected = 0
    for (const { locale, items } of inputs) {
      const input = { locale, items, existing: [], rejected: [] }
      const all = suggestLinks({ ...input, limit: Number.MAX_SAFE_INTEGER })
      for (const limit of [1, 2, 5, 10, 40]) {
        expect(suggestLinks({ ...input, limit })).toEqual(all.slice(0, limit))
        if (limit < all.length / 4) selected++
      }
    }
    // The large canvas (and some published ones) take the path that selects rather than sorts.
    expect(selected).toBeGreaterThan(5)
  })

  it('suggests the same after its word and text caches start over as before', () => {
    const canvas = SUGGEST_LABELLED[0] as LabelledCanvas
    const input = { locale: canvas.locale, items: canvas.items, existing: [], rejected: [], limit: 50 }
    const before = suggestLinks(input)
    expect(before.length).toBeGreaterThan(5)
    // Over 50,000 new words (the word cache's limit) on one side only, so no pair is scored; then over 10,000 new
    // texts (the text cache's). Each cache starts over at the next call.
    const word = (n: number): string => `zq${n.toString(36).replace(/[0-9]/g, (d) => 'abcdefghij'.charAt(Number(d)))}`
    const manyWords = Array.from({ length: 520 }, (_, s) => ({
      id: `w${s}`,
      zone: 'pains' as const,
      text: Array.from({ length: 100 }, (_, w) => word(s * 100 + w)).join(' ')
    }))
    expect(suggestLinks({ ...input, items: manyWords })).toEqual([])
    expect(suggestLinks(input)).toEqual(before)
    const manyTexts = Array.from({ length: 10_100 }, (_, s) => ({ id: `t${s}`, zone: 'pains' as const, text: word(s) }))
    expect(suggestLinks({ ...input, items: manyTexts })).toEqual([])
    expect(suggestLinks(input)).toEqual(before)
    // One sticky edited between two calls: its new text counts, as on a first call.
    const edited = canvas.items.map((item, i) => (i === 0 ? { ...item, text: `${item.text} and the price` } : item))
    const afterEdit = suggestLinks({ ...input, items: edited })
    expect(suggestLinks({ ...input, items: manyWords })).toEqual([])
    expect(suggestLinks({ ...input, items: edited })).toEqual(afterEdit)
  })

  const canvasWithBlocks = fc.constantFrom(...SUGGEST_LABELLED).chain((canvas) => {
    const from = canvas.items.filter((i) => VALID[i.zone] !== undefined).map((i) => i.id)
    const all = canvas.items.map((i) => i.id)
    const pair = fc.tuple(fc.constantFrom(...from), fc.constantFrom(...all))
    return fc.record({
      canvas: fc.constant(canvas),
      existing: fc.array(
        pair.chain(([a, b]) => fc.constantFrom({ from: a, to: b }, { from: b, to: a })),
        { maxLength: 12 }
      ),
      rejected: fc.array(
        pair.map(([a, b]) => `${a}>${b}`),
        { maxLength: 12 }
      ),
      limit: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined })
    })
  })

  it('never suggests a linked (either way) or rejected pair, and keeps every promise about the list', () => {
    fc.assert(
      fc.property(canvasWithBlocks, ({ canvas, existing, rejected, limit }) => {
        const suggestions = suggestLinks({
          locale: canvas.locale,
          items: canvas.items,
          existing,
          rejected,
          limit
        })
        const blocked = new Set(rejected)
        for (const link of existing) {
          blocked.add(`${link.from}>${link.to}`)
          blocked.add(`${link.to}>${link.from}`)
        }
        expect(suggestions.length).toBeLessThanOrEqual(limit ?? 10)
        const perItem = new Map<string, number>()
        suggestions.forEach((s, i) => {
          expect(blocked.has(`${s.fromId}>${s.toId}`)).toBe(false)
          expect(zoneOf(canvas.items, s.toId)).toBe(VALID[zoneOf(canvas.items, s.fromId) ?? ''])
          const kinds: Record<string, string> = {
            painRelievers: 'relieves',
            gainCreators: 'creates',
            products: 'serves'
          }
          expect(s.kind).toBe(kinds[zoneOf(canvas.items, s.fromId) ?? ''])
          const lowest = Math.min(DEFAULT_TUNING.threshold, DEFAULT_TUNING.mutualThreshold)
          expect(s.score).toBeGreaterThanOrEqual(Math.round(lowest * 1000) / 1000)
          expect(s.score).toBeLessThanOrEqual(1)
          if (i > 0) expect(s.score).toBeLessThanOrEqual(suggestions[i - 1]?.score ?? 1)
          perItem.set(s.fromId, (perItem.get(s.fromId) ?? 0) + 1)
        })
        for (const count of perItem.values()) expect(count).toBeLessThanOrEqual(SUGGESTIONS_PER_ITEM)
      }),
      { numRuns: 300 }
    )
  })

  it('treats a link drawn from the customer side like one drawn from the value map', () => {
    const canvas = SUGGEST_LABELLED[0] as LabelledCanvas
    const input = { locale: canvas.locale, items: canvas.items, rejected: [] }
    const [top] = suggestLinks({ ...input, existing: [] })
    expect(top).toBeDefined()
    const after = suggestLinks({ ...input, existing: [{ from: top?.toId ?? '', to: top?.fromId ?? '' }] })
    expect(after.some((s) => s.fromId === top?.fromId && s.toId === top?.toId)).toBe(false)
  })

  it('is deterministic: same input, same list, whatever the item order', () => {
    for (const canvas of SUGGEST_LABELLED) {
      const input = { locale: canvas.locale, items: canvas.items, existing: [], rejected: [], limit: 100 }
      const reversed = { ...input, items: canvas.items.slice().reverse() }
      expect(suggestLinks(reversed)).toEqual(suggestLinks(input))
    }
  })
})

describe('meaning layer and canvas-level scoring', () => {
  const pairsOf = (locale: Locale, texts: Partial<Record<ZoneKey, string[]>>): string[] =>
    suggestLinks({ locale, items: canvasOf(texts), existing: [], rejected: [], limit: 100 }).map(
      (s) => `${s.fromId}>${s.toId}`
    )

  it.each([
    ['en', 'Tickets are far too expensive', 'Cheaper than a taxi for two'],
    ['en', 'Slow delivery ruins the weekend', 'Same-day delivery in the city'],
    ['en', 'I forget to take my pills', 'A reminder on my watch at nine'],
    ['sv', 'Hyran är för dyr', 'Billigare än ett eget kontor'],
    ['sv', 'Långsam leverans från lagret', 'Snabba transporter varje morgon'],
    ['da', 'Kurset er alt for dyrt', 'Billigere end en privatlærer'],
    ['da', 'Lang ventetid hos lægen', 'Svar straks via chat']
  ] as const)('%s: "%s" meets "%s" through a concept, without a shared word', (locale, pain, reliever) => {
    const pairs = pairsOf(locale, {
      pains: [pain, 'The parking is full', 'Parkeringen er fuld'],
      painRelievers: [reliever]
    })
    expect(pairs).toContain('painRelievers-0>pains-0')
  })

  it('links a product (a noun phrase) to the job it serves (a goal) through means and goals', () => {
    const pairs = pairsOf('en', {
      jobs: ['Cook dinner for the family on weeknights', 'Keep the garden tidy'],
      products: ['Weekly recipe box with ingredients', 'Lawn mowing subscription']
    })
    expect(pairs).toContain('products-0>jobs-0')
  })

  it('says why: concept keys and the words as written on the value-map sticky', () => {
    const [first] = suggestLinks({
      locale: 'en',
      items: canvasOf({
        pains: ['Invoices are too expensive to send'],
        painRelievers: ['Cheap invoices in one click']
      }),
      existing: [],
      rejected: []
    })
    expect(first?.reason.concepts).toContain('cost')
    expect(first?.reason.words).toEqual(['invoices'])
  })

  it('does not merge "integration" and "integrity" (one Snowball stem)', () => {
    const pairs = pairsOf('en', {
      pains: ['Worried about data integrity after imports'],
      painRelievers: ['Slack integration for alerts']
    })
    expect(pairs).toEqual([])
  })

  it('keeps Swedish "billig" (cheap) from meeting "bilen" (the car), whose stem it shares', () => {
    const pairs = pairsOf('sv', {
      pains: ['Bilen står still hela dagen'],
      painRelievers: ['Billig hyra per timme']
    })
    expect(pairs).toEqual([])
  })

  it('does not link on a generic word alone ("time" in "real-time" and "at all times")', () => {
    const pairs = pairsOf('en', {
      gains: ['Service maintained at all times', 'Lower bills'],
      gainCreators: ['Real-time dashboard', 'Cheaper plans for families']
    })
    expect(pairs).not.toContain('gainCreators-0>gains-0')
  })

  it('spreads: a reliever that shares a word with every pain keeps only the pain it matches best', () => {
    const pairs = pairsOf('en', {
      pains: ['Booking a court takes ages', 'Court lights broken at night', 'Court surface is slippery'],
      painRelievers: [
        'Book a court in two taps',
        'Lights repaired within a day of a report',
        'Non-slip surface relaid every spring'
      ]
    })
    expect(pairs.filter((pair) => pair.startsWith('painRelievers-0>'))).toEqual(['painRelievers-0>pains-0'])
    expect(pairs).toContain('painRelievers-1>pains-1')
    expect(pairs).toContain('painRelievers-2>pains-2')
  })
})
