import { useState } from 'preact/hooks'
import type { EvidenceLevel, EvidenceReport } from '../../contract/evidence'
import { EVIDENCE_LEVELS } from '../../contract/evidence'
import { LIST_WINDOW } from '../../contract/limits'
import type { ReportItem } from '../../contract/report'
import type { Locale } from '../../contract/vocabulary'
import type { Requests } from '../hooks/use-requests'
import { t, tKey } from '../text'

/** Each item's evidence as the report carries it: items not listed have none yet. */
export type EvidenceLevels = EvidenceReport['items']

/** An item's evidence level, `none` when the report lists none for it. */
export function levelOf(levels: EvidenceLevels | undefined, id: string): EvidenceLevel {
  return levels?.[id] ?? 'none'
}

/**
 * A small tag beside an item for the evidence the team set (customers said or did so) or that refuted it; an
 * assumption (no evidence yet) gets no tag, so a canvas nobody has tested stays as calm as before.
 */
export function EvidenceTag({ locale, level }: { locale: Locale; level: EvidenceLevel }) {
  if (level === 'none') return null
  return <span class={`tag ev-tag ev-${level}`}>{tKey(locale, `ev.tag.${level}`)}</span>
}

/**
 * A zone's evidence in one line ("2 of 5 backed by evidence · 1 refuted"), as main counted it over the whole zone;
 * nothing while the zone has none.
 */
export function ZoneEvidence({
  locale,
  count,
  backed,
  refuted
}: {
  locale: Locale
  /** Stickies in the zone. */
  count: number
  backed: number
  refuted: number
}) {
  if (backed === 0 && refuted === 0) return null
  const parts = [t(locale, 'ev.zone.backed', { backed, count })]
  if (refuted > 0) parts.push(t(locale, 'ev.zone.refuted', { count: refuted }))
  return <p class="hint zone-evidence">{parts.join(' · ')}</p>
}

/**
 * The fit backed by evidence, right under the fit on paper: the same weighted ratio counting only links whose
 * customer item customers said or did so (main computes it), with a slim bar on the same scale.
 */
export function BackedFit({ locale, evidence }: { locale: Locale; evidence: EvidenceReport }) {
  const { score, band } = evidence.fit
  const started = Object.keys(evidence.items).length > 0 || evidence.tests.length > 0
  return (
    <div class={`backed-fit band-${band}`}>
      <p>
        {t(locale, 'ev.backed', { value: score })}
        {!started && <span class="hint"> · {t(locale, 'ev.backedNone')}</span>}
      </p>
      <div class="bar" aria-hidden="true">
        <div class="bar-fill" style={{ width: `${Math.min(100, Math.max(0, score))}%` }} />
      </div>
    </div>
  )
}

/** The select that sets one item's evidence level; main stores it, the next state shows it. */
export function EvidenceSelect({
  locale,
  canvasId,
  itemId,
  text,
  level,
  requests
}: {
  locale: Locale
  canvasId: string
  itemId: string
  /** The item's text as shown, for the select's accessible name. */
  text: string
  level: EvidenceLevel
  requests: Requests
}) {
  return (
    <select
      aria-label={t(locale, 'ev.level', { item: text })}
      value={level}
      disabled={requests.isPending('evidence')}
      onChange={(event) =>
        requests.run(
          'SET_EVIDENCE',
          { canvasId, itemId, level: (event.target as HTMLSelectElement).value as EvidenceLevel },
          { tag: 'evidence' }
        )
      }
    >
      {EVIDENCE_LEVELS.map((option) => (
        <option key={option} value={option}>
          {tKey(locale, `ev.level.${option}`)}
        </option>
      ))}
    </select>
  )
}

/**
 * Sets the evidence of any item of a zone, not only the riskiest five: behind a toggle under the zone's stickies,
 * so the list stays as calm as before until the team asks for it. One select per item of the zone's window (the
 * stickies its list shows, in rank order); "show more" asks main for the next ones, for the list and this alike.
 * Main stores it; the tags and the backed fit follow from the next state.
 */
export function ZoneEvidenceEditor({
  locale,
  zone,
  canvasId,
  items,
  total,
  onMore,
  levels,
  requests
}: {
  locale: Locale
  zone: string
  canvasId: string
  items: readonly ReportItem[]
  /** Stickies in the zone. */
  total: number
  onMore: () => void
  levels: EvidenceLevels | undefined
  requests: Requests
}) {
  const [open, setOpen] = useState(false)
  const shown = items.length
  const listId = `zone-evidence-${zone}`
  const rest = total - Math.min(total, shown)
  return (
    <div class="zone-evidence-editor">
      <button
        type="button"
        class="button-small"
        aria-expanded={open ? 'true' : 'false'}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
      >
        {t(locale, 'ev.zone.edit')}
      </button>
      {open && (
        <ul id={listId} class="plain-list">
          {items.slice(0, shown).map((item) => {
            const text = item.text || t(locale, 'panel.item.empty')
            return (
              <li key={item.id} class="evidence-row">
                <span class="item-text">{text}</span>
                <EvidenceSelect
                  locale={locale}
                  canvasId={canvasId}
                  itemId={item.id}
                  text={text}
                  level={levelOf(levels, item.id)}
                  requests={requests}
                />
              </li>
            )
          })}
        </ul>
      )}
      {open && rest > 0 && (
        <button type="button" class="show-more" onClick={onMore}>
          {t(locale, 'panel.item.showMore', { count: Math.min(rest, LIST_WINDOW), rest })}
        </button>
      )}
    </div>
  )
}
