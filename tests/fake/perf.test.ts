import { describe, expect, it } from 'vitest'
import { createFigJam } from '../../fake'

/** Generous bounds: they catch quadratic slips (which take minutes), not noise on a busy machine. */
const BUILD_BUDGET_MS = 4000
const SEARCH_BUDGET_MS = 500

describe('big boards stay fast', () => {
  it('10,000 stickies dropped into sections through the user module, then searched', () => {
    const fake = createFigJam()
    const figma = fake.startSession().figma
    for (let s = 0; s < 4; s++) fake.user.addSection({ x: s * 6000, y: 0, width: 5800, height: 6000 })
    const started = performance.now()
    for (let i = 0; i < 10_000; i++) {
      const sticky = fake.user.addSticky({
        text: `sticky ${i}`,
        x: (i % 96) * 250,
        y: Math.floor(i / 96) * 50
      })
      if (i % 2 === 0) sticky.setPluginData('role', 'pain')
    }
    const built = performance.now() - started
    expect(built).toBeLessThan(BUILD_BUDGET_MS)
    expect(fake.undo.steps).toBe(10_004)

    const searchStarted = performance.now()
    const all = figma.currentPage.findAllWithCriteria({ types: ['STICKY'] })
    const tagged = figma.currentPage.findAllWithCriteria({
      types: ['STICKY'],
      pluginData: { keys: ['role'] }
    })
    const searched = performance.now() - searchStarted
    expect(all).toHaveLength(10_000)
    expect(tagged).toHaveLength(5_000)
    expect(searched).toBeLessThan(SEARCH_BUDGET_MS)

    // Undoing one step does not walk the board.
    const undoStarted = performance.now()
    fake.undo.undo()
    expect(performance.now() - undoStarted).toBeLessThan(50)
  })
})
