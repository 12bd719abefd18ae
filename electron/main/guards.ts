// electron/main: glue. Global guards for every webContents and session: navigation, new windows, <webview>, permissions, network.
import type { App, Session, WebContents } from 'electron'
import { isAppUrl, isDevServerUrl, permissionPolicy, requestPolicy } from '@shared/core/policy/url-policy'

export interface GuardOptions {
  /** The electron-vite dev server; only set in development. */
  devServerUrl?: string
}

/** The parts of a webContents the guards touch (Electron's WebContents satisfies it; tests pass an EventEmitter). */
export type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler' | 'session'>
type GuardedSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler' | 'on' | 'webRequest'>

function mayNavigate(url: unknown, options: GuardOptions): boolean {
  return isAppUrl(url) || isDevServerUrl(url, options.devServerUrl)
}

/**
 * Threats: a page (or injected content) navigating the app window to a remote or file:// page that would then own
 * the preload API; a server redirect replacing our page; window.open spawning an unguarded window or reaching the OS
 * browser (TikTok's redirect endpoints would forward anywhere); <webview>. window.open is denied outright: the app
 * opens a video only through link:open-video, which builds the URL from a video id itself.
 */
export function guardWebContents(contents: GuardedContents, options: GuardOptions): void {
  const blockUnlessApp = (event: { url?: string; preventDefault(): void }): void => {
    if (!mayNavigate(event.url, options)) event.preventDefault()
  }
  contents.on('will-navigate', blockUnlessApp)
  contents.on('will-frame-navigate', blockUnlessApp)
  contents.on('will-redirect', blockUnlessApp)
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  guardSession(contents.session, options)
}

const guardedSessions = new WeakSet<object>()

/** Once per session: deny every permission, cancel every network request (offline app), refuse downloads. */
export function guardSession(session: GuardedSession, options: GuardOptions): void {
  if (guardedSessions.has(session)) return
  guardedSessions.add(session)
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(permissionPolicy(permission)))
  session.setPermissionCheckHandler((_contents, permission) => permissionPolicy(permission))
  session.setDevicePermissionHandler(() => permissionPolicy('device'))
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: requestPolicy(details.url, { devServerUrl: options.devServerUrl }) === 'cancel' }))
  session.on('will-download', (event) => event.preventDefault())
}

/** Installs the guards on every webContents the app ever creates (windows, hidden report windows, devtools). Call before the first window. */
export function installGuards(app: Pick<App, 'on'>, options: GuardOptions): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, options))
}
