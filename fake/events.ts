/**
 * Event plumbing: handler registries with on/once/off, and turning the document's change records into
 * a session's batched `DocumentChange` list (one entry per node and kind, properties merged).
 */
import { exposeScene } from './boundary'
import type { ChangeRecord } from './model/document'
import type { FakeBaseNode } from './nodes/base'

/** One registered handler. */
interface Entry<A extends unknown[]> {
  readonly callback: (...args: A) => unknown
  readonly once: boolean
}

/** Handlers of one event name with on/once/off semantics. */
export class HandlerList<A extends unknown[]> {
  private entries: Entry<A>[] = []

  add(callback: (...args: A) => unknown, once: boolean): void {
    this.entries.push({ callback, once })
  }

  remove(callback: (...args: A) => unknown): void {
    this.entries = this.entries.filter((entry) => entry.callback !== callback)
  }

  get size(): number {
    return this.entries.length
  }

  /** Call every handler (once-handlers are removed first); errors are collected and the first rethrown. */
  fire(...args: A): void {
    const entries = this.entries
    this.entries = entries.filter((entry) => !entry.once)
    const errors: unknown[] = []
    for (const entry of entries) {
      try {
        entry.callback(...args)
      } catch (error) {
        errors.push(error)
      }
    }
    if (errors.length > 0) throw errors[0]
  }
}

/**
 * Merge a batch the way FigJam reports it: several property changes of one node become one entry with
 * the union of properties, and property changes after a node's CREATE in the same batch fold into it.
 */
export function coalesce(changes: readonly ChangeRecord[]): ChangeRecord[] {
  const out: ChangeRecord[] = []
  const last = new Map<string, number>()
  for (const change of changes) {
    const at = last.get(change.id)
    const previous = at === undefined ? undefined : out[at]
    if (change.kind === 'PROPERTY_CHANGE' && previous !== undefined && previous.origin === change.origin) {
      if (previous.kind === 'CREATE') continue
      if (previous.kind === 'PROPERTY_CHANGE') {
        const properties = [...new Set([...previous.properties, ...change.properties])]
        out[at as number] = { ...previous, properties }
        continue
      }
    }
    last.set(change.id, out.length)
    out.push(change)
  }
  // A nested CREATE or DELETE is reported through its highest-level ancestor only (see `ChangeRecord.nested`).
  return out.filter((change) => change.nested !== true)
}

/** A session's `DocumentChange` for a change record. */
export function toDocumentChange(change: ChangeRecord, node: FakeBaseNode): NodeChange {
  const base = { id: change.id, origin: change.origin, node: exposeScene(node) }
  switch (change.kind) {
    case 'CREATE':
      return { ...base, type: 'CREATE' }
    case 'DELETE':
      return { ...base, type: 'DELETE' }
    case 'PROPERTY_CHANGE':
      return { ...base, type: 'PROPERTY_CHANGE', properties: change.properties.slice() }
  }
}
