/**
 * The stored history: one entry per version (pieces when large), read back exactly; a copy's inherited entries,
 * broken pieces and left-over pieces are not history and are deleted at the next write.
 */
import { describe, expect, it } from 'vitest'
import type { Version, VersionItem } from '../../../contract/history'
import { PLUGIN_DATA_LIMIT } from '../../../contract/limits'
import { historyKey, planHistoryWrite, readHistory } from '../../../src/core/history/history-storage'
import { keepVersion } from '../../../src/core/history/keep-version'
import { utf8Length } from '../../../src/core/report-storage'
import { reportWith, versionOf } from './fixtures'

/** A section's `vpcfit` entries in memory. */
function store(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial))
  return {
    data,
    keys: () => [...data.keys()],
    get: (key: string) => data.get(key) ?? '',
    apply(entries: Array<{ key: string; value: string }>) {
      for (const { key, value } of entries) {
        if (value === '') data.delete(key)
        else data.set(key, value)
      }
    }
  }
}

function keep(section: ReturnType<typeof store>, texts: string[], at: string, canvas = '1:2') {
  const stored = readHistory(section.keys(), section.get, canvas)
  const kept = keepVersion(
    stored.versions,
    reportWith(
      texts.map((t, i) => [`s${i}`, 'gains', t]),
      [],
      at
    ),
    { canvas }
  )
  section.apply(planHistoryWrite(kept, stored, 'vpcfit'))
  return kept
}

describe('history storage', () => {
  it('round-trips small and large versions, every entry within the plugin data limit', () => {
    const section = store()
    keep(section, ['Quick'], '2026-11-01T10:00:00.000Z')
    keep(
      section,
      Array.from({ length: 30 }, (_, i) => `${i} ${'å'.repeat(3000)}`),
      '2026-11-02T10:00:00.000Z'
    )
    const read = readHistory(section.keys(), section.get, '1:2')
    expect(read.stale).toEqual([])
    expect(read.versions.map((v) => v.items?.length).sort()).toEqual([1, 30])
    expect(section.keys().filter((key) => key.split('.').length === 3).length).toBeGreaterThan(1)
    for (const [key, value] of section.data)
      expect(utf8Length(`vpcfit${key}${value}`)).toBeLessThanOrEqual(PLUGIN_DATA_LIMIT)
  })

  it("leaves out and then deletes a copy's inherited versions, broken entries and orphan pieces", () => {
    const original = store()
    keep(original, ['Quick'], '2026-11-01T10:00:00.000Z')
    const copy = store(Object.fromEntries(original.data))
    copy.data.set('history.00000000deadbeef', '{"not":"a version"}')
    copy.data.set('history.1111111111111111.1', 'a piece without its head')
    copy.data.set('report', 'not history')
    const read = readHistory(copy.keys(), copy.get, '9:9')
    expect(read.versions).toEqual([])
    expect(read.stale.sort()).toEqual(
      [...original.keys(), 'history.00000000deadbeef', 'history.1111111111111111.1'].sort()
    )
    keep(copy, ['Quick'], '2026-11-03T10:00:00.000Z', '9:9')
    const own = readHistory(copy.keys(), copy.get, '9:9').versions
    expect(own).toHaveLength(1)
    expect(copy.keys().sort()).toEqual([historyKey(own[0]!.id), 'report'].sort())
  })

  it('a split version whose pieces do not add up is not read', () => {
    const section = store()
    const big = keep(
      section,
      Array.from({ length: 30 }, (_, i) => `${i} ${'å'.repeat(3000)}`),
      '2026-11-02T10:00:00.000Z'
    )
    section.data.set(`${historyKey(big.version.id)}.1`, 'tampered')
    const read = readHistory(section.keys(), section.get, '1:2')
    expect(read.versions).toEqual([])
    expect(read.stale).toContain(historyKey(big.version.id))
  })

  it('reads only versions that match the schema and their key', () => {
    const item: VersionItem = ['s1', 'gains', 1, 'Quick']
    const good: Version = versionOf([item], [], { id: 'aaaaaaaaaaaaaaaa' })
    const section = store({
      [historyKey(good.id)]: JSON.stringify(good),
      'history.bbbbbbbbbbbbbbbb': JSON.stringify(good),
      'history.cccccccccccccccc': JSON.stringify({ ...good, id: 'cccccccccccccccc', score: 140 })
    })
    const read = readHistory(section.keys(), section.get, '1:2')
    expect(read.versions).toEqual([good])
    expect(read.stale.sort()).toEqual(['history.bbbbbbbbbbbbbbbb', 'history.cccccccccccccccc'])
  })
})
