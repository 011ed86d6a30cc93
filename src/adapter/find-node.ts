import { parseDrawnDef } from '../core/drawn/definition'
import { DRAWN_KEY } from './drawn-canvas'
import { DATA_KEYS, getData, ROLES } from './plugin-data'

/** The page a node sits on, or null (a node being removed has no page). */
function pageIdOf(node: BaseNode): string | null {
  let current: BaseNode | null = node
  while (current && current.type !== 'PAGE') current = current.parent
  return current ? current.id : null
}

/**
 * A node on the current page by id, or null when it is gone (deleted by someone, or never existed) or on another
 * page (a panel that still showed the page the user left): commands select and connect only what the user sees.
 */
export async function findSceneNodeAsync(id: string): Promise<SceneNode | null> {
  const node = await figma.getNodeByIdAsync(id)
  if (!node || node.removed || node.type === 'PAGE' || node.type === 'DOCUMENT') return null
  return pageIdOf(node) === figma.currentPage.id ? node : null
}

/**
 * The canvas section with `id`, or null when it is gone or is not a canvas (a section people drew is not one:
 * the plugin writes nothing on it).
 */
export async function findSectionAsync(id: string): Promise<SectionNode | null> {
  const node = await findSceneNodeAsync(id)
  return node && node.type === 'SECTION' && getData(node, DATA_KEYS.role) === ROLES.canvas ? node : null
}

/** Whether a node holds an adopted canvas's definition. */
export function isAdoptedCanvas(node: BaseNode): boolean {
  return parseDrawnDef(getData(node, DRAWN_KEY)) !== null
}

/**
 * The node a canvas's data lives on: the plugin's canvas section, or the node of a drawing people made that holds
 * its adopted definition (a section, a group or a shape). null when it is gone or is neither.
 */
export async function findCanvasNodeAsync(id: string): Promise<SceneNode | null> {
  const node = await findSceneNodeAsync(id)
  if (!node) return null
  if (node.type === 'SECTION' && getData(node, DATA_KEYS.role) === ROLES.canvas) return node
  return isAdoptedCanvas(node) ? node : null
}
