import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DEFAULT_EXPORT_LABELS, exportLabelsFrom, toCsv } from '../../src/core/export'
import type { ExportLabels } from '../../src/core/export'
import type { Locale } from '../../src/core/types'
import { upgradeReport, ZONE_KEYS } from '../../src/core/types'
import { tKey } from '../../src/i18n'
import {
  evidenceReport,
  NASTY,
  readCsv,
  reportArbitrary,
  sampleReport,
  shown,
  withText
} from './export-fixtures'

const labelsOf = (locale: Locale): ExportLabels => exportLabelsFrom((key) => tKey(locale, key))
const SEPARATOR: Record<Locale, string> = { en: ',', sv: ';', da: ';' }
const COLUMNS = 21
/** Column positions, as the header lists them. */
const COL = {
  canvas: 0,
  zone: 1,
  rank: 2,
  text: 3,
  votes: 4,
  weight: 5,
  evidence: 6,
  risk: 7,
  why: 8,
  linkedTo: 9,
  id: 10,
  linkedIds: 11,
  test: 12,
  metric: 13,
  criteria: 14,
  status: 15,
  observation: 16,
  learning: 17,
  decision: 18,
  fit: 19,
  backedFit: 20
}

describe('toCsv: the file for spreadsheets', () => {
  it('starts with the UTF-8 byte-order mark, so Excel reads å, ä, ø and "·" as written', () => {
    const csv = toCsv(sampleReport(), DEFAULT_EXPORT_LABELS)
    expect([...Buffer.from(csv, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(csv.charAt(0)).toBe('\uFEFF')
    expect(csv.indexOf('\uFEFF', 1)).toBe(-1)
  })

  it('lays out a canvas: a row per sticky zone by zone in rank order, then unplaced, then test cards (en)', () => {
    const csv = toCsv(evidenceReport(), exportLabelsFrom((key) => tKey('en', key)))
    const canvas = 'Busy parents · Home workout app'
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Canvas,Zone,Rank,Text,Votes,Weight,Evidence,Risk order,Why risky,Linked to,Id,Linked ids,Test,Metric,Criteria,Status,Observation,Learning,Decision,Fit (%),Backed fit (%)',
      `${canvas},Customer jobs,1,Stay fit in 20 minutes,0,2,customers did so,,,Workout library,j1,pr1,,,,,,,,56,33`,
      `${canvas},Customer jobs,2,Work out with a friend,0,1,none yet,4,"important, no evidence yet",,j2,,,,,,,,,56,33`,
      `${canvas},Pains,1,Gym is too expensive,3,4,customers said so,,,Cheap subscription,p1,r1,,,,,,,,56,33`,
      `${canvas},Pains,2,No time for the gym,1,2,none yet,5,"important, no evidence yet",,p2,,,,,,,,,56,33`,
      `${canvas},Gains,1,Visible progress,0,1,refuted,1,"refuted, yet the fit still counts it",Progress charts,g1,c1,,,,,,,,56,33`,
      `${canvas},Products & services,1,Workout library,0,1,none yet,2,customers want “Stay fit in 20 minutes”; no evidence yet that this answers it,Stay fit in 20 minutes,pr1,j1,,,,,,,,56,33`,
      `${canvas},Pain relievers,1,Cheap subscription,0,2,none yet,3,customers want “Gym is too expensive”; no evidence yet that this answers it,Gym is too expensive,r1,p1,,,,,,,,56,33`,
      `${canvas},Pain relievers,2,Quiet mode,0,1,none yet,,,,r2,,,,,,,,,56,33`,
      `${canvas},Gain creators,1,Progress charts,0,1,none yet,,,Visible progress,c1,g1,,,,,,,,56,33`,
      `${canvas},Outside every zone,1,Parking lot idea,0,1,none yet,,,,u1,,,,,,,,,56,33`,
      `${canvas},Test card,,busy parents struggle with no time for the gym,,,,,,No time for the gym,t1,p2,Interview 10 parents,How many name time first,At least 6 of 10,decided,7 of 10 named time first,Time matters more than price,keep,56,33`,
      `${canvas},Test card,,busy parents are trying to work out with a friend,,,,,,Work out with a friend,t2,j2,,,,to fill in,,,,56,33`,
      ''
    ])
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
  })

  it.each([
    [
      'en',
      'Canvas,Zone,Rank,Text,Votes,Weight,Evidence,Risk order,Why risky,Linked to,Id,Linked ids,Test,Metric,Criteria,Status,Observation,Learning,Decision,Fit (%),Backed fit (%)',
      ['customers did so', 'customers said so', 'refuted', 'none yet'],
      ['decided', 'to fill in'],
      'keep'
    ],
    [
      'sv',
      'Canvas;Zon;Rang;Text;Röster;Vikt;Belägg;Riskordning;Varför riskfyllt;Kopplad till;Id;Kopplade id;Test;Mått;Kriterier;Status;Observation;Lärdom;Beslut;Matchning (%);Med belägg (%)',
      ['kunderna gör det', 'kunderna säger det', 'motbevisat', 'inga ännu'],
      ['beslutat', 'att fylla i'],
      'behålla'
    ],
    [
      'da',
      'Canvas;Zone;Rang;Tekst;Stemmer;Vægt;Belæg;Risikorækkefølge;Hvorfor risikabelt;Forbundet med;Id;Forbundne id;Test;Måling;Kriterier;Status;Observation;Læring;Beslutning;Match (%);Med belæg (%)',
      ['kunderne gør det', 'kunderne siger det', 'afkræftet', 'intet endnu'],
      ['besluttet', 'skal udfyldes'],
      'beholde'
    ]
  ] as const)('%s: header, zone names, evidence, statuses and decisions in the canvas language', (locale, header, levels, statuses, keep) => {
    const csv = toCsv(evidenceReport(), labelsOf(locale))
    expect(csv.slice(1).split('\r\n')[0]).toBe(header)
    const rows = readCsv(csv, SEPARATOR[locale])
    for (const row of rows) expect(row).toHaveLength(COLUMNS)
    const body = rows.slice(1)
    // Zone names as the canvas writes them, never the internal keys.
    const zoneNames = ZONE_KEYS.map((zone) => tKey(locale, `zone.${zone}`))
    expect(body.map((row) => row[COL.zone])).toEqual([
      zoneNames[0],
      zoneNames[0],
      zoneNames[1],
      zoneNames[1],
      zoneNames[2],
      zoneNames[3],
      zoneNames[4],
      zoneNames[4],
      zoneNames[5],
      tKey(locale, 'export.row.unplaced'),
      tKey(locale, 'export.row.testCard'),
      tKey(locale, 'export.row.testCard')
    ])
    for (const key of [...ZONE_KEYS, 'unplaced']) expect(csv).not.toContain(`${SEPARATOR[locale]}${key}${SEPARATOR[locale]}`)
    expect(body.slice(0, 5).map((row) => row[COL.evidence])).toEqual([levels[0], levels[3], levels[1], levels[3], levels[2]])
    expect(body.slice(-2).map((row) => row[COL.status])).toEqual(statuses)
    expect(body[body.length - 2]?.[COL.decision]).toBe(keep)
    // The riskiest list's why, in the language.
    expect(body[4]?.[COL.why]).toBe(tKey(locale, 'export.why.refutedInFit'))
  })

  it('links by the linked stickies\' texts, one per line in the cell, with their ids beside in the same order', () => {
    const report = sampleReport()
    report.zones.painRelievers.push({ id: 'r3', text: 'Pay\nper month', rank: 3, weight: 1, votes: 0 })
    report.links.push(
      { from: 'r2', to: 'p1', kind: 'relieves' },
      { from: 'p1', to: 'r1', kind: 'relieves' },
      { from: 'r3', to: 'p1', kind: 'relieves' }
    )
    const rows = readCsv(toCsv(report, DEFAULT_EXPORT_LABELS))
    const pain = rows.find((row) => row[COL.id] === 'p1')
    expect(pain?.[COL.linkedTo]).toBe('Cheap subscription\nQuiet mode\nPay per month')
    expect(pain?.[COL.linkedIds]).toBe('r1 r2 r3')
    // Invalid links are not links of the fit, so not listed.
    expect(rows.find((row) => row[COL.id] === 'g1')?.[COL.linkedIds]).toBe('c1')
    expect(rows.find((row) => row[COL.id] === 'r2')?.[COL.linkedIds]).toBe('p1')
  })

  it.each(['en', 'sv', 'da'] as const)('%s: ranks, votes, weights, risk order and fits are bare whole numbers', (locale) => {
    const csv = toCsv(evidenceReport(), labelsOf(locale))
    const rows = readCsv(csv, SEPARATOR[locale])
    const stickies = rows.slice(1, 11)
    for (const row of stickies) {
      for (const col of [COL.rank, COL.votes, COL.weight, COL.fit, COL.backedFit]) expect(row[col]).toMatch(/^\d+$/)
      expect(row[COL.risk]).toMatch(/^\d*$/)
    }
    expect(stickies.map((row) => row[COL.risk]).filter((cell) => cell !== '')).toEqual(['4', '5', '1', '2', '3'])
    // Unquoted in the file: "1" and "56", not "'1" or "\"56\"" — so a spreadsheet reads a number.
    const sep = SEPARATOR[locale]
    expect(csv).toContain(`${sep}1${sep}`)
    expect(csv).toContain(`${sep}56${sep}33\r\n`)
    expect(csv).not.toMatch(/"\d+"/)
  })

  it('exports an old vpcfit/1 report: every item "none yet", backed fit 0, no test rows', () => {
    const { evidence: _evidence, ...rest } = sampleReport()
    const rows = readCsv(toCsv(upgradeReport({ ...rest, schema: 'vpcfit/1' }), DEFAULT_EXPORT_LABELS))
    expect(rows).toHaveLength(11)
    for (const row of rows.slice(1)) {
      expect(row[COL.evidence]).toBe('none yet')
      expect(row[COL.backedFit]).toBe('0')
      expect(row[COL.zone]).not.toBe('Test card')
    }
  })

  it('a test card whose sticky has left the canvas keeps the id, with no text to link', () => {
    const report = evidenceReport()
    const second = report.evidence.tests[1]
    if (second) second.itemId = '99:99'
    const row = readCsv(toCsv(report, DEFAULT_EXPORT_LABELS)).find((cells) => cells[COL.id] === 't2')
    expect(row?.[COL.linkedTo]).toBe('')
    expect(row?.[COL.linkedIds]).toBe('99:99')
  })

  it('is the same text every time for the same report', () => {
    expect(toCsv(evidenceReport(), labelsOf('sv'))).toBe(toCsv(evidenceReport(), labelsOf('sv')))
  })
})

describe('CSV fields: formula injection and quoting, with either separator', () => {
  it.each([
    ['=1+1', "'=1+1", "'=1+1"],
    ['+1', "'+1", "'+1"],
    ['-1', "'-1", "'-1"],
    ['@x', "'@x", "'@x"],
    ['\tx', "'\tx", "'\tx"],
    ['\rx', '"\'\rx"', '"\'\rx"'],
    ['a,b', '"a,b"', 'a,b'],
    ['a;b', 'a;b', '"a;b"'],
    ['say "hi"', '"say ""hi"""', '"say ""hi"""'],
    ['=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"', '"\'=HYPERLINK(""http://x"",""y"")"'],
    ['=A1;B1', "'=A1;B1", '"\'=A1;B1"'],
    ['line\nbreak', '"line\nbreak"', '"line\nbreak"'],
    ['a = b', 'a = b', 'a = b'],
    ["'quoted'", "'quoted'", "'quoted'"],
    ['Ærø · Åre', 'Ærø · Åre', 'Ærø · Åre']
  ])('%j is written %j with commas and %j with semicolons', (text, comma, semicolon) => {
    const en = toCsv(withText(text), labelsOf('en')).slice(1).split('\r\n').slice(1).join('\r\n')
    const sv = toCsv(withText(text), labelsOf('sv')).slice(1).split('\r\n').slice(1).join('\r\n')
    expect(en).toContain(`,1,${comma},0,1,`)
    expect(sv).toContain(`;1;${semicolon};0;1;`)
  })

  it('a linked sticky whose text is a formula is defused in the linked-texts cell too', () => {
    const report = withText('=cmd|"/c calc"!A1')
    const rows = readCsv(toCsv(report, DEFAULT_EXPORT_LABELS))
    const reliever = rows.find((row) => row[COL.id] === 'r1')
    expect(reliever?.[COL.linkedTo]).toBe('\'=cmd|"/c calc"!A1')
  })

  it('a test card field that is a formula is defused', () => {
    const report = evidenceReport()
    const first = report.evidence.tests[0]
    if (first) first.metric = '@SUM(1+1)*cmd|" /C calc"!A0'
    const rows = readCsv(toCsv(report, DEFAULT_EXPORT_LABELS))
    expect(rows.find((row) => row[COL.id] === 't1')?.[COL.metric]).toBe('\'@SUM(1+1)*cmd|" /C calc"!A0')
  })
})

describe('nasty sticky text in CSV', () => {
  describe.each(NASTY)('%s', (_name, text) => {
    it.each(['en', 'sv'] as const)('%s: reads back to the same text, in one cell of one row', (locale) => {
      const rows = readCsv(toCsv(withText(text), labelsOf(locale)), SEPARATOR[locale])
      expect(rows).toHaveLength(3)
      for (const row of rows) expect(row).toHaveLength(COLUMNS)
      const pain = rows.find((row) => row[COL.id] === 'p1')
      expect(shown(pain?.[COL.text] ?? '')).toBe(text)
    })
  })

  it('property: any texts, segments and products read back unchanged, with either separator', () => {
    fc.assert(
      fc.property(reportArbitrary, (report) => {
        const locale = report.canvas.locale
        const rows = readCsv(toCsv(report, labelsOf(locale)), SEPARATOR[locale])
        const expected = [
          ...ZONE_KEYS.flatMap((zone) => report.zones[zone].slice().sort((a, b) => a.rank - b.rank)),
          ...report.unplaced.slice().sort((a, b) => a.rank - b.rank)
        ]
        expect(rows).toHaveLength(expected.length + 1)
        rows.slice(1).forEach((row, i) => {
          expect(row).toHaveLength(COLUMNS)
          expect(shown(row[COL.canvas] ?? '')).toBe(`${report.canvas.segment} · ${report.canvas.product}`)
          expect(row[COL.id]).toBe(expected[i]?.id)
          expect(shown(row[COL.text] ?? '')).toBe(expected[i]?.text)
          expect(row[COL.rank]).toBe(String(expected[i]?.rank))
        })
      }),
      { numRuns: 200 }
    )
  })
})
