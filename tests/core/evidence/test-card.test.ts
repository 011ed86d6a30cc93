import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  CARD_SIZE,
  compareNodeIds,
  fieldValue,
  hypothesisMessage,
  learningCardSlot,
  lowerFirst,
  readDecision,
  testCardSlot,
  testStatus
} from '../../../src/core/evidence/test-card'
import { overlaps } from '../../../src/core/layout/placement'
import type { Rect } from '../../../src/core/types'
import { testCard } from './helpers'

describe('reading a card back', () => {
  it.each([
    ['only the prompt: empty', 'To verify that, we will ', 'To verify that, we will ', ''],
    [
      'the prompt and the team’s words',
      'To verify that, we will interview 10 nurses',
      'To verify that, we will ',
      'interview 10 nurses'
    ],
    [
      'a rewritten prompt: read whole',
      'Plan: ask 10 nurses',
      'To verify that, we will ',
      'Plan: ask 10 nurses'
    ],
    [
      'the prompt with its trailing space deleted: empty',
      'To verify that, we will',
      'To verify that, we will ',
      ''
    ],
    ['everything deleted', '', 'To verify that, we will ', '']
  ])('%s', (_name, text, prompt, expected) => {
    expect(fieldValue(text, prompt)).toBe(expected)
  })

  it.each([
    ['keep', 'keep'],
    ['We KEEP it.', 'keep'],
    ['behåll', 'keep'],
    ['Vi ændrer prisen', 'change'],
    ['pivot', 'change'],
    ['drop', 'drop'],
    ['forkast', 'drop'],
    ['släpp det', 'drop'],
    ['', null],
    ['keep or drop?', null],
    ['keeping an eye on it', null]
  ])('the decision in "%s" is %s', (text, expected) => {
    expect(readDecision(text)).toBe(expected)
  })

  it.each([
    ['nothing written', {}, undefined, 'draft'],
    ['test and metric, no criteria', { test: 'a', metric: 'b' }, undefined, 'draft'],
    ['all three written', { test: 'a', metric: 'b', criteria: 'c' }, undefined, 'ready'],
    ['a learning card, no decision', {}, null, 'learning'],
    ['a decision', {}, 'change', 'decided']
  ] as const)('status: %s', (_name, fields, decision, status) => {
    expect(testStatus(testCard('t', 'i', { fields, decision }))).toBe(status)
  })
})

describe('what a new card says', () => {
  it.each([
    [
      'pains',
      'Lack of time',
      'Busy professionals',
      null,
      'test.hypothesis.pains',
      { item: 'lack of time', segment: 'busy professionals' }
    ],
    [
      'jobs',
      'Plan the week',
      '',
      null,
      'test.hypothesis.jobs.anyone',
      { item: 'plan the week', segment: '' }
    ],
    [
      'painRelievers',
      'One-tap rota',
      'Nurses',
      { zone: 'pains', text: 'Rota chaos' },
      'test.hypothesis.painRelievers.paired',
      { item: 'one-tap rota', other: 'rota chaos' }
    ],
    [
      'products',
      'SaaS dashboard',
      'x',
      null,
      'test.hypothesis.products',
      { item: 'SaaS dashboard', other: '' }
    ]
  ] as const)('%s: %s', (zone, text, segment, paired, key, params) => {
    expect(hypothesisMessage(zone, text, segment, paired)).toEqual({ key, params })
  })

  it('keeps acronyms and flattens lines', () => {
    expect(lowerFirst('NPS above 40')).toBe('NPS above 40')
    expect(hypothesisMessage('gains', 'Faster\nrota', '', null).params.item).toBe('faster rota')
  })
})

describe('where cards go: the tests area beside the canvas, covering nothing', () => {
  const canvas: Rect = { x: 0, y: 0, width: 3000, height: 2000 }
  it('the first card sits right of the canvas, near its top but below the fit card’s band', () => {
    expect(testCardSlot(canvas, [canvas])).toMatchObject({ x: 3120, y: 300 })
  })

  it('the learning card goes right beside its test card', () => {
    const test = testCardSlot(canvas, [canvas])
    expect(learningCardSlot(test, [canvas, test])).toMatchObject({
      x: test.x + CARD_SIZE.width + 120,
      y: 300
    })
  })

  it('property: a new card never overlaps anything on the page, and neither does its learning card', () => {
    const box = fc.record({
      x: fc.integer({ min: -2000, max: 9000 }),
      y: fc.integer({ min: -2000, max: 6000 }),
      width: fc.integer({ min: 10, max: 3000 }),
      height: fc.integer({ min: 10, max: 3000 })
    })
    fc.assert(
      fc.property(fc.array(box, { maxLength: 12 }), (others) => {
        const occupied = [canvas, ...others]
        const slot = testCardSlot(canvas, occupied)
        for (const other of occupied) expect(overlaps(slot, other)).toBe(false)
        const learning = learningCardSlot(slot, [...occupied, slot])
        for (const other of [...occupied, slot]) expect(overlaps(learning, other)).toBe(false)
      }),
      { numRuns: 300 }
    )
  })
})

describe('compareNodeIds: the earliest card of a test, whatever the page order', () => {
  it.each([
    ['1:9', '1:61', -1],
    ['1:61', '1:9', 1],
    ['1:61', '1:61', 0],
    ['2:1', '10:1', -1],
    ['12:3', '3:50', 1],
    ['1:2', 'I5:7', -1],
    ['I5:7', '1:2', 1],
    ['b', 'a', 1]
  ])('%s against %s', (a, b, sign) => {
    expect(Math.sign(compareNodeIds(a, b))).toBe(sign)
  })
})
