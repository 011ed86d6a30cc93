import type { Version, VersionItem, VersionZone } from '../../../contract/history'

export interface ItemRef {
  id: string
  zone: VersionZone
  rank: number
  text: string
}

/** Every change between two versions of a canvas (`before` older, `after` newer). */
export interface VersionDiff {
  added: ItemRef[]
  removed: ItemRef[]
  /** Same sticky, same zone, new text. */
  reworded: Array<{ before: ItemRef; after: ItemRef }>
  /** Same sticky in another zone; `reworded` when its text changed too. */
  moved: Array<{ before: ItemRef; after: ItemRef; reworded: boolean }>
  /** Same sticky, same zone, a new place in the zone's order among the stickies both versions share. */
  reranked: Array<{ before: ItemRef; after: ItemRef }>
  /** Links by their ends as they are in `after` (made) or were in `before` (broken). */
  linked: Array<{ from: ItemRef; to: ItemRef }>
  unlinked: Array<{ from: ItemRef; to: ItemRef }>
  fit: {
    before: number
    after: number
    bandBefore: Version['band']
    bandAfter: Version['band']
    coverage: Array<{ zone: 'jobs' | 'pains' | 'gains'; before: number; after: number }>
    evidence: { before: number; after: number } | null
  }
}

const ref = ([id, zone, rank, text]: VersionItem): ItemRef => ({ id, zone, rank, text })

/** Text as people see it: case, spacing and a leading rank marker do not make a different sticky. */
function sameText(text: string): string {
  return text
    .replace(/^\s*(?:#\d+|\d+[.)])\s+/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
}

/**
 * Pairs the stickies of two versions: by node id first; what is left by text (a copy-pasted or retyped sticky
 * has a new id), preferring the same zone, then the nearest rank. Returns after-id -> before-item.
 */
function matchItems(before: ItemRef[], after: ItemRef[]): Map<string, ItemRef> {
  const match = new Map<string, ItemRef>()
  const beforeById = new Map(before.map((item) => [item.id, item]))
  const used = new Set<string>()
  const rest: ItemRef[] = []
  for (const item of after) {
    const old = beforeById.get(item.id)
    if (old) {
      match.set(item.id, old)
      used.add(old.id)
    } else rest.push(item)
  }
  const byText = new Map<string, ItemRef[]>()
  for (const item of before) {
    if (used.has(item.id)) continue
    const key = sameText(item.text)
    if (key === '') continue
    byText.set(key, [...(byText.get(key) ?? []), item])
  }
  for (const item of rest) {
    const candidates = byText.get(sameText(item.text))
    if (!candidates || candidates.length === 0) continue
    const score = (c: ItemRef) => (c.zone === item.zone ? 0 : 1_000_000) + Math.abs(c.rank - item.rank)
    const best = candidates.reduce((a, b) => (score(b) < score(a) ? b : a))
    candidates.splice(candidates.indexOf(best), 1)
    match.set(item.id, best)
  }
  return match
}

/**
 * The stickies that changed place in their zone's order: of the stickies both versions have in a zone, those
 * outside one longest run that kept its order (one sticky dragged to the top is one change, not every sticky it
 * passed).
 */
function rerankedIn(
  pairs: Array<{ before: ItemRef; after: ItemRef }>
): Array<{ before: ItemRef; after: ItemRef }> {
  const ordered = [...pairs].sort(
    (a, b) => a.before.rank - b.before.rank || (a.before.id < b.before.id ? -1 : 1)
  )
  // Places in the after-order (ties by id), so equal ranks still give one order.
  const afterOrder = [...ordered].sort(
    (a, b) => a.after.rank - b.after.rank || (a.after.id < b.after.id ? -1 : 1)
  )
  const ranks = ordered.map((pair) => afterOrder.indexOf(pair))
  // Longest strictly increasing run of after-ranks (O(n²) is fine: a zone holds tens of stickies, a few hundred at most).
  const length = ranks.map(() => 1)
  const previous = ranks.map(() => -1)
  for (let i = 0; i < ranks.length; i += 1)
    for (let j = 0; j < i; j += 1)
      if ((ranks[j] ?? 0) < (ranks[i] ?? 0) && (length[j] ?? 0) + 1 > (length[i] ?? 0)) {
        length[i] = (length[j] ?? 0) + 1
        previous[i] = j
      }
  let end = -1
  length.forEach((l, i) => {
    if (end < 0 || l > (length[end] ?? 0)) end = i
  })
  const kept = new Set<number>()
  for (let i = end; i >= 0; i = previous[i] ?? -1) kept.add(i)
  return ordered.filter((_pair, i) => !kept.has(i))
}

/** What changed from `before` to `after`; both must have their items (see `Version.items`). */
export function diffVersions(before: Version, after: Version): VersionDiff {
  const oldItems = (before.items ?? []).map(ref)
  const newItems = (after.items ?? []).map(ref)
  const match = matchItems(oldItems, newItems)
  const matchedBefore = new Set([...match.values()].map((item) => item.id))
  const diff: VersionDiff = {
    added: newItems.filter((item) => !match.has(item.id)),
    removed: oldItems.filter((item) => !matchedBefore.has(item.id)),
    reworded: [],
    moved: [],
    reranked: [],
    linked: [],
    unlinked: [],
    fit: {
      before: before.score,
      after: after.score,
      bandBefore: before.band,
      bandAfter: after.band,
      coverage: (['jobs', 'pains', 'gains'] as const)
        .map((zone) => ({ zone, before: before.coverage[zone], after: after.coverage[zone] }))
        .filter((change) => change.before !== change.after),
      evidence:
        before.evidenceFit !== undefined &&
        after.evidenceFit !== undefined &&
        before.evidenceFit !== after.evidenceFit
          ? { before: before.evidenceFit, after: after.evidenceFit }
          : null
    }
  }
  const stayed = new Map<VersionZone, Array<{ before: ItemRef; after: ItemRef }>>()
  for (const item of newItems) {
    const old = match.get(item.id)
    if (!old) continue
    const reworded = sameText(old.text) !== sameText(item.text)
    if (old.zone !== item.zone) diff.moved.push({ before: old, after: item, reworded })
    else {
      if (reworded) diff.reworded.push({ before: old, after: item })
      stayed.set(item.zone, [...(stayed.get(item.zone) ?? []), { before: old, after: item }])
    }
  }
  for (const pairs of stayed.values()) diff.reranked.push(...rerankedIn(pairs))
  // Links compared in `after`'s ids: a before-link counts as kept when both its ends were matched.
  const toAfter = new Map<string, string>()
  for (const [afterId, old] of match) toAfter.set(old.id, afterId)
  const newById = new Map(newItems.map((item) => [item.id, item]))
  const oldById = new Map(oldItems.map((item) => [item.id, item]))
  const newLinks = new Set((after.links ?? []).map(([from, to]) => `${from}>${to}`))
  const oldLinks = new Set<string>()
  for (const [from, to] of before.links ?? []) {
    const a = toAfter.get(from)
    const b = toAfter.get(to)
    const translated = a !== undefined && b !== undefined ? `${a}>${b}` : null
    if (translated !== null) oldLinks.add(translated)
    if (translated === null || !newLinks.has(translated)) {
      const fromItem = oldById.get(from)
      const toItem = oldById.get(to)
      if (fromItem && toItem) diff.unlinked.push({ from: fromItem, to: toItem })
    }
  }
  for (const [from, to] of after.links ?? []) {
    if (oldLinks.has(`${from}>${to}`)) continue
    const fromItem = newById.get(from)
    const toItem = newById.get(to)
    if (fromItem && toItem) diff.linked.push({ from: fromItem, to: toItem })
  }
  return diff
}

/** Whether two versions differ in anything the diff reports. */
export function diffIsEmpty(diff: VersionDiff): boolean {
  return (
    diff.added.length +
      diff.removed.length +
      diff.reworded.length +
      diff.moved.length +
      diff.reranked.length ===
      0 &&
    diff.linked.length + diff.unlinked.length === 0 &&
    diff.fit.before === diff.fit.after &&
    diff.fit.coverage.length === 0 &&
    diff.fit.evidence === null
  )
}
