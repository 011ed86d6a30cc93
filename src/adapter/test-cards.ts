/**
 * Test cards and learning cards on the board: drawn once as native FigJam nodes (a section holding four field
 * shapes), then the team's to edit. Read back by their shared plugin data, never written again, except the
 * learning card's `applied` note (its data, not its content).
 */
import {
  compareNodeIds,
  fieldValue,
  readDecision,
  CARD_FONT_SIZE,
  fieldBox
} from '../core/evidence/test-card'
import type { CardData } from '../core/evidence/evidence-store'
import { parseCardData } from '../core/evidence/evidence-store'
import type { CanvasSnapshot, Decision, LearningCardSnapshot, Rect, TestCardSnapshot } from '../core/types'
import { findSceneNodeAsync } from './find-node'
import { TEMPLATE_FONT } from './fonts'
import { solid } from './paint'
import { DATA_KEYS, findWithData, getData, ROLES, setData } from './plugin-data'

/** A card's section fill: FigJam's light tints, blue for tests, green for learnings. */
const CARD_FILL = { test: 'F5FBFF', learning: 'EBFFEE' } as const
/**
 * The strokes of a card's fields and of the connector from it (to the item it tests, or from the test card to its
 * learning card): a card's link reads as the card's, not as one of the canvas's fit links.
 */
export const CARD_STROKE = { test: '0D99FF', learning: '14AE5C' } as const

/** Whether `node` is a test or learning card's section. */
function isCardSection(node: BaseNode): boolean {
  return (
    node.type === 'SECTION' &&
    (getData(node, DATA_KEYS.testCard) !== '' || getData(node, DATA_KEYS.learningCard) !== '')
  )
}

/**
 * Whether a field found inside `card` is the card's own, not one of another card dropped into it (sections nest): the
 * nearest card around it is `card`. A field straight in its card costs one parent read.
 */
function ownField(shape: SceneNode, cardId: string): boolean {
  let parent = shape.parent
  while (parent && parent.type !== 'PAGE') {
    if (parent.id === cardId) return true
    if (isCardSection(parent)) return false
    parent = parent.parent
  }
  return false
}

/** Each field's text in a card (field name -> characters); a field a person deleted is missing. */
function fieldTexts(card: SectionNode, cardOf: Map<string, string>): Map<string, string> {
  const texts = new Map<string, string>()
  const cardId = card.id
  cardOf.set(cardId, cardId)
  for (const shape of findWithData(card, ['SHAPE_WITH_TEXT'], DATA_KEYS.field)) {
    // A card dropped onto another card is its own card; its fields are not the outer card's.
    if (!ownField(shape, cardId)) continue
    cardOf.set(shape.id, cardId)
    const name = getData(shape, DATA_KEYS.field)
    if (!texts.has(name)) texts.set(name, shape.text.characters)
  }
  return texts
}

function valueOf(texts: Map<string, string>, data: CardData, field: string): string {
  return fieldValue(texts.get(field) ?? '', data.prompts[field] ?? '')
}

/** What a card read stands for: a test card of a canvas, or the learning card of a test. */
type CardEntry = { kind: 'test'; canvasId: string } | { kind: 'learning'; testId: string }

/** The page's test cards, by the canvas they test, and what a later re-read of one card needs. */
export interface TestCardReading {
  byCanvas: Map<string, TestCardSnapshot[]>
  /** The card each card and field node read belongs to (a card's own id gives itself). */
  cardOf: Map<string, string>
  /** What each card read stands for. */
  cards: Map<string, CardEntry>
  /** The learning card read for each test card's id (the earliest card, by `compareNodeIds`). */
  learnings: Map<string, LearningCardSnapshot>
}

/** An empty reading (before the first read). */
export function noTestCards(): TestCardReading {
  return { byCanvas: new Map(), cardOf: new Map(), cards: new Map(), learnings: new Map() }
}

const testDataOf = (node: SectionNode) => parseCardData(getData(node, DATA_KEYS.testCard))
const learningDataOf = (node: SectionNode) => parseCardData(getData(node, DATA_KEYS.learningCard))

/**
 * One learning card (three fields) with its data; null when it is not one. Its box is not kept: nothing decides by
 * it (new cards are placed by the page's boxes, read when drawn), and a card inside a moved card would keep a stale
 * one (only the outer card is reported moved).
 */
function readLearning(
  node: SectionNode,
  data: CardData | null,
  cardOf: Map<string, string>
): { testId: string; card: LearningCardSnapshot } | null {
  if (!data || data.testId === undefined) return null
  const texts = fieldTexts(node, cardOf)
  return {
    testId: data.testId,
    card: {
      id: node.id,
      observation: valueOf(texts, data, 'observation'),
      learning: valueOf(texts, data, 'learning'),
      decision: readDecision(valueOf(texts, data, 'decision')),
      applied: data.applied ?? null
    }
  }
}

/** One test card (four fields) with its learning card; null when it is not one (no box kept: see `readLearning`). */
function readTest(
  node: SectionNode,
  cardOf: Map<string, string>,
  learnings: ReadonlyMap<string, LearningCardSnapshot>
): { canvasId: string; card: TestCardSnapshot } | null {
  const data = testDataOf(node)
  if (!data) return null
  const texts = fieldTexts(node, cardOf)
  return {
    canvasId: data.canvasId,
    card: {
      id: node.id,
      itemId: data.itemId,
      fields: {
        hypothesis: valueOf(texts, data, 'hypothesis'),
        test: valueOf(texts, data, 'test'),
        metric: valueOf(texts, data, 'metric'),
        criteria: valueOf(texts, data, 'criteria')
      },
      learning: learnings.get(node.id) ?? null
    }
  }
}

/** The page's test cards by the canvas they test, each with its learning card, in page order. */
export function readTestCards(page: PageNode): TestCardReading {
  const reading = noTestCards()
  const { byCanvas, cardOf, cards, learnings } = reading
  // A second learning card of the same test (a copy) is not read: the earliest card is the test's, whatever the
  // page's order (a copy dragged into a section comes first in it, and the live board hears nothing of a copy).
  const learningNodes = findWithData(page, ['SECTION'], DATA_KEYS.learningCard)
    .map((node) => ({ id: node.id, node }))
    .sort((a, b) => compareNodeIds(a.id, b.id))
  for (const { node } of learningNodes) {
    const data = learningDataOf(node)
    if (data?.testId !== undefined && learnings.has(data.testId)) continue
    const read = readLearning(node, data, cardOf)
    if (!read) continue
    learnings.set(read.testId, read.card)
    cards.set(read.card.id, { kind: 'learning', testId: read.testId })
  }
  for (const node of findWithData(page, ['SECTION'], DATA_KEYS.testCard)) {
    const read = readTest(node, cardOf, learnings)
    if (!read) continue
    cards.set(read.card.id, { kind: 'test', canvasId: read.canvasId })
    const list = byCanvas.get(read.canvasId)
    if (list) list.push(read.card)
    else byCanvas.set(read.canvasId, [read.card])
  }
  return reading
}

/** `list` with the card of `card.id` replaced (a new list, so the canvas reads as changed); null when it is not in it. */
function replaced(
  list: readonly TestCardSnapshot[] | undefined,
  card: TestCardSnapshot
): TestCardSnapshot[] | null {
  const index = list ? list.findIndex((entry) => entry.id === card.id) : -1
  if (!list || index < 0) return null
  const next = list.slice()
  next[index] = card
  return next
}

/**
 * Reads again only the cards given (cards of `reading`: a field typed in, a card moved, its data written), in place:
 * the same reading a read of the page would give, at the cost of those cards. Returns the ids of the canvases whose
 * test cards changed, or null when the reading cannot follow (a card that is no longer what it was read as: its
 * data cleared or pointing elsewhere); then the page's cards are read again.
 */
export function rereadCards(reading: TestCardReading, nodes: Iterable<SectionNode>): Set<string> | null {
  const changed = new Set<string>()
  const put = (canvasId: string, card: TestCardSnapshot): boolean => {
    const list = reading.byCanvas.get(canvasId)
    const before = list?.find((entry) => entry.id === card.id)
    if (before && JSON.stringify(before) === JSON.stringify(card)) return true
    const next = replaced(list, card)
    if (!next) return false
    reading.byCanvas.set(canvasId, next)
    changed.add(canvasId)
    return true
  }
  for (const node of nodes) {
    const entry = reading.cards.get(node.id)
    if (!entry || node.removed) return null
    if (entry.kind === 'test') {
      const read = readTest(node, reading.cardOf, reading.learnings)
      if (!read || read.canvasId !== entry.canvasId || !put(entry.canvasId, read.card)) return null
      continue
    }
    const read = readLearning(node, learningDataOf(node), reading.cardOf)
    if (!read || read.testId !== entry.testId) return null
    reading.learnings.set(read.testId, read.card)
    // The test card carries its learning card (a learning card without its test card is read, not shown).
    const test = reading.cards.get(read.testId)
    if (test?.kind !== 'test') continue
    const card = reading.byCanvas.get(test.canvasId)?.find((entry) => entry.id === read.testId)
    if (!card || !put(test.canvasId, { ...card, learning: read.card })) return null
  }
  return changed
}

/** The canvases with their test cards (a canvas without any is handed back as it was). */
export function withTests(
  canvases: CanvasSnapshot[],
  tests: ReadonlyMap<string, TestCardSnapshot[]>
): CanvasSnapshot[] {
  if (tests.size === 0) return canvases
  return canvases.map((canvas) => {
    const list = tests.get(canvas.id)
    return list ? { ...canvas, tests: list } : canvas
  })
}

/** What a new card holds: its section name, and each field's name and text (prompt included) in order. */
export interface CardSpec {
  kind: 'test' | 'learning'
  name: string
  box: Rect
  fields: Array<{ field: string; text: string }>
  data: CardData
}

/**
 * Draws a card at the top of the page (fonts loaded): a section holding four rounded field shapes, their text the
 * prompts (and a prefilled hypothesis). Nothing is locked: the card is the team's.
 */
export function drawCard(page: PageNode, spec: CardSpec): { card: SectionNode; fields: ShapeWithTextNode[] } {
  const card = figma.createSection()
  page.appendChild(card)
  card.name = spec.name
  card.x = spec.box.x
  card.y = spec.box.y
  card.resizeWithoutConstraints(spec.box.width, spec.box.height)
  card.fills = [solid(CARD_FILL[spec.kind])]
  setData(card, DATA_KEYS.role, spec.kind === 'test' ? ROLES.testCard : ROLES.learningCard)
  setData(card, spec.kind === 'test' ? DATA_KEYS.testCard : DATA_KEYS.learningCard, JSON.stringify(spec.data))
  const fields = spec.fields.map(({ field, text }, index) => {
    const shape = figma.createShapeWithText()
    card.appendChild(shape)
    shape.shapeType = 'ROUNDED_RECTANGLE'
    const box = fieldBox(index)
    shape.resize(box.width, box.height)
    shape.x = box.x
    shape.y = box.y
    shape.fills = [solid('FFFFFF')]
    shape.strokes = [solid(CARD_STROKE[spec.kind])]
    shape.strokeWeight = 2
    shape.text.fontName = TEMPLATE_FONT
    shape.text.fontSize = CARD_FONT_SIZE
    shape.text.characters = text
    shape.name = field
    setData(shape, DATA_KEYS.role, ROLES.cardField)
    setData(shape, DATA_KEYS.field, field)
    return shape
  })
  return { card, fields }
}

/** The test card section with `id` on the current page, with its data; null when it is gone or not one. */
export async function findTestCardAsync(id: string): Promise<{ node: SectionNode; data: CardData } | null> {
  const node = await findSceneNodeAsync(id)
  if (!node || node.type !== 'SECTION') return null
  const data = testDataOf(node)
  return data ? { node, data } : null
}

/**
 * Notes on each learning card of `itemId` that its current decision is taken in, so the evidence a person just set
 * is not moved back by it (`decisions`: each learning card's decision as read now).
 */
export function markDecisionsApplied(
  page: PageNode,
  canvasId: string,
  itemId: string,
  decisions: ReadonlyMap<string, Decision | null>
): void {
  for (const node of findWithData(page, ['SECTION'], DATA_KEYS.learningCard)) {
    const data = learningDataOf(node)
    if (!data || data.canvasId !== canvasId || data.itemId !== itemId) continue
    const decision = decisions.get(node.id) ?? null
    if ((data.applied ?? null) === decision) continue
    setData(node, DATA_KEYS.learningCard, JSON.stringify({ ...data, applied: decision }))
  }
}
