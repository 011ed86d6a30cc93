import type { Locale } from '../../contract/vocabulary'
import { STAMP_KINDS, type StampKind } from '../../contract/vocabulary'
import { t, type PanelMessageKey } from '../text'

/** How each FigJam stamp is shown in the panel, and the catalog key that names it for screen readers. */
const LOOK: Readonly<Record<StampKind, { glyph: string; key: PanelMessageKey }>> = {
  '+1': { glyph: '+1', key: 'panel.stamp.plus' },
  Dot: { glyph: '●', key: 'panel.stamp.dot' },
  Heart: { glyph: '♥', key: 'panel.stamp.heart' },
  Profile: { glyph: '☺', key: 'panel.stamp.profile' },
  Question: { glyph: '?', key: 'panel.stamp.question' },
  Star: { glyph: '★', key: 'panel.stamp.star' },
  'Thumbs down': { glyph: '👎', key: 'panel.stamp.thumbsDown' },
  'Thumbs up': { glyph: '👍', key: 'panel.stamp.thumbsUp' }
}

/** A sticky's stamps, one count per kind in FigJam's wheel order, then any stamp of another name. */
export function StampTally({ locale, stamps }: { locale: Locale; stamps: Readonly<Record<string, number>> }) {
  const known = STAMP_KINDS.filter((kind) => (stamps[kind] ?? 0) > 0)
  const other = Object.entries(stamps).reduce(
    (sum, [name, count]) => ((STAMP_KINDS as readonly string[]).includes(name) ? sum : sum + count),
    0
  )
  if (known.length === 0 && other === 0) return null
  return (
    <span class="stamp-tally">
      {known.map((kind) => (
        <span key={kind} class="stamp-count" data-stamp={kind}>
          {/* "+1×3", not "+13": the sign keeps the glyph and its count apart. */}
          <span aria-hidden="true">{LOOK[kind].glyph}×</span>
          {stamps[kind]}
          <span class="sr-only"> {t(locale, LOOK[kind].key)}</span>
        </span>
      ))}
      {other > 0 && (
        <span class="stamp-count" data-stamp="other">
          <span aria-hidden="true">◆×</span>
          {other}
          <span class="sr-only"> {t(locale, 'panel.stamp.other')}</span>
        </span>
      )}
    </span>
  )
}
