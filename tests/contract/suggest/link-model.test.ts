import { describe, expect, it } from 'vitest'
import { DEFAULT_TUNING, evaluateSuggester, suggestLinks, type SuggestItem } from '../../../contract/suggest'
import { LINK_MODEL, linkProbability } from '../../../contract/suggest/link-model'
import { buildVectors } from '../../../contract/suggest/private/build-vectors'
import { trainLinkModel } from '../../../contract/suggest/train-link-model'
import { SUGGEST_LABELLED } from './fixtures/suggest-labelled'
import { SUGGEST_PUBLISHED_DEV } from './fixtures/suggest-published'

describe('the pair model', () => {
  it('ships the weights that training on the development part gives (bench/suggest-train.ts)', () => {
    expect(trainLinkModel(SUGGEST_PUBLISHED_DEV)).toEqual(LINK_MODEL)
  })

  it('is the default, and scores above the hand-set rule on the hand-written and development sets', () => {
    expect(DEFAULT_TUNING.model).toBe(LINK_MODEL)
    for (const set of [SUGGEST_LABELLED, SUGGEST_PUBLISHED_DEV]) {
      expect(evaluateSuggester(set).overall.f1).toBeGreaterThan(
        evaluateSuggester(set, { model: null }).overall.f1
      )
    }
  })

  it('rates a matched pair, a closer pair and a pair with fewer rivals higher', () => {
    const base = linkProbability(LINK_MODEL, 0.2, 0.8, 0.8, false, 3, 3)
    expect(linkProbability(LINK_MODEL, 0.2, 0.8, 0.8, true, 3, 3)).toBeGreaterThan(base)
    expect(linkProbability(LINK_MODEL, 0.4, 0.8, 0.8, false, 3, 3)).toBeGreaterThan(base)
    expect(linkProbability(LINK_MODEL, 0.2, 0.8, 0.8, false, 1, 1)).toBeGreaterThan(base)
    expect(linkProbability(LINK_MODEL, 0.2, 1, 1, false, 3, 3)).toBeGreaterThan(base)
  })

  it('suggests at most two customer stickies per value-map sticky, each with its probability as the score', () => {
    const items: SuggestItem[] = [
      { id: 'r1', zone: 'painRelievers', text: 'Invoice reminders, invoice tracking and invoice export' },
      { id: 'p1', zone: 'pains', text: 'Invoice reminders get lost' },
      { id: 'p2', zone: 'pains', text: 'Invoice tracking by hand' },
      { id: 'p3', zone: 'pains', text: 'Invoice export is broken' }
    ]
    const input = { locale: 'en' as const, items, existing: [], rejected: [] }
    const threeAllowed = suggestLinks(input, { ...DEFAULT_TUNING, model: { ...LINK_MODEL, perItem: 3 } })
    expect(threeAllowed).toHaveLength(3)
    const suggested = suggestLinks(input)
    expect(suggested).toHaveLength(2)
    expect(suggested.map((s) => s.score)).toEqual(threeAllowed.slice(0, 2).map((s) => s.score))
    for (const s of suggested) expect(s.score).toBeGreaterThanOrEqual(LINK_MODEL.threshold)
  })
})

/** The words and parts two sticky texts share, as the suggester's vectors see them. */
function shared(locale: 'en' | 'sv' | 'da', a: string, b: string, innerPartLength?: number): string[] {
  const options = { ...DEFAULT_TUNING.vectors, ...(innerPartLength === undefined ? {} : { innerPartLength }) }
  const v = buildVectors([a, b], locale, options)
  const termsOf = (i: number): Set<number> => new Set(v.terms.subarray(v.offsets[i], v.offsets[i + 1]))
  const second = termsOf(1)
  return [...termsOf(0)]
    .filter((term) => second.has(term) && v.conceptOf[term] === null)
    .map((term) => v.wordOf(1, term) ?? v.wordOf(0, term) ?? '')
}

describe('compound parts inside a Swedish or Danish word', () => {
  it('Danish "prissammenligning" (price comparison) meets "sammenligne" (compare), not only "priser"', () => {
    const a = 'Prissammenligning på tværs af butikker'
    const b = 'Svært at sammenligne priser'
    expect(shared('da', a, b)).toEqual(expect.arrayContaining(['priser', 'sammenligne']))
    expect(shared('da', a, b, 0)).not.toContain('sammenligne')
  })

  it('Swedish "kundtjänstsamtal" (a customer-service call) meets "tjänsten" (the service) inside it', () => {
    const a = 'Kundtjänstsamtal inom en minut'
    const b = 'Tjänsten svarar aldrig'
    expect(shared('sv', a, b)).toContain('tjänsten')
    expect(shared('sv', a, b, 0)).not.toContain('tjänsten')
  })

  it('Danish "kundeserviceafdeling" meets "servicen" inside it', () => {
    expect(shared('da', 'Ny kundeserviceafdeling', 'Servicen er langsom')).toContain('servicen')
  })

  it('needs a few letters before the part and never looks inside English words', () => {
    // "lad" (3 letters) is too short a part; the same letters in an English canvas are not split inside.
    expect(shared('da', 'Opladning på en time', 'Lad bilen stå')).toEqual([])
    expect(shared('da', 'Kundtjenestesamtale', 'Tjenesten')).toContain('tjenesten')
    expect(shared('en', 'Kundtjenestesamtale', 'Tjenesten')).toEqual([])
  })
})
