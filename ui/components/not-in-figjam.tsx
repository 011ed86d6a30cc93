import type { Locale } from '../../contract/vocabulary'
import { t } from '../text'

/** Outside FigJam the panel explains itself and offers nothing else. */
export function NotInFigJam({ locale }: { locale: Locale }) {
  return (
    <main class="panel panel-main not-in-figjam">
      <h1>{t(locale, 'panel.title')}</h1>
      <p>{t(locale, 'panel.notInFigJam.line1')}</p>
      <p>{t(locale, 'panel.notInFigJam.line2')}</p>
    </main>
  )
}
