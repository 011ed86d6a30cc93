/**
 * The report's evidence part for one canvas: each item's level, the fit backed by it, the tests and learnings.
 * Both ways of analysing (the whole board, change by change) build it here, so they agree.
 */
import type { CanvasSnapshot, EvidenceReport, ReportItem, ReportLink, TestCardSnapshot, TestEntry, ZoneKey } from '../types'
import { ZONE_KEYS } from '../types'
import { evidenceFit } from './evidence-fit'
import { evidenceLevels } from './evidence-levels'
import { testStatus } from './test-card'

/** A test card as the report lists it. */
export function testEntry(card: TestCardSnapshot): TestEntry {
  const { learning } = card
  return {
    id: card.id,
    itemId: card.itemId,
    ...card.fields,
    status: testStatus(card),
    learning: learning
      ? { id: learning.id, observation: learning.observation, learning: learning.learning, decision: learning.decision }
      : null
  }
}

/**
 * The evidence part. Only items of the canvas keep a level (a sticky deleted or moved to another canvas takes its
 * entry with it); tests stay listed whatever became of their item, so what was learned is not lost.
 */
export function evidenceReport(
  canvas: Pick<CanvasSnapshot, 'evidence' | 'tests'>,
  zones: Record<ZoneKey, readonly ReportItem[]>,
  links: readonly ReportLink[]
): EvidenceReport {
  const all = evidenceLevels(canvas)
  const items: EvidenceReport['items'] = {}
  for (const zone of ZONE_KEYS) {
    for (const item of zones[zone]) {
      const level = all[item.id]
      if (level !== undefined && level !== 'none') items[item.id] = level
    }
  }
  return { items, fit: evidenceFit(zones, links, items), tests: (canvas.tests ?? []).map(testEntry) }
}
