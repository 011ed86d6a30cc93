import { firstGraphemes, graphemeCount } from '../../../contract/graphemes'
/**
 * Test cards and learning cards as plain data: their fields, what the plugin writes in them once (message keys for
 * the adapter to render in the canvas's language), how a field is read back, where the cards go.
 */
import { grow } from '../geometry'
import { overlaps } from '../layout/placement'
import { FIT_CARD_SIZE } from '../fit-card'
import type {
  CustomerZone,
  Decision,
  MessageRef,
  Rect,
  TestCardSnapshot,
  TestStatus,
  ZoneKey
} from '../types'

export const TEST_FIELDS = ['hypothesis', 'test', 'metric', 'criteria'] as const
export type TestField = (typeof TEST_FIELDS)[number]

export const LEARNING_FIELDS = ['hypothesis', 'observation', 'learning', 'decision'] as const
export type LearningField = (typeof LEARNING_FIELDS)[number]

/** A card's size on the board and its fields' (section-local), for both kinds of card. */
export const CARD_SIZE = { width: 1000, height: 1160 } as const
export const CARD_FIELD = { x: 40, y: 100, width: 920, height: 240, gap: 20 } as const
export const CARD_FONT_SIZE = 28
/** Space between the canvas and its tests area, and between cards. */
export const CARD_GAP = 120
/**
 * How far below the canvas's top the tests area starts: past the band where Check fit puts the fit card (40 from
 * the top, its height, a gap), so the connector from a card's hypothesis to its item runs below the card's text.
 */
export const TESTS_TOP = 40 + FIT_CARD_SIZE.height + 40

/** The box of field `index` (0–3) inside a card, section-local. */
export function fieldBox(index: number): Rect {
  return {
    x: CARD_FIELD.x,
    y: CARD_FIELD.y + index * (CARD_FIELD.height + CARD_FIELD.gap),
    width: CARD_FIELD.width,
    height: CARD_FIELD.height
  }
}

/**
 * What a field says once the plugin's prompt is taken off: the team's words. A field whose prompt a person
 * rewrote is read whole; a field that is only its prompt reads as empty.
 */
export function fieldValue(text: string, prompt: string): string {
  const body =
    prompt !== '' && text.startsWith(prompt) ? text.slice(prompt.length) : text === prompt.trim() ? '' : text
  return body.trim()
}

/** Words that write a decision, in English, Swedish and Danish (any card, whatever its language). */
const DECISION_WORDS: Record<Decision, readonly string[]> = {
  keep: [
    'keep',
    'kept',
    'persevere',
    'behåll',
    'behålla',
    'behåller',
    'behold',
    'beholde',
    'beholder',
    'fortsæt',
    'fortsätt'
  ],
  change: ['change', 'changed', 'pivot', 'ändra', 'ändrar', 'justera', 'ændre', 'ændrer', 'ændr', 'juster'],
  drop: [
    'drop',
    'dropped',
    'kill',
    'släpp',
    'släppa',
    'stryk',
    'stryka',
    'slopa',
    'kassera',
    'droppa',
    'drop',
    'dropper',
    'forkast',
    'forkaste',
    'opgiv',
    'opgive'
  ]
}

/**
 * The decision written in a learning card's decision field (its prompt taken off): the one decision whose word
 * appears; null when none does or several do (the team has not chosen yet).
 */
export function readDecision(value: string): Decision | null {
  // No Unicode property escapes: the main bundle is ES2017.
  const words = new Set(
    value
      .toLocaleLowerCase()
      .split(/[\s.,;:!?()[\]{}"'“”‘’«»\-–—/\\]+/)
      .filter((word) => word !== '')
  )
  const found = (Object.keys(DECISION_WORDS) as Decision[]).filter((decision) =>
    DECISION_WORDS[decision].some((word) => words.has(word))
  )
  return found.length === 1 ? (found[0] as Decision) : null
}

/**
 * Orders node ids as FigJam hands them out (`session:counter`, compared part by part as numbers, so "1:9" comes
 * before "1:61"), ids of another form after those, by their text. A learning card copied (or pasted twice) claims
 * the same test as the original: the test keeps the earliest card, wherever the cards sit on the page, so a drag
 * that changes the page's order never changes which card is the test's.
 */
export function compareNodeIds(a: string, b: string): number {
  const left = /^(\d+):(\d+)$/.exec(a)
  const right = /^(\d+):(\d+)$/.exec(b)
  if (left && right) return Number(left[1]) - Number(right[1]) || Number(left[2]) - Number(right[2])
  if (left) return -1
  if (right) return 1
  return a < b ? -1 : a > b ? 1 : 0
}

/** Where a test stands, from its card and its learning card. */
export function testStatus(card: Pick<TestCardSnapshot, 'fields' | 'learning'>): TestStatus {
  if (card.learning) return card.learning.decision === null ? 'learning' : 'decided'
  const { test, metric, criteria } = card.fields
  return test !== '' && metric !== '' && criteria !== '' ? 'ready' : 'draft'
}

/** `text` with its first letter in lower case when it reads as a sentence start ("Lack of time", not "SaaS"). */
export function lowerFirst(text: string): string {
  const first = text.charAt(0)
  // A first word with another capital in it is a name or an acronym (SaaS, NPS, iPhone).
  const rest = (text.split(/\s/, 1)[0] ?? '').slice(1)
  if (first === '' || rest === '' || rest !== rest.toLocaleLowerCase()) return text
  return first.toLocaleLowerCase() + text.slice(1)
}

/** The hypothesis a new test card starts with, as a message: "We believe that {segment} struggle with {item}". */
export function hypothesisMessage(
  zone: ZoneKey,
  itemText: string,
  segment: string,
  paired: { zone: CustomerZone; text: string } | null
): MessageRef {
  const item = lowerFirst(oneLine(itemText))
  const who = segment.trim() === '' ? '' : lowerFirst(oneLine(segment))
  if (zone === 'jobs' || zone === 'pains' || zone === 'gains')
    return {
      key: who === '' ? `test.hypothesis.${zone}.anyone` : `test.hypothesis.${zone}`,
      params: { item, segment: who }
    }
  return {
    key: paired ? `test.hypothesis.${zone}.paired` : `test.hypothesis.${zone}`,
    params: { item, other: paired ? lowerFirst(oneLine(paired.text)) : '' }
  }
}

/** A sticky's text on one line, cut to a hypothesis's length. */
function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > 200 && graphemeCount(flat) > 200 ? `${firstGraphemes(flat, 199)}…` : flat
}

/**
 * Where a new test card goes (page-absolute): the tests area is the band right of the canvas, a test card and its
 * learning card side by side per row. The first row from the canvas's top (below its fit card's band) where both fit without touching
 * anything on the page; further right past what is in the way when the band is full. `occupied`: every box at
 * the top of the page (the canvas itself included).
 */
export function testCardSlot(canvas: Rect, occupied: readonly Rect[]): Rect {
  const pair = { width: 2 * CARD_SIZE.width + CARD_GAP, height: CARD_SIZE.height }
  const blockers = occupied.map((box) => grow(box, CARD_GAP / 2))
  const free = (box: Rect) => !blockers.some((b) => overlaps(box, b))
  let x = canvas.x + canvas.width + CARD_GAP
  for (let column = 0; column < 50; column += 1) {
    let nextX = x + pair.width + CARD_GAP
    for (let row = 0; row < 40; row += 1) {
      const box = { x, y: canvas.y + TESTS_TOP + row * (CARD_SIZE.height + CARD_GAP), ...pair }
      if (free(box)) return { x: box.x, y: box.y, width: CARD_SIZE.width, height: CARD_SIZE.height }
      if (row === 0) {
        const hits = blockers.filter((b) => overlaps(box, b))
        nextX = Math.max(nextX, ...hits.map((b) => b.x + b.width + 1))
      }
    }
    x = nextX
  }
  const bottom = Math.max(canvas.y, ...occupied.map((box) => box.y + box.height))
  return {
    x: canvas.x + canvas.width + CARD_GAP,
    y: bottom + CARD_GAP,
    width: CARD_SIZE.width,
    height: CARD_SIZE.height
  }
}

/**
 * Where a learning card goes: right beside its test card when that spot is free (the test card's own row keeps it
 * free), else the first free spot below, then further right.
 */
export function learningCardSlot(testCard: Rect, occupied: readonly Rect[]): Rect {
  const blockers = occupied.map((box) => grow(box, CARD_GAP / 2))
  const free = (box: Rect) => !blockers.some((b) => overlaps(box, b))
  const size = { width: CARD_SIZE.width, height: CARD_SIZE.height }
  for (let column = 1; column < 40; column += 1) {
    for (let row = 0; row < 40; row += 1) {
      const box = {
        x: testCard.x + column * (CARD_SIZE.width + CARD_GAP),
        y: testCard.y + row * (CARD_SIZE.height + CARD_GAP),
        ...size
      }
      if (free(box)) return box
    }
  }
  const bottom = Math.max(testCard.y, ...occupied.map((box) => box.y + box.height))
  return { x: testCard.x + CARD_SIZE.width + CARD_GAP, y: bottom + CARD_GAP, ...size }
}
