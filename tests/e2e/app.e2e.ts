// tests/e2e: the built renderer in Debian's Chromium with the real engine behind a loopback bridge — sample, real exports, compare, errors, CSP and offline.
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Bridge } from './bridge-server'
import { BRIDGE_SCRIPT, startBridge } from './bridge-server'
import { CHROMIUM_ARGS, writeNoLikesExport } from './screens'

const ROOT = resolve(__dirname, '../..')
const REAL_B = join(ROOT, 'tests/fixtures/real/json-gen-b-2024-12/user_data_tiktok.json')
const REAL_C = join(ROOT, 'tests/fixtures/real/json-gen-c-2025-03/user_data_tiktok.json')
const STUDIO = join(ROOT, 'tests/fixtures/real/studio-analytics')
const SHOTS = join(ROOT, 'test-results')

let browser: Browser
let bridge: Bridge
let page: Page
/** Requests that got an answer from somewhere other than this machine (a CSP-blocked request never does). */
const offLoopback: string[] = []
const dropDir = mkdtempSync(join(tmpdir(), 'liketrace-drop-'))

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true })
  bridge = await startBridge({ dropDir })
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS })
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  await context.addInitScript(BRIDGE_SCRIPT)
  await context.addInitScript(() => {
    const seen: string[] = []
    ;(window as unknown as { __csp: string[] }).__csp = seen
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`))
  })
  const leaves = (u: string): boolean => {
    const url = new URL(u)
    return url.hostname !== '127.0.0.1' && url.protocol !== 'data:' && url.protocol !== 'blob:'
  }
  context.on('requestfinished', (r) => {
    if (leaves(r.url())) offLoopback.push(r.url())
  })
  context.on('response', (r) => {
    if (leaves(r.url())) offLoopback.push(r.url())
  })
  page = await context.newPage()
  await page.goto(bridge.url)
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await bridge?.close()
})

const shot = (name: string): Promise<Buffer> => page.screenshot({ path: join(SHOTS, `e2e-${name}.png`), fullPage: false })

/** Walks back (compare → dashboard → home, or error → home) until the home screen shows. */
async function home(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    if ((await page.getByRole('heading', { name: 'LikeTrace', level: 1 }).count()) === 1) return
    await page.getByRole('button', { name: /Back to the dashboard|All imports|Back|Home/ }).first().click()
  }
  await expect.poll(() => page.getByRole('heading', { name: 'LikeTrace', level: 1 }).count()).toBe(1)
}

describe('LikeTrace in Chromium with the real engine', () => {
  it('opens on the home screen with the drop zone and the sample', async () => {
    await expect.poll(() => page.getByText('Drop your TikTok export here').count()).toBe(1)
    await shot('home')
  })

  it('imports the sample pair and shows the verdict, the markers and the vanished likes', async () => {
    await page.getByRole('button', { name: 'Try the sample' }).click()
    const verdict = page.locator('#verdict-title').locator('xpath=ancestor::section[1]')
    await expect.poll(() => verdict.textContent(), { timeout: 30_000 }).toMatch(/84 likes vanished between the exports of 6 Oct and 10 Nov 2025/)
    const text = (await verdict.textContent()) ?? ''
    expect(text).toMatch(/Most likely \(medium confidence, 72 of them\): you liked 72 videos in 9 minutes on 16 Sep 2025, and all 72 of those likes are gone/)
    expect(text).toMatch(/Logged in on a new iPhone on 16 Sep 2025/)
    expect(text).not.toMatch(/iPhone15,2/)
    const markers = page.locator('g.event-layer [aria-label]')
    await expect.poll(() => markers.count()).toBeGreaterThan(3)
    const labels = await markers.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''))
    expect(labels.some((l) => /72 likes in 9 minutes/.test(l))).toBe(true)
    await shot('dashboard')
  }, 60_000)

  it('shows the comparison counts and clusters', async () => {
    await page.getByRole('button', { name: /See which likes vanished/ }).click()
    const main = page.locator('main')
    await expect.poll(() => main.textContent(), { timeout: 10_000 }).toMatch(/Groups of vanished likes/)
    const counts = await main.locator('h2').evaluateAll((hs) => hs.map((h) => `${h.textContent}: ${h.parentElement?.textContent ?? ''}`))
    expect(counts.find((c) => c.startsWith('Vanished:'))).toMatch(/84/)
    expect(counts.find((c) => c.startsWith('Added:'))).toMatch(/160/)
    expect(await main.textContent()).toMatch(/72 likes/)
    // The burst's group: one day, so its times once; the 12 lone likes are put down to their videos, not to a lost session.
    const groups = await page.getByTestId('clusters').locator('li.cluster').allTextContents()
    expect(groups[0]).toMatch(/72 likes vanished\s*16 Sep 2025, 20:14–20:2\d UTC\s*Every like from this span is gone/)
    expect(groups.filter((g) => /^1 like vanished/.test(g))).toHaveLength(12)
    for (const g of groups.filter((x) => /^1 like vanished/.test(x))) expect(g).toMatch(/A lone like: usually the video was deleted or made private by its creator/)
    await shot('compare')
  }, 30_000)

  it('reads a real export chosen in the Open dialog', async () => {
    await home()
    bridge.nextDialog([REAL_B])
    await page.getByRole('button', { name: 'Open a file…' }).click()
    await expect.poll(() => page.locator('main').textContent(), { timeout: 30_000 }).toMatch(/Others cannot see your liked videos/)
    expect(await page.locator('main').textContent()).toMatch(/layout B/)
    await shot('dashboard-real-b')
  }, 60_000)

  it('reads a real export dropped on the window', async () => {
    await home()
    copyFileSync(REAL_C, join(dropDir, 'user_data_tiktok.json'))
    const bytes = [...new TextEncoder().encode('{}')]
    await page.evaluate(async (content) => {
      const file = new File([new Uint8Array(content)], 'user_data_tiktok.json', { type: 'application/json' })
      const data = new DataTransfer()
      data.items.add(file)
      const zone = [...document.querySelectorAll('h2')].find((h) => /Drop your TikTok export here/.test(h.textContent ?? ''))?.closest('section,div') ?? document.body
      for (const type of ['dragenter', 'dragover', 'drop']) zone.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }))
    }, bytes)
    await expect.poll(() => page.locator('main').textContent(), { timeout: 30_000 }).toMatch(/layout C/)
  }, 60_000)

  it('shows the creator view for the four real TikTok Studio CSVs chosen in the Open dialog', async () => {
    await home()
    bridge.nextDialog(['Overview.csv', 'FollowerHistory.csv', 'Viewers.csv', 'Content.csv'].map((f) => join(STUDIO, f)))
    await page.getByRole('button', { name: 'Open a file…' }).click()
    const creator = page.getByTestId('creator-section')
    await expect.poll(() => creator.count(), { timeout: 30_000 }).toBe(1)
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('@aibiblegospels_')
    expect(await page.getByRole('heading', { level: 2, name: 'Likes you received' }).count()).toBe(1)
    expect(await page.getByTestId('creator-span').textContent()).toMatch(/366 days: (May 15, 2025|15 May 2025) – (May 15, 2026|15 May 2026)/)
    // Studio data alone has no likes given: no empty like chart, and no comparison with the like exports imported before.
    expect(await page.getByTestId('like-history-chart').count()).toBe(0)
    expect(await page.getByRole('button', { name: /See which likes vanished/ }).count()).toBe(0)
    expect(await page.locator('main').textContent()).not.toMatch(/compared exports/)
    const rows = page.getByTestId('top-videos').locator('tbody tr')
    expect(await rows.count()).toBe(13)
    expect(await rows.first().textContent()).toMatch(/They don't teach this in church.*(Apr 17, 2026|17 Apr 2026).*1,538.*15,210/)
    await expect.poll(() => page.locator('[data-testid="studio-likes-chart"] .recharts-bar-rectangle').count()).toBeGreaterThan(50)
    expect(await page.locator('[data-testid="studio-followers-chart"] svg.recharts-surface').count()).toBe(1)
    expect(await page.locator('[data-testid="studio-rate-chart"] svg.recharts-surface').count()).toBe(1)
    await page.screenshot({ path: join(SHOTS, 'e2e-creator.png'), fullPage: true })
  }, 60_000)

  it('lists an export without a like list as such, and Studio data by what it is', async () => {
    await home()
    bridge.nextDialog([writeNoLikesExport(mkdtempSync(join(tmpdir(), 'liketrace-no-likes-')))])
    await page.getByRole('button', { name: 'Open a file…' }).click()
    await expect.poll(() => page.locator('main').textContent(), { timeout: 30_000 }).toMatch(/no list of your likes|No like list/i)
    await home()
    const rows = page.getByRole('list', { name: 'Remembered imports' }).getByRole('listitem')
    // The list reloads after the import is remembered: wait for it rather than read the one shown first.
    await expect.poll(async () => (await rows.allTextContents()).filter((t) => /No like list/.test(t)).length, { timeout: 30_000 }).toBe(1)
    const texts = await rows.allTextContents()
    expect(texts.filter((t) => /\b0 likes\b/.test(t))).toEqual([])
    const studio = texts.filter((t) => /TikTok Studio/.test(t))
    expect(studio).toHaveLength(1)
    expect(studio[0]).not.toMatch(/Unknown account/)
  }, 60_000)

  it('explains an unreadable file in plain English', async () => {
    await home()
    bridge.nextDialog([join(ROOT, 'package.json')])
    await page.getByRole('button', { name: 'Open a file…' }).click()
    await expect.poll(() => page.locator('#error-title').textContent(), { timeout: 30_000 }).toMatch(/does not look like a TikTok data export/)
    expect(await page.locator('main').textContent()).toMatch(/Download your data/)
    await shot('error')
  }, 60_000)

  it('made no request off this machine and no CSP violation; an injected inline script is blocked', async () => {
    expect(offLoopback).toEqual([])
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([])
    await page.evaluate(() => {
      const s = document.createElement('script')
      s.textContent = 'window.__injected = true'
      document.body.appendChild(s)
      const img = document.createElement('img')
      img.src = 'https://example.com/pixel.png'
      document.body.appendChild(img)
    })
    await expect.poll(() => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp.length)).toBeGreaterThanOrEqual(2)
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined()
    expect(offLoopback).toEqual([])
  })
})
