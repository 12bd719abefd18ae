// electron/main/workers: worker_threads entry. Hosts the Electron-free engine (shared/node) inside the resource-limited worker; nothing else.
import { hostEngine } from '@shared/node/engine/engine-host'

hostEngine()
