import type { Version } from '../../../contract/history'
import type { FitReport } from '../types'
import type { HistoryLimits } from './thin-history'
import { HISTORY_LIMITS, thinHistory } from './thin-history'
import { keepDecision, versionFromReport } from './version-record'

export interface KeptVersion {
  /** `added`: a new version; `same`: nothing changed since the newest, which stays as it is; `named`: the newest
   * (unchanged since) now carries the name. */
  outcome: 'added' | 'same' | 'named'
  /** The version that stands for this check or save. */
  version: Version
  /** The whole history afterwards, oldest first, within the limits. */
  versions: Version[]
  /** Ids whose entries go (dropped, or replaced by a named copy). */
  removed: string[]
  /** Ids whose entries are written again (the new one, and the ones thinned to their fit). */
  written: string[]
}

/**
 * Newest last: by time, then after its parent (two checks in the same millisecond), then by id, so every
 * collaborator orders the same history the same way.
 */
export function sortVersions(versions: readonly Version[]): Version[] {
  const byId = new Map(versions.map((version) => [version.id, version]))
  const depth = new Map<string, number>()
  const depthOf = (version: Version): number => {
    let count = 0
    const seen = new Set<string>()
    for (let at = byId.get(version.parent); at && !seen.has(at.id); at = byId.get(at.parent)) {
      seen.add(at.id)
      count += 1
    }
    return count
  }
  for (const version of versions) depth.set(version.id, depthOf(version))
  const order = (a: Version, b: Version): number =>
    a.at !== b.at
      ? a.at < b.at
        ? -1
        : 1
      : (depth.get(a.id) ?? 0) - (depth.get(b.id) ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  return [...versions].sort(order)
}

/**
 * What a Check fit (or "Save a version", with `name`) does to a canvas's history (`history`: this canvas's own
 * versions, any order): keeps a version of `report`, unless nothing changed since the newest, and thins the rest
 * to the limits. Never refuses: a full history makes room.
 */
export function keepVersion(
  history: readonly Version[],
  report: FitReport,
  options: { canvas: string; name?: string; evidenceFit?: number },
  limits: HistoryLimits = HISTORY_LIMITS
): KeptVersion {
  const sorted = sortVersions(history)
  const newest = sorted[sorted.length - 1] ?? null
  const candidate = versionFromReport(report, { ...options, parent: newest })
  const decision = keepDecision(newest, candidate)
  if (decision === 'same' && newest)
    return { outcome: 'same', version: newest, versions: sorted, removed: [], written: [] }
  let base = sorted
  let version = candidate
  const removed: string[] = []
  if (decision === 'name' && newest) {
    // The name goes on the unchanged newest version: a copy under its own id, with the newest's parent and time.
    const parent = newest.parent === '' ? null : { id: newest.parent }
    version = { ...versionFromReport(report, { ...options, parent }), at: newest.at }
    base = sorted.slice(0, -1)
    removed.push(newest.id)
  }
  const thinned = thinHistory([...base, version], limits)
  return {
    outcome: decision === 'name' ? 'named' : 'added',
    version: thinned.versions.find((kept) => kept.id === version.id) ?? version,
    versions: thinned.versions,
    removed: [...removed, ...thinned.dropped],
    written: [version.id, ...thinned.thinned.filter((id) => id !== version.id)]
  }
}
