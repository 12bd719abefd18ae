// electron/main: composition root. App lifecycle and wiring, nothing else.
import { join } from 'node:path'
import { app, BrowserWindow } from 'electron'
import { createMainWindow } from './window'

app.enableSandbox()

async function openWindow(): Promise<void> {
  const win = createMainWindow(join(__dirname, '../preload/index.js'))
  win.once('ready-to-show', () => win.show())
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
  win.webContents.on('will-navigate', (event) => event.preventDefault())
  await win.loadFile(join(__dirname, '../renderer/index.html'))
}

app.whenReady().then(openWindow, () => app.quit())
app.on('window-all-closed', () => app.quit())
app.on('activate', () => {
  if (BrowserWindow.getAllWindows().length === 0) void openWindow()
})
