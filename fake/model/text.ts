/** Text edits shared by plugin writes and the user module: apply, re-lay out, report. */
import { copyFont } from '../fonts'
import { LINE_HEIGHT, lineCount, stickyHeight, textSize } from '../text-layout'
import type { Actor, FakeDocument } from './document'
import type { NodeRecord, TextRecord } from './record'

/** Change a node's text fields (no font check: callers decide), re-lay out and report the change. */
export function applyText(
  doc: FakeDocument,
  actor: Actor,
  record: NodeRecord,
  patch: Partial<TextRecord>
): void {
  const text = record.text
  if (text === null) return
  const characters = patch.characters ?? text.characters
  // Writing characters resets range styles, list formatting included (typings, `characters`).
  const lists = patch.lists ?? (characters === text.characters ? text.lists : undefined)
  const next: TextRecord = {
    characters,
    fontName: patch.fontName === undefined ? text.fontName : copyFont(patch.fontName),
    fontSize: patch.fontSize ?? text.fontSize,
    fills: patch.fills ?? text.fills,
    ...(lists !== undefined && lists.length > 0 ? { lists: Object.freeze([...lists]) } : {})
  }
  const properties: NodeChangeProperty[] = []
  const isTextNode = record.type === 'TEXT'
  if (next.characters !== text.characters) properties.push(isTextNode ? 'characters' : 'text')
  if ((next.lists ?? []).join() !== (text.lists ?? []).join()) properties.push(isTextNode ? 'styledTextSegments' : 'text')
  if (next.fontName.family !== text.fontName.family || next.fontName.style !== text.fontName.style) {
    properties.push(isTextNode ? 'fontName' : 'text')
  }
  if (next.fontSize !== text.fontSize) properties.push(isTextNode ? 'fontSize' : 'text')
  if (next.fills !== text.fills) properties.push(isTextNode ? 'fills' : 'text')
  if (properties.length === 0) return
  doc.touch(record, actor)
  record.text = next
  properties.push(...relayout(record))
  doc.report(record, actor, [...new Set(properties)])
}

/** Sizes that follow the text: sticky height, text node size and auto name. Returns what changed. */
export function relayout(record: NodeRecord): NodeChangeProperty[] {
  const text = record.text
  if (text === null) return []
  const changed: NodeChangeProperty[] = []
  if (record.type === 'STICKY') {
    const height = stickyHeight(text.characters, text.fontSize, record.isWideWidth)
    if (height !== record.height) {
      record.height = height
      changed.push('height')
    }
  } else if (record.type === 'TEXT') {
    // WIDTH_AND_HEIGHT: both sides follow the text; HEIGHT: the width is fixed and lines wrap; NONE: fixed box.
    const mode = record.textAutoResize
    const size =
      mode === 'HEIGHT'
        ? {
            width: record.width,
            height: Math.ceil(
              lineCount(text.characters, record.width, text.fontSize) * text.fontSize * LINE_HEIGHT
            )
          }
        : mode === 'WIDTH_AND_HEIGHT'
          ? textSize(text.characters, text.fontSize)
          : { width: record.width, height: record.height }
    if (size.width !== record.width) changed.push('width')
    if (size.height !== record.height) changed.push('height')
    record.width = size.width
    record.height = size.height
    if (record.autoRename && record.name !== text.characters) {
      record.name = text.characters
      changed.push('name')
    }
  }
  return changed
}
