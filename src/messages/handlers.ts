import type { Answer, RequestHandlers, RequestName, RequestResult } from '../../contract/messages'
import { adoptCanvasAsync } from '../commands/adopt-canvas-async'
import { bmcSummaryAsync } from '../commands/bmc-summary-async'
import { checkFitAsync } from '../commands/check-fit-async'
import { exportCanvasFromBoard, exportProblem } from '../commands/export-canvas'
import { focusNodeAsync } from '../commands/focus-node-async'
import { importReportAsync } from '../commands/import-report-async'
import { insertBmcAsync } from '../commands/insert-bmc-async'
import { insertVpcAsync } from '../commands/insert-vpc-async'
import { repairCanvasAsync } from '../commands/repair-canvas-async'
import type { CommandOutcome, CommandResult } from '../run/run-command'
import { runCommandForAsync } from '../run/run-command'
import { setCheckAsync } from '../commands/set-check-async'
import { setEvidenceAsync } from '../commands/set-evidence-async'
import { createTestCardAsync } from '../commands/create-test-card-async'
import { recordLearningAsync } from '../commands/record-learning-async'
import { saveVersionAsync } from '../commands/save-version-async'
import { drawVersionAsync } from '../commands/draw-version-async'
import { exportHistoryAsync } from '../commands/export-history-async'
import { setFitCardAsync } from '../commands/set-fit-card-async'
import { acceptSuggestionAsync } from '../commands/accept-suggestion-async'
import { rejectSuggestionAsync } from '../commands/reject-suggestion-async'
import type { Locale } from '../core/types'
import { t } from '../i18n'
import type { PanelController } from '../panel/panel-controller'
import type { Settings } from '../settings'
import { saveUserSettingsAsync } from '../settings'

/** The requests whose answer carries no result. */
type Plain = { [N in RequestName]: RequestResult<N> extends null ? N : never }[RequestName]

const ok = (message = ''): Answer<Plain> => ({ ok: true, message, result: null })
const refused = (message: string) => ({ ok: false as const, message, result: null })

/** A command's answer to a request whose result is null. */
const plain = (answer: CommandResult<CommandOutcome>): Answer<Plain> =>
  answer.ok ? ok(answer.message) : refused(answer.message)

/**
 * What main does for each panel request: one handler per request (the type makes a missing one a compile
 * error), each answering with the request's own result.
 */
export function panelHandlers(controller: PanelController, settings: Settings): RequestHandlers {
  const locale = (): Locale => controller.locale
  // A command's own edits reach the panel as FigJam's change events, read node by node like anyone's edits; the
  // controller handles the batch that follows a command at once, so the panel does not lag behind the click.
  const run = async <O extends CommandOutcome>(
    work: () => Promise<O>,
    options: { mayDrawBmc?: boolean } = {}
  ): Promise<CommandResult<O>> => {
    const answer = await runCommandForAsync(controller.locale, work)
    controller.afterCommand(options.mayDrawBmc === true)
    return answer
  }
  return {
    UI_READY: async ({ browserLocale }) => {
      if (settings.locale === null && browserLocale !== null) {
        controller.locale = browserLocale
        settings.locale = browserLocale
        await saveUserSettingsAsync(settings)
      }
      // The board was read while the panel loaded: the full state goes out now, without a second read. A panel
      // that missed a state patch says UI_READY again and gets the full state the same way.
      controller.panelReady()
      return ok()
    },
    VIEW_ITEMS: ({ view }) =>
      Promise.resolve({ ok: true as const, message: '', result: { version: controller.setItemView(view) } }),
    PANEL_SHOWN: () => {
      controller.readRest()
      return Promise.resolve(ok())
    },
    SELECT_CANVAS: ({ canvasId }) =>
      Promise.resolve(controller.selectCanvas(canvasId) ? ok() : refused(t(locale(), 'notify.canvasGone'))),
    CHECK_FIT: async ({ canvasId }) => plain(await run(() => checkFitAsync({ canvasId, locale: locale() }))),
    SAVE_VERSION: async ({ canvasId, name }) =>
      plain(await run(() => saveVersionAsync({ canvasId, name, locale: locale() }))),
    COMPARE_VERSIONS: ({ canvasId, from, to }) => {
      if (!controller.analysisOf(canvasId)) return Promise.resolve(refused(t(locale(), 'notify.canvasGone')))
      controller.history.choose(canvasId, from, to)
      controller.push()
      return Promise.resolve(ok())
    },
    DRAW_VERSION: async ({ canvasId, versionId }) => {
      const analysis = controller.analysisOf(canvasId)
      if (!analysis) return refused(t(locale(), 'notify.canvasGone'))
      return plain(
        await run(() => drawVersionAsync({ report: analysis.report, versionId, locale: locale() }))
      )
    },
    EXPORT_HISTORY: async ({ canvasId, format }) => {
      const analysis = controller.analysisOf(canvasId)
      if (!analysis) return refused(t(locale(), 'notify.canvasGone'))
      const answer = await runCommandForAsync(locale(), () =>
        exportHistoryAsync({ report: analysis.report, format, locale: locale() })
      )
      if (!answer.ok) return refused(answer.message)
      const { filename, mimeType, content } = answer.outcome
      return {
        ok: true,
        message: t(locale(), 'notify.exportReady'),
        result: { format, filename, mimeType, content }
      }
    },
    INSERT_VPC: async ({ segment, product, locale: canvasLocale }) =>
      plain(await run(() => insertVpcAsync({ segment, product, locale: canvasLocale }, locale()))),
    INSERT_BMC: async ({ locale: bmcLocale }) =>
      plain(await run(() => insertBmcAsync({ locale: bmcLocale }, locale()), { mayDrawBmc: true })),
    BMC_SUMMARY: async ({ canvasId, insertBmc }) =>
      plain(
        await run(() => bmcSummaryAsync({ canvasId, locale: locale(), insertBmc }), { mayDrawBmc: true })
      ),
    REPAIR_CANVAS: async ({ canvasId }) =>
      plain(await run(() => repairCanvasAsync({ canvasId, locale: locale() }))),
    SET_FIT_CARD: async ({ canvasId, on }) =>
      plain(await run(() => setFitCardAsync({ canvasId, on, locale: locale() }))),
    FOCUS_NODE: async ({ nodeId }) =>
      plain(await runCommandForAsync(locale(), () => focusNodeAsync({ nodeId, locale: locale() }))),
    SET_CHECK: async ({ canvasId, itemKey, checked }) =>
      plain(await run(() => setCheckAsync({ canvasId, itemKey, checked, locale: locale() }))),
    SET_LOCALE: async ({ locale: chosen }) => {
      settings.locale = chosen
      controller.setLocale(chosen)
      await saveUserSettingsAsync(settings)
      return ok()
    },
    EXPORT: ({ canvasId, format }) => {
      const analysis = controller.analysisOf(canvasId)
      if (!analysis) return Promise.resolve(refused(t(locale(), 'notify.canvasGone')))
      const tooLarge = exportProblem(analysis.report, locale())
      if (tooLarge) {
        figma.notify(tooLarge, { error: true })
        return Promise.resolve(refused(tooLarge))
      }
      const file = exportCanvasFromBoard(analysis.report, format)
      return Promise.resolve({
        ok: true,
        message: t(locale(), 'notify.exportReady'),
        result: { format, ...file }
      })
    },
    IMPORT_REPORT: async ({ json }) => {
      const answer = await run(() => importReportAsync({ json, locale: locale() }))
      if (!answer.ok) return refused(answer.message)
      const { stickies, links } = answer.outcome
      return { ok: true, message: answer.message, result: { stickies, links } }
    },
    ACCEPT_SUGGESTION: async ({ canvasId, fromId, toId }) =>
      plain(await run(() => acceptSuggestionAsync({ canvasId, fromId, toId, locale: locale() }))),
    REJECT_SUGGESTION: async ({ canvasId, fromId, toId }) =>
      plain(await run(() => rejectSuggestionAsync({ canvasId, fromId, toId, locale: locale() }))),
    SET_EVIDENCE: async ({ canvasId, itemId, level }) =>
      plain(await run(() => setEvidenceAsync({ canvasId, itemId, level, locale: locale() }))),
    CREATE_TEST_CARD: async ({ canvasId, itemId }) =>
      plain(await run(() => createTestCardAsync({ canvasId, itemId, locale: locale() }))),
    RECORD_LEARNING: async ({ testId }) => plain(await run(() => recordLearningAsync({ testId, locale: locale() }))),
    ADOPT_CANVAS: async () => plain(await run(() => adoptCanvasAsync({ locale: locale() }))),
    CLOSE_PANEL: () => {
      figma.closePlugin()
      return Promise.resolve(ok())
    }
  }
}
