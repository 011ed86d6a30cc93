import { emit } from '@create-figma-plugin/utilities'
import type { ExportReadyHandler } from '../../contract/messages'
import { acceptSuggestionAsync, rejectSuggestionAsync } from '../commands/suggestion-async'
import { bmcSummaryAsync } from '../commands/bmc-summary-async'
import { checkFitAsync } from '../commands/check-fit-async'
import { exportCanvas, exportProblem } from '../commands/export-canvas'
import { focusNodeAsync } from '../commands/focus-node-async'
import { importReportAsync } from '../commands/import-report-async'
import { insertBmcAsync } from '../commands/insert-bmc-async'
import { insertVpcAsync } from '../commands/insert-vpc-async'
import { repairCanvasAsync } from '../commands/repair-canvas-async'
import type { CommandAnswer, CommandOutcome } from '../commands/run-command'
import { runCommandAsync } from '../commands/run-command'
import { setCheckAsync } from '../commands/set-check-async'
import type { Locale } from '../core/types'
import { t } from '../i18n'
import type { MessageHandlers } from '../messages/router'
import { installRouter } from '../messages/router'
import { loadUserSettingsAsync, saveUserSettingsAsync } from '../settings'
import { PanelController } from './panel-controller'

export const PANEL_SIZE = { width: 360, height: 640 }

/**
 * Opens the panel and keeps it in step with the board: selection, page switches and live
 * edits reach the panel as state; the panel's intents reach the commands through the router.
 */
export async function openPanelAsync(): Promise<void> {
  const settings = await loadUserSettingsAsync()
  const controller = new PanelController(settings.locale ?? 'en')
  figma.showUI(__html__, { ...PANEL_SIZE, title: 'VPC Fit', themeColors: true })

  // Every command that changed the board is followed by a full read, so the panel never lags.
  const run = async (work: () => Promise<CommandOutcome>): Promise<CommandAnswer> => {
    const answer = await runCommandAsync(controller.locale, work)
    controller.refreshAll()
    return answer
  }
  const locale = (): Locale => controller.locale

  const handlers: MessageHandlers = {
    UI_READY: async ({ browserLocale }) => {
      if (settings.locale === null && browserLocale !== null) {
        controller.locale = browserLocale
        settings.locale = browserLocale
        await saveUserSettingsAsync(settings)
      }
      controller.refreshAll()
      return { ok: true, message: '' }
    },
    SELECT_CANVAS: ({ canvasId }) =>
      Promise.resolve(
        controller.selectCanvas(canvasId)
          ? { ok: true, message: '' }
          : { ok: false, message: t(locale(), 'notify.canvasGone') }
      ),
    CHECK_FIT: ({ canvasId }) => run(() => checkFitAsync({ canvasId, locale: locale() })),
    INSERT_VPC: ({ segment, product, locale: canvasLocale }) =>
      run(() => insertVpcAsync({ segment, product, locale: canvasLocale })),
    INSERT_BMC: ({ locale: bmcLocale }) => run(() => insertBmcAsync({ locale: bmcLocale })),
    BMC_SUMMARY: ({ canvasId }) => run(() => bmcSummaryAsync({ canvasId, locale: locale() })),
    REPAIR_CANVAS: ({ canvasId }) => run(() => repairCanvasAsync({ canvasId, locale: locale() })),
    FOCUS_NODE: ({ nodeId }) => runCommandAsync(locale(), () => focusNodeAsync({ nodeId, locale: locale() })),
    SET_CHECK: ({ canvasId, itemKey, checked }) =>
      run(() => setCheckAsync({ canvasId, itemKey, checked, locale: locale() })),
    SET_LOCALE: async ({ locale: chosen }) => {
      settings.locale = chosen
      controller.setLocale(chosen)
      await saveUserSettingsAsync(settings)
      return { ok: true, message: '' }
    },
    EXPORT: ({ canvasId, format, requestId }) => {
      const analysis = controller.analysisOf(canvasId)
      if (!analysis) return Promise.resolve({ ok: false, message: t(locale(), 'notify.canvasGone') })
      const tooLarge = exportProblem(analysis.report, locale())
      if (tooLarge) {
        figma.notify(tooLarge, { error: true })
        return Promise.resolve({ ok: false, message: tooLarge })
      }
      const file = exportCanvas(analysis.report, format, locale())
      emit<ExportReadyHandler>('EXPORT_READY', { requestId, format, ...file })
      return Promise.resolve({ ok: true, message: t(locale(), 'notify.exportReady') })
    },
    IMPORT_REPORT: ({ json }) => run(() => importReportAsync({ json, locale: locale() })),
    ACCEPT_SUGGESTION: ({ canvasId, fromId, toId }) =>
      run(() => acceptSuggestionAsync({ canvasId, fromId, toId, locale: locale() })),
    REJECT_SUGGESTION: ({ canvasId, fromId, toId }) =>
      run(() => rejectSuggestionAsync({ canvasId, fromId, toId, locale: locale() })),
    CLOSE_PANEL: () => {
      figma.closePlugin()
      return Promise.resolve({ ok: true, message: '' })
    }
  }
  installRouter(handlers, (detail) => t(locale(), 'notify.badMessage', { detail }))

  let page = figma.currentPage
  const onNodeChange = (event: NodeChangeEvent) => controller.onNodeChange(event.nodeChanges)
  page.on('nodechange', onNodeChange)
  figma.on('selectionchange', () => controller.onSelectionChange())
  figma.on('close', () => controller.dispose())
  figma.on('currentpagechange', () => {
    page.off('nodechange', onNodeChange)
    page = figma.currentPage
    page.on('nodechange', onNodeChange)
    controller.refreshAll()
  })
  controller.refreshAll()
}
