/** The playground server: loopback only, right content types, nothing outside dist/ (but the manifest). */
import { request } from 'node:http'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT, serveModule, startPlayground } from './harness'

interface Reply {
  status: number
  type: string | undefined
  location: string | undefined
  body: string
}

/** A raw request: the path goes out exactly as written (no URL normalisation of `..`). */
function get(port: number, path: string, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (body += chunk))
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          type: res.headers['content-type'],
          location: res.headers.location,
          body
        })
      )
    })
    req.on('error', reject)
    req.end()
  })
}

describe('playground server', () => {
  let server: Awaited<ReturnType<typeof startPlayground>>

  beforeAll(async () => {
    server = await startPlayground()
  })
  afterAll(async () => {
    await server.close()
  })

  it('listens on a free loopback port and prints a loopback URL', () => {
    expect(server.port).toBeGreaterThan(0)
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/playground/`)
  })

  it('redirects / to the playground page', async () => {
    const reply = await get(server.port, '/')
    expect(reply.status).toBe(302)
    expect(reply.location).toBe('/playground/')
  })

  it.each([
    ['/playground/', 'text/html; charset=utf-8'],
    ['/playground/index.html', 'text/html; charset=utf-8'],
    ['/playground/app.js', 'text/javascript; charset=utf-8'],
    ['/playground/playground.css', 'text/css; charset=utf-8'],
    ['/main.js', 'text/javascript; charset=utf-8'],
    ['/ui.html', 'text/html; charset=utf-8'],
    ['/manifest.json', 'application/json; charset=utf-8']
  ])('serves %s as %s', async (path, type) => {
    const reply = await get(server.port, path)
    expect(reply.status).toBe(200)
    expect(reply.type).toBe(type)
    expect(reply.body.length).toBeGreaterThan(0)
  })

  it('serves the repository manifest as it is', async () => {
    const reply = await get(server.port, '/manifest.json')
    const manifest = JSON.parse(reply.body) as { name: string; menu: unknown[] }
    expect(manifest.name).toBe('VPC Fit')
    expect(manifest.menu.length).toBeGreaterThan(0)
  })

  it.each([
    '/../package.json',
    '/../../etc/passwd',
    '/%2e%2e/package.json',
    '/%2E%2E%2Fpackage.json',
    '/playground/..%2f..%2fpackage.json',
    '/playground/%2e%2e/%2e%2e/manifest.json',
    '/..%5cpackage.json',
    '/%5c..%5c..%5cpackage.json',
    '/main.js%00.html',
    '/%E0%A4%A'
  ])('refuses to leave dist/: %s', async (path) => {
    const reply = await get(server.port, path)
    expect([400, 403, 404]).toContain(reply.status)
    expect(reply.body).not.toContain('"devDependencies"')
    expect(reply.body).not.toContain('root:')
  })

  it('answers 404 for missing files and 405 for writes', async () => {
    expect((await get(server.port, '/nothing-here.js')).status).toBe(404)
    expect((await get(server.port, '/main.js', 'POST')).status).toBe(405)
    expect((await get(server.port, '/main.js', 'HEAD')).status).toBe(200)
  })

  it('maps paths inside dist only (resolveInside)', async () => {
    const serve = await serveModule()
    const resolveInside = (base: string, path: string) => serve.resolveInside(base, path)
    const base = join(ROOT, 'dist')
    expect(resolveInside(base, '/playground/app.js')).toBe(join(base, 'playground/app.js'))
    expect(resolveInside(base, '/../package.json')).toBeNull()
    expect(resolveInside(base, '/%2e%2e/x')).toBeNull()
    expect(resolveInside(base, '/a\\..\\..\\b')).toBeNull()
  })
})
