/**
 * Fonts: what the editor offers, what a test made unavailable, and what one plugin session loaded.
 * Loading is per session because in FigJam every plugin run starts with no fonts loaded.
 */

/** A font's family and style, without variation settings. */
export interface FontKey {
  readonly family: string
  readonly style: string
}

/** FigJam's text font: stickies, shapes and connectors write in it. */
export const INTER_MEDIUM: FontKey = Object.freeze({ family: 'Inter', style: 'Medium' })

/** Fonts the fake editor offers: FigJam's presets plus common Inter styles. */
export const AVAILABLE_FONTS: readonly FontKey[] = Object.freeze(
  [
    ['Inter', 'Regular'],
    ['Inter', 'Medium'],
    ['Inter', 'Semi Bold'],
    ['Inter', 'Bold'],
    ['Merriweather', 'Regular'],
    ['Merriweather', 'Bold'],
    ['Roboto Mono', 'Medium'],
    ['Roboto Mono', 'Regular'],
    ['Figma Hand', 'Regular']
  ].map(([family, style]) => Object.freeze({ family: family ?? '', style: style ?? '' }))
)

/** The map key for a font: family and style joined by a character no name contains. */
export function fontId(font: FontKey): string {
  return `${font.family}\u0000${font.style}`
}

/** Plain, frozen copy of a font name (drops extra fields a caller may have passed). */
export function copyFont(font: FontKey): FontKey {
  return Object.freeze({ family: font.family, style: font.style })
}

/** Editor-wide font availability, shared by all sessions of one fake. */
export class FontCatalog {
  private readonly unavailable = new Set<string>()

  /** Make `loadFontAsync(font)` reject from now on, and nodes using it report `hasMissingFont`. */
  makeUnavailable(font: FontKey): void {
    this.unavailable.add(fontId(font))
  }

  isAvailable(font: FontKey): boolean {
    const id = fontId(font)
    return !this.unavailable.has(id) && AVAILABLE_FONTS.some((known) => fontId(known) === id)
  }

  /** Styles of a family that can be loaded (for `loadFontAsync({ family })` without a style). */
  stylesOf(family: string): FontKey[] {
    return AVAILABLE_FONTS.filter((font) => font.family === family && this.isAvailable(font))
  }

  /** What `listAvailableFontsAsync` returns. */
  list(): FontKey[] {
    return AVAILABLE_FONTS.filter((font) => this.isAvailable(font))
  }
}

/** The fonts one plugin session has finished loading. */
export class LoadedFonts {
  private readonly loaded = new Set<string>()

  has(font: FontKey): boolean {
    return this.loaded.has(fontId(font))
  }

  add(font: FontKey): void {
    this.loaded.add(fontId(font))
  }
}
