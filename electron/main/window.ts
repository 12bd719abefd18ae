// electron/main: glue. The one BrowserWindow factory, with locked-down webPreferences.
import { BrowserWindow } from 'electron'
import type { BrowserWindowConstructorOptions } from 'electron'

/** Security settings every window gets (Electron security checklist items 2–4, 11; spellcheck off keeps it offline). */
export function lockedWebPreferences(preloadPath: string): NonNullable<BrowserWindowConstructorOptions['webPreferences']> {
  return {
    preload: preloadPath,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    spellcheck: false,
    webviewTag: false,
  }
}

export function createMainWindow(preloadPath: string): BrowserWindow {
  return new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: 'LikeTrace',
    webPreferences: lockedWebPreferences(preloadPath),
  })
}
