import type { ReportSizeProblem } from '../core/report-storage'
import type { Locale } from '../core/types'
import { t } from '../i18n'
import { formatCount, formatMegabytes } from '../../contract/i18n/format'

/** The sentence for a canvas beyond the plugin's limits, with the numbers, for check fit or an export. */
export function sizeProblemMessage(
  locale: Locale,
  problem: ReportSizeProblem,
  use: 'store' | 'export'
): string {
  if (problem.limit === 'bytes') {
    const params = { size: formatMegabytes(locale, problem.count), max: formatMegabytes(locale, problem.max) }
    return t(locale, use === 'store' ? 'limits.tooLarge' : 'limits.exportTooLarge', params)
  }
  const params = { count: formatCount(locale, problem.count), max: formatCount(locale, problem.max) }
  if (problem.limit === 'stickies')
    return t(locale, use === 'store' ? 'limits.tooManyStickies' : 'limits.exportTooManyStickies', params)
  return t(locale, use === 'store' ? 'limits.tooManyLinks' : 'limits.exportTooManyLinks', params)
}
