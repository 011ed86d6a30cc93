/**
 * The stored report (`vpcfit/report`, shared plugin data) must always fit FigJam's 100 kB entry and keep what
 * other tools rely on: ids, ranks, links and the fit. Sticky texts of any script and length.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PLUGIN_DATA_LIMIT, serializeReportForStorage, utf8Length } from '../../src/core/report-storage'
import type { FitReport, ReportItem, ZoneKey } from '../../src/core/types'
import { REPORT_SCHEMA, ZONE_KEYS } from '../../src/core/types'

/** UTF-8 bytes, as FigJam counts plugin data. */
function bytes(text: string): number {
  return new TextEncoder().encode(text).length
}

/** A report with `texts` spread over the six zones (ids `s0`, `s1`, ...), one valid link per pair of zones. */
function reportOf(texts: readonly string[]): FitReport {
  const zones = Object.fromEntries(ZONE_KEYS.map((zone) => [zone, [] as ReportItem[]])) as Record<
    ZoneKey,
    ReportItem[]
  >
  texts.forEach((text, i) => {
    const zone = ZONE_KEYS[i % ZONE_KEYS.length] as ZoneKey
    zones[zone].push({ id: `s${i}`, text, rank: zones[zone].length + 1, weight: 1, votes: 0 })
  })
  return {
    schema: REPORT_SCHEMA,
    canvas: { id: '1:2', segment: 'Commuters', product: 'Bike app', locale: 'en' },
    zones,
    unplaced: [],
    links: texts.length >= 6 ? [{ from: 's3', to: 's0', kind: 'serves' }] : [],
    fit: {
      score: 42,
      band: 'weak',
      coverage: { jobs: 50, pains: 0, gains: 0 },
      unaddressed: [],
      orphans: []
    },
    checkedAt: '2026-01-01T00:00:00.000Z'
  }
}

function stable(report: FitReport) {
  return {
    ids: ZONE_KEYS.map((zone) => report.zones[zone].map((item) => [item.id, item.rank, item.weight])),
    links: report.links,
    fit: report.fit
  }
}

describe('the stored report', () => {
  it('fits 100 kB and keeps ids, ranks, links and the fit, for Latin text of any length', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'grapheme-ascii', maxLength: 3000 }), { maxLength: 150 }),
        (texts) => {
          const report = reportOf(texts)
          const stored = serializeReportForStorage(report)
          expect(bytes(stored)).toBeLessThanOrEqual(PLUGIN_DATA_LIMIT)
          const parsed = JSON.parse(stored) as FitReport
          if (!('truncated' in parsed)) expect(stable(parsed)).toEqual(stable(report))
        }
      ),
      { numRuns: 200 }
    )
  })

  // FigJam counts UTF-8 bytes: right-to-left, CJK and emoji text must still fit.
  it.each([
    ['right-to-left', 'כאב'],
    ['CJK', '太贵了'],
    ['emoji', '🚲']
  ])('fits 100 kB in bytes for %s text just under 100,000 characters', (_script, word) => {
    // 300 stickies of about 250 characters: the JSON stays under 100,000 characters but not under 100 kB.
    const texts = Array.from({ length: 300 }, (_, i) => `${i} ${word.repeat(Math.floor(250 / word.length))}`)
    const stored = serializeReportForStorage(reportOf(texts))
    expect(bytes(stored)).toBeLessThanOrEqual(PLUGIN_DATA_LIMIT)
  })
})

describe('counting UTF-8 bytes', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    ['é', 2],
    ['כאב', 6],
    ['太贵了', 9],
    ['🚲', 4],
    ['a🚲b', 6]
  ])('%j is %i bytes', (text, expected) => {
    expect(utf8Length(text)).toBe(expected)
    expect(utf8Length(text)).toBe(Buffer.byteLength(text, 'utf8'))
  })
})
