// tests/support: worker entry for engine-client tests (loaded through tsx); production uses electron/main/workers/engine.worker.ts.
import { hostEngine } from '../../shared/node/engine/engine-host'

hostEngine()
