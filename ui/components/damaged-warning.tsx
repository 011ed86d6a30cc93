import type { CanvasPart, Locale } from '../../contract/vocabulary'
import { t } from '../text'
import type { Requests } from '../hooks/use-requests'

export interface DamagedWarningProps {
  locale: Locale
  canvasId: string
  damaged: CanvasPart[]
  requests: Requests
}

/** A canvas whose circle or square is gone: name the missing parts and offer to redraw them. */
export function DamagedWarning({ locale, canvasId, damaged, requests }: DamagedWarningProps) {
  const parts = damaged.map((part) => t(locale, `panel.part.${part}`)).join(', ')
  const pending = requests.isPending('REPAIR_CANVAS')
  return (
    <div class="banner banner-warning">
      <p>
        <strong>{t(locale, 'panel.damaged.title')}</strong> {t(locale, 'panel.damaged.missing', { parts })}
      </p>
      <button
        type="button"
        class="button-small"
        aria-busy={pending ? 'true' : undefined}
        onClick={() => {
          if (!pending) requests.run('REPAIR_CANVAS', { canvasId })
        }}
      >
        {t(locale, 'panel.damaged.repair')}
      </button>
    </div>
  )
}
