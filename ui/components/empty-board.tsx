import type { Locale } from '../../contract/vocabulary'
import { t } from '../text'
import type { Requests } from '../hooks/use-requests'
import { ImportBox } from './import-box'
import { InsertForm } from './insert-form'

/** No canvas on the page yet: two lines of explanation and the insert form. */
export function EmptyBoard({ locale, requests }: { locale: Locale; requests: Requests }) {
  return (
    <div class="empty-board">
      <p>{t(locale, 'panel.empty.line1')}</p>
      <p>{t(locale, 'panel.empty.line2')}</p>
      <InsertForm locale={locale} requests={requests} />
      <ImportBox locale={locale} requests={requests} />
    </div>
  )
}
