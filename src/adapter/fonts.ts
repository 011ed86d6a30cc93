import { UserFacingError } from './errors'

/** The font FigJam uses for stickies, shapes and the text this plugin draws. */
export const TEMPLATE_FONT: FontName = { family: 'Inter', style: 'Medium' }

/**
 * Loads every font a command will write with, in one round, before any node is touched,
 * so a missing font stops the command before it has drawn anything.
 */
export async function loadTemplateFontsAsync(extra: FontName[] = []): Promise<void> {
  const unique = new Map<string, FontName>()
  for (const font of [TEMPLATE_FONT, ...extra]) unique.set(`${font.family}\u0000${font.style}`, font)
  await Promise.all([...unique.values()].map((font) => figma.loadFontAsync(font)))
}

/** `loadTemplateFontsAsync`, with a failure turned into the command's own message for the user. */
export async function loadTemplateFontsOrExplainAsync(
  message: string,
  extra: FontName[] = []
): Promise<void> {
  try {
    await loadTemplateFontsAsync(extra)
  } catch {
    throw new UserFacingError(message)
  }
}
