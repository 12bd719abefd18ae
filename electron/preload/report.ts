// electron/preload: sandboxed bridge of the hidden report window. window.api has reportData only: printing a report needs nothing else.
import { contextBridge, ipcRenderer } from 'electron'
import type { Channel, IpcApi } from '@shared/contract/ipc-contract'

/**
 * The channel is written out rather than imported from API_CHANNELS: both preloads are bundled together, and a value
 * imported by both would become a shared chunk, which a sandboxed preload cannot load. The type keeps it honest.
 */
const REPORT_DATA = 'report:data' satisfies Channel

export type ReportBridgeApi = Pick<IpcApi, 'reportData'>

const api: ReportBridgeApi = {
  reportData: (req) => ipcRenderer.invoke(REPORT_DATA, req),
}

contextBridge.exposeInMainWorld('api', api)
