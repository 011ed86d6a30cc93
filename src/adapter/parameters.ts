import { PARAMETER_SUGGESTIONS_MAX } from '../../contract/limits'
import { LOCALES } from '../core/types'
import { getData, readCanvasMeta } from './plugin-data'
import { canvasSectionsOn } from './snapshot'

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', sv: 'Svenska', da: 'Dansk' }

/** Suggestions for the quick-action parameters: languages, and names already used on the page. */
export function suggestParameter(key: string, query: string): Array<{ name: string; data: string }> {
  const needle = query.trim().toLowerCase()
  if (key === 'locale') {
    return LOCALES.map((code) => ({ name: `${LANGUAGE_NAMES[code] ?? code} (${code})`, data: code })).filter(
      (entry) => entry.name.toLowerCase().includes(needle)
    )
  }
  if (key !== 'segment' && key !== 'product') return []
  const seen = new Set<string>()
  for (const { node } of canvasSectionsOn(figma.currentPage)) {
    const meta = readCanvasMeta((k) => getData(node, k))
    const value = key === 'segment' ? meta.segment : meta.product
    if (value && value.toLowerCase().includes(needle)) seen.add(value)
  }
  return Array.from(seen)
    .slice(0, PARAMETER_SUGGESTIONS_MAX)
    .map((value) => ({ name: value, data: value }))
}
