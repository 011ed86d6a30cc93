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
