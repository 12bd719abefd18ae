// electron/preload: sandboxed bridge. Exposes named functions built from shared/contract, never ipcRenderer itself.
import { contextBridge, ipcRenderer, webUtils } from 'electron'
import type { IpcRendererEvent } from 'electron'
import { API_CHANNELS, EVENT_CHANNELS } from '@shared/contract/ipc-contract'
import type { Channel, IpcApi } from '@shared/contract/ipc-contract'
import type { ImportProgress } from '@shared/contract/views'

type Invokers = Omit<IpcApi, 'onImportProgress'>

/**
 * Same shape as RendererApi in ./api-types.ts. Not imported from there: tsconfig.node.json lists only this preload
 * file, and api-types.ts belongs to the web project (a test checks the exposed keys at runtime instead).
 */
export type BridgeApi = IpcApi & { pathForDroppedFile(file: File): string }

/** One function per contract channel, bound to that channel: the page can never pick a channel itself. */
function invoker(channel: Channel): (...args: unknown[]) => Promise<unknown> {
  return (...args: unknown[]) => ipcRenderer.invoke(channel, ...args)
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
    pathForDroppedFile(file: File): string {
      return webUtils.getPathForFile(file)
    },
  }
}

contextBridge.exposeInMainWorld('api', buildApi())
