import { describe, expect, it } from 'vitest'
import { LOCALES, ZONE_KEYS } from '../../src/core/types'
import type { ZoneKey } from '../../src/core/types'
import {
  BMC_BLOCK_KEYS,
  isBmcBlockKey,
  labelKey,
  matchBmcBlock,
  matchZoneLabel
} from '../../src/i18n/bmc-blocks'
import { bmcBlockLabel, zoneLabel } from '../../src/i18n/index'

describe('BMC_BLOCK_KEYS', () => {
  it('lists the nine blocks once each', () => {
    expect(BMC_BLOCK_KEYS).toHaveLength(9)
    expect(new Set(BMC_BLOCK_KEYS).size).toBe(9)
  })

  it('isBmcBlockKey knows exactly those', () => {
    for (const key of BMC_BLOCK_KEYS) expect(isBmcBlockKey(key)).toBe(true)
    for (const value of ['valueProposition', 'jobs', '', null, 7]) expect(isBmcBlockKey(value)).toBe(false)
  })
})

describe('matchBmcBlock: labels that name the Value propositions block', () => {
  it.each([
    // English, as Strategyzer prints it and as people type it
    'Value Propositions',
    'Value propositions',
    'Value Proposition',
    'value proposition',
    'VALUE PROPOSITIONS',
    'Value proposition(s)',
    'Value-Propositions',
    'Value props',
    // Swedish
    'Värdeerbjudande',
    'Värdeerbjudanden',
    'Värdeerbjudande(n)',
    'Värdeerbjudandet',
    'VÄRDEERBJUDANDEN',
    // Danish
    'Værditilbud',
    'Værditilbuddet',
    'Værditilbud (Produkt / Service)',
    'Vaerditilbud',
    // German
    'Wertangebote',
    'Wertangebot',
    'Wertversprechen',
    // prefixes, suffixes, white space and more lines
    '  Value Propositions  ',
    '3. Value Propositions',
    '3) Værditilbud',
    '#3 Wertangebote',
    '🎁 Value Propositions',
    '🎁 3. Värdeerbjudanden:',
    'Value Propositions:',
    'Value Propositions :',
    'Value propositions.',
    'Value Propositions\nWhat value do we deliver?',
    'Værditilbud\r\nHvad tilbyder vi?',
    '🎁\nValue Propositions',
    'Value Propositions – what we offer',
    'Value Propositions (VP)',
    '\tVärde\u00aderbjudanden\n',
    'Va\u0308rdeerbjudande'
  ])('%j', (label) => {
    expect(matchBmcBlock(label)).toBe('valuePropositions')
  })
})

describe('matchBmcBlock: labels that name the Customer segments block', () => {
  it.each([
    'Customer Segments',
    'Customer segments',
    'Customer segment',
    'customer-segments',
    'CUSTOMER SEGMENTS',
    'Kundsegment',
    'Kundsegmenten',
    'Kundesegmenter',
    'Kundesegment',
    'Kundesegmenterne',
    'Kundensegmente',
    'Kundensegment',
    '5. Customer Segments:',
    '👥 Kundesegmenter',
    '#5 Kundsegment',
    'Customer Segments\nFor whom do we create value?',
    'Kundesegmenter: hvem skaber vi værdi for?',
    '   kundsegment   '
  ])('%j', (label) => {
    expect(matchBmcBlock(label)).toBe('customerSegments')
  })
})

describe('matchBmcBlock: labels that must not match', () => {
  it.each([
    '',
    '   ',
    '🎁',
    '3.',
    'Customer relationships',
    'Customer Relationships',
    'Kundrelationer',
    'Kunderelationer',
    'Key partners',
    'Key Partners',
    'Nøglepartnere',
    'Key activities',
    'Key resources',
    'Channels',
    'Kanaler',
    'Cost structure',
    'Revenue streams',
    'Value map',
    'Værdikort',
    'Värdekarta',
    'Value Proposition Canvas',
    'Value Proposition Canvas · Parents · Meal kit',
    'Customer profile',
    'Kundeprofil',
    'Customer',
    'Customers',
    'Segments',
    'Value',
    'Proposition',
    'Our value proposition for parents',
    'Customer segment analysis',
    'Pains',
    'Gains',
    'Customer jobs',
    'Notes\nValue propositions',
    'ערך מוצע',
    'Ценностное предложение'
  ])('%j', (label) => {
    expect(matchBmcBlock(label)).toBeNull()
  })
})

describe("matchBmcBlock recognises this plugin's own block labels", () => {
  it.each(LOCALES.map((locale) => [locale] as const))('%s', (locale) => {
    expect(matchBmcBlock(bmcBlockLabel(locale, 'valuePropositions'))).toBe('valuePropositions')
    expect(matchBmcBlock(bmcBlockLabel(locale, 'customerSegments'))).toBe('customerSegments')
    for (const block of BMC_BLOCK_KEYS) {
      if (block === 'valuePropositions' || block === 'customerSegments') continue
      expect(matchBmcBlock(bmcBlockLabel(locale, block)), block).toBeNull()
    }
  })
})

describe('matchZoneLabel', () => {
  it.each(LOCALES.map((locale) => [locale] as const))(
    '%s: the catalog labels match their own zone',
    (locale) => {
      for (const zone of ZONE_KEYS) expect(matchZoneLabel(zoneLabel(locale, zone))).toBe(zone)
    }
  )

  const cases: Array<[string, ZoneKey]> = [
    ['Customer Jobs', 'jobs'],
    ['Jobs to be done', 'jobs'],
    ['Jobs', 'jobs'],
    ['Arbete som ska utföras', 'jobs'],
    ['Kundens uppgifter', 'jobs'],
    ['Kundeopgaver', 'jobs'],
    ['Kundens opgaver', 'jobs'],
    ['Pains', 'pains'],
    ['pain points', 'pains'],
    ['Besvär', 'pains'],
    ['SMERTER', 'pains'],
    ['Gains', 'gains'],
    ['Fördelar', 'gains'],
    ['2. Gevinster:', 'gains'],
    ['Products & Services', 'products'],
    ['Products and services', 'products'],
    ['Products/services', 'products'],
    ['Produkter och tjänster', 'products'],
    ['Produkter & tjänster', 'products'],
    ['Produkter og services', 'products'],
    ['Pain Relievers', 'painRelievers'],
    ['💊 Pain relievers', 'painRelievers'],
    ['Besvärsdämpare', 'painRelievers'],
    ['Smertelindrere', 'painRelievers'],
    ['Gain Creators', 'gainCreators'],
    ['Fördelsskapare', 'gainCreators'],
    ['Gevinstskabere\nHvordan skaber vi gevinster?', 'gainCreators'],
    ['Pains (3)', 'pains']
  ]
  it.each(cases)('%j is %s', (label, zone) => {
    expect(matchZoneLabel(label)).toBe(zone)
  })

  it.each([
    'Value map',
    'Customer profile',
    'Kundprofil',
    'Værdikort',
    'Value propositions',
    'Customer segments',
    'Pain relievers and gain creators',
    'Painful',
    'Gainsharing',
    'Products we might build later',
    '',
    '🔥'
  ])('%j is no zone', (label) => {
    expect(matchZoneLabel(label)).toBeNull()
  })
})

describe('labelKey', () => {
  it.each([
    ['3. Value Propositions:', 'valuepropositions'],
    ['🎁 Värdeerbjudande(n)', 'vardeerbjudande'],
    ['Værditilbud', 'vaerditilbud'],
    ['Products & services', 'productsservices'],
    ['Produkter og services', 'produkterservices'],
    ['Customer segments – who', 'customersegments'],
    ['ערך', '']
  ])('%j -> %j', (label, key) => {
    expect(labelKey(label)).toBe(key)
  })
})
