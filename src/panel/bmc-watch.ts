import type { BmcTarget } from '../adapter/bmc/find-bmc'
import { findBmc } from '../adapter/bmc/find-bmc'
import { DATA_KEYS, getData, ROLES } from '../adapter/plugin-data'
import { matchBmcBlock } from '../i18n/bmc-blocks'

/** The node kinds a BMC is made of (blocks are sections or shapes, labels texts or shapes). */
const BMC_PART_TYPES: ReadonlySet<string> = new Set(['SECTION', 'SHAPE_WITH_TEXT', 'TEXT'])
/** The roles of the plugin's own BMC parts: data that can make a node part of a BMC. */
const BMC_ROLES: readonly string[] = [ROLES.bmc, ROLES.bmcBlock]

/**
 * Whether a changed section, shape or text on a page without a BMC can have brought one:
 * - moved into another parent: it may now stand apart from a canvas or beside the other block;
 * - renamed or retyped (a shape's text too, which the old watch missed): only when its label now reads Value
 *   propositions / Customer segments (en/sv/da/de);
 * - its plugin data changed: only when it is now one of the plugin's own BMC parts (undo, a collaborator's copy).
 * So typing into a test card, or a command writing a canvas's report, costs a read or two, not a search of
 * every label on the page.
 */
function mayBringBmc(changed: SceneNode | RemovedNode, properties: readonly NodeChangeProperty[]): boolean {
  if (changed.removed || !('name' in changed)) return false
  const node: SceneNode = changed
  if (properties.indexOf('parent') >= 0) return true
  // A text node's text changes as 'characters', a shape's as 'text' (typings, `NodeChangeProperty`).
  if (
    properties.indexOf('name') >= 0 ||
    properties.indexOf('characters') >= 0 ||
    properties.indexOf('text') >= 0
  ) {
    if (matchBmcBlock(node.name) !== null) return true
    if (node.type === 'SHAPE_WITH_TEXT' && matchBmcBlock(node.text.characters) !== null) {
      return true
    }
    if (node.type === 'TEXT' && matchBmcBlock(node.characters) !== null) return true
  }
  if (properties.indexOf('pluginData') >= 0) {
    if (BMC_ROLES.indexOf(getData(node, DATA_KEYS.role)) >= 0 || getData(node, DATA_KEYS.block) !== '')
      return true
  }
  return false
}

/**
 * Whether the page has a Business Model Canvas, kept true while the panel is open: looking for one reads labels
 * across the page, so it is redone only for a change that can remove one (one of the BMC's own nodes changed, or
 * something was deleted and a block is now gone) or bring one (a section, shape or text created, renamed or moved
 * into place: pasted, inserted by a collaborator, brought back by undo; `mayBringBmc`). Every other edit costs a
 * set lookup, or on a page without a BMC a read or two of the changed node.
 */
export class BmcWatch {
  private target: BmcTarget | null = null
  private ids: ReadonlySet<string> = new Set()

  /** Looks for the BMC again; returns whether the page has one. */
  refresh(page: PageNode): boolean {
    this.target = findBmc(page)
    const ids = new Set<string>()
    if (this.target) {
      if (this.target.sectionId !== null) ids.add(this.target.sectionId)
      for (const block of [this.target.valuePropositions, this.target.customerSegments]) {
        if (block) ids.add(block.node.id)
      }
    }
    this.ids = ids
    return this.present
  }

  get present(): boolean {
    return this.target !== null
  }

  /** Whether this batch of changes may have removed the BMC or brought one: then `refresh`. */
  concerns(changes: ReadonlyArray<NodeChange>): boolean {
    const target = this.target
    if (target) {
      for (const change of changes) {
        if (this.ids.has(change.id)) return true
      }
      // Deleting what holds the BMC reports only the holder: the blocks themselves say whether they are gone.
      if (!changes.some((change) => change.type === 'DELETE')) return false
      return [target.valuePropositions, target.customerSegments].some((block) => block?.node.removed === true)
    }
    return changes.some((change) => {
      if (change.type === 'DELETE' || !BMC_PART_TYPES.has(change.node.type)) return false
      if (change.type === 'CREATE') return true
      return mayBringBmc(change.node, change.properties)
    })
  }
}
