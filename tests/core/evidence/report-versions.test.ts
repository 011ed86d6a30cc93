import { describe, expect, it } from 'vitest'
import { readReport } from '../../../contract/report'
import { parseReportJson } from '../../../src/core/export/parse-report-json'
import { toJson } from '../../../src/core/export/to-json'
import { planReportStorage, readSplitHead } from '../../../src/core/report-storage'
import { ranked, reportOf, testCard } from './helpers'

/** A report exactly as version 1 of the plugin stored and exported it (before evidence). */
const OLD = {
  schema: 'vpcfit/1',
  canvas: { id: '1:2', segment: 'Nurses', product: 'Rota app', locale: 'sv' },
  zones: {
    jobs: [{ id: '3:1', text: 'Plan shifts', rank: 1, weight: 1, votes: 0 }],
    pains: [],
    gains: [],
    products: [{ id: '3:2', text: 'Rota app', rank: 1, weight: 1, votes: 0 }],
    painRelievers: [],
    gainCreators: []
  },
  unplaced: [],
  links: [{ from: '3:2', to: '3:1', kind: 'serves' }],
  fit: { score: 100, band: 'strong', coverage: { jobs: 100, pains: 0, gains: 0 }, unaddressed: [], orphans: [] },
  checkedAt: '2026-06-01T09:00:00.000Z'
}

describe('reports of every version read', () => {
  it('a vpcfit/1 report stored on a canvas reads as the current version with no evidence yet', () => {
    const report = readReport(JSON.parse(JSON.stringify(OLD)))
    expect(report).toEqual({
      ...OLD,
      schema: 'vpcfit/2',
      evidence: { items: {}, fit: { score: 0, band: 'weak' }, tests: [] }
    })
  })

  it('a vpcfit/1 export imports, and a vpcfit/2 one keeps its evidence, tests and learnings', () => {
    const old = parseReportJson(JSON.stringify(OLD))
    expect(old.ok && old.report.schema).toBe('vpcfit/2')
    expect(old.ok && old.report.evidence.tests).toEqual([])
    const report = reportOf(
      { jobs: ranked('j', 2), products: ranked('x', 1) },
      [{ from: 'x1', to: 'j1', kind: 'serves' }],
      { j1: 'did', j2: 'refuted' },
      [testCard('t1', 'j2', { fields: { test: 'Ask 5' }, decision: 'drop', applied: 'drop' })]
    )
    expect(report.evidence.fit.score).toBe(67)
    const back = parseReportJson(toJson(report))
    expect(back).toEqual({ ok: true, report, notes: [] })
  })

  it('refuses broken evidence with the field named, and reads nothing else as a report', () => {
    const report = reportOf({ jobs: ranked('j', 1) })
    const broken = JSON.parse(toJson(report)) as Record<string, unknown>
    broken.evidence = { items: { j1: 'maybe' }, fit: { score: 0, band: 'weak' }, tests: [] }
    const parsed = parseReportJson(JSON.stringify(broken))
    expect(parsed.ok ? null : parsed.problem).toEqual({ key: 'import.badEvidence', params: { field: 'evidence.items.j1' } })
    expect(readReport({ ...OLD, schema: 'vpcfit/9' })).toBeNull()
    expect(readReport({ ...OLD, schema: 'vpcfit/2' })).toBeNull()
  })

  it('a split report stored by version 1 is still known, so a new check deletes its leftover pieces', () => {
    const oldHead = JSON.stringify({ schema: 'vpcfit/1', layout: 'split', version: 1, parts: 3, chars: 10, hash: '00000000', checkedAt: 'x' })
    expect(readSplitHead(oldHead)?.parts).toBe(3)
    const plan = planReportStorage(reportOf({ jobs: ranked('j', 1) }), oldHead, 'vpcfit')
    expect(plan.ok && plan.entries.filter((e) => e.value === '').map((e) => e.key)).toEqual(['report.1', 'report.2', 'report.3'])
  })
})
