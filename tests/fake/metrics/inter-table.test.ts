import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { advanceWidths, TABLE_PATH, tableSource } from './inter-table'

describe('the fake measures text with Inter Medium', () => {
  it('its advance-width table is the one the font in @fontsource/inter gives', () => {
    expect(readFileSync(TABLE_PATH, 'utf8')).toBe(tableSource())
  })

  it('the table covers what English, Swedish and Danish stickies are written in', () => {
    const { unitsPerEm, widths } = advanceWidths()
    expect(unitsPerEm).toBe(2048)
    for (const ch of 'abcdefghijklmnopqrstuvwxyzåäöæøéüABCÅÄÖÆØ0123456789 .,;:!?-–—’“”…#()&/%€')
      expect(widths.has(ch.codePointAt(0) as number), ch).toBe(true)
    // Inter Medium is wider than the 0.4 em the fake used to assume: a lower-case "a" is 0.568 em.
    expect((widths.get(97) as number) / unitsPerEm).toBeCloseTo(0.568, 3)
  })
})
