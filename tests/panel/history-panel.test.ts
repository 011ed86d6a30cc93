/**
 * The History tab's data as the open panel gets it from main: versions after each check, the changes between the
 * latest two (or two chosen), the history exports, and a version drawn back beside the canvas as a locked copy
 * that touches nothing a person made.
 */
import * as v from 'valibot'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { HistoryExportSchema } from '../../contract/history'
import { ROLES } from '../../contract/plugin-data-keys'
import { insertVpcAsync } from '../../src/commands/insert-vpc-async'
import { useFake } from '../adapter/harness'
import { buildFitnessBoard, canvasSections } from '../adapter/helpers'
import { lostContent, userContent } from '../adapter/reliability/board'
import { PanelDriver, settle } from '../adapter/reliability/panel'
import type { ExportFile } from '../../contract/messages'

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
})

afterEach(() => {
  vi.useRealTimers()
})

async function openWithCanvas(locale: 'en' | 'sv' | 'da' = 'en') {
  const fake = useFake()
  await insertVpcAsync({ segment: 'Busy professionals', product: 'Fitness app', locale })
  const board = buildFitnessBoard(canvasSections()[0]!)
  const panel = await PanelDriver.openAsync(fake)
  return { fake, panel, ...board }
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

describe('the History tab from main', () => {
  it('shows each check as a version, and what changed since the one before', async () => {
    const { fake, panel, section, stickies } = await openWithCanvas()
    expect(panel.state?.active?.history).toEqual({ versions: [], compare: null })
    expect((await panel.requestAsync('CHECK_FIT', { canvasId: section.id })).ok).toBe(true)
    expect(panel.state?.active?.history?.versions).toHaveLength(1)
    fake.user.typeInto(stickies['Lack of time']!, 'No time at all')
    expect(
      (await panel.requestAsync('SAVE_VERSION', { canvasId: section.id, name: 'round 2' })).message
    ).toBe('Saved “round 2” · Fit 83%')
    const history = panel.state?.active?.history
    expect(history?.versions.map((version) => version.name)).toEqual([undefined, 'round 2'])
    expect(history?.compare?.lines).toEqual([
      { key: 'history.fit.same', params: { score: 83 } },
      { key: 'history.reworded', params: { zone: 'pains', before: 'Lack of time', after: 'No time at all' } }
    ])
    // The other way round, when chosen.
    const [first, second] = history!.versions
    await panel.requestAsync('COMPARE_VERSIONS', { canvasId: section.id, from: second!.id, to: first!.id })
    expect(panel.state?.active?.history?.compare?.lines[1]).toEqual({
      key: 'history.reworded',
      params: { zone: 'pains', before: 'No time at all', after: 'Lack of time' }
    })
  })

  it("a collaborator's check shows up too", async () => {
    const { fake, panel, section, stickies } = await openWithCanvas()
    await panel.requestAsync('CHECK_FIT', { canvasId: section.id })
    fake.user.typeInto(stickies['Complex apps']!, 'Too many apps', { remote: true })
    await panel.requestAsync('CHECK_FIT', { canvasId: section.id })
    expect(panel.state?.active?.history?.versions).toHaveLength(2)
  })

  it('exports the history as CSV and as JSON that validates against its schema', async () => {
    const { fake, panel, section, stickies } = await openWithCanvas()
    await panel.requestAsync('CHECK_FIT', { canvasId: section.id })
    fake.user.typeInto(stickies['Lack of time']!, 'No time')
    await panel.requestAsync('CHECK_FIT', { canvasId: section.id })
    const files: ExportFile[] = []
    for (const format of ['csv', 'json'] as const) {
      const before = panel.received.length
      expect((await panel.requestAsync('EXPORT_HISTORY', { canvasId: section.id, format })).ok).toBe(true)
      const done = panel.received.slice(before).find((m) => m[0] === 'DONE')
      files.push((done?.[1] as { result: ExportFile }).result)
    }
    const [csv, json] = files as [ExportFile, ExportFile]
    expect(csv.filename).toMatch(/^vpc-busy-professionals-fitness-app-\d{4}-\d{2}-\d{2}-history\.csv$/)
    expect(csv.content.split('\r\n')).toHaveLength(4)
    expect(csv.content.split('\r\n')[0]).toBe('\uFEFFtime (UTC),name,fit,band,jobs,pains,gains,evidence fit,stickies,links,thinned')
    expect(csv.content.split('\r\n')[2]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},,83,strong,83,100,67,,16,7,$/)
    const parsed = JSON.parse(json.content) as unknown
    expect(v.is(HistoryExportSchema, parsed)).toBe(true)
    expect((parsed as { versions: unknown[] }).versions).toHaveLength(2)
  })

  it.each([
    ['sv', 'tid (UTC);namn;matchning;nivå', 'stark'],
    ['da', 'tid (UTC);navn;match;niveau', 'stærk']
  ] as const)('a %s canvas exports its history CSV in its own words and separator', async (locale, head, band) => {
    const { panel, section } = await openWithCanvas(locale)
    await panel.requestAsync('CHECK_FIT', { canvasId: section.id })
    const before = panel.received.length
    expect((await panel.requestAsync('EXPORT_HISTORY', { canvasId: section.id, format: 'csv' })).ok).toBe(true)
    const done = panel.received.slice(before).find((m) => m[0] === 'DONE')
    const lines = (done?.[1] as { result: ExportFile }).result.content.split('\r\n')
    expect(lines[0]?.startsWith(`\uFEFF${head};`)).toBe(true)
    expect(lines[1]).toMatch(new RegExp(`^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2};;83;${band};83;100;67;;16;7;$`))
  })

  it('draws a version back beside the canvas: locked, labelled, on free board, no canvas of its own', async () => {
    const { fake, panel, section, stickies } = await openWithCanvas()
    await panel.requestAsync('CHECK_FIT', { canvasId: section.id })
    fake.user.typeInto(stickies['Lack of time']!, 'No time')
    await panel.requestAsync('CHECK_FIT', { canvasId: section.id })
    const before = userContent(fake)
    const boxes = figma.currentPage.children.map((node) => node.absoluteBoundingBox!)
    const steps = fake.undo.steps
    const older = panel.state!.active!.history!.compare!.from
    const answer = await panel.requestAsync('DRAW_VERSION', { canvasId: section.id, versionId: older })
    expect(answer.ok).toBe(true)
    expect(answer.message).toMatch(
      /^Drew “\d+ \w{3} \d{4}, \d{2}:\d{2}” beside the canvas, locked, for comparing$/
    )
    expect(fake.undo.steps).toBe(steps + 1)
    expect(lostContent(before, userContent(fake))).toEqual([])
    const copy = figma.currentPage.children.find((node) =>
      node.name.includes('(read-only copy)')
    ) as SectionNode
    expect(copy.name).toMatch(
      /^Value Proposition Canvas · Busy professionals · Fitness app · \d+ \w{3} \d{4}, \d{2}:\d{2} \(read-only copy\)$/
    )
    expect(copy.getSharedPluginData('vpcfit', 'role')).toBe(ROLES.historyCopy)
    expect(copy.locked).toBe(true)
    expect(copy.findAll().every((node) => node.locked)).toBe(true)
    const texts = copy.findAllWithCriteria({ types: ['STICKY'] }).map((sticky) => sticky.text.characters)
    expect(texts).toContain('Lack of time')
    expect(texts).not.toContain('No time')
    const box = copy.absoluteBoundingBox!
    expect(box.x).toBeGreaterThan(section.absoluteBoundingBox!.x)
    for (const other of boxes) expect(overlaps(box, other)).toBe(false)
    // Not a canvas: the panel still lists one.
    expect(panel.state?.canvases).toHaveLength(1)
    expect(canvasSections()).toHaveLength(1)
    // Undo takes the copy away again.
    fake.undo.undo()
    await settle(fake)
    expect(figma.currentPage.children.some((node) => node.name.includes('(read-only copy)'))).toBe(false)
    expect(panel.state?.canvases).toHaveLength(1)
  })

  it('refuses to draw a version it does not have, clearly, changing nothing', async () => {
    const { panel, section } = await openWithCanvas()
    await panel.requestAsync('CHECK_FIT', { canvasId: section.id })
    const answer = await panel.requestAsync('DRAW_VERSION', {
      canvasId: section.id,
      versionId: 'f'.repeat(16)
    })
    expect(answer).toMatchObject({ ok: false, message: 'That version is no longer in the canvas’s history.' })
    const bad = await panel.requestAsync('DRAW_VERSION', { canvasId: section.id, versionId: 'nope' })
    expect(bad.ok).toBe(false)
    expect(bad.message).toMatch(/versionId must be a version id/)
  })
})
