// electron/main tests: the PDF export (hidden locked window, ready signal, printToPDF options, save dialog, cleanup) and the CSV export, with electron mocked.
import { EventEmitter } from 'node:events'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Result } from '@shared/contract/result'
import type { CsvFile, ReportData } from '@shared/contract/views'
import { REPORT_FAILED_TITLE, REPORT_READY_TITLE } from '@shared/contract/views'

const m = vi.hoisted(() => ({
  windows: [] as Array<{ options: unknown; url: string | null; destroyed: boolean; contents: unknown }>,
  /** The titles the page sets once loaded, in order (the ready step, then the report's own title), or none. */
  pageTitles: [] as string[],
  showSaveDialog: vi.fn(),
  showOpenDialog: vi.fn(),
  printToPDF: vi.fn(),
}))

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events')
  class FakeContents extends Emitter {
    title = ''
    getTitle(): string {
      return this.title
    }
    printToPDF = m.printToPDF
  }
  class FakeWindow {
    webContents = new FakeContents()
    record: { options: unknown; url: string | null; destroyed: boolean; contents: unknown }
    constructor(options: unknown) {
      this.record = { options, url: null, destroyed: false, contents: this.webContents }
      m.windows.push(this.record)
    }
    async loadURL(url: string): Promise<void> {
      this.record.url = url
      m.pageTitles.forEach((title, i) => {
        setTimeout(() => {
          this.webContents.title = title
          this.webContents.emit('page-title-updated', {}, title)
        }, 5 + 5 * i)
      })
    }
    isDestroyed(): boolean {
      return this.record.destroyed
    }
    destroy(): void {
      this.record.destroyed = true
    }
    static fromWebContents(): null {
      return null
    }
  }
  return { BrowserWindow: FakeWindow, dialog: { showSaveDialog: m.showSaveDialog, showOpenDialog: m.showOpenDialog } }
})

const { exportReportCsv, exportReportPdf, isReportWindow, reportFileName, reportUrl } = await import('./report-pdf')
type Deps = Parameters<typeof exportReportPdf>[2]

const ID_A = 'a'.repeat(64)
const ID_B = 'b'.repeat(64)
const ok = <T>(value: T): Result<T> => ({ ok: true, value, warnings: [] })
const TITLE = 'LikeTrace report — @zoë/../x — 1 Mar 2025'
const REPORT = {
  generatedAt: '2025-03-01T12:00:00.000Z',
  paper: 'Letter',
  title: TITLE,
  account: '@zoë/<b>x</b>',
  madeUp: true,
  view: { summary: { account: { username: 'zoë/../x' } } },
} as unknown as ReportData

let dir: string
let deps: Deps

beforeEach(() => {
  m.windows.length = 0
  m.pageTitles = [REPORT_READY_TITLE, TITLE]
  m.showSaveDialog.mockReset()
  m.showOpenDialog.mockReset()
  m.printToPDF.mockReset().mockResolvedValue(Buffer.from('%PDF-1.7 fake'))
  dir = mkdtempSync(join(tmpdir(), 'liketrace-report-pdf-'))
  deps = {
    engine: {
      reportData: vi.fn(async () => ok(REPORT)),
      csvFiles: vi.fn(async () => ok<CsvFile[]>([{ name: 'a-likes.csv', content: '\uFEFFx' }, { name: '../b-events.csv', content: '\uFEFFy' }])),
    },
    preloadPath: '/app/out/preload/index.js',
    pageUrl: 'app://liketrace/index.html',
    paper: () => 'Letter',
    now: () => Date.parse('2025-03-01T12:00:00Z'),
    defaultDir: () => dir,
    readyTimeoutMs: 200,
  }
})

describe('report URL and file name', () => {
  it('carries the request in the hash query', () => {
    expect(reportUrl('app://liketrace/index.html', { exportId: ID_A, olderId: ID_B, generatedAt: '2025-03-01T12:00:00.000Z', paper: 'A4' })).toBe(
      `app://liketrace/index.html#/report?exportId=${ID_A}&generatedAt=2025-03-01T12%3A00%3A00.000Z&paper=A4&olderId=${ID_B}`,
    )
  })
  it('names the file after the account and date, with safe characters only', () => {
    expect(reportFileName(REPORT)).toBe('LikeTrace report @zo__.._x 2025-03-01.pdf')
  })
})

describe('exportReportPdf', () => {
  it('prints in a hidden locked window, then saves where the user chose, and closes the window', async () => {
    const target = join(dir, 'my report')
    m.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target })
    const r = await exportReportPdf({ exportId: ID_A, olderId: ID_B }, null, deps)
    expect(r).toEqual(ok({ savedTo: `${target}.pdf` }))
    expect(readFileSync(`${target}.pdf`, 'utf8')).toBe('%PDF-1.7 fake')
    expect(m.windows).toHaveLength(1)
    const win = m.windows[0]
    expect(win?.options).toMatchObject({ show: false, webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, webviewTag: false, spellcheck: false, preload: deps.preloadPath } })
    expect(win?.url).toBe(reportUrl(deps.pageUrl, { exportId: ID_A, olderId: ID_B, generatedAt: '2025-03-01T12:00:00.000Z', paper: 'Letter' }))
    expect(win?.destroyed).toBe(true)
    expect(m.printToPDF).toHaveBeenCalledTimes(1)
    const options = m.printToPDF.mock.calls[0]?.[0] as Record<string, unknown>
    expect(options).toMatchObject({ pageSize: 'Letter', printBackground: true, preferCSSPageSize: true, displayHeaderFooter: true, generateTaggedPDF: true })
    expect(String(options['footerTemplate'])).toMatch(/class="pageNumber".*class="totalPages"/)
    // The footer names the account (escaped: it is HTML), the date and the made-up mark.
    expect(String(options['footerTemplate'])).toContain('LikeTrace report · @zoë/&#60;b&#62;x&#60;/b&#62; · 1 Mar 2025 · sample: made-up data')
    const dialogOptions = m.showSaveDialog.mock.calls[0]?.[0] as { defaultPath: string; properties: string[] }
    expect(dialogOptions.defaultPath).toBe(join(dir, 'LikeTrace report @zo__.._x 2025-03-01.pdf'))
    expect(dialogOptions.properties).toContain('dontAddToRecent')
    // The printing happened before the dialog: a failure never leaves the user with a dialog for nothing.
    expect(m.printToPDF.mock.invocationCallOrder[0]).toBeLessThan(m.showSaveDialog.mock.invocationCallOrder[0] ?? 0)
  })

  it('never overwrites a file the dialog did not ask about: "name" + ".pdf" is created exclusively', async () => {
    writeFileSync(join(dir, 'my report.pdf'), 'an earlier report')
    m.showSaveDialog.mockResolvedValue({ canceled: false, filePath: join(dir, 'my report') })
    expect(await exportReportPdf({ exportId: ID_A }, null, deps)).toEqual(ok({ savedTo: join(dir, 'my report (2).pdf') }))
    expect(readFileSync(join(dir, 'my report.pdf'), 'utf8')).toBe('an earlier report')
    expect(readFileSync(join(dir, 'my report (2).pdf'), 'utf8')).toBe('%PDF-1.7 fake')
  })

  it('replaces a .pdf the user chose in the dialog (which asked before replacing it)', async () => {
    writeFileSync(join(dir, 'chosen.PDF'), 'old')
    m.showSaveDialog.mockResolvedValue({ canceled: false, filePath: join(dir, 'chosen.PDF') })
    expect(await exportReportPdf({ exportId: ID_A }, null, deps)).toEqual(ok({ savedTo: join(dir, 'chosen.PDF') }))
    expect(readFileSync(join(dir, 'chosen.PDF'), 'utf8')).toBe('%PDF-1.7 fake')
    expect((m.showSaveDialog.mock.calls[0]?.[0] as { properties: string[] }).properties).toContain('showOverwriteConfirmation')
  })

  it('runs one export at a time: a second PDF or CSV request while one runs gets BUSY and opens nothing', async () => {
    let answer: (v: unknown) => void = () => undefined
    m.showSaveDialog.mockReturnValue(new Promise((r) => (answer = r)))
    const first = exportReportPdf({ exportId: ID_A }, null, deps)
    await vi.waitFor(() => expect(m.showSaveDialog).toHaveBeenCalledTimes(1))
    expect(await exportReportPdf({ exportId: ID_A }, null, deps)).toMatchObject({ ok: false, error: { code: 'BUSY' } })
    expect(await exportReportCsv({ exportId: ID_A }, null, deps)).toMatchObject({ ok: false, error: { code: 'BUSY' } })
    expect(m.windows).toHaveLength(1)
    expect(m.showOpenDialog).not.toHaveBeenCalled()
    answer({ canceled: true, filePath: '' })
    expect(await first).toEqual(ok(null))
    m.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' })
    expect(await exportReportPdf({ exportId: ID_A }, null, deps)).toEqual(ok(null))
  })

  it('marks its hidden window as a report window (IPC then allows it report:data only)', async () => {
    m.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' })
    await exportReportPdf({ exportId: ID_A }, null, deps)
    expect(isReportWindow(m.windows[0]?.contents as object)).toBe(true)
    expect(isReportWindow({})).toBe(false)
    expect(isReportWindow(null)).toBe(false)
  })

  it('returns null and writes nothing when the dialog is cancelled', async () => {
    m.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' })
    expect(await exportReportPdf({ exportId: ID_A }, null, deps)).toEqual(ok(null))
    expect(readdirSync(dir)).toEqual([])
    expect(m.windows[0]?.destroyed).toBe(true)
  })

  it('prints once the title has moved on from the ready step, so the PDF is never titled after the signal', async () => {
    m.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' })
    m.pageTitles = [REPORT_READY_TITLE, 'anything after the step']
    await exportReportPdf({ exportId: ID_A }, null, deps)
    expect(m.printToPDF).toHaveBeenCalledTimes(1)
    m.printToPDF.mockClear()
    // The report's own title alone also counts (two title changes in one frame can arrive as one).
    m.pageTitles = [TITLE]
    await exportReportPdf({ exportId: ID_A }, null, deps)
    expect(m.printToPDF).toHaveBeenCalledTimes(1)
  })

  it('does not print while the title is still the ready step', async () => {
    m.pageTitles = [REPORT_READY_TITLE]
    const r = await exportReportPdf({ exportId: ID_A }, null, deps)
    expect(r.ok || r.error.code).toBe('TIMEOUT')
    expect(m.printToPDF).not.toHaveBeenCalled()
  })

  it('gives up with TIMEOUT when the page never signals ready, and still closes the window', async () => {
    m.pageTitles = []
    const r = await exportReportPdf({ exportId: ID_A }, null, deps)
    expect(r.ok || r.error.code).toBe('TIMEOUT')
    expect(m.printToPDF).not.toHaveBeenCalled()
    expect(m.showSaveDialog).not.toHaveBeenCalled()
    expect(m.windows[0]?.destroyed).toBe(true)
  })

  it('stops at once when the page reports that it could not draw the report', async () => {
    m.pageTitles = [REPORT_FAILED_TITLE]
    const r = await exportReportPdf({ exportId: ID_A }, null, deps)
    expect(r.ok).toBe(false)
    expect(m.printToPDF).not.toHaveBeenCalled()
    expect(m.windows[0]?.destroyed).toBe(true)
  })

  it('returns the engine failure without opening a window', async () => {
    vi.mocked(deps.engine.reportData).mockResolvedValue({ ok: false, error: { code: 'FILE_NOT_FOUND', message: 'gone' }, warnings: [] })
    expect(await exportReportPdf({ exportId: ID_A }, null, deps)).toMatchObject({ ok: false, error: { code: 'FILE_NOT_FOUND' } })
    expect(m.windows).toHaveLength(0)
  })

  it('closes the window when printing throws', async () => {
    m.printToPDF.mockRejectedValue(new Error('print failed'))
    await expect(exportReportPdf({ exportId: ID_A }, null, deps)).rejects.toThrow('print failed')
    expect(m.windows[0]?.destroyed).toBe(true)
  })
})

describe('exportReportCsv', () => {
  it('writes every file into the chosen folder, never outside it, never over an earlier export', async () => {
    writeFileSync(join(dir, 'a-likes.csv'), 'earlier export')
    m.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [dir] })
    const r = await exportReportCsv({ exportId: ID_A }, null, deps)
    expect(r).toEqual(ok({ savedTo: [join(dir, 'a-likes (2).csv'), join(dir, 'b-events.csv')] }))
    expect(readFileSync(join(dir, 'a-likes.csv'), 'utf8')).toBe('earlier export')
    expect(readFileSync(join(dir, 'a-likes (2).csv'), 'utf8')).toBe('\uFEFFx')
    expect((m.showOpenDialog.mock.calls[0]?.[0] as { properties: string[] }).properties).toEqual(['openDirectory', 'createDirectory', 'dontAddToRecent'])
  })

  it('returns null when the folder dialog is cancelled', async () => {
    m.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] })
    expect(await exportReportCsv({ exportId: ID_A }, null, deps)).toEqual(ok(null))
    expect(readdirSync(dir)).toEqual([])
  })
})

void EventEmitter
