/** Replaces `{name}` placeholders; unknown placeholders are left visible so a gap is noticed, not hidden. */
export function formatMessage(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name]
    return value === undefined ? whole : String(value)
  })
}

/** The `{placeholder}` names a template uses, sorted, for comparing locales. */
export function placeholdersOf(template: string): string[] {
  const names = new Set<string>()
  const pattern = /\{(\w+)\}/g
  let match = pattern.exec(template)
  while (match) {
    if (match[1] !== undefined) names.add(match[1])
    match = pattern.exec(template)
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
