/**
 * Text as plugins write it: the `text` sublayer of stickies, shapes and connectors, and the text
 * properties of TEXT nodes. Writing characters, fontSize or fontName needs the font loaded in this
 * session first, exactly as in Figma.
 */
import { apiError, closedPluginError, removedNodeError, unloadedFontError } from '../errors'
import { copyFont, type FontKey } from '../fonts'
import { applyText } from '../model/text'
import type { NodeRecord, RecordType, TextRecord } from '../model/record'
import type { NodeContext } from './context'
import { checkNumber, freezePaints } from './validate'
import { exposeMixed } from '../boundary'
import { MIXED } from '../figma-api'
import type { ListType } from '../model/lists'
import { listRuns, listTypesOf, paragraphsIn, withListType } from '../model/lists'

const LIST_TYPES: readonly ListType[] = ['ORDERED', 'UNORDERED', 'NONE']
/** Segment fields the fake can split text by. */
const SEGMENT_FIELDS = new Set<string>(['listOptions', 'fontName', 'fontSize', 'fills'])

/** Checks a character range [start, end) of a text of `length` characters, as the range APIs do. */
function checkRange(member: string, start: unknown, end: unknown, length: number): asserts start is number {
  if (typeof start !== 'number' || typeof end !== 'number' || !Number.isInteger(start) || !Number.isInteger(end))
    throw apiError(member, 'Expected start and end to be integers')
  if (start < 0 || end > length || start >= end)
    throw apiError(member, `Range [${start}, ${end}) is not inside the text (${length} characters)`)
}

/** Members the sublayer provides (checked against the typings). */
type SublayerMembers =
  | 'characters'
  | 'fontName'
  | 'fontSize'
  | 'hasMissingFont'
  | 'fills'
  | 'fontWeight'
  | 'getRangeListOptions'
  | 'setRangeListOptions'
  | 'getStyledTextSegments'

/** Read one text property of a node. */
export function readText(record: NodeRecord): TextRecord {
  return record.text as TextRecord
}

/** Write characters, fontSize or fontName after the font checks Figma makes. */
export function writeText(
  ctx: NodeContext,
  record: NodeRecord,
  property: 'characters' | 'fontSize' | 'fontName',
  value: unknown
): void {
  const member = `set_${property}`
  const text = readText(record)
  if (property === 'characters') {
    if (typeof value !== 'string') throw apiError(member, 'Expected a string')
    requireLoaded(ctx, text.fontName, property)
    applyText(ctx.doc, ctx, record, { characters: value })
  } else if (property === 'fontSize') {
    if (typeof value === 'symbol') throw apiError(member, 'Cannot set fontSize to figma.mixed')
    checkNumber(value, member, 'fontSize')
    if (value < 1)
      throw apiError(
        member,
        'Property "fontSize" failed validation: Number must be greater than or equal to 1'
      )
    requireLoaded(ctx, text.fontName, property)
    applyText(ctx.doc, ctx, record, { fontSize: value })
  } else {
    const font = value as Partial<FontKey> | null
    if (
      typeof font !== 'object' ||
      font === null ||
      typeof font.family !== 'string' ||
      typeof font.style !== 'string'
    ) {
      throw apiError(member, 'Expected a FontName { family, style }')
    }
    const next = copyFont({ family: font.family, style: font.style })
    requireLoaded(ctx, next, property)
    applyText(ctx.doc, ctx, record, { fontName: next })
  }
}

function requireLoaded(ctx: NodeContext, font: FontKey, property: string): void {
  if (!ctx.fonts.has(font)) throw unloadedFontError(property, font)
}

/** Font weight from a style name, as Figma reports it. */
export function weightOf(style: string): number {
  const s = style.toLowerCase()
  if (s.includes('thin')) return 100
  if (s.includes('extra light')) return 200
  if (s.includes('light')) return 300
  if (s.includes('medium')) return 500
  if (s.includes('semi bold')) return 600
  if (s.includes('extra bold')) return 800
  if (s.includes('bold')) return 700
  if (s.includes('black')) return 900
  return 400
}

/** The `text` sublayer of a sticky, shape or connector. Reads count on the host's type as `text.*`. */
export class FakeTextSublayer implements Pick<TextSublayerNode, SublayerMembers> {
  private readonly ctx: NodeContext
  private readonly hostId: string
  private readonly hostType: RecordType

  constructor(ctx: NodeContext, hostId: string, hostType: RecordType) {
    this.ctx = ctx
    this.hostId = hostId
    this.hostType = hostType
  }

  private access(property: string, write: boolean): NodeRecord {
    const member = `${write ? 'set' : 'get'}_${property}`
    if (this.ctx.closed) throw closedPluginError(member)
    if (write) this.ctx.counter.write(this.hostType, `text.${property}`)
    else this.ctx.counter.read(this.hostType, `text.${property}`)
    const record = this.ctx.doc.records.get(this.hostId)
    if (record === undefined) throw removedNodeError(member, this.hostId)
    return record
  }

  get characters(): string {
    return readText(this.access('characters', false)).characters
  }

  set characters(value: string) {
    writeText(this.ctx, this.access('characters', true), 'characters', value)
  }

  get fontName(): FontName {
    return readText(this.access('fontName', false)).fontName
  }

  set fontName(value: FontName | PluginAPI['mixed']) {
    writeText(this.ctx, this.access('fontName', true), 'fontName', value)
  }

  get fontSize(): number {
    return readText(this.access('fontSize', false)).fontSize
  }

  set fontSize(value: number | PluginAPI['mixed']) {
    writeText(this.ctx, this.access('fontSize', true), 'fontSize', value)
  }

  get fontWeight(): number {
    return weightOf(readText(this.access('fontWeight', false)).fontName.style)
  }

  get hasMissingFont(): boolean {
    return !this.ctx.catalog.isAvailable(readText(this.access('hasMissingFont', false)).fontName)
  }

  get fills(): readonly Paint[] {
    return readText(this.access('fills', false)).fills
  }

  set fills(value: ReadonlyArray<Paint> | PluginAPI['mixed']) {
    const record = this.access('fills', true)
    applyText(this.ctx.doc, this.ctx, record, { fills: freezePaints(value, 'set_fills') })
  }

  getRangeListOptions(start: number, end: number): TextListOptions | PluginAPI['mixed'] {
    const text = readText(this.access('getRangeListOptions', false))
    checkRange('getRangeListOptions', start, end, text.characters.length)
    const types = listTypesOf(text.characters, text.lists)
    const found = new Set(paragraphsIn(text.characters, start, end).map((i) => types[i] as ListType))
    const [only] = [...found]
    return found.size === 1 && only !== undefined ? { type: only } : exposeMixed(MIXED)
  }

  /** Sets the list type of every paragraph the range touches (no font needed: the typings ask for none here). */
  setRangeListOptions(start: number, end: number, value: TextListOptions): void {
    const record = this.access('setRangeListOptions', true)
    const text = readText(record)
    checkRange('setRangeListOptions', start, end, text.characters.length)
    const type = (value as { type?: unknown } | null)?.type
    if (typeof type !== 'string' || !(LIST_TYPES as readonly string[]).includes(type))
      throw apiError('setRangeListOptions', 'Expected { type: "ORDERED" | "UNORDERED" | "NONE" }')
    applyText(this.ctx.doc, this.ctx, record, {
      lists: withListType(text.characters, text.lists, start, end, type as ListType)
    })
  }

  /**
   * Runs of text with the same values of `fields` (here `listOptions`, `fontName`, `fontSize` and `fills`; a sublayer
   * has one font, size and fill, so only list formatting splits it), each with `characters`, `start` and `end`.
   */
  getStyledTextSegments<F extends (keyof Omit<StyledTextSegment, 'characters' | 'start' | 'end'>)[]>(
    fields: F,
    start?: number,
    end?: number
  ): Array<Pick<StyledTextSegment, F[number] | 'characters' | 'start' | 'end'>> {
    const text = readText(this.access('getStyledTextSegments', false))
    for (const field of fields)
      if (!SEGMENT_FIELDS.has(field)) throw apiError('getStyledTextSegments', `The fake does not model ${field}`)
    const from = start ?? 0
    const to = end ?? text.characters.length
    if (text.characters.length === 0) return []
    checkRange('getStyledTextSegments', from, to, text.characters.length)
    const splitByList = fields.includes('listOptions')
    const runs = splitByList ? listRuns(text.characters, text.lists) : [{ start: 0, end: text.characters.length, type: 'NONE' as ListType }]
    const segments: Array<Record<string, unknown>> = []
    for (const run of runs) {
      const a = Math.max(run.start, from)
      const b = Math.min(run.end, to)
      if (a >= b) continue
      const segment: Record<string, unknown> = { characters: text.characters.slice(a, b), start: a, end: b }
      if (splitByList) segment.listOptions = { type: run.type }
      if (fields.includes('fontName')) segment.fontName = { ...text.fontName }
      if (fields.includes('fontSize')) segment.fontSize = text.fontSize
      if (fields.includes('fills')) segment.fills = text.fills
      segments.push(segment)
    }
    return segments as Array<Pick<StyledTextSegment, F[number] | 'characters' | 'start' | 'end'>>
  }
}
