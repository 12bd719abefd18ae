// electron/preload: sandboxed bridge. Exposes named functions built from shared/contract, never ipcRenderer itself.
import { contextBridge } from 'electron'

contextBridge.exposeInMainWorld('api', {})
