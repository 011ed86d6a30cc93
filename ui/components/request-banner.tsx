import type { Locale } from '../../contract/vocabulary'
import { t } from '../text'
import type { Requests } from '../hooks/use-requests'

/**
 * Main's answers: an error banner (role="alert") until dismissed, and a short status line
 * (role="status", always in the DOM so screen readers announce changes). Both float over the bottom edge of the
 * panel, so an answer arriving never moves what the user is reading.
 */
export function RequestBanner({ locale, requests }: { locale: Locale; requests: Requests }) {
  return (
    <div class="notices">
      {requests.error !== null && (
        <div class="banner banner-error" role="alert">
          <p>{requests.error}</p>
          <button type="button" class="button-small" onClick={requests.dismissError}>
            {t(locale, 'panel.dismiss')}
          </button>
        </div>
      )}
      <p class="status-line" role="status">
        {requests.status ?? ''}
      </p>
    </div>
  )
}
