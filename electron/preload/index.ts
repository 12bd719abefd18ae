// electron/preload: sandboxed bridge. Exposes named functions built from shared/contract, never ipcRenderer itself.
import { contextBridge, ipcRenderer, webUtils } from 'electron'
import type { IpcRendererEvent } from 'electron'
import { API_CHANNELS, EVENT_CHANNELS, PRELOAD_CHANNELS } from '@shared/contract/ipc-contract'
import type { Channel, IpcApi } from '@shared/contract/ipc-contract'
import type { Result } from '@shared/contract/result'
import type { ImportGrant, ImportProgress } from '@shared/contract/views'

type Invokers = Omit<IpcApi, 'onImportProgress'>

/**
 * Same shape as RendererApi in ./api-types.ts. Not imported from there: tsconfig.node.json lists only this preload
 * file, and api-types.ts belongs to the web project (a test checks the exposed keys at runtime instead).
 */
export type BridgeApi = IpcApi & { grantDroppedFiles(files: readonly File[]): Promise<Result<ImportGrant>> }

/** One function per contract channel, bound to that channel: the page can never pick a channel itself. */
function invoker(channel: Channel): (...args: unknown[]) => Promise<unknown> {
  return (...args: unknown[]) => ipcRenderer.invoke(channel, ...args)
}

/** Answered here, so a drop of nothing from disk never reaches main. */
const NOT_FROM_DISK: Result<ImportGrant> = {
  ok: false,
  error: { code: 'BAD_ARGS', message: 'LikeTrace could not tell where that file is. Use "Open a file…" instead.' },
  warnings: [],
}

/**
 * The page hands over File objects from a drop, never strings: webUtils resolves each to its path here (an empty string
 * for a File the page made itself), and main turns the paths into a grant. The page gets the token, not the paths.
 */
async function grantDroppedFiles(files: readonly File[]): Promise<Result<ImportGrant>> {
  if (!Array.isArray(files)) return NOT_FROM_DISK
  const paths: string[] = []
  for (const file of files) {
    let path: string
    try {
      // Throws for anything that is not a real File; returns '' for a File the page built itself.
      path = webUtils.getPathForFile(file)
    } catch {
      return NOT_FROM_DISK
    }
    if (path !== '') paths.push(path)
  }
  if (paths.length === 0) return NOT_FROM_DISK
  return (await ipcRenderer.invoke(PRELOAD_CHANNELS.grantDropped, paths)) as Result<ImportGrant>
}

function buildApi(): BridgeApi {
  const invokers: Record<string, (...args: unknown[]) => Promise<unknown>> = {}
  for (const [name, channel] of Object.entries(API_CHANNELS)) invokers[name] = invoker(channel)
  return {
    ...(invokers as unknown as Invokers),
    onImportProgress(listener: (progress: ImportProgress) => void): () => void {
      if (typeof listener !== 'function') throw new TypeError('onImportProgress needs a function')
      // The IpcRendererEvent is dropped here: it carries `sender` (ipcRenderer), which must never reach the page.
      const wrapped = (_event: IpcRendererEvent, progress: ImportProgress): void => listener(progress)
      ipcRenderer.on(EVENT_CHANNELS.importProgress, wrapped)
      return () => {
        ipcRenderer.removeListener(EVENT_CHANNELS.importProgress, wrapped)
      }
    },
    grantDroppedFiles,
  }
}

contextBridge.exposeInMainWorld('api', buildApi())
