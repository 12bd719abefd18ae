// electron/main: composition root. App lifecycle and wiring, nothing else.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { app, BrowserWindow, Menu, session, shell } from 'electron'
import { paperForLocale } from '@shared/core/report/paper'
import { APP_INDEX_URL, devServerUrlFrom } from '@shared/core/policy/url-policy'
import { EngineClient } from '@shared/node/engine/engine-client'
import engineWorkerPath from './workers/engine.worker?modulePath'
import { showOpenDialog } from './dialogs'
import { guardSession, installGuards } from './guards'
import { ImportGrants } from './import-grants'
import { packagedMenuTemplate } from './menu'
import { registerIpcHandlers } from './ipc-handlers'
import { registerAppScheme, serveApp } from './protocol'
import type { ReportExportDeps } from './report-pdf'
import { exportReportCsv, exportReportPdf, isReportWindow } from './report-pdf'
import { createMainWindow } from './window'

/** The dev server URL: honoured only in an unpackaged run and only on a loopback host; a packaged app ignores the variable. */
const devServerUrl = devServerUrlFrom(process.env['ELECTRON_RENDERER_URL'], app.isPackaged)

/**
 * Where the shipped sample lives: electron-builder's extraResources land in process.resourcesPath (outside the asar,
 * which the worker reads with plain fs); an unpackaged run reads the repository's resources/.
 */
function resourcesDir(): string {
  const candidates = app.isPackaged ? [process.resourcesPath, join(app.getAppPath(), 'resources')] : [join(app.getAppPath(), 'resources')]
  return candidates.find((dir) => existsSync(join(dir, 'sample'))) ?? (candidates[0] as string)
}

let mainWindow: BrowserWindow | null = null
let engine: EngineClient | null = null

async function openWindow(): Promise<void> {
  const win = createMainWindow(join(__dirname, '../preload/index.js'), { devTools: !app.isPackaged })
  mainWindow = win
  win.once('ready-to-show', () => win.show())
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null
  })
  await win.loadURL(devServerUrl ?? APP_INDEX_URL)
}

function start(): void {
  app.enableSandbox()
  // Must precede 'ready': privileged schemes are fixed when the app starts.
  registerAppScheme()
  // Registered before any webContents exists, so no window, devtools or hidden report window escapes the guards.
  const openExternal = (url: string): Promise<void> => shell.openExternal(url)
  installGuards(app, { devServerUrl })

  app.on('second-instance', () => {
    if (mainWindow === null) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })

  app
    .whenReady()
    .then(async () => {
      guardSession(session.defaultSession, { devServerUrl })
      if (app.isPackaged) {
        const template = packagedMenuTemplate(process.platform)
        Menu.setApplicationMenu(template === null ? null : Menu.buildFromTemplate(template))
      }
      serveApp(join(__dirname, '../renderer'))
      engine = new EngineClient({
        workerPath: engineWorkerPath,
        storeDir: join(app.getPath('userData'), 'imports'),
        resourcesDir: resourcesDir(),
      })
      const report: ReportExportDeps = {
        engine,
        preloadPath: join(__dirname, '../preload/report.js'),
        pageUrl: devServerUrl ?? APP_INDEX_URL,
        // The country decides the paper (Letter in the US, Canada, Mexico…), not the UI language.
        paper: () => paperForLocale(`und-${app.getLocaleCountryCode()}`),
        now: Date.now,
        defaultDir: () => app.getPath('documents'),
      }
      registerIpcHandlers({
        engine,
        grants: new ImportGrants(),
        showOpenDialog,
        openExternal,
        devServerUrl,
        exportReportPdf: (target, sender) => exportReportPdf(target, sender, report),
        exportReportCsv: (target, sender) => exportReportCsv(target, sender, report),
        isReportWindow,
      })
      await openWindow()
    })
    .catch((error: unknown) => {
      console.error('[main] startup failed', error)
      app.quit()
    })

  app.on('window-all-closed', () => app.quit())
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) void openWindow()
  })
  // Ends the engine worker before exit, so an import in progress is stopped rather than cut off mid-write.
  app.on('will-quit', (event) => {
    const running = engine
    if (running === null) return
    engine = null
    event.preventDefault()
    running
      .dispose()
      .catch(() => undefined)
      .finally(() => app.quit())
  })
}

// A second copy would share the import store with this one; hand over to the running instance instead.
if (app.requestSingleInstanceLock()) start()
else app.quit()
