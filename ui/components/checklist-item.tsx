import type { ChecklistResult, Locale } from '../../contract/vocabulary'
import { t, tKey } from '../text'

export interface ChecklistItemProps {
  locale: Locale
  item: ChecklistResult
  /** What to show: main's verdict, or a tick just made and not yet confirmed. */
  checked: boolean
  pending: boolean
  onToggle: (checked: boolean) => void
}

function idFor(key: string): string {
  return `check-${key.replace(/[^\w-]/g, '-')}`
}

/**
 * An automatic item shows its verdict and why (no checkbox: the board decides);
 * a manual item is a real checkbox whose tick is stored on the canvas for the whole team.
 */
export function ChecklistItem({ locale, item, checked, pending, onToggle }: ChecklistItemProps) {
  const text = tKey(locale, `checklist.item.${item.key}`)
  const detail = item.detail ? tKey(locale, item.detail.key, item.detail.params) : null
  const id = idFor(item.key)

  if (item.auto) {
    return (
      <li class={item.done ? 'check check-auto is-done' : 'check check-auto'}>
        <span class="check-mark" aria-hidden="true">
          {item.done ? '✓' : '○'}
        </span>
        <div class="check-body">
          <p class="check-text">{text}</p>
          <p class="check-meta">
            <span class="tag">{t(locale, 'panel.check.auto')}</span>{' '}
            <span class="check-state">
              {item.done ? t(locale, 'panel.check.met') : t(locale, 'panel.check.notMet')}
            </span>
          </p>
          {detail && <p class="check-detail">{detail}</p>}
        </div>
      </li>
    )
  }

  return (
    <li class="check check-manual">
      <input
        type="checkbox"
        id={id}
        checked={checked}
        aria-busy={pending ? 'true' : undefined}
        aria-describedby={`${id}-meta`}
        onChange={(event) => onToggle(event.currentTarget.checked)}
      />
      <div class="check-body">
        <label for={id} class="check-text">
          {text}
        </label>
        <p class="check-meta" id={`${id}-meta`}>
          <span class="tag">{t(locale, checked ? 'panel.check.manualDone' : 'panel.check.manualOpen')}</span>
        </p>
        {detail && <p class="check-detail">{detail}</p>}
      </div>
    </li>
  )
}
