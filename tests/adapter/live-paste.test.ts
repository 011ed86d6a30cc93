import { describe, expect, it } from 'vitest'
import { LiveBoard } from '../../src/adapter/live-board'
import { DATA_KEYS, getData, ROLES } from '../../src/adapter/plugin-data'
import { tagSummary } from '../../src/adapter/bmc/summary-data'
import { takeSnapshot } from '../../src/adapter/snapshot'
import { insertVpcAsync } from '../../src/commands/insert-vpc-async'
import type { BoardSnapshot } from '../../src/core/types'
import { useFake } from './harness'
import { canvasSections, dropSticky, pointInZone } from './helpers'

const byId = <T extends { id: string }>(items: readonly T[]): T[] => [...items].sort((a, b) => (a.id < b.id ? -1 : 1))
const sorted = (board: BoardSnapshot) => ({
  canvases: byId(board.canvases),
  stickies: byId(board.stickies),
  connectors: byId(board.connectors)
})

describe('the live board after a paste FigJam reports as one CREATE', () => {
  it('counts the pasted stickies, their votes, links and summary stickies without a full read', async () => {
    const fake = useFake()
    await insertVpcAsync({ segment: 'Parents', product: 'Sitters', locale: 'en' })
    const canvas = canvasSections()[0]!
    const pain = dropSticky('Cancellations', pointInZone(canvas, 'pains', 0.5))
    const reliever = dropSticky('Backup sitter on call', pointInZone(canvas, 'painRelievers', 0.5))
    fake.user.connect(reliever, pain)
    fake.user.stamp(pain, 'Thumbs up')
    fake.user.stamp(pain, 'Question')
    // A summary sticky the plugin wrote, inside the canvas: it stays the plugin's after the paste, and its pasted
    // copy is the team's sticky (issue #18: a copy of a summary counts as the person's own).
    const summary = fake.user.addSticky({ text: 'Summary', x: canvas.x + 40, y: canvas.y + 40 })
    tagSummary(summary, canvas.id, 'valuePropositions', 'Summary')
    await fake.flush()

    const live = new LiveBoard(figma.currentPage)
    live.readAll()
    const batches: NodeChange[][] = []
    figma.currentPage.on('nodechange', (event) => batches.push([...event.nodeChanges]))
    fake.user.duplicate([canvas], { offset: { x: 0, y: canvas.height + 400 } })
    await fake.flush()

    const changes = batches.flat()
    expect(changes.filter((c) => c.type === 'CREATE').map((c) => c.node.type)).toEqual(['SECTION'])
    const result = live.apply(changes)
    expect(result.kind).toBe('partial')
    expect(sorted(live.snapshot())).toEqual(sorted(takeSnapshot(figma.currentPage)))
    const copies = live.snapshot().stickies.filter((s) => s.text === 'Cancellations')
    expect(copies.map((s) => s.stamps)).toEqual([
      { 'Thumbs up': 1, Question: 1 },
      { 'Thumbs up': 1, Question: 1 }
    ])
    const summaries = live.snapshot().stickies.filter((s) => s.text === 'Summary')
    expect(summaries.map((s) => [s.id === summary.id, s.pluginRole]).sort()).toEqual([
      [false, null],
      [true, 'bmc-summary']
    ])
    expect(live.snapshot().connectors).toHaveLength(2)
  })
})

describe('the live board with canvases pasted inside canvases (one CREATE each)', () => {
  // The model test's counterexample when FigJam's highest-level CREATE was first modelled: two canvases, the first
  // pasted overlapping (it drops into the canvas under it), a square moved far out, then a square deleted.
  it('duplicate a canvas onto another, move a square out, delete a square: agrees with a fresh read', async () => {
    const fake = useFake()
    await insertVpcAsync({ segment: 'Segment 0', product: 'Offer 0', locale: 'en' })
    await insertVpcAsync({ segment: 'Segment 1', product: 'Offer 1', locale: 'en' })
    await fake.flush()
    const live = new LiveBoard(figma.currentPage)
    live.readAll()
    figma.currentPage.on('nodechange', (event) => live.apply(event.nodeChanges))
    const check = () => expect(sorted(live.snapshot())).toEqual(sorted(takeSnapshot(figma.currentPage)))
    const canvases = () => canvasSections()
    const square = (section: SectionNode) =>
      section.findChildren((child) => getData(child, DATA_KEYS.role) === ROLES.valueMap)[0]
    const pick = <T>(list: readonly T[], k: number): T => list[k % list.length] as T

    fake.user.duplicate([pick(canvases(), 3).id], { offset: { x: 1300, y: 700 } })
    await fake.flush()
    check()
    const moving = square(pick(canvases(), 1))
    if (moving) {
      const box = moving.absoluteBoundingBox!
      fake.user.move(moving.id, box.x - 3000, box.y - 3500)
    }
    await fake.flush()
    check()
    const doomed = square(pick(canvases(), 11))
    if (doomed) fake.user.delete([doomed.id])
    await fake.flush()
    check()
  })
})
