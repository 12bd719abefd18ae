// shared/node: Node adapters. Runs the engine inside a worker thread: answers calls from the main process, streams progress, honours cancel.
import type { MessagePort } from 'node:worker_threads'
import { parentPort, workerData } from 'node:worker_threads'
import type { Result } from '@shared/contract/result'
import type { ImportProgress } from '@shared/contract/views'
import { LikeTraceEngine, unexpected } from './engine'
import type { EngineWorkerData, FromWorker, ToWorker } from './protocol'
import { ENGINE_METHODS } from './protocol'

/** Progress messages at most this often: the renderer needs two a second, not thousands. */
const PROGRESS_INTERVAL_MS = 100

export function serveEngine(port: MessagePort, engine: LikeTraceEngine): void {
  const aborts = new Map<number, AbortController>()
  const send = (message: FromWorker): void => port.postMessage(message)
  port.on('message', (message: ToWorker) => {
    if (message.type === 'cancel') {
      aborts.get(message.callId)?.abort()
      return
    }
    const { callId, method, args } = message
    if (!ENGINE_METHODS.includes(method)) {
      send({ type: 'result', callId, result: unexpected(new Error(`unknown method ${String(method)}`)) })
      return
    }
    const abort = new AbortController()
    aborts.set(callId, abort)
    let lastSent = 0
    let pending: ImportProgress | null = null
    const onProgress = (progress: ImportProgress): void => {
      const now = Date.now()
      pending = progress
      if (now - lastSent >= PROGRESS_INTERVAL_MS || progress.percent >= 100) {
        lastSent = now
        send({ type: 'progress', callId, progress })
        pending = null
      }
    }
    const run = async (): Promise<Result<unknown>> => {
      switch (method) {
        case 'startImport':
          return engine.startImport(args[0] as string[], onProgress, abort.signal)
        case 'importSample':
          return engine.importSample(onProgress, abort.signal)
        case 'listImports':
          return engine.listImports()
        case 'openImport':
          return engine.openImport(args[0] as string)
        case 'forgetImport':
          return engine.forgetImport(args[0] as string)
        case 'compareImports':
          return engine.compareImports(args[0] as string, args[1] as string)
        case 'history':
          return engine.history(args[0] as Parameters<LikeTraceEngine['history']>[0])
        case 'likesPage':
          return engine.likesPage(args[0] as Parameters<LikeTraceEngine['likesPage']>[0])
        case 'reportData':
          return engine.reportData(args[0] as Parameters<LikeTraceEngine['reportData']>[0])
        case 'csvFiles':
          return engine.csvFiles(args[0] as Parameters<LikeTraceEngine['csvFiles']>[0])
      }
    }
    run()
      .catch((e: unknown) => unexpected(e))
      .then((result) => {
        if (pending !== null) send({ type: 'progress', callId, progress: pending })
        aborts.delete(callId)
        send({ type: 'result', callId, result })
      })
  })
}

/** Worker entry point: call once from the worker file. */
export function hostEngine(): void {
  if (parentPort === null) throw new Error('hostEngine() must run inside a worker thread')
  const data = workerData as EngineWorkerData
  serveEngine(parentPort, new LikeTraceEngine({ storeDir: data.storeDir, resourcesDir: data.resourcesDir }))
}
