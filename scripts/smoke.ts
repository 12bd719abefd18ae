// scripts: `npm run smoke`. Drives the real app with Playwright's Electron support: sample → dashboard → Export PDF (printToPDF), screenshots, and the fuses of the packed build read back.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { getCurrentFuseWire } from '@electron/fuses'
import { _electron as electron } from 'playwright-core'
import { ensureElectronBinary } from './lib/electron-binary'
import { fuseMismatches } from './packaging/fuses'

const ROOT = resolve(__dirname, '..')
const SHOTS = join(ROOT, 'test-results', 'smoke')

/** The packed app npm run dist leaves for this system (electron-builder's unpacked folder), or null. */
function packedBinary(): string | null {
  const dist = join(ROOT, 'dist')
  const candidates =
    process.platform === 'darwin'
      ? [join(dist, 'mac-arm64', 'LikeTrace.app'), join(dist, 'mac', 'LikeTrace.app')]
      : process.platform === 'win32'
        ? [join(dist, 'win-unpacked', 'LikeTrace.exe')]
        : [join(dist, 'linux-unpacked', 'liketrace'), join(dist, 'linux-arm64-unpacked', 'liketrace')]
  return candidates.find((c) => existsSync(c)) ?? null
}

function step(name: string, ok = true, detail = ''): boolean {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ` — ${detail}` : ''}`)
  return ok
}

async function main(): Promise<number> {
  // Linux without a display: run again under a virtual X server.
  if (process.platform === 'linux' && !process.env['DISPLAY'] && !process.env['LIKETRACE_SMOKE_XVFB']) {
    const again = spawnSync('xvfb-run', ['-a', process.execPath, ...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit', env: { ...process.env, LIKETRACE_SMOKE_XVFB: '1' } })
    if (again.error) {
      console.error('LikeTrace smoke: there is no display and xvfb-run is not installed (apt-get install xvfb), so the app cannot be started.')
      return 1
    }
    return again.status ?? 1
  }
  // Playwright attaches through --inspect, which the packed app's fuses forbid: the window is driven on the unpacked
  // build with the same code, and the packed build is checked for its fuses.
  const binary = await ensureElectronBinary(ROOT, 'the smoke test cannot start the app', 'run npm run smoke on a machine that can reach it')
  if (binary === null) return 1
  const built = spawnSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'inherit' })
  if (built.status !== 0) return built.status ?? 1
  rmSync(SHOTS, { recursive: true, force: true })
  mkdirSync(SHOTS, { recursive: true })
  const results: boolean[] = []

  const env = { ...process.env, ELECTRON_RENDERER_URL: '' }
  const app = await electron.launch({ executablePath: binary, args: [ROOT], cwd: ROOT, env, timeout: 60_000 })
  try {
    const page = await app.firstWindow()
    await page.getByTestId('drop-zone').waitFor({ timeout: 30_000 })
    await page.screenshot({ path: join(SHOTS, '1-home.png') })
    results.push(step('home screen with the drop zone'))

    await page.getByRole('button', { name: 'Try the sample' }).first().click()
    await page.getByTestId('verdict').waitFor({ timeout: 60_000 })
    await page.screenshot({ path: join(SHOTS, '2-dashboard.png'), fullPage: true })
    results.push(step('sample opened, dashboard drawn', (await page.getByTestId('verdict').textContent())?.includes('Most likely') ?? false))

    // The save dialog is the one thing a script cannot click: main is told where to save instead.
    const pdfPath = join(SHOTS, 'report.pdf')
    await app.evaluate(({ dialog }, path) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath: path })) as typeof dialog.showSaveDialog
    }, pdfPath)
    await page.getByRole('button', { name: 'Export PDF' }).first().click()
    await page.getByText(/Report saved to/).waitFor({ timeout: 90_000 })
    await page.screenshot({ path: join(SHOTS, '3-pdf-saved.png') })
    const pdf = existsSync(pdfPath) ? readFileSync(pdfPath) : Buffer.alloc(0)
    results.push(step('Export PDF wrote a PDF through printToPDF', pdf.subarray(0, 5).toString('latin1') === '%PDF-', `${Math.round(pdf.length / 1024)} kB`))
    const info = spawnSync('pdfinfo', [pdfPath], { encoding: 'utf8' })
    if (info.status === 0) console.log(info.stdout.split('\n').filter((l) => /^(Title|Pages|Page size|Tagged):/.test(l)).join('\n'))
  } catch (error) {
    results.push(step('app flow', false, error instanceof Error ? error.message.split('\n')[0] : String(error)))
  } finally {
    await app.close()
  }

  const packed = packedBinary()
  if (packed === null) results.push(step('fuses of the packed build', false, 'no packed build in dist/: run npm run dist first'))
  else {
    const wrong = fuseMismatches(await getCurrentFuseWire(packed))
    results.push(step('fuses of the packed build read back', wrong.length === 0, wrong.length === 0 ? packed : `not as configured: ${wrong.join(', ')}`))
  }
  console.log(`Screenshots and the PDF: ${SHOTS}`)
  return results.every(Boolean) ? 0 : 1
}

void main().then((code) => process.exit(code))
