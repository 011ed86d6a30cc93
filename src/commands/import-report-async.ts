import { IMPORT_ERROR_MAX } from '../../contract/limits'
import type { ImportOutcome } from '../../contract/messages'
import { drawImportedCanvas } from '../adapter/draw-import'
import { assertFigJam } from '../adapter/editor'
import { UserFacingError } from '../adapter/errors'
import { loadTemplateFontsOrExplainAsync } from '../adapter/fonts'
import { insertTemplate } from '../adapter/insert-template'
import { canvasSectionsOn } from '../adapter/snapshot'
import { parseReportJson, planImport } from '../core/export'
import { importLayout } from '../core/layout/import-layout'
import { truncate, VPC_SECTION_HEIGHT, VPC_SECTION_WIDTH } from '../core/layout/vpc-layout'
import type { Locale } from '../core/types'
import { say, t } from '../i18n'
import type { CommandOutcome } from '../run/run-command'

/**
 * Draws a canvas from a JSON export (`vpcfit/1`): the template, every sticky in its zone in rank
 * order, and the connectors between them. Stamps cannot be created by plugins, so votes are not
 * re-created. Nothing is drawn unless the whole file is valid; one undo step.
 */
export async function importReportAsync(options: {
  json: string
  locale: Locale
}): Promise<CommandOutcome & ImportOutcome> {
  assertFigJam(options.locale)
  const parsed = parseReportJson(options.json)
  if (!parsed.ok) {
    // FigJam shows about 100 characters of a notification: the parser's explanation is cut to fit the sentence.
    const error = truncate(say(options.locale, parsed.problem), IMPORT_ERROR_MAX)
    throw new UserFacingError(t(options.locale, 'notify.importFailed', { error }))
  }
  const plan = planImport(parsed.report)
  await loadTemplateFontsOrExplainAsync(t(options.locale, 'notify.fontFailed'))
  const layout = importLayout(plan)
  insertTemplate(
    { width: VPC_SECTION_WIDTH, height: VPC_SECTION_HEIGHT + layout.extraHeight },
    canvasSectionsOn(figma.currentPage).map((entry) => entry.box),
    (at) => drawImportedCanvas(plan, layout, at)
  )
  return {
    message: t(options.locale, 'notify.imported', { count: plan.stickies.length }),
    stickies: plan.stickies.length,
    links: plan.links.length
  }
}
