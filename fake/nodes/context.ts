/**
 * What a node object needs from the plugin session it was handed to: the document, the session's
 * loaded fonts, the counter, and a way to turn ids into this session's node objects.
 */
import type { ApiCounter } from '../counter'
import type { FontCatalog, LoadedFonts } from '../fonts'
import type { Actor, FakeDocument } from '../model/document'
import type { FakeBaseNode } from './base'

/** The session as seen by its nodes. */
export interface NodeContext extends Actor {
  readonly doc: FakeDocument
  readonly counter: ApiCounter
  readonly fonts: LoadedFonts
  readonly catalog: FontCatalog
  /** Set by `closePlugin`: every later use of the API throws. */
  readonly closed: boolean
  readonly editorType: 'figjam' | 'figma'
  /** `figma.pluginId`: the owner of private plugin data. */
  readonly pluginId: string
  /** Name written as a new sticky's author. */
  readonly userName: string
  /** This session's node object for an id (one object per node per session). */
  wrap(id: string): FakeBaseNode
  /** Whether dynamic-page loading lets this session read a page's content. */
  pageLoaded(pageId: string): boolean
  /** Mark a page as loaded for this session. */
  loadPage(pageId: string): void
  /** Register or remove a page's `nodechange` handler. */
  pageListener(
    action: 'on' | 'once' | 'off',
    pageId: string,
    callback: (event: NodeChangeEvent) => void
  ): void
}
