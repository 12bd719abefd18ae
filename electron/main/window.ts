// electron/main: glue. The one BrowserWindow factory, with locked-down webPreferences.
import { BrowserWindow } from 'electron'
import type { BrowserWindowConstructorOptions } from 'electron'

/**
 * Security settings every window gets (Electron security checklist items 2–4, 11; spellcheck off keeps it offline).
 * DevTools only when asked for: the unpackaged development app; never a packaged app or the hidden report window.
 */
export function lockedWebPreferences(preloadPath: string, opts: { devTools?: boolean } = {}): NonNullable<BrowserWindowConstructorOptions['webPreferences']> {
  return {
    preload: preloadPath,
    devTools: opts.devTools ?? false,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    spellcheck: false,
    webviewTag: false,
  }
}

export function createMainWindow(preloadPath: string, opts: { devTools?: boolean } = {}): BrowserWindow {
  return new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: 'LikeTrace',
    webPreferences: lockedWebPreferences(preloadPath, opts),
  })
}
