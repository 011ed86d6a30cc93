/**
 * Reading JSON the plugin stored in plugin data: anything a person, another plugin or an older version left there
 * reads as nothing rather than throwing.
 */

/** The JSON object `raw` holds, or null: empty, longer than `maxChars`, not JSON, a list or another value. */
export function parseJsonObject(raw: string, maxChars: number): Record<string, unknown> | null {
  if (raw === '' || raw.length > maxChars) return null
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch {
    return null
  }
  return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
    ? (parsed as Record<string, unknown>)
    : null
}
