/**
 * Each item's evidence as it stands: what the team set, moved by the learning cards' decisions they have not yet
 * taken in (see `LearningCardSnapshot.applied`).
 */
import type { CanvasSnapshot, Decision, EvidenceLevel, TestCardSnapshot } from '../types'

/**
 * The level a decision gives an item whose evidence was `before`: keep backs it (`said`, or `did` when customers
 * already did so), change and drop mean the test refuted it as written.
 */
export function levelAfterDecision(decision: Decision, before: EvidenceLevel): EvidenceLevel {
  if (decision === 'keep') return before === 'did' ? 'did' : 'said'
  return 'refuted'
}

/** The learning cards whose decision the item's evidence has not taken in yet, in board order. */
export function pendingDecisions(tests: readonly TestCardSnapshot[]): Array<{ itemId: string; decision: Decision }> {
  const pending: Array<{ itemId: string; decision: Decision }> = []
  for (const test of tests) {
    const learning = test.learning
    if (learning && learning.decision !== null && learning.decision !== learning.applied)
      pending.push({ itemId: test.itemId, decision: learning.decision })
  }
  return pending
}

/**
 * Every item's level: the stored one, then each decision not taken in yet, in board order (the last card
 * decides). Items with no evidence are left out.
 */
export function evidenceLevels(canvas: Pick<CanvasSnapshot, 'evidence' | 'tests'>): Record<string, EvidenceLevel> {
  const levels: Record<string, EvidenceLevel> = {}
  for (const [id, level] of Object.entries(canvas.evidence ?? {})) if (level !== 'none') levels[id] = level
  for (const { itemId, decision } of pendingDecisions(canvas.tests ?? [])) {
    levels[itemId] = levelAfterDecision(decision, levels[itemId] ?? 'none')
  }
  return levels
}

/** The level of one item (`none` when it has no entry). */
export function levelOf(levels: Readonly<Record<string, EvidenceLevel>>, id: string): EvidenceLevel {
  return Object.prototype.hasOwnProperty.call(levels, id) ? (levels[id] as EvidenceLevel) : 'none'
}
