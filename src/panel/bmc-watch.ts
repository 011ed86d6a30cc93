import type { BmcTarget } from '../adapter/bmc/find-bmc'
import { findBmc } from '../adapter/bmc/find-bmc'

/** The node kinds a BMC is made of (blocks are sections or shapes, labels texts or shapes). */
const BMC_PART_TYPES: ReadonlySet<string> = new Set(['SECTION', 'SHAPE_WITH_TEXT', 'TEXT'])
/** The properties that make a block or label a BMC's, or stop it being one. */
const LABEL_PROPERTIES: ReadonlySet<NodeChangeProperty> = new Set(['name', 'characters', 'parent', 'pluginData'])

/**
 * Whether the page has a Business Model Canvas, kept true while the panel is open: looking for one reads labels
 * across the page, so it is redone only for a change that can remove one (one of the BMC's own nodes changed, or
 * something was deleted and a block is now gone) or bring one (a section, shape or text created, renamed or moved
 * into place: pasted, inserted by a collaborator, brought back by undo). Every other edit costs a set lookup.
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
      return change.properties.some((property) => LABEL_PROPERTIES.has(property))
    })
  }
}
