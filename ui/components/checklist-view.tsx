import type { ChecklistGroup, ChecklistResult, Locale } from '../../contract/vocabulary'
import { t, tKey } from '../text'
import { useManualChecks } from '../hooks/use-manual-checks'
import type { Requests } from '../hooks/use-requests'
import { ChecklistItem } from './checklist-item'

const GROUPS: ChecklistGroup[] = ['customerProfile', 'valueMap', 'fit']

export interface ChecklistViewProps {
  locale: Locale
  canvasId: string
  checklist: ChecklistResult[]
  requests: Requests
}

/** The checklist in three groups; the board decides automatic items, people tick the rest. */
export function ChecklistView({ locale, canvasId, checklist, requests }: ChecklistViewProps) {
  const checks = useManualChecks(canvasId, checklist, requests)
  return (
    <div class="checklist-view">
      <p class="hint">{t(locale, 'panel.check.intro')}</p>
      {GROUPS.map((group) => {
        const items = checklist.filter((item) => item.group === group)
        if (items.length === 0) return null
        const done = items.filter((item) => checks.isChecked(item)).length
        return (
          <section key={group} aria-labelledby={`check-group-${group}`}>
            <h2 id={`check-group-${group}`}>
              {tKey(locale, `checklist.group.${group}`)}{' '}
              <span class="count">{t(locale, 'panel.check.progress', { done, total: items.length })}</span>
            </h2>
            <ul class="plain-list checklist">
              {items.map((item) => (
                <ChecklistItem
                  key={item.key}
                  locale={locale}
                  item={item}
                  checked={checks.isChecked(item)}
                  pending={requests.isPending(`SET_CHECK:${item.key}`)}
                  onToggle={(checked) => checks.toggle(item, checked)}
                />
              ))}
            </ul>
          </section>
        )
      })}
    </div>
  )
}
