// electron/preload: types only. The renderer-facing API: the contract's IpcApi plus drag-and-drop paths (needs the DOM File type, so it lives outside shared/).
import type { IpcApi } from '../../shared/contract/ipc-contract'

export type RendererApi = IpcApi & {
  /** The absolute path of a dropped file (webUtils.getPathForFile; File.path was removed in Electron 32). Empty for files not from disk. */
  pathForDroppedFile(file: File): string
}
