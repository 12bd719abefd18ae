// Tests: finding the Electron binary and the one line printed when it cannot be downloaded.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { downloadHost, fetchFailureReason, installedElectronBinary, missingBinaryLine } from './electron-binary'

/** What Electron 45's install.js printed on the development machine, which cannot reach GitHub (Node 20.20.2). */
const OFFLINE_OUTPUT = `TypeError: fetch failed
    at node:internal/deps/undici/undici:14976:13
    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)
    at async FetchDownloader.download (file:///x/node_modules/@electron/get/dist/FetchDownloader.js:46:30)
    at async downloadArtifact (file:///x/node_modules/@electron/get/dist/index.js:154:12)
`

const dirs: string[] = []
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

describe('installedElectronBinary', () => {
  it('is null until path.txt names an executable that exists under dist/', () => {
    const root = mkdtempSync(join(tmpdir(), 'lt-electron-'))
    dirs.push(root)
    const pkg = join(root, 'node_modules', 'electron')
    mkdirSync(join(pkg, 'dist'), { recursive: true })
    expect(installedElectronBinary(root)).toBeNull()
    writeFileSync(join(pkg, 'path.txt'), 'electron')
    expect(installedElectronBinary(root)).toBeNull()
    writeFileSync(join(pkg, 'dist', 'electron'), '')
    expect(installedElectronBinary(root)).toBe(join(pkg, 'dist', 'electron'))
  })
})

describe('fetchFailureReason', () => {
  it.each([
    [OFFLINE_OUTPUT, 'github.com could not be reached'],
    ['Error: getaddrinfo ENOTFOUND github.com', 'github.com could not be found (no DNS or no network)'],
    ['HTTPError: Response code 404 (Not Found) status 404', 'github.com answered HTTP 404'],
    ['Error: Generated checksum for "electron.zip" did not match expected checksum', 'the downloaded file did not match its checksum'],
    ['Error: EACCES: permission denied, mkdir', 'node_modules/electron is not writable'],
    ['Something odd\n    at x (y.js:1:1)\n', 'Something odd'],
    ['', 'the downloader stopped without saying why'],
  ])('%#: %s', (output, reason) => {
    expect(fetchFailureReason(output, 'github.com')).toBe(reason)
  })

  it('names the mirror host when ELECTRON_MIRROR is set', () => {
    expect(downloadHost(undefined)).toBe('github.com')
    expect(downloadHost('https://npmmirror.com/mirrors/electron/')).toBe('npmmirror.com')
  })
})

describe('missingBinaryLine', () => {
  it('is one line saying what failed, what did not happen and what to do', () => {
    const line = missingBinaryLine({ reason: fetchFailureReason(OFFLINE_OUTPUT, 'github.com'), consequence: 'the window cannot open', nodeVersion: 'v22.12.0', instead: 'use the command line' })
    expect(line).toBe('LikeTrace: the Electron app binary could not be downloaded: github.com could not be reached, so the window cannot open; use the command line.')
    expect(line).not.toContain('\n')
  })

  it('mentions the Node version only when it is older than the toolchain wants', () => {
    const line = (nodeVersion: string): string => missingBinaryLine({ reason: 'r', consequence: 'c', nodeVersion, instead: 'i' })
    expect(line('v20.20.2')).toContain('wants Node 22.12 or newer; this is Node 20.20.2')
    expect(line('v22.11.9')).toContain('this is Node 22.11.9')
    expect(line('v22.12.0')).not.toContain('Node')
    expect(line('v24.1.0')).not.toContain('Node')
  })
})
