/**
 * The stored report (`vpcfit/report`, shared plugin data, layout version 1): whole in one entry when it fits, else
 * split into pieces of at most `REPORT_PART_BYTES`; joined again it is exactly the report, for sticky texts of any
 * script and length. Nothing is shortened; beyond the limits nothing is planned.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  MAX_CANVAS_LINKS,
  MAX_CANVAS_STICKIES,
  MAX_REPORT_BYTES,
  PLUGIN_DATA_LIMIT
} from '../../contract/limits'
import {
  planReportStorage,
  readSplitHead,
  readStoredReportText,
  reportPartKey,
  splitUtf8,
  utf8Length
} from '../../src/core/report-storage'
import type { FitReport, ReportItem, ZoneKey } from '../../src/core/types'
import { REPORT_SCHEMA, ZONE_KEYS } from '../../src/core/types'

/** UTF-8 bytes, as FigJam counts plugin data. */
function bytes(text: string): number {
  return new TextEncoder().encode(text).length
}

/** A report with `texts` spread over the six zones (ids `s0`, `s1`, ...), one valid link per pair of zones. */
function reportOf(texts: readonly string[], links = texts.length >= 6 ? 1 : 0): FitReport {
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
    links: Array.from({ length: links }, () => ({ from: 's3', to: 's0', kind: 'serves' as const })),
    fit: {
      score: 42,
      band: 'weak',
      coverage: { jobs: 50, pains: 0, gains: 0 },
      unaddressed: ['s1'],
      orphans: []
    },
    evidence: { items: {}, fit: { score: 0, band: 'weak' }, tests: [] },
    checkedAt: '2026-01-01T00:00:00.000Z'
  }
}

/** Writes a plan into a plain key-value store, as `setSharedPluginData` would ('' deletes). */
function apply(store: Map<string, string>, report: FitReport): Map<string, string> {
  const plan = planReportStorage(report, store.get('report') ?? '', 'vpcfit')
  if (!plan.ok) throw new Error(plan.problem.limit)
  for (const { key, value } of plan.entries) {
    if (value === '') store.delete(key)
    else store.set(key, value)
  }
  return store
}

const read = (store: Map<string, string>) => readStoredReportText((key) => store.get(key) ?? '')

describe('the stored report', () => {
  it('every entry fits 100 kB with its namespace and key, and joined again it is exactly the report', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({ unit: fc.constantFrom('a', 'é', '太', '🚲', 'ב', '"', '\\', '\n'), maxLength: 3000 }),
          {
            maxLength: 150
          }
        ),
        (texts) => {
          const report = reportOf(texts)
          const store = apply(new Map(), report)
          for (const [key, value] of store)
            expect(bytes('vpcfit') + bytes(key) + bytes(value)).toBeLessThanOrEqual(PLUGIN_DATA_LIMIT)
          const text = read(store)
          expect(text.ok && JSON.parse(text.json)).toEqual(report)
        }
      ),
      { numRuns: 60 }
    )
  })

  it('a small report is stored whole under `report`, as a plain vpcfit/2 report', () => {
    const report = reportOf(['Get to work', 'Rain', 'Arrive fresh'])
    const store = apply(new Map(), report)
    expect([...store.keys()]).toEqual(['report'])
    expect(JSON.parse(store.get('report')!)).toEqual(report)
  })

  it('a large report is split: a head naming its pieces, pieces joined in order', () => {
    const report = reportOf(Array.from({ length: 600 }, (_, i) => `${i} ${'כאב太🚲'.repeat(60)}`))
    const store = apply(new Map(), report)
    const head = readSplitHead(store.get('report')!)
    expect(head).toMatchObject({
      schema: 'vpcfit/2',
      layout: 'split',
      version: 1,
      checkedAt: report.checkedAt
    })
    expect(store.size).toBe(head!.parts + 1)
    const joined = Array.from({ length: head!.parts }, (_, i) => store.get(reportPartKey(i + 1))).join('')
    expect(joined).toBe(JSON.stringify(report))
    expect(head!.chars).toBe(joined.length)
  })

  it('pieces of an earlier, larger report are deleted; a missing or stale piece is noticed, never read in part', () => {
    const big = reportOf(Array.from({ length: 900 }, (_, i) => `${i} ${'x'.repeat(400)}`))
    const store = apply(new Map(), big)
    const parts = readSplitHead(store.get('report')!)!.parts
    expect(parts).toBeGreaterThan(3)
    const smaller = reportOf(Array.from({ length: 400 }, (_, i) => `${i} ${'y'.repeat(400)}`))
    apply(store, smaller)
    expect(store.size).toBe(readSplitHead(store.get('report')!)!.parts + 1)
    expect(read(store)).toEqual({ ok: true, json: JSON.stringify(smaller) })
    store.delete(reportPartKey(2))
    expect(read(store)).toEqual({ ok: false, reason: 'incomplete' })
    expect(read(new Map())).toEqual({ ok: false, reason: 'missing' })
  })

  it('never cuts a character in two', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'é', '太', '🚲', '\uD800', '\uDC00'), maxLength: 200 }),
        fc.integer({ min: 4, max: 40 }),
        (text, max) => {
          const pieces = splitUtf8(text, max)
          // Plain checks inside the property (one `expect` per run would dominate its time).
          const splitPair = pieces.slice(0, -1).some((piece, i) => {
          const last = piece.charCodeAt(piece.length - 1)
          const first = (pieces[i + 1] as string).charCodeAt(0)
          return last >= 0xd800 && last <= 0xdbff && first >= 0xdc00 && first <= 0xdfff
        })
        return pieces.join('') === text && pieces.every((piece) => utf8Length(piece) <= max) && !splitPair
        }
      ),
      { numRuns: 200 }
    )
  }, 30_000)

  it.each([
    [
      'stickies',
      reportOf(
        Array.from({ length: MAX_CANVAS_STICKIES + 1 }, () => 'x'),
        0
      ),
      MAX_CANVAS_STICKIES
    ],
    ['links', reportOf(['a', 'b', 'c', 'd', 'e', 'f'], MAX_CANVAS_LINKS + 1), MAX_CANVAS_LINKS],
    [
      'bytes',
      reportOf(
        Array.from({ length: 300 }, () => 'x'.repeat(20_000)),
        0
      ),
      MAX_REPORT_BYTES
    ]
  ])('beyond the limit on %s nothing is planned, and the problem has the numbers', (limit, report, max) => {
    const plan = planReportStorage(report, '', 'vpcfit')
    expect(plan.ok).toBe(false)
    if (!plan.ok) expect(plan.problem).toMatchObject({ limit, max })
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
