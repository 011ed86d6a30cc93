/** A node on the current page by id, or null when it is gone (deleted by someone, or never existed). */
export async function findSceneNodeAsync(id: string): Promise<SceneNode | null> {
  const node = await figma.getNodeByIdAsync(id)
  if (!node || node.removed || node.type === 'PAGE' || node.type === 'DOCUMENT') return null
  return node
}

/** The canvas section with `id`, or null when it is gone or is not a section. */
export async function findSectionAsync(id: string): Promise<SectionNode | null> {
  const node = await findSceneNodeAsync(id)
  return node && node.type === 'SECTION' ? node : null
}
