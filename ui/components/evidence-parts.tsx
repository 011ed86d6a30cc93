import type { EvidenceLevel } from '../../contract/evidence'
import type { EvidenceReport } from '../../contract/evidence'
import type { Locale } from '../../contract/vocabulary'
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

/** A zone's evidence in one line ("2 of 5 backed by evidence · 1 refuted"); nothing while the zone has none. */
export function ZoneEvidence({
  locale,
  ids,
  levels
}: {
  locale: Locale
  ids: readonly string[]
  levels: EvidenceLevels | undefined
}) {
  let backed = 0
  let refuted = 0
  for (const id of ids) {
    const level = levelOf(levels, id)
    if (level === 'said' || level === 'did') backed++
    else if (level === 'refuted') refuted++
  }
  if (backed === 0 && refuted === 0) return null
  const parts = [t(locale, 'ev.zone.backed', { backed, count: ids.length })]
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
