import type { Version } from '../../../contract/history'
import { HISTORY_FULL_NEWEST, HISTORY_MAX_BYTES, HISTORY_MAX_VERSIONS } from '../../../contract/limits'
import { utf8Length } from '../report-storage'

export interface HistoryLimits {
  maxVersions: number
  maxBytes: number
  /** The newest this many versions lose their items only after every older one has. */
  fullNewest: number
}

export const HISTORY_LIMITS: HistoryLimits = {
  maxVersions: HISTORY_MAX_VERSIONS,
  maxBytes: HISTORY_MAX_BYTES,
  fullNewest: HISTORY_FULL_NEWEST
}

/** A version's stored size: its compact JSON in UTF-8 bytes. */
export function versionBytes(version: Version): number {
  return utf8Length(JSON.stringify(version))
}

export interface Thinned {
  /** Oldest first, within the limits; the newest version is always there. */
  versions: Version[]
  /** Versions that went entirely. */
  dropped: string[]
  /** Versions that lost their items (their fit stays, for the chart). */
  thinned: string[]
}

/**
 * Keeps a history (oldest first) within its limits, oldest first, named versions last:
 * 1. beyond `maxVersions`, the oldest unnamed version goes (the oldest named one only when all left are named);
 * 2. beyond `maxBytes`, old versions lose their items and keep their fit: unnamed ones before named ones, the
 *    newest `fullNewest` only after all others, the newest of all last;
 * 3. if the summaries alone were still too large, the oldest versions go.
 * The newest version is never dropped, so keeping a version always succeeds.
 */
export function thinHistory(history: readonly Version[], limits: HistoryLimits = HISTORY_LIMITS): Thinned {
  const versions = [...history]
  const dropped: string[] = []
  const thinned: string[] = []
  const dropOldest = (): boolean => {
    const last = versions.length - 1
    let index = versions.findIndex((version, i) => i < last && version.name === undefined)
    if (index < 0) index = last > 0 ? 0 : -1
    if (index < 0) return false
    dropped.push(...versions.splice(index, 1).map((version) => version.id))
    return true
  }
  while (versions.length > Math.max(1, limits.maxVersions)) dropOldest()
  const sizes = versions.map(versionBytes)
  let total = sizes.reduce((sum, size) => sum + size, 0)
  const strip = (index: number) => {
    const version = versions[index] as Version
    const summary: Version = { ...version, items: null, links: null }
    versions[index] = summary
    const size = versionBytes(summary)
    total += size - (sizes[index] ?? 0)
    sizes[index] = size
    thinned.push(version.id)
  }
  const protectedFrom = Math.max(0, versions.length - Math.max(1, limits.fullNewest))
  const candidates = (test: (version: Version, index: number) => boolean) =>
    versions.findIndex((version, i) => version.items !== null && test(version, i))
  while (total > limits.maxBytes) {
    let index = candidates((version, i) => i < protectedFrom && version.name === undefined)
    if (index < 0) index = candidates((_version, i) => i < protectedFrom)
    if (index < 0) index = candidates((_version, i) => i < versions.length - 1)
    if (index < 0) index = candidates(() => true)
    if (index >= 0) {
      strip(index)
      continue
    }
    const before = versions.length
    if (!dropOldest() || versions.length === before) break
    total = versions.reduce((sum, version) => sum + versionBytes(version), 0)
    sizes.splice(0, sizes.length, ...versions.map(versionBytes))
  }
  // A version stripped and then dropped is only dropped.
  const gone = new Set(dropped)
  return { versions, dropped, thinned: thinned.filter((id) => !gone.has(id)) }
}
