/** A solid paint from a 6-digit hex colour (exact values, so FigJam shows its own palette name). */
export function solid(hex: string): SolidPaint {
  const value = parseInt(hex, 16)
  return {
    type: 'SOLID',
    color: { r: ((value >> 16) & 255) / 255, g: ((value >> 8) & 255) / 255, b: (value & 255) / 255 }
  }
}

/** The first solid fill as upper-case hex, or null. */
export function hexOfFills(fills: ReadonlyArray<Paint> | PluginAPI['mixed']): string | null {
  if (typeof fills === 'symbol') return null
  const first = fills.find((paint) => paint.type === 'SOLID')
  if (!first || first.type !== 'SOLID') return null
  const channel = (v: number) =>
    Math.round(v * 255)
      .toString(16)
      .padStart(2, '0')
  return (channel(first.color.r) + channel(first.color.g) + channel(first.color.b)).toUpperCase()
}
