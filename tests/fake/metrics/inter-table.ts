/**
 * Generates `fake/metrics/inter-medium.ts` from the Inter Medium font `@fontsource/inter` ships (the latin and
 * latin-ext subsets, weight 500: the font FigJam writes stickies and shapes in). `inter-table.test.ts` regenerates
 * it and compares; `npx tsx tests/fake/metrics/inter-table.ts --write` rewrites it after a font update.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import opentype, { type Font } from 'opentype.js'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..')
export const TABLE_PATH = join(ROOT, 'fake', 'metrics', 'inter-medium.ts')
const FONT_FILES = ['inter-latin-500-normal.woff', 'inter-latin-ext-500-normal.woff']

function loadFont(file: string): Font {
  const bytes = readFileSync(join(ROOT, 'node_modules', '@fontsource', 'inter', 'files', file))
  return opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength))
}

/** Code point → advance width (font units) of every character the subsets map, first subset first. */
export function advanceWidths(): { unitsPerEm: number; widths: Map<number, number> } {
  const widths = new Map<number, number>()
  let unitsPerEm = 0
  for (const file of FONT_FILES) {
    const font = loadFont(file)
    unitsPerEm = font.unitsPerEm
    const cmap = (font.tables.cmap as { glyphIndexMap: Record<string, number> }).glyphIndexMap
    for (const [code, index] of Object.entries(cmap)) {
      const point = Number(code)
      if (widths.has(point) || point < 0x20) continue
      const advance = font.glyphs.get(index).advanceWidth
      if (typeof advance === 'number') widths.set(point, advance)
    }
  }
  return { unitsPerEm, widths }
}

/** The table module's source text. */
export function tableSource(): string {
  const { unitsPerEm, widths } = advanceWidths()
  const points = [...widths.keys()].sort((a, b) => a - b)
  // Runs of consecutive code points: [first code point, width, width, ...].
  const runs: number[][] = []
  for (const point of points) {
    const last = runs[runs.length - 1]
    if (last !== undefined && (last[0] as number) + last.length - 1 === point) last.push(widths.get(point) as number)
    else runs.push([point, widths.get(point) as number])
  }
  const lines = runs.map((run) => `  [${run.join(', ')}]`).join(',\n')
  return `/**
 * Inter Medium advance widths, generated from @fontsource/inter (latin and latin-ext, weight 500) by
 * tests/fake/metrics/inter-table.ts; the test beside it regenerates this file and fails when they differ.
 * Each run is [first code point, advance of it, of the next code point, ...] in font units.
 */
export const INTER_MEDIUM_UNITS_PER_EM = ${unitsPerEm}

export const INTER_MEDIUM_RUNS: readonly (readonly number[])[] = [
${lines}
]
`
}

if (process.argv.includes('--write')) writeFileSync(TABLE_PATH, tableSource())
