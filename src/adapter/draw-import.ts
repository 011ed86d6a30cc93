import type { ImportPlan } from '../core/export'
import { importLayout, type ImportLayout } from '../core/layout/import-layout'
import type { Point } from '../core/types'
import { connectNodes } from './connect'
import { drawVpc } from './draw-vpc'
import { TEMPLATE_FONT } from './fonts'

/**
 * Draws an imported canvas at `at`: the template, every planned sticky where the layout puts it, and the
 * connectors between them. Fonts must be loaded. On any failure everything drawn so far (all the plugin's own)
 * is taken back, so there is never half a canvas.
 */
export function drawImportedCanvas(plan: ImportPlan, layout: ImportLayout, at: Point): SectionNode {
  const section = drawVpc({ segment: plan.segment, product: plan.product, locale: plan.locale }, at)
  try {
    if (layout.extraHeight > 0) {
      section.resizeWithoutConstraints(section.width, section.height + layout.extraHeight)
    }
    // Written first, then placed: how tall a sticky grows depends on its text in Inter Medium, and the zones
    // space their stickies by the tallest.
    const byKey = new Map<string, StickyNode>()
    const heights = new Map<string, number>()
    for (const item of plan.stickies) {
      if (!layout.positions.has(item.key)) continue
      const sticky = figma.createSticky()
      section.appendChild(sticky)
      sticky.text.fontName = TEMPLATE_FONT
      sticky.text.characters = item.text
      byKey.set(item.key, sticky)
      heights.set(item.key, sticky.height)
    }
    const placed = importLayout(plan, heights).positions
    for (const [key, sticky] of byKey) {
      const position = placed.get(key) ?? layout.positions.get(key)
      if (!position) continue
      sticky.x = position.x
      sticky.y = position.y
    }
    for (const link of plan.links) {
      const from = byKey.get(link.fromKey)
      const to = byKey.get(link.toKey)
      if (from && to) connectNodes(from, to)
    }
    return section
  } catch (error) {
    section.remove()
    throw error
  }
}
