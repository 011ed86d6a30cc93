import { describe, expect, it } from 'vitest'
import { createFigJam } from '../../fake'

/**
 * Counts the document's record reads while `work` runs: each lookup by id is one, each pass over the whole store is
 * its size. A count, not a clock, so the test catches an edit or an undo that walks the board (which shows as
 * thousands of reads) without depending on how busy the machine is. Wall-clock speed lives in `npm run bench`.
 */
function recordReads(records: Map<string, unknown>, work: () => void): number {
  const own = records as unknown as Record<PropertyKey, unknown>
  const proto = Map.prototype as unknown as Record<PropertyKey, (...args: unknown[]) => unknown>
  let reads = 0
  for (const name of ['get', 'has']) {
    own[name] = (...args: unknown[]) => {
      reads += 1
      return proto[name]!.apply(records, args)
    }
  }
  for (const name of ['values', 'keys', 'entries', 'forEach', Symbol.iterator]) {
    own[name] = (...args: unknown[]) => {
      reads += records.size
      return proto[name]!.apply(records, args)
    }
  }
  try {
    work()
  } finally {
    for (const name of ['get', 'has', 'values', 'keys', 'entries', 'forEach', Symbol.iterator]) delete own[name]
  }
  return reads
}

describe('big boards stay fast', () => {
  it('10,000 stickies dropped into sections through the user module, then searched and one undone', () => {
    const fake = createFigJam()
    const figma = fake.startSession().figma
    const records = fake.document.records as Map<string, unknown>
    for (let s = 0; s < 4; s++) fake.user.addSection({ x: s * 6000, y: 0, width: 5800, height: 6000 })
    const drop = (from: number, to: number) => {
      for (let i = from; i < to; i++) {
        const sticky = fake.user.addSticky({ text: `sticky ${i}`, x: (i % 96) * 250, y: Math.floor(i / 96) * 50 })
        if (i % 2 === 0) sticky.setPluginData('role', 'pain')
      }
    }
    // A drop costs the same on a full board as on an empty one.
    const firstHundred = recordReads(records, () => drop(0, 100))
    drop(100, 9_900)
    const lastHundred = recordReads(records, () => drop(9_900, 10_000))
    expect(firstHundred).toBeGreaterThan(0)
    expect(lastHundred).toBeLessThanOrEqual(2 * firstHundred)
    expect(fake.undo.steps).toBe(10_004)

    // A search reads each node a few times, not once per other node.
    let all: SceneNode[] = []
    let tagged: SceneNode[] = []
    const searchReads = recordReads(records, () => {
      all = figma.currentPage.findAllWithCriteria({ types: ['STICKY'] })
      tagged = figma.currentPage.findAllWithCriteria({ types: ['STICKY'], pluginData: { keys: ['role'] } })
    })
    expect(all).toHaveLength(10_000)
    expect(tagged).toHaveLength(5_000)
    expect(searchReads).toBeLessThanOrEqual(2 * 4 * fake.document.size)

    // Undoing one step does not walk the board.
    const undoReads = recordReads(records, () => fake.undo.undo())
    expect(figma.currentPage.findAllWithCriteria({ types: ['STICKY'] })).toHaveLength(9_999)
    expect(undoReads).toBeLessThan(100)
  })
})
