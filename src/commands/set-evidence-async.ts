import { assertFigJam } from '../adapter/editor'
import { UserFacingError } from '../adapter/errors'
import { findCanvasNodeAsync } from '../adapter/find-node'
import { DATA_KEYS, getData, writeEvidence } from '../adapter/plugin-data'
import { markDecisionsApplied } from '../adapter/test-cards'
import { parseEvidence } from '../core/evidence/evidence-store'
import type { Decision, EvidenceLevel, Locale } from '../core/types'
import { t, tKey } from '../i18n'
import type { CommandOutcome } from '../run/run-command'
import { notifyName, sentenceWithNames } from '../core/notification-text'
import { readOneCanvasAnywhereAsync } from './read-canvas'

/**
 * Sets the evidence of one item of a canvas (shared plugin data `vpcfit`/`evidence` on the canvas; the sticky is not
 * touched). The setting is the team's latest word: the decisions its learning cards hold are noted as taken in, so
 * they do not move it back. One undo step.
 */
export async function setEvidenceAsync(options: {
  canvasId: string
  itemId: string
  level: EvidenceLevel
  locale: Locale
}): Promise<CommandOutcome> {
  assertFigJam(options.locale)
  const node = await findCanvasNodeAsync(options.canvasId)
  if (!node) throw new UserFacingError(t(options.locale, 'notify.canvasGone'))
  const analysis = await readOneCanvasAnywhereAsync(figma.currentPage, options.canvasId)
  const item = analysis
    ? Object.values(analysis.report.zones)
        .flat()
        .find((entry) => entry.id === options.itemId)
    : undefined
  if (!item) throw new UserFacingError(t(options.locale, 'notify.test.itemGone'))
  const levels = parseEvidence(getData(node, DATA_KEYS.evidence))
  if (options.level === 'none') delete levels[options.itemId]
  else levels[options.itemId] = options.level
  const decisions = new Map<string, Decision | null>()
  // The canvas's test cards as the read above found them (`analysis` is set once `item` is).
  for (const test of analysis?.report.evidence.tests ?? []) {
    if (test.itemId === options.itemId && test.learning)
      decisions.set(test.learning.id, test.learning.decision)
  }
  writeEvidence(node, levels)
  markDecisionsApplied(figma.currentPage, options.canvasId, options.itemId, decisions)
  figma.commitUndo()
  const level = tKey(options.locale, `evidence.level.${options.level}`)
  return {
    message: sentenceWithNames(
      (name) => t(options.locale, 'notify.evidence.set', { item: name, level }),
      itemName(item.text, options.locale)
    )
  }
}

/**
 * A sticky's text short enough for a notification or a card's name, cut by code point (never half an emoji); an
 * empty sticky is called one, as the panel calls it, not shown as empty quotes.
 */
export function cut(text: string, locale: Locale): string {
  return notifyName(itemName(text, locale))
}

/** A sticky's text on one line, or what an empty sticky is called: to quote, cut to fit (`sentenceWithNames`). */
export function itemName(text: string, locale: Locale): string {
  const name = text.replace(/\s+/g, ' ').trim()
  return name === '' ? t(locale, 'test.item.empty') : name
}
