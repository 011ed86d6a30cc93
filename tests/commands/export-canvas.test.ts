/**
 * The export command's edge: files in the canvas's language whatever the panel's, the full value proposition
 * statement in Markdown (the BMC may hold the brief one), and JSON that imports again.
 */
import { describe, expect, it } from 'vitest'
import { BRIEF_STATEMENT_LIMITS } from '../../contract/limits'
import { summaryTexts } from '../../src/adapter/bmc/summary-texts'
import { exportCanvas } from '../../src/commands/export-canvas'
import { parseReportJson } from '../../src/core/export'
import { buildValueStatement, valueStatementInput } from '../../src/core/statement'
import type { CanvasAnalysis, FitReport, Locale, ReportItem, Say, ZoneKey } from '../../src/core/types'
import { tKey } from '../../src/i18n'

const item = (id: string, text: string, rank: number): ReportItem => ({ id, text, rank, weight: 1, votes: 0 })

/** A canvas whose statement is long: three products, three relievers, three creators with long texts. */
function longCanvas(locale: Locale): FitReport {
  const zones: Record<ZoneKey, ReportItem[]> = {
    jobs: [item('j1', 'Plan a healthy week of dinners for the whole family without stress', 1)],
    pains: [item('p1', 'No time to shop', 1)],
    gains: [item('g1', 'Less food thrown away', 1)],
    products: [
      item('pr1', 'Meal planner app with a weekly plan', 1),
      item('pr2', 'Recipe box delivered every Sunday', 2),
      item('pr3', 'Family calendar sync', 3)
    ],
    painRelievers: [
      item('r1', 'A shopping list written for you from the plan', 1),
      item('r2', 'Ten-minute recipes for weekdays', 2),
      item('r3', 'Delivery slots in the evening', 3)
    ],
    gainCreators: [
      item('c1', 'Leftovers turned into tomorrow’s lunch', 1),
      item('c2', 'A weekly report of money saved', 2),
      item('c3', 'Kids choose one dinner a week', 3)
    ]
  }
  return {
    schema: 'vpcfit/2',
    canvas: { id: '1:2', segment: 'Busy parents of young children', product: 'Dinner planner', locale },
    zones,
    unplaced: [],
    links: [
      { from: 'r1', to: 'p1', kind: 'relieves' },
      { from: 'c1', to: 'g1', kind: 'creates' },
      { from: 'pr1', to: 'j1', kind: 'serves' }
    ],
    fit: { score: 100, band: 'strong', coverage: { jobs: 100, pains: 100, gains: 100 }, unaddressed: [], orphans: [] },
    evidence: { items: { p1: 'did' }, fit: { score: 33, band: 'weak' }, tests: [] },
    checkedAt: '2026-12-01T08:00:56.280Z'
  }
}

const sayIn =
  (locale: Locale): Say =>
  (key, params) =>
    tKey(locale, key, params)

describe('exportCanvas', () => {
  it.each(['en', 'sv', 'da'] as const)(
    '%s: Markdown carries the full value proposition statement, not the brief one the BMC may get',
    (locale) => {
      const report = longCanvas(locale)
      const full = buildValueStatement(valueStatementInput(report), sayIn(locale))
      const brief = buildValueStatement(valueStatementInput(report), sayIn(locale), BRIEF_STATEMENT_LIMITS)
      expect(brief).not.toBe(full)
      const md = exportCanvas(report, 'markdown').content
      expect(md).toContain(`## ${tKey(locale, 'export.heading.statement')}\n\n${full}\n`)
      // The same statement the BMC summary writes in full (its first paragraph).
      const analysis = { report } as unknown as CanvasAnalysis
      expect(summaryTexts(analysis, '2026-12-01').valuePropositions.text.split('\n\n')[0]).toBe(full)
    }
  )

  it.each([
    ['en', 'Canvas,Zone,', ',Pain relievers,', '# Value Proposition Canvas', '1 December 2026'],
    ['sv', 'Canvas;Zon;', ';Besvärsdämpare;', '## Lappar per zon', '1 december 2026'],
    ['da', 'Canvas;Zone;', ';Smertelindrere;', '## Sedler pr. zone', '1. december 2026']
  ] as const)('%s canvas: CSV and Markdown in its language', (locale, header, zone, heading, date) => {
    const report = longCanvas(locale)
    const csv = exportCanvas(report, 'csv')
    expect(csv.content.startsWith(`\uFEFF${header}`)).toBe(true)
    expect(csv.content).toContain(zone)
    expect(csv.filename).toBe('vpc-busy-parents-of-young-children-dinner-planner-2026-12-01.csv')
    const md = exportCanvas(report, 'markdown').content
    expect(md).toContain(heading)
    expect(md).toContain(date)
    expect(md).not.toContain('2026-12-01T')
  })

  it('JSON is the report and imports again', () => {
    const report = longCanvas('sv')
    const parsed = parseReportJson(exportCanvas(report, 'json').content)
    expect(parsed.ok && parsed.report).toEqual(report)
  })
})
