import { describe, expect, it } from 'vitest'
import { DATA_KEYS, getData, ROLES } from '../../src/adapter/plugin-data'
import { takeSnapshot } from '../../src/adapter/snapshot'
import { LiveBoard } from '../../src/adapter/live-board'
import { exportCanvas } from '../../src/commands/export-canvas'
import { importReportAsync } from '../../src/commands/import-report-async'
import { insertVpcAsync } from '../../src/commands/insert-vpc-async'
import { repairCanvasAsync } from '../../src/commands/repair-canvas-async'
import { runCommandAsync } from '../../src/run/run-command'
import { acceptSuggestionAsync } from '../../src/commands/accept-suggestion-async'
import { rejectSuggestionAsync } from '../../src/commands/reject-suggestion-async'
import { analyzeBoard, reportWithoutTime } from '../../src/core/analyze'
import type { FitReport, Locale } from '../../src/core/types'
import { useFake } from '../adapter/harness'
import {
  buildFitnessBoard,
  canvasSections,
  dropSticky,
  pointInZone,
  shapesOf,
  userNodeSignature
} from '../adapter/helpers'

const analyses = () => analyzeBoard(takeSnapshot(figma.currentPage), '2026-11-23T10:00:00.000Z')

async function fitnessCanvas() {
  await insertVpcAsync({ segment: 'Busy professionals', product: 'Fitness app', locale: 'en' })
  return buildFitnessBoard(canvasSections()[0]!)
}

describe('inserting in each language', () => {
  it.each([
    ['en', ['Customer jobs', 'Pains', 'Gains', 'Products & services', 'Pain relievers', 'Gain creators']],
    [
      'sv',
      [
        'Kundens uppgifter',
        'Besvär',
        'Fördelar',
        'Produkter och tjänster',
        'Besvärsdämpare',
        'Fördelsskapare'
      ]
    ],
    [
      'da',
      ['Kundeopgaver', 'Smerter', 'Gevinster', 'Produkter og services', 'Smertelindrere', 'Gevinstskabere']
    ]
  ] as Array<[Locale, string[]]>)('draws the %s labels', async (locale, labels) => {
    await insertVpcAsync({ segment: 'S', product: 'P', locale })
    const texts = canvasSections()[0]!
      .findAllWithCriteria({ types: ['TEXT'] })
      .map((t) => t.characters)
    for (const label of labels) expect(texts).toContain(label)
  })
})

describe('repairing a damaged canvas', () => {
  it.each([
    ['square', ROLES.valueMap, 'valueMap'],
    ['circle', ROLES.customerProfile, 'customerProfile']
  ])('redraws a deleted %s in place and moves no sticky', async (_label, role, part) => {
    const { section } = await fitnessCanvas()
    const original = shapesOf(section)
    const shape = section.findChildren((child) => getData(child, DATA_KEYS.role) === role)[0]!
    useFake().user.delete([shape])
    const damaged = analyses()[0]!
    expect(damaged.damaged).toEqual([part])
    expect(damaged.report.unplaced.length).toBeGreaterThan(0)
    const before = userNodeSignature()
    const answer = await runCommandAsync('en', () =>
      repairCanvasAsync({ canvasId: section.id, locale: 'en' })
    )
    expect(answer.ok).toBe(true)
    expect(userNodeSignature()).toEqual(before)
    expect(shapesOf(section)).toEqual(original)
    const repaired = analyses()[0]!
    expect(repaired.damaged).toEqual([])
    expect(repaired.report.unplaced).toEqual([])
  })

  it('says there is nothing to repair on a complete canvas', async () => {
    await fitnessCanvas()
    const answer = await runCommandAsync('en', () =>
      repairCanvasAsync({ canvasId: canvasSections()[0]!.id, locale: 'en' })
    )
    expect(answer).toEqual({ ok: true, message: 'This canvas is complete; nothing to repair.' })
  })

  it('mirrors the surviving shape when the canvas was resized', async () => {
    const { section } = await fitnessCanvas()
    const circle = section.findChildren((c) => getData(c, DATA_KEYS.role) === ROLES.customerProfile)[0]!
    const square = section.findChildren((c) => getData(c, DATA_KEYS.role) === ROLES.valueMap)[0]!
    useFake().user.resize(circle, 1800, 1800)
    useFake().user.delete([square])
    await repairCanvasAsync({ canvasId: section.id, locale: 'en' })
    const shapes = shapesOf(section)
    expect(shapes.valueMap.width).toBe(1800)
    expect(shapes.valueMap.x + shapes.valueMap.width).toBeLessThan(shapes.customerProfile.x)
  })
})

describe('link suggestions', () => {
  it('accepting draws one connector, making the pair a valid link; nothing else changes', async () => {
    const { section, stickies } = await fitnessCanvas()
    const from = stickies['Integration with wearables']!
    const to = stickies['Easy-to-use interface']!
    const before = userNodeSignature()
    const steps = useFake().undo.steps
    await acceptSuggestionAsync({ canvasId: section.id, fromId: from.id, toId: to.id, locale: 'en' })
    expect(useFake().undo.steps).toBe(steps + 1)
    const after = userNodeSignature()
    expect(after.filter((row) => !before.includes(row))).toHaveLength(1)
    expect(before.every((row) => after.includes(row))).toBe(true)
    expect(analyses()[0]!.report.links).toContainEqual({ from: from.id, to: to.id, kind: 'creates' })
  })

  it('refuses a pair that is not a valid link', async () => {
    const { section, stickies } = await fitnessCanvas()
    const answer = await runCommandAsync('en', () =>
      acceptSuggestionAsync({
        canvasId: section.id,
        fromId: stickies['Intuitive design']!.id,
        toId: stickies['Quick results']!.id,
        locale: 'en'
      })
    )
    expect(answer.ok).toBe(false)
    expect(figma.currentPage.findAllWithCriteria({ types: ['CONNECTOR'] })).toHaveLength(7)
  })

  it('refuses a pair that is already linked, as when a teammate drew it a moment ago', async () => {
    const { section, stickies } = await fitnessCanvas()
    const pair = { fromId: stickies['10-minute workouts']!.id, toId: stickies['Lack of time']!.id }
    const answer = await runCommandAsync('en', () =>
      acceptSuggestionAsync({ canvasId: section.id, ...pair, locale: 'en' })
    )
    expect(answer.ok).toBe(false)
    expect(figma.currentPage.findAllWithCriteria({ types: ['CONNECTOR'] })).toHaveLength(7)
  })

  it('rejecting remembers the pair on the canvas', async () => {
    const { section, stickies } = await fitnessCanvas()
    const pair = { fromId: stickies['Intuitive design']!.id, toId: stickies['Quick results']!.id }
    await rejectSuggestionAsync({ canvasId: section.id, ...pair, locale: 'en' })
    await rejectSuggestionAsync({ canvasId: section.id, ...pair, locale: 'en' })
    expect(JSON.parse(getData(section, DATA_KEYS.rejected))).toEqual([`${pair.fromId}>${pair.toId}`])
    expect(takeSnapshot(figma.currentPage).canvases[0]!.rejected).toEqual([`${pair.fromId}>${pair.toId}`])
  })
})

describe('export and import', () => {
  it('importing a JSON export reproduces the same zones, ranks and links on a fresh board', async () => {
    await fitnessCanvas()
    const original = analyses()[0]!.report
    const json = exportCanvas(original, 'json').content
    const fresh = useFake()
    // A new file: a fresh FigJam.
    const { installFigJam } = await import('../../fake')
    globalThis.__vpcFake = installFigJam()
    expect(fresh).not.toBe(globalThis.__vpcFake)
    const answer = await runCommandAsync('en', () => importReportAsync({ json, locale: 'en' }))
    expect(answer.ok).toBe(true)
    const imported = analyses()[0]!.report
    const shape = (report: FitReport) => {
      const textOf = new Map<string, string>()
      for (const items of [...Object.values(report.zones), report.unplaced])
        for (const i of items) textOf.set(i.id, i.text)
      return {
        canvas: { ...report.canvas, id: '' },
        zones: Object.fromEntries(
          Object.entries(report.zones).map(([zone, items]) => [
            zone,
            items.map((i) => [i.text, i.rank, i.weight])
          ])
        ),
        links: report.links.map((l) => [textOf.get(l.from), textOf.get(l.to), l.kind]).sort(),
        fit: {
          ...report.fit,
          unaddressed: report.fit.unaddressed.map((id) => textOf.get(id)),
          orphans: report.fit.orphans.map((id) => textOf.get(id))
        }
      }
    }
    expect(shape(imported)).toEqual(shape(original))
  })

  it('draws nothing from a broken file and says why', async () => {
    const answer = await runCommandAsync('en', () =>
      importReportAsync({ json: '{"schema":"vpcfit/2"}', locale: 'en' })
    )
    expect(answer.ok).toBe(false)
    expect(answer.message).toMatch(/^Could not import that file: /)
    expect(figma.currentPage.children).toHaveLength(0)
  })

  it.each([
    ['en', 'Could not import that file: Too many stickies (5,001, at most 5,000).'],
    ['sv', 'Filen kunde inte importeras: För många lappar (5\u00a0001, högst 5\u00a0000).'],
    ['da', 'Filen kunne ikke importeres: For mange sedler (5.001, højst 5.000).']
  ] as const)(
    'refuses a file over the sticky limit in %s, with the numbers as people write them',
    async (locale, message) => {
      const stickies = Array.from({ length: 5001 }, (_, i) => ({
        id: `9:${i}`,
        text: 's',
        rank: 1,
        weight: 1,
        votes: 0
      }))
      const json = JSON.stringify({ schema: 'vpcfit/2', zones: { jobs: stickies } })
      const answer = await runCommandAsync(locale, () => importReportAsync({ json, locale }))
      expect(answer.message).toBe(message)
      expect(figma.currentPage.children).toHaveLength(0)
    }
  )

  it('puts unplaced stickies back inside the section, outside every zone', async () => {
    const { section } = await fitnessCanvas()
    const box = section.absoluteBoundingBox!
    useFake().user.addSticky({ text: 'Parking lot idea', x: box.x + 20, y: box.y + 20 })
    const original = analyses()[0]!.report
    expect(original.unplaced).toHaveLength(1)
    const { installFigJam } = await import('../../fake')
    globalThis.__vpcFake = installFigJam()
    await importReportAsync({ json: exportCanvas(original, 'json').content, locale: 'en' })
    expect(analyses()[0]!.report.unplaced.map((i) => i.text)).toEqual(['Parking lot idea'])
  })
})

describe('the live board', () => {
  it('after moves, edits, new connectors, stamps and deletions agrees with a full read', async () => {
    const { section, stickies } = await fitnessCanvas()
    const fake = useFake()
    await fake.flush()
    const live = new LiveBoard(figma.currentPage)
    live.readAll()
    const changes: NodeChange[] = []
    figma.currentPage.on('nodechange', (event) => changes.push(...event.nodeChanges))
    const target = pointInZone(section, 'pains', 0.8, 15)
    fake.user.move(stickies['Stay motivated']!, target.x - 120, target.y - 120)
    fake.user.typeInto(stickies['Complex apps']!, 'Apps that need a manual')
    fake.user.connect(stickies['Integration with wearables']!, stickies['Easy-to-use interface']!)
    fake.user.stamp(stickies['Lack of time']!)
    fake.user.delete([stickies['Gamified rewards']!])
    dropSticky('Sleep better', pointInZone(section, 'gains', 0.5, -20))
    fake.user.move(section, section.x + 500, section.y + 300)
    await fake.flush()
    expect(changes.some((change) => change.type === 'PROPERTY_CHANGE')).toBe(true)
    expect(live.apply(changes).kind).toBe('partial')
    const incremental = analyzeBoard(live.snapshot(), 'now').map((a) => reportWithoutTime(a.report))
    const full = analyses().map((a) => reportWithoutTime(a.report))
    expect(incremental).toEqual(full)
  })
})
