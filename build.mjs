// Builds the plugin: dist/main.js (one ES2017 script for Figma's sandbox) and dist/ui.html
// (one self-contained page: script and styles inlined, nothing loaded from outside).
// Also builds the playground's page script (dist/playground/app.js), which is not part of the plugin.
//
//   node build.mjs            build once
//   node build.mjs --watch    rebuild on change
//   node build.mjs --quiet    no size table
import * as esbuild from 'esbuild'
import { existsSync, mkdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = dirname(fileURLToPath(import.meta.url))
const dist = join(root, 'dist')
const watch = process.argv.includes('--watch')
const quiet = process.argv.includes('--quiet')
const production = !watch

/** The plugin sandbox rejects module syntax and some newer syntax: one classic script, ES2017. */
const mainOptions = {
  entryPoints: [join(root, 'src/main.ts')],
  outfile: join(dist, 'main.js'),
  bundle: true,
  format: 'iife',
  target: 'es2017',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  minify: production,
  legalComments: 'none',
  logLevel: 'warning'
}

/**
 * The panel: bundled to memory, then inlined into ui.html. It runs in the browser's iframe (FigJam in a browser or
 * the desktop app's Chromium), not the sandbox: ES2020 (optional chaining, `??`) spares it the down-levelled
 * helpers, 1.3 KB gzipped.
 */
const uiOptions = {
  entryPoints: [join(root, 'ui/main.tsx')],
  outdir: join(dist, 'ui-parts'),
  bundle: true,
  write: false,
  format: 'iife',
  target: 'es2020',
  platform: 'browser',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  minify: production,
  legalComments: 'none',
  loader: { '.css': 'css' },
  logLevel: 'warning'
}

const playgroundOptions = {
  entryPoints: [join(root, 'playground/app.ts')],
  outfile: join(dist, 'playground/app.js'),
  bundle: true,
  format: 'esm',
  target: 'es2020',
  platform: 'browser',
  sourcemap: true,
  logLevel: 'warning'
}

/** Keeps inlined code from closing its own tag early. */
export function escapeInlineScript(code) {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--')
}

function escapeInlineStyle(css) {
  return css.replace(/<\/(style)/gi, '<\\/$1')
}

function writeUiHtml(outputFiles) {
  const js = outputFiles.find((file) => file.path.endsWith('.js'))?.text ?? ''
  const css = outputFiles.find((file) => file.path.endsWith('.css'))?.text ?? ''
  const html =
    '<!doctype html><html lang="en"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width,initial-scale=1">' +
    `<title>VPC Fit</title><style>${escapeInlineStyle(css)}</style></head>` +
    `<body><div id="app"></div><script>${escapeInlineScript(js)}</script></body></html>`
  writeFileSync(join(dist, 'ui.html'), html)
}

function copyPlaygroundStatic() {
  const page = join(root, 'playground/index.html')
  if (!existsSync(page)) return
  mkdirSync(join(dist, 'playground'), { recursive: true })
  copyFileSync(page, join(dist, 'playground/index.html'))
  const styles = join(root, 'playground/playground.css')
  if (existsSync(styles)) copyFileSync(styles, join(dist, 'playground/playground.css'))
  // The board's text font: Inter Medium, the font the fake measures text with (fake/metrics/inter-medium.ts).
  const fonts = join(root, 'node_modules/@fontsource/inter/files')
  mkdirSync(join(dist, 'playground/fonts'), { recursive: true })
  for (const file of PLAYGROUND_FONTS) copyFileSync(join(fonts, file), join(dist, 'playground/fonts', file))
}

/** The Inter Medium subsets the fake's metrics come from (latin, latin-ext), as the browser loads them. */
const PLAYGROUND_FONTS = ['inter-latin-500-normal.woff2', 'inter-latin-ext-500-normal.woff2']

function sizeRow(name, file) {
  const bytes = readFileSync(file)
  const gz = gzipSync(bytes, { level: 9 }).length
  return { name, raw: bytes.length, gzip: gz }
}

/** Raw and gzipped sizes of the two plugin bundles. */
export function bundleSizes() {
  return [sizeRow('dist/main.js', join(dist, 'main.js')), sizeRow('dist/ui.html', join(dist, 'ui.html'))]
}

/** The group of a bundle input: its package, or its folder three levels deep (`src/core/drawn`, `ui/catalog`). */
function inputGroup(path) {
  const clean = path.replace(/\\/g, '/')
  const pkg = /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(clean)
  if (pkg) return pkg[1]
  const parts = clean.split('/').slice(0, -1)
  return parts.slice(0, 3).join('/') || clean
}

/**
 * What each bundle is made of: minified bytes per package and source folder (from esbuild's metafiles), largest
 * first, for the bench and docs/bench.md.
 */
export async function bundleComposition() {
  const builds = {
    'dist/main.js': { ...mainOptions, write: false, metafile: true, logLevel: 'error' },
    'dist/ui.html': { ...uiOptions, metafile: true, logLevel: 'error' }
  }
  const result = {}
  for (const [name, options] of Object.entries(builds)) {
    const { metafile } = await esbuild.build(options)
    const groups = {}
    let total = 0
    for (const output of Object.values(metafile.outputs)) {
      for (const [path, input] of Object.entries(output.inputs)) {
        const group = inputGroup(path)
        groups[group] = (groups[group] ?? 0) + input.bytesInOutput
        total += input.bytesInOutput
      }
    }
    result[name] = {
      total,
      groups: Object.entries(groups)
        .map(([group, bytes]) => ({ group, bytes }))
        .sort((a, b) => b.bytes - a.bytes)
    }
  }
  return result
}

/** Where the link suggester's meaning layer lives: its lexicon data and stem guards. */
const LEXICON_DIR = 'contract/suggest/lexicon/'

/**
 * Bytes the suggester's lexicon takes in each bundle (from esbuild's metafiles; the suggester runs in the panel,
 * so that is dist/ui.html today), and the gzipped size of that data minified on its own, so the cost of the
 * meaning layer is visible in every build.
 */
export async function lexiconSize(metafiles) {
  const inBundle = {}
  for (const [name, metafile] of Object.entries(metafiles)) {
    let bytes = 0
    for (const output of Object.values(metafile.outputs)) {
      for (const [path, input] of Object.entries(output.inputs)) {
        if (path.replace(/\\/g, '/').includes(LEXICON_DIR)) bytes += input.bytesInOutput
      }
    }
    inBundle[name] = bytes
  }
  const alone = await esbuild.build({
    entryPoints: [join(root, LEXICON_DIR, 'concepts.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    target: 'es2017',
    minify: true,
    logLevel: 'warning'
  })
  const gzip = gzipSync(alone.outputFiles[0]?.contents ?? new Uint8Array(), { level: 9 }).length
  return { inBundle, gzip }
}

function printSizes(lexicon) {
  if (quiet) return
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`
  for (const row of bundleSizes()) {
    console.log(`${row.name.padEnd(14)} ${kb(row.raw).padStart(9)} raw  ${kb(row.gzip).padStart(9)} gzip`)
  }
  if (lexicon) {
    for (const [name, bytes] of Object.entries(lexicon.inBundle)) {
      if (bytes === 0) continue
      console.log(
        `  ${name} carries the suggester's lexicon (${LEXICON_DIR}): ${kb(bytes)} raw, ${kb(lexicon.gzip)} gzip on its own`
      )
    }
  }
}

const uiHtmlPlugin = {
  name: 'ui-html',
  setup(build) {
    build.onEnd((result) => {
      if (result.errors.length === 0 && result.outputFiles) writeUiHtml(result.outputFiles)
    })
  }
}

async function main() {
  mkdirSync(dist, { recursive: true })
  const withPlayground = existsSync(playgroundOptions.entryPoints[0])
  if (watch) {
    const contexts = [
      await esbuild.context(mainOptions),
      await esbuild.context({ ...uiOptions, plugins: [uiHtmlPlugin] })
    ]
    if (withPlayground) contexts.push(await esbuild.context(playgroundOptions))
    copyPlaygroundStatic()
    await Promise.all(contexts.map((context) => context.watch()))
    console.log('Watching src/, ui/ and playground/ for changes (Ctrl-C to stop)')
    return
  }
  const metafiles = {}
  const builds = [
    esbuild.build({ ...mainOptions, metafile: true }).then((r) => {
      metafiles['dist/main.js'] = r.metafile
    }),
    esbuild.build({ ...uiOptions, metafile: true }).then((r) => {
      metafiles['dist/ui.html'] = r.metafile
      writeUiHtml(r.outputFiles)
    })
  ]
  if (withPlayground) builds.push(esbuild.build(playgroundOptions))
  await Promise.all(builds)
  copyPlaygroundStatic()
  printSizes(quiet ? null : await lexiconSize(metafiles))
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  })
}
