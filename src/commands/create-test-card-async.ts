import { connectNodes } from '../adapter/connect'
import { assertFigJam, showInView } from '../adapter/editor'
import { UserFacingError } from '../adapter/errors'
import { findCanvasNodeAsync, findSceneNodeAsync } from '../adapter/find-node'
import { loadTemplateFontsOrExplainAsync } from '../adapter/fonts'
import { boxOf, occupiedBoxes } from '../adapter/occupied'
import { CARD_STROKE, drawCard } from '../adapter/test-cards'
import { riskiestAssumptions } from '../core/evidence/riskiest'
import { hypothesisMessage, testCardSlot, TEST_FIELDS } from '../core/evidence/test-card'
import type { CustomerZone, Locale, ReportItem, ZoneKey } from '../core/types'
import { CUSTOMER_ZONES, ZONE_KEYS } from '../core/types'
import { say, t, tKey } from '../i18n'
import type { CommandOutcome } from '../run/run-command'
import { stayOnPage } from './same-page'
import { readOneCanvasAnywhereAsync } from './read-canvas'
import { cut, itemName } from './set-evidence-async'
import { sentenceWithNames } from '../core/notification-text'

/**
 * Draws a test card for one item of a canvas in the tests area beside it (never over anything), in the canvas's
 * language: the hypothesis prefilled from the item ("We believe that busy professionals struggle with lack of
 * time"), the test, metric and criteria fields ready to write in, and a connector from the card to the item. One
 * undo step; an item whose last test card has not decided yet gets no second one.
 */
export async function createTestCardAsync(options: {
  canvasId: string
  itemId: string
  locale: Locale
}): Promise<CommandOutcome> {
  assertFigJam(options.locale)
  const page = figma.currentPage
  const canvasNode = await findCanvasNodeAsync(options.canvasId)
  if (!canvasNode) throw new UserFacingError(t(options.locale, 'notify.canvasGone'))
  const analysis = await readOneCanvasAnywhereAsync(page, options.canvasId)
  const found = analysis ? itemOf(analysis.report.zones, options.itemId) : null
  const sticky = await findSceneNodeAsync(options.itemId)
  if (!analysis || !found || !sticky) throw new UserFacingError(t(options.locale, 'notify.test.itemGone'))
  const { report } = analysis
  const running = report.evidence.tests.find(
    (test) => test.itemId === options.itemId && test.status !== 'decided'
  )
  if (running)
    throw new UserFacingError(
      sentenceWithNames(
        (item) => t(options.locale, 'notify.test.running', { item }),
        itemName(found.item.text, options.locale)
      )
    )
  const locale = report.canvas.locale
  const entry = riskiestAssumptions(report).find((risk) => risk.id === options.itemId)
  const pairedId = entry?.pairedWith ?? null
  const paired = pairedId ? itemOf(report.zones, pairedId) : null
  const hypothesis = say(
    locale,
    hypothesisMessage(
      found.zone,
      found.item.text,
      report.canvas.segment,
      paired && isCustomer(paired.zone) ? { zone: paired.zone, text: paired.item.text } : null
    )
  )
  const prompts: Record<string, string> = {}
  for (const field of TEST_FIELDS) prompts[field] = tKey(locale, `test.prompt.${field}`)
  const canvasBox = boxOf(canvasNode)
  if (!canvasBox) throw new UserFacingError(t(options.locale, 'notify.canvasGone'))
  const slot = testCardSlot(canvasBox, occupiedBoxes(page))
  await loadTemplateFontsOrExplainAsync(t(options.locale, 'notify.fontFailed'))
  stayOnPage(page, t(options.locale, 'notify.canvasGone'))
  if (canvasNode.removed || sticky.removed)
    throw new UserFacingError(t(options.locale, 'notify.test.itemGone'))
  const { card, fields } = drawCard(page, {
    kind: 'test',
    name: t(locale, 'test.card.name', { item: cut(found.item.text, locale) }),
    box: slot,
    fields: TEST_FIELDS.map((field) => ({
      field,
      text: field === 'hypothesis' ? `${prompts[field] ?? ''}${hypothesis}` : (prompts[field] ?? '')
    })),
    data: { canvasId: options.canvasId, itemId: options.itemId, prompts }
  })
  if (fields[0]) connectNodes(fields[0], sticky, CARD_STROKE.test)
  figma.commitUndo()
  showInView([card, sticky])
  const message = sentenceWithNames(
    (item) => t(options.locale, 'notify.test.drawn', { item }),
    itemName(found.item.text, options.locale)
  )
  return { message }
}

function isCustomer(zone: ZoneKey): zone is CustomerZone {
  return (CUSTOMER_ZONES as readonly string[]).includes(zone)
}

/** An item of the canvas and its zone, or null. */
export function itemOf(
  zones: Record<ZoneKey, readonly ReportItem[]>,
  id: string
): { zone: ZoneKey; item: ReportItem } | null {
  for (const zone of ZONE_KEYS) {
    const item = zones[zone].find((candidate) => candidate.id === id)
    if (item) return { zone, item }
  }
  return null
}
