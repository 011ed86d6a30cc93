/**
 * The local user's undo history. A step keeps (1) a log of structural edits (node created, node
 * deleted, child inserted or removed at an index) and (2) the fields of every pre-existing node it
 * touched, as they were before the step. Undo replays the log backwards, then puts the fields back.
 *
 * Same result as snapshotting the whole document at every checkpoint, but a step costs only what it
 * touched: child lists are never copied, so 10,000 one-step drops onto one page stay linear.
 */
import { changedFields, cloneFields, type NodeRecord } from './record'

/** One structural edit, recorded in order. */
export type StructuralEdit =
  | { readonly kind: 'create'; readonly id: string }
  | { readonly kind: 'delete'; readonly record: NodeRecord }
  | { readonly kind: 'insert'; readonly parent: string; readonly id: string; readonly index: number }
  | { readonly kind: 'remove'; readonly parent: string; readonly id: string; readonly index: number }

/** What one step changed. */
export interface Step {
  /** Fields (not children) of pre-existing nodes before the step. */
  readonly fields: Map<string, NodeRecord>
  /**
   * Per node in `fields`: the fields the step changed, worked out when the step closed (null: all of
   * them, for a node the step deleted). Undo puts back only these, so a collaborator's later edits to
   * other fields of the same node stay.
   */
  readonly changed: Map<string, Set<keyof NodeRecord> | null>
  /** Nodes the step created (their fields need no before-image). */
  readonly created: Set<string>
  readonly log: StructuralEdit[]
}

function emptyStep(): Step {
  return { fields: new Map(), changed: new Map(), created: new Set(), log: [] }
}

function isEmpty(step: Step): boolean {
  return step.fields.size === 0 && step.log.length === 0
}

/** The local user's undo history (see module comment). */
export class UndoHistory {
  private open: Step = emptyStep()
  private readonly closed: Step[] = []

  /** `lookup`: the live record of an id (to see what a step changed when it closes). */
  constructor(private readonly lookup: (id: string) => NodeRecord | undefined) {}

  /** Work out what the open step changed in each pre-existing node it touched (see `Step.changed`). */
  private settle(step: Step): void {
    for (const [id, before] of step.fields) {
      const now = this.lookup(id)
      step.changed.set(id, now === undefined ? null : new Set(changedFields(before, now)))
    }
  }

  /** Closed steps (each `commitUndo()` with changes, each local user action). */
  get steps(): number {
    return this.closed.length
  }

  /** Remember a node's fields as they are now, once per step. Call before changing them. */
  beforeWrite(record: NodeRecord): void {
    if (this.open.created.has(record.id) || this.open.fields.has(record.id)) return
    this.open.fields.set(record.id, cloneFields(record))
  }

  /** Log a structural edit. */
  logEdit(edit: StructuralEdit): void {
    if (edit.kind === 'create') this.open.created.add(edit.id)
    this.open.log.push(edit)
  }

  /** Close the open step; an empty step is no step. Returns whether a step was closed. */
  commit(): boolean {
    if (isEmpty(this.open)) return false
    this.settle(this.open)
    this.closed.push(this.open)
    this.open = emptyStep()
    return true
  }

  /**
   * Uncommitted changes merge into the step before them (FigJam: without `commitUndo` a plugin's changes
   * join whatever came before). Called before a user action starts its own step, and before undo.
   */
  mergeOpen(): void {
    if (isEmpty(this.open)) return
    const top = this.closed[this.closed.length - 1]
    if (top === undefined) {
      this.commit()
      return
    }
    this.settle(this.open)
    // The older before-image wins: it is the state before the merged step began.
    for (const [id, before] of this.open.fields) {
      if (top.created.has(id)) continue
      if (!top.fields.has(id)) {
        top.fields.set(id, before)
        top.changed.set(id, this.open.changed.get(id) ?? null)
        continue
      }
      const earlier = top.changed.get(id)
      const later = this.open.changed.get(id)
      if (earlier === null || earlier === undefined || later === null || later === undefined) {
        top.changed.set(id, null)
      } else {
        for (const field of later) earlier.add(field)
      }
    }
    for (const id of this.open.created) top.created.add(id)
    top.log.push(...this.open.log)
    this.open = emptyStep()
  }

  /** Take the last step off the history (after merging open changes into it), or null. */
  pop(): Step | null {
    this.mergeOpen()
    return this.closed.pop() ?? null
  }
}
