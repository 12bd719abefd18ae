// shared/node: Node adapters. The `report` command: reads export(s) with the engine, prints the app's report view to PDF in a local Chromium, writes the CSVs.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, statSync } from 'node:fs'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { delimiter, dirname, join, resolve } from 'node:path'
import { chromium } from 'playwright-core'
import type { AppError } from '@shared/contract/result'
import type { PaperSize, ReportData, ReportRequest } from '@shared/contract/views'
import { REPORT_ROUTE, REPORT_STATE_ATTRIBUTE } from '@shared/contract/views'
import { paperForLocale } from '../core/report/paper'
import { reportPrintOptions } from '../core/report/print-options'
import { isBuildFresh } from './build-check.mjs'
import { LikeTraceEngine } from './engine/engine'
import { serveStatic } from './static-server'

export interface ReportIo {
  out: (text: string) => void
  err: (text: string) => void
  now?: number
  /** Where to look for a browser on PATH (defaults to process.env.PATH). */
  pathEnv?: string
  /** The locale deciding the paper when --paper is not given (defaults to LC_ALL / LC_PAPER / LANG, then Intl). */
  locale?: string
}

const ROOT = resolve(__dirname, '../..')
const RENDERER_DIR = join(ROOT, 'out/renderer')

const USAGE =
  'Usage: npm run report -- <export.zip | user_data_tiktok.json | folder | file.txt …> [--compare <older export>] --out report.pdf [--csv DIR] [--browser <chrome-or-chromium>] [--paper A4|Letter] [--generated-at <ISO date-time>]'

/** Chromium-family browsers, most likely first. Debian's /usr/bin/chromium leads: it is what CI installs. */
export const BROWSER_CANDIDATES: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/microsoft-edge',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
]
const BROWSER_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome', 'microsoft-edge']

/** The flags the e2e tests use: no sandbox (containers), and no calls home to Google services on a closed network. */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync']

/** How long the report view may take to draw before the CLI gives up. */
const READY_TIMEOUT_MS = 30_000

export interface ReportArgs {
  paths: string[]
  compare: string | null
  out: string
  csv: string | null
  browser: string | null
  paper: PaperSize | null
  generatedAt: string | null
}

export function parseReportArgs(argv: readonly string[]): ReportArgs | { error: string } {
  const args: Omit<ReportArgs, 'out'> & { out: string | null } = { paths: [], compare: null, out: null, csv: null, browser: null, paper: null, generatedAt: null }
  const valued = new Set(['--compare', '--out', '--csv', '--browser', '--paper', '--generated-at'])
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    if (arg === '--help' || arg === '-h') return { error: USAGE }
    if (valued.has(arg)) {
      const value = argv[i + 1]
      if (value === undefined || value.startsWith('--')) return { error: `${arg} needs a value.\n${USAGE}` }
      i++
      if (arg === '--compare') args.compare = value
      else if (arg === '--out') args.out = value
      else if (arg === '--csv') args.csv = value
      else if (arg === '--browser') args.browser = value
      else if (arg === '--paper') {
        if (value !== 'A4' && value !== 'Letter') return { error: `--paper is A4 or Letter.\n${USAGE}` }
        args.paper = value
      } else {
        if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/.test(value) || Number.isNaN(Date.parse(value))) return { error: `--generated-at is a UTC date-time such as 2025-03-01T12:00:00Z.\n${USAGE}` }
        args.generatedAt = new Date(value).toISOString()
      }
    } else if (arg.startsWith('--')) return { error: `Unknown option ${arg}.\n${USAGE}` }
    else args.paths.push(arg)
  }
  if (args.paths.length === 0) return { error: USAGE }
  if (args.out === null) return { error: `--out <file.pdf> is required.\n${USAGE}` }
  return { ...args, out: args.out }
}

/** The browser to print with: --browser if given (it must exist), else the first known location, else a name on PATH. */
export function findBrowser(explicit: string | null, pathEnv: string = process.env['PATH'] ?? '', exists: (p: string) => boolean = isFile): string | null {
  if (explicit !== null) return exists(explicit) ? explicit : null
  for (const c of BROWSER_CANDIDATES) if (exists(c)) return c
  for (const dir of pathEnv.split(delimiter).filter(Boolean)) for (const name of BROWSER_NAMES) if (exists(join(dir, name))) return join(dir, name)
  return null
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile()
  } catch {
    return false
  }
}

/**
 * Builds the renderer when out/renderer is missing, or older than its sources in a checkout (a stale build would print
 * an old report view). An installed copy without sources just uses its build.
 */
export function ensureRendererBuilt(log: (text: string) => void): void {
  const index = join(RENDERER_DIR, 'index.html')
  if (isBuildFresh(index, [join(ROOT, 'renderer'), join(ROOT, 'shared/contract')])) return
  log(!existsSync(index) ? 'Building the report view (first run)…' : 'Rebuilding the report view (its sources changed)…')
  execFileSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'ignore' })
}

/** The page's window.api: just reportData, answering with the data the CLI already built. Serialised twice so it is a JS string literal, never code. */
function apiScript(data: ReportData): string {
  const json = JSON.stringify(JSON.stringify(data))
  return `(() => { const value = JSON.parse(${json}); window.api = { reportData: async () => ({ ok: true, value, warnings: [] }) } })()`
}

/** Prints ReportData to PDF bytes with the app's own report view. */
export async function printReportPdf(data: ReportData, browserPath: string): Promise<Buffer> {
  const server = await serveStatic(RENDERER_DIR)
  const browser = await chromium.launch({ executablePath: browserPath, args: CHROMIUM_ARGS })
  try {
    const context = await browser.newContext({ viewport: { width: 900, height: 1200 }, colorScheme: 'light' })
    // Offline like the app: only the loopback server answers; anything else the page might ask for is refused.
    const origin = new URL(server.url).origin
    await context.route('**/*', (route) => (new URL(route.request().url()).origin === origin ? route.continue() : route.abort()))
    await context.addInitScript({ content: apiScript(data) })
    const page = await context.newPage()
    const q = new URLSearchParams({ exportId: data.view.exportId, generatedAt: data.generatedAt, paper: data.paper })
    await page.goto(`${server.url}index.html${REPORT_ROUTE}?${q.toString()}`)
    // The view sets the attribute after its final title, so the PDF is titled after the report, not the signal.
    const state = await page.waitForSelector(`html[${REPORT_STATE_ATTRIBUTE}="ready"], html[${REPORT_STATE_ATTRIBUTE}="failed"]`, { state: 'attached', timeout: READY_TIMEOUT_MS })
    if ((await state.getAttribute(REPORT_STATE_ATTRIBUTE)) !== 'ready') throw new Error('The report view could not draw the report.')
    const o = reportPrintOptions(data)
    return await page.pdf({
      format: o.paper,
      printBackground: o.printBackground,
      preferCSSPageSize: o.preferCSSPageSize,
      tagged: o.tagged,
      displayHeaderFooter: o.displayHeaderFooter,
      headerTemplate: o.headerTemplate,
      footerTemplate: o.footerTemplate,
    })
  } finally {
    await browser.close()
    await server.close()
  }
}

function systemLocale(io: ReportIo): string {
  const env = process.env
  return io.locale ?? env['LC_ALL'] ?? env['LC_PAPER'] ?? env['LANG'] ?? Intl.DateTimeFormat().resolvedOptions().locale
}

/** Runs the command; returns the exit code (0 ok, 2 bad arguments, no browser, or an export that could not be read). */
export async function runReport(argv: readonly string[], io: ReportIo): Promise<number> {
  const args = parseReportArgs(argv)
  if ('error' in args) {
    io.err(args.error)
    return 2
  }
  const browser = findBrowser(args.browser, io.pathEnv)
  if (browser === null) {
    io.err(
      args.browser !== null
        ? `The browser "${args.browser}" was not found. Pass the path of Chromium, Google Chrome or Microsoft Edge with --browser.`
        : 'No Chromium-family browser was found to print the report. Install Chromium (Debian/Ubuntu: sudo apt-get install chromium) or Google Chrome, or pass its path with --browser.',
    )
    return 2
  }
  const fail = (error: AppError): number => {
    io.err(`LikeTrace could not make the report.\n${error.message} (${error.code})`)
    return 2
  }
  const started = Date.now()
  const store = mkdtempSync(join(tmpdir(), 'liketrace-report-'))
  try {
    const engine = new LikeTraceEngine({ storeDir: store, resourcesDir: join(ROOT, 'resources'), now: io.now === undefined ? undefined : () => io.now as number })
    let olderId: string | undefined
    if (args.compare !== null) {
      const older = await engine.startImport([args.compare], () => undefined)
      if (!older.ok) return fail(older.error)
      olderId = older.value.exportId
    }
    const newer = await engine.startImport(args.paths, () => undefined)
    if (!newer.ok) return fail(newer.error)
    const req: ReportRequest = {
      exportId: newer.value.exportId,
      generatedAt: args.generatedAt ?? new Date(io.now ?? Date.now()).toISOString(),
      paper: args.paper ?? paperForLocale(systemLocale(io)),
      ...(olderId !== undefined && olderId !== newer.value.exportId ? { olderId } : {}),
    }
    const data = await engine.reportData(req)
    if (!data.ok) return fail(data.error)
    const read = Date.now()

    ensureRendererBuilt(io.err)
    let pdf: Buffer
    try {
      pdf = await printReportPdf(data.value, browser)
    } catch (e) {
      io.err(`LikeTrace could not print the report with ${browser}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`)
      return 2
    }
    const printed = Date.now()
    await mkdir(dirname(resolve(args.out)), { recursive: true })
    await writeFile(args.out, pdf)
    io.out(`Wrote ${args.out} (${Math.round(pdf.length / 1024)} kB, ${data.value.paper}) — read ${((read - started) / 1000).toFixed(1)} s, printed ${((printed - read) / 1000).toFixed(1)} s`)

    if (args.csv !== null) {
      const files = await engine.csvFiles(req)
      if (!files.ok) return fail(files.error)
      await mkdir(args.csv, { recursive: true })
      for (const f of files.value) {
        const path = join(args.csv, f.name)
        await writeFile(path, f.content, 'utf8')
        io.out(`Wrote ${path}`)
      }
    }
    return 0
  } finally {
    await rm(store, { recursive: true, force: true })
  }
}
