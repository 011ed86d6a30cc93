import { readdirSync, readFileSync } from 'node:fs'
import { ESLint } from 'eslint'
import tseslint from 'typescript-eslint'
import { describe, expect, it } from 'vitest'
import config from '../../eslint.config.js'
import { layersConfig } from '../../eslint.layers.js'

/**
 * The layer rules fail on deliberate violations. ESLint runs on fixture strings placed (by file path) in each
 * layer, with only the layer blocks of the real config (the type-aware rest needs files on disk).
 */
const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfigFile: true,
  overrideConfig: [
    { files: ['**/*.ts', '**/*.tsx'], languageOptions: { parser: tseslint.parser } },
    ...layersConfig
  ]
})

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).map((message) => `${message.ruleId ?? 'parse'}: ${message.message}`)
}

describe('layer rules', () => {
  it('are part of the lint config npm run lint uses', () => {
    for (const block of layersConfig) expect(config).toContain(block)
  })

  const refused: Array<[string, string, string]> = [
    [
      'ui/components/fixture.tsx',
      "import { t } from '../../src/i18n'\nexport const x = t",
      'ui/ may not import src/i18n/index'
    ],
    [
      'ui/fixture.ts',
      "export { analyzeBoard } from '../src/core/analyze'",
      'ui/ may not import src/core/analyze'
    ],
    ['ui/fixture.ts', "export const load = () => import('../fake')", 'ui/ may not import fake/index'],
    [
      'ui/components/fixture.tsx',
      "import { suggestLinks } from '../../src/core/suggest'\nexport const x = suggestLinks",
      'ui/ may not import src/core/suggest'
    ],
    [
      'ui/components/fixture.tsx',
      "export { suggestionsForReport } from '../../src/core/report-suggestions'",
      'ui/ may not import src/core/report-suggestions'
    ],
    [
      'contract/fixture.ts',
      "import type { Rect } from '../src/core/types'\nexport type R = Rect",
      'contract/ may not import src/core/types'
    ],
    [
      'contract/fixture.ts',
      "import { h } from 'preact'\nexport const x = h",
      'contract/ may not import the package preact'
    ],
    [
      'contract/fixture.ts',
      "import { t } from '../ui/text'\nexport const x = t",
      'contract/ may not import ui/text'
    ],
    [
      'src/core/fixture.ts',
      "import { t } from '../i18n'\nexport const x = t",
      'src/core/ may not import src/i18n/index'
    ],
    [
      'src/core/export/fixture.ts',
      "import { takeSnapshot } from '../../adapter/snapshot'\nexport const x = takeSnapshot",
      'src/core/ may not import src/adapter/snapshot'
    ],
    ['src/core/fixture.ts', 'export const page = () => figma.currentPage', "Unexpected use of 'figma'"],
    [
      'src/commands/fixture.ts',
      "import { t } from '../../ui/text'\nexport const x = t",
      'src/ may not import ui/text'
    ],
    [
      'fake/fixture.ts',
      "import { ZONE_KEYS } from '../contract/vocabulary'\nexport const x = ZONE_KEYS",
      'fake/ may not import contract/vocabulary'
    ],
    [
      'playground/fixture.ts',
      "import type { FakeDocument } from '../fake/model/document'\nexport type D = FakeDocument",
      'playground/ may not import fake/model/document'
    ],
    [
      'playground/fixture.ts',
      "import { analyzeBoard } from '../src/core/analyze'\nexport const x = analyzeBoard",
      'playground/ may not import src/core/analyze'
    ]
  ]
  const writes: Array<[string, string]> = [
    ['a plugin data write', "export const f = (n: SectionNode) => n.setPluginData('k', 'v')"],
    ['shared plugin data', "export const f = (n: SectionNode) => n.setSharedPluginData('vpcfit', 'k', 'v')"],
    ['a setter', 'export const f = (n: StickyNode) => { n.x = 3 }'],
    ['the selection', 'export const f = (n: StickyNode) => { figma.currentPage.selection = [n] }'],
    ['a new node', 'export const f = () => figma.createSticky()'],
    ['a reparent', 'export const f = (s: SectionNode, n: StickyNode) => s.appendChild(n)'],
    ['the data helper', "declare const setData: (n: BaseNode, k: string, v: string) => void\nexport const f = (n: SectionNode) => setData(n, 'role', 'v')"]
  ]
  it.each(writes)('refuse %s in a command', async (_label, code) => {
    const found = await problems('src/commands/fixture-async.ts', code)
    expect(found.join('\n')).toContain('Commands decide and the adapter writes')
    // The adapter writes, but plugin data only through src/adapter/plugin-data.ts.
    const inAdapter = await problems('src/adapter/fixture.ts', code)
    expect(inAdapter.filter((problem) => !problem.includes('getData / setData'))).toEqual([])
    expect(await problems('src/adapter/plugin-data.ts', code)).toEqual([])
  })

  const rawData: Array<[string, string]> = [
    ['src/adapter/snapshot-fixture.ts', "export const f = (n: SectionNode) => n.getPluginData('role')"],
    ['src/adapter/fixture.ts', "export const f = (n: SectionNode) => n.setSharedPluginData('vpcfit', 'role', 'x')"],
    ['src/commands/fixture-async.ts', "export const f = (n: SectionNode) => n.getSharedPluginData('vpcfit', 'checks')"],
    ['src/menu/fixture.ts', 'export const f = (n: SectionNode) => n.getPluginDataKeys()']
  ]
  it.each(rawData)('refuse raw plugin data outside the data module: %s', async (file, code) => {
    expect((await problems(file, code)).join('\n')).toContain('use getData / setData / findWithData')
    expect(await problems('src/adapter/plugin-data.ts', code)).toEqual([])
  })

  it.each(refused)('refuse %s: %s', async (file, code, expected) => {
    const found = await problems(file, code)
    expect(found.join('\n')).toContain(expected)
  })

  const allowed: Array<[string, string]> = [
    [
      'ui/components/fixture.tsx',
      "import { ZONE_KEYS } from '../../contract/vocabulary'\nimport { t } from '../text'\nexport const x = [ZONE_KEYS, t]"
    ],
    [
      'src/core/export/fixture.ts',
      "import { IMPORT_MAX_CHARS } from '../../../contract/limits'\nimport type { Rect } from '../types'\nexport type R = Rect\nexport const x = IMPORT_MAX_CHARS"
    ],
    [
      'src/adapter/fixture.ts',
      "import { t } from '../i18n'\nimport { analyzeBoard } from '../core/analyze'\nexport const x = [t, analyzeBoard, figma]"
    ],
    [
      'playground/fixture.ts',
      "import { createFigJam } from '../fake'\nimport type { ZoneKey } from '../contract/vocabulary'\nexport type Z = ZoneKey\nexport const x = createFigJam"
    ],
    [
      'tests/core/fixture.ts',
      "import { analyzeBoard } from '../../src/core/analyze'\nimport { t } from '../../ui/text'\nexport const x = [analyzeBoard, t]"
    ]
  ]
  it.each(allowed)('allow %s', async (file, code) => {
    expect(await problems(file, code)).toEqual([])
  })

  // Every folder and module of the main thread, so a new one cannot slip past the panel's rule.
  const mainThread = readdirSync('src').map((entry) => entry.replace(/\.ts$/, ''))
  it.each(mainThread)('refuse any import of src/%s from the panel, however it is written', async (entry) => {
    const forms = [
      `import { x } from '../../src/${entry}'\nexport const y = x`,
      `export * from '../../src/${entry}'`,
      `export const load = () => import('../../src/${entry}')`
    ]
    for (const code of forms) {
      expect((await problems('ui/components/fixture.tsx', code)).join('\n')).toContain('ui/ may not import src/')
    }
  })

  it.each(mainThread)('refuse any import of src/%s from the shared module', async (entry) => {
    const code = `import { x } from '../../src/${entry}'\nexport const y = x`
    expect((await problems('contract/suggest/fixture.ts', code)).join('\n')).toContain(
      'contract/ may not import src/'
    )
  })

  it('refuse the panel from the shared module, at any depth', async () => {
    for (const [file, code] of [
      ['contract/fixture.ts', "export { App } from '../ui/App'"],
      ['contract/suggest/lexicon/fixture.ts', "import { suggestCatalog } from '../../../ui/catalog/suggest'\nexport const x = suggestCatalog"]
    ] as const) {
      expect((await problems(file, code)).join('\n')).toContain('contract/ may not import ui/')
    }
  })

  it('allow the suggester, in the shared module, from both sides', async () => {
    const code = (depth: string) => `import { suggestLinks } from '${depth}contract/suggest'\nexport const x = suggestLinks`
    expect(await problems('ui/components/fixture.tsx', code('../../'))).toEqual([])
    expect(await problems('src/core/fixture.ts', code('../../'))).toEqual([])
    expect(await problems('src/commands/fixture.ts', code('../../'))).toEqual([])
  })

  it('the panel typechecks with only ui/ and contract/', () => {
    const tsconfig = JSON.parse(readFileSync('tsconfig.ui.json', 'utf8')) as { include: string[] }
    expect(tsconfig.include.length).toBeGreaterThan(0)
    for (const pattern of tsconfig.include) expect(pattern).toMatch(/^(ui|contract)\//)
  })
})
