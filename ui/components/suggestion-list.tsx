import { useEffect, useMemo, useRef } from 'preact/hooks'
import type { Locale, SuggestionReason } from '../../contract/vocabulary'
import type { FitReport } from '../../contract/report'
import { suggestionsForReport } from '../../contract/suggest'
import { t, tKey } from '../text'
import type { Requests } from '../hooks/use-requests'
import { indexReport } from '../report-index'
import { EvidenceTag, levelOf } from './evidence-parts'

export interface SuggestionListProps {
  locale: Locale
  canvasId: string
  report: FitReport
  /** Pairs the team rejected on this canvas. */
  rejected: string[]
  requests: Requests
}

/** Likely links between the value map and the customer profile; nothing is linked until accepted. */
export function SuggestionList({ locale, canvasId, report, rejected, requests }: SuggestionListProps) {
  const index = useMemo(() => indexReport(report), [report])
  // Computed here, while the list is on screen, once per report: not on FigJam's main thread at every edit.
  const suggestions = useMemo(() => suggestionsForReport(report, rejected), [report, rejected])
  const list = useRef<HTMLUListElement>(null)
  /** After Reject (or Accept) the answered suggestion leaves the list: keyboard focus goes to the next one. */
  const refocus = useRef<number | null>(null)
  useEffect(() => {
    const position = refocus.current
    if (position === null) return
    refocus.current = null
    const buttons = list.current?.querySelectorAll<HTMLButtonElement>('li .button-row button:first-child')
    const next = buttons && buttons.length > 0 ? buttons[Math.min(position, buttons.length - 1)] : null
    // None left: back to the tab, not to the page.
    if (next) next.focus()
    else document.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus()
  }, [suggestions])
  if (suggestions.length === 0) {
    return <p class="hint">{t(locale, 'panel.suggest.none')}</p>
  }

  const textOf = (id: string) => {
    const found = index.get(id)
    if (!found) return t(locale, 'panel.suggest.missing')
    return found.item.text || t(locale, 'panel.item.empty')
  }
  const zoneOf = (id: string) => {
    const zone = index.get(id)?.zone
    return zone ? tKey(locale, `zone.${zone}`) : ''
  }

  return (
    <>
      <p class="hint">{t(locale, 'panel.suggest.intro')}</p>
      <ul class="plain-list suggestions" ref={list}>
        {suggestions.map((suggestion, position) => {
          const pair = { canvasId, fromId: suggestion.fromId, toId: suggestion.toId }
          const tag = `SUGGESTION:${suggestion.fromId}>${suggestion.toId}`
          const pending = requests.isPending(tag)
          const descriptionId = `suggestion-${position}`
          return (
            <li
              key={`${suggestion.fromId}>${suggestion.toId}`}
              class="suggestion"
              aria-busy={pending ? 'true' : undefined}
            >
              <p id={descriptionId} class="suggestion-text">
                <span class="suggestion-score">
                  {t(locale, 'panel.fit.percent', { value: Math.round(suggestion.score * 100) })}
                </span>{' '}
                <span class="suggestion-kind">
                  {t(locale, 'panel.suggest.pair', {
                    from: zoneOf(suggestion.fromId),
                    to: zoneOf(suggestion.toId)
                  })}
                </span>
                <EvidenceTag locale={locale} level={levelOf(report.evidence.items, suggestion.fromId)} />
                <span class="suggestion-from">{textOf(suggestion.fromId)}</span>
                <span class="suggestion-arrow" aria-hidden="true">
                  {' ↔ '}
                </span>
                <span class="sr-only"> {t(locale, 'panel.suggest.and')} </span>
                <EvidenceTag locale={locale} level={levelOf(report.evidence.items, suggestion.toId)} />
                <span class="suggestion-to">{textOf(suggestion.toId)}</span>
              </p>
              <p class="suggestion-why">{whyLine(locale, suggestion.reason)}</p>
              <div class="button-row">
                <button
                  type="button"
                  aria-describedby={descriptionId}
                  onClick={() => {
                    if (pending) return
                    refocus.current = position
                    requests.run('ACCEPT_SUGGESTION', pair, { tag })
                  }}
                >
                  {t(locale, 'panel.suggest.accept')}
                </button>
                <button
                  type="button"
                  aria-describedby={descriptionId}
                  onClick={() => {
                    if (pending) return
                    refocus.current = position
                    requests.run('REJECT_SUGGESTION', pair, { tag })
                  }}
                >
                  {t(locale, 'panel.suggest.reject')}
                </button>
              </div>
            </li>
          )
        })}
      </ul>
    </>
  )
}

/** One line saying what the pair shares: lexicon concepts by name, words as written on the board. */
export function whyLine(locale: Locale, reason: SuggestionReason): string {
  const concepts = reason.concepts.map((key) => tKey(locale, `suggest.concept.${key}`)).join(', ')
  const words = reason.words.map((word) => `“${word}”`).join(', ')
  if (concepts !== '' && words !== '') return t(locale, 'suggest.why.both', { concepts, words })
  if (concepts !== '') return t(locale, 'suggest.why.concepts', { concepts })
  return t(locale, 'suggest.why.words', { words })
}
