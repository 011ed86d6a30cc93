import type { FitBand, ZoneKey } from '../types'

/**
 * The words an export uses, in the canvas's language. Plain strings, filled from the catalog by the caller
 * (see `exportLabelsFrom`). Templates hold `{placeholders}`.
 */
export interface ExportLabels {
  /** `export.title`: `{segment}`, `{product}`. */
  title: string
  /** `export.checkedAt`: `{date}`. */
  checkedAt: string
  /** `zone.<zoneKey>`. */
  zones: Record<ZoneKey, string>
  /** `notify.band.<band>`. */
  bands: Record<FitBand, string>
  /** `export.heading.<key>`. */
  headings: {
    zones: string
    fit: string
    coverage: string
    links: string
    invalidLinks: string
    unaddressed: string
    orphans: string
    unplaced: string
  }
  /** `export.fitScore`: `{score}`, `{band}`. */
  fitScore: string
  /** `export.coverage`: `{zone}`, `{coverage}`. */
  coverage: string
  /** `export.col.<key>`: CSV header and the votes label in Markdown. */
  columns: {
    canvas: string
    id: string
    zone: string
    rank: string
    weight: string
    votes: string
    text: string
    links: string
  }
  /** `export.none`: shown under a heading with nothing to list. */
  none: string
}

/** English labels: the defaults for tests and for any catalog key that is missing. */
export const DEFAULT_EXPORT_LABELS: ExportLabels = {
  title: 'Value Proposition Canvas: {segment} · {product}',
  checkedAt: 'Checked: {date}',
  zones: {
    jobs: 'Customer jobs',
    pains: 'Pains',
    gains: 'Gains',
    products: 'Products & services',
    painRelievers: 'Pain relievers',
    gainCreators: 'Gain creators'
  },
  bands: { weak: 'weak', target: 'target', strong: 'strong' },
  headings: {
    zones: 'Stickies by zone',
    fit: 'Fit',
    coverage: 'Coverage by zone',
    links: 'Links',
    invalidLinks: 'Links that do not count',
    unaddressed: 'Not addressed yet',
    orphans: 'Value map items with no link',
    unplaced: 'Stickies outside every zone'
  },
  fitScore: 'Fit score: {score}% ({band})',
  coverage: '{zone}: {coverage}%',
  columns: {
    canvas: 'Canvas',
    id: 'Id',
    zone: 'Zone',
    rank: 'Rank',
    weight: 'Weight',
    votes: 'Votes',
    text: 'Text',
    links: 'Links'
  },
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
  return {
    title: pick('export.title', d.title),
    checkedAt: pick('export.checkedAt', d.checkedAt),
    zones: group('zone.', d.zones),
    bands: group('notify.band.', d.bands),
    headings: group('export.heading.', d.headings),
    fitScore: pick('export.fitScore', d.fitScore),
    coverage: pick('export.coverage', d.coverage),
    columns: group('export.col.', d.columns),
    none: pick('export.none', d.none)
  }
}

/** Fills `{name}` placeholders; values are used as given (escape them first for the target format). */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? (values[name] ?? whole) : whole
  )
}
