import type { Rect } from '../../core/types'
import { touchesRect } from '../../core/geometry'
import { boxOf } from '../occupied'
import type { BmcTarget } from './find-bmc'

/** How far around the BMC's blocks a sticky can stand in the way of a new summary sticky (beside or below). */
const MARGIN = 1200

/**
 * The boxes of the stickies in and around the BMC's blocks, read from the BMC alone, not the page: the stickies of
 * the page's top-level sections and groups over that area, and the top-level stickies there. A summary sticky placed
 * inside a block, beside an edited one or below a full block can only cover one of those.
 */
export function stickyBoxesAroundBmc(page: PageNode, target: BmcTarget): Rect[] {
  const blocks = [target.valuePropositions, target.customerSegments].flatMap((block) =>
    block ? [block.box] : []
  )
  if (blocks.length === 0) return []
  const x = Math.min(...blocks.map((b) => b.x)) - MARGIN
  const y = Math.min(...blocks.map((b) => b.y)) - MARGIN
  const region: Rect = {
    x,
    y,
    width: Math.max(...blocks.map((b) => b.x + b.width)) + MARGIN - x,
    height: Math.max(...blocks.map((b) => b.y + b.height)) + MARGIN - y
  }
  const boxes: Rect[] = []
  for (const child of page.children) {
    const box = boxOf(child)
    if (!box || !touchesRect(box, region)) continue
    if (child.type === 'STICKY') boxes.push(box)
    else if (child.type === 'SECTION' || child.type === 'GROUP') {
      for (const sticky of child.findAllWithCriteria({ types: ['STICKY'] })) {
        const inner = boxOf(sticky)
        if (inner) boxes.push(inner)
      }
    }
  }
  return boxes
}
