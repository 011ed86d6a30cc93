/** The few members of opentype.js 2 (which ships no types) that the metrics generator uses. */
declare module 'opentype.js' {
  interface Glyph {
    advanceWidth: number | undefined
  }
  interface Font {
    unitsPerEm: number
    tables: Record<string, unknown>
    glyphs: { get(index: number): Glyph }
  }
  const opentype: { parse(buffer: ArrayBuffer): Font }
  export default opentype
  export type { Font, Glyph }
}
