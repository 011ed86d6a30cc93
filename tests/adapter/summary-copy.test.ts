/**
 * A summary sticky a person edited, or a copy of one, is their sticky (issue #18): it counts in the zone it sits in,
 * with its rank and links, in the stored report and in the open panel. The plugin's own untouched summary does not.
 */
import { describe, expect, it } from 'vitest'
import { bmcSummaryAsync, NoBmcError } from '../../src/commands/bmc-summary-async'
import { t } from '../../src/i18n'
import { checkFitAsync } from '../../src/commands/check-fit-async'
import { insertBmcAsync } from '../../src/commands/insert-bmc-async'
import type { FigJamFake } from '../../fake'
import { useFake } from './harness'
import { oracle, zonePoint } from './reliability/board'
import { placeIn, smallCanvas, storedReport } from './reliability/canvas'
import type { TestCanvas } from './reliability/canvas'
import { PanelDriver, settle } from './reliability/panel'

async function withSummary(fake: FigJamFake): Promise<{ canvas: TestCanvas; summaryId: string }> {
  const canvas = await smallCanvas(fake)
  await insertBmcAsync({ locale: 'en' })
  await bmcSummaryAsync({ canvasId: canvas.id, locale: 'en' })
  const summary = fake.inspect.nodes().find((n) => n.type === 'STICKY' && n.sharedPluginData.vpcfit?.role === 'bmc-summary')
  if (!summary) throw new Error('no summary written')
  return { canvas, summaryId: summary.id }
}

/** Drags a node so its centre lands at `fraction` along the zone's middle ray. */
function dragInto(fake: FigJamFake, canvas: TestCanvas, id: string, fraction: number): void {
  const at = zonePoint(fake, canvas.id, 'jobs', fraction)!
  const node = fake.inspect.node(id)!
  fake.user.move(id, at.x - node.box.width / 2, at.y - node.box.height / 2)
}

describe('a summary sticky people made their own', () => {
  it('a copy dragged into the jobs zone and typed over counts as a job: zone, rank and links, stored and in the panel', async () => {
    const fake = useFake()
    const { canvas, summaryId } = await withSummary(fake)
    const panel = await PanelDriver.openAsync(fake)
    const [copy] = fake.user.duplicate([summaryId])
    dragInto(fake, canvas, copy!.id, 0.8)
    fake.user.typeInto(copy!.id, 'Ride home safely')
    fake.user.connect(canvas.sticky['Reserve a bike']!, copy!.id)
    await settle(fake)
    await checkFitAsync({ canvasId: canvas.id, locale: 'en' })
    const report = storedReport(canvas.section)
    expect(placeIn(report, copy!.id)).toBe('jobs')
    const item = report.zones.jobs.find((entry) => entry.id === copy!.id)!
    expect(item.text).toBe('Ride home safely')
    expect(report.zones.jobs).toHaveLength(3)
    expect(item.rank).toBeGreaterThanOrEqual(1)
    expect(report.links).toContainEqual({
      from: canvas.sticky['Reserve a bike'],
      to: copy!.id,
      kind: 'invalid'
    })
    // The open panel shows the same as a fresh analysis.
    const shown = panel.state!.active!.analysis!.report
    expect(placeIn(shown, copy!.id)).toBe('jobs')
    expect({ ...shown, checkedAt: '' }).toEqual({ ...oracle()[0]!.report, checkedAt: '' })
    // The original summary is still the plugin's: not canvas content, wherever it is.
    expect(placeIn(report, summaryId)).toBeNull()
    await settle(fake)
  })

  it("a copy dragged in untouched is the team's sticky too (it is not the one the plugin wrote)", async () => {
    const fake = useFake()
    const { canvas, summaryId } = await withSummary(fake)
    const [copy] = fake.user.duplicate([summaryId])
    dragInto(fake, canvas, copy!.id, 0.8)
    await checkFitAsync({ canvasId: canvas.id, locale: 'en' })
    expect(placeIn(storedReport(canvas.section), copy!.id)).toBe('jobs')
  })

  it('the original, edited where it is and then dragged into a zone, counts there', async () => {
    const fake = useFake()
    const { canvas, summaryId } = await withSummary(fake)
    fake.user.typeInto(summaryId, 'Stay dry on the way')
    dragInto(fake, canvas, summaryId, 0.8)
    await checkFitAsync({ canvasId: canvas.id, locale: 'en' })
    expect(placeIn(storedReport(canvas.section), summaryId)).toBe('jobs')
  })
})

describe('the BMC summary writes only into a BMC', () => {
  it.each([
    ['a section people drew around the canvas', -200, -200, 400],
    ['a section people drew inside the canvas', 300, 600, -1]
  ])(
    'no BMC and %s selected: the insert-a-BMC offer, nothing written anywhere',
    async (_name, dx, dy, grow) => {
      const fake = useFake()
      const canvas = await smallCanvas(fake)
      const box = fake.inspect.node(canvas.id)!.box
      const section = fake.user.addSection({
        x: box.x + dx,
        y: box.y + dy,
        width: grow > 0 ? box.width + grow : 800,
        height: grow > 0 ? box.height + grow : 800
      })
      fake.user.select([section.id])
      const before = fake.inspect.nodes().length
      const error = await bmcSummaryAsync({ canvasId: null, locale: 'en' }).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(NoBmcError)
      expect((error as NoBmcError).message).toBe(t('en', 'bmcNotify.noBmc'))
      expect(fake.inspect.nodes()).toHaveLength(before)
    }
  )
})
