/**
 * A sticky dragged out of its group stays in the group (and the group in its section), so a sticky lying on one
 * canvas can belong to a group of another canvas's section. The commands on one canvas read that canvas and what
 * overlaps it, not the page: they must still see it, as a read of the page does. (The randomized model test found
 * this: a canvas duplicated, two of the copy's stickies grouped, one dragged onto the first canvas, Check fit.)
 */
import { describe, expect, it } from 'vitest'
import { checkFitAsync } from '../../src/commands/check-fit-async'
import { createTestCardAsync } from '../../src/commands/create-test-card-async'
import { setEvidenceAsync } from '../../src/commands/set-evidence-async'
import { SHARED_NAMESPACE } from '../../src/adapter/plugin-data'
import { reportWithoutTime } from '../../src/core/analyze'
import { readStoredReportText } from '../../src/core/report-storage'
import type { FitReport } from '../../src/core/types'
import { useFake } from '../adapter/harness'
import { canvases, differences, oracle, zonePoint } from '../adapter/reliability/board'
import { canvasWith } from '../adapter/reliability/canvas'
import { commandAsync, expectDone } from '../adapter/reliability/observe'

/** Canvas A and a copy of it beside it; two of the copy's jobs grouped; one of them dragged onto A's jobs. */
async function boardAsync() {
  const fake = useFake()
  const first = await canvasWith(fake, { jobs: ['Get to work on time', 'Stay fit'], pains: ['Rain'] })
  fake.user.duplicate([first.id])
  const copy = canvases(fake).find((canvas) => canvas.id !== first.id)!
  const copied = fake.inspect.subtree(copy.id).filter((node) => node.type === 'STICKY')
  const [a, b] = copied.filter((node) => node.text === 'Get to work on time' || node.text === 'Stay fit')
  const group = fake.user.group([a!.id, b!.id])
  const at = zonePoint(fake, first.id, 'jobs', 0.2, -60)!
  fake.user.move(a!.id, at.x - 120, at.y - 120)
  expect(fake.inspect.parentOf(a!.id), 'the dragged sticky is still in its group').toBe(group.id)
  await fake.flush()
  return { fake, first, moved: a!.id }
}

function stored(section: SectionNode): FitReport {
  const text = readStoredReportText((key) => section.getSharedPluginData(SHARED_NAMESPACE, key))
  if (!text.ok) throw new Error('no report stored')
  return JSON.parse(text.json) as FitReport
}

describe('hostile boards: a grouped sticky dragged onto another canvas', () => {
  it('Check fit of that canvas counts it, as a read of the page does', async () => {
    const { fake, first, moved } = await boardAsync()
    expectDone(await commandAsync(fake, () => checkFitAsync({ canvasId: first.id, locale: 'en' })))
    const truth = oracle().find((canvas) => canvas.report.canvas.id === first.id)!
    expect(truth.report.zones.jobs.map((item) => item.id)).toContain(moved)
    expect(differences(reportWithoutTime(stored(first.section)), truth.report)).toEqual([])
  })

  it('a test card and evidence for it: the sticky is on the canvas', async () => {
    const { fake, first, moved } = await boardAsync()
    expectDone(
      await commandAsync(fake, () => setEvidenceAsync({ canvasId: first.id, itemId: moved, level: 'said', locale: 'en' })),
      /^Evidence for/
    )
    expectDone(
      await commandAsync(fake, () => createTestCardAsync({ canvasId: first.id, itemId: moved, locale: 'en' })),
      /^Test card drawn/
    )
  })
})
