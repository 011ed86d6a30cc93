import { IMPORT_ERROR_MAX } from '../../contract/limits'
import type { ImportOutcome } from '../../contract/messages'
import { drawVpc } from '../adapter/draw-vpc'
import { assertFigJam } from '../adapter/editor'
import { UserFacingError } from '../adapter/errors'
import { loadTemplateFontsOrExplainAsync, TEMPLATE_FONT } from '../adapter/fonts'
import { connectNodes } from '../adapter/connect'
import { insertTemplate } from '../adapter/insert-template'
import { canvasSectionsOn } from '../adapter/snapshot'
import { parseReportJson, planImport } from '../core/export'
import type { ImportSticky } from '../core/export'
import { truncate, vpcLayout, VPC_SECTION_HEIGHT, VPC_SECTION_WIDTH } from '../core/layout/vpc-layout'
import { stickySlots } from '../core/slots'
import type { Locale, Point, ZoneKey } from '../core/types'
import { ZONE_KEYS } from '../core/types'
import { shapeOfZone } from '../core/zones'
import { t } from '../i18n'
import type { CommandOutcome } from './run-command'

const STICKY = 240
const STEP = 260

/** Section-local top-left corners for a zone's stickies, in reading order (so ranks read back the same). */
function zonePositions(zone: ZoneKey, count: number): Point[] {
  const layout = vpcLayout()
  const shape = shapeOfZone(zone)
  const rect = shape === 'square' ? layout.valueMap : layout.customerProfile
  const slots = stickySlots(rect, shape, zone, count).map((slot) => ({ x: slot.x, y: slot.y }))
  // A zone with more stickies than free slots: the rest cascade down from the last slot, still inside the zone.
  const last = slots[slots.length - 1] ?? {
    x: rect.x + rect.width / 2 - STICKY / 2,
    y: rect.y + rect.height / 2
  }
  for (let i = slots.length; i < count; i += 1) {
    const extra = i - slots.length + 1
    slots.push({ x: last.x + extra * 12, y: last.y + extra * 24 })
  }
  return slots
}

/** Unplaced stickies: the column between the square and the circle, then rows below the shapes. */
function unplacedPositions(count: number): { positions: Point[]; extraHeight: number } {
  const layout = vpcLayout()
  const gapX = (layout.valueMap.x + layout.valueMap.width + layout.customerProfile.x) / 2 - STICKY / 2
  const columnRows = Math.floor(layout.valueMap.height / STEP)
  const positions: Point[] = []
  for (let i = 0; i < count && i < columnRows; i += 1)
    positions.push({ x: gapX, y: layout.valueMap.y + i * STEP })
  const perRow = Math.floor((VPC_SECTION_WIDTH - 320) / STEP)
  const below = layout.valueMap.y + layout.valueMap.height + 260
  for (let i = columnRows; i < count; i += 1) {
    const k = i - columnRows
    positions.push({ x: 160 + (k % perRow) * STEP, y: below + Math.floor(k / perRow) * STEP })
  }
  const rows = Math.max(0, Math.ceil((count - columnRows) / perRow))
  return { positions, extraHeight: rows > 0 ? 260 + rows * STEP : 0 }
}

function createSticky(section: SectionNode, item: ImportSticky, at: Point): StickyNode {
  const sticky = figma.createSticky()
  section.appendChild(sticky)
  sticky.text.fontName = TEMPLATE_FONT
  sticky.text.characters = item.text
  sticky.x = at.x
  sticky.y = at.y
  return sticky
}

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
    const error = truncate(parsed.error, IMPORT_ERROR_MAX)
    throw new UserFacingError(t(options.locale, 'notify.importFailed', { error }))
  }
  const plan = planImport(parsed.report)
  await loadTemplateFontsOrExplainAsync(t(options.locale, 'notify.fontFailed'))
  const unplaced = plan.stickies.filter((item) => item.zone === null)
  const { positions: loose, extraHeight } = unplacedPositions(unplaced.length)
  const draw = (at: Point): SectionNode => {
    const section = drawVpc({ segment: plan.segment, product: plan.product, locale: plan.locale }, at)
    try {
      if (extraHeight > 0) section.resizeWithoutConstraints(section.width, section.height + extraHeight)
      const byKey = new Map<string, StickyNode>()
      for (const zone of ZONE_KEYS) {
        const items = plan.stickies.filter((item) => item.zone === zone)
        const positions = zonePositions(zone, items.length)
        items.forEach((item, i) =>
          byKey.set(item.key, createSticky(section, item, positions[i] ?? positions[0]!))
        )
      }
      unplaced.forEach((item, i) => byKey.set(item.key, createSticky(section, item, loose[i]!)))
      for (const link of plan.links) {
        const from = byKey.get(link.fromKey)
        const to = byKey.get(link.toKey)
        if (from && to) connectNodes(from, to)
      }
      return section
    } catch (error) {
      // Everything drawn so far is the plugin's own: take it all back rather than leave half a canvas.
      section.remove()
      throw error
    }
  }
  insertTemplate(
    { width: VPC_SECTION_WIDTH, height: VPC_SECTION_HEIGHT + extraHeight },
    canvasSectionsOn(figma.currentPage).map((entry) => entry.box),
    draw
  )
  return {
    message: t(options.locale, 'notify.imported', { count: plan.stickies.length }),
    stickies: plan.stickies.length,
    links: plan.links.length
  }
}
