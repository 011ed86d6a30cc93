import type { ImportPlan, ImportSticky } from '../core/export'
import { importLayout } from '../core/layout/import-layout'
import type { Point, Rect } from '../core/types'
import { connectNodes } from './connect'
import type { VpcContent } from './draw-vpc'
import { drawVpc } from './draw-vpc'
import { TEMPLATE_FONT } from './fonts'
import { solid } from './paint'

/** Section-local boxes of the canvas's own texts (labels, hints, title, credit), as FigJam laid them out. */
function textBoxes(section: SectionNode): Rect[] {
  return section
    .findChildren((node) => node.type === 'TEXT')
    .map((node) => ({ x: node.x, y: node.y, width: node.width, height: node.height }))
}

function createSticky(section: SectionNode, item: ImportSticky): StickyNode {
  const sticky = figma.createSticky()
  section.appendChild(sticky)
  sticky.text.fontName = TEMPLATE_FONT
  sticky.text.characters = item.text
  if (item.color !== undefined) sticky.fills = [solid(item.color.slice(1))]
  return sticky
}

/**
 * Draws an imported canvas at `at`: the template (named "… (imported)"), every planned sticky with its colour,
 * placed by `importLayout` from the sizes FigJam gave the stickies and the boxes of the drawn labels and hints, and
 * the connectors between them. Fonts must be loaded. On any failure everything drawn so far (all the plugin's own)
 * is taken back, so there is never half a canvas.
 */
export function drawImportedCanvas(plan: ImportPlan, at: Point): SectionNode {
  const content: VpcContent = { segment: plan.segment, product: plan.product, locale: plan.locale, imported: true }
  const section = drawVpc(content, at)
  try {
    const obstacles = textBoxes(section)
    const byKey = new Map<string, StickyNode>()
    for (const item of plan.stickies) byKey.set(item.key, createSticky(section, item))
    const sizes = new Map<string, { width: number; height: number }>()
    byKey.forEach((node, key) => sizes.set(key, { width: node.width, height: node.height }))
    const layout = importLayout(plan, sizes, obstacles, section.width)
    if (layout.extraHeight > 0) {
      section.resizeWithoutConstraints(section.width, section.height + layout.extraHeight)
    }
    byKey.forEach((node, key) => {
      const position = layout.positions.get(key)
      if (!position) return
      node.x = position.x
      node.y = position.y
    })
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
