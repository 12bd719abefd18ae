// scripts: `npm run bench:ui`. Renderer responsiveness in Debian's Chromium with the real engine: long tasks during a 400 MB import, and time to paint the dashboard of a 1M-like export. Prints numbers, asserts nothing.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { chromium } from 'playwright-core'
import { makeSpec } from '../shared/synth/export-spec'
import { renderJsonExport } from '../shared/synth/render-json'
import { zipFiles } from '../shared/synth/zip'
import { BRIDGE_SCRIPT, startBridge } from '../tests/e2e/bridge-server'

const ROOT = resolve(__dirname, '..')
const DATA = join(ROOT, 'bench-data')
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync']

/** Records long tasks (> 50 ms) on the page and the moment each engine answer arrives. */
const PROBE = `
(() => {
  const probe = { longTasks: [], answers: [] }
  window.__probe = probe
  new PerformanceObserver((list) => { for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, duration: e.duration }) }).observe({ type: 'longtask', buffered: true })
  const realFetch = window.fetch.bind(window)
  window.fetch = async (...args) => {
    const response = await realFetch(...args)
    const body = typeof args[1]?.body === 'string' ? args[1].body : ''
    const method = /"method":"(\\w+)"/.exec(body)?.[1] ?? ''
    return new Proxy(response, { get: (target, key) => key === 'json' ? async () => { const value = await target.json(); probe.answers.push({ method, at: performance.now() }); return value } : (typeof target[key] === 'function' ? target[key].bind(target) : target[key]) })
  }
})()
`

async function oneMillionLikes(): Promise<string> {
  const path = join(DATA, 'ui-1m-likes.zip')
  if (existsSync(path)) return path
  process.stderr.write('generating a 1M-like export… ')
  const spec = makeSpec({ seed: 'ui-bench-1m', likes: 1_000_000, favorites: 1000, watchRows: 50_000, logins: 300, accountAgeDays: 2400 })
  const text = [...renderJsonExport(spec, { generation: 'C' })].join('')
  writeFileSync(path, await zipFiles(new Map([['user_data_tiktok.json', text]])))
  process.stderr.write('done\n')
  return path
}

async function main(): Promise<void> {
  mkdirSync(DATA, { recursive: true })
  const big = join(DATA, 'export-C-400mb-s20251127.zip')
  if (!existsSync(big)) execFileSync('npx', ['tsx', 'scripts/bench.ts', '--sizes', '400', '--runs', '1'], { cwd: ROOT, stdio: 'inherit' })
  const million = await oneMillionLikes()
  execFileSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'ignore' })

  const bridge = await startBridge()
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS })
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    await context.addInitScript(BRIDGE_SCRIPT)
    await context.addInitScript(PROBE)
    const page = await context.newPage()
    type Probe = { longTasks: Array<{ start: number; duration: number }>; answers: Array<{ method: string; at: number }> }
    const probe = (): Promise<Probe> => page.evaluate(() => (window as unknown as { __probe: Probe }).__probe)

    for (const [label, file] of [
      ['400 MB export', big],
      ['1M-like export', million],
    ] as const) {
      await page.goto(bridge.url)
      await page.getByRole('button', { name: 'Open a file…' }).waitFor()
      bridge.nextDialog([file])
      const started = await page.evaluate(() => performance.now())
      await page.getByRole('button', { name: 'Open a file…' }).click()
      await page.locator('#verdict-title').waitFor({ timeout: 300_000 })
      // Painted: the chart's SVG is in the page and two frames have been drawn since.
      await page.locator('.recharts-surface').first().waitFor({ timeout: 60_000 })
      const painted = await page.evaluate(() => new Promise<number>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now())))))
      const p = await probe()
      const arrived = p.answers.find((a) => a.method === 'startImport')?.at ?? NaN
      const during = p.longTasks.filter((t) => t.start >= started && t.start < arrived)
      const after = p.longTasks.filter((t) => t.start >= arrived)
      const longest = (ts: typeof during): string => (ts.length ? `${Math.max(...ts.map((t) => t.duration)).toFixed(0)} ms` : 'none')
      console.log(`${label}:`)
      console.log(`  import (engine) took              ${((arrived - started) / 1000).toFixed(2)} s`)
      console.log(`  renderer long tasks during import ${during.length} (longest ${longest(during)})`)
      console.log(`  data arrived → dashboard painted  ${(painted - arrived).toFixed(0)} ms (long tasks meanwhile: ${after.length}, longest ${longest(after)})`)
    }
    console.log('Goals: no renderer task over 100 ms during a 400 MB import; dashboard painted within 500 ms of the data for 1M likes.')
  } finally {
    await browser.close()
    await bridge.close()
  }
}

main().catch((e: unknown) => {
  console.error(e)
  process.exitCode = 1
})
