/**
 * Named bad-input classes: what people (or other plugins, or FigJam itself) put in front of the plugin that it
 * did not draw itself. Each test shows what the user is told and that nothing of theirs is lost.
 */
import { describe, expect, it } from 'vitest'
import { bmcSummaryAsync } from '../../../src/commands/bmc-summary-async'
import { checkFitAsync } from '../../../src/commands/check-fit-async'
import { exportCanvas } from '../../../src/commands/export-canvas'
import { focusNodeAsync } from '../../../src/commands/focus-node-async'
import { importReportAsync } from '../../../src/commands/import-report-async'
import { insertBmcAsync } from '../../../src/commands/insert-bmc-async'
import { insertVpcAsync } from '../../../src/commands/insert-vpc-async'
import { repairCanvasAsync } from '../../../src/commands/repair-canvas-async'
import { setCheckAsync } from '../../../src/commands/set-check-async'
import { acceptSuggestionAsync } from '../../../src/commands/accept-suggestion-async'
import { rejectSuggestionAsync } from '../../../src/commands/reject-suggestion-async'
import { DATA_KEYS, getData, setData, SHARED_NAMESPACE, SHARED_REPORT_KEY } from '../../../src/adapter/plugin-data'
import { takeSnapshot } from '../../../src/adapter/snapshot'
import { analyzeBoard, reportWithoutTime } from '../../../src/core/analyze'
import { toJson } from '../../../src/core/export'
import { PLUGIN_DATA_LIMIT } from '../../../src/core/report-storage'
import type { CanvasPart, Locale } from '../../../src/core/types'
import { t } from '../../../src/i18n'
import { useFake } from '../harness'
import { canvases, documentState, oracle, partOf, pluginDataProblems, userStickies, zonePoint } from './board'
import { canvasWith, itemsOf, placeIn, smallCanvas, storedReport } from './canvas'
import type { Observed } from './observe'
import { commandAsync, expectDone, expectRefused } from './observe'
import { PanelDriver } from './panel'

const INTER = { family: 'Inter', style: 'Medium' }
const check = (canvasId: string | null = null, locale: Locale = 'en') => checkFitAsync({ canvasId, locale })
const repair = (canvasId: string) => repairCanvasAsync({ canvasId, locale: 'en' })
const summary = (canvasId: string | null = null) => bmcSummaryAsync({ canvasId, locale: 'en' })

/** Stored report and oracle agree (but for the time). */
function expectStoredMatchesOracle(section: SectionNode): void {
  const truth = oracle().find((canvas) => canvas.report.canvas.id === section.id)
  expect(reportWithoutTime(storedReport(section))).toEqual(truth?.report)
}

/** The shared `vpcfit` keys on a section: `report`, and `report.1` … when the report was split. */
function sharedKeys(section: SectionNode): string[] {
  return section.getSharedPluginDataKeys(SHARED_NAMESPACE)
}

/** UTF-8 bytes of a string (FigJam's plugin data limit is 100 kB). */
function bytes(text: string): number {
  return new TextEncoder().encode(text).length
}

function partBox(canvasId: string, part: CanvasPart) {
  const node = partOf(useFake(), canvasId, part)
  return node ? node.box : null
}

describe('bad input on stickies', () => {
  it.each([
    ['empty stickies', ''],
    ['whitespace-only text', '  \n\t  ']
  ])('%s are counted as items, linked and summarised without broken sentences', async (_class, blank) => {
    const fake = useFake()
    const canvas = await canvasWith(fake, {
      jobs: [blank, 'Get to work'],
      pains: [blank],
      gains: [blank],
      products: [blank],
      painRelievers: ['Reserve a bike'],
      gainCreators: [blank]
    })
    fake.user.connect(canvas.sticky['Reserve a bike'] as string, canvas.sticky[blank] as string)
    const checked = await commandAsync(fake, () => check())
    expectDone(checked, /^Fit \d+% · (weak|on target|strong) · /)
    const report = storedReport(canvas.section)
    expect(report.zones.jobs.map((item) => item.text)).toEqual([blank, 'Get to work'])
    expect(report.links).toHaveLength(1)
    expectStoredMatchesOracle(canvas.section)

    await insertBmcAsync({ locale: 'en' })
    const summarised = await commandAsync(fake, () => summary(canvas.id))
    expectDone(summarised, /^Summary of Commuters written to/)
    const texts = fake.inspect
      .nodes()
      .filter((node) => node.sharedPluginData.vpcfit?.role === 'bmc-summary')
      .map((n) => n.text ?? '')
    expect(texts).toHaveLength(2)
    for (const text of texts) {
      expect(text).not.toMatch(/undefined|null|\s,|,,|\(\s*\)/)
      expect(text.trim()).not.toBe('')
    }
  })

  it('10,000-character text: checked, stored in full across entries of at most 100 kB, summarised readably', async () => {
    const fake = useFake()
    const long = (c: string) => c.repeat(10_000)
    const canvas = await canvasWith(fake, {
      jobs: [long('j'), 'Short job'],
      pains: [long('p'), long('q'), long('r')],
      gains: [long('g'), long('h'), long('i')],
      products: [long('o')],
      painRelievers: [long('s'), long('t')],
      gainCreators: [long('u'), long('v')]
    })
    const checked = await commandAsync(fake, () => check())
    expectDone(checked)
    for (const key of sharedKeys(canvas.section))
      expect(bytes(canvas.section.getSharedPluginData(SHARED_NAMESPACE, key))).toBeLessThanOrEqual(PLUGIN_DATA_LIMIT)
    // Nothing is shortened: the stored report, joined from its pieces, is exactly a fresh analysis.
    expectStoredMatchesOracle(canvas.section)

    await insertBmcAsync({ locale: 'en' })
    expectDone(await commandAsync(fake, () => summary(canvas.id)))
    for (const node of fake.inspect.nodes().filter((n) => n.sharedPluginData.vpcfit?.role === 'bmc-summary')) {
      expect((node.text ?? '').length).toBeLessThan(2_000)
    }
    // The long stickies themselves are untouched (expectDone checked nothing of theirs changed).
    expect(userStickies(fake).filter((s) => (s.text ?? '').length === 10_000)).toHaveLength(12)
  })

  it('emoji and right-to-left text: kept exactly in the report, the exports and the summary', async () => {
    const fake = useFake()
    const texts = [
      '🚴‍♀️ Ride to work 🚲',
      'לקוחות עסקיים',
      'مرحبا بالعالم',
      'e\u0301 combining',
      'Zero\u200Bwidth'
    ]
    const canvas = await canvasWith(
      fake,
      {
        jobs: texts.slice(0, 2),
        pains: texts.slice(2, 4),
        gains: texts.slice(4),
        products: ['🛠️'],
        painRelievers: ['✅']
      },
      { segment: 'רוכבים 🚲', product: 'אפליקציה' }
    )
    expectDone(await commandAsync(fake, () => check()))
    const report = storedReport(canvas.section)
    expect(itemsOf(report).map((item) => item.text)).toEqual(expect.arrayContaining([...texts, '🛠️', '✅']))
    expectStoredMatchesOracle(canvas.section)
    for (const format of ['markdown', 'csv', 'json'] as const) {
      const file = exportCanvas(report, format)
      for (const text of texts)
        expect(file.content).toContain(format === 'json' ? JSON.stringify(text).slice(1, -1) : text)
    }
    await insertBmcAsync({ locale: 'en' })
    const summarised = await commandAsync(fake, () => summary(canvas.id))
    expectDone(summarised)
    expect(summarised.answer.message).toContain('רוכבים 🚲')
  })

  // FigJam's 100 kB limit counts bytes: right-to-left, CJK or emoji text takes two to four bytes a character.
  it(
    'right-to-left text filling a canvas past 100 kB in bytes: the report is still stored',
    async () => {
      const fake = useFake()
      const canvas = await canvasWith(fake, {})
      const at = zonePoint(fake, canvas.id, 'pains', 0.5)!
      for (let i = 0; i < 300; i++) {
        fake.user.addSticky({ text: `${i} ${'כאב'.repeat(83)}`, x: at.x - 120 + (i % 10), y: at.y - 200 })
      }
      const report = oracle()[0]!.report
      expect(JSON.stringify(report).length).toBeLessThan(PLUGIN_DATA_LIMIT)
      expectDone(await commandAsync(fake, () => check()))
      for (const key of sharedKeys(canvas.section))
        expect(bytes(canvas.section.getSharedPluginData(SHARED_NAMESPACE, key))).toBeLessThanOrEqual(PLUGIN_DATA_LIMIT)
      expectStoredMatchesOracle(canvas.section)
    }
  )

  it('long names in the notification: cut so FigJam shows the whole sentence', async () => {
    const fake = useFake()
    const inserted = await commandAsync(fake, () =>
      insertVpcAsync({ segment: 'Segment '.repeat(60), product: 'Product '.repeat(60), locale: 'en' })
    )
    expectDone(inserted, /^Inserted a Value Proposition Canvas for Segment/)
  })
})

describe('bad input files', () => {
  it.each([
    ['not JSON', '<html><body>Not a report</body></html>'],
    ['cut off half-way', '{"schema": "vpcfit/1", "canvas": {"id": "1:2", "segment": "Commu'],
    ['from a future schema version', JSON.stringify({ schema: 'vpcfit/99' })],
    ['empty', ''],
    ['a segment name over the 30,000-character limit', null]
  ])(
    'an import file that is %s: refused with a short, clear message, nothing drawn',
    async (_class, json) => {
      const fake = useFake()
      await smallCanvas(fake)
      const report = analyzeBoard(takeSnapshot(figma.currentPage), new Date().toISOString())[0]!.report
      const file =
        json ??
        toJson({ ...report, canvas: { ...report.canvas, segment: 's'.repeat(30_001) } })
      const imported = await commandAsync(fake, () => importReportAsync({ json: file, locale: 'en' }))
      expectRefused(imported, /^Could not import that file: \S/)
      // Cut at a word if at all, never inside a number.
      expect(imported.answer.message).not.toMatch(/\d…/)
      if (json === null)
        expect(imported.answer.message).toBe(
          'Could not import that file: canvas.segment is too long (30,001 characters, at most 30,000).'
        )
    }
  )
})

describe('bad input: canvases people reshaped', () => {
  it.each([
    ['a canvas with its circle deleted', 'customerProfile'],
    ['a canvas with its square deleted', 'valueMap']
  ] as const)(
    '%s: reported as damaged; repair redraws it in place and moves no sticky',
    async (_class, part) => {
      const fake = useFake()
      const canvas = await smallCanvas(fake)
      // People move and resize canvases: the redrawn part must follow the canvas as it is now.
      fake.user.move(canvas.id, canvas.section.x + 1500, canvas.section.y - 700)
      const original = partBox(canvas.id, part)
      fake.user.delete([partOf(fake, canvas.id, part)!.id])

      const checked = await commandAsync(fake, () => check())
      expectDone(checked, t('en', 'notify.damagedHeadline'))
      expect(oracle()[0]!.damaged).toEqual([part])
      // The stickies of the deleted shape are unplaced, never dropped.
      expect(storedReport(canvas.section).unplaced.length).toBeGreaterThan(0)

      const repaired = await commandAsync(fake, () => repair(canvas.id))
      expectDone(repaired, t('en', 'notify.repaired'))
      expect(repaired.undoSteps).toBe(1)
      expect(partBox(canvas.id, part)).toEqual(original)
      expect(oracle()[0]!.damaged).toEqual([])
      expect(placeIn(oracle()[0]!.report, canvas.sticky['Rain']!)).toBe('pains')
      expect(placeIn(oracle()[0]!.report, canvas.sticky['Reserve a bike']!)).toBe('painRelievers')
      expectDone(await commandAsync(fake, () => repair(canvas.id)), t('en', 'notify.nothingToRepair'))
    }
  )

  it('a canvas with both its square and circle deleted: repair draws both where the template puts them', async () => {
    const fake = useFake()
    const canvas = await smallCanvas(fake)
    const square = partBox(canvas.id, 'valueMap')
    const circle = partBox(canvas.id, 'customerProfile')
    fake.user.delete([
      partOf(fake, canvas.id, 'valueMap')!.id,
      partOf(fake, canvas.id, 'customerProfile')!.id
    ])
    expect(oracle()[0]!.damaged).toEqual(['valueMap', 'customerProfile'])
    expect(oracle()[0]!.report.unplaced).toHaveLength(9)
    expectDone(await commandAsync(fake, () => repair(canvas.id)), t('en', 'notify.repaired'))
    expect(partBox(canvas.id, 'valueMap')).toEqual(square)
    expect(partBox(canvas.id, 'customerProfile')).toEqual(circle)
    expect(oracle()[0]!.report.unplaced).toHaveLength(0)
  })

  it('a template part moved out of its section: damaged; repair redraws it and leaves the moved one where it was put', async () => {
    const fake = useFake()
    const canvas = await smallCanvas(fake)
    const circle = partOf(fake, canvas.id, 'customerProfile')!
    fake.user.move(circle.id, circle.box.x, circle.box.y + 6000)
    expect(fake.inspect.node(circle.id)!.parentId).not.toBe(canvas.id)
    expect(oracle()[0]!.damaged).toEqual(['customerProfile'])
    const repaired = await commandAsync(fake, () => repair(canvas.id))
    expectDone(repaired, t('en', 'notify.repaired'))
    expect(partBox(canvas.id, 'customerProfile')).toEqual(circle.box)
    expect(fake.inspect.node(circle.id)!.box.y).toBe(circle.box.y + 6000)
  })

  it('a canvas duplicated by copy-paste: two independent canvases', async () => {
    const fake = useFake()
    const canvas = await smallCanvas(fake)
    await setCheckAsync({ canvasId: canvas.id, itemKey: 'vm.focus', checked: true, locale: 'en' })
    const [copy] = fake.user.duplicate([canvas.id])
    expect(canvases(fake).map((c) => c.id)).toEqual([canvas.id, copy!.id])
    fake.user.select([])
    const checked = await commandAsync(fake, () => check())
    expectDone(checked, t('en', 'notify.checkedSeveral', { count: 2, best: oracle()[0]!.report.fit.score }))
    const [first, second] = oracle()
    const ids = (report: typeof first) => new Set(itemsOf(report!.report).map((item) => item.id))
    expect([...ids(first)].filter((id) => ids(second).has(id))).toEqual([])
    expect(ids(second).size).toBe(ids(first).size)
    // Work on the copy stays on the copy.
    const copySticky = itemsOf(second!.report).find((item) => item.text === 'Rain')
    fake.user.delete([copySticky!.id])
    await setCheckAsync({ canvasId: copy!.id, itemKey: 'vm.focus', checked: false, locale: 'en' })
    const [afterFirst, afterSecond] = oracle()
    expect(afterFirst!.report).toEqual(first!.report)
    expect(placeIn(afterSecond!.report, copySticky!.id)).toBeNull()
    expect(getData(canvas.section, DATA_KEYS.checks)).toBe('{"vm.focus":true}')
  })

  it('two canvases overlapping: every sticky counts for exactly one of them', async () => {
    const fake = useFake()
    const a = await smallCanvas(fake, { segment: 'A' })
    const b = await smallCanvas(fake, { segment: 'B' })
    // Drag B half over A: A's circle lies under B's square.
    fake.user.move(b.id, a.section.x + 2600, a.section.y + 300)
    expectDone(await commandAsync(fake, () => check()))
    const reports = oracle().map((canvas) => canvas.report)
    const counted = reports.flatMap((report) => itemsOf(report).map((item) => item.id))
    expect(new Set(counted).size).toBe(counted.length)
    const inside = userStickies(fake).filter((sticky) => reports.some((r) => placeIn(r, sticky.id) !== null))
    expect(counted.length).toBe(inside.length)
    expect(counted.length).toBe(18)
  })

  it('a sticky straddling two zones: in exactly one zone, by its centre', async () => {
    const fake = useFake()
    const canvas = await smallCanvas(fake)
    // On the divider between jobs (300..60) and gains (60..180), and across the gap between square and circle.
    const edge = zonePoint(fake, canvas.id, 'jobs', 0.6, 60)!
    const straddler = fake.user.addSticky({ text: 'On the line', x: edge.x - 120, y: edge.y - 120 })
    const square = partOf(fake, canvas.id, 'valueMap')!.box
    const circle = partOf(fake, canvas.id, 'customerProfile')!.box
    const gapX = (square.x + square.width + circle.x) / 2
    const between = fake.user.addSticky({
      text: 'Between',
      x: gapX - 120,
      y: square.y + square.height / 2 - 120
    })
    expectDone(await commandAsync(fake, () => check()))
    const report = storedReport(canvas.section)
    expect(['jobs', 'gains']).toContain(placeIn(report, straddler.id))
    expect(placeIn(report, between.id)).toBe('unplaced')
    expectStoredMatchesOracle(canvas.section)
  })

  it('a sticky straddling two canvases: counted by the one holding its centre, once', async () => {
    const fake = useFake()
    const a = await smallCanvas(fake, { segment: 'A' })
    const b = await smallCanvas(fake, { segment: 'B' })
    // Put B right against A, then drop a sticky across the shared edge.
    fake.user.move(b.id, a.section.x + a.section.width, a.section.y)
    const edgeX = a.section.x + a.section.width
    const across = fake.user.addSticky({ text: 'Across', x: edgeX - 100, y: a.section.y + 1500 })
    expectDone(await commandAsync(fake, () => check()))
    const holders = oracle().filter((canvas) => placeIn(canvas.report, across.id) !== null)
    expect(holders.map((canvas) => canvas.report.canvas.segment)).toEqual(['B'])
  })

  it('stickies in groups: counted in their zones, and followed when the group moves', async () => {
    const fake = useFake()
    const canvas = await smallCanvas(fake)
    const group = fake.user.group([canvas.sticky['Rain']!, canvas.sticky['Bikes are never there']!])
    expectDone(await commandAsync(fake, () => check()))
    expect(
      storedReport(canvas.section)
        .zones.pains.map((item) => item.text)
        .sort()
    ).toEqual(['Bikes are never there', 'Rain'])
    const gains = zonePoint(fake, canvas.id, 'gains', 0.55)!
    const box = fake.inspect.node(group.id)!.box
    fake.user.move(group.id, gains.x - box.width / 2, gains.y - box.height / 2)
    expectDone(await commandAsync(fake, () => check()))
    expect(storedReport(canvas.section).zones.gains.map((item) => item.text)).toEqual(
      expect.arrayContaining(['Bikes are never there', 'Rain'])
    )
    expectStoredMatchesOracle(canvas.section)
  })

  it('a connector with a free end, to a shape, across canvases or onto itself: no link, nothing breaks', async () => {
    const fake = useFake()
    const a = await smallCanvas(fake, { segment: 'A' })
    const b = await smallCanvas(fake, { segment: 'B' })
    const shape = fake.user.addShape({ x: a.section.x - 800, y: a.section.y, text: 'Note' })
    fake.user.connect(a.sticky['Reserve a bike']!, shape.id)
    fake.user.connect(a.sticky['Reserve a bike']!, b.sticky['Rain']!)
    fake.user.connect(a.sticky['Rain']!, a.sticky['Rain']!)
    // Someone drew a connector from a sticky to nowhere (made here through the API, as FigJam has no user action for it).
    const loose = figma.createConnector()
    loose.connectorStart = { endpointNodeId: a.sticky['Stay fit']!, magnet: 'AUTO' }
    loose.connectorEnd = { position: { x: a.section.x - 500, y: a.section.y - 500 } }
    figma.commitUndo()
    fake.user.select([])
    expectDone(await commandAsync(fake, () => check()))
    const [first, second] = oracle()
    // A connector from a sticky to itself is a pair the method does not allow: listed as invalid, never counted.
    expect(first!.report.links.filter((link) => link.kind !== 'invalid')).toHaveLength(3)
    expect(first!.report.links.filter((link) => link.kind === 'invalid')).toEqual([
      { from: a.sticky['Rain'], to: a.sticky['Rain'], kind: 'invalid' }
    ])
    expect(second!.report.links).toHaveLength(3)
    expectStoredMatchesOracle(a.section)
  })
})

describe('bad input: ids that name the wrong node', () => {
  it('a section people drew, named as a canvas: refused, nothing written on it', async () => {
    const fake = useFake()
    const canvas = await smallCanvas(fake)
    const theirs = fake.user.addSection({ x: -4000, y: 0, width: 1200, height: 900, name: 'Parking lot' })
    const gone = t('en', 'notify.canvasGone')
    const pair = {
      canvasId: theirs.id,
      fromId: canvas.sticky['Monthly pass']!,
      toId: canvas.sticky['Save money']!
    }
    expectRefused(
      await commandAsync(fake, () =>
        setCheckAsync({ canvasId: theirs.id, itemKey: 'vm.focus', checked: true, locale: 'en' })
      ),
      gone
    )
    expectRefused(await commandAsync(fake, () => rejectSuggestionAsync({ ...pair, locale: 'en' })), gone)
    expectRefused(await commandAsync(fake, () => repair(theirs.id)), gone)
    expectRefused(await commandAsync(fake, () => check(theirs.id)), gone)
    expect(fake.inspect.node(theirs.id)!.pluginData).toEqual({})
    expect(fake.inspect.node(theirs.id)!.sharedPluginData).toEqual({})
  })

  it('a sticky on another page (the panel still showed the old page): focus and accept say it is gone', async () => {
    const fake = useFake()
    const canvas = await smallCanvas(fake)
    const other = figma.createPage()
    figma.commitUndo()
    await figma.setCurrentPageAsync(other)
    const sticky = canvas.sticky['Rain']!
    expectRefused(
      await commandAsync(fake, () => focusNodeAsync({ nodeId: sticky, locale: 'en' })),
      t('en', 'notify.nodeGone')
    )
    const pair = {
      canvasId: canvas.id,
      fromId: canvas.sticky['Monthly pass']!,
      toId: canvas.sticky['Save money']!,
      locale: 'en' as const
    }
    expectRefused(
      await commandAsync(fake, () => acceptSuggestionAsync(pair)),
      t('en', 'notify.suggestionStale')
    )
    expectRefused(
      await commandAsync(fake, () =>
        setCheckAsync({ canvasId: canvas.id, itemKey: 'vm.focus', checked: true, locale: 'en' })
      ),
      t('en', 'notify.canvasGone')
    )
  })
})

describe('bad input: plugin data that is not what the plugin wrote', () => {
  const corruptions: Array<[string, string]> = [
    ['not JSON', '{"schema": 1, "locale": "en", '],
    [
      'a future schema version',
      JSON.stringify({ schema: 99, locale: 'xx', segment: { v2: true }, product: 7 })
    ],
    ['huge', JSON.stringify({ schema: 1, locale: 'en', segment: 'S'.repeat(90_000), product: '' })],
    ['wrong types', JSON.stringify([1, 'two', null])],
    ['a foreign plugin’s value', 'vpc-canvas'],
    ['JSON null', 'null']
  ]

  it.each(corruptions)(
    'corrupted plugin data (%s) on sections and parts: every command still works',
    async (_kind, raw) => {
      const fake = useFake()
      const canvas = await smallCanvas(fake)
      const node = async (id: string) => (await figma.getNodeByIdAsync(id)) as SceneNode
      for (const key of [DATA_KEYS.meta, DATA_KEYS.checks, DATA_KEYS.rejected])
        setData(canvas.section, key, raw)
      for (const part of ['valueMap', 'customerProfile'] as const) {
        setData(await node(partOf(fake, canvas.id, part)!.id), DATA_KEYS.meta, raw)
      }
      canvas.section.setSharedPluginData(SHARED_NAMESPACE, SHARED_REPORT_KEY, raw)
      figma.commitUndo()

      const checked = await commandAsync(fake, () => check())
      expectDone(checked, /^Fit \d+%/)
      expect(oracle()[0]!.report.canvas.locale).toBe('en')
      expectStoredMatchesOracle(canvas.section)
      expectDone(
        await commandAsync(fake, () =>
          setCheckAsync({ canvasId: canvas.id, itemKey: 'vm.focus', checked: true, locale: 'en' })
        )
      )
      expect(JSON.parse(getData(canvas.section, DATA_KEYS.checks))).toEqual({ 'vm.focus': true })
      const pair = {
        canvasId: canvas.id,
        fromId: canvas.sticky['Monthly pass']!,
        toId: canvas.sticky['Arrive fresh']!,
        locale: 'en' as const
      }
      expectDone(await commandAsync(fake, () => rejectSuggestionAsync(pair)))
      expect(JSON.parse(getData(canvas.section, DATA_KEYS.rejected))).toContain(
        `${pair.fromId}>${pair.toId}`
      )
      expectDone(
        await commandAsync(fake, () => acceptSuggestionAsync(pair)),
        t('en', 'notify.linkDrawn')
      )
      fake.user.delete([partOf(fake, canvas.id, 'valueMap')!.id])
      expectDone(await commandAsync(fake, () => repair(canvas.id)), t('en', 'notify.repaired'))
      // What the plugin writes itself parses, whatever it found.
      expect(
        JSON.parse(fake.inspect.node(partOf(fake, canvas.id, 'valueMap')!.id)!.sharedPluginData.vpcfit?.meta ?? '')
      ).toMatchObject({ locale: 'en' })
      await insertBmcAsync({ locale: 'en' })
      expectDone(await commandAsync(fake, () => summary(canvas.id)))
    }
  )

  it('corrupted summary data on a summary sticky: treated as a sticky the team wrote, never overwritten', async () => {
    const fake = useFake()
    const canvas = await smallCanvas(fake)
    await insertBmcAsync({ locale: 'en' })
    expectDone(await commandAsync(fake, () => summary(canvas.id)))
    const written = fake.inspect.nodes().filter((node) => node.sharedPluginData.vpcfit?.role === 'bmc-summary')
    for (const [i, sticky] of written.entries()) {
      const node = (await figma.getNodeByIdAsync(sticky.id)) as StickyNode
      setData(node, 
        DATA_KEYS.summary,
        i === 0 ? 'not json' : JSON.stringify({ canvasId: 5, block: 'x', hash: [] })
      )
    }
    figma.commitUndo()
    const texts = () => written.map((sticky) => fake.inspect.node(sticky.id)?.text)
    const before = texts()
    expectDone(await commandAsync(fake, () => summary(canvas.id)))
    expect(texts()).toEqual(before)
    expect(fake.inspect.nodes().filter((node) => node.sharedPluginData.vpcfit?.role === 'bmc-summary')).toHaveLength(4)
  })
})

describe('bad input: the editor, the fonts, locks and missing blocks', () => {
  it('a font that fails to load: nothing is drawn by any command that writes text, and the user is told', async () => {
    const fake = useFake()
    const canvas = await smallCanvas(fake)
    await insertBmcAsync({ locale: 'en' })
    fake.user.delete([partOf(fake, canvas.id, 'customerProfile')!.id])
    const json = toJson(analyzeBoard(takeSnapshot(figma.currentPage), new Date().toISOString())[0]!.report)
    fake.makeFontUnavailable(INTER)
    const fontFailed = t('en', 'notify.fontFailed')
    expectRefused(
      await commandAsync(fake, () => insertVpcAsync({ segment: 'A', product: 'B', locale: 'en' })),
      fontFailed
    )
    expectRefused(
      await commandAsync(fake, () => insertBmcAsync({ locale: 'en' })),
      t('en', 'bmcNotify.fontFailed')
    )
    expectRefused(await commandAsync(fake, () => repair(canvas.id)), fontFailed)
    expectRefused(await commandAsync(fake, () => importReportAsync({ json, locale: 'en' })), fontFailed)
    expectRefused(await commandAsync(fake, () => summary(canvas.id)), t('en', 'bmcNotify.fontFailed'))
    // Commands that write no text still work.
    expectDone(await commandAsync(fake, () => check()), t('en', 'notify.damagedHeadline'))
  })

  it('running in Figma Design: every command says the plugin works in FigJam and touches nothing', async () => {
    const fake = useFake()
    const canvas = await smallCanvas(fake)
    fake.setEditorType('figma')
    const notFigJam = t('en', 'notify.notFigJam')
    const pair = {
      canvasId: canvas.id,
      fromId: canvas.sticky['Monthly pass']!,
      toId: canvas.sticky['Arrive fresh']!,
      locale: 'en' as const
    }
    const commands: Array<() => Promise<{ message: string }>> = [
      () => insertVpcAsync({ segment: 'A', product: 'B', locale: 'en' }),
      () => insertBmcAsync({ locale: 'en' }),
      () => check(),
      () => repair(canvas.id),
      () => summary(canvas.id),
      () => setCheckAsync({ canvasId: canvas.id, itemKey: 'vm.focus', checked: true, locale: 'en' }),
      () => acceptSuggestionAsync(pair),
      () => rejectSuggestionAsync(pair),
      () => importReportAsync({ json: '{}', locale: 'en' })
    ]
    for (const command of commands) expectRefused(await commandAsync(fake, command), notFigJam)
  })

  it('running in Figma Design, through the panel: the panel is told, every request says so, nothing drawn', async () => {
    const fake = useFake()
    fake.setEditorType('figma')
    const panel = await PanelDriver.openAsync(fake)
    expect(panel.state?.inFigJam).toBe(false)
    const before = documentState(fake)
    for (const [name, fields] of [
      ['INSERT_VPC', { segment: 'A', product: 'B', locale: 'en' }],
      ['INSERT_BMC', { locale: 'en' }],
      ['CHECK_FIT', { canvasId: null }],
      ['IMPORT_REPORT', { json: '{}' }]
    ] as const) {
      expect(await panel.requestAsync(name, fields), name).toMatchObject({
        ok: false,
        message: t('en', 'notify.notFigJam')
      })
    }
    expect(documentState(fake)).toBe(before)
  })

  it('a locked user sticky: read, linked and summarised, never unlocked, moved or edited', async () => {
    const fake = useFake()
    const canvas = await smallCanvas(fake)
    const locked = canvas.sticky['Arrive fresh']!
    fake.user.setLocked(locked, true)
    expectDone(await commandAsync(fake, () => check()))
    expect(placeIn(storedReport(canvas.section), locked)).toBe('gains')
    const pair = {
      canvasId: canvas.id,
      fromId: canvas.sticky['Monthly pass']!,
      toId: locked,
      locale: 'en' as const
    }
    expectDone(
      await commandAsync(fake, () => acceptSuggestionAsync(pair)),
      t('en', 'notify.linkDrawn')
    )
    fake.user.delete([partOf(fake, canvas.id, 'customerProfile')!.id])
    expectDone(await commandAsync(fake, () => repair(canvas.id)))
    await insertBmcAsync({ locale: 'en' })
    expectDone(await commandAsync(fake, () => summary(canvas.id)))
    expect(fake.inspect.node(locked)!.locked).toBe(true)
  })

  it('a BMC with a block missing: the other block is written and the user is told which block was not found', async () => {
    const fake = useFake()
    const canvas = await smallCanvas(fake)
    await insertBmcAsync({ locale: 'en' })
    const block = (key: string) =>
      fake.inspect.nodes().find((n) => n.sharedPluginData.vpcfit?.role === 'bmc-block' && n.sharedPluginData.vpcfit?.block === key)!
    fake.user.delete([block('customerSegments').id])
    const partial: Observed = await commandAsync(fake, () => summary(canvas.id))
    expectDone(partial, undefined, { fitsNotification: false })
    expect(partial.answer.message).toContain(
      t('en', 'bmcNotify.missingBlock', { block: 'Customer segments' })
    )
    fake.user.delete([block('valuePropositions').id])
    const none = await commandAsync(fake, () => summary(canvas.id))
    expectRefused(none, t('en', 'bmcNotify.noBmc'))
  })

  it('a BMC with a block missing: the notification fits in what FigJam shows', async () => {
    const fake = useFake()
    const canvas = await smallCanvas(fake)
    await insertBmcAsync({ locale: 'en' })
    const block = fake.inspect
      .nodes()
      .find((n) => n.sharedPluginData.vpcfit?.role === 'bmc-block' && n.sharedPluginData.vpcfit?.block === 'customerSegments')!
    fake.user.delete([block.id])
    const partial = await commandAsync(fake, () => summary(canvas.id))
    expect(partial.told.map((n) => n.tooLong)).toEqual([false])
  })

  it('a long segment name: the summary notification fits in what FigJam shows', async () => {
    const fake = useFake()
    const canvas = await smallCanvas(fake, { segment: 'S'.repeat(500) })
    await insertBmcAsync({ locale: 'en' })
    const written = await commandAsync(fake, () => summary(canvas.id))
    expect(written.told.map((n) => n.tooLong)).toEqual([false])
  })

  it('a canvas on a page full of stickies: 400 stickies in one zone are all counted and the report still fits', async () => {
    const fake = useFake()
    const canvas = await smallCanvas(fake)
    const centre = zonePoint(fake, canvas.id, 'pains', 0.55)!
    for (let i = 0; i < 400; i++) {
      const x = centre.x - 320 + (i % 20) * 20
      const y = centre.y - 320 + Math.floor(i / 20) * 20
      fake.user.addSticky({ text: `Pain number ${i} with a few more words`, x, y })
    }
    expectDone(await commandAsync(fake, () => check()))
    expect(storedReport(canvas.section).zones.pains).toHaveLength(402)
    expect(pluginDataProblems(fake)).toEqual([])
  })
})
