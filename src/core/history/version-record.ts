import type { Version, VersionItem, VersionLink } from '../../../contract/history'
import { hashText } from '../hash'
import type { FitReport } from '../types'
import { ZONE_KEYS, hasEvidence } from '../types'

/** 16 hex digits: two FNV-1a hashes of `text`, the second salted, so a collision needs both to agree. */
export function versionId(text: string): string {
  return hashText(text) + hashText(`v:${text}`)
}

/** What a version says about the canvas, without when or by which parent: equal content, equal text. */
export function contentKey(
  version: Pick<Version, 'score' | 'coverage' | 'items' | 'links' | 'evidenceFit'>
): string {
  return JSON.stringify([
    version.score,
    version.coverage,
    version.evidenceFit ?? null,
    version.items,
    version.links
  ])
}

export interface VersionOptions {
  /** The section's node id. */
  canvas: string
  /** The newest version kept so far (its id), or null. */
  parent: Pick<Version, 'id'> | null
  name?: string
  /** The evidence-backed fit, when the analysis has one. */
  evidenceFit?: number
}

/**
 * The compact version of a checked canvas: its fit, and every sticky with zone, rank and text, and its valid
 * links. The id comes from the parent's id, the content and the name, so the same check kept twice (two people
 * at once) is one entry, and a canvas that went back to an older state still gets a new version.
 */
export function versionFromReport(report: FitReport, options: VersionOptions): Version {
  const items: VersionItem[] = []
  for (const zone of ZONE_KEYS)
    for (const item of report.zones[zone]) items.push([item.id, zone, item.rank, item.text])
  for (const item of report.unplaced) items.push([item.id, 'unplaced', item.rank, item.text])
  const links: VersionLink[] = []
  const seen = new Set<string>()
  const valueMap = new Set<string>()
  for (const zone of ['products', 'painRelievers', 'gainCreators'] as const)
    for (const item of report.zones[zone]) valueMap.add(item.id)
  for (const link of report.links) {
    if (link.kind === 'invalid') continue
    const pair: VersionLink = valueMap.has(link.from) ? [link.from, link.to] : [link.to, link.from]
    const key = pair.join('>')
    if (seen.has(key)) continue
    seen.add(key)
    links.push(pair)
  }
  links.sort((a, b) => (a.join('>') < b.join('>') ? -1 : 1))
  const { score, band, coverage } = report.fit
  // The fit backed by evidence, once the canvas has any evidence or test card (before that it says nothing).
  const evidence = report.evidence
  const backed = hasEvidence(evidence)
  const evidenceFit = options.evidenceFit ?? (backed ? evidence.fit.score : undefined)
  const body = {
    score,
    band,
    coverage: { jobs: coverage.jobs, pains: coverage.pains, gains: coverage.gains },
    ...(evidenceFit === undefined ? {} : { evidenceFit }),
    items,
    links
  }
  const parent = options.parent?.id ?? ''
  const id = versionId(`${parent}|${options.name ?? ''}|${contentKey(body)}`)
  return {
    id,
    parent,
    canvas: options.canvas,
    at: report.checkedAt,
    ...(options.name === undefined ? {} : { name: options.name }),
    ...body
  }
}

/**
 * What keeping `next` does to a history whose newest version is `newest`: `add` it; `same` when nothing
 * changed since (an unnamed check of an unchanged canvas keeps no second copy); `name` when a named save finds the
 * newest unnamed and unchanged (the name goes on a fresh copy of it, which replaces it).
 */
export function keepDecision(newest: Version | null, next: Version): 'add' | 'same' | 'name' {
  if (!newest || newest.items === null) return 'add'
  if (contentKey(newest) !== contentKey(next)) return 'add'
  if (next.name === undefined) return 'same'
  return newest.name === undefined ? 'name' : 'add'
}
