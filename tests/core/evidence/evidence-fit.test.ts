import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { evidenceReport } from '../../../src/core/evidence/evidence-report'
import { evidenceLevels, levelAfterDecision } from '../../../src/core/evidence/evidence-levels'
import type { EvidenceLevel, ReportLink } from '../../../src/core/types'
import { ranked, reportOf, testCard } from './helpers'

const serves = (from: string, to: string): ReportLink => ({ from, to, kind: 'serves' })

describe('the fit backed by evidence', () => {
  // Jobs j1..j3 weigh 3, 2, 1 (total 6); x1 serves j1 and j2: the fit on paper is 5 of 6 = 83.
  const zones = { jobs: ranked('j', 3), products: ranked('x', 1) }
  const links = [serves('x1', 'j1'), serves('x1', 'j2')]
  it.each<[string, Record<string, EvidenceLevel>, number, string]>([
    ['no evidence: nothing is backed', {}, 0, 'weak'],
    ['customers said so of the top job: 3 of 6', { j1: 'said' }, 50, 'target'],
    ['customers did so of both addressed jobs: 5 of 6', { j1: 'did', j2: 'said' }, 83, 'strong'],
    ['a backed job no link addresses counts nothing', { j3: 'did' }, 0, 'weak'],
    ['a refuted job counts nothing, the fit on paper still counts it', { j1: 'refuted', j2: 'did' }, 33, 'weak'],
    ['evidence on the value map alone backs nothing', { x1: 'did' }, 0, 'weak']
  ])('%s', (_name, levels, score, band) => {
    expect(evidenceReport({ evidence: levels }, { ...reportOf(zones).zones }, links).fit).toEqual({ score, band })
    expect(reportOf(zones, links).fit.score).toBe(83)
  })

  it('property: never above the fit on paper, equal to it when every customer item is backed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 8 }),
        fc.array(fc.constantFrom<EvidenceLevel>('none', 'said', 'did', 'refuted'), { minLength: 8, maxLength: 8 }),
        fc.array(fc.nat(7), { maxLength: 8 }),
        (count, levels, linkedJobs) => {
          const z = { jobs: ranked('j', count), products: ranked('x', 1) }
          const l = linkedJobs.filter((j) => j < count).map((j) => serves('x1', `j${j + 1}`))
          const evidence = Object.fromEntries(z.jobs.map((item, i) => [item.id, levels[i] ?? 'none']))
          const report = reportOf(z, l, evidence)
          expect(report.evidence.fit.score).toBeLessThanOrEqual(report.fit.score)
          const all = Object.fromEntries(z.jobs.map((item) => [item.id, 'did' as const]))
          expect(reportOf(z, l, all).evidence.fit.score).toBe(report.fit.score)
        }
      ),
      { numRuns: 200 }
    )
  })
})

describe('evidence per item', () => {
  it.each<[string, 'keep' | 'change' | 'drop', EvidenceLevel, EvidenceLevel]>([
    ['keep backs a guess', 'keep', 'none', 'said'],
    ['keep leaves what customers did', 'keep', 'did', 'did'],
    ['keep backs again what was refuted', 'keep', 'refuted', 'said'],
    ['change refutes the item as written', 'change', 'did', 'refuted'],
    ['drop refutes it', 'drop', 'none', 'refuted']
  ])('a decision: %s', (_name, decision, before, after) => {
    expect(levelAfterDecision(decision, before)).toBe(after)
  })

  it('a decision not taken in yet moves the stored level; one taken in (or overridden since) does not', () => {
    const tests = [
      testCard('t1', 'a', { decision: 'drop' }),
      testCard('t2', 'b', { decision: 'keep', applied: 'keep' }),
      testCard('t3', 'c', { decision: null }),
      testCard('t4', 'd')
    ]
    expect(evidenceLevels({ evidence: { a: 'did', b: 'refuted', c: 'said', d: 'none' }, tests })).toEqual({
      a: 'refuted',
      b: 'refuted',
      c: 'said'
    })
  })

  it('the last learning card on the board decides', () => {
    const tests = [testCard('t1', 'a', { decision: 'drop' }), testCard('t2', 'a', { decision: 'keep' })]
    expect(evidenceLevels({ tests })).toEqual({ a: 'said' })
  })

  it('the report keeps levels only of the canvas’s own items', () => {
    const report = reportOf({ jobs: ranked('j', 1) }, [], { j1: 'did', gone: 'said' })
    expect(report.evidence.items).toEqual({ j1: 'did' })
  })
})
