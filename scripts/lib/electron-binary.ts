// scripts: finds the Electron app binary (fetched on first use since Electron 42) and words in one line why it cannot be had.
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** Where the `electron` npm package keeps its binary: dist/ plus path.txt naming the executable inside it. */
export function installedElectronBinary(root: string): string | null {
  const pkg = join(root, 'node_modules', 'electron')
  const pathFile = join(pkg, 'path.txt')
  if (!existsSync(pathFile)) return null
  const binary = join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? binary : null
}

/** The Node version the Electron 45 downloader (@electron/get 5) declares; older Nodes run it too, but unsupported. */
export const TOOLCHAIN_NODE = '22.12'

function nodeIsOlder(version: string, wanted: string): boolean {
  const [a = 0, b = 0] = version.replace(/^v/, '').split('.').map(Number)
  const [x = 0, y = 0] = wanted.split('.').map(Number)
  return a < x || (a === x && b < y)
}

/** The host the binary comes from: Electron's GitHub releases, or the mirror named by ELECTRON_MIRROR. */
export function downloadHost(mirror: string | undefined): string {
  if (mirror) {
    try {
      return new URL(mirror).host || mirror
    } catch {
      return mirror
    }
  }
  return 'github.com'
}

/** Turns the downloader's output (a stack trace, usually) into a short reason, or the output's last line. */
export function fetchFailureReason(output: string, host: string): string {
  const text = output.replace(/\s+/g, ' ')
  if (/ENOTFOUND|EAI_AGAIN|getaddrinfo/.test(text)) return `${host} could not be found (no DNS or no network)`
  if (/ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|fetch failed|socket hang up/.test(text)) return `${host} could not be reached`
  const status = /\b(?:HTTP|status)\D{0,12}(\d{3})\b/i.exec(text)
  if (status) return `${host} answered HTTP ${status[1]}`
  if (/checksum|sha256/i.test(text)) return 'the downloaded file did not match its checksum'
  if (/ENOSPC/.test(text)) return 'the disk is full'
  if (/EACCES|EPERM/.test(text)) return 'node_modules/electron is not writable'
  const last = output
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('at '))
    .pop()
  return last ? last.slice(0, 160) : 'the downloader stopped without saying why'
}

/** The one line `npm start`, `npm run dist` and `npm run smoke` print when there is no binary; `consequence` says what did not happen. */
export function missingBinaryLine(opts: { reason: string; consequence: string; nodeVersion: string; instead: string }): string {
  const node = nodeIsOlder(opts.nodeVersion, TOOLCHAIN_NODE) ? ` (Electron's downloader wants Node ${TOOLCHAIN_NODE} or newer; this is Node ${opts.nodeVersion.replace(/^v/, '')})` : ''
  return `LikeTrace: the Electron app binary could not be downloaded: ${opts.reason}${node}, so ${opts.consequence}; ${opts.instead}.`
}

/** Runs the `electron` package's own downloader with its output captured (it prints a stack trace on failure). */
export function runElectronDownloader(root: string, timeoutMs = 10 * 60_000): Promise<{ ok: boolean; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, 'node_modules', 'electron', 'install.js')], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    const keep = (chunk: Buffer): void => {
      output = (output + chunk.toString('utf8')).slice(-16_384)
    }
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    const timer = setTimeout(() => {
      output += '\nETIMEDOUT: the download took longer than allowed'
      child.kill()
    }, timeoutMs)
    child.on('error', (error) => {
      clearTimeout(timer)
      resolve({ ok: false, output: output + String(error) })
    })
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ ok: code === 0, output })
    })
  })
}

/**
 * The binary's path, downloading it first when missing. On failure prints exactly one line to stderr and returns null.
 * While downloading on a terminal, a status text is shown and erased again, so a failure still leaves one line.
 */
export async function ensureElectronBinary(root: string, consequence: string, instead: string): Promise<string | null> {
  const present = installedElectronBinary(root)
  if (present !== null) return present
  const status = 'LikeTrace: downloading the Electron app binary (first run only)…'
  if (process.stderr.isTTY) process.stderr.write(status)
  const result = await runElectronDownloader(root)
  if (process.stderr.isTTY) process.stderr.write(`\r${' '.repeat(status.length)}\r`)
  const binary = result.ok ? installedElectronBinary(root) : null
  if (binary !== null) return binary
  const reason = result.ok ? 'the downloader finished but left no binary' : fetchFailureReason(result.output, downloadHost(process.env['ELECTRON_MIRROR']))
  console.error(missingBinaryLine({ reason, consequence, nodeVersion: process.version, instead }))
  return null
}
