// electron/main: glue. The PDF report (hidden locked window on the report view → printToPDF → save dialog) and the CSV export to a chosen folder.
import { constants } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { basename, dirname, extname, join } from 'node:path'
import { BrowserWindow, dialog } from 'electron'
import type { SaveDialogOptions, WebContents } from 'electron'
import { ERROR_TEXT } from '@shared/contract/errors'
import type { Result } from '@shared/contract/result'
import type { CsvFile, PaperSize, ReportData, ReportRequest, ReportTarget } from '@shared/contract/views'
import { REPORT_FAILED_TITLE, REPORT_READY_TITLE, REPORT_ROUTE } from '@shared/contract/views'
import { reportPrintOptions } from '@shared/core/report/print-options'
import { oneAtATime } from './rate-limit'
import { lockedWebPreferences } from './window'

/** A 1M-like report draws in well under a second; anything near this is stuck. */
export const REPORT_READY_TIMEOUT_MS = 30_000

export interface ReportExportDeps {
  engine: {
    reportData(req: ReportRequest): Promise<Result<ReportData>>
    csvFiles(req: ReportTarget): Promise<Result<CsvFile[]>>
  }
  /** The report window's own preload (out/preload/report.js): window.api with reportData only. */
  preloadPath: string
  /** The page the report window loads: app://liketrace/index.html, or the dev server in development. */
  pageUrl: string
  /** Paper for the user's locale (app.getLocaleCountryCode()). */
  paper: () => PaperSize
  now: () => number
  /** Where the save dialogs start (the Documents folder). */
  defaultDir: () => string
  readyTimeoutMs?: number
}

const ok = <T>(value: T): Result<T> => ({ ok: true, value, warnings: [] })

function timeout<T>(): Result<T> {
  return { ok: false, error: { code: 'TIMEOUT', message: `The report could not be drawn in time. ${ERROR_TEXT.TIMEOUT.whatToDo}` }, warnings: [] }
}

function writeFailed<T>(path: string, e: unknown): Result<T> {
  const code = (e as { code?: string }).code ?? 'unknown error'
  return { ok: false, error: { code: 'READ_FAILED', message: `LikeTrace could not write "${basename(path)}" (${code}). Choose another folder, or check that you may write there.` }, warnings: [] }
}

/** The report window's URL: the request travels in the hash query, so the page can ask main for exactly this report. */
export function reportUrl(pageUrl: string, req: ReportRequest): string {
  const q = new URLSearchParams({ exportId: req.exportId, generatedAt: req.generatedAt, paper: req.paper })
  if (req.olderId !== undefined) q.set('olderId', req.olderId)
  return `${pageUrl}${REPORT_ROUTE}?${q.toString()}`
}

/** `LikeTrace report @name 2025-03-01.pdf`; only characters every file system accepts. */
export function reportFileName(data: ReportData): string {
  const who = data.view.summary.account.username
  const safe = who ? `@${who.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 40)} ` : ''
  return `LikeTrace report ${safe}${data.generatedAt.slice(0, 10)}.pdf`
}

/**
 * Resolves once the report view is done, or 'timeout'. Ready: the page sets the ready title and then, a frame later,
 * the report's own title (so the PDF's Title is never the signal); the final title itself, or any title after the ready
 * one, counts. Failed: the failed title. The title is checked after the listener is attached too.
 */
export function waitForReportTitle(contents: WebContents, timeoutMs: number, finalTitle?: string): Promise<'ready' | 'failed' | 'timeout'> {
  return new Promise((resolve) => {
    let sawReady = false
    const verdict = (title: string): 'ready' | 'failed' | null => {
      if (title === REPORT_FAILED_TITLE) return 'failed'
      if (title === REPORT_READY_TITLE) {
        sawReady = true
        return null
      }
      return sawReady || (finalTitle !== undefined && title === finalTitle) ? 'ready' : null
    }
    const finish = (v: 'ready' | 'failed' | 'timeout'): void => {
      clearTimeout(timer)
      contents.removeListener('page-title-updated', onTitle)
      resolve(v)
    }
    const onTitle = (_e: unknown, title: string): void => {
      const v = verdict(title)
      if (v !== null) finish(v)
    }
    const timer = setTimeout(() => finish('timeout'), timeoutMs)
    contents.on('page-title-updated', onTitle)
    const now = verdict(contents.getTitle())
    if (now !== null) finish(now)
  })
}

/** webContents of hidden report windows alive now: IPC lets them ask for their report data and nothing else (ipc-handlers.ts). */
const reportContents = new WeakSet<object>()

export function isReportWindow(contents: object | null): boolean {
  return contents !== null && reportContents.has(contents)
}

/** Renders and prints the report; the hidden window is closed whatever happens. */
export async function printReport(req: ReportRequest, data: ReportData, deps: ReportExportDeps): Promise<Result<Buffer>> {
  const win = new BrowserWindow({ show: false, width: 900, height: 1200, title: 'LikeTrace report', webPreferences: lockedWebPreferences(deps.preloadPath) })
  reportContents.add(win.webContents)
  try {
    const ready = waitForReportTitle(win.webContents, deps.readyTimeoutMs ?? REPORT_READY_TIMEOUT_MS, data.title)
    await win.loadURL(reportUrl(deps.pageUrl, req))
    const state = await ready
    if (state === 'timeout') return timeout()
    if (state === 'failed') return { ok: false, error: { code: 'BAD_ARGS', message: `The report could not be drawn. ${ERROR_TEXT.BAD_ARGS.whatToDo}` }, warnings: [] }
    const o = reportPrintOptions(data)
    const pdf = await win.webContents.printToPDF({
      pageSize: o.paper,
      printBackground: o.printBackground,
      preferCSSPageSize: o.preferCSSPageSize,
      generateTaggedPDF: o.tagged,
      displayHeaderFooter: o.displayHeaderFooter,
      headerTemplate: o.headerTemplate,
      footerTemplate: o.footerTemplate,
    })
    return ok(pdf)
  } finally {
    if (!win.isDestroyed()) win.destroy()
  }
}

function parentOf(sender: WebContents | null): BrowserWindow | null {
  return sender === null ? null : BrowserWindow.fromWebContents(sender)
}

async function askSavePath(sender: WebContents | null, options: SaveDialogOptions): Promise<string | null> {
  const parent = parentOf(sender)
  const r = parent === null ? await dialog.showSaveDialog(options) : await dialog.showSaveDialog(parent, options)
  return r.canceled || !r.filePath ? null : r.filePath
}

/** One export at a time, PDF or CSV: a second request while a dialog or print window is up gets BUSY. */
const oneExport = oneAtATime()

function busy<T>(): Result<T> {
  return { ok: false, error: { code: 'BUSY', message: `An export is already running. ${ERROR_TEXT.BUSY.whatToDo}` }, warnings: [] }
}

/** "Export PDF": print first (so a failure shows before any dialog), then ask where to save. The file is never opened. */
export function exportReportPdf(target: ReportTarget, sender: WebContents | null, deps: ReportExportDeps): Promise<Result<{ savedTo: string } | null>> {
  return oneExport(() => exportPdfNow(target, sender, deps), busy<{ savedTo: string } | null>)
}

/** "Export CSV": build the files, ask for a folder, write them there (never overwriting). */
export function exportReportCsv(target: ReportTarget, sender: WebContents | null, deps: ReportExportDeps): Promise<Result<{ savedTo: string[] } | null>> {
  return oneExport(() => exportCsvNow(target, sender, deps), busy<{ savedTo: string[] } | null>)
}

async function exportPdfNow(target: ReportTarget, sender: WebContents | null, deps: ReportExportDeps): Promise<Result<{ savedTo: string } | null>> {
  const req: ReportRequest = { ...target, generatedAt: new Date(deps.now()).toISOString(), paper: deps.paper() }
  // Asked here first so an import that is gone or a refused comparison comes back as its own plain message.
  const data = await deps.engine.reportData(req)
  if (!data.ok) return data
  const pdf = await printReport(req, data.value, deps)
  if (!pdf.ok) return pdf
  const chosen = await askSavePath(sender, {
    title: 'Save the LikeTrace report',
    buttonLabel: 'Save PDF',
    defaultPath: join(deps.defaultDir(), reportFileName(data.value)),
    filters: [{ name: 'PDF document', extensions: ['pdf'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation', 'dontAddToRecent'],
  })
  if (chosen === null) return ok(null)
  try {
    // The dialog asked before replacing the name the user chose. A name we completed with ".pdf" was never asked
    // about, so it is created exclusively: an existing "name.pdf" is kept and the report goes to "name (2).pdf".
    if (extname(chosen).toLowerCase() === '.pdf') {
      await writeFile(chosen, pdf.value)
      return ok({ savedTo: chosen })
    }
    return ok({ savedTo: await writeNew(dirname(chosen), `${basename(chosen)}.pdf`, pdf.value) })
  } catch (e) {
    return writeFailed(`${chosen}.pdf`, e)
  }
}

/** `name.ext`, else `name (2).ext`, … up to 99, created exclusively (O_EXCL): an existing file is never overwritten. */
export async function writeNew(dir: string, name: string, content: string | Uint8Array): Promise<string> {
  const ext = extname(name)
  const stem = name.slice(0, name.length - ext.length)
  for (let n = 1; ; n++) {
    const path = join(dir, n === 1 ? name : `${stem} (${n})${ext}`)
    try {
      await writeFile(path, content, { encoding: typeof content === 'string' ? 'utf8' : null, flag: constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL })
      return path
    } catch (e) {
      if ((e as { code?: string }).code !== 'EEXIST' || n >= 99) throw e
    }
  }
}

async function exportCsvNow(target: ReportTarget, sender: WebContents | null, deps: ReportExportDeps): Promise<Result<{ savedTo: string[] } | null>> {
  const files = await deps.engine.csvFiles(target)
  if (!files.ok) return files
  const parent = parentOf(sender)
  const options = { title: 'Choose a folder for the CSV files', buttonLabel: 'Save CSV files here', defaultPath: deps.defaultDir(), properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'] as const }
  const r = parent === null ? await dialog.showOpenDialog({ ...options, properties: [...options.properties] }) : await dialog.showOpenDialog(parent, { ...options, properties: [...options.properties] })
  const dir = r.canceled ? undefined : r.filePaths[0]
  if (dir === undefined) return ok(null)
  const saved: string[] = []
  for (const f of files.value) {
    // The names are ours (csvBaseName), but basename() keeps a stray separator from ever leaving the folder.
    try {
      saved.push(await writeNew(dir, basename(f.name), f.content))
    } catch (e) {
      return writeFailed(join(dir, f.name), e)
    }
  }
  return ok({ savedTo: saved })
}
