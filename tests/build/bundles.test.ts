// The built plugin as FigJam receives it. `npm test` builds first; run `npm run build` before
// running this file alone.
import { parse } from 'acorn'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const root = new URL('../../', import.meta.url)
const read = (path: string) => readFileSync(new URL(path, root), 'utf8')

// Outside CI, a checkout that was never built skips these; under CI a missing bundle is a failure.
describe.runIf(existsSync(new URL('dist/main.js', root)) || process.env.CI === 'true')(
  'the built bundles',
  () => {
    const main = read('dist/main.js')
    const html = read('dist/ui.html')

    it('ships the main thread as one ES2017 script with no module syntax', () => {
      expect(() => parse(main, { ecmaVersion: 2017, sourceType: 'script' })).not.toThrow()
      expect(main).not.toMatch(/^\s*(import|export)\s/m)
    })

    it('ships the panel as one ES2020 script (it runs in the browser, not the sandbox)', () => {
      const script = /<script>([\s\S]*)<\/script>/.exec(html)?.[1] ?? ''
      expect(script.length).toBeGreaterThan(1000)
      expect(() => parse(script, { ecmaVersion: 2020, sourceType: 'script' })).not.toThrow()
    })

    it('avoids APIs that fail in the plugin sandbox', () => {
      for (const banned of ['structuredClone(', 'Object.hasOwn(', '.replaceAll('])
        expect(main).not.toContain(banned)
    })

    it('makes ui.html self-contained: no external scripts, styles, fonts or images', () => {
      expect(html).not.toMatch(/<script[^>]+src=/i)
      expect(html).not.toMatch(/<link[^>]+href=/i)
      expect(html).not.toMatch(/@import\s+url/i)
      expect(html).not.toMatch(/url\(\s*["']?https?:/i)
      expect(html).not.toMatch(/<img[^>]+src=["']?https?:/i)
      expect(html.match(/<script>/g)).toHaveLength(1)
    })

    it('contains no eval, new Function or HTML injection in either bundle', () => {
      expect(main).not.toMatch(/innerHTML/)
      // Preact's renderer assigns innerHTML only for `dangerouslySetInnerHTML` (value `x.__html`) or to clear it;
      // the panel's sources never use that prop (checked below), so no data reaches those assignments.
      const assignments = [...html.matchAll(/\.innerHTML\s*=\s*([^,;)]+)/g)].map((m) => m[1]?.trim())
      for (const value of assignments) expect(value).toMatch(/^(""|\w+\.__html)$/)
      for (const code of [main, html]) {
        expect(code).not.toMatch(/\beval\s*\(/)
        expect(code).not.toMatch(/new\s+Function\s*\(/)
        expect(code).not.toMatch(/\.outerHTML\s*=/)
        expect(code).not.toMatch(/insertAdjacentHTML\s*\(/)
        expect(code).not.toMatch(/document\.write\s*\(/)
      }
    })
  }
)

describe('the panel sources', () => {
  it('never render markup from data', () => {
    const files = readdirSync(new URL('ui/', root), { recursive: true, encoding: 'utf8' }).filter((f) =>
      /\.(ts|tsx)$/.test(f)
    )
    expect(files.length).toBeGreaterThan(0)
    for (const file of files) {
      const source = read(`ui/${file}`)
      expect(source, file).not.toMatch(
        /dangerouslySetInnerHTML|innerHTML|outerHTML|insertAdjacentHTML|\beval\(/
      )
    }
  })
})

describe('the manifest', () => {
  const manifest = JSON.parse(read('manifest.json')) as Record<string, unknown>

  it('targets FigJam with dynamic page access and no network', () => {
    expect(manifest.editorType).toEqual(['figjam'])
    expect(manifest.documentAccess).toBe('dynamic-page')
    expect(manifest.networkAccess).toEqual({ allowedDomains: ['none'] })
    expect(manifest.api).toBe('1.0.0')
    expect(manifest.main).toBe('dist/main.js')
    expect(manifest.ui).toBe('dist/ui.html')
  })

  it('offers every command, with the insert parameters and the check-fit relaunch button', () => {
    const menu = manifest.menu as Array<{
      command?: string
      parameters?: Array<{ key: string; optional?: boolean; allowFreeform?: boolean }>
    }>
    const commands = menu.flatMap((entry) => (entry.command ? [entry.command] : []))
    expect(commands).toEqual(['open', 'insert-vpc', 'check-fit', 'save-version', 'adopt-canvas', 'insert-bmc', 'bmc-summary'])
    const insert = menu.find((entry) => entry.command === 'insert-vpc')
    for (const key of ['segment', 'product']) {
      const parameter = insert?.parameters?.find((p) => p.key === key)
      expect(parameter?.optional).toBe(true)
      expect(parameter?.allowFreeform).toBe(true)
    }
    const relaunch = manifest.relaunchButtons as Array<{ command: string; name: string }>
    expect(relaunch).toContainEqual({ command: 'check-fit', name: 'Check fit' })
  })
})
