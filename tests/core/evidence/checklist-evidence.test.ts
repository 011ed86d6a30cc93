import { describe, expect, it } from 'vitest'
import { evaluateChecklist } from '../../../src/core/checklist'
import type { CanvasAnalysis, EvidenceLevel, FitReport } from '../../../src/core/types'
import { ranked, reportOf, testCard } from './helpers'

function verdict(report: FitReport, key: string): { done: boolean; params: Record<string, string | number> } {
  const analysis: CanvasAnalysis = { report, damaged: [], emptyZones: [] }
  const result = evaluateChecklist(analysis, { [key]: true }).find((r) => r.key === key)
  if (!result?.detail) throw new Error(`no verdict for ${key}`)
  return { done: result.done, params: result.detail.params }
}

describe('the checklist’s evidence items are decided by the board, not ticked', () => {
  // Jobs weigh 3, 2, 1; x1 serves j1 and j2.
  const zones = { jobs: ranked('j', 3), products: ranked('x', 1) }
  const links = [
    { from: 'x1', to: 'j1', kind: 'serves' as const },
    { from: 'x1', to: 'j2', kind: 'serves' as const }
  ]
  it.each<[string, Record<string, EvidenceLevel>, boolean, number]>([
    ['nothing backed: a tick does not make it so', {}, false, 0],
    ['half the profile’s weight backed', { j1: 'said' }, true, 50],
    ['refuted is no backing', { j1: 'refuted', j2: 'did' }, false, 33]
  ])('cp.evidence: %s', (_name, evidence, done, share) => {
    expect(verdict(reportOf(zones, links, evidence), 'cp.evidence')).toEqual({ done, params: { share } })
  })

  it.each<[string, Record<string, EvidenceLevel>, boolean, number]>([
    ['no evidence', {}, false, 0],
    ['the fit backed by evidence reaches 50', { j1: 'did' }, true, 50],
    ['backed items the offer does not address do not count', { j3: 'did', j2: 'said' }, false, 33]
  ])('fit.productMarket: %s', (_name, evidence, done, score) => {
    expect(verdict(reportOf(zones, links, evidence), 'fit.productMarket')).toEqual({ done, params: { score } })
  })

  it('fit.hypotheses: done when each of the three riskiest has a test card', () => {
    expect(verdict(reportOf(zones, links), 'fit.hypotheses')).toEqual({ done: false, params: { tested: 0, total: 3 } })
    const two = [testCard('t1', 'j1'), testCard('t2', 'j2')]
    expect(verdict(reportOf(zones, links, {}, two), 'fit.hypotheses')).toEqual({ done: false, params: { tested: 2, total: 3 } })
    const three = [...two, testCard('t3', 'j3')]
    expect(verdict(reportOf(zones, links, {}, three), 'fit.hypotheses')).toEqual({ done: true, params: { tested: 3, total: 3 } })
    expect(verdict(reportOf({}), 'fit.hypotheses').done).toBe(false)
  })
})
