// electron/main: glue. Registers every IpcContract channel through handle(), delegating to the engine worker client and injected OS capabilities.
import type { CsvFile, DialogRequest, ExportView, ImportGrant, HistoryRequest, HistoryView, ImportListing, ImportProgress, ComparisonView, LikesPage, LikesPageRequest, ReportData, ReportRequest, ReportTarget } from '@shared/contract/views'
import type { Channel } from '@shared/contract/ipc-contract'
import type { Result } from '@shared/contract/result'
import { EVENT_CHANNELS } from '@shared/contract/ipc-contract'
import { validateImportPaths } from '@shared/core/policy/path-policy'
import { externalUrl, videoUrlFor } from '@shared/core/policy/url-policy'
import type { HandleOptions, HandlerContext, Impl } from './ipc'
import { failure, handle } from './ipc'
import { ARG_PARSERS } from './ipc-args'
import type { ImportGrants } from './import-grants'
import { rateLimit } from './rate-limit'

/** The engine as the handlers use it; the worker-backed EngineClient satisfies it, tests pass a fake. */
export interface EngineLike {
  startImport(paths: string[], onProgress: (p: ImportProgress) => void): Promise<Result<ExportView>>
  importSample(onProgress: (p: ImportProgress) => void): Promise<Result<ExportView>>
  cancelImport(): Promise<Result<null>>
  listImports(): Promise<Result<ImportListing[]>>
  openImport(id: string): Promise<Result<ExportView>>
  forgetImport(id: string): Promise<Result<null>>
  compareImports(olderId: string, newerId: string): Promise<Result<ComparisonView>>
  history(req: HistoryRequest): Promise<Result<HistoryView>>
  likesPage(req: LikesPageRequest): Promise<Result<LikesPage>>
  reportData(req: ReportRequest): Promise<Result<ReportData>>
  csvFiles(req: ReportTarget): Promise<Result<CsvFile[]>>
}

export interface HandlerDeps extends HandleOptions {
  engine: EngineLike
  /** Paths the user chose or dropped, behind the tokens the renderer holds. */
  grants: Pick<ImportGrants, 'grant' | 'redeem'>
  /** The system open dialog, parented on the calling window; null when cancelled. */
  showOpenDialog: (req: DialogRequest, sender: HandlerContext['sender']) => Promise<string[] | null>
  /** shell.openExternal; only ever called with a URL that passed externalUrl(). */
  openExternal: (url: string) => Promise<void>
  /** Prints the report in a hidden window and saves it where the user says (report-pdf.ts); null when cancelled. */
  exportReportPdf: (target: ReportTarget, sender: HandlerContext['sender']) => Promise<Result<{ savedTo: string } | null>>
  /** Writes the CSV files into a folder the user picks (report-pdf.ts); null when cancelled. */
  exportReportCsv: (target: ReportTarget, sender: HandlerContext['sender']) => Promise<Result<{ savedTo: string[] } | null>>
  /** True for the hidden report window, which may ask for its report data and nothing else. */
  isReportWindow?: (sender: HandlerContext['sender']) => boolean
  /** The clock of the link rate limit (tests pass their own). */
  now?: () => number
}

/** At most this many videos opened in the browser in any LINK_WINDOW_MS: enough for a person clicking, not for a loop. */
export const LINK_OPENS_MAX = 5
export const LINK_WINDOW_MS = 10_000

/** The one channel the hidden report window may call. */
const REPORT_WINDOW_CHANNELS: ReadonlySet<Channel> = new Set<Channel>(['report:data'])

/** Progress events: at most one per 100 ms (≤ 10/s), and a changed value waits at most 100 ms (so ≥ 2/s while it moves). */
export const PROGRESS_INTERVAL_MS = 100

function sameProgress(a: ImportProgress, b: ImportProgress): boolean {
  return a.stage === b.stage && a.percent === b.percent && a.bytesDone === b.bytesDone && a.bytesTotal === b.bytesTotal
}

/**
 * Forwards engine progress to the calling window, throttled: the worker may report thousands of steps, and each IPC
 * message costs a structured clone and a React render. The last value is always delivered before the call returns.
 */
export function progressForwarder(context: HandlerContext): { onProgress: (p: ImportProgress) => void; flush: () => void } {
  let lastSentAt = Number.NEGATIVE_INFINITY
  let lastSent: ImportProgress | null = null
  let pending: ImportProgress | null = null
  let timer: ReturnType<typeof setTimeout> | null = null

  const send = (p: ImportProgress): void => {
    // A flat copy: only the contract's four fields cross to the renderer, whatever object the engine handed over.
    const payload: ImportProgress = { stage: p.stage, bytesDone: p.bytesDone, bytesTotal: p.bytesTotal, percent: p.percent }
    lastSentAt = Date.now()
    lastSent = payload
    context.send(EVENT_CHANNELS.importProgress, payload)
  }
  const flush = (): void => {
    if (timer !== null) clearTimeout(timer)
    timer = null
    const p = pending
    pending = null
    if (p !== null && (lastSent === null || !sameProgress(p, lastSent))) send(p)
  }
  const onProgress = (p: ImportProgress): void => {
    if (lastSent !== null && sameProgress(p, lastSent)) {
      pending = null
      return
    }
    const wait = lastSentAt + PROGRESS_INTERVAL_MS - Date.now()
    if (wait <= 0 && timer === null) {
      pending = null
      send(p)
      return
    }
    pending = p
    timer ??= setTimeout(flush, Math.max(0, wait))
  }
  return { onProgress, flush }
}

async function withProgress<T>(context: HandlerContext, run: (onProgress: (p: ImportProgress) => void) => Promise<T>): Promise<T> {
  const forwarder = progressForwarder(context)
  try {
    return await run(forwarder.onProgress)
  } finally {
    forwarder.flush()
  }
}

function ok<T>(value: T): Result<T> {
  return { ok: true, value, warnings: [] }
}

/** One implementation per channel; the mapped type makes a missing or extra channel a compile error. */
export function channelImpls(deps: HandlerDeps): { readonly [C in Channel]: Impl<C> } {
  const { engine } = deps
  const mayOpenLink = rateLimit(LINK_OPENS_MAX, LINK_WINDOW_MS, deps.now)
  return {
    'import:start': async ([token], context) => {
      const paths = deps.grants.redeem(token)
      if (paths === null) return failure('BAD_ARGS')
      return withProgress(context, (onProgress) => engine.startImport([...paths], onProgress))
    },
    'import:grant-dropped': ([paths]) => ok<ImportGrant>(deps.grants.grant(paths)),
    'import:cancel': () => engine.cancelImport(),
    'import:sample': (_args, context) => withProgress(context, (onProgress) => engine.importSample(onProgress)),
    'imports:list': () => engine.listImports(),
    'imports:open': ([id]) => engine.openImport(id),
    'imports:forget': ([id]) => engine.forgetImport(id),
    'imports:compare': ([olderId, newerId]) => engine.compareImports(olderId, newerId),
    'export:history': ([req]) => engine.history(req),
    'export:likes': ([req]) => engine.likesPage(req),
    'dialog:open': async ([req], context) => {
      const chosen = await deps.showOpenDialog(req, context.sender)
      // The dialog is the user's own choice, but its result goes through the same shape check as a drop.
      const paths = chosen === null ? null : validateImportPaths(chosen)
      return ok(paths === null ? null : deps.grants.grant(paths))
    },
    'link:open-video': async ([videoId]) => {
      // Re-derived and re-checked here, not trusted from the parser: only https TikTok hosts ever reach the OS.
      const url = externalUrl(videoUrlFor(videoId))
      if (url === null) return failure('BAD_ARGS')
      if (!mayOpenLink()) return failure('BUSY')
      await deps.openExternal(url)
      return ok(null)
    },
    'report:data': ([req]) => engine.reportData(req),
    'report:export-pdf': ([target], context) => deps.exportReportPdf(target, context.sender),
    'report:export-csv': ([target], context) => deps.exportReportCsv(target, context.sender),
  }
}

function register<C extends Channel>(channel: C, impls: { readonly [K in Channel]: Impl<K> }, options: HandleOptions, deps: HandlerDeps): void {
  const impl = impls[channel]
  const isReportWindow = deps.isReportWindow
  // The report window runs the same page as the app; main, not the page, decides it may only fetch its report.
  const guarded: Impl<C> =
    isReportWindow === undefined || REPORT_WINDOW_CHANNELS.has(channel)
      ? impl
      : (args, context) => (isReportWindow(context.sender) ? (failure('BAD_ARGS') as Awaited<ReturnType<Impl<C>>>) : impl(args, context))
  handle(channel, ARG_PARSERS[channel], guarded, options)
}

/** Registers every channel of the contract, each through handle(). Returns the channels registered (for tests and logs). */
export function registerIpcHandlers(deps: HandlerDeps): Channel[] {
  const impls = channelImpls(deps)
  const options: HandleOptions = { devServerUrl: deps.devServerUrl, onUnexpected: deps.onUnexpected }
  const channels = Object.keys(impls) as Channel[]
  for (const channel of channels) register(channel, impls, options, deps)
  return channels
}
