// shared/node: Node adapters. A loopback-only static server for the built renderer (out/renderer), used by the report CLI to print the report view.
import { createReadStream, statSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, relative, resolve, isAbsolute } from 'node:path'

const MIME: ReadonlyMap<string, string> = new Map([
  ['.html', 'text/html; charset=utf-8'],
  ['.js', 'text/javascript; charset=utf-8'],
  ['.css', 'text/css; charset=utf-8'],
  ['.svg', 'image/svg+xml'],
  ['.png', 'image/png'],
  ['.woff2', 'font/woff2'],
  ['.woff', 'font/woff'],
  ['.json', 'application/json; charset=utf-8'],
])

export interface StaticServer {
  /** `http://127.0.0.1:<port>/` */
  url: string
  close(): Promise<void>
}

/** The file under `root` for a URL path, or null: containment by path.relative, as the app:// handler does it. */
export function fileInside(root: string, urlPath: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null
  const file = resolve(root, `.${decoded === '/' ? '/index.html' : decoded}`)
  const rel = relative(root, file)
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return null
  return file
}

/** Serves `root` on 127.0.0.1 at a free port; only GET, only files of the types the renderer build emits. */
export async function serveStatic(root: string): Promise<StaticServer> {
  const base = resolve(root)
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const file = req.method === 'GET' ? fileInside(base, url.pathname) : null
    const type = file ? MIME.get(extname(file)) : undefined
    let isFile = false
    try {
      isFile = file !== null && statSync(file).isFile()
    } catch {
      isFile = false
    }
    if (file === null || type === undefined || !isFile) {
      res.writeHead(404)
      res.end()
      return
    }
    res.writeHead(200, { 'content-type': type, 'x-content-type-options': 'nosniff' })
    createReadStream(join(file)).pipe(res)
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise((r) => {
        server.close(() => r())
        server.closeAllConnections()
      }),
  }
}
