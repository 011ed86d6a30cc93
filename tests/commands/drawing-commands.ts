/**
 * The drawing commands as the command tables run them on a small checked canvas (tests/adapter/reliability/canvas):
 * shared by the tables that try every command under one failure (fonts missing, a page switch).
 */
import { drawVersionAsync } from '../../src/commands/draw-version-async'
import { exportCanvasFromBoard } from '../../src/commands/export-canvas'
import { importReportAsync } from '../../src/commands/import-report-async'
import { recordLearningAsync } from '../../src/commands/record-learning-async'
import { readNodeHistory } from '../../src/adapter/history-store'
import type { TestCanvas } from '../adapter/reliability/canvas'
import { storedReport } from '../adapter/reliability/canvas'

/** "Record what we learned" on the page's first test card. */
export function recordLearningOnFirstTest(): Promise<{ message: string }> {
  const test = figma.currentPage.findAllWithCriteria({
    types: ['SECTION'],
    sharedPluginData: { namespace: 'vpcfit', keys: ['testCard'] }
  })[0]
  return recordLearningAsync({ testId: test?.id ?? '', locale: 'en' })
}

/** "Draw a version back": the canvas's first kept version. */
export function drawFirstVersion(canvas: TestCanvas): Promise<{ message: string }> {
  const version = readNodeHistory(canvas.section).versions[0]
  return drawVersionAsync({
    report: storedReport(canvas.section),
    versionId: version?.id ?? '',
    locale: 'en'
  })
}

/** "Import a JSON export": the canvas's own export, imported again. */
export function importOwnExport(canvas: TestCanvas): Promise<{ message: string }> {
  return importReportAsync({
    json: exportCanvasFromBoard(storedReport(canvas.section), 'json').content,
    locale: 'en'
  })
}
