// tests/e2e: a loopback server that serves the built renderer and implements the IPC contract over HTTP with the real engine, for Chromium end-to-end tests.
import { randomBytes } from 'node:crypto'
import { createReadStream, existsSync, mkdtempSync, statSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { basename, extname, join, normalize, resolve, sep } from 'node:path'
import type { HistoryRequest, ImportProgress, LikesPageRequest, ReportRequest } from '@shared/contract/views'
import { LikeTraceEngine } from '../../shared/node/engine/engine'

const ROOT = resolve(__dirname, '../..')
const RENDERER = join(ROOT, 'out/renderer')
const MIME = new Map([
  ['.html', 'text/html; charset=utf-8'],
  ['.js', 'text/javascript; charset=utf-8'],
  ['.css', 'text/css; charset=utf-8'],
  ['.svg', 'image/svg+xml'],
  ['.png', 'image/png'],
  ['.woff2', 'font/woff2'],
])

export interface Bridge {
  url: string
  /** Paths the next "Open" dialog returns (null = the user cancels). */
  nextDialog(paths: string[] | null): void
  /** Videos the page asked to open in the browser. */
  openedVideos: string[]
  close(): Promise<void>
}

/** The window.api the page gets: every contract function becomes a POST to /api/call; progress arrives as server-sent events. */
export const BRIDGE_SCRIPT = `
(() => {
  const call = async (method, args) => {
    const response = await fetch('/api/call', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ method, args }) })
    return response.json()
  }
  const listeners = new Set()
  const events = new EventSource('/api/progress')
  events.onmessage = (m) => { const p = JSON.parse(m.data); for (const l of listeners) l(p) }
  const methods = ['startImport', 'cancelImport', 'importSample', 'listImports', 'openImport', 'forgetImport', 'compareImports', 'history', 'likesPage', 'openDialog', 'openVideo', 'reportData', 'exportReportPdf', 'exportReportCsv']
  const api = {}
  for (const name of methods) api[name] = (...args) => call(name, args)
  api.onImportProgress = (listener) => { listeners.add(listener); return () => listeners.delete(listener) }
  // As in the app: dropped Files become a grant (the preload resolves them; here the name stands in for the path).
  api.grantDroppedFiles = (files) => call('grantDroppedFiles', [Array.from(files, (file) => '/e2e-drop/' + file.name)])
  window.api = api
})()
`

async function body(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = []
  for await (const c of req) chunks.push(c as Buffer)
  return JSON.parse(Buffer.concat(chunks).toString('utf8'))
}

export async function startBridge(options: { dropDir?: string } = {}): Promise<Bridge> {
  const engine = new LikeTraceEngine({ storeDir: mkdtempSync(join(tmpdir(), 'liketrace-e2e-')), resourcesDir: join(ROOT, 'resources') })
  const progressClients = new Set<ServerResponse>()
  const dialogQueue: Array<string[] | null> = []
  const openedVideos: string[] = []
  let abort: AbortController | null = null
  const onProgress = (p: ImportProgress): void => {
    for (const client of progressClients) client.write(`data: ${JSON.stringify(p)}\n\n`)
  }
  // Main's part: paths stay here, the page gets a token (import-grants.ts in the app).
  const grants = new Map<string, string[]>()
  const grant = (paths: string[]): { ok: true; value: { token: string; label: string }; warnings: [] } => {
    const token = randomBytes(16).toString('hex')
    grants.set(token, paths)
    return { ok: true, value: { token, label: paths.length === 1 ? basename(paths[0] ?? '') : `${paths.length} files` }, warnings: [] }
  }
  const dropPath = (p: string): string => (options.dropDir && p.startsWith('/e2e-drop/') ? join(options.dropDir, p.slice('/e2e-drop/'.length)) : p)

  const handlers = new Map<string, (args: unknown[]) => Promise<unknown>>([
    ['startImport', async (args) => {
      const paths = grants.get(String(args[0]))
      grants.delete(String(args[0]))
      if (paths === undefined) return { ok: false, error: { code: 'BAD_ARGS', message: 'unknown grant' }, warnings: [] }
      abort = new AbortController()
      return engine.startImport(paths.map(dropPath), onProgress, abort.signal)
    }],
    ['grantDroppedFiles', async (args) => grant(args[0] as string[])],
    ['importSample', async () => {
      abort = new AbortController()
      return engine.importSample(onProgress, abort.signal)
    }],
    ['cancelImport', async () => {
      abort?.abort()
      return { ok: true, value: null, warnings: [] }
    }],
    ['listImports', async () => engine.listImports()],
    ['openImport', async (args) => engine.openImport(args[0] as string)],
    ['forgetImport', async (args) => engine.forgetImport(args[0] as string)],
    ['compareImports', async (args) => engine.compareImports(args[0] as string, args[1] as string)],
    ['history', async (args) => engine.history(args[0] as HistoryRequest)],
    ['likesPage', async (args) => engine.likesPage(args[0] as LikesPageRequest)],
    ['openDialog', async () => {
      const paths = dialogQueue.shift() ?? null
      return paths === null ? { ok: true, value: null, warnings: [] } : grant(paths)
    }],
    ['reportData', async (args) => engine.reportData(args[0] as ReportRequest)],
    // Saving needs main's dialogs; in the browser the export buttons behave as if the user cancelled.
    ['exportReportPdf', async () => ({ ok: true, value: null, warnings: [] })],
    ['exportReportCsv', async () => ({ ok: true, value: null, warnings: [] })],
    ['openVideo', async (args) => {
      openedVideos.push(String(args[0]))
      return { ok: true, value: null, warnings: [] }
    }],
  ])

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    if (url.pathname === '/api/progress') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' })
      res.write(': connected\n\n')
      progressClients.add(res)
      req.on('close', () => progressClients.delete(res))
      return
    }
    if (url.pathname === '/api/call' && req.method === 'POST') {
      body(req)
        .then(async (payload) => {
          const { method, args } = payload as { method: string; args: unknown[] }
          const handler = handlers.get(method)
          const result = handler ? await handler(args) : { ok: false, error: { code: 'BAD_ARGS', message: `unknown method ${method}` }, warnings: [] }
          res.writeHead(200, { 'content-type': 'application/json' })
          res.end(JSON.stringify(result))
        })
        .catch((e: unknown) => {
          res.writeHead(500)
          res.end(String(e))
        })
      return
    }
    const file = normalize(join(RENDERER, url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname)))
    if (!file.startsWith(RENDERER + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404)
      res.end()
      return
    }
    res.writeHead(200, { 'content-type': MIME.get(extname(file)) ?? 'application/octet-stream' })
    createReadStream(file).pipe(res)
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    nextDialog: (paths) => dialogQueue.push(paths),
    openedVideos,
    close: () =>
      new Promise((r) => {
        for (const c of progressClients) c.end()
        server.close(() => r())
        server.closeAllConnections()
      }),
  }
}
