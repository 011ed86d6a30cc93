import type { HistoryView, Version, VersionSummary } from '../../../contract/history'
import { describeDiff } from './describe-diff'
import { diffVersions } from './diff-versions'

/** What the panel shows of one version. */
export function versionSummary(version: Version): VersionSummary {
  return {
    id: version.id,
    at: version.at,
    ...(version.name === undefined ? {} : { name: version.name }),
    score: version.score,
    band: version.band,
    coverage: version.coverage,
    ...(version.evidenceFit === undefined ? {} : { evidenceFit: version.evidenceFit }),
    full: version.items !== null
  }
}

/**
 * The history as the panel renders it (`versions` oldest first): every version's fit, and the changes from `from`
 * to `to` in words. Unchosen (or no longer kept), `to` is the newest and `from` the version before `to`. A thinned
 * version compares by its fit only, and says so.
 */
export function historyView(
  versions: readonly Version[],
  chosen: { from: string | null; to: string | null } | null
): HistoryView {
  const summaries = versions.map(versionSummary)
  if (versions.length < 2) return { versions: summaries, compare: null }
  const index = (id: string | null | undefined) =>
    id ? versions.findIndex((version) => version.id === id) : -1
  let toIndex = index(chosen?.to)
  if (toIndex < 0) toIndex = versions.length - 1
  let fromIndex = index(chosen?.from)
  if (fromIndex < 0 || fromIndex === toIndex) fromIndex = toIndex > 0 ? toIndex - 1 : 1
  const from = versions[fromIndex] as Version
  const to = versions[toIndex] as Version
  if (from.items !== null && to.items !== null)
    return {
      versions: summaries,
      compare: { from: from.id, to: to.id, lines: describeDiff(diffVersions(from, to)) }
    }
  const fitOnly = (version: Version): Version => ({ ...version, items: [], links: [] })
  const lines = describeDiff(diffVersions(fitOnly(from), fitOnly(to))).filter(
    (line) => line.key !== 'history.nothing'
  )
  return {
    versions: summaries,
    compare: { from: from.id, to: to.id, lines: [...lines, { key: 'history.fitOnly', params: {} }] }
  }
}
