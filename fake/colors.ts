/** Colours: FigJam's exact sticky and section palettes, and hex <-> paint conversion. */

/** FigJam's sticky colours (exact; rounded decimals make FigJam show "custom"). */
export const STICKY_COLORS = Object.freeze({
  White: 'FFFFFF',
  Gray: 'E6E6E6',
  Green: 'B3EFBD',
  Teal: 'B3F4EF',
  Blue: 'A8DAFF',
  Violet: 'D3BDFF',
  Pink: 'FFA8DB',
  Red: 'FFB8A8',
  Orange: 'FFD3A8',
  Yellow: 'FFE299'
})

/** FigJam's section tints. */
export const SECTION_TINTS = Object.freeze([
  'F9F9F9',
  'EBFFEE',
  'F1FEFD',
  'F5FBFF',
  'F8F5FF',
  'FFF0FA',
  'FFF5F5',
  'FFF7F0',
  'FFFBF0',
  'FFFFFF'
])

/** FigJam's default text colour. */
export const TEXT_COLOR = '1E1E1E'

const paints = new Map<string, SolidPaint>()

/** A frozen solid paint for a hex colour (`#RRGGBB`, `RRGGBB` or a sticky colour name). Shared: it is frozen. */
export function solidPaint(color: string): SolidPaint {
  const known = paints.get(color)
  if (known !== undefined) return known
  const hex = normaliseHex(color)
  const paint: SolidPaint = Object.freeze({
    type: 'SOLID',
    color: Object.freeze({ r: channel(hex, 0), g: channel(hex, 2), b: channel(hex, 4) })
  })
  paints.set(color, paint)
  return paint
}

function channel(hex: string, at: number): number {
  return parseInt(hex.slice(at, at + 2), 16) / 255
}

/** Upper-case `RRGGBB` for a hex string or a sticky colour name; throws on anything else. */
export function normaliseHex(color: string): string {
  const named = (STICKY_COLORS as Record<string, string>)[color]
  if (named !== undefined) return named
  const hex = color.startsWith('#') ? color.slice(1) : color
  if (!/^[0-9a-fA-F]{6}$/.test(hex))
    throw new Error(`Not a colour: "${color}" (use #RRGGBB or a sticky colour name)`)
  return hex.toUpperCase()
}

/** `#RRGGBB` of a solid paint; other paint types give their type name. */
export function paintToHex(paint: Paint): string {
  if (paint.type !== 'SOLID') return paint.type
  const byte = (v: number): string =>
    Math.round(Math.min(1, Math.max(0, v)) * 255)
      .toString(16)
      .padStart(2, '0')
  return `#${byte(paint.color.r)}${byte(paint.color.g)}${byte(paint.color.b)}`.toUpperCase()
}
