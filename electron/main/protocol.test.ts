// electron/main tests: the app:// handler serves out/renderer only, with the CSP header (house-style §5 items 18 and CSP, §7 item 27).
import { readFileSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

const electron = vi.hoisted(() => ({
  registerSchemesAsPrivileged: vi.fn(),
  handle: vi.fn(),
}))

vi.mock('electron', () => ({ protocol: electron }))

const { APP_CSP, appResponse, registerAppScheme, serveApp } = await import('./protocol')

let base: string
let rendererDir: string

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'liketrace-protocol-'))
  rendererDir = join(base, 'renderer')
  await mkdir(join(rendererDir, 'assets'), { recursive: true })
  await mkdir(join(base, 'renderer-evil'), { recursive: true })
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>LikeTrace</title>')
  await writeFile(join(rendererDir, 'assets', 'index-abc.js'), 'console.log(1)')
  await writeFile(join(rendererDir, 'assets', 'style.css'), 'body{}')
  await writeFile(join(rendererDir, 'assets', 'notes.bin'), 'x')
  await writeFile(join(base, 'renderer-evil', 'secret.js'), 'secret')
  await writeFile(join(base, 'secret.txt'), 'secret')
})

afterAll(async () => {
  await rm(base, { recursive: true, force: true })
})

const get = (url: string, method = 'GET'): Promise<Response> => appResponse(rendererDir, { url, method })

describe('appResponse', () => {
  it('serves index.html for / and /index.html with the CSP header', async () => {
    for (const url of ['app://liketrace/', 'app://liketrace/index.html', 'app://liketrace/index.html#/report', 'app://liketrace/index.html?x=1']) {
      const res = await get(url)
      expect(res.status, url).toBe(200)
      expect(res.headers.get('content-type'), url).toBe('text/html; charset=utf-8')
      expect(res.headers.get('content-security-policy'), url).toBe(APP_CSP)
      expect(res.headers.get('x-content-type-options'), url).toBe('nosniff')
      expect(await res.text(), url).toContain('<title>LikeTrace</title>')
    }
  })

  it('sends the same CSP as the page\'s meta tag, and neither allows inline scripts or styles', () => {
    const html = readFileSync(join(import.meta.dirname, '../../renderer/index.html'), 'utf8')
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1]
    expect(meta).toBe(APP_CSP)
    expect(APP_CSP).not.toContain('unsafe-inline')
    expect(APP_CSP).toContain("style-src 'self';")
  })

  it('serves assets with their MIME types', async () => {
    const js = await get('app://liketrace/assets/index-abc.js')
    expect(js.status).toBe(200)
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(await js.text()).toBe('console.log(1)')
    expect((await get('app://liketrace/assets/style.css')).headers.get('content-type')).toBe('text/css; charset=utf-8')
  })

  it('answers HEAD without a body', async () => {
    const res = await get('app://liketrace/index.html', 'HEAD')
    expect(res.status).toBe(200)
    expect(await res.text()).toBe('')
  })

  const refused = [
    'app://liketrace/..%2fsecret.txt',
    'app://liketrace/..%2f..%2fsecret.txt',
    'app://liketrace/%2e%2e%2fsecret.txt',
    'app://liketrace/%2e%2e%2frenderer-evil%2fsecret.js',
    'app://liketrace/assets/..%2f..%2frenderer-evil%2fsecret.js',
    'app://liketrace/..%5csecret.txt',
    'app://liketrace/assets%5c..%5c..%5csecret.txt',
    'app://liketrace/%2fetc%2fpasswd',
    'app://liketrace//etc/passwd',
    'app://liketrace/index.html%00.js',
    'app://liketrace/C:%5cWindows%5cwin.ini',
    'app://liketrace/assets/',
    'app://liketrace/assets',
    'app://liketrace/missing.js',
    'app://liketrace/assets/notes.bin',
    'app://liketrace.evil/index.html',
    'app://LIKETRACE/index.html',
    'app://user@liketrace/index.html',
    'app://liketrace:1234/index.html',
    'app://other/index.html',
    'app://liketrace/%',
  ]
  for (const url of refused) {
    it(`404 for ${url}`, async () => {
      const res = await get(url)
      expect(res.status, url).toBe(404)
      const body = await res.text()
      expect(body, url).not.toContain('secret')
      expect(res.headers.get('content-security-policy'), url).toBe(APP_CSP)
    })
  }

  it('normalised traversal (the URL parser already removed ..) stays inside the root', async () => {
    // new URL() turns these into /secret.txt and /etc/passwd; they must resolve inside out/renderer, where they do not exist.
    for (const url of ['app://liketrace/../secret.txt', 'app://liketrace/%2e%2e/%2e%2e/etc/passwd', 'app://liketrace/assets/../../secret.txt']) {
      expect((await get(url)).status, url).toBe(404)
    }
  })

  it('refuses methods other than GET and HEAD', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS']) expect((await get('app://liketrace/index.html', method)).status, method).toBe(405)
  })

  it('reports read errors as 404 without leaking them', async () => {
    const res = await appResponse(rendererDir, { url: 'app://liketrace/index.html', method: 'GET' }, () => Promise.reject(new Error('EACCES: /home/me/secret')))
    expect(res.status).toBe(404)
    expect(await res.text()).not.toContain('EACCES')
  })
})

describe('CSP', () => {
  it('header equals the meta tag in renderer/index.html', async () => {
    const html = await readFile(join(import.meta.dirname, '../../renderer/index.html'), 'utf8')
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html)
    expect(meta?.[1]).toBe(APP_CSP)
  })
})

describe('registration', () => {
  it('registers app: as standard, secure and fetch-capable, without CORS or CSP bypass', () => {
    registerAppScheme()
    expect(electron.registerSchemesAsPrivileged.mock.calls).toEqual([[[{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]]])
  })

  it('serveApp hands app: requests to appResponse for the given folder', async () => {
    serveApp(rendererDir)
    expect(electron.handle).toHaveBeenCalledTimes(1)
    const [scheme, handler] = electron.handle.mock.calls[0] as [string, (req: { url: string; method: string }) => Promise<Response>]
    expect(scheme).toBe('app')
    expect((await handler({ url: 'app://liketrace/', method: 'GET' })).status).toBe(200)
    expect((await handler({ url: 'app://liketrace/..%2fsecret.txt', method: 'GET' })).status).toBe(404)
  })
})
