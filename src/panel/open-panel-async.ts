import type { Locale } from '../core/types'
import { t } from '../i18n'
import { panelHandlers } from '../messages/handlers'
import { installRouter } from '../messages/router'
import { loadUserSettingsAsync } from '../settings'
import { PanelController } from './panel-controller'
import { afterBoardRead } from './read-first'

export const PANEL_SIZE = { width: 360, height: 640 }

/**
 * Opens the panel and keeps it in step with the board: selection, page switches and live
 * edits reach the panel as state; the panel's requests reach the commands through the router
 * (`src/messages/handlers.ts`).
 */
export async function openPanelAsync(): Promise<void> {
  const settings = await loadUserSettingsAsync()
  const controller = new PanelController(settings.locale ?? 'en')
  figma.showUI(__html__, { ...PANEL_SIZE, title: 'VPC Fit', themeColors: true })

  const locale = (): Locale => controller.locale
  installRouter(
    afterBoardRead(panelHandlers(controller, settings), () => controller.readRest()),
    (detail) => t(locale(), 'notify.badMessage', { detail })
  )

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
  // While the panel's iframe loads, the canvas it opens on is read; that state goes out when the panel says it
  // listens (UI_READY), and the rest of the board is read once the panel has drawn it (PANEL_SHOWN).
  controller.openQuick()
}
