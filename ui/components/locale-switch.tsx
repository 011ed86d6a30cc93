import type { Locale } from '../../contract/vocabulary'
import { LOCALES } from '../../contract/vocabulary'
import { t } from '../text'

/** Each language named in itself, so a user can find their own whatever the panel shows. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', sv: 'Svenska', da: 'Dansk' }

export interface LocaleSelectProps {
  id: string
  label: string
  value: Locale
  onChange: (locale: Locale) => void
  /** Keeps the label for screen readers only, where the options say what the select is. */
  hideLabel?: boolean
}

/** A labelled en/sv/da select. */
export function LocaleSelect({ id, label, value, onChange, hideLabel = false }: LocaleSelectProps) {
  return (
    <>
      <label for={id} class={hideLabel ? 'sr-only' : undefined}>
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          const next = LOCALES.find((locale) => locale === event.currentTarget.value)
          if (next) onChange(next)
        }}
      >
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {LOCALE_NAMES[locale]}
          </option>
        ))}
      </select>
    </>
  )
}

/** The panel's own language (per user); main answers with a STATE in the new language. */
export function LocaleSwitch({ locale, onChange }: { locale: Locale; onChange: (locale: Locale) => void }) {
  return (
    <div class="field-inline locale-switch">
      <LocaleSelect
        id="panel-locale"
        label={t(locale, 'panel.locale.label')}
        hideLabel
        value={locale}
        onChange={(next) => {
          if (next !== locale) onChange(next)
        }}
      />
    </div>
  )
}
