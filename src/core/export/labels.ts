import type { Decision, EvidenceLevel, FitBand, RiskReason, TestStatus, ZoneKey } from '../types'

/**
 * The words an export uses, in the canvas's language. Plain strings, filled from the catalog by the caller
 * (see `exportLabelsFrom`). Templates hold `{placeholders}`.
 */
export interface ExportLabels {
  /** `export.title`: `{segment}`, `{product}`. */
  title: string
  /** `export.checkedAt`: `{date}`. */
  checkedAt: string
  /**
   * `export.dateTime` and `export.dateTimeUtc` (when the time is in UTC): `{day}`, `{month}`, `{year}`, `{hour}`,
   * `{minute}`; `export.month.1` … `export.month.12`.
   */
  dates: { dateTime: string; dateTimeUtc: string; months: string[] }
  /** `zone.<zoneKey>`. */
  zones: Record<ZoneKey, string>
  /** `notify.band.<band>`. */
  bands: Record<FitBand, string>
  /** `export.heading.<key>`. */
  headings: {
    statement: string
    zones: string
    fit: string
    coverage: string
    links: string
    invalidLinks: string
    unaddressed: string
    orphans: string
    riskiest: string
    tests: string
    unplaced: string
  }
  /** `export.fitScore`: `{score}`, `{band}`. */
  fitScore: string
  /** `export.backedFit`: `{score}`, `{band}`: the fit backed by evidence. */
  backedFit: string
  /** `export.coverage`: `{zone}`, `{coverage}`. */
  coverage: string
  /** `export.evidence`: `{level}`. */
  evidence: string
  /** `evidence.level.<level>`: "none yet", "customers said so", … */
  levels: Record<EvidenceLevel, string>
  /** `export.why.<reason>`: why an item is among the riskiest assumptions; `linkUnbacked` has `{other}`. */
  why: Record<RiskReason, string>
  /** `test.card.name`: `{item}`: the heading of one test card. */
  testCard: string
  /** `export.test.<field>`: the fields of test and learning cards, and the text for one not written yet. */
  test: {
    hypothesis: string
    test: string
    metric: string
    criteria: string
    status: string
    observation: string
    learning: string
    decision: string
    empty: string
  }
  /** `export.status.<status>`. */
  statuses: Record<TestStatus, string>
  /** `export.decision.<decision>`. */
  decisions: Record<Decision, string>
  /** `export.col.<key>`: CSV header and the votes label in Markdown. */
  columns: {
    canvas: string
    zone: string
    rank: string
    text: string
    votes: string
    weight: string
    evidence: string
    riskiest: string
    why: string
    linkedTo: string
    id: string
    linkedIds: string
    fit: string
    backedFit: string
  }
  /** `export.row.<key>`: the CSV zone column of a sticky outside every zone, and of a test card's row. */
  rows: { unplaced: string; testCard: string }
  /** `export.csv.separator`: the field separator the language's spreadsheets split at (`,` or `;`). */
  csvSeparator: ',' | ';'
  /** `export.none`: shown under a heading with nothing to list. */
  none: string
}

/** English labels: the defaults for tests and for any catalog key that is missing. */
export const DEFAULT_EXPORT_LABELS: ExportLabels = {
  title: 'Value Proposition Canvas: {segment} · {product}',
  checkedAt: 'Checked: {date}',
  dates: {
    dateTime: '{day} {month} {year}, {hour}:{minute}',
    dateTimeUtc: '{day} {month} {year}, {hour}:{minute} UTC',
    months: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December'
    ]
  },
  zones: {
    jobs: 'Customer jobs',
    pains: 'Pains',
    gains: 'Gains',
    products: 'Products & services',
    painRelievers: 'Pain relievers',
    gainCreators: 'Gain creators'
  },
  bands: { weak: 'weak', target: 'on target', strong: 'strong' },
  headings: {
    statement: 'Value proposition statement',
    zones: 'Stickies by zone',
    fit: 'Fit',
    coverage: 'Coverage by zone',
    links: 'Links',
    invalidLinks: 'Links that do not count',
    unaddressed: 'Not addressed yet',
    orphans: 'Value map items with no link',
    riskiest: 'Riskiest assumptions',
    tests: 'Tests and learnings',
    unplaced: 'Stickies outside every zone'
  },
  fitScore: 'Fit score: {score}% ({band})',
  backedFit: 'Backed by evidence: {score}% ({band})',
  coverage: '{zone}: {coverage}%',
  evidence: 'Evidence: {level}',
  levels: { none: 'none yet', said: 'customers said so', did: 'customers did so', refuted: 'refuted' },
  why: {
    refutedInFit: 'refuted, yet the fit still counts it',
    unbackedInFit: 'carries the fit, no evidence yet',
    unbacked: 'important, no evidence yet',
    linkUnbacked: 'customers want “{other}”; no evidence yet that this answers it'
  },
  testCard: 'Test card: {item}',
  test: {
    hypothesis: 'Hypothesis',
    test: 'Test',
    metric: 'Metric',
    criteria: 'Criteria',
    status: 'Status',
    observation: 'Observation',
    learning: 'Learning',
    decision: 'Decision',
    empty: 'not written yet'
  },
  statuses: {
    draft: 'to fill in',
    ready: 'ready to run',
    learning: 'learning card drawn, decision to write',
    decided: 'decided'
  },
  decisions: { keep: 'keep', change: 'change', drop: 'drop' },
  columns: {
    canvas: 'Canvas',
    zone: 'Zone',
    rank: 'Rank',
    text: 'Text',
    votes: 'Votes',
    weight: 'Weight',
    evidence: 'Evidence',
    riskiest: 'Risk order',
    why: 'Why risky',
    linkedTo: 'Linked to',
    id: 'Id',
    linkedIds: 'Linked ids',
    fit: 'Fit (%)',
    backedFit: 'Backed fit (%)'
  },
  rows: { unplaced: 'Outside every zone', testCard: 'Test card' },
  csvSeparator: ',',
  none: 'None'
}

/**
 * Labels from a catalog lookup, e.g. `exportLabelsFrom((key) => tKey(locale, key))`. A key the lookup does not know
 * (it returns the key itself, or nothing) falls back to English.
 */
export function exportLabelsFrom(lookup: (key: string) => string | undefined): ExportLabels {
  const pick = (key: string, fallback: string): string => {
    const found = lookup(key)
    return found === undefined || found === '' || found === key ? fallback : found
  }
  const group = <T extends Record<string, string>>(prefix: string, defaults: T): T => {
    const result: Record<string, string> = {}
    for (const name of Object.keys(defaults)) result[name] = pick(prefix + name, defaults[name] ?? '')
    return result as T
  }
  const d = DEFAULT_EXPORT_LABELS
  const separator = pick('export.csv.separator', d.csvSeparator)
  return {
    title: pick('export.title', d.title),
    checkedAt: pick('export.checkedAt', d.checkedAt),
    dates: {
      dateTime: pick('export.dateTime', d.dates.dateTime),
      dateTimeUtc: pick('export.dateTimeUtc', d.dates.dateTimeUtc),
      months: d.dates.months.map((month, i) => pick(`export.month.${i + 1}`, month))
    },
    zones: group('zone.', d.zones),
    bands: group('notify.band.', d.bands),
    headings: group('export.heading.', d.headings),
    fitScore: pick('export.fitScore', d.fitScore),
    backedFit: pick('export.backedFit', d.backedFit),
    coverage: pick('export.coverage', d.coverage),
    evidence: pick('export.evidence', d.evidence),
    levels: group('evidence.level.', d.levels),
    why: group('export.why.', d.why),
    testCard: pick('test.card.name', d.testCard),
    test: group('export.test.', d.test),
    statuses: group('export.status.', d.statuses),
    decisions: group('export.decision.', d.decisions),
    columns: group('export.col.', d.columns),
    rows: group('export.row.', d.rows),
    // Only a separator a CSV reader can split at unambiguously; anything else would corrupt every row.
    csvSeparator: separator === ';' ? ';' : ',',
    none: pick('export.none', d.none)
  }
}

/** Fills `{name}` placeholders; values are used as given (escape them first for the target format). */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? (values[name] ?? whole) : whole
  )
}
