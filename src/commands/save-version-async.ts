import { checkVersionName } from '../../contract/history'
import { HISTORY_NAME_MAX } from '../../contract/limits'
import { UserFacingError } from '../adapter/errors'
import { sentenceWithNames } from '../core/notification-text'
import type { Locale } from '../core/types'
import { t } from '../i18n'
import type { CheckFitOutcome } from './check-fit-async'
import { checkFitAsync } from './check-fit-async'

/**
 * "Save a version": checks one canvas (the given one, or the one the selection is in) and keeps the version under
 * `name` in its history, named versions being kept longest. The name is refused with a clear sentence before
 * anything is read or written; one undo step, one notification.
 */
export async function saveVersionAsync(options: {
  canvasId: string | null
  name: string
  locale: Locale
}): Promise<CheckFitOutcome> {
  const checked = checkVersionName(options.name)
  if (!checked.ok)
    throw new UserFacingError(
      checked.problem === 'empty'
        ? t(options.locale, 'history.nameEmpty')
        : t(options.locale, 'history.nameTooLong', { max: HISTORY_NAME_MAX })
    )
  const outcome = await checkFitAsync({
    canvasId: options.canvasId,
    locale: options.locale,
    versionName: checked.name
  })
  const analysis = outcome.analyses[0]
  const score = analysis ? analysis.report.fit.score : 0
  const locale = analysis ? analysis.report.canvas.locale : options.locale
  return {
    ...outcome,
    message: sentenceWithNames((name) => t(locale, 'history.saved', { name, score }), checked.name)
  }
}
