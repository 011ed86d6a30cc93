import { describe, expect, it } from 'vitest'
import { installFigJam, textWidth } from '../../fake'
import { takeSnapshot } from '../../src/adapter/snapshot'
import { exportCanvas } from '../../src/commands/export-canvas'
import { analyzeBoard } from '../../src/core/analyze'
import { canvasSections, dropSticky, pointInZone } from './helpers'
import { importReportAsync } from '../../src/commands/import-report-async'
import { insertBmcAsync } from '../../src/commands/insert-bmc-async'
import { insertVpcAsync } from '../../src/commands/insert-vpc-async'
import { bmcLayout } from '../../src/core/layout/bmc-layout'
import { overlaps } from '../../src/core/layout/placement'
import { vpcLayout } from '../../src/core/layout/vpc-layout'
import { runCommandAsync } from '../../src/run/run-command'
import type { CanvasAnalysis, Locale, Rect } from '../../src/core/types'
import { fitCardText } from '../../src/adapter/fit-card'
import { FIT_CARD_FONT_SIZE, FIT_CARD_SIZE, fitCardContent } from '../../src/core/fit-card'
import { LOCALES } from '../../src/core/types'

/**
 * The fake lays text out with Inter Medium's real advance widths, so a label that wraps or overflows in FigJam
 * does so here too. Every text the templates draw must stay inside the box its layout gives it, in every language.
 */
function overflows(section: SectionNode, boxes: readonly Rect[]): string[] {
  const problems: string[] = []
  for (const text of section.findAllWithCriteria({ types: ['TEXT'] })) {
    const box = boxes.find((b) => b.x === text.x && b.y === text.y)
    if (box === undefined) {
      problems.push(`no layout box for "${text.characters}"`)
      continue
    }
    if (text.height > box.height)
      problems.push(`"${text.characters}" is ${text.height} px tall in a ${box.height} px box`)
    const size = text.fontSize as number
    for (const word of text.characters.split(/\s+/)) {
      if (textWidth(word, size) > box.width) problems.push(`"${word}" is wider than its ${box.width} px box`)
    }
  }
  return problems
}

describe('template texts fit their boxes with real Inter Medium widths', () => {
  it.each(LOCALES)('the Value Proposition Canvas in %s', async (locale: Locale) => {
    await insertVpcAsync({ segment: 'Parents of toddlers', product: 'Evening babysitting app', locale })
    const section = figma.currentPage.findAllWithCriteria({ types: ['SECTION'] })[0] as SectionNode
    const boxes = vpcLayout().parts.flatMap((part) => (part.kind === 'text' ? [part.box] : []))
    expect(overflows(section, boxes)).toEqual([])
  })

  it.each(LOCALES)('the Business Model Canvas in %s', async (locale: Locale) => {
    await insertBmcAsync({ locale })
    const section = figma.currentPage.findAllWithCriteria({ types: ['SECTION'] })[0] as SectionNode
    const boxes = bmcLayout().parts.flatMap((part) => (part.kind === 'text' ? [part.box] : []))
    expect(overflows(section, boxes)).toEqual([])
  })
})

describe('imported stickies are spaced by their real height', () => {
  it('long texts in one zone do not overlap once FigJam has grown the stickies', async () => {
    const texts = [
      'Parents spend forty minutes every evening phoning around for a babysitter they can trust',
      'Last-minute cancellations mean one parent stays home and misses the dinner they had planned',
      'Sitters they have never met make parents nervous about leaving the children for a whole night',
      'Paying in cash at midnight is awkward when nobody agreed beforehand on the hourly rate or the tip',
      'Grandparents who help out live two hours away and cannot come on a weekday evening at short notice',
      'Every new sitter needs the whole bedtime routine explained again, including the bath and the stories'
    ]
    await insertVpcAsync({ segment: 'Parents', product: 'Sitters', locale: 'en' })
    const section = canvasSections()[0]!
    texts.forEach((text, i) =>
      dropSticky(text, pointInZone(section, 'pains', 0.3 + 0.12 * (i % 3), (i % 2) * 10 - 5))
    )
    const report = analyzeBoard(takeSnapshot(figma.currentPage), '2026-11-23T10:00:00.000Z')[0]!.report
    expect(report.zones.pains).toHaveLength(texts.length)
    const json = exportCanvas(report, 'json').content
    globalThis.__vpcFake = installFigJam()
    const answer = await runCommandAsync('en', () => importReportAsync({ json, locale: 'en' }))
    expect(answer.ok, answer.message).toBe(true)
    const stickies = figma.currentPage.findAllWithCriteria({ types: ['STICKY'] })
    expect(stickies).toHaveLength(texts.length)
    // Real Inter Medium makes these taller than the 240 px a lattice of standard stickies assumes.
    expect(Math.max(...stickies.map((s) => s.height))).toBeGreaterThan(240)
    const boxes = stickies.map((s) => s.absoluteBoundingBox as Rect)
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++)
        expect(overlaps(boxes[i]!, boxes[j]!), `${i} and ${j}`).toBe(false)
  })
})

describe('the fit card’s lines fit the card with real Inter Medium widths', () => {
  /** FigJam's padding inside a shape is not in the typings: a generous guess on each side. */
  const PADDING = 64
  const zones = Object.fromEntries(
    (['jobs', 'pains', 'gains', 'products', 'painRelievers', 'gainCreators'] as const).map((zone) => [
      zone,
      zone === 'jobs' || zone === 'pains' || zone === 'gains'
        ? [{ id: `${zone}-1`, text: zone, rank: 1, weight: 1, votes: 0 }]
        : []
    ])
  ) as unknown as CanvasAnalysis['report']['zones']
  // The widest numbers every part can show: 100 % everywhere, backed by evidence too.
  const widest: CanvasAnalysis = {
    report: {
      schema: 'vpcfit/2',
      canvas: { id: 'c', segment: 'S', product: 'P', locale: 'en' },
      zones,
      unplaced: [],
      links: [],
      fit: { score: 100, band: 'target', coverage: { jobs: 100, pains: 100, gains: 100 }, unaddressed: [], orphans: [] },
      evidence: { items: { 'jobs-1': 'did' }, fit: { score: 100, band: 'target' }, tests: [] },
      checkedAt: '2026-09-30T10:00:00.000Z'
    },
    damaged: [],
    emptyZones: []
  }
  const time = { day: 30, month: 9, year: 2026, hours: 23, minutes: 59 }
  it.each(LOCALES)('in %s: no line wraps, and the lines fit the card’s height', (locale: Locale) => {
    const lines = fitCardText(fitCardContent(widest, time), locale).split('\n')
    expect(lines[0]).toContain(locale === 'en' ? 'backed by evidence 100%' : '100\u00a0%')
    for (const line of lines)
      expect(textWidth(line, FIT_CARD_FONT_SIZE), line).toBeLessThanOrEqual(FIT_CARD_SIZE.width - 2 * PADDING)
    expect(lines.length * FIT_CARD_FONT_SIZE * 1.25).toBeLessThanOrEqual(FIT_CARD_SIZE.height)
  })
})
