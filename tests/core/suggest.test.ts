import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  evaluateSuggester,
  formatEvaluation,
  suggestLinks,
  SUGGEST_THRESHOLD,
  SUGGESTIONS_PER_ITEM,
  stopWords,
  tokenise,
  words,
  type LabelledCanvas,
  type SuggestItem
} from '../../src/core/suggest'
import type { Locale, ZoneKey } from '../../src/core/types'
import { SUGGEST_LABELLED } from './fixtures/suggest-labelled'

const VALID: Record<string, ZoneKey> = { painRelievers: 'pains', gainCreators: 'gains', products: 'jobs' }

function zoneOf(items: SuggestItem[], id: string): ZoneKey | undefined {
  return items.find((item) => item.id === id)?.zone
}

describe('suggestion quality on the labelled set', () => {
  const evaluation = evaluateSuggester(SUGGEST_LABELLED)

  /*
   * Measured at SUGGEST_THRESHOLD = 0.08 (see suggest-links.ts for the threshold sweep):
   *   all  precision 0.769  recall 0.640   (80 of 104 suggested, 125 true pairs)
   *   en   precision 0.750  recall 0.682   (30 of 40, 44)
   *   sv   precision 0.828  recall 0.571   (24 of 29, 42)
   *   da   precision 0.743  recall 0.667   (26 of 35, 39)
   * Floors are the measured values minus 0.05: about two pairs per locale (one pair is 2.4-2.6 points of recall
   * there), so harmless changes pass while a real regression fails. Without the compound-word parts, Swedish recall
   * drops to 0.55 and Danish to 0.59 at the best threshold, under these floors; a broken stemmer or stop-word
   * list costs far more. The set is small and was written by the same team, so these numbers describe this set,
   * not every board: they guard the behaviour, they are not a promise to users.
   */
  const floors: Record<Locale | 'all', { precision: number; recall: number }> = {
    all: { precision: 0.71, recall: 0.59 },
    en: { precision: 0.7, recall: 0.63 },
    sv: { precision: 0.77, recall: 0.52 },
    da: { precision: 0.69, recall: 0.61 }
  }

  it.each(['all', 'en', 'sv', 'da'] as const)('%s: precision and recall stay above their floors', (key) => {
    const scores = key === 'all' ? evaluation.overall : evaluation.perLocale[key]
    expect(scores.precision, formatEvaluation(evaluation)).toBeGreaterThanOrEqual(floors[key].precision)
    expect(scores.recall, formatEvaluation(evaluation)).toBeGreaterThanOrEqual(floors[key].recall)
  })

  it('has at least 8 canvases: 3 or more English, 2 or more Swedish and Danish', () => {
    const count = (locale: Locale): number => SUGGEST_LABELLED.filter((c) => c.locale === locale).length
    expect(SUGGEST_LABELLED.length).toBeGreaterThanOrEqual(8)
    expect(count('en')).toBeGreaterThanOrEqual(3)
    expect(count('sv')).toBeGreaterThanOrEqual(2)
    expect(count('da')).toBeGreaterThanOrEqual(2)
  })

  it('labels only valid pairs of stickies that exist', () => {
    for (const canvas of SUGGEST_LABELLED) {
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
    const strict = evaluateSuggester(SUGGEST_LABELLED, { threshold: 0.25 })
    expect(strict.overall.precision).toBeGreaterThan(evaluation.overall.precision)
    expect(strict.overall.recall).toBeLessThan(evaluation.overall.recall)
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
  it('matches Swedish inflections through the stemmer ("dyr" / "dyrt" / "dyra")', () => {
    const items = canvasOf({
      pains: ['Verkstaden är dyr', 'Lång väntetid på verkstaden', 'Bromsarna gnisslar'],
      painRelievers: ['Inte lika dyrt som förr', 'Dyra delar ingår i priset']
    })
    const suggestions = suggestLinks({ locale: 'sv', items, existing: [], rejected: [] })
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
      { fromId: 'painRelievers-0', toId: 'pains-0', kind: 'relieves', score: expect.any(Number) as number }
    ])
  })

  it.each([
    ['mobil cykelservice (cykelpendlare)', 'r4>p4'], // "Bromsjustering" / "Bromsarna"
    ['barnboksprenumeration (småbarnsföräldrar)', 'r2>p2'] // "avgifter" / "Förseningsavgifter"
  ])("%s: finds %s only through a compound word's part", (name, pair) => {
    const canvas = SUGGEST_LABELLED.find((c) => c.name === name) as LabelledCanvas
    const input = { locale: canvas.locale, items: canvas.items, existing: [], rejected: [], limit: 100 }
    const keys = (list: { fromId: string; toId: string }[]): string[] =>
      list.map((s) => `${s.fromId}>${s.toId}`)
    expect(keys(suggestLinks(input))).toContain(pair)
    const withoutParts = {
      threshold: SUGGEST_THRESHOLD,
      vectors: { partWeight: 0, minCompoundLength: 6, minPartLength: 4 }
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
          expect(s.score).toBeGreaterThanOrEqual(Math.round(SUGGEST_THRESHOLD * 1000) / 1000)
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
