// shared/contract: environment-free. The one IPC contract: channel names, argument tuples and Result types; window.api is derived from it.
import type { Result } from './result'
import type { ComparisonView, DialogRequest, ExportView, HistoryRequest, HistoryView, ImportGrant, ImportListing, ImportProgress, LikesPage, LikesPageRequest, ReportData, ReportRequest, ReportTarget } from './views'

export interface IpcContract {
  /** Reads the export behind a grant from dialog:open or a drop (a zip, JSON, TXT or CSV file, or a folder), analyses it and remembers it. */
  'import:start': { args: [token: string]; result: Result<ExportView> }
  /** Preload only (not on window.api): registers the paths webUtils resolved for dropped File objects; the page gets the grant. */
  'import:grant-dropped': { args: [paths: string[]]; result: Result<ImportGrant> }
  /** Stops the running import, if any. */
  'import:cancel': { args: []; result: Result<null> }
  /** Imports the sample export shipped with the app (and its earlier export, for the comparison). */
  'import:sample': { args: []; result: Result<ExportView> }
  'imports:list': { args: []; result: Result<ImportListing[]> }
  'imports:open': { args: [id: string]; result: Result<ExportView> }
  'imports:forget': { args: [id: string]; result: Result<null> }
  'imports:compare': { args: [olderId: string, newerId: string]; result: Result<ComparisonView> }
  'export:history': { args: [req: HistoryRequest]; result: Result<HistoryView> }
  'export:likes': { args: [req: LikesPageRequest]; result: Result<LikesPage> }
  /** Shows the system open dialog; the chosen files as a grant, or null when the user cancels. */
  'dialog:open': { args: [req: DialogRequest]; result: Result<ImportGrant | null> }
  /** Opens a liked video on tiktok.com in the default browser (https TikTok hosts only). */
  'link:open-video': { args: [videoId: string]; result: Result<null> }
  /** The report view's data (the hidden report window asks for it with the request main put in its URL). */
  'report:data': { args: [req: ReportRequest]; result: Result<ReportData> }
  /** Renders the report in a hidden window, prints it to PDF and asks where to save it; null when the user cancels. The file is never opened. */
  'report:export-pdf': { args: [target: ReportTarget]; result: Result<{ savedTo: string } | null> }
  /** Writes likes (with status), vanished likes and events as CSV into a folder the user picks; null when cancelled. */
  'report:export-csv': { args: [target: ReportTarget]; result: Result<{ savedTo: string[] } | null> }
}

export type Channel = keyof IpcContract
export type Args<C extends Channel> = IpcContract[C]['args']
export type Res<C extends Channel> = IpcContract[C]['result']

/** Function names on window.api → channels. The preload exposes exactly these, plus the event subscriptions below. */
export const API_CHANNELS = {
  startImport: 'import:start',
  cancelImport: 'import:cancel',
  importSample: 'import:sample',
  listImports: 'imports:list',
  openImport: 'imports:open',
  forgetImport: 'imports:forget',
  compareImports: 'imports:compare',
  history: 'export:history',
  likesPage: 'export:likes',
  openDialog: 'dialog:open',
  openVideo: 'link:open-video',
  reportData: 'report:data',
  exportReportPdf: 'report:export-pdf',
  exportReportCsv: 'report:export-csv',
} as const satisfies Record<string, Channel>

/** Channels only the preload calls, from functions that take what the page cannot forge (File objects from a drop). */
export const PRELOAD_CHANNELS = {
  grantDropped: 'import:grant-dropped',
} as const satisfies Record<string, Channel>

/** Main → renderer events. */
export const EVENT_CHANNELS = {
  importProgress: 'import:progress',
} as const

export interface EventPayloads {
  'import:progress': ImportProgress
}

export type IpcApi = {
  [K in keyof typeof API_CHANNELS]: (...args: Args<(typeof API_CHANNELS)[K]>) => Promise<Res<(typeof API_CHANNELS)[K]>>
} & {
  /** Subscribes to import progress; returns the unsubscribe function. */
  onImportProgress: (listener: (progress: ImportProgress) => void) => () => void
}
