// The playground server: builds the plugin, then serves dist/ on 127.0.0.1 (loopback only).
//
//   npm start                  build, serve on http://127.0.0.1:4173/
//   PORT=0 npm start           any free port
//
// Node built-ins only. Tests import `startServer` and run it in-process.
import { spawnSync } from 'node:child_process'
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { dirname, extname, join, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const DEFAULT_PORT = 4173

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8'
}

/** Files served from outside dist/, by URL path: nothing else of the repo is reachable. */
const EXTRA_FILES = {
  '/manifest.json': join(root, 'manifest.json')
}

/** Runs `node build.mjs` in a child process; throws when the build fails. */
export function buildPlugin({ quiet = true } = {}) {
  const args = [join(root, 'build.mjs')]
  if (quiet) args.push('--quiet')
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' })
  if (result.status !== 0) throw new Error(`node build.mjs failed (exit code ${result.status})`)
}

/**
 * The file a URL path maps to, or null when it would leave `base` (traversal) or is malformed.
 * `base` must be an absolute, resolved directory.
 */
export function resolveInside(base, urlPath) {
  let decoded
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null
  const target = resolve(base, '.' + (decoded.startsWith('/') ? decoded : '/' + decoded))
  if (target !== base && !target.startsWith(base + sep)) return null
  return target
}

function send(response, status, body, headers = {}) {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers })
  response.end(body)
}

function handler(distRoot) {
  return (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      send(response, 405, 'Method not allowed\n', { Allow: 'GET, HEAD' })
      return
    }
    // Only the path matters; a bare request target keeps URL parsing on loopback.
    const rawPath = (request.url ?? '/').split('?')[0].split('#')[0]
    if (rawPath === '/' || rawPath === '/playground') {
      send(response, 302, '', { Location: '/playground/' })
      return
    }
    let file = EXTRA_FILES[rawPath] ?? resolveInside(distRoot, rawPath)
    if (file === null) {
      send(response, 403, 'Forbidden\n')
      return
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html')
    if (!existsSync(file) || !statSync(file).isFile()) {
      send(response, 404, 'Not found\n')
      return
    }
    const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream'
    response.writeHead(200, {
      'Content-Type': type,
      'Content-Length': statSync(file).size,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff'
    })
    if (request.method === 'HEAD') {
      response.end()
      return
    }
    createReadStream(file).pipe(response)
  }
}

/**
 * Serves `dist/` (and the manifest) on 127.0.0.1. `port: 0` picks a free port.
 * Resolves with the actual port, the page URL and `close()`.
 */
export function startServer({ port = DEFAULT_PORT, dist = join(root, 'dist') } = {}) {
  const distRoot = resolve(dist)
  const server = createServer(handler(distRoot))
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => {
      const address = server.address()
      const actualPort = typeof address === 'object' && address ? address.port : port
      resolvePromise({
        server,
        port: actualPort,
        url: `http://127.0.0.1:${actualPort}/playground/`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections?.()
            server.close(() => done())
          })
      })
    })
  })
}

async function main() {
  buildPlugin({ quiet: false })
  const port = process.env.PORT === undefined || process.env.PORT === '' ? DEFAULT_PORT : Number(process.env.PORT)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not "${process.env.PORT}"`)
  const running = await startServer({ port })
  console.log(`\nVPC Fit playground: ${running.url}\n(Ctrl-C to stop)`)
  const stop = () => {
    void running.close().then(() => process.exit(0))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  })
}
