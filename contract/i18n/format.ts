/**
 * A choice inside a template, the one way the catalogs say plurals and variants:
 * `{count, plural, one {# pain unaddressed} other {# pains unaddressed}}` (`#` is the number; `=0` picks an exact
 * value; en, sv and da all use `one` for 1 and `other` for everything else) and
 * `{band, select, weak {weak} target {on target} other {strong}}`. Options hold plain text and `#`, no braces.
 */
const CHOICE = /\{(\w+),\s*(plural|select),((?:\s*=?\w+\s*\{[^{}]*\})+)\s*\}/g
const OPTION = /\s*(=?\w+)\s*\{([^{}]*)\}/

function choose(kind: string, value: string | number, options: string): string | null {
  const byName = new Map<string, string>()
  const pattern = new RegExp(OPTION.source, 'g')
  for (let match = pattern.exec(options); match; match = pattern.exec(options)) {
    byName.set(match[1] ?? '', match[2] ?? '')
  }
  const exact = byName.get(`=${value}`)
  if (exact !== undefined) return exact
  if (kind === 'plural') {
    const form = Number(value) === 1 ? 'one' : 'other'
    return (byName.get(form) ?? byName.get('other') ?? null)?.replace(/#/g, String(value)) ?? null
  }
  return byName.get(String(value)) ?? byName.get('other') ?? null
}

/**
 * Fills a template: choices (`{count, plural, …}`, `{band, select, …}`) first, then `{name}` placeholders.
 * Unknown placeholders are left visible so a gap is noticed, not hidden.
 */
export function formatMessage(template: string, params: Record<string, string | number> = {}): string {
  const chosen = template.replace(CHOICE, (whole, name: string, kind: string, options: string) => {
    const value = params[name]
    if (value === undefined) return whole
    return choose(kind, value, options) ?? whole
  })
  return chosen.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name]
    return value === undefined ? whole : String(value)
  })
}

/** The parameter names a template uses (placeholders and choices), sorted, for comparing locales. */
export function placeholdersOf(template: string): string[] {
  const names = new Set<string>()
  const plain = template.replace(CHOICE, (_whole, name: string) => {
    names.add(name)
    return ''
  })
  const pattern = /\{(\w+)\}/g
  for (let match = pattern.exec(plain); match; match = pattern.exec(plain)) {
    if (match[1] !== undefined) names.add(match[1])
  }
  return Array.from(names).sort()
}

/** A whole number as people write it: 5,000 in English, 5 000 in Swedish (no-break space), 5.000 in Danish. */
export function formatCount(locale: 'en' | 'sv' | 'da', value: number): string {
  const separator = locale === 'en' ? ',' : locale === 'sv' ? '\u00a0' : '.'
  const digits = String(Math.abs(Math.round(value)))
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator)
  return (value < 0 ? '-' : '') + grouped
}

/** Megabytes with one decimal, in the locale's decimal mark (4.5 in English, 4,5 in Swedish and Danish). */
export function formatMegabytes(locale: 'en' | 'sv' | 'da', bytes: number): string {
  const text = (Math.round(bytes / 100_000) / 10).toFixed(1)
  return locale === 'en' ? text : text.replace('.', ',')
}

/** The template with its choices and placeholders taken out: any brace left is a typo. */
export function withoutPlaceholders(template: string): string {
  return template.replace(new RegExp(CHOICE.source, 'g'), '').replace(/\{\w+\}/g, '')
}
