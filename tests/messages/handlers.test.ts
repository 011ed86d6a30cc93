/**
 * The panel's request handlers (src/messages/handlers.ts) through the open panel's real entry point: each request
 * gets one answer, and answers that carry a result carry the right one.
 */
import { describe, expect, it } from 'vitest'
import type { DonePayload, ExportFile, ImportOutcome } from '../../contract/messages'
import { useFake } from '../adapter/harness'
import { smallCanvas } from '../adapter/reliability/canvas'
import { PanelDriver } from '../adapter/reliability/panel'

/** The full answer (result included) to the request with `requestId`. */
function doneOf(panel: PanelDriver, requestId: string): DonePayload | undefined {
  for (const [name, payload] of panel.received)
    if (name === 'DONE' && payload.requestId === requestId) return payload
  return undefined
}

describe('request handlers', () => {
  it('EXPORT answers with the file; IMPORT_REPORT of that file answers with what it drew', async () => {
    const fake = useFake()
    const canvas = await smallCanvas(fake)
    const panel = await PanelDriver.openAsync(fake)
    await panel.sendRawAsync(['EXPORT', { requestId: 'x1', canvasId: canvas.id, format: 'json' }])
    const exported = doneOf(panel, 'x1')
    expect(exported?.ok).toBe(true)
    const file = exported?.result as ExportFile
    expect(file).toMatchObject({ format: 'json', mimeType: expect.stringContaining('json') as string })
    const report = JSON.parse(file.content) as {
      zones: Record<string, unknown[]>
      unplaced: unknown[]
      links: unknown[]
    }
    const stickies = Object.values(report.zones).reduce(
      (sum, list) => sum + list.length,
      report.unplaced.length
    )

    await panel.sendRawAsync(['IMPORT_REPORT', { requestId: 'i1', json: file.content }])
    const imported = doneOf(panel, 'i1')
    expect(imported?.ok).toBe(true)
    expect(imported?.result as ImportOutcome).toEqual({ stickies, links: report.links.length })
  })

  it('a refused request answers with no result', async () => {
    const fake = useFake()
    await smallCanvas(fake)
    const panel = await PanelDriver.openAsync(fake)
    await panel.sendRawAsync(['IMPORT_REPORT', { requestId: 'i2', json: '{"schema": "vpcfit/9"}' }])
    expect(doneOf(panel, 'i2')).toMatchObject({ ok: false, result: null })
    expect(doneOf(panel, 'i2')?.message).toContain('vpcfit/9')
  })

  it('requests without a result answer with null', async () => {
    const fake = useFake()
    const canvas = await smallCanvas(fake)
    const panel = await PanelDriver.openAsync(fake)
    await panel.sendRawAsync(['CHECK_FIT', { requestId: 'c1', canvasId: canvas.id }])
    expect(doneOf(panel, 'c1')).toMatchObject({ ok: true, result: null })
  })
})
