/**
 * How evidence and the cards' own data are kept as shared plugin data, as plain text in and out. The adapter
 * reads and writes the entries; what they hold is decided here.
 *
 * - `vpcfit`/`evidence` on a canvas (its section, or an adopted drawing's anchor): the items that have evidence,
 *   by level, `{"said":["12:3"],"did":[…],"refuted":[…]}`; an item in no list has none yet. Grouped by level so an
 *   entry stays under FigJam's 100 kB for every sticky of the largest canvas.
 * - `vpcfit`/`testCard` on a test card's section: `{"canvasId","itemId","prompts":{field: prompt}}`.
 * - `vpcfit`/`learningCard` on a learning card's section: the same and `"testId"`, `"applied"` (the decision the
 *   item's evidence took in, or null).
 * - `vpcfit`/`field` on each field shape of a card: the field's name.
 */
import { PLUGIN_DATA_LIMIT } from '../../../contract/limits'
import { parseJsonObject } from '../stored-json'
import { DECISIONS } from '../types'
import type { Decision, EvidenceLevel } from '../types'

const STORED_LEVELS = ['said', 'did', 'refuted'] as const
/** Longest id kept (two node ids with a separator). */
const ID_MAX = 129

const parse = (raw: string): Record<string, unknown> | null => parseJsonObject(raw, PLUGIN_DATA_LIMIT)

/** The evidence of a canvas's items; anything malformed reads as none (an id in several lists: the first). */
export function parseEvidence(raw: string): Record<string, EvidenceLevel> {
  const record = parse(raw)
  const levels: Record<string, EvidenceLevel> = {}
  if (!record) return levels
  for (const level of STORED_LEVELS) {
    const ids = record[level]
    if (!Array.isArray(ids)) continue
    for (const id of ids) {
      if (typeof id === 'string' && id.length <= ID_MAX && !Object.prototype.hasOwnProperty.call(levels, id))
        levels[id] = level
    }
  }
  return levels
}

/** The entry for a canvas's evidence (items with `none` left out); "" when no item has any (deletes the entry). */
export function evidenceJson(levels: Readonly<Record<string, EvidenceLevel>>): string {
  const grouped: Record<string, string[]> = {}
  for (const [id, level] of Object.entries(levels)) {
    if (level === 'none') continue
    ;(grouped[level] ??= []).push(id)
  }
  return Object.keys(grouped).length === 0 ? '' : JSON.stringify(grouped)
}

/** A card's own data: which canvas and item it is for, the prompts the plugin wrote in its fields. */
export interface CardData {
  canvasId: string
  itemId: string
  prompts: Record<string, string>
  /** Learning cards: the test card they follow. */
  testId?: string
  /** Learning cards: the decision the item's evidence took in. */
  applied?: Decision | null
}

/** A card's data, or null when it is not one the plugin wrote. */
export function parseCardData(raw: string): CardData | null {
  const record = parse(raw)
  if (!record) return null
  const { canvasId, itemId, prompts, testId, applied } = record
  if (typeof canvasId !== 'string' || typeof itemId !== 'string') return null
  if (typeof prompts !== 'object' || prompts === null || Array.isArray(prompts)) return null
  const clean: Record<string, string> = {}
  for (const [field, prompt] of Object.entries(prompts as Record<string, unknown>))
    if (typeof prompt === 'string') clean[field] = prompt
  const data: CardData = { canvasId, itemId, prompts: clean }
  if (typeof testId === 'string') data.testId = testId
  if (applied !== undefined) data.applied = DECISIONS.find((d) => d === applied) ?? null
  return data
}
