// A command reads what it needs once: Check fit of a loose drawing fetches the drawing's nodes once (the box that
// chooses the canvas and the canvas read share one read), and Record learning reads the page's test cards once
// (the canvas read takes the command's reading). Counted with the fake's API counter (no timing).
import { describe, expect, it } from 'vitest'
import { adoptCanvasAsync } from '../../src/commands/adopt-canvas-async'
import { bmcSummaryAsync } from '../../src/commands/bmc-summary-async'
import { checkFitAsync } from '../../src/commands/check-fit-async'
import { createTestCardAsync } from '../../src/commands/create-test-card-async'
import { insertBmcAsync } from '../../src/commands/insert-bmc-async'
import { insertVpcAsync } from '../../src/commands/insert-vpc-async'
import { recordLearningAsync } from '../../src/commands/record-learning-async'
import { DATA_KEYS, getData } from '../../src/adapter/plugin-data'
import { takeSnapshot } from '../../src/adapter/snapshot'
import { analyzeBoard } from '../../src/core/analyze'
import { runCommandAsync } from '../../src/run/run-command'
import { useFake } from '../adapter/harness'
import { buildFitnessBoard, canvasSections } from '../adapter/helpers'
import { drawSquareAndCircle, ENGLISH, fill } from '../adapter/drawn/drawings'
import { definitionNodeIds, parseDrawnDef } from '../../src/core/drawn/definition'

const byId = () => useFake().counter.calls['figma.getNodeByIdAsync'] ?? 0

describe('Check fit of a loose drawing', () => {
  it('fetches each of the drawing’s nodes once, and checks what a read of the page checks', async () => {
    const fake = useFake()
    const built = fill(await drawSquareAndCircle({ labels: ENGLISH, container: 'none', dividers: true }))
    figma.currentPage.selection = built.selection
    expect((await runCommandAsync('en', () => adoptCanvasAsync({ locale: 'en' }))).ok).toBe(true)
    figma.currentPage.selection = []
    await fake.flush()
    const definition = parseDrawnDef(getData(built.anchor, DATA_KEYS.drawn))
    expect(definition).not.toBeNull()
    const nodes = new Set(definitionNodeIds(definition!)).size
    const fresh = analyzeBoard(takeSnapshot(figma.currentPage), 'x').find(
      (a) => a.report.canvas.id === built.anchor.id
    )
    fake.counter.reset()
    const answer = await runCommandAsync('en', () =>
      checkFitAsync({ canvasId: built.anchor.id, locale: 'en' })
    )
    expect(answer.ok).toBe(true)
    // The drawing's nodes once, and the anchor once when the command looks it up to write: reading the drawing
    // for its box and again for the check fetched 2 × nodes + 1.
    expect(byId()).toBe(nodes + 1)
    const stored = fake.inspect.nodes().find((node) => node.id === built.anchor.id)?.sharedPluginData
      .vpcfit?.report
    const report = JSON.parse(stored ?? '{}') as { zones?: unknown }
    expect(report.zones).toEqual(fresh?.report.zones)
  })

  it('the BMC summary of a loose drawing fetches its nodes once', async () => {
    const fake = useFake()
    const built = fill(await drawSquareAndCircle({ labels: ENGLISH, container: 'none', dividers: true }))
    figma.currentPage.selection = built.selection
    expect((await runCommandAsync('en', () => adoptCanvasAsync({ locale: 'en' }))).ok).toBe(true)
    figma.currentPage.selection = []
    expect((await runCommandAsync('en', () => insertBmcAsync({ locale: 'en' }))).ok).toBe(true)
    await fake.flush()
    const nodes = new Set(definitionNodeIds(parseDrawnDef(getData(built.anchor, DATA_KEYS.drawn))!)).size
    fake.counter.reset()
    const answer = await runCommandAsync('en', () =>
      bmcSummaryAsync({ canvasId: built.anchor.id, locale: 'en' })
    )
    expect(answer.ok).toBe(true)
    expect(byId()).toBeLessThanOrEqual(nodes + 1)
  })
})

describe('Record learning', () => {
  it('reads the page’s test cards once', async () => {
    const fake = useFake()
    await insertVpcAsync({ segment: 'Busy professionals', product: 'Fitness app', locale: 'en' })
    const section = canvasSections()[0]!
    const { stickies } = buildFitnessBoard(section)
    const items = Object.values(stickies).slice(0, 3)
    for (const item of items) {
      const made = await runCommandAsync('en', () =>
        createTestCardAsync({ canvasId: section.id, itemId: item.id, locale: 'en' })
      )
      expect(made.ok).toBe(true)
    }
    await fake.flush()
    const testCards = figma.currentPage
      .findAllWithCriteria({ types: ['SECTION'] })
      .filter((s) => getData(s, DATA_KEYS.testCard) !== '')
    expect(testCards).toHaveLength(3)
    fake.counter.reset()
    const queries = () => fake.counter.calls['PAGE.findAllWithCriteria'] ?? 0
    const answer = await runCommandAsync('en', () =>
      recordLearningAsync({ testId: testCards[0]!.id, locale: 'en' })
    )
    expect(answer.ok).toBe(true)
    // Learning cards and test cards once (two queries), canvas sections (two), the page's groups (a grouped sticky
    // dragged onto the canvas): reading the page's cards again for the canvas made it 7.
    expect(queries()).toBe(5)
  })
})
