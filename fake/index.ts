/**
 * A faithful in-memory FigJam for tests, benchmarks and the browser playground: it fails where FigJam
 * fails (unloaded fonts, dynamic-page sync APIs, magnet rules, closed plugins) and runs in Node and in
 * browsers alike (no Node-only modules).
 */
import { FigJamFakeImpl } from './fake'
import type { FigJamFake, FigJamOptions } from './types'

/** The UI html `installFigJam` puts in `__html__`. */
export const FAKE_UI_HTML = '<html>fake ui</html>'

/** A new FigJam with one empty page. No session is started until one is asked for. */
export function createFigJam(options?: FigJamOptions): FigJamFake {
  return new FigJamFakeImpl(options)
}

/**
 * `createFigJam` + `startSession()`, and sets the globals FigJam gives a plugin: `figma` (the session's,
 * and every later session's) and `__html__`.
 */
export function installFigJam(options?: FigJamOptions): FigJamFake {
  const fake = new FigJamFakeImpl(options)
  fake.installed = true
  fake.startSession()
  Reflect.set(globalThis, '__html__', FAKE_UI_HTML)
  return fake
}

export { DEFAULT_PLUGIN_ID } from './fake'
export type {
  FigJamFake,
  FigJamOptions,
  RunOptions,
  ParameterQueryResult,
  PluginSession,
  RecordedNotification,
  UndoControl
} from './types'
export type { ActOptions, NodeRef, SectionSpec, ShapeSpec, StickySpec, UserActions } from './user'
export type {
  InspectedConnector,
  InspectedConnectorEnd,
  InspectChange,
  InspectedNode,
  InspectedPage,
  Inspector
} from './inspect'
export type { ApiCountSnapshot, ApiCounter } from './counter'
export type { FakeDocument } from './model/document'
export type { RecordType, SceneType } from './model/record'
export type { UiState } from './ui'
export type { Box, Point } from './geometry'
export { NOTIFY_MAX_CHARS, FIGJAM_ONLY_CREATORS } from './figma-api'
export { PLUGIN_DATA_LIMIT_BYTES } from './nodes/base'
export { STICKY_COLORS, SECTION_TINTS, TEXT_COLOR, solidPaint, paintToHex } from './colors'
export { AVAILABLE_FONTS, INTER_MEDIUM } from './fonts'
export { STICKY, FONT_SIZE, LINE_HEIGHT, stickyHeight, textWidth, wrapLines, advanceEm, hasAdvance } from './text-layout'
export { DEFAULT_SIZE, DEFAULT_STICKY_FILL, STAMP_KINDS } from './model/defaults'
export type { StampKind } from './model/defaults'
export { SHAPE_TYPES } from './nodes/shape-with-text'
export { VIEWPORT_WINDOW, ZOOM_RANGE } from './viewport'
export { DEFAULT_UI_SIZE } from './ui'
export { menuClick, menuCommands } from './menu'
export type { ManifestMenuItem } from './menu'
