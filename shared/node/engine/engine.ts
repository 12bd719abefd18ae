// shared/node: Node adapters. The app's engine: imports exports from disk, remembers them, compares each with the previous one, and answers view queries.
import { readdir } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { ImportListing as StoredListing } from '../import-store'
import { ImportStore } from '../import-store'
import { readExportPath } from '../read-export-path'
import type { CauseEvent } from '@shared/contract/model'
import { sampleSourceName } from '@shared/contract/sample'
import type { AppError, ErrorCode, Result } from '@shared/contract/result'
import type { ComparisonView, CsvFile, ExportView, HistoryRequest, HistoryView, ImportListing, ImportProgress, ImportStage, LikesPage, LikesPageRequest, ReportData, ReportRequest, ReportTarget } from '@shared/contract/views'
import { analyzeExport } from '../../core/analysis/analyze'
import type { ExportDiff } from '../../core/analysis/diff-exports'
import { diffExports } from '../../core/analysis/diff-exports'
import { summarizeDiff } from '../../core/analysis/diff-summary'
import { studioView } from '../../core/app/studio-view'
import { exportView, historyView, likesPage, likeTable, likeTableRows } from '../../core/app/views'
import { pairingDoubt } from '../../core/store/account'
import { isoOrNull } from '../../core/parse/fields'
import { userMessage } from '../../core/parse/read-error'
import type { Progress } from '../../core/read-contract'
import type { ExportSnapshot } from '../../core/snapshot'
import { summarize } from '../../core/summary'
import { buildCsvFiles } from '../../core/export/csv'
import { buildReportData, reportUnit } from '../../core/report/report-data'

export interface EngineOptions {
  /** Folder of remembered imports (the app's user-data folder). */
  storeDir: string
  /** Folder holding `sample/`, the sample exports shipped with the app. */
  resourcesDir: string
  now?: () => number
}

interface Loaded {
  snapshot: ExportSnapshot
  sourceName: string
}

interface Analysed {
  view: ExportView
  diff: ExportDiff | null
  olderId: string | null
  table: ReturnType<typeof likeTable> | null
  /** Every event, before the view keeps a readable number of each kind: the CSV gets them all. */
  allEvents: CauseEvent[]
}

/** Snapshots kept in memory; older ones are reloaded from the store when asked for again. */
const CACHE_SIZE = 4

function failure<T>(code: ErrorCode, detail?: string): Result<T> {
  return { ok: false, error: { code, message: userMessage(code, detail) }, warnings: [] }
}

function ok<T>(value: T): Result<T> {
  return { ok: true, value, warnings: [] }
}

/** Maps the reader's stages and bytes to the stages a person sees; reading is 0–85 %, analysis and saving the rest. */
function progressMapper(onProgress: (p: ImportProgress) => void): { reader: (p: Progress) => void; stage: (s: ImportStage, percent: number) => void } {
  let last = 0
  const emit = (p: ImportProgress): void => {
    last = Math.max(last, p.percent)
    onProgress({ ...p, percent: last })
  }
  return {
    reader: (p) => {
      const stage: ImportStage = p.stage === 'finishing' ? 'analysing' : p.stage === 'opening' ? 'opening' : p.stage === 'reading-likes' && p.bytesDone === 0 ? 'unpacking' : p.stage
      const share = p.bytesTotal > 0 ? p.bytesDone / p.bytesTotal : 0
      emit({ stage, bytesDone: p.bytesDone, bytesTotal: p.bytesTotal, percent: Math.round(share * 85) })
    },
    stage: (stage, percent) => emit({ stage, bytesDone: 0, bytesTotal: 0, percent }),
  }
}

export class LikeTraceEngine {
  private readonly store: ImportStore
  private readonly now: () => number
  private readonly cache = new Map<string, Loaded>()
  private readonly analysed = new Map<string, Analysed>()

  constructor(private readonly options: EngineOptions) {
    this.store = new ImportStore(options.storeDir)
    this.now = options.now ?? Date.now
  }

  /** `name` overrides the source name shown for the import (the sample's); by default it is the files' names. */
  async startImport(paths: string[], onProgress: (p: ImportProgress) => void, signal?: AbortSignal, name?: string): Promise<Result<ExportView>> {
    return this.importPaths(paths, onProgress, signal, name, false)
  }

  private async importPaths(paths: string[], onProgress: (p: ImportProgress) => void, signal: AbortSignal | undefined, name: string | undefined, sample: boolean): Promise<Result<ExportView>> {
    const progress = progressMapper(onProgress)
    progress.stage('opening', 0)
    const read = await readExportPath(paths, { now: this.now(), onProgress: progress.reader, signal })
    if (!read.ok) return read
    if (signal?.aborted) return failure('CANCELLED')
    const snapshot = read.value
    const sourceName = name ?? paths.map((p) => basename(p)).join(', ')
    progress.stage('saving', 88)
    const saved = await this.store.save(snapshot, { importedAt: this.now(), sourceName, sample })
    this.remember(saved.id, { snapshot, sourceName })
    this.analysed.delete(saved.id)
    progress.stage('analysing', 92)
    const analysed = await this.analyse(saved.id)
    progress.stage('analysing', 100)
    return ok(analysed.view)
  }

  /** Imports the shipped sample, marked as such: its earlier export first (remembered), then the later one, compared with it automatically (and never with the user's own exports). */
  async importSample(onProgress: (p: ImportProgress) => void, signal?: AbortSignal): Promise<Result<ExportView>> {
    const dir = join(this.options.resourcesDir, 'sample')
    let files: string[]
    try {
      files = (await readdir(dir)).filter((f) => f.toLowerCase().endsWith('.zip')).sort()
    } catch {
      return failure('FILE_NOT_FOUND', 'The sample export is missing from this installation.')
    }
    if (files.length === 0) return failure('FILE_NOT_FOUND', 'The sample export is missing from this installation.')
    // Names sort by their export time stamp: all but the last are the earlier exports.
    for (const [i, earlier] of files.slice(0, -1).entries()) {
      const r = await this.importPaths([join(dir, earlier)], () => undefined, signal, sampleSourceName(i + 1, files.length), true)
      if (!r.ok) return r
    }
    return this.importPaths([join(dir, files[files.length - 1] as string)], onProgress, signal, sampleSourceName(files.length, files.length), true)
  }

  async listImports(): Promise<Result<ImportListing[]>> {
    const { imports } = await this.store.list()
    return ok(imports.map(toListing))
  }

  async openImport(id: string): Promise<Result<ExportView>> {
    const loaded = await this.load(id)
    if (loaded === null) return failure('FILE_NOT_FOUND', 'This import is no longer remembered; drop the export again.')
    return ok((await this.analyse(id)).view)
  }

  async forgetImport(id: string): Promise<Result<null>> {
    this.cache.delete(id)
    this.analysed.clear()
    await this.store.forget(id)
    return ok(null)
  }

  async compareImports(olderId: string, newerId: string): Promise<Result<ComparisonView>> {
    const [a, b] = await Promise.all([this.load(olderId), this.load(newerId)])
    if (a === null || b === null) return failure('FILE_NOT_FOUND', 'One of these imports is no longer remembered; drop it again.')
    const outcome = diffExports(a.snapshot, b.snapshot)
    if (!outcome.ok) return failure('DIFFERENT_ACCOUNTS')
    const [oldId, newId] = outcome.swapped ? [newerId, olderId] : [olderId, newerId]
    const older = outcome.swapped ? b : a
    const events = analyzeExport({ snapshot: outcome.diff.newer, diff: outcome.diff })
    // Later history and likes queries for the newer import show this comparison.
    const newer = outcome.swapped ? a : b
    this.analysed.set(newId, this.analysedFrom(newId, newer, events, outcome.diff, oldId, older))
    return ok(comparisonView(oldId, newId, older, outcome.diff, events))
  }

  async history(req: HistoryRequest): Promise<Result<HistoryView>> {
    const loaded = await this.load(req.exportId)
    if (loaded === null) return failure('FILE_NOT_FOUND', 'This import is no longer remembered.')
    const analysed = await this.analyse(req.exportId)
    const diff = req.olderId !== undefined && analysed.olderId === req.olderId ? analysed.diff : null
    return ok(historyView(loaded.snapshot, req, diff))
  }

  async likesPage(req: LikesPageRequest): Promise<Result<LikesPage>> {
    const loaded = await this.load(req.exportId)
    if (loaded === null) return failure('FILE_NOT_FOUND', 'This import is no longer remembered.')
    const analysed = await this.analyse(req.exportId)
    analysed.table ??= likeTable(loaded.snapshot, analysed.view.events, analysed.diff)
    return ok(likesPage(analysed.table, req))
  }

  /**
   * The printable report's data. With `olderId` the two imports are compared first (as the compare screen does);
   * without it, the comparison the import already has (the latest earlier import of the account), if any. The history
   * is bucketed in UTC, so the report does not depend on the machine's time zone.
   */
  async reportData(req: ReportRequest): Promise<Result<ReportData>> {
    const target = await this.reportTarget(req)
    if (!target.ok) return target
    const { loaded, analysed } = target.value
    const view = analysed.view
    const unit = reportUnit(view.summary.sections.likes.first, view.summary.sections.likes.last)
    const history = historyView(loaded.snapshot, { exportId: view.exportId, unit, timeZone: 'UTC' }, analysed.diff)
    return ok(buildReportData({ request: req, view, history, vanished: analysed.diff?.vanished ?? [] }))
  }

  /** The CSV exports (likes with status, vanished likes, events) as names and contents; the caller writes them. */
  async csvFiles(req: ReportTarget): Promise<Result<CsvFile[]>> {
    const target = await this.reportTarget(req)
    if (!target.ok) return target
    const { loaded, analysed } = target.value
    analysed.table ??= likeTable(loaded.snapshot, analysed.view.events, analysed.diff)
    const diff = analysed.diff
    return ok(buildCsvFiles({ view: { ...analysed.view, events: analysed.allEvents }, likes: likeTableRows(analysed.table), vanished: diff?.vanished ?? [], clusters: diff?.clusters ?? [] }))
  }

  private async reportTarget(req: ReportTarget): Promise<Result<{ loaded: Loaded; analysed: Analysed }>> {
    let exportId = req.exportId
    if (req.olderId !== undefined) {
      const compared = await this.compareImports(req.olderId, req.exportId)
      if (!compared.ok) return compared
      // compareImports puts the later export last, whichever way round it was asked.
      exportId = compared.value.newerId
    }
    const loaded = await this.load(exportId)
    if (loaded === null) return failure('FILE_NOT_FOUND', 'This import is no longer remembered; drop the export again.')
    return ok({ loaded, analysed: await this.analyse(exportId) })
  }

  private remember(id: string, loaded: Loaded): void {
    this.cache.delete(id)
    this.cache.set(id, loaded)
    while (this.cache.size > CACHE_SIZE) {
      const oldest = this.cache.keys().next().value as string
      this.cache.delete(oldest)
    }
  }

  private async load(id: string): Promise<Loaded | null> {
    const hit = this.cache.get(id)
    if (hit) {
      this.remember(id, hit)
      return hit
    }
    const snapshot = await this.store.load(id)
    if (snapshot === null) return null
    const listing = (await this.store.list()).imports.find((i) => i.id === id)
    const loaded = { snapshot, sourceName: listing?.sourceName ?? 'import' }
    this.remember(id, loaded)
    return loaded
  }

  /** Analyses an import against the latest earlier import of the same account, once; cached until something changes. */
  private async analyse(id: string): Promise<Analysed> {
    const hit = this.analysed.get(id)
    if (hit) return hit
    const loaded = (await this.load(id)) as Loaded
    const prior = await this.store.latestEarlierImport(loaded.snapshot, id)
    let result: Analysed
    if (prior !== null) {
      const outcome = diffExports(prior.snapshot, loaded.snapshot)
      if (outcome.ok && !outcome.swapped) {
        const events = analyzeExport({ snapshot: loaded.snapshot, diff: outcome.diff })
        result = this.analysedFrom(id, loaded, events, outcome.diff, prior.listing.id, { snapshot: prior.snapshot, sourceName: prior.listing.sourceName })
      } else result = this.analysedFrom(id, loaded, analyzeExport({ snapshot: loaded.snapshot }), null, null, null)
    } else result = this.analysedFrom(id, loaded, analyzeExport({ snapshot: loaded.snapshot }), null, null, null)
    this.analysed.set(id, result)
    return result
  }

  private analysedFrom(id: string, loaded: Loaded, events: CauseEvent[], diff: ExportDiff | null, olderId: string | null, older: Loaded | null): Analysed {
    const comparison = diff !== null && olderId !== null && older !== null ? comparisonView(olderId, id, older, diff, events) : null
    const summary = summarize(loaded.snapshot)
    const doubt = diff === null ? null : pairingDoubt(diff.account)
    const view = exportView({ exportId: id, sourceName: loaded.sourceName, summary, events, comparison, studio: studioView(loaded.snapshot) }, { diff, doubt })
    return { view, diff, olderId, table: null, allEvents: events }
  }
}

function comparisonView(olderId: string, newerId: string, older: Loaded, diff: ExportDiff, events: CauseEvent[]): ComparisonView {
  return { olderId, newerId, olderLabel: older.sourceName, diff: summarizeDiff(diff), events }
}

function toListing(l: StoredListing): ImportListing {
  return {
    id: l.id,
    importedAt: new Date(l.importedAt).toISOString(),
    sourceName: l.sourceName,
    account: l.account,
    exportedAt: isoOrNull(l.exportedAt),
    format: l.format,
    generation: l.generation,
    likeCount: l.likeCount,
    likeFirst: isoOrNull(l.likeFirst),
    likeLast: isoOrNull(l.likeLast),
    partial: l.partial,
    noLikeList: l.noLikeList,
  }
}

/** An unexpected failure inside the engine, as a Result the UI can show. */
export function unexpected(e: unknown): { ok: false; error: AppError; warnings: [] } {
  void e
  return { ok: false, error: { code: 'ARCHIVE_TOO_COMPLEX', message: userMessage('ARCHIVE_TOO_COMPLEX', 'LikeTrace hit an unexpected problem.') }, warnings: [] }
}

