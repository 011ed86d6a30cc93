import { graphemes } from '../../../contract/graphemes'
import { HISTORY_LINES_MAX, HISTORY_QUOTE_MAX } from '../../../contract/limits'
import type { MessageRef } from '../types'
import type { VersionDiff } from './diff-versions'

/** A sticky's text as quoted in a sentence: one line, cut with "…" (never inside a character or an emoji). */
function quote(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim()
  const chars = graphemes(line, HISTORY_QUOTE_MAX + 1)
  return chars.length <= HISTORY_QUOTE_MAX ? line : `${chars.slice(0, HISTORY_QUOTE_MAX - 1).join('')}…`
}

/**
 * The changes as a facilitator would read them out, as catalog keys (`history.*`) with parameters: the fit
 * first, then moves, rewordings, new and gone stickies, new ranks, links made and broken. Zone parameters are zone
 * keys or `unplaced`; the edge names them. At most `HISTORY_LINES_MAX`
 * lines; the rest are counted in a last `history.more`. Zone parameters are `zone`, `fromZone` and `toZone`.
 */
export function describeDiff(diff: VersionDiff): MessageRef[] {
  const { fit } = diff
  const head: MessageRef[] = []
  if (fit.after !== fit.before)
    head.push({
      key: fit.after > fit.before ? 'history.fit.up' : 'history.fit.down',
      params: { from: fit.before, to: fit.after }
    })
  else head.push({ key: 'history.fit.same', params: { score: fit.after } })
  if (fit.bandAfter !== fit.bandBefore) head.push({ key: 'history.band', params: { band: fit.bandAfter } })
  for (const change of fit.coverage)
    head.push({
      key: 'history.coverage',
      params: { zone: change.zone, from: change.before, to: change.after }
    })
  if (fit.evidence)
    head.push({ key: 'history.evidence', params: { from: fit.evidence.before, to: fit.evidence.after } })
  const lines: MessageRef[] = []
  for (const { before, after, reworded } of diff.moved) {
    lines.push(
      reworded
        ? {
            key: 'history.movedReworded',
            params: {
              fromZone: before.zone,
              toZone: after.zone,
              before: quote(before.text),
              after: quote(after.text)
            }
          }
        : {
            key: 'history.moved',
            params: { fromZone: before.zone, toZone: after.zone, text: quote(after.text) }
          }
    )
  }
  for (const { before, after } of diff.reworded)
    lines.push({
      key: 'history.reworded',
      params: { zone: after.zone, before: quote(before.text), after: quote(after.text) }
    })
  for (const item of diff.added)
    lines.push({ key: 'history.added', params: { zone: item.zone, text: quote(item.text) } })
  for (const item of diff.removed)
    lines.push({ key: 'history.removed', params: { zone: item.zone, text: quote(item.text) } })
  for (const { before, after } of diff.reranked)
    lines.push({
      key: 'history.reranked',
      params: { zone: after.zone, text: quote(after.text), before: before.rank, after: after.rank }
    })
  for (const link of diff.linked)
    lines.push({ key: 'history.linked', params: { from: quote(link.from.text), to: quote(link.to.text) } })
  for (const link of diff.unlinked)
    lines.push({ key: 'history.unlinked', params: { from: quote(link.from.text), to: quote(link.to.text) } })
  if (lines.length === 0 && head.length === 1 && fit.after === fit.before)
    return [{ key: 'history.nothing', params: {} }]
  const room = HISTORY_LINES_MAX - head.length
  if (lines.length <= room) return [...head, ...lines]
  const shown = lines.slice(0, room - 1)
  return [...head, ...shown, { key: 'history.more', params: { count: lines.length - shown.length } }]
}
