/** A solid paint from a 6-digit hex colour (exact values, so FigJam shows its own palette name). */
export function solid(hex: string): SolidPaint {
  const value = parseInt(hex, 16)
  return {
    type: 'SOLID',
    color: { r: ((value >> 16) & 255) / 255, g: ((value >> 8) & 255) / 255, b: (value & 255) / 255 }
  }
}
