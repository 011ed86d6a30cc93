/** Builds the node object for a record's type. Objects are made non-extensible, like Figma's nodes. */
import type { RecordType } from '../model/record'
import type { FakeBaseNode } from './base'
import { FakeConnector } from './connector'
import type { NodeContext } from './context'
import { FakeDocumentNode } from './document-node'
import { FakeGroup } from './group'
import { FakeLine } from './line'
import { FakePage } from './page'
import { FakeSection } from './section'
import { FakeShapeWithText } from './shape-with-text'
import { FakeStamp, type UserLookup } from './stamp'
import { FakeSticky } from './sticky'
import { FakeText } from './text'

/** What some node types need beyond the context. */
export interface FactoryExtras {
  readonly users: UserLookup
  readonly allPagesLoaded: () => boolean
}

/** A new node object of the right class. */
export function createNodeObject(
  ctx: NodeContext,
  id: string,
  type: RecordType,
  extras: FactoryExtras
): FakeBaseNode {
  const node = build(ctx, id, type, extras)
  // Assigning a property a node does not have throws in Figma ("object is not extensible").
  Object.preventExtensions(node)
  return node
}

function build(ctx: NodeContext, id: string, type: RecordType, extras: FactoryExtras): FakeBaseNode {
  switch (type) {
    case 'DOCUMENT':
      return new FakeDocumentNode(ctx, id, extras.allPagesLoaded)
    case 'PAGE':
      return new FakePage(ctx, id)
    case 'SECTION':
      return new FakeSection(ctx, id)
    case 'STICKY':
      return new FakeSticky(ctx, id)
    case 'SHAPE_WITH_TEXT':
      return new FakeShapeWithText(ctx, id)
    case 'CONNECTOR':
      return new FakeConnector(ctx, id)
    case 'LINE':
      return new FakeLine(ctx, id)
    case 'TEXT':
      return new FakeText(ctx, id)
    case 'STAMP':
      return new FakeStamp(ctx, id, extras.users)
    case 'GROUP':
      return new FakeGroup(ctx, id)
  }
}
