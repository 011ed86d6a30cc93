/** What the panel is sent of a history: every version's fit, and the comparison chosen (or the latest one). */
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import type { Version } from '../../../contract/history'
import { HistoryExportSchema, HistoryViewSchema, checkVersionName } from '../../../contract/history'
import { historyCsv, historyJson } from '../../../src/core/history/history-export'
import { historyView } from '../../../src/core/history/history-view'
import { versionPlan } from '../../../src/core/history/version-plan'
import { versionOf } from './fixtures'

const day = (n: number) => `2026-11-0${n}T10:00:00.000Z`
const a = versionOf([['p1', 'pains', 1, 'Late']], [], { id: 'a'.repeat(16), at: day(1), score: 20 })
const b = versionOf(
  [
    ['p1', 'pains', 1, 'Late'],
    ['g1', 'gains', 1, 'Fast']
  ],
  [],
  { id: 'b'.repeat(16), at: day(2), score: 40, name: 'round 1' }
)
const c = versionOf([['p1', 'gains', 1, 'Late']], [], {
  id: 'c'.repeat(16),
  at: day(3),
  score: 60,
  band: 'target'
})

describe('historyView', () => {
  it('has no comparison with fewer than two versions', () => {
    expect(historyView([], null)).toEqual({ versions: [], compare: null })
    expect(historyView([a], null).compare).toBeNull()
    expect(historyView([a], null).versions).toEqual([
      { id: a.id, at: a.at, score: 20, band: 'weak', coverage: a.coverage, full: true }
    ])
  })

  it('compares the newest with the one before unless two are chosen; unknown choices fall back', () => {
    const latest = historyView([a, b, c], null).compare
    expect([latest?.from, latest?.to]).toEqual([b.id, c.id])
    expect(latest?.lines.map((line) => line.key)).toEqual([
      'history.fit.up',
      'history.band',
      'history.moved',
      'history.removed'
    ])
    const chosen = historyView([a, b, c], { from: a.id, to: b.id }).compare
    expect([chosen?.from, chosen?.to]).toEqual([a.id, b.id])
    expect(chosen?.lines).toContainEqual({ key: 'history.added', params: { zone: 'gains', text: 'Fast' } })
    const gone = historyView([a, b, c], { from: 'f'.repeat(16), to: 'e'.repeat(16) }).compare
    expect([gone?.from, gone?.to]).toEqual([b.id, c.id])
    expect(v.is(HistoryViewSchema, historyView([a, b, c], null))).toBe(true)
  })

  it('compares a thinned version by its fit only, and says so', () => {
    const thinned: Version = { ...a, items: null, links: null }
    const view = historyView([thinned, c], null)
    expect(view.versions[0]?.full).toBe(false)
    expect(view.compare?.lines.map((line) => line.key)).toEqual([
      'history.fit.up',
      'history.band',
      'history.fitOnly'
    ])
  })
})

describe('history exports and drawing back', () => {
  const english = {
    header: 'time (UTC),name,fit,band,jobs,pains,gains,evidence fit,stickies,links,thinned',
    separator: ',' as const,
    bands: { weak: 'weak', target: 'on target', strong: 'strong' },
    thinned: 'yes'
  }

  it('CSV: a byte-order mark, one row per version oldest first, UTC times a spreadsheet reads, formula-safe names', () => {
    const named = { ...b, name: '=SUM(A1)' }
    const csv = historyCsv([{ ...a, items: null, links: null }, named, c], english)
    expect(csv.startsWith('\uFEFF')).toBe(true)
    expect(csv.slice(1).split('\r\n')).toEqual([
      english.header,
      '2026-11-01 10:00:00,,20,weak,40,40,40,,,,yes',
      "2026-11-02 10:00:00,'=SUM(A1),40,weak,40,40,40,,2,0,",
      '2026-11-03 10:00:00,,60,on target,40,40,40,,1,0,',
      ''
    ])
  })

  it.each([
    ['sv', 'tid (UTC);namn', 'inom målet', 'ja'],
    ['da', 'tid (UTC);navn', 'inden for målet', 'ja']
  ])('CSV in %s: the language separator, its band words, a name with the separator quoted', (_, head, band, yes) => {
    const csv = historyCsv([{ ...c, name: 'Runda 1; efter intervjuer', items: null, links: null }], {
      header: `${head.replace(';', ',')},matchning,nivå,a,b,c,d,e,f,g`,
      separator: ';',
      bands: { weak: 'svag', target: band, strong: 'stark' },
      thinned: yes
    })
    const [header, row] = csv.slice(1).split('\r\n')
    expect(header?.startsWith(head)).toBe(true)
    expect(row).toBe(`2026-11-03 10:00:00;"Runda 1; efter intervjuer";60;${band};40;40;40;;;;${yes}`)
  })

  it('JSON: vpcfit-history/1, every version in full, valid against its schema', () => {
    const json = JSON.parse(
      historyJson([a, b], { id: '1:2', segment: 'Commuters', product: 'Bike app', locale: 'en' })
    ) as unknown
    expect(v.is(HistoryExportSchema, json)).toBe(true)
    expect(json).toMatchObject({
      schema: 'vpcfit-history/1',
      canvas: { id: '1:2' },
      versions: [{ id: a.id }, { id: b.id }]
    })
  })

  it('a version draws back as the import would draw it, zone by zone in rank order; a thinned one cannot', () => {
    const version = versionOf(
      [
        ['g2', 'gains', 2, 'Later'],
        ['r1', 'painRelievers', 1, 'Live times'],
        ['p1', 'pains', 1, 'Late'],
        ['u', 'unplaced', 1, 'Note'],
        ['g1', 'gains', 1, 'First']
      ],
      [
        ['r1', 'p1'],
        ['r1', 'gone']
      ]
    )
    const plan = versionPlan(version, { id: '1:2', segment: 'S', product: 'P', locale: 'sv' })
    expect(plan?.stickies.map((s) => [s.zone, s.text])).toEqual([
      ['pains', 'Late'],
      ['gains', 'First'],
      ['gains', 'Later'],
      ['painRelievers', 'Live times'],
      [null, 'Note']
    ])
    expect(plan?.links).toEqual([{ fromKey: 'r1', toKey: 'p1' }])
    expect(plan?.locale).toBe('sv')
    expect(
      versionPlan(
        { ...version, items: null, links: null },
        { id: '1:2', segment: 'S', product: 'P', locale: 'en' }
      )
    ).toBeNull()
  })

  it('checks a version name: trimmed to one line, not empty, at most 60 characters', () => {
    expect(checkVersionName('  after\n interviews ')).toEqual({ ok: true, name: 'after interviews' })
    expect(checkVersionName(' \t ')).toEqual({ ok: false, problem: 'empty' })
    expect(checkVersionName('x'.repeat(60))).toEqual({ ok: true, name: 'x'.repeat(60) })
    expect(checkVersionName('x'.repeat(61))).toEqual({ ok: false, problem: 'tooLong' })
    // Characters as a person counts them, not UTF-16 units: 31 emoji (62 units) and 60 families (660) are fine.
    expect(checkVersionName('🚲'.repeat(31))).toEqual({ ok: true, name: '🚲'.repeat(31) })
    expect(checkVersionName('👩‍👩‍👧‍👦'.repeat(60))).toEqual({ ok: true, name: '👩‍👩‍👧‍👦'.repeat(60) })
    expect(checkVersionName('👍🏽'.repeat(61))).toEqual({ ok: false, problem: 'tooLong' })
    expect(checkVersionName('e\u0301'.repeat(60)).ok).toBe(true)
  })
})
