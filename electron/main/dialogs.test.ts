// electron/main tests: the open dialog's options and its cancel → null mapping, with electron mocked.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { WebContents } from 'electron'

const mock = vi.hoisted(() => ({
  showOpenDialog: vi.fn(),
  fromWebContents: vi.fn(),
}))

vi.mock('electron', () => ({
  dialog: { showOpenDialog: mock.showOpenDialog },
  BrowserWindow: { fromWebContents: mock.fromWebContents },
}))

const { openDialogOptions, showOpenDialog } = await import('./dialogs')

describe('open dialog', () => {
  beforeEach(() => {
    mock.showOpenDialog.mockReset()
    mock.fromWebContents.mockReset()
  })

  it('offers export files (zip, json, txt, csv) or a folder, kept out of recent documents', () => {
    const file = openDialogOptions({ kind: 'file' })
    expect(file.properties).toEqual(['openFile', 'multiSelections', 'dontAddToRecent'])
    expect(file.filters?.[0]?.extensions).toEqual(['zip', 'json', 'txt', 'csv', 'xlsx'])
    expect(openDialogOptions({ kind: 'folder' }).properties).toEqual(['openDirectory', 'dontAddToRecent'])
  })

  it('is parented on the calling window and returns the chosen paths', async () => {
    const win = { id: 1 }
    mock.fromWebContents.mockReturnValue(win)
    mock.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/home/me/TikTok_Data.zip'] })
    const sender = {} as WebContents
    expect(await showOpenDialog({ kind: 'file' }, sender)).toEqual(['/home/me/TikTok_Data.zip'])
    expect(mock.fromWebContents).toHaveBeenCalledWith(sender)
    expect(mock.showOpenDialog.mock.calls[0]?.[0]).toBe(win)
  })

  it('returns null when cancelled or empty', async () => {
    mock.fromWebContents.mockReturnValue(null)
    mock.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: ['/x'] })
    expect(await showOpenDialog({ kind: 'folder' }, null)).toBeNull()
    mock.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [] })
    expect(await showOpenDialog({ kind: 'folder' }, null)).toBeNull()
  })
})
