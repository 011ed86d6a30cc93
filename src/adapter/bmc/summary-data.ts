import type { Rect } from '../../core/types'
import type { BmcSummaryBlock } from '../../i18n/bmc-blocks'
import { hashText } from '../../core/hash'
import type { ExistingSummary } from '../../core/bmc-placement'
import { boxOf } from '../occupied'
import { DATA_KEYS, findWithData, getData, parseStoredJson, ROLES, setData } from '../plugin-data'

/** `DATA_KEYS.summary` on a summary sticky: which canvas and block it summarises, and the hash of what was written. */
export interface SummaryData {
  canvasId: string
  block: BmcSummaryBlock
  hash: string
  /**
   * The id of the sticky it was written on. Copying a sticky copies its plugin data, so a copy (another id) is a
   * person's sticky from the start; summaries written before this field have none and count as originals.
   */
  node?: string
}

/**
 * Whether a sticky carrying summary data is still the plugin's summary: the one it was written on (not a copy) and
 * holding exactly what was written (not edited). Otherwise it is the team's sticky: zone, rank, links and all.
 */
export function isPluginSummary(data: SummaryData, id: string, text: string): boolean {
  return (data.node === undefined || data.node === id) && hashText(text) === data.hash
}

/** The stored summary data, or null for anything malformed, foreign or huge (never throws). */
export function readSummaryData(raw: string): SummaryData | null {
  const parsed = parseStoredJson(raw)
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null
  const record = parsed as Record<string, unknown>
  const { canvasId, block, hash } = record
  if (typeof canvasId !== 'string' || canvasId === '' || canvasId.length > 100) return null
  if (block !== 'valuePropositions' && block !== 'customerSegments') return null
  if (typeof hash !== 'string' || !/^[0-9a-f]{8}$/.test(hash)) return null
  const node = record.node
  if (node !== undefined && (typeof node !== 'string' || node === '' || node.length > 100)) return null
  return node === undefined ? { canvasId, block, hash } : { canvasId, block, hash, node }
}

/** Marks a sticky as the plugin's summary of `canvasId` in `block`, holding `text`. */
export function tagSummary(sticky: StickyNode, canvasId: string, block: BmcSummaryBlock, text: string): void {
  const data: SummaryData = { canvasId, block, hash: hashText(text), node: sticky.id }
  setData(sticky, DATA_KEYS.role, ROLES.summary)
  setData(sticky, DATA_KEYS.summary, JSON.stringify(data))
}

/** A summary sticky on the page, read once. */
export interface SummarySticky extends ExistingSummary {
  node: StickyNode
  block: BmcSummaryBlock
  text: string
}

/** The summary stickies of one canvas on the page (copy-pasted duplicates included), each read once. */
export function summaryStickiesOf(page: PageNode, canvasId: string): SummarySticky[] {
  const found: SummarySticky[] = []
  for (const node of findWithData(page, ['STICKY'], DATA_KEYS.summary)) {
    const data = readSummaryData(getData(node, DATA_KEYS.summary))
    if (!data || data.canvasId !== canvasId) continue
    const box: Rect | null = boxOf(node)
    if (!box) continue
    const text = node.text.characters
    const id = node.id
    // A copy of a summary is the team's sticky, like an edited one: never overwritten.
    found.push({ node, id, box, block: data.block, text, edited: !isPluginSummary(data, id, text) })
  }
  return found
}
