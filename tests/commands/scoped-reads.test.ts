// Commands on one canvas read that canvas, not the page, and list the page's canvases once: Check fit and the BMC
// summary of a canvas people drew (adopted), and the commands that read one canvas of either kind. Counted with the
// fake's API counter (no timing).
import { describe, expect, it } from 'vitest'
import { adoptCanvasAsync } from '../../src/commands/adopt-canvas-async'
import { bmcSummaryAsync } from '../../src/commands/bmc-summary-async'
import { checkFitAsync } from '../../src/commands/check-fit-async'
import { insertBmcAsync } from '../../src/commands/insert-bmc-async'
import { insertVpcAsync } from '../../src/commands/insert-vpc-async'
import { readOneCanvasAnywhereAsync } from '../../src/commands/read-canvas'
import { runCommandAsync } from '../../src/run/run-command'
import { useFake } from '../adapter/harness'
import { dropSticky } from '../adapter/helpers'
import type { Built } from '../adapter/drawn/drawings'
import { drawSquareAndCircle, ENGLISH, fill } from '../adapter/drawn/drawings'

const FAR_STICKIES = 200

/** A loose drawing (no container: its nodes are found by id), adopted, and 200 stickies far from it. */
async function adoptedBoardAsync(): Promise<Built> {
  const fake = useFake()
  const built = fill(await drawSquareAndCircle({ labels: ENGLISH, container: 'none', dividers: true }))
  figma.currentPage.selection = built.selection
  expect((await runCommandAsync('en', () => adoptCanvasAsync({ locale: 'en' }))).ok).toBe(true)
  figma.currentPage.selection = []
  for (let i = 0; i < FAR_STICKIES; i++)
    dropSticky(`elsewhere ${i}`, { x: 50_000 + (i % 20) * 300, y: 50_000 + Math.floor(i / 20) * 300 })
  await fake.flush()
  return built
}

const texts = () => useFake().counter.readsByProperty['STICKY.text.getStyledTextSegments'] ?? 0
const pageQueries = () => useFake().counter.calls['PAGE.findAllWithCriteria'] ?? 0

describe('one adopted canvas: the drawings are looked up once, the page is not read', () => {
  it('Check fit reads the drawing and lists the adopted drawings once', async () => {
    const fake = useFake()
    const built = await adoptedBoardAsync()
    fake.counter.reset()
    const answer = await runCommandAsync('en', () => checkFitAsync({ canvasId: built.anchor.id, locale: 'en' }))
    expect(answer.ok).toBe(true)
    // The drawing's 14 stickies (12 in zones, 2 unplaced), each read once.
    expect(texts()).toBe(14)
    // Canvas sections (shared and old private data), adopted drawings, test cards, summary roles (two), the page's
    // groups (a grouped sticky dragged onto the canvas): listing the adopted drawings again made it 7.
    expect(pageQueries()).toBe(6)
  })

  it('the BMC summary reads the drawing and the BMC, not the page', async () => {
    const fake = useFake()
    const built = await adoptedBoardAsync()
    expect((await runCommandAsync('en', () => insertBmcAsync({ locale: 'en' }))).ok).toBe(true)
    await fake.flush()
    fake.counter.reset()
    const answer = await runCommandAsync('en', () => bmcSummaryAsync({ canvasId: built.anchor.id, locale: 'en' }))
    expect(answer.ok).toBe(true)
    // The drawing's 14 stickies; a read of the page read all 214 and queried the page 23 times.
    expect(texts()).toBe(14)
    expect(pageQueries()).toBe(12)
    // What was written is what a read of the page would write: the canvas's jobs reach the Customer segments block.
    const written = fake.inspect
      .nodes()
      .filter((node) => (node.sharedPluginData.vpcfit?.summary ?? '').includes(`"canvasId":"${built.anchor.id}"`))
    expect(written).toHaveLength(2)
    expect(written.map((node) => node.text).join('\n')).toContain('jobs one')
  })

  it('a command on one canvas of either kind lists the canvas sections once', async () => {
    const fake = useFake()
    const built = await adoptedBoardAsync()
    await insertVpcAsync({ segment: 'A', product: 'B', locale: 'en' })
    fake.counter.reset()
    expect(await readOneCanvasAnywhereAsync(figma.currentPage, built.anchor.id)).not.toBeNull()
    expect(texts()).toBe(14)
    // Canvas sections (two queries), adopted drawings, test cards, summary roles, groups: the sections were listed
    // twice.
    expect(pageQueries()).toBe(6)
  })
})
