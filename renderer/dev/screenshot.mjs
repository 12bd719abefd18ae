// renderer/dev: Node script, never bundled. Serves the built renderer (out/renderer) on 127.0.0.1, injects the fake API's flags, and saves PNGs of each screen to test-results/.
import { createServer } from 'node:http'
import { mkdir, readFile } from 'node:fs/promises'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { chromium } from 'playwright-core'

const root = resolve(import.meta.dirname, '..', '..')
const dist = join(root, 'out', 'renderer')
const outDir = join(root, 'test-results')
const size = { width: Number(process.env.WIDTH ?? 1280), height: Number(process.env.HEIGHT ?? 800) }
const suffix = size.width === 1280 && size.height === 800 ? '' : `-${size.width}x${size.height}`
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2' }

// Serves only files inside out/renderer: the resolved path must sit under the folder plus a separator.
const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1')
  const rel = normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, '') || 'index.html'
  const file = resolve(dist, rel)
  if (file !== dist && !file.startsWith(dist + sep)) {
    res.writeHead(403).end()
    return
  }
  try {
    const body = await readFile(file)
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body)
  } catch {
    res.writeHead(404).end()
  }
})
await new Promise((ok) => server.listen(0, '127.0.0.1', ok))
const address = server.address()
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/index.html`

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
})
await mkdir(outDir, { recursive: true })
const problems = []

async function page(flags, colorScheme = 'light') {
  const context = await browser.newContext({ viewport: size, colorScheme, deviceScaleFactor: 1 })
  // Anything but our own loopback server is a bug: the app must not touch the network.
  await context.route('**/*', (route) => (route.request().url().startsWith('http://127.0.0.1:') ? route.continue() : (problems.push(`network: ${route.request().url()}`), route.abort())))
  await context.addInitScript((f) => {
    window.__LIKETRACE_FAKE__ = f
  }, flags)
  const p = await context.newPage()
  p.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`)
  })
  p.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`))
  await p.goto(base)
  return p
}

async function overflow(p, name) {
  const wide = await p.evaluate(() => {
    const out = []
    const vw = document.documentElement.clientWidth
    if (document.documentElement.scrollWidth > vw) out.push(`page scrolls sideways (${document.documentElement.scrollWidth} > ${vw})`)
    for (const el of document.querySelectorAll('main *')) {
      const r = el.getBoundingClientRect()
      if (r.width > 0 && r.right > vw + 1) out.push(`${el.tagName.toLowerCase()}.${el.className} ends at ${Math.round(r.right)}`)
    }
    return out.slice(0, 5)
  })
  for (const w of wide) problems.push(`${name}: ${w}`)
}

// WCAG contrast of every visible text node against the first opaque background behind it (4.5:1 for body text, 3:1 for large).
async function contrast(p, name) {
  const low = await p.evaluate(() => {
    const parse = (c) => {
      const m = c.match(/rgba?\(([^)]+)\)/)
      if (!m) return null
      const [r, g, b, a = 1] = m[1].split(/[ ,/]+/).filter(Boolean).map(Number)
      return { r, g, b, a }
    }
    const lum = ({ r, g, b }) => {
      const f = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b)
    }
    const bgOf = (el) => {
      for (let e = el; e; e = e.parentElement) {
        const c = parse(getComputedStyle(e).backgroundColor)
        if (c && c.a > 0.5) return c
      }
      return { r: 255, g: 255, b: 255, a: 1 }
    }
    const out = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement
      if (!el || !n.textContent.trim() || el.closest('svg')) continue
      const r = el.getBoundingClientRect()
      if (r.width === 0 || r.bottom < 0 || r.top > innerHeight) continue
      const st = getComputedStyle(el)
      if (st.visibility === 'hidden' || Number(st.opacity) < 0.5) continue
      const fg = parse(st.color)
      if (!fg) continue
      const L1 = lum(fg)
      const L2 = lum(bgOf(el))
      const ratio = (Math.max(L1, L2) + 0.05) / (Math.min(L1, L2) + 0.05)
      const large = parseFloat(st.fontSize) >= 24 || (parseFloat(st.fontSize) >= 18.66 && Number(st.fontWeight) >= 700)
      const disabled = el.closest(':disabled')
      if (!disabled && ratio < (large ? 3 : 4.5)) out.push(`"${n.textContent.trim().slice(0, 40)}" ${ratio.toFixed(2)}:1`)
    }
    return [...new Set(out)].slice(0, 8)
  })
  for (const x of low) problems.push(`${name}: low contrast ${x}`)
}

async function shot(p, name, fullPage = false) {
  await overflow(p, name)
  await contrast(p, name)
  await p.screenshot({ path: join(outDir, `${name}${suffix}.png`), fullPage })
  console.log(`saved test-results/${name}${suffix}.png`)
}

{
  const p = await page({})
  await p.getByRole('heading', { name: 'LikeTrace' }).waitFor()
  await p.getByText('Your earlier imports').waitFor()
  await shot(p, 'home')
  await p.getByRole('button', { name: 'Try the sample' }).click()
  await p.getByTestId('verdict').waitFor()
  await p.locator('.event-marker').first().waitFor()
  await shot(p, 'dashboard')
  await shot(p, 'dashboard-full', true)
  await p.getByRole('button', { name: 'See which likes vanished' }).click()
  await p.getByRole('heading', { name: 'Groups of vanished likes' }).waitFor()
  await p.locator('.recharts-bar-rectangle').first().waitFor()
  await shot(p, 'compare')
  await shot(p, 'compare-full', true)
  await p.context().close()
}
{
  const p = await page({}, 'dark')
  await p.getByRole('button', { name: 'Try the sample' }).click()
  await p.locator('.event-marker').first().waitFor()
  await shot(p, 'dashboard-dark')
  await shot(p, 'dashboard-dark-full', true)
  await p.context().close()
}
{
  const p = await page({ hold: true, stepMs: 50 })
  await p.getByRole('button', { name: 'Try the sample' }).click()
  await p.getByText('Remembering this import…').waitFor()
  await shot(p, 'importing')
  await p.context().close()
}
{
  const p = await page({ fail: 'NOT_A_TIKTOK_EXPORT', failMessage: 'The zip holds photos (IMG_2041.jpg and 212 more) but no TikTok data file.', stepMs: 0 })
  await p.getByRole('button', { name: 'Try the sample' }).click()
  await p.getByRole('alert').waitFor()
  await shot(p, 'error')
  await p.context().close()
}
{
  const p = await page({ noImports: true }, 'dark')
  await p.getByRole('heading', { name: 'LikeTrace' }).waitFor()
  await shot(p, 'home-empty-dark')
  await p.context().close()
}

await browser.close()
server.close()
if (problems.length) {
  console.log(`\n${problems.length} problem(s):`)
  for (const x of problems) console.log(`  ${x}`)
  process.exitCode = 1
}
