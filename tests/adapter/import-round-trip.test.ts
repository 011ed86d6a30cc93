/**
 * Export → import → export gives the same canvas back (issue #18): zones, ranks, texts, colours and links, votes
 * aside (plugins cannot place stamps, and the notification says what that does to the fit). Through the fake.
 */
import { describe, expect, it } from 'vitest'
import { exportCanvasFromBoard } from '../../src/commands/export-canvas'
import { importReportAsync } from '../../src/commands/import-report-async'
import { takeSnapshot } from '../../src/adapter/snapshot'
import { analyzeBoard } from '../../src/core/analyze'
import { parseReportJson } from '../../src/core/export'
import type { FitReport, Rect, ReportItem, ZoneKey } from '../../src/core/types'
import { ZONE_KEYS } from '../../src/core/types'
import type { FigJamFake } from '../../fake'
import { useFake } from './harness'
import { canvases, zonePoint } from './reliability/board'
import { canvasWith } from './reliability/canvas'
import type { TestCanvas } from './reliability/canvas'
import { commandAsync, expectDone } from './reliability/observe'

/** What must survive a round trip, by text (ids change): per zone the texts, ranks and colours; the links. */
function signature(report: FitReport) {
  const textOf = new Map<string, string>()
  const all: ReportItem[] = [...ZONE_KEYS.flatMap((zone) => report.zones[zone]), ...report.unplaced]
  for (const item of all) textOf.set(item.id, item.text)
  const items = (list: ReportItem[]) => list.map((item) => [item.rank, item.text, item.color ?? null])
  const zones = Object.fromEntries(ZONE_KEYS.map((zone) => [zone, items(report.zones[zone])]))
  const links = report.links
    .map((link) => `${textOf.get(link.from)} > ${textOf.get(link.to)} : ${link.kind}`)
    .sort()
  const fit = {
    ...report.fit,
    unaddressed: report.fit.unaddressed.map((id) => textOf.get(id)),
    orphans: report.fit.orphans.map((id) => textOf.get(id))
  }
  return {
    zones,
    unplaced: items(report.unplaced),
    links,
    fit,
    segment: report.canvas.segment,
    product: report.canvas.product,
    locale: report.canvas.locale
  }
}

function reportOf(canvasId: string): FitReport {
  const analysis = analyzeBoard(takeSnapshot(figma.currentPage), new Date().toISOString()).find(
    (a) => a.report.canvas.id === canvasId
  )
  if (!analysis) throw new Error('no such canvas')
  return analysis.report
}

function exported(canvasId: string): string {
  return exportCanvasFromBoard(reportOf(canvasId), 'json').content
}

function parsed(json: string): FitReport {
  const result = parseReportJson(json)
  if (!result.ok) throw new Error(result.problem.key)
  return result.report
}

/** Imports `json` and returns the new canvas's id and the observed command. */
async function importAsync(fake: FigJamFake, json: string) {
  const before = new Set(canvases(fake).map((c) => c.id))
  const observed = await commandAsync(fake, () => importReportAsync({ json, locale: 'en' }))
  const created = canvases(fake).find((c) => !before.has(c.id))
  return { observed, id: created?.id ?? '' }
}

/** A sticky of `text` whose centre is at `fraction` along `zone`'s middle ray, however tall its text makes it. */
function dropCentred(
  fake: FigJamFake,
  canvas: TestCanvas,
  zone: ZoneKey,
  text: string,
  fraction: number,
  color?: string
) {
  const at = zonePoint(fake, canvas.id, zone, fraction)!
  const node = fake.user.addSticky({ text, x: at.x - 120, y: at.y - 120, color })
  fake.user.move(node.id, at.x - node.width / 2, at.y - node.height / 2)
  return node.id
}

const boards: Array<[string, (fake: FigJamFake) => Promise<TestCanvas>]> = [
  [
    'coloured stickies, markers, links of every kind and an unplaced sticky',
    async (fake) => {
      const canvas = await canvasWith(
        fake,
        {
          jobs: ['Get to work on time', 'Stay fit'],
          pains: ['2. Rain', '1. Bikes are never there', 'Flat tyres'],
          gains: ['Arrive fresh'],
          products: ['Bike sharing app'],
          painRelievers: ['Reserve a bike'],
          gainCreators: ['Monthly pass']
        },
        { segment: 'Pendlare', product: 'Cykelapp', locale: 'sv' }
      )
      fake.user.setFill(canvas.sticky['2. Rain']!, 'Blue')
      fake.user.setFill(canvas.sticky['Stay fit']!, '#85E0A3')
      fake.user.setFill(canvas.sticky['Monthly pass']!, 'Pink')
      fake.user.connect(canvas.sticky['Reserve a bike']!, canvas.sticky['1. Bikes are never there']!)
      fake.user.connect(canvas.sticky['Monthly pass']!, canvas.sticky['Arrive fresh']!)
      fake.user.connect(canvas.sticky['Bike sharing app']!, canvas.sticky['Get to work on time']!)
      fake.user.connect(canvas.sticky['Stay fit']!, canvas.sticky['2. Rain']!)
      const section = canvas.section
      fake.user.addSticky({
        text: 'Parking lot idea',
        x: section.x + 40,
        y: section.y + section.height - 300
      })
      return canvas
    }
  ],
  [
    'a 20,000-character sticky, emoji and right-to-left text, an empty zone',
    async (fake) => {
      const canvas = await canvasWith(fake, { jobs: ['🚲 Ride to work', 'לקוחות עסקיים'], products: ['App'] })
      dropCentred(fake, canvas, 'pains', 'Too slow '.repeat(2_223).slice(0, 20_000), 0.5, 'Orange')
      return canvas
    }
  ],
  ['an empty canvas', (fake) => canvasWith(fake, {})]
]

describe('export → import → export', () => {
  it.each(boards)('%s: the same zones, ranks, texts, colours and links', async (name, build) => {
    const fake = useFake()
    const original = await build(fake)
    const first = exported(original.id)
    // The boards hold what their names say (so the round trip is tried on them, not on something easier).
    if (name.includes('20,000')) expect(parsed(first).zones.pains[0]?.text).toHaveLength(20_000)
    if (name.includes('unplaced')) {
      expect(parsed(first).unplaced).toHaveLength(1)
      const colourOf = (text: string) =>
        [...ZONE_KEYS.flatMap((zone) => parsed(first).zones[zone])].find((i) => i.text === text)?.color
      expect(colourOf('Stay fit')).toBe('#85E0A3')
      expect(new Set([colourOf('2. Rain'), colourOf('Monthly pass'), colourOf('Flat tyres')]).size).toBe(3)
    }
    const { observed, id } = await importAsync(fake, first)
    expectDone(observed, /^Drew the imported canvas with \d+ stickies$/)
    const second = exported(id)
    expect(signature(parsed(second))).toEqual(signature(parsed(first)))
  })

  it('a canvas ranked by votes: the notification names the votes and the fit they no longer carry', async () => {
    const fake = useFake()
    const canvas = await canvasWith(fake, {
      jobs: ['Get to work', 'Stay fit', 'Save money'],
      pains: ['Rain', 'Crowded trains'],
      gains: ['Arrive fresh'],
      painRelievers: ['Covered racks']
    })
    fake.user.stamp(canvas.sticky['Save money']!)
    fake.user.stamp(canvas.sticky['Save money']!)
    fake.user.stamp(canvas.sticky['Crowded trains']!)
    fake.user.connect(canvas.sticky['Covered racks']!, canvas.sticky['Crowded trains']!)
    const first = parsed(exported(canvas.id))
    const { observed, id } = await importAsync(fake, exported(canvas.id))
    const now = reportOf(id)
    expectDone(
      observed,
      `Imported 7 stickies. Plugins cannot place the 3 votes: fit ${now.fit.score}%, was ${first.fit.score}%.`
    )
    expect(now.fit.score).not.toBe(first.fit.score)
    // Votes aside, the same canvas: ranks come back by reading order.
    const noVotes = (r: FitReport) => ({ ...signature(r), fit: null })
    expect(noVotes(parsed(exported(id)))).toEqual(noVotes(first))
  })

  it('a voted sticky above a numbered one: the notification says how many change rank when the fit holds', async () => {
    const fake = useFake()
    const canvas = await canvasWith(fake, { pains: ['Crowded trains', '1. Rain', 'Flat tyres'] })
    fake.user.stamp(canvas.sticky['Crowded trains']!)
    fake.user.stamp(canvas.sticky['Crowded trains']!)
    const first = parsed(exported(canvas.id))
    expect(first.zones.pains.map((item) => item.text)).toEqual(['Crowded trains', '1. Rain', 'Flat tyres'])
    const { observed, id } = await importAsync(fake, exported(canvas.id))
    expectDone(
      observed,
      `Imported 3 stickies. Plugins cannot place the 2 votes: 2 change rank, fit ${first.fit.score}% holds.`
    )
    expect(reportOf(id).zones.pains.map((item) => item.text)).toEqual([
      '1. Rain',
      'Crowded trains',
      'Flat tyres'
    ])
  })

  it('names the new canvas "… (imported)" and keeps its stickies clear of the labels and hints, and of each other', async () => {
    const fake = useFake()
    const canvas = await canvasWith(fake, {
      jobs: [
        'A job',
        'Another job with a much longer text that wraps onto several lines of the sticky',
        'Third'
      ],
      pains: ['One', 'Two', 'Three', 'Four'],
      gains: ['Gain'],
      products: ['Product'],
      painRelievers: ['Reliever with a fairly long description of what it does for the customer'],
      gainCreators: ['Creator']
    })
    const { id } = await importAsync(fake, exported(canvas.id))
    const section = (await figma.getNodeByIdAsync(id)) as SectionNode
    expect(section.name).toMatch(/^Value Proposition Canvas · Commuters · Bike app \(imported\)$/)
    const texts = section.findChildren((n) => n.type === 'TEXT').map((n) => n.absoluteBoundingBox!)
    const stickies = section.findChildren((n) => n.type === 'STICKY').map((n) => n.absoluteBoundingBox!)
    expect(stickies).toHaveLength(11)
    const overlap = (a: Rect, b: Rect) =>
      a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
    for (const sticky of stickies) {
      for (const text of texts) expect(overlap(sticky, text)).toBe(false)
      for (const other of stickies) if (other !== sticky) expect(overlap(sticky, other)).toBe(false)
    }
  })
})
