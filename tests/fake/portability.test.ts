import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const FAKE_DIR = join(__dirname, '..', '..', 'fake')

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : []
  )
}

describe('the fake runs in browsers too', () => {
  const files = sources(FAKE_DIR)

  it('imports only its own modules (no Node built-ins, no packages)', () => {
    for (const file of files) {
      const imports = [...readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1] ?? '')
      for (const spec of imports)
        expect(spec, `${relative(FAKE_DIR, file)} imports ${spec}`).toMatch(/^\.\.?\//)
    }
  })

  it('uses no Node-only globals and no structuredClone', () => {
    for (const file of files) {
      const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')
      const banned = [
        /\bprocess\./,
        /\bBuffer\b/,
        /\brequire\(\s*['"`]/,
        /__dirname/,
        /\bstructuredClone\b/,
        /\bsetImmediate\b/
      ]
      for (const pattern of banned)
        expect(pattern.test(code), `${relative(FAKE_DIR, file)} matches ${pattern}`).toBe(false)
    }
  })

  it('uses no `any`', () => {
    for (const file of files) {
      const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')
      expect(/:\s*any\b|as any\b|<any>/.test(code), `${relative(FAKE_DIR, file)} uses any`).toBe(false)
    }
  })
})
