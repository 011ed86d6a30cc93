/**
 * A short, stable fingerprint of a text: 32-bit FNV-1a over the text's UTF-8 bytes, as 8 lower-case hex digits.
 * Used to tell whether a sticky the plugin wrote still holds exactly what it wrote. Not a cryptographic hash:
 * it only has to notice edits, not resist them.
 */

const FNV_OFFSET = 0x811c9dc5
const FNV_PRIME = 0x01000193

/** The UTF-8 bytes of one code point. */
function utf8Bytes(codePoint: number): number[] {
  if (codePoint < 0x80) return [codePoint]
  if (codePoint < 0x800) return [0xc0 | (codePoint >> 6), 0x80 | (codePoint & 63)]
  if (codePoint < 0x10000) {
    return [0xe0 | (codePoint >> 12), 0x80 | ((codePoint >> 6) & 63), 0x80 | (codePoint & 63)]
  }
  return [
    0xf0 | (codePoint >> 18),
    0x80 | ((codePoint >> 12) & 63),
    0x80 | ((codePoint >> 6) & 63),
    0x80 | (codePoint & 63)
  ]
}

/** FNV-1a (32 bit) of `text`, as 8 hex digits. Equal texts give equal hashes on every platform. */
export function hashText(text: string): string {
  let hash = FNV_OFFSET
  for (const char of text) {
    // A lone surrogate has no UTF-8 form; it is hashed as U+FFFD, as an encoder would write it.
    const code = char.codePointAt(0) ?? 0xfffd
    const point = code >= 0xd800 && code <= 0xdfff ? 0xfffd : code
    for (const byte of utf8Bytes(point)) {
      hash ^= byte
      hash = Math.imul(hash, FNV_PRIME) >>> 0
    }
  }
  return (hash >>> 0).toString(16).padStart(8, '0')
}
