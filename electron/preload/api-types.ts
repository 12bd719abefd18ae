// electron/preload: types only. The renderer-facing API: the contract's IpcApi plus dropped files (needs the DOM File type, so it lives outside shared/).
import type { IpcApi } from '../../shared/contract/ipc-contract'
import type { Result } from '../../shared/contract/result'
import type { ImportGrant } from '../../shared/contract/views'

export type RendererApi = IpcApi & {
  /** Registers dropped files with main (their paths via webUtils.getPathForFile, never seen by the page) and returns the grant to import. */
  grantDroppedFiles(files: readonly File[]): Promise<Result<ImportGrant>>
}
