// The live board follows an edit to a test or learning card by reading that card again, not every card on the page,
// and agrees with a fresh read after each batch. Counts come from the fake's API counter (no timing).
import { describe, expect, it } from 'vitest'
import { LiveBoard } from '../../src/adapter/live-board'
import { DATA_KEYS, getData } from '../../src/adapter/plugin-data'
import { takeSnapshot } from '../../src/adapter/snapshot'
import { createTestCardAsync } from '../../src/commands/create-test-card-async'
import { insertVpcAsync } from '../../src/commands/insert-vpc-async'
import { recordLearningAsync } from '../../src/commands/record-learning-async'
import { runCommandAsync } from '../../src/run/run-command'
import { useFake } from './harness'
import { buildFitnessBoard, canvasSections } from './helpers'

const CARDS = 8

/** A canvas with eight test cards (one with its learning card) and a live board following the page. */
async function boardWithCardsAsync() {
  const fake = useFake()
  await insertVpcAsync({ segment: 'Busy professionals', product: 'Fitness app', locale: 'en' })
  const section = canvasSections()[0]!
  const { stickies } = buildFitnessBoard(section)
  const items = Object.values(stickies).slice(0, CARDS)
  expect(items).toHaveLength(CARDS)
  for (const item of items) {
    const made = await runCommandAsync('en', () =>
      createTestCardAsync({ canvasId: section.id, itemId: item.id, locale: 'en' })
    )
    expect(made.ok).toBe(true)
  }
  const tests = cardsOf('testCard')
  expect(tests).toHaveLength(CARDS)
  expect(
    (await runCommandAsync('en', () => recordLearningAsync({ testId: tests[0]!.id, locale: 'en' }))).ok
  ).toBe(true)
  await fake.flush()
  const live = new LiveBoard(figma.currentPage)
  live.readAll()
  figma.currentPage.on('nodechange', (event) => live.apply(event.nodeChanges))
  return { fake, live, tests, learning: cardsOf('learningCard')[0]! }
}

function cardsOf(key: 'testCard' | 'learningCard'): SectionNode[] {
  return figma.currentPage
    .findAllWithCriteria({ types: ['SECTION'] })
    .filter((s) => getData(s, DATA_KEYS[key]) !== '')
}

function field(card: SectionNode, name: string): ShapeWithTextNode {
  return card
    .findAllWithCriteria({ types: ['SHAPE_WITH_TEXT'] })
    .find((s) => getData(s, DATA_KEYS.field) === name)!
}

/** The live board's canvases, test cards and all, are what a fresh read of the page gives. */
function agrees(live: LiveBoard): void {
  expect(live.snapshot().canvases).toEqual(takeSnapshot(figma.currentPage).canvases)
}

const fieldReads = () => useFake().counter.readsByProperty['SHAPE_WITH_TEXT.text.characters'] ?? 0

describe('the live board follows one card, not all of them', () => {
  it('typing into a test card reads that card’s four fields, not the 36 fields of all nine cards', async () => {
    const { fake, live, tests } = await boardWithCardsAsync()
    fake.counter.reset()
    fake.user.typeInto(field(tests[3]!, 'metric'), 'Sign-ups in a week')
    await fake.flush()
    expect(fieldReads()).toBe(4)
    expect(fake.counter.calls['PAGE.findAllWithCriteria'] ?? 0).toBe(0)
    agrees(live)
  })

  it('typing into a learning card reads its four fields, and its test card carries the new decision', async () => {
    const { fake, live, tests, learning } = await boardWithCardsAsync()
    fake.counter.reset()
    fake.user.typeInto(field(learning, 'decision'), 'So we will (keep, change or drop): keep')
    await fake.flush()
    expect(fieldReads()).toBe(4)
    const card = live
      .snapshot()
      .canvases.flatMap((canvas) => canvas.tests ?? [])
      .find((test) => test.id === tests[0]!.id)
    expect(card?.learning?.decision).toBe('keep')
    agrees(live)
  })

  it('a card moved reads that card; a card deleted, undone, copied, or a field dragged out reads the cards again', async () => {
    const { fake, live, tests, learning } = await boardWithCardsAsync()
    const box = tests[2]!.absoluteBoundingBox!
    fake.counter.reset()
    // Away from everything: a card dropped onto a section moves into it (then the cards are read again).
    fake.user.move(tests[2]!.id, box.x + 20_000, box.y)
    await fake.flush()
    expect(fieldReads()).toBe(4)
    agrees(live)
    fake.user.delete([tests[1]!.id])
    await fake.flush()
    agrees(live)
    expect(fake.undo.undo()).toBe(true)
    await fake.flush()
    agrees(live)
    fake.user.duplicate([learning.id], { offset: { x: 0, y: 2000 } })
    await fake.flush()
    agrees(live)
    const moved = field(tests[4]!, 'test')
    const fieldBox = moved.absoluteBoundingBox!
    fake.user.move(moved.id, fieldBox.x + 5000, fieldBox.y)
    await fake.flush()
    agrees(live)
    // The field dragged out is no card's any more: typing into it changes no card.
    fake.user.typeInto(moved, 'Out of the card')
    await fake.flush()
    agrees(live)
  })

  it('a copy of a learning card dragged into a section stays a copy: the test keeps its own card, live and fresh (model-test seed 2124183634)', async () => {
    const { fake, live, tests, learning } = await boardWithCardsAsync()
    fake.user.duplicate([learning.id], { offset: { x: 0, y: 2000 } })
    await fake.flush()
    const copy = cardsOf('learningCard').find((card) => card.id !== learning.id)!
    const section = canvasSections()[0]!
    const target = section.absoluteBoundingBox!
    // Dropped onto the canvas, the copy moves into its section and comes first in the page's order.
    fake.user.move(copy.id, target.x + 200, target.y + 200)
    await fake.flush()
    expect(copy.parent?.id).toBe(section.id)
    const own = (snapshot: ReturnType<typeof takeSnapshot>) =>
      snapshot.canvases.flatMap((canvas) => canvas.tests ?? []).find((test) => test.id === tests[0]!.id)
        ?.learning?.id
    expect(own(takeSnapshot(figma.currentPage))).toBe(learning.id)
    expect(own(live.snapshot())).toBe(learning.id)
    agrees(live)
  })
})
