// shared/node: Node adapters. Main-process side of the engine worker: calls with timeouts, cancel, and crash/out-of-memory turned into typed results.
import { Worker } from 'node:worker_threads'
import type { ErrorCode, Result } from '@shared/contract/result'
import type { ComparisonView, CsvFile, ExportView, HistoryRequest, HistoryView, ImportListing, ImportProgress, LikesPage, LikesPageRequest, ReportData, ReportRequest, ReportTarget } from '@shared/contract/views'
import { userMessage } from '../../core/parse/read-error'
import type { EngineMethod, EngineMethods, EngineWorkerData, FromWorker, ToWorker } from './protocol'
import { IMPORT_METHODS } from './protocol'

export interface EngineClientOptions extends EngineWorkerData {
  /** Path of the worker entry (a file that calls hostEngine()). */
  workerPath: string
  /** Extra Node flags for the worker (tests load TypeScript with `--import tsx`). */
  execArgv?: string[]
  /** Heap limit of the worker; an import past it ends as ARCHIVE_TOO_COMPLEX instead of taking the app down. */
  maxHeapMb?: number
  /** Longest an import may run (ms). */
  importTimeoutMs?: number
  /** Longest any other call may run (ms). */
  queryTimeoutMs?: number
  /** How long a cancelled import may take to stop by itself before the worker is ended. */
  cancelGraceMs?: number
}

interface Pending {
  worker: Worker
  method: EngineMethod
  resolve: (result: Result<unknown>) => void
  onProgress?: (p: ImportProgress) => void
  timer: ReturnType<typeof setTimeout>
}

/** 3 GiB: a 700 MB export reads in ~300 MB, so only a hostile archive gets near it. */
const DEFAULT_HEAP_MB = 3072
/** 10 minutes: a 500 MB export reads in seconds; anything near this is stuck. */
const DEFAULT_IMPORT_TIMEOUT_MS = 10 * 60_000
const DEFAULT_QUERY_TIMEOUT_MS = 60_000
const DEFAULT_CANCEL_GRACE_MS = 3_000

function failure(code: ErrorCode, detail?: string): Result<never> {
  return { ok: false, error: { code, message: userMessage(code, detail) }, warnings: [] }
}

export class EngineClient {
  private worker: Worker | null = null
  private nextId = 1
  private readonly pending = new Map<number, Pending>()
  /** Why we ended a worker, so its exit is reported as what it is (a timeout, a cancel) and not as a crash. */
  private readonly endingFor = new WeakMap<Worker, ErrorCode>()

  constructor(private readonly options: EngineClientOptions) {}

  startImport(paths: string[], onProgress: (p: ImportProgress) => void): Promise<Result<ExportView>> {
    return this.call('startImport', [paths], onProgress)
  }

  importSample(onProgress: (p: ImportProgress) => void): Promise<Result<ExportView>> {
    return this.call('importSample', [], onProgress)
  }

  listImports(): Promise<Result<ImportListing[]>> {
    return this.call('listImports', [])
  }

  openImport(id: string): Promise<Result<ExportView>> {
    return this.call('openImport', [id])
  }

  forgetImport(id: string): Promise<Result<null>> {
    return this.call('forgetImport', [id])
  }

  compareImports(olderId: string, newerId: string): Promise<Result<ComparisonView>> {
    return this.call('compareImports', [olderId, newerId])
  }

  history(req: HistoryRequest): Promise<Result<HistoryView>> {
    return this.call('history', [req])
  }

  likesPage(req: LikesPageRequest): Promise<Result<LikesPage>> {
    return this.call('likesPage', [req])
  }

  reportData(req: ReportRequest): Promise<Result<ReportData>> {
    return this.call('reportData', [req])
  }

  csvFiles(req: ReportTarget): Promise<Result<CsvFile[]>> {
    return this.call('csvFiles', [req])
  }

  /** Asks the running import to stop; ends the worker if it has not stopped within the grace period. */
  async cancelImport(): Promise<Result<null>> {
    const running = [...this.pending.entries()].filter(([, p]) => IMPORT_METHODS.has(p.method))
    if (running.length === 0 || this.worker === null) return { ok: true, value: null, warnings: [] }
    for (const [callId, p] of running) p.worker.postMessage({ type: 'cancel', callId } satisfies ToWorker)
    setTimeout(() => {
      for (const [, p] of running) if ([...this.pending.values()].includes(p)) this.end(p.worker, 'CANCELLED')
    }, this.options.cancelGraceMs ?? DEFAULT_CANCEL_GRACE_MS).unref()
    return { ok: true, value: null, warnings: [] }
  }

  async dispose(): Promise<void> {
    const worker = this.worker
    this.worker = null
    if (worker !== null) {
      this.settleAll(worker, 'CANCELLED')
      await worker.terminate()
    }
  }

  private call<M extends EngineMethod>(method: M, args: EngineMethods[M]['args'], onProgress?: (p: ImportProgress) => void): Promise<EngineMethods[M]['result']> {
    if (IMPORT_METHODS.has(method) && [...this.pending.values()].some((p) => IMPORT_METHODS.has(p.method))) {
      return Promise.resolve(failure('BAD_ARGS', 'Another import is still running; wait for it or cancel it first.'))
    }
    return new Promise((resolve) => {
      const callId = this.nextId++
      const isImport = IMPORT_METHODS.has(method)
      const timeout = isImport ? (this.options.importTimeoutMs ?? DEFAULT_IMPORT_TIMEOUT_MS) : (this.options.queryTimeoutMs ?? DEFAULT_QUERY_TIMEOUT_MS)
      const worker = this.ensureWorker()
      const timer = setTimeout(() => this.end(worker, 'TIMEOUT'), timeout)
      this.pending.set(callId, { worker, method, resolve: resolve as (r: Result<unknown>) => void, onProgress, timer })
      worker.postMessage({ type: 'call', callId, method, args: [...args] } satisfies ToWorker)
    })
  }

  private ensureWorker(): Worker {
    if (this.worker !== null) return this.worker
    const { workerPath, execArgv, storeDir, resourcesDir } = this.options
    const data: EngineWorkerData = { storeDir, resourcesDir }
    const worker = new Worker(workerPath, {
      workerData: data,
      execArgv,
      resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb ?? DEFAULT_HEAP_MB },
    })
    worker.on('message', (message: FromWorker) => this.onMessage(message))
    worker.on('error', (error: Error) => {
      // The heap limit ends the worker with ERR_WORKER_OUT_OF_MEMORY, a crash with another error; either way the
      // main process is unaffected and the user is told the archive was too much to read safely.
      void error
      if (!this.endingFor.has(worker)) this.endingFor.set(worker, 'ARCHIVE_TOO_COMPLEX')
    })
    worker.on('exit', () => {
      if (this.worker === worker) this.worker = null
      this.settleAll(worker, this.endingFor.get(worker) ?? 'ARCHIVE_TOO_COMPLEX')
    })
    this.worker = worker
    return worker
  }

  private onMessage(message: FromWorker): void {
    const pending = this.pending.get(message.callId)
    if (pending === undefined) return
    if (message.type === 'progress') {
      pending.onProgress?.(message.progress)
      return
    }
    clearTimeout(pending.timer)
    this.pending.delete(message.callId)
    pending.resolve(message.result)
  }

  /** Ends the worker; every call in flight resolves with `reason`. The next call starts a fresh worker. */
  private end(worker: Worker, reason: ErrorCode): void {
    if (this.endingFor.has(worker)) return
    this.endingFor.set(worker, reason)
    if (this.worker === worker) this.worker = null
    this.settleAll(worker, reason)
    void worker.terminate()
  }

  /** Resolves the calls that were running on `worker`; calls on a newer worker are untouched. */
  private settleAll(worker: Worker, reason: ErrorCode): void {
    for (const [callId, p] of this.pending) {
      if (p.worker !== worker) continue
      clearTimeout(p.timer)
      this.pending.delete(callId)
      const detail = reason === 'ARCHIVE_TOO_COMPLEX' ? 'The reader ran out of memory or stopped unexpectedly.' : undefined
      p.resolve(failure(reason, detail))
    }
  }
}
