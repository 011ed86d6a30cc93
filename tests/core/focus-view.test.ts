import { describe, expect, it } from 'vitest'
import { FOCUS_ZOOM, focusView } from '../../src/core/layout/focus-view'
import type { Rect } from '../../src/core/types'

const WINDOW = { width: 1440, height: 900 }
const sticky: Rect = { x: 10_000, y: 4_000, width: 240, height: 240 }

function view(center: { x: number; y: number }, zoom: number) {
  const width = WINDOW.width / zoom
  const height = WINDOW.height / zoom
  return { center, zoom, bounds: { x: center.x - width / 2, y: center.y - height / 2, width, height } }
}

describe('focusing a sticky from the panel', () => {
  it.each([
    ['from a whole-board view far away', view({ x: 0, y: 0 }, 0.05)],
    ['from a close-up elsewhere', view({ x: 0, y: 0 }, 3)],
    ['from a close-up of the sticky itself (too close to see its neighbours)', view({ x: 10_120, y: 4_120 }, 3)]
  ])('%s: centres it at a moderate zoom with its neighbours in view', (_label, from) => {
    const next = focusView(sticky, from)
    expect(next).not.toBeNull()
    expect(next!.center).toEqual({ x: 10_120, y: 4_120 })
    expect(next!.zoom).toBeGreaterThanOrEqual(FOCUS_ZOOM.min)
    expect(next!.zoom).toBeLessThanOrEqual(FOCUS_ZOOM.max)
    // At least three sticky widths on each side stay in view.
    const after = view(next!.center, next!.zoom)
    expect(after.bounds.width).toBeGreaterThanOrEqual(sticky.width * 4)
    expect(after.bounds.height).toBeGreaterThanOrEqual(sticky.height * 3)
  })

  it('does not move the view when the sticky is already well in view at a readable zoom', () => {
    expect(focusView(sticky, view({ x: 10_300, y: 4_100 }, 0.5))).toBeNull()
  })
})
