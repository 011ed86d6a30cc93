/**
 * The layers of the code base, enforced by the linter (`layers/imports`). Each source folder lists what its files
 * may import: repository paths (a trailing `/` means the whole folder, otherwise one module, whose folder import
 * `../fake` means `fake/index`) and, where it matters, packages. Tests, benchmarks and build scripts are not a
 * layer: they may import anything.
 *
 * - `contract/` is shared by both sides and imports neither (only itself, valibot and the stop-word lists).
 * - `src/core/` is pure: itself and `contract/`, no `figma` global, no adapter, no i18n, no UI libraries.
 * - `src/` (main thread) never imports the panel, the fake or the playground.
 * - `ui/` (the panel) imports only itself and `contract/`, never the main thread's code. The pure link suggester
 *   lives in `contract/suggest/` for that reason: it runs in the panel's iframe, only while its list is shown.
 * - `fake/` models FigJam and knows nothing of the product.
 * - `src/commands/` decide and let the adapter write: no node setters, plugin data, tree edits or node creation.
 * - `playground/` reaches the fake only through its public entry point `fake/index.ts` (see `fake/README.md`)
 *   and runs the product as built bundles, never its sources.
 */
import { existsSync, statSync } from 'node:fs'
import path from 'node:path'

const ROOT = import.meta.dirname

/** Longest `files` prefix wins. */
export const LAYERS = [
  { files: 'contract/', may: ['contract/'], packages: { only: ['valibot', 'stopword'] } },
  {
    files: 'src/core/',
    may: ['src/core/', 'contract/'],
    packages: { not: ['preact', '@create-figma-plugin/', '@figma/'] }
  },
  { files: 'src/', may: ['src/', 'contract/'], packages: { not: ['preact'] } },
  {
    files: 'ui/',
    may: ['ui/', 'contract/'],
    packages: { not: ['@figma/plugin-typings'] }
  },
  { files: 'fake/', may: ['fake/'], packages: { not: ['preact', '@create-figma-plugin/'] } },
  { files: 'playground/', may: ['playground/', 'contract/', 'fake/index'], packages: { not: [] } }
]

const toPosix = (file) => file.split(path.sep).join('/')

function layerOf(relative) {
  let best = null
  for (const layer of LAYERS) {
    if (relative.startsWith(layer.files) && (!best || layer.files.length > best.files.length)) best = layer
  }
  return best
}

/** The repository path a relative specifier names, without extension; a folder means its index. */
function targetOf(fromFile, specifier) {
  const absolute = path.resolve(path.dirname(fromFile), specifier)
  let relative = toPosix(path.relative(ROOT, absolute))
  if (existsSync(absolute) && statSync(absolute).isDirectory()) relative += '/index'
  return relative.replace(/\.(d\.ts|ts|tsx|js|mjs|cjs)$/, '')
}

const allows = (entry, target) => (entry.endsWith('/') ? target.startsWith(entry) : target === entry)

const matchesPackage = (prefix, name) =>
  prefix.endsWith('/') ? name.startsWith(prefix) : name === prefix || name.startsWith(`${prefix}/`)

const importsRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Keeps each source folder to the layers it may import (see eslint.layers.js).' },
    schema: [],
    messages: {
      path: '{{layer}} may not import {{target}}: it may import only {{may}}.',
      package: '{{layer}} may not import the package {{name}}.'
    }
  },
  create(context) {
    const filename = context.filename
    const relative = toPosix(path.relative(ROOT, filename))
    if (relative.startsWith('..')) return {}
    const layer = layerOf(relative)
    if (!layer) return {}
    const check = (node) => {
      const source = node.source
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return
      const specifier = source.value
      if (specifier.startsWith('.') || specifier.startsWith('/')) {
        const target = targetOf(filename, specifier)
        if (!layer.may.some((entry) => allows(entry, target))) {
          context.report({
            node: source,
            messageId: 'path',
            data: { layer: layer.files, target, may: layer.may.join(', ') }
          })
        }
        return
      }
      const { only, not } = layer.packages
      const refused = only
        ? !only.some((prefix) => matchesPackage(prefix, specifier))
        : not.some((prefix) => matchesPackage(prefix, specifier))
      if (refused)
        context.report({ node: source, messageId: 'package', data: { layer: layer.files, name: specifier } })
    }
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check
    }
  }
}

export const layersPlugin = { meta: { name: 'vpc-fit-layers' }, rules: { imports: importsRule } }

const NO_PLUGIN_API = [
  { name: 'figma', message: 'The pure core and the contract never touch the plugin API; the adapter does.' },
  {
    name: '__html__',
    message: 'The pure core and the contract never touch the plugin API; the adapter does.'
  }
]

const WRITES_IN_THE_ADAPTER =
  'Commands decide and the adapter writes: move this node write into src/adapter/.'

/** Node writes a command must leave to the adapter: setters, plugin data, tree edits, node creation, the view. */
const NODE_WRITES = [
  {
    selector:
      'CallExpression[callee.property.name=/^(setPluginData|setSharedPluginData|setRelaunchData|appendChild|insertChild|resize|resizeWithoutConstraints|remove|scrollAndZoomIntoView)$/]',
    message: WRITES_IN_THE_ADAPTER
  },
  {
    selector: "CallExpression[callee.object.name='figma'][callee.property.name=/^create/]",
    message: WRITES_IN_THE_ADAPTER
  },
  { selector: "CallExpression[callee.name='setData']", message: WRITES_IN_THE_ADAPTER },
  {
    selector:
      "AssignmentExpression > MemberExpression.left[object.type!='ThisExpression'][property.name=/^(x|y|characters|fills|strokes|name|selection|fontName|locked|visible|opacity|text|zoom|center)$/]",
    message: WRITES_IN_THE_ADAPTER
  }
]

const DATA_IN_ONE_PLACE =
  "The plugin's data is shared `vpcfit` data with a fallback read of old private keys: use getData / setData / " +
  'findWithData from src/adapter/plugin-data.ts, and add new keys to contract/plugin-data-keys.ts.'

/** Plugin data calls outside `src/adapter/plugin-data.ts` (the one place that knows namespace and fallback). */
const RAW_DATA_CALLS = [
  {
    selector:
      'CallExpression[callee.property.name=/^(get|set)(Shared)?PluginData(Keys)?$/]',
    message: DATA_IN_ONE_PLACE
  }
]

/** The flat-config blocks that switch the layer rules on; `eslint.config.js` spreads them, the lint test reuses them. */
export const layersConfig = [
  {
    files: ['contract/**', 'src/**', 'ui/**', 'fake/**', 'playground/**'],
    plugins: { layers: layersPlugin },
    rules: { 'layers/imports': 'error' }
  },
  {
    files: ['contract/**', 'src/core/**'],
    rules: { 'no-restricted-globals': ['error', ...NO_PLUGIN_API] }
  },
  {
    files: ['src/**'],
    ignores: ['src/adapter/plugin-data.ts'],
    rules: { 'no-restricted-syntax': ['error', ...RAW_DATA_CALLS] }
  },
  {
    files: ['src/commands/**'],
    rules: { 'no-restricted-syntax': ['error', ...NODE_WRITES, ...RAW_DATA_CALLS] }
  }
]
