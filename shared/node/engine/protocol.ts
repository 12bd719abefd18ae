// shared/node: Node adapters. Messages between the main process and the engine worker: calls, results, progress, cancel.
import type { Result } from '@shared/contract/result'
import type { ComparisonView, CsvFile, ExportView, HistoryRequest, HistoryView, ImportListing, ImportProgress, LikesPage, LikesPageRequest, ReportData, ReportRequest, ReportTarget } from '@shared/contract/views'

/** The engine's methods as the worker exposes them (progress travels as separate messages). */
export interface EngineMethods {
  startImport: { args: [paths: string[]]; result: Result<ExportView> }
  importSample: { args: []; result: Result<ExportView> }
  listImports: { args: []; result: Result<ImportListing[]> }
  openImport: { args: [id: string]; result: Result<ExportView> }
  forgetImport: { args: [id: string]; result: Result<null> }
  compareImports: { args: [olderId: string, newerId: string]; result: Result<ComparisonView> }
  history: { args: [req: HistoryRequest]; result: Result<HistoryView> }
  likesPage: { args: [req: LikesPageRequest]; result: Result<LikesPage> }
  reportData: { args: [req: ReportRequest]; result: Result<ReportData> }
  csvFiles: { args: [req: ReportTarget]; result: Result<CsvFile[]> }
}

export type EngineMethod = keyof EngineMethods

export const ENGINE_METHODS: readonly EngineMethod[] = ['startImport', 'importSample', 'listImports', 'openImport', 'forgetImport', 'compareImports', 'history', 'likesPage', 'reportData', 'csvFiles']

/** Methods that read an archive: they report progress and can be cancelled. */
export const IMPORT_METHODS: ReadonlySet<EngineMethod> = new Set(['startImport', 'importSample'])

export type ToWorker = { type: 'call'; callId: number; method: EngineMethod; args: unknown[] } | { type: 'cancel'; callId: number }

export type FromWorker =
  | { type: 'result'; callId: number; result: Result<unknown> }
  | { type: 'progress'; callId: number; progress: ImportProgress }

export interface EngineWorkerData {
  storeDir: string
  resourcesDir: string
}
