/**
 * Figma's error texts. The real API prefixes every failure with the member that failed
 * (`in set_characters: ...`, `in getNodeById: ...`), so tests can match on the same words.
 */
import type { FontKey } from './fonts'

/** An error in Figma's `in <member>: <message>` form. */
export function apiError(member: string, message: string): Error {
  return new Error(`in ${member}: ${message}`)
}

/** Writing text properties before `await figma.loadFontAsync(font)`: Figma's exact wording. */
export function unloadedFontError(property: string, font: FontKey): Error {
  return apiError(
    `set_${property}`,
    `Cannot write to node with unloaded font "${font.family} ${font.style}". ` +
      `Please call figma.loadFontAsync({ family: "${font.family}", style: "${font.style}" }) ` +
      'and await the returned promise first.'
  )
}

/** A sync API that `"documentAccess": "dynamic-page"` forbids. */
export function dynamicPageError(member: string, alternative: string): Error {
  return apiError(member, `Cannot call with documentAccess: dynamic-page. Use ${alternative} instead.`)
}

/** Any access through a node whose node was removed from the document. */
export function removedNodeError(member: string, id: string): Error {
  return apiError(member, `The node with id "${id}" does not exist`)
}

/** Any use of `figma` after `figma.closePlugin()`. */
export function closedPluginError(member: string): Error {
  return apiError(
    member,
    'The plugin has been closed: the figma API cannot be used after figma.closePlugin()'
  )
}

/** Reading a page's content that dynamic-page has not loaded yet (Figma's text, quirks included). */
export function unloadedPageError(member: string): Error {
  return apiError(
    member,
    'Cannot access property `children` on a page that has not been explicitly loaded. ' +
      "Remember to call `await page.loadAsync()` or `await figma.loadAllPagesAsync()' first."
  )
}
