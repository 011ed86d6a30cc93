import { connectNodes } from '../adapter/connect'
import { assertFigJam, showInView } from '../adapter/editor'
import { UserFacingError } from '../adapter/errors'
import { loadTemplateFontsOrExplainAsync } from '../adapter/fonts'
import { boxOf, occupiedBoxes } from '../adapter/occupied'
import { CARD_STROKE, drawCard, findTestCardAsync, readTestCards } from '../adapter/test-cards'
import { LEARNING_FIELDS, learningCardSlot } from '../core/evidence/test-card'
import type { Locale } from '../core/types'
import { t, tKey } from '../i18n'
import type { CommandOutcome } from '../run/run-command'
import { stayOnPage } from './same-page'
import { itemOf } from './create-test-card-async'
import { readOneCanvasAnywhereAsync } from './read-canvas'
import { cut } from './set-evidence-async'

/**
 * Draws the learning card of a test card right beside it: the hypothesis as the team wrote it ("We believed
 * that …"), then observation, learning and the decision (keep, change or drop), in the canvas's language. The
 * decision the team writes there moves the item's evidence (keep: supported; change or drop: refuted). One undo
 * step; a test with a learning card gets no second one.
 */
export async function recordLearningAsync(options: {
  testId: string
  locale: Locale
}): Promise<CommandOutcome> {
  assertFigJam(options.locale)
  const page = figma.currentPage
  const found = await findTestCardAsync(options.testId)
  if (!found) throw new UserFacingError(t(options.locale, 'notify.test.cardGone'))
  // The page's test cards, read once: the canvas read below takes them instead of querying the page again.
  const tests = readTestCards(page)
  const test = (tests.byCanvas.get(found.data.canvasId) ?? []).find((card) => card.id === options.testId)
  if (!test) throw new UserFacingError(t(options.locale, 'notify.test.cardGone'))
  if (test.learning) throw new UserFacingError(t(options.locale, 'notify.learning.exists'))
  const analysis = await readOneCanvasAnywhereAsync(page, found.data.canvasId, { tests })
  const locale = analysis?.report.canvas.locale ?? options.locale
  const prompts: Record<string, string> = {}
  for (const field of LEARNING_FIELDS) {
    prompts[field] = tKey(
      locale,
      field === 'hypothesis' ? 'test.prompt.learnedHypothesis' : `test.prompt.${field}`
    )
  }
  const box = boxOf(found.node)
  if (!box) throw new UserFacingError(t(options.locale, 'notify.test.cardGone'))
  const slot = learningCardSlot(box, occupiedBoxes(page))
  await loadTemplateFontsOrExplainAsync(t(options.locale, 'notify.fontFailed'))
  stayOnPage(page, t(options.locale, 'notify.test.cardGone'))
  if (found.node.removed) throw new UserFacingError(t(options.locale, 'notify.test.cardGone'))
  const itemText =
    (analysis && itemOf(analysis.report.zones, found.data.itemId)?.item.text) || test.fields.hypothesis
  const { card } = drawCard(page, {
    kind: 'learning',
    name: t(locale, 'test.learning.name', { item: cut(itemText, locale) }),
    box: slot,
    fields: LEARNING_FIELDS.map((field) => ({
      field,
      text:
        field === 'hypothesis' ? `${prompts[field] ?? ''}${test.fields.hypothesis}` : (prompts[field] ?? '')
    })),
    data: {
      canvasId: found.data.canvasId,
      itemId: found.data.itemId,
      testId: options.testId,
      prompts,
      applied: null
    }
  })
  connectNodes(found.node, card, CARD_STROKE.learning)
  figma.commitUndo()
  showInView([found.node, card])
  return { message: t(options.locale, 'notify.learning.drawn') }
}
