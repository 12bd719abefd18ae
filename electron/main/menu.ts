// electron/main: glue (pure). The application menu: Electron's default menu has Reload and Toggle Developer Tools, which a packaged app must not offer.
import type { MenuItemConstructorOptions } from 'electron'

/**
 * The packaged app's menu template, or null for no menu. macOS keeps its app menu (About, Hide, Quit) and the Edit menu
 * (its copy and paste shortcuts live there) and Window menu; Windows and Linux get no menu bar at all. Nothing here
 * reloads the page or opens DevTools. An unpackaged run keeps Electron's default menu for development.
 */
export function packagedMenuTemplate(platform: NodeJS.Platform): MenuItemConstructorOptions[] | null {
  if (platform !== 'darwin') return null
  return [{ role: 'appMenu' }, { role: 'editMenu' }, { role: 'windowMenu' }]
}
