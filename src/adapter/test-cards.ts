/**
 * Test cards and learning cards on the board: drawn once as native FigJam nodes (a section holding four field
 * shapes), then the team's to edit. Read back by their shared plugin data, never written again, except the
 * learning card's `applied` note (its data, not its content).
 */
import { fieldValue, readDecision, CARD_FONT_SIZE, fieldBox } from '../core/evidence/test-card'
import type { CardData } from '../core/evidence/evidence-store'
import { parseCardData } from '../core/evidence/evidence-store'
import type { CanvasSnapshot, Decision, LearningCardSnapshot, Rect, TestCardSnapshot } from '../core/types'
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

function plainBox(box: Rect): Rect {
  return { x: box.x, y: box.y, width: box.width, height: box.height }
}

/** Each field's text in a card (field name -> characters); a field a person deleted is missing. */
function fieldTexts(card: SectionNode, ids: Set<string>): Map<string, string> {
  const texts = new Map<string, string>()
  ids.add(card.id)
  for (const shape of findWithData(card, ['SHAPE_WITH_TEXT'], DATA_KEYS.field)) {
    ids.add(shape.id)
    const name = getData(shape, DATA_KEYS.field)
    if (!texts.has(name)) texts.set(name, shape.text.characters)
  }
  return texts
}

function valueOf(texts: Map<string, string>, data: CardData, field: string): string {
  return fieldValue(texts.get(field) ?? '', data.prompts[field] ?? '')
}

/** The page's test cards, by the canvas they test; and the ids of every card and field node read. */
export interface TestCardReading {
  byCanvas: Map<string, TestCardSnapshot[]>
  nodeIds: Set<string>
}

/** The page's test cards by the canvas they test, each with its learning card, in page order. */
export function readTestCards(page: PageNode): TestCardReading {
  const nodeIds = new Set<string>()
  const learnings = new Map<string, LearningCardSnapshot>()
  for (const node of findWithData(page, ['SECTION'], DATA_KEYS.learningCard)) {
    const data = parseCardData(getData(node, DATA_KEYS.learningCard))
    const box = node.absoluteBoundingBox
    if (!data || data.testId === undefined || !box || learnings.has(data.testId)) continue
    const texts = fieldTexts(node, nodeIds)
    learnings.set(data.testId, {
      id: node.id,
      observation: valueOf(texts, data, 'observation'),
      learning: valueOf(texts, data, 'learning'),
      decision: readDecision(valueOf(texts, data, 'decision')),
      applied: data.applied ?? null,
      box: plainBox(box)
    })
  }
  const byCanvas = new Map<string, TestCardSnapshot[]>()
  for (const node of findWithData(page, ['SECTION'], DATA_KEYS.testCard)) {
    const data = parseCardData(getData(node, DATA_KEYS.testCard))
    const box = node.absoluteBoundingBox
    if (!data || !box) continue
    const texts = fieldTexts(node, nodeIds)
    const card: TestCardSnapshot = {
      id: node.id,
      itemId: data.itemId,
      fields: {
        hypothesis: valueOf(texts, data, 'hypothesis'),
        test: valueOf(texts, data, 'test'),
        metric: valueOf(texts, data, 'metric'),
        criteria: valueOf(texts, data, 'criteria')
      },
      box: plainBox(box),
      learning: learnings.get(node.id) ?? null
    }
    const list = byCanvas.get(data.canvasId)
    if (list) list.push(card)
    else byCanvas.set(data.canvasId, [card])
  }
  return { byCanvas, nodeIds }
}

/** The canvases with their test cards (a canvas without any is handed back as it was). */
export function withTests(canvases: CanvasSnapshot[], tests: ReadonlyMap<string, TestCardSnapshot[]>): CanvasSnapshot[] {
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
  const node = await figma.getNodeByIdAsync(id)
  if (!node || node.removed || node.type !== 'SECTION') return null
  let page: BaseNode | null = node.parent
  while (page && page.type !== 'PAGE') page = page.parent
  if (!page || page.id !== figma.currentPage.id) return null
  const data = parseCardData(getData(node, DATA_KEYS.testCard))
  return data ? { node, data } : null
}

/**
 * Notes on each learning card of `itemId` that its current decision is taken in, so the evidence a person just set
 * is not moved back by it (`decisions`: each learning card's decision as read now).
 */
export function markDecisionsApplied(page: PageNode, canvasId: string, itemId: string, decisions: ReadonlyMap<string, Decision | null>): void {
  for (const node of findWithData(page, ['SECTION'], DATA_KEYS.learningCard)) {
    const data = parseCardData(getData(node, DATA_KEYS.learningCard))
    if (!data || data.canvasId !== canvasId || data.itemId !== itemId) continue
    const decision = decisions.get(node.id) ?? null
    if ((data.applied ?? null) === decision) continue
    setData(node, DATA_KEYS.learningCard, JSON.stringify({ ...data, applied: decision }))
  }
}
