/**
 * Hostile and odd boards against today's features: test cards and learning cards, evidence, the import and the
 * exports. Every command answers once, changes nothing people made, is one undo step and says one clear thing
 * (in full, without API internals).
 */
import { describe, expect, it } from 'vitest'
import type { FigJamFake } from '../../../fake'
import { createTestCardAsync } from '../../../src/commands/create-test-card-async'
import { recordLearningAsync } from '../../../src/commands/record-learning-async'
import { setEvidenceAsync } from '../../../src/commands/set-evidence-async'
import { checkFitAsync } from '../../../src/commands/check-fit-async'
import { DATA_KEYS, getData } from '../../../src/adapter/plugin-data'
import { overlaps } from '../../../src/core/layout/placement'
import type { Locale, Rect } from '../../../src/core/types'
import { useFake } from '../harness'
import { canvasWith } from './canvas'
import { canvases, differences, oracle, zonePoint } from './board'
import { LiveBoard } from '../../../src/adapter/live-board'
import { insertVpcAsync } from '../../../src/commands/insert-vpc-async'
import { analyzeBoard, reportWithoutTime } from '../../../src/core/analyze'
import type { TestCanvas } from './canvas'
import type { Observed } from './observe'
import { commandAsync, expectDone, expectRefused, raceAsync } from './observe'
import { PanelDriver, settle } from './panel'

/** Words that only an error from inside the API or the runtime would put in front of a person. */
const INTERNALS = /undefined|null|NaN|\[object|TypeError|RangeError|Error:|at \w+ \(|figma\.|valibot|Expected|Received/

function expectPlain(observed: Observed): void {
  expect(observed.answer.message).not.toMatch(INTERNALS)
  expect(observed.answer.message.length).toBeLessThanOrEqual(100)
}

const CONTENT = {
  jobs: ['Get to work on time', 'Stay fit'],
  pains: ['Bikes are never there', 'Rain'],
  gains: ['Arrive fresh'],
  products: ['Bike sharing app'],
  painRelievers: ['Reserve a bike'],
  gainCreators: ['Monthly pass']
}

async function canvas(fake: FigJamFake, locale: Locale = 'en', extra: string[] = []): Promise<TestCanvas> {
  return canvasWith(fake, { ...CONTENT, pains: [...CONTENT.pains, ...extra] }, { locale })
}

function cards(fake: FigJamFake, key: 'testCard' | 'learningCard'): SectionNode[] {
  void fake
  return figma.currentPage
    .findAllWithCriteria({ types: ['SECTION'] })
    .filter((section) => getData(section, DATA_KEYS[key]) !== '')
}

function box(node: SceneNode): Rect {
  const b = node.absoluteBoundingBox as Rect
  return { x: b.x, y: b.y, width: b.width, height: b.height }
}

function fieldOf(card: SectionNode, name: string): ShapeWithTextNode {
  const found = card
    .findAllWithCriteria({ types: ['SHAPE_WITH_TEXT'] })
    .find((shape) => getData(shape, DATA_KEYS.field) === name)
  if (!found) throw new Error(`no ${name} field`)
  return found
}

/** Boxes of every node a person made (stickies, sections, shapes), but the cards themselves. */
function peoplesBoxes(fake: FigJamFake, except: ReadonlySet<string>): Rect[] {
  return fake.inspect
    .nodes()
    .filter((node) => ['STICKY', 'SHAPE_WITH_TEXT', 'SECTION', 'TEXT'].includes(node.type))
    .filter((node) => (node.sharedPluginData.vpcfit?.role ?? '') === '' && !except.has(node.id))
    .map((node) => node.box)
}

const create = (c: TestCanvas, item: string, locale: Locale = 'en') => () =>
  createTestCardAsync({ canvasId: c.id, itemId: c.sticky[item] as string, locale })

describe('hostile boards: test cards', () => {
  it('the tests area beside the canvas is full of people’s stickies: the card goes where nothing is, nothing moves', async () => {
    const fake = useFake()
    const c = await canvas(fake)
    const b = box(c.section)
    for (let col = 0; col < 12; col += 1)
      for (let row = 0; row < 12; row += 1)
        fake.user.addSticky({ text: `note ${col}.${row}`, x: b.x + b.width + 20 + col * 260, y: b.y + row * 260 })
    const observed = await commandAsync(fake, create(c, 'Rain'))
    expectDone(observed, 'Test card drawn for “Rain”: write the test, metric and criteria on it.')
    const [card] = cards(fake, 'testCard')
    const inside = new Set(card!.findAll(() => true).map((node) => node.id))
    inside.add(card!.id)
    for (const other of peoplesBoxes(fake, inside)) expect(overlaps(box(card!), other)).toBe(false)
  })

  it('a canvas far out at the page’s negative edge: the card is drawn beside it, over nothing', async () => {
    const fake = useFake()
    const c = await canvas(fake)
    const b = box(c.section)
    fake.user.move(c.section, -60_000 - b.width, -60_000)
    const observed = await commandAsync(fake, create(c, 'Rain'))
    expectDone(observed)
    const [card] = cards(fake, 'testCard')
    expect(box(card!).x).toBeGreaterThanOrEqual(-60_000)
    expect(box(card!).x).toBeLessThan(0)
  })

  it('the item sticky grouped inside the canvas: card drawn, the sticky keeps parent, place and text', async () => {
    const fake = useFake()
    const c = await canvas(fake)
    const rain = (await figma.getNodeByIdAsync(c.sticky['Rain'] as string)) as StickyNode
    const other = (await figma.getNodeByIdAsync(c.sticky['Bikes are never there'] as string)) as StickyNode
    const group = fake.user.group([rain, other])
    const before = [rain.parent?.id, rain.x, rain.y, rain.text.characters]
    expect(group.parent?.id).toBe(c.id)
    const observed = await commandAsync(fake, create(c, 'Rain'))
    expectDone(observed, /^Test card drawn for “Rain”/)
    expect(cards(fake, 'testCard')).toHaveLength(1)
    expect([rain.parent?.id, rain.x, rain.y, rain.text.characters]).toEqual(before)
  })

  it('the item’s sticky deleted before the command runs: refused, clearly, nothing drawn', async () => {
    const fake = useFake()
    const c = await canvas(fake)
    fake.user.delete([c.sticky['Rain'] as string])
    const observed = await commandAsync(fake, create(c, 'Rain'))
    expectRefused(observed, 'That sticky is no longer on this canvas.')
    expectPlain(observed)
  })

  it('the item’s sticky deleted while the card is being drawn (at the font load): refused, nothing half-drawn', async () => {
    const fake = useFake()
    const c = await canvas(fake)
    const observed = await raceAsync(fake, create(c, 'Rain'), () => fake.user.delete([c.sticky['Rain'] as string]), {
      atFontLoad: true
    })
    expectRefused(observed, 'That sticky is no longer on this canvas.')
    expect(cards(fake, 'testCard')).toHaveLength(0)
  })

  it('the canvas deleted while the card is being drawn: refused, nothing drawn', async () => {
    const fake = useFake()
    const c = await canvas(fake)
    const observed = await raceAsync(fake, create(c, 'Rain'), () => fake.user.delete([c.section]), {
      atFontLoad: true
    })
    expect(observed.answer.ok).toBe(false)
    expect(observed.changed).toBe(false)
    expect(observed.told).toHaveLength(1)
    expectPlain(observed)
  })

  it('twice for the same item at once (two clicks): one card, the second is told why', async () => {
    const fake = useFake()
    const c = await canvas(fake)
    const panel = await PanelDriver.openAsync(fake)
    const before = panel.answers.length
    for (const requestId of ['a', 'b'])
      fake.session.sendFromUi(['CREATE_TEST_CARD', { requestId, canvasId: c.id, itemId: c.sticky['Rain'] }])
    await settle(fake)
    expect(cards(fake, 'testCard')).toHaveLength(1)
    expect(panel.answers.slice(before).map((a) => [a.requestId, a.ok, a.message])).toEqual([
      ['a', true, 'Test card drawn for “Rain”: write the test, metric and criteria on it.'],
      ['b', false, '“Rain” already has a test card in progress.']
    ])
  })

  it('a sticky of another canvas asked for: refused, nothing drawn', async () => {
    const fake = useFake()
    const a = await canvas(fake)
    const b = await canvas(fake)
    const observed = await commandAsync(fake, () =>
      createTestCardAsync({ canvasId: a.id, itemId: b.sticky['Rain'] as string, locale: 'en' })
    )
    expectRefused(observed, 'That sticky is no longer on this canvas.')
  })

  it('an id that is the canvas section itself or a test card, not a sticky: refused', async () => {
    const fake = useFake()
    const c = await canvas(fake)
    expectRefused(
      await commandAsync(fake, () => createTestCardAsync({ canvasId: c.id, itemId: c.id, locale: 'en' })),
      'That sticky is no longer on this canvas.'
    )
    expectDone(await commandAsync(fake, create(c, 'Rain')))
    const [card] = cards(fake, 'testCard')
    expectRefused(
      await commandAsync(fake, () => createTestCardAsync({ canvasId: c.id, itemId: card!.id, locale: 'en' })),
      'That sticky is no longer on this canvas.'
    )
    expectRefused(
      await commandAsync(fake, () => createTestCardAsync({ canvasId: card!.id, itemId: c.sticky['Rain'] as string, locale: 'en' })),
      /\S/
    )
  })

  const HOSTILE = [
    ['600 characters', 'r'.repeat(600)],
    ['emoji', '🌧️ Rain 🚲‍💨 again 👩🏽‍💻'],
    ['right-to-left', 'גשם בבוקר مطر'],
    ['zero-width characters', 'R\u200Ba\u200Ci\u200Dn\uFEFF'],
    ['an HTML script', '<script>alert(1)</script><img src=x onerror=alert(2)>'],
    ['a spreadsheet formula', '=cmd|\' /C calc\'!A0'],
    ['only whitespace and newlines', ' \n\n\t '],
    ['a lone surrogate', 'Rain \uD83D end'],
    ['Markdown', '# Heading\n- [x] [link](javascript:alert(1)) **bold** `code`']
  ] as const

  it.each(HOSTILE)('an item of %s: card drawn, its text copied exactly, message short and plain', async (_case, text) => {
    const fake = useFake()
    const c = await canvas(fake, 'en', [text])
    const observed = await commandAsync(fake, create(c, text))
    expectDone(observed, /^Test card drawn for “/)
    expectPlain(observed)
    const [card] = cards(fake, 'testCard')
    expect(card!.name.length).toBeLessThanOrEqual(100)
    expect(fieldOf(card!, 'hypothesis').text.characters).toContain(text.replace(/\s+/g, ' ').trim().slice(1, 10))
    const learned = await commandAsync(fake, () => recordLearningAsync({ testId: card!.id, locale: 'en' }))
    expectDone(learned, 'Learning card drawn: write what you saw, then keep, change or drop.')
    const [learning] = cards(fake, 'learningCard')
    expect(learning!.name.length).toBeLessThanOrEqual(100)
    const evidence = await commandAsync(fake, () =>
      setEvidenceAsync({ canvasId: c.id, itemId: c.sticky[text] as string, level: 'did', locale: 'en' })
    )
    expectDone(evidence)
    expectPlain(evidence)
  })

  it.each([
    ['en', 'Test card drawn for “(empty sticky)”', 'Test card: (empty sticky)'],
    ['sv', '(tom lapp)', 'Testkort: (tom lapp)'],
    ['da', '(tom seddel)', 'Testkort: (tom seddel)']
  ] as const)('an empty sticky in %s is called one, never empty quotes', async (locale, says, name) => {
    const fake = useFake()
    const c = await canvas(fake, locale, [' \n '])
    const observed = await commandAsync(fake, create(c, ' \n ', locale), locale)
    expectDone(observed)
    expect(observed.answer.message).toContain(says)
    expect(observed.answer.message).not.toContain('“”')
    const [card] = cards(fake, 'testCard')
    expect(card!.name).toBe(name)
  })

  it('an item of 20,000 characters grows its sticky off the canvas: the card is refused, honestly', async () => {
    const fake = useFake()
    const long = 'r'.repeat(20_000)
    const c = await canvas(fake, 'en', [long])
    const observed = await commandAsync(fake, create(c, long))
    expectRefused(observed, 'That sticky is no longer on this canvas.')
  })

  it.each([
    ['sv', /^Testkort/],
    ['da', /^Testkort/]
  ] as const)('a %s canvas, asked in %s: the cards in that language, the message too', async (locale, name) => {
    const fake = useFake()
    const c = await canvas(fake, locale)
    const observed = await commandAsync(fake, create(c, 'Rain', locale), locale)
    expectDone(observed)
    expectPlain(observed)
    expect(observed.answer.message).not.toMatch(/Test card drawn/)
    const [card] = cards(fake, 'testCard')
    expect(card!.name).toMatch(name)
    const learned = await commandAsync(fake, () => recordLearningAsync({ testId: card!.id, locale }), locale)
    expectDone(learned)
    expect(learned.answer.message).not.toMatch(/Learning card drawn/)
  })
})

describe('hostile boards: learning cards', () => {
  async function withTest(fake: FigJamFake) {
    const c = await canvas(fake)
    expectDone(await commandAsync(fake, create(c, 'Rain')))
    const [card] = cards(fake, 'testCard')
    return { c, card: card! }
  }
  const learn = (card: SectionNode) => () => recordLearningAsync({ testId: card.id, locale: 'en' })

  it('the test card deleted: refused, clearly, nothing drawn', async () => {
    const fake = useFake()
    const { card } = await withTest(fake)
    const id = card.id
    fake.user.delete([card])
    const observed = await commandAsync(fake, () => recordLearningAsync({ testId: id, locale: 'en' }))
    expectRefused(observed, /\S/)
    expectPlain(observed)
  })

  it('the test card deleted while the learning card is drawn (at the font load): refused, nothing drawn', async () => {
    const fake = useFake()
    const { card } = await withTest(fake)
    const observed = await raceAsync(fake, learn(card), () => fake.user.delete([card]), { atFontLoad: true })
    expect(observed.answer.ok).toBe(false)
    expect(observed.changed).toBe(false)
    expect(cards(fake, 'learningCard')).toHaveLength(0)
  })

  it('every field of the test card deleted or typed empty: the learning card is drawn, no broken text', async () => {
    const fake = useFake()
    const { card } = await withTest(fake)
    for (const name of ['hypothesis', 'test', 'metric', 'criteria']) fake.user.typeInto(fieldOf(card, name), '')
    const observed = await commandAsync(fake, learn(card))
    expectDone(observed)
    const [learning] = cards(fake, 'learningCard')
    for (const shape of learning!.findAllWithCriteria({ types: ['SHAPE_WITH_TEXT'] }))
      expect(shape.text.characters).not.toMatch(INTERNALS)
  })

  it('the test card’s fields deleted as nodes: the learning card is drawn, no broken text', async () => {
    const fake = useFake()
    const { card } = await withTest(fake)
    fake.user.delete(card.findAllWithCriteria({ types: ['SHAPE_WITH_TEXT'] }))
    const observed = await commandAsync(fake, learn(card))
    expectDone(observed)
    const [learning] = cards(fake, 'learningCard')
    expect(learning!.name).not.toMatch(INTERNALS)
  })

  it('the test card moved onto the canvas: the learning card lands over nothing people made', async () => {
    const fake = useFake()
    const { c, card } = await withTest(fake)
    const b = box(c.section)
    fake.user.move(card, b.x + b.width / 2 - 200, b.y + b.height / 2 - 150)
    const observed = await commandAsync(fake, learn(card))
    expectDone(observed)
    const [learning] = cards(fake, 'learningCard')
    const inside = new Set([learning!.id, ...learning!.findAll(() => true).map((node) => node.id)])
    for (const other of peoplesBoxes(fake, inside)) {
      if (other.width >= b.width) continue // the canvas's own section holds the test card now
      expect(overlaps(box(learning!), other), JSON.stringify(other)).toBe(false)
    }
  })

  it('the test card moved onto the canvas: its fields are not read as stickies of the canvas, the fit stays', async () => {
    const fake = useFake()
    const { c, card } = await withTest(fake)
    const before = oracle().find((o) => o.report.canvas.id === c.id)!.report
    const b = box(c.section)
    fake.user.move(card, b.x + b.width / 2 - 200, b.y + b.height / 2 - 150)
    const after = oracle().find((o) => o.report.canvas.id === c.id)!.report
    expect(after.zones).toEqual(before.zones)
    expect(after.unplaced).toEqual(before.unplaced)
    expect(after.fit).toEqual(before.fit)
    expect(after.evidence.tests.map((test) => test.id)).toEqual([card.id])
    const checked = await commandAsync(fake, () => checkFitAsync({ canvasId: c.id, locale: 'en' }))
    expectDone(checked)
  })

  it('the test card’s connector deleted and its item sticky deleted: the learning card is still drawn', async () => {
    const fake = useFake()
    const { c, card } = await withTest(fake)
    fake.user.delete(figma.currentPage.findAllWithCriteria({ types: ['CONNECTOR'] }).filter((k) => 'endpointNodeId' in k.connectorEnd && k.connectorEnd.endpointNodeId === c.sticky['Rain']))
    fake.user.delete([c.sticky['Rain'] as string])
    const observed = await commandAsync(fake, learn(card))
    expectDone(observed)
    expectPlain(observed)
  })

  it('its learning card deleted: a new one can be recorded; twice from the panel at once gives one', async () => {
    const fake = useFake()
    const { card } = await withTest(fake)
    expectDone(await commandAsync(fake, learn(card)))
    fake.user.delete(cards(fake, 'learningCard'))
    const panel = await PanelDriver.openAsync(fake)
    const before = panel.answers.length
    for (const requestId of ['a', 'b']) fake.session.sendFromUi(['RECORD_LEARNING', { requestId, testId: card.id }])
    await settle(fake)
    expect(cards(fake, 'learningCard')).toHaveLength(1)
    expect(panel.answers.slice(before).map((a) => [a.requestId, a.ok, a.message])).toEqual([
      ['a', true, 'Learning card drawn: write what you saw, then keep, change or drop.'],
      ['b', false, 'This test already has a learning card.']
    ])
  })

  it('an id that is a sticky, the canvas or a learning card: refused', async () => {
    const fake = useFake()
    const { c, card } = await withTest(fake)
    expectDone(await commandAsync(fake, learn(card)))
    const [learning] = cards(fake, 'learningCard')
    for (const id of [c.sticky['Rain'] as string, c.id, learning!.id, '0:0', '999:999']) {
      const observed = await commandAsync(fake, () => recordLearningAsync({ testId: id, locale: 'en' }))
      expectRefused(observed, /\S/)
      expectPlain(observed)
    }
  })

  it('a copy of a test card (pasted by a person): its learning card is for the copy, not the original', async () => {
    const fake = useFake()
    const { card } = await withTest(fake)
    const [copy] = fake.user.duplicate([card], { offset: { x: 0, y: 2_000 } })
    const observed = await commandAsync(fake, () => recordLearningAsync({ testId: (copy as SectionNode).id, locale: 'en' }))
    expectDone(observed)
    expectDone(await commandAsync(fake, learn(card)))
    expect(cards(fake, 'learningCard')).toHaveLength(2)
  })

  it('its canvas deleted: the learning card is still drawn beside the test card, told once', async () => {
    const fake = useFake()
    const { c, card } = await withTest(fake)
    fake.user.delete([c.section])
    const observed = await commandAsync(fake, learn(card))
    expectDone(observed, 'Learning card drawn: write what you saw, then keep, change or drop.')
    const [learning] = cards(fake, 'learningCard')
    expect(learning!.name).not.toMatch(INTERNALS)
  })

  it('the test card moved to another page: refused on this page, nothing drawn', async () => {
    const fake = useFake()
    const { card } = await withTest(fake)
    const other = figma.createPage()
    other.appendChild(card)
    const observed = await commandAsync(fake, learn(card))
    expectRefused(observed, /\S/)
    expectPlain(observed)
  })
})

describe('hostile boards: card text that outgrows the canvas’s storage', () => {
  it('80,000 characters typed into each field of a test card: check fit, learning and evidence still answer clearly', async () => {
    const fake = useFake()
    const c = await canvas(fake)
    expectDone(await commandAsync(fake, create(c, 'Rain')))
    const [card] = cards(fake, 'testCard')
    for (const name of ['hypothesis', 'test', 'metric', 'criteria']) fake.user.typeInto(fieldOf(card!, name), name[0]!.repeat(80_000))
    const checked = await commandAsync(fake, () => checkFitAsync({ canvasId: c.id, locale: 'en' }))
    expectPlain(checked)
    expect(checked.told).toHaveLength(1)
    expect(checked.lost).toEqual([])
    if (checked.answer.ok) expectDone(checked)
    else expectRefused(checked, /\S/)
    const learned = await commandAsync(fake, () => recordLearningAsync({ testId: card!.id, locale: 'en' }))
    expectPlain(learned)
    expect(learned.told).toHaveLength(1)
    expect(learned.lost).toEqual([])
    const evidence = await commandAsync(fake, () =>
      setEvidenceAsync({ canvasId: c.id, itemId: c.sticky['Rain'] as string, level: 'said', locale: 'en' })
    )
    expectPlain(evidence)
    expect(evidence.told).toHaveLength(1)
    expect(evidence.lost).toEqual([])
  })
})

describe('hostile boards: names cut for a notification', () => {
  it.each([
    ['an emoji across the cut', `${'a'.repeat(22)}🚲🚲🚲 and more`],
    ['a flag across the cut', `${'b'.repeat(22)}🇸🇪🇩🇰 and more`]
  ])('%s: never half a character in the message or the card’s name', async (_case, text) => {
    const fake = useFake()
    const c = await canvas(fake, 'en', [text])
    const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
    const drawn = await commandAsync(fake, create(c, text))
    expectDone(drawn)
    expect(drawn.answer.message).not.toMatch(lone)
    const [card] = cards(fake, 'testCard')
    expect(card!.name).not.toMatch(lone)
    const again = await commandAsync(fake, create(c, text))
    expectRefused(again, /already has a test card/)
    expect(again.answer.message).not.toMatch(lone)
    const learned = await commandAsync(fake, () => recordLearningAsync({ testId: card!.id, locale: 'en' }))
    expectDone(learned)
    expect(cards(fake, 'learningCard')[0]!.name).not.toMatch(lone)
    const evidence = await commandAsync(fake, () =>
      setEvidenceAsync({ canvasId: c.id, itemId: c.sticky[text] as string, level: 'did', locale: 'en' })
    )
    expectDone(evidence)
    expect(evidence.answer.message).not.toMatch(lone)
  })
})

describe('hostile boards: a card field deleted and brought back', () => {
  it('a test card’s field deleted, then undone: the live board, the panel and a fresh read agree', async () => {
    const fake = useFake()
    await insertVpcAsync({ segment: 'Segment 0', product: 'Offer 0', locale: 'en' })
    const section = canvases(fake)[0]!
    const at = zonePoint(fake, section.id, 'jobs', 0.3, -15)!
    const sticky = fake.user.addSticky({ text: 'Get to work', x: at.x - 120, y: at.y - 120 })
    expectDone(await commandAsync(fake, () => createTestCardAsync({ canvasId: section.id, itemId: sticky.id, locale: 'en' })))
    await settle(fake)
    const live = new LiveBoard(figma.currentPage)
    live.readAll()
    figma.currentPage.on('nodechange', (event) => live.apply(event.nodeChanges))
    const panel = await PanelDriver.openAsync(fake)
    const agree = () => {
      const truth = oracle().map(({ report, damaged }) => ({ report, damaged }))
      const seen = analyzeBoard(live.snapshot(), 'oracle').map((a) => ({ report: reportWithoutTime(a.report), damaged: a.damaged }))
      expect(differences(seen, truth), 'live board vs a fresh read').toEqual([])
      const active = panel.state?.active
      if (active) {
        const expected = truth.find((canvas) => canvas.report.canvas.id === active.canvasId)
        expect(differences(reportWithoutTime(active.analysis!.report), expected?.report), 'panel vs a fresh read').toEqual([])
      }
    }
    agree()
    const [card] = cards(fake, 'testCard')
    fake.user.delete([fieldOf(card!, 'hypothesis').id])
    await settle(fake)
    agree()
    fake.undo.undo()
    await settle(fake)
    agree()
  })
})
