import { IMPORT_ERROR_MAX } from '../../contract/limits'
import type { ImportOutcome } from '../../contract/messages'
import { drawImportedCanvas } from '../adapter/draw-import'
import { nameProblem } from '../adapter/draw-vpc'
import { assertFigJam } from '../adapter/editor'
import { UserFacingError } from '../adapter/errors'
import { loadTemplateFontsOrExplainAsync } from '../adapter/fonts'
import { insertTemplate } from '../adapter/insert-template'
import { canvasSectionsOn } from '../adapter/snapshot'
import { parseReportJson, planImport } from '../core/export'
import type { ImportPlan } from '../core/export'
import { guessedExtraHeight } from '../core/layout/import-layout'
import { VPC_SECTION_HEIGHT, VPC_SECTION_WIDTH } from '../core/layout/vpc-layout'
import { truncateAtWord } from '../core/notification-text'
import type { Locale } from '../core/types'
import { formatCount } from '../../contract/i18n/format'
import { say, t } from '../i18n'
import type { CommandOutcome } from '../run/run-command'

/**
 * One notification: what was drawn, and what the file had that a plugin cannot bring back (votes): what losing
 * them does to the fit, or to the ranks when the fit holds.
 */
function importedMessage(plan: ImportPlan, locale: Locale): string {
  const count = formatCount(locale, plan.stickies.length)
  const { dropped, before, after, reranked } = plan.votes
  if (dropped === 0) return t(locale, 'notify.imported', { count })
  const votes = formatCount(locale, dropped)
  if (before.score !== after.score)
    return t(locale, 'imported.votesChanged', { count, votes, before: before.score, after: after.score })
  if (reranked > 0)
    return t(locale, 'imported.votesReranked', {
      count,
      votes,
      moved: formatCount(locale, reranked),
      score: after.score
    })
  return t(locale, 'imported.votesKept', { count, votes, score: after.score })
}

/**
 * Draws a canvas from a JSON export (`vpcfit/2`, or an older `vpcfit/1`): the template, named "… (imported)" so it
 * stands apart from the canvas it came from, every sticky in its zone in rank order with its colour, and the connectors between them.
 * Stamps cannot be created by plugins, so votes are not re-created: the notification says so and what it does to
 * the fit. Nothing is drawn unless the whole file is valid; one undo step.
 */
export async function importReportAsync(options: {
  json: string
  locale: Locale
}): Promise<CommandOutcome & ImportOutcome> {
  assertFigJam(options.locale)
  const parsed = parseReportJson(options.json)
  if (!parsed.ok) {
    // FigJam shows about 100 characters of a notification: the parser's explanation is cut to fit, at a word.
    // Lengths and limits as people write numbers (30,000), so a cut never lands inside one.
    const params: Record<string, string | number> = { ...parsed.problem.params }
    for (const key of ['length', 'max', 'min', 'count']) {
      const value = params[key]
      if (typeof value === 'number' && Number.isInteger(value))
        params[key] = formatCount(options.locale, value)
    }
    const error = truncateAtWord(say(options.locale, { key: parsed.problem.key, params }), IMPORT_ERROR_MAX)
    throw new UserFacingError(t(options.locale, 'notify.importFailed', { error }))
  }
  const plan = planImport(parsed.report)
  const tooLong = nameProblem({ segment: plan.segment, product: plan.product, locale: plan.locale })
  if (tooLong) throw new UserFacingError(tooLong)
  await loadTemplateFontsOrExplainAsync(t(options.locale, 'notify.fontFailed'))
  insertTemplate(
    { width: VPC_SECTION_WIDTH, height: VPC_SECTION_HEIGHT + guessedExtraHeight(plan) },
    canvasSectionsOn(figma.currentPage).map((entry) => entry.box),
    (at) => drawImportedCanvas(plan, at)
  )
  return {
    message: importedMessage(plan, options.locale),
    stickies: plan.stickies.length,
    links: plan.links.length
  }
}
