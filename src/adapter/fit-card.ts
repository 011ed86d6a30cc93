import type { FitCardContent, FitCardTone } from '../core/fit-card'
import { drawnFitCardSlot, FIT_CARD_FONT_SIZE, FIT_CARD_SIZE, fitCardSlot } from '../core/fit-card'
import type { FitCardState, Locale, MessageRef, Rect } from '../core/types'
import { catalogs, t, tKey } from '../i18n'
import { boxOf } from './occupied'
import { hexOfFills, solid } from './paint'
import { DATA_KEYS, findWithData, getData, parseStoredJson, ROLES, setData } from './plugin-data'
import { drawLockedShape } from './template-nodes'

/** Card colours per band: FigJam's light section tints with the band's stroke; no score is grey. */
const TONES: Record<FitCardTone, { fill: string; stroke: string }> = {
  weak: { fill: 'FFF5F5', stroke: 'E03E1A' },
  target: { fill: 'EBFFEE', stroke: '14AE5C' },
  strong: { fill: 'F5FBFF', stroke: '0D99FF' },
  none: { fill: 'F9F9F9', stroke: 'B3B3B3' }
}

/** What the card's own plugin data remembers: the canvas it was drawn for and what the plugin last wrote. */
interface CardData {
  canvasId: string
  text: string
  fill: string
}

function readCardData(raw: string): CardData | null {
  const parsed = parseStoredJson(raw)
  if (typeof parsed !== 'object' || parsed === null) return null
  const { canvasId, text, fill } = parsed as Record<string, unknown>
  return typeof canvasId === 'string' && typeof text === 'string' && typeof fill === 'string'
    ? { canvasId, text, fill }
    : null
}

/** One message in the canvas's language; parameters that are catalog keys (zone names, months) are looked up too. */
function render(locale: Locale, message: MessageRef): string {
  const params: Record<string, string | number> = {}
  for (const [name, value] of Object.entries(message.params)) {
    params[name] = typeof value === 'string' && value in catalogs.en ? tKey(locale, value) : value
  }
  return tKey(locale, message.key, params)
}

/** The card's text: one line per line of content, parts joined by " · ". */
export function fitCardText(content: FitCardContent, locale: Locale): string {
  return content.lines.map((line) => line.map((part) => render(locale, part)).join(' · ')).join('\n')
}

/** The plugin's fit card in a canvas's section (a copy-pasted canvas's copy included), or null. */
export function fitCardIn(section: SectionNode): ShapeWithTextNode | null {
  // The fast path over the section's shapes: its stickies are never read for this.
  const shapes = findWithData(section, ['SHAPE_WITH_TEXT'], DATA_KEYS.role)
  for (const shape of shapes) {
    if (getData(shape, DATA_KEYS.role) === ROLES.fitCard && shape.parent?.id === section.id) return shape
  }
  return null
}

/**
 * Page-absolute boxes of what people put in the section besides stickies: shapes with text (not the plugin's
 * template parts) and sections, such as a test or learning card dragged onto the canvas.
 */
function peopleShapesIn(section: SectionNode): Rect[] {
  const boxes: Rect[] = []
  for (const node of section.findAllWithCriteria({ types: ['SHAPE_WITH_TEXT', 'SECTION'] })) {
    if (node.type === 'SHAPE_WITH_TEXT' && getData(node, DATA_KEYS.role) !== '') continue
    const box = boxOf(node)
    if (box) boxes.push(box)
  }
  return boxes
}

/** What Check fit does with one canvas's card, decided before anything is written. */
export type FitCardPlan =
  | { kind: 'keep'; state: FitCardState }
  | { kind: 'draw'; slot: Rect }
  | { kind: 'update'; card: ShapeWithTextNode; slot: Rect | null }

/**
 * Decides from the board as it is: off or left alone stays so; a card a person edited (text or colour) or deleted
 * is left alone from now on; the plugin's own card is updated in place (moved only if a sticky now covers it);
 * a canvas without one gets one where no sticky is.
 */
export function planFitCard(
  section: SectionNode,
  sectionBox: Rect,
  state: FitCardState,
  stickies: Rect[]
): FitCardPlan {
  if (state === 'off' || state === 'left') return { kind: 'keep', state }
  // Besides stickies, the card keeps off shapes people put in the section (a card they took over included).
  const obstacles = [...stickies, ...peopleShapesIn(section)]
  const card = fitCardIn(section)
  if (card) {
    if (!isOwn(card)) return { kind: 'keep', state: 'left' }
    const current = { x: card.x, y: card.y, width: card.width, height: card.height }
    return { kind: 'update', card, slot: fitCardSlot(sectionBox, obstacles, current) }
  }
  if (state === 'drawn') return { kind: 'keep', state: 'left' }
  const slot = fitCardSlot(sectionBox, obstacles, null)
  return slot ? { kind: 'draw', slot } : { kind: 'keep', state: 'none' }
}

/**
 * Where an adopted drawing's card lives: the section or page around the drawing (never a group, whose bounds the
 * card would stretch, and never inside a drawing's own root).
 */
export function drawnCardHost(anchor: SceneNode): SectionNode | PageNode | null {
  for (let parent = anchor.parent; parent; parent = parent.parent) {
    if (parent.type === 'PAGE' || parent.type === 'SECTION') return parent
    if (parent.type === 'DOCUMENT') return null
  }
  return null
}

/** The page-absolute origin of a host's coordinates. */
function originOf(host: SectionNode | PageNode): { x: number; y: number } {
  if (host.type === 'PAGE') return { x: 0, y: 0 }
  const t = host.absoluteTransform
  return { x: t[0][2], y: t[1][2] }
}

/** The plugin's card for the adopted canvas `canvasId` among `host`'s children, or null. */
function drawnFitCardIn(host: SectionNode | PageNode, canvasId: string): ShapeWithTextNode | null {
  for (const child of host.children) {
    if (child.type !== 'SHAPE_WITH_TEXT' || getData(child, DATA_KEYS.role) !== ROLES.fitCard) continue
    if (readCardData(getData(child, DATA_KEYS.card))?.canvasId === canvasId) return child
  }
  return null
}

/**
 * Like `planFitCard`, for a canvas people drew: the card goes beside the drawing (`area`, page-absolute) in the
 * section or page around it, never on it and never on anything else there; slots come back host-local.
 */
export function planDrawnFitCard(
  host: SectionNode | PageNode,
  canvasId: string,
  area: Rect,
  state: FitCardState,
  stickies: Rect[]
): FitCardPlan {
  if (state === 'off' || state === 'left') return { kind: 'keep', state }
  const card = drawnFitCardIn(host, canvasId)
  if (card && !isOwn(card)) return { kind: 'keep', state: 'left' }
  if (!card && state === 'drawn') return { kind: 'keep', state: 'left' }
  // Everything beside the drawing is in the way: people's nodes, the drawing's root or its loose parts, stickies.
  const obstacles: Rect[] = [area, ...stickies]
  for (const child of host.children) {
    if (card && child.id === card.id) continue
    const box = boxOf(child)
    if (box) obstacles.push(box)
  }
  const origin = originOf(host)
  const local = (slot: Rect | null): Rect | null =>
    slot ? { ...slot, x: slot.x - origin.x, y: slot.y - origin.y } : null
  if (card) {
    const current = { x: card.x + origin.x, y: card.y + origin.y, width: card.width, height: card.height }
    return { kind: 'update', card, slot: local(drawnFitCardSlot(area, obstacles, current)) }
  }
  const slot = local(drawnFitCardSlot(area, obstacles, null))
  return slot ? { kind: 'draw', slot } : { kind: 'keep', state: 'none' }
}

/**
 * Carries out a plan (fonts loaded) in `parent` (the canvas's section, or the host beside a drawing); returns the
 * card's new state.
 */
export function applyFitCard(
  parent: SectionNode | PageNode,
  plan: FitCardPlan,
  content: FitCardContent,
  locale: Locale,
  canvasId: string = parent.id
): FitCardState {
  if (plan.kind === 'keep') return plan.state
  // Deleted by someone while the font loaded: theirs to delete, not drawn again.
  if (plan.kind === 'update' && plan.card.removed) return 'left'
  const tone = TONES[content.tone]
  const text = fitCardText(content, locale)
  let card: ShapeWithTextNode
  if (plan.kind === 'draw') {
    card = drawLockedShape(
      parent,
      {
        shapeType: 'ROUNDED_RECTANGLE',
        box: plan.slot,
        fill: tone.fill,
        stroke: tone.stroke,
        strokeWeight: 6,
        name: t(locale, 'card.name')
      },
      ROLES.fitCard,
      ''
    )
    card.text.fontSize = FIT_CARD_FONT_SIZE
  } else {
    card = plan.card
    if (plan.slot && (plan.slot.x !== card.x || plan.slot.y !== card.y)) {
      card.x = plan.slot.x
      card.y = plan.slot.y
    }
    card.fills = [solid(tone.fill)]
    card.strokes = [solid(tone.stroke)]
  }
  card.text.characters = text
  const data: CardData = { canvasId, text, fill: tone.fill }
  setData(card, DATA_KEYS.card, JSON.stringify(data))
  return 'drawn'
}

function isOwn(card: ShapeWithTextNode): boolean {
  const data = readCardData(getData(card, DATA_KEYS.card))
  return data !== null && card.text.characters === data.text && hexOfFills(card.fills) === data.fill
}

/**
 * Lets go of the canvas's card: the plugin's own is removed (the team turned cards off, or wants a fresh one);
 * one a person edited stays on the board as theirs, no longer tagged as the plugin's card.
 */
export function releaseFitCard(canvasNode: SceneNode): void {
  const own = canvasNode.type === 'SECTION' && getData(canvasNode, DATA_KEYS.role) === ROLES.canvas
  const host = own ? null : drawnCardHost(canvasNode)
  const card =
    canvasNode.type === 'SECTION' && own
      ? fitCardIn(canvasNode)
      : host
        ? drawnFitCardIn(host, canvasNode.id)
        : null
  if (!card) return
  if (isOwn(card)) {
    card.remove()
    return
  }
  setData(card, DATA_KEYS.role, '')
  setData(card, DATA_KEYS.card, '')
}

export { FIT_CARD_SIZE }
