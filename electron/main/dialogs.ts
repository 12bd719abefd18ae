// electron/main: glue. The system open dialog for an export: TikTok's zip/JSON/TXT/CSV files, Studio's Excel files, or an unpacked export folder.
import { BrowserWindow, dialog } from 'electron'
import type { OpenDialogOptions, WebContents } from 'electron'
import type { DialogRequest } from '@shared/contract/views'

/** Options per kind. `dontAddToRecent`: a TikTok data export is private; keep it out of the OS's recent-documents list. */
export function openDialogOptions(req: DialogRequest): OpenDialogOptions {
  if (req.kind === 'folder') {
    return { title: 'Choose an unpacked TikTok export folder', buttonLabel: 'Read folder', properties: ['openDirectory', 'dontAddToRecent'] }
  }
  return {
    title: 'Choose your TikTok data export',
    buttonLabel: 'Read export',
    properties: ['openFile', 'multiSelections', 'dontAddToRecent'],
    filters: [
      { name: 'TikTok export (zip, JSON, TXT, CSV, XLSX)', extensions: ['zip', 'json', 'txt', 'csv', 'xlsx'] },
      { name: 'All files', extensions: ['*'] },
    ],
  }
}

/** The chosen paths, or null when cancelled. The handler registers them as a grant; the renderer never sees them. */
export async function showOpenDialog(req: DialogRequest, sender: WebContents | null): Promise<string[] | null> {
  const parent = sender === null ? null : BrowserWindow.fromWebContents(sender)
  const options = openDialogOptions(req)
  const result = parent === null ? await dialog.showOpenDialog(options) : await dialog.showOpenDialog(parent, options)
  return result.canceled || result.filePaths.length === 0 ? null : result.filePaths
}
