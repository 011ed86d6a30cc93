import { useState } from 'preact/hooks'
import type { Locale } from '../../contract/vocabulary'
import { firstGraphemes } from '../../contract/graphemes'
import { NAME_INPUT_MAX } from '../../contract/limits'
import { keepTyped } from '../typed-text'
import { t } from '../text'
import type { Requests } from '../hooks/use-requests'
import { LocaleSelect } from './locale-switch'

/** Inserts a new canvas for one customer segment and one offer, in the chosen language. */
export function InsertForm({ locale, requests }: { locale: Locale; requests: Requests }) {
  const [segment, setSegment] = useState('')
  const [product, setProduct] = useState('')
  const [canvasLocale, setCanvasLocale] = useState<Locale>(locale)
  const pending = requests.isPending('INSERT_VPC')

  const onSubmit = (event: Event) => {
    event.preventDefault()
    if (pending) return
    const { done } = requests.run('INSERT_VPC', {
      segment: firstGraphemes(segment.trim(), NAME_INPUT_MAX),
      product: firstGraphemes(product.trim(), NAME_INPUT_MAX),
      locale: canvasLocale
    })
    void done.then((answer) => {
      if (!answer.ok) return
      setSegment('')
      setProduct('')
    })
  }

  return (
    <section aria-labelledby="insert-heading" class="insert-form">
      <h2 id="insert-heading">{t(locale, 'panel.insert.heading')}</h2>
      <form onSubmit={onSubmit}>
        <div class="field">
          <label for="insert-segment">{t(locale, 'panel.insert.segment')}</label>
          <input
            id="insert-segment"
            type="text"
            placeholder={t(locale, 'panel.insert.segmentExample')}
            value={segment}
            onInput={(event) => setSegment(keepTyped(event.currentTarget, NAME_INPUT_MAX))}
          />
        </div>
        <div class="field">
          <label for="insert-product">{t(locale, 'panel.insert.product')}</label>
          <input
            id="insert-product"
            type="text"
            placeholder={t(locale, 'panel.insert.productExample')}
            value={product}
            onInput={(event) => setProduct(keepTyped(event.currentTarget, NAME_INPUT_MAX))}
          />
        </div>
        <div class="field">
          <LocaleSelect
            id="insert-locale"
            label={t(locale, 'panel.insert.locale')}
            value={canvasLocale}
            onChange={setCanvasLocale}
          />
        </div>
        <button type="submit" class="button-primary" aria-busy={pending ? 'true' : undefined}>
          {t(locale, 'panel.insert.submit')}
        </button>
      </form>
    </section>
  )
}
