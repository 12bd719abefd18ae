// electron/main: glue. The app:// scheme: registered as privileged before ready, and served from out/renderer only.
import { readFile } from 'node:fs/promises'
import { extname } from 'node:path'
import { protocol } from 'electron'
import { APP_SCHEME, isAppUrl } from '@shared/core/policy/url-policy'
import { resolveInside } from '@shared/core/policy/path-policy'

/** Identical to the meta tag in renderer/index.html (a test compares them); sent as a header too, which the checklist prefers. */
export const APP_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'"

/** What the renderer build emits. Anything else is refused, so no file can be served with a type the browser might sniff or run. */
const MIME: ReadonlyMap<string, string> = new Map([
  ['.html', 'text/html; charset=utf-8'],
  ['.js', 'text/javascript; charset=utf-8'],
  ['.mjs', 'text/javascript; charset=utf-8'],
  ['.css', 'text/css; charset=utf-8'],
  ['.json', 'application/json; charset=utf-8'],
  ['.map', 'application/json; charset=utf-8'],
  ['.svg', 'image/svg+xml'],
  ['.png', 'image/png'],
  ['.jpg', 'image/jpeg'],
  ['.jpeg', 'image/jpeg'],
  ['.gif', 'image/gif'],
  ['.webp', 'image/webp'],
  ['.ico', 'image/x-icon'],
  ['.woff', 'font/woff'],
  ['.woff2', 'font/woff2'],
  ['.ttf', 'font/ttf'],
  ['.otf', 'font/otf'],
  ['.wasm', 'application/wasm'],
  ['.txt', 'text/plain; charset=utf-8'],
])

const SECURITY_HEADERS = {
  'Content-Security-Policy': APP_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
} as const

export type ReadFile = (path: string) => Promise<Uint8Array>

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } })
}

/** Must run before app 'ready': standard (relative URLs, storage), secure (a secure context like https), fetch. No corsEnabled, no bypassCSP. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }])
}

/**
 * The response for one app:// request. Only GET/HEAD on `app://liketrace/`, only files inside `rendererDir`
 * (containment by resolveInside), only known file types; everything else is a 404 that reveals nothing about the disk.
 */
export async function appResponse(rendererDir: string, request: { url: string; method: string }, read: ReadFile = readFile): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405, headers: SECURITY_HEADERS })
  if (!isAppUrl(request.url)) return notFound()
  const pathname = new URL(request.url).pathname
  const file = resolveInside(rendererDir, pathname === '/' ? '/index.html' : pathname)
  if (file === null) return notFound()
  const type = MIME.get(extname(file).toLowerCase())
  if (type === undefined) return notFound()
  let body: Uint8Array
  try {
    body = await read(file)
  } catch {
    // ENOENT, EISDIR, EACCES: the renderer learns only that there is no such page.
    return notFound()
  }
  const headers = { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-cache' }
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers })
}

/** Serves out/renderer on app://liketrace/. Call after 'ready'. */
export function serveApp(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => appResponse(rendererDir, request))
}
