/**
 * The thinning rule: a history stays within its count and size, the oldest goes first, named versions stay
 * longest, and keeping a version never fails because the history is full.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Version, VersionItem } from '../../../contract/history'
import { HISTORY_MAX_BYTES, HISTORY_MAX_VERSIONS } from '../../../contract/limits'
import { keepVersion } from '../../../src/core/history/keep-version'
import type { HistoryLimits } from '../../../src/core/history/thin-history'
import { thinHistory, versionBytes } from '../../../src/core/history/thin-history'
import { reportWith, versionOf } from './fixtures'

const items = (n: number, size = 10): VersionItem[] =>
  Array.from({ length: n }, (_, i) => [`s${i}`, 'pains', i + 1, 'x'.repeat(size)])

function history(names: Array<string | undefined>, itemCount = 3): Version[] {
  return names.map((name, i) =>
    versionOf(items(itemCount), [], {
      id: i.toString(16).padStart(16, '0'),
      at: `2026-11-${String(i + 1).padStart(2, '0')}T10:00:00.000Z`,
      ...(name === undefined ? {} : { name })
    })
  )
}

const ids = (versions: Version[]) => versions.map((v) => Number.parseInt(v.id, 16))

describe('thinHistory', () => {
  it('keeps a history within the limits as it is', () => {
    const versions = history([undefined, 'round 1', undefined])
    expect(thinHistory(versions, { maxVersions: 3, maxBytes: 1e6, fullNewest: 2 })).toEqual({
      versions,
      dropped: [],
      thinned: []
    })
  })

  const table: Array<{ name: string; names: Array<string | undefined>; max: number; kept: number[] }> = [
    {
      name: 'the oldest goes first',
      names: [undefined, undefined, undefined, undefined],
      max: 3,
      kept: [1, 2, 3]
    },
    {
      name: 'a named version outlives older unnamed ones',
      names: ['a', undefined, undefined, undefined],
      max: 3,
      kept: [0, 2, 3]
    },
    {
      name: 'every unnamed one but the newest goes before a named one',
      names: ['a', 'b', undefined, 'c', undefined],
      max: 3,
      kept: [1, 3, 4]
    },
    { name: 'when all are named, the oldest named goes', names: ['a', 'b', 'c', 'd'], max: 2, kept: [2, 3] },
    {
      name: 'the newest stays even when unnamed among named ones',
      names: ['a', 'b', 'c', undefined],
      max: 2,
      kept: [2, 3]
    }
  ]
  for (const row of table) {
    it(`count: ${row.name}`, () => {
      const result = thinHistory(history(row.names), { maxVersions: row.max, maxBytes: 1e9, fullNewest: 2 })
      expect(ids(result.versions)).toEqual(row.kept)
      expect(result.thinned).toEqual([])
    })
  }

  it('size: old unnamed versions lose their items first, named ones later, the newest two last', () => {
    const versions = history([undefined, 'a', undefined, undefined, undefined], 40)
    const one = versionBytes(versions[0] as Version)
    const summary = versionBytes({ ...(versions[0] as Version), items: null, links: null })
    const limits: HistoryLimits = { maxVersions: 10, maxBytes: 3 * one + 2 * summary + 20, fullNewest: 2 }
    const result = thinHistory(versions, limits)
    expect(result.dropped).toEqual([])
    expect(ids(result.versions.filter((v) => v.items === null))).toEqual([0, 2])
    const tighter = thinHistory(versions, { ...limits, maxBytes: 2 * one + 3 * summary + 20 })
    expect(ids(tighter.versions.filter((v) => v.items === null))).toEqual([0, 1, 2])
  })

  it('size: a single version larger than the whole history is kept with its fit only', () => {
    const huge = history([undefined], 50)
    const result = thinHistory(huge, { maxVersions: 10, maxBytes: 500, fullNewest: 2 })
    expect(result.versions).toHaveLength(1)
    expect(result.versions[0]?.items).toBeNull()
    expect(result.versions[0]?.score).toBe(40)
  })

  it('property: within the limits, order kept, newest kept, named outlast unnamed', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.constantFrom('a', 'b'), { nil: undefined }), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 300, max: 20_000 }),
        fc.integer({ min: 1, max: 40 }),
        (names, maxVersions, maxBytes, itemCount) => {
          const versions = history(names, itemCount)
          const result = thinHistory(versions, { maxVersions, maxBytes, fullNewest: 2 })
          const kept = ids(result.versions)
          expect(kept.length).toBeLessThanOrEqual(maxVersions)
          expect(kept).toEqual([...kept].sort((a, b) => a - b))
          expect(kept[kept.length - 1]).toBe(versions.length - 1)
          const total = result.versions.reduce((sum, v) => sum + versionBytes(v), 0)
          const newestSummary = versionBytes({
            ...(versions[versions.length - 1] as Version),
            items: null,
            links: null
          })
          if (newestSummary <= maxBytes) expect(total).toBeLessThanOrEqual(maxBytes)
          // A named version is dropped only when no unnamed older one was left to drop.
          const droppedNamed = result.dropped
            .map((id) => Number.parseInt(id, 16))
            .filter((i) => names[i] !== undefined)
          const unnamedKeptOlder = kept.filter((i) => names[i] === undefined && i < versions.length - 1)
          if (droppedNamed.length > 0) expect(unnamedKeptOlder).toEqual([])
        }
      )
    )
  })
})

describe('keepVersion', () => {
  const report = reportWith(
    [
      ['p1', 'pains', 'Late'],
      ['r1', 'painRelievers', 'Live times']
    ],
    [['r1', 'p1']]
  )

  it('a first check keeps a first version; an unchanged check keeps no second copy', () => {
    const first = keepVersion([], report, { canvas: '1:2' })
    expect(first.outcome).toBe('added')
    expect(first.versions).toHaveLength(1)
    expect(first.version.items).toEqual([
      ['p1', 'pains', 1, 'Late'],
      ['r1', 'painRelievers', 1, 'Live times']
    ])
    expect(first.version.links).toEqual([['r1', 'p1']])
    const again = keepVersion(
      first.versions,
      { ...report, checkedAt: '2026-11-02T10:00:00.000Z' },
      { canvas: '1:2' }
    )
    expect(again.outcome).toBe('same')
    expect(again.written).toEqual([])
  })

  it('keeps the evidence-backed fit once the canvas has evidence, and none before', () => {
    expect(keepVersion([], report, { canvas: '1:2' }).version.evidenceFit).toBeUndefined()
    const backed = { ...report, evidence: { items: { p1: 'did' as const }, fit: { score: 35, band: 'weak' as const }, tests: [] } }
    const kept = keepVersion([], backed, { canvas: '1:2' })
    expect(kept.version.evidenceFit).toBe(35)
    // More evidence with the same stickies is a new version.
    const more = { ...backed, evidence: { ...backed.evidence, fit: { score: 60, band: 'target' as const } } }
    expect(keepVersion(kept.versions, more, { canvas: '1:2' }).outcome).toBe('added')
  })

  it('a named save of an unchanged canvas names the newest version instead of copying it', () => {
    const first = keepVersion([], report, { canvas: '1:2' })
    const named = keepVersion(first.versions, report, { canvas: '1:2', name: 'after interviews' })
    expect(named.outcome).toBe('named')
    expect(named.versions).toHaveLength(1)
    expect(named.versions[0]?.name).toBe('after interviews')
    expect(named.removed).toEqual([first.version.id])
  })

  it('two people keeping the same check at once make the same id; a canvas back to an older state gets a new one', () => {
    const a = keepVersion([], report, { canvas: '1:2' })
    const b = keepVersion([], report, { canvas: '1:2' })
    expect(a.version.id).toBe(b.version.id)
    const edited = reportWith([['p1', 'pains', 'Late again']], [], '2026-11-02T10:00:00.000Z')
    const second = keepVersion(a.versions, edited, { canvas: '1:2' })
    const back = keepVersion(
      second.versions,
      { ...report, checkedAt: '2026-11-03T10:00:00.000Z' },
      { canvas: '1:2' }
    )
    expect(back.outcome).toBe('added')
    expect(new Set(back.versions.map((v) => v.id)).size).toBe(3)
  })

  it('never refuses: a full history makes room, at the real limits', () => {
    let versions: Version[] = []
    for (let i = 0; i < HISTORY_MAX_VERSIONS + 5; i += 1) {
      const day = `2026-11-01T10:${String(i).padStart(2, '0')}:00.000Z`
      versions = keepVersion(versions, reportWith([['p1', 'pains', `Late ${i}`]], [], day), {
        canvas: '1:2'
      }).versions
    }
    expect(versions).toHaveLength(HISTORY_MAX_VERSIONS)
    expect(versions[versions.length - 1]?.items?.[0]?.[3]).toBe(`Late ${HISTORY_MAX_VERSIONS + 4}`)
    expect(versions.reduce((sum, v) => sum + versionBytes(v), 0)).toBeLessThanOrEqual(HISTORY_MAX_BYTES)
  })
})
