// renderer: typed access to window.api (the preload's IPC bridge) and an in-memory fake of it for tests, screenshots and dev.
import type { API_CHANNELS, IpcApi } from '@shared/contract/ipc-contract'
import type { AppError, Result } from '@shared/contract/result'
import type {
  ComparisonView,
  DialogRequest,
  ExportView,
  HistoryRequest,
  HistoryView,
  ImportGrant,
  ImportListing,
  ImportProgress,
  LikesPage,
  LikesPageRequest,
  ReportData,
  ReportRequest,
  ReportTarget,
} from '@shared/contract/views'

/** window.api: the IPC contract plus the preload's drop registration (absent in tests that do not drop). */
export type RendererApi = IpcApi & { grantDroppedFiles?: (files: readonly File[]) => Promise<Result<ImportGrant>> }

export type ApiMethod = keyof typeof API_CHANNELS

export function hasApi(): boolean {
  return window.api !== undefined
}

export function getApi(): RendererApi {
  const api = window.api
  if (!api) throw new Error('window.api is missing: LikeTrace must run inside its desktop app.')
  return api
}

const ok = <T,>(value: T): Result<T> => ({ ok: true, value, warnings: [] })
const fail = <T,>(error: AppError): Result<T> => ({ ok: false, error, warnings: [] })
const notFound = <T,>(what: string): Result<T> => fail({ code: 'FILE_NOT_FOUND', message: `${what} is not among the remembered imports.` })

/** Everything the fake answers from. Views are looked up by id; history and likes are functions so 100,000 rows need not exist up front. */
export interface FakeApiData {
  imports: ImportListing[]
  views: ExportView[]
  comparisons?: ComparisonView[]
  history?: (req: HistoryRequest) => HistoryView
  likes?: (req: LikesPageRequest) => LikesPage
  /** The printable report's data for a request; absent means "not remembered". */
  report?: (req: ReportRequest) => ReportData | null
  /** What the PDF and CSV exports answer (default: saved to a made-up path); null = the user cancelled. */
  pdfResult?: { savedTo: string } | null
  csvResult?: { savedTo: string[] } | null
  /** The view startImport and importSample resolve to (default: the first view). */
  importResultId?: string
  /** Progress events emitted during an import, in order. */
  progress?: ImportProgress[]
  /** Pause between progress events, in ms (default 0). */
  stepMs?: number
  /** Keep the import running after the last progress event until cancelImport is called. */
  hold?: boolean
  /** Methods that fail, with the error they return. */
  failures?: Partial<Record<ApiMethod, AppError>>
  /** The paths behind what openDialog returns (default: one path); the fake's grant token is `grant:` + the paths. */
  dialogResult?: string[] | null
  /** The path the preload would resolve for a dropped file ('' = not from disk); absent means dropping is unavailable. */
  pathForFile?: (file: File) => string
}

export interface FakeCall {
  method: ApiMethod | 'grantDroppedFiles'
  args: unknown[]
}

export interface FakeApi extends RendererApi {
  /** Every call, in order, so tests can assert what the UI asked for. */
  readonly calls: FakeCall[]
  /** Pushes a progress event to subscribers, as main would. */
  emitProgress(progress: ImportProgress): void
}

/** The fake's stand-in for main's opaque token: readable in test assertions (main's is 32 random hex digits). */
const fakeGrant = (paths: readonly string[]): ImportGrant => ({
  token: `grant:${paths.join('|')}`,
  label: paths.length === 1 ? (paths[0]?.split(/[\\/]/).pop() ?? 'Your export') : `${paths.length} files`,
})

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

export function createFakeApi(data: FakeApiData): FakeApi {
  const calls: FakeCall[] = []
  const listeners = new Set<(p: ImportProgress) => void>()
  let imports = [...data.imports]
  let cancelRunning: (() => void) | null = null

  const record = (method: FakeCall['method'], args: unknown[]): AppError | undefined => {
    calls.push({ method, args })
    return method === 'grantDroppedFiles' ? undefined : data.failures?.[method]
  }
  const emitProgress = (p: ImportProgress): void => {
    for (const listener of listeners) listener(p)
  }
  const viewById = (id: string): ExportView | undefined => data.views.find((v) => v.exportId === id)

  const runImport = async (method: 'startImport' | 'importSample', args: unknown[]): Promise<Result<ExportView>> => {
    const failure = record(method, args)
    let cancelled = false
    const whenCancelled = new Promise<void>((resolve) => {
      cancelRunning = () => {
        cancelled = true
        resolve()
      }
    })
    const steps = data.progress ?? []
    const stepMs = data.stepMs ?? 0
    for (const step of steps) {
      if (cancelled) break
      emitProgress(step)
      // Pacing only: lets the UI paint each stage like a real import would.
      await Promise.race([sleep(stepMs), whenCancelled])
    }
    if (data.hold && !cancelled) await whenCancelled
    cancelRunning = null
    if (cancelled) return fail({ code: 'CANCELLED', message: 'You stopped the import.' })
    if (failure) return fail(failure)
    const view = viewById(data.importResultId ?? data.views[0]?.exportId ?? '')
    return view ? ok(view) : notFound('The imported export')
  }

  const api: FakeApi = {
    calls,
    emitProgress,
    startImport: (token: string) => runImport('startImport', [token]),
    importSample: () => runImport('importSample', []),
    cancelImport: async () => {
      const failure = record('cancelImport', [])
      if (failure) return fail(failure)
      cancelRunning?.()
      return ok(null)
    },
    listImports: async () => {
      const failure = record('listImports', [])
      return failure ? fail(failure) : ok([...imports])
    },
    openImport: async (id: string) => {
      const failure = record('openImport', [id])
      if (failure) return fail(failure)
      const view = viewById(id)
      return view ? ok(view) : notFound('That export')
    },
    forgetImport: async (id: string) => {
      const failure = record('forgetImport', [id])
      if (failure) return fail(failure)
      imports = imports.filter((i) => i.id !== id)
      return ok(null)
    },
    compareImports: async (olderId: string, newerId: string) => {
      const failure = record('compareImports', [olderId, newerId])
      if (failure) return fail(failure)
      const found =
        data.comparisons?.find((c) => c.olderId === olderId && c.newerId === newerId) ??
        data.views.find((v) => v.comparison?.olderId === olderId && v.comparison.newerId === newerId)?.comparison
      return found ? ok(found) : notFound('That pair of exports')
    },
    history: async (req: HistoryRequest) => {
      const failure = record('history', [req])
      if (failure) return fail(failure)
      return ok(data.history ? data.history(req) : { unit: req.unit, points: [] })
    },
    likesPage: async (req: LikesPageRequest) => {
      const failure = record('likesPage', [req])
      if (failure) return fail(failure)
      return ok(data.likes ? data.likes(req) : { total: 0, offset: req.offset, rows: [] })
    },
    openDialog: async (req: DialogRequest) => {
      const failure = record('openDialog', [req])
      if (failure) return fail(failure)
      const paths = data.dialogResult === undefined ? ['/home/user/Downloads/TikTok_Data.zip'] : data.dialogResult
      return ok(paths === null ? null : fakeGrant(paths))
    },
    openVideo: async (videoId: string) => {
      const failure = record('openVideo', [videoId])
      return failure ? fail(failure) : ok(null)
    },
    reportData: async (req: ReportRequest) => {
      const failure = record('reportData', [req])
      if (failure) return fail(failure)
      const report = data.report?.(req) ?? null
      return report ? ok(report) : notFound('That export')
    },
    exportReportPdf: async (target: ReportTarget) => {
      const failure = record('exportReportPdf', [target])
      await sleep(data.stepMs ?? 0)
      if (failure) return fail(failure)
      return ok(data.pdfResult === undefined ? { savedTo: '/home/user/Documents/LikeTrace report.pdf' } : data.pdfResult)
    },
    exportReportCsv: async (target: ReportTarget) => {
      const failure = record('exportReportCsv', [target])
      await sleep(data.stepMs ?? 0)
      if (failure) return fail(failure)
      return ok(data.csvResult === undefined ? { savedTo: ['/home/user/Documents/LikeTrace-likes.csv'] } : data.csvResult)
    },
    onImportProgress: (listener) => {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
  }
  const pathForFile = data.pathForFile
  if (pathForFile) {
    api.grantDroppedFiles = async (files: readonly File[]) => {
      record('grantDroppedFiles', [files.map((f) => f.name)])
      const paths = files.map(pathForFile).filter((p) => p !== '')
      return paths.length === 0 ? fail({ code: 'BAD_ARGS', message: 'LikeTrace could not tell where that file is. Use "Open a file…" instead.' }) : ok(fakeGrant(paths))
    }
  }
  return api
}
