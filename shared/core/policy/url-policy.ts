// shared/core/policy: Electron-free. Which URLs the app may show, trust, open in the browser or fetch; parsed and compared exactly.

/** The app's own origin: custom scheme `app:` with the one host `liketrace` (served from out/renderer). */
export const APP_SCHEME = 'app'
export const APP_HOST = 'liketrace'
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`

/**
 * The only links the app hands to the OS browser: one video's page, in the shapes TikTok itself writes. Exact hosts (a
 * suffix or prefix match would let `tiktok.com.evil.io` through) and whole-path patterns, so no redirect endpoint
 * (`/link/v2?target=…`), short link (`vm.tiktok.com/…`), profile or search page gets through.
 * - `https://www.tiktokv.com/share/video/<id>/`: the link in every data export (likes, favourites, watch history);
 * - `https://www.tiktok.com/@<user>/video/<id>` and `https://www.tiktok.com/video/<id>`: TikTok Studio's Content CSV and the site.
 */
const VIDEO_PAGES: ReadonlyArray<{ host: string; path: RegExp }> = [
  { host: 'www.tiktokv.com', path: /^\/share\/video\/[0-9]{5,25}\/$/ },
  { host: 'www.tiktok.com', path: /^\/@[A-Za-z0-9._]{1,64}\/video\/[0-9]{5,25}$/ },
  { host: 'www.tiktok.com', path: /^\/video\/[0-9]{5,25}$/ },
]

/** Longer URLs are refused before parsing; nothing the app opens comes near this. */
const MAX_URL_LENGTH = 2048

/** TikTok video ids are decimal, 19 digits today; the bounds leave room without letting a path or query in. */
const VIDEO_ID = /^[0-9]{5,25}$/

/** Schemes the renderer may load without touching the network. Everything else (http, https, ws, wss, ftp, file, …) is cancelled. */
const LOCAL_SCHEMES: ReadonlySet<string> = new Set(['data:', 'blob:', 'devtools:'])

function parse(url: unknown): URL | null {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_URL_LENGTH) return null
  try {
    return new URL(url)
  } catch {
    return null
  }
}

/** No user-info and no explicit port: `app://user@liketrace/` and `https://www.tiktok.com:8443/` are tricks, not our URLs. */
function hasNoCredentialsOrPort(u: URL): boolean {
  return u.username === '' && u.password === '' && u.port === ''
}

/**
 * True for `app://liketrace/…` only. `new URL(x).origin` is the string 'null' for a non-special scheme, so protocol and
 * host are compared instead; Node keeps the case of a non-special host, so `app://LIKETRACE/` is refused.
 */
export function isAppUrl(url: unknown): boolean {
  const u = parse(url)
  return u !== null && u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && hasNoCredentialsOrPort(u)
}

/** True when `url` is on the electron-vite dev server (same http(s) protocol and exact host:port). Only used when dev mode passes the URL. */
export function isDevServerUrl(url: unknown, devServerUrl: string | undefined): boolean {
  if (devServerUrl === undefined || devServerUrl === '') return false
  const dev = parse(devServerUrl)
  const u = parse(url)
  if (dev === null || u === null) return false
  if (dev.protocol !== 'http:' && dev.protocol !== 'https:') return false
  // `host` includes the port, so the dev server's port is matched exactly.
  return u.protocol === dev.protocol && u.host === dev.host && u.username === '' && u.password === ''
}

/** Hosts the dev server may be on: this machine only. */
const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(['localhost', '127.0.0.1', '[::1]'])

/**
 * ELECTRON_RENDERER_URL (set by `electron-vite dev`) as the dev server to load, or undefined. Threat: the variable in a
 * user's environment turning the installed app into a browser for a remote page that then owns window.api. A packaged
 * app ignores it entirely; in development only http(s) on a loopback host, without user-info, is taken.
 */
export function devServerUrlFrom(value: unknown, packaged: boolean): string | undefined {
  if (packaged) return undefined
  const u = parse(value)
  if (u === null || (u.protocol !== 'http:' && u.protocol !== 'https:') || u.username !== '' || u.password !== '') return undefined
  return LOOPBACK_HOSTS.has(u.hostname) ? (value as string) : undefined
}

/** What an IPC sender looks like: Electron's WebFrameMain has these two properties. */
export interface SenderFrame {
  url: string
  parent: unknown | null
}

/**
 * An IPC call is trusted only from the main frame of our own page: a sub-frame (an injected iframe), `file://`,
 * `app://liketrace.evil/` or `app://user@liketrace/` are refused. The dev server counts only when dev mode passes its URL.
 */
export function isTrustedSender(frame: SenderFrame | null | undefined, opts: { devServerUrl?: string } = {}): boolean {
  if (frame === null || frame === undefined) return false
  try {
    // A destroyed WebFrameMain throws from its getters: that sender is not trusted either.
    if (frame.parent !== null) return false
    const url = frame.url
    return isAppUrl(url) || isDevServerUrl(url, opts.devServerUrl)
  } catch {
    return false
  }
}

/**
 * A video's link as TikTok's export writes it for likes, favourites and watch history
 * (`https://www.tiktokv.com/share/video/<id>/`, the same in every layout), or null when `videoId` is not a plain decimal
 * id (so nothing but digits reaches the URL). Never `tiktok.com/@/video/<id>`: an empty user name is not a real page.
 */
export function videoUrlFor(videoId: unknown): string | null {
  if (typeof videoId !== 'string' || !VIDEO_ID.test(videoId)) return null
  return `https://www.tiktokv.com/share/video/${videoId}/`
}

/**
 * The normalised URL to hand to the OS browser, or null. Only a TikTok video page (VIDEO_PAGES) over https, without
 * user-info, port, query or fragment: `javascript:`, `file:`, `data:`, OS-handler schemes (`ms-msdt:`, `mailto:`), UNC
 * paths, look-alike hosts (`tiktok.com.evil.io`, IDN look-alikes that parse to `xn--…`) and redirects all return null.
 */
export function externalUrl(url: unknown): string | null {
  const u = parse(url)
  if (u === null) return null
  if (u.protocol !== 'https:' || !hasNoCredentialsOrPort(u) || u.search !== '' || u.hash !== '') return null
  if (!VIDEO_PAGES.some((page) => page.host === u.hostname && page.path.test(u.pathname))) return null
  return u.href
}

export function isAllowedExternalUrl(url: unknown): boolean {
  return externalUrl(url) !== null
}

export type RequestDecision = 'allow' | 'cancel'

/**
 * The app is offline: every request is cancelled except our own `app://liketrace/` files, in-memory `data:`/`blob:`
 * URLs, DevTools internals, and — only when dev mode passes its URL — the dev server (http and its websocket for HMR).
 */
export function requestPolicy(url: unknown, opts: { devServerUrl?: string } = {}): RequestDecision {
  if (isAppUrl(url)) return 'allow'
  const u = parse(url)
  if (u === null) return 'cancel'
  if (LOCAL_SCHEMES.has(u.protocol)) return 'allow'
  if (opts.devServerUrl !== undefined && opts.devServerUrl !== '') {
    if (isDevServerUrl(url, opts.devServerUrl)) return 'allow'
    const dev = parse(opts.devServerUrl)
    // Vite's HMR socket: ws(s) to the same host:port as the dev server.
    const socket = dev === null ? null : dev.protocol === 'https:' ? 'wss:' : dev.protocol === 'http:' ? 'ws:' : null
    if (dev !== null && socket !== null && u.protocol === socket && u.host === dev.host && u.username === '' && u.password === '') return 'allow'
  }
  return 'cancel'
}

/** No permission is ever granted: the app needs no camera, microphone, notifications, clipboard reads or fullscreen. */
export function permissionPolicy(_permission?: string): boolean {
  return false
}
