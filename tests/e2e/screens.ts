// tests/e2e: how to reach each screen of the app with the real engine behind the bridge — shared by the accessibility and keyboard tests and the screenshot script.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { chromium } from 'playwright-core'
import { JSON_CATEGORIES, renderJsonString } from '../../shared/synth/render-json'
import { makeSpec } from '../../shared/synth/export-spec'
import type { Bridge } from './bridge-server'
import { BRIDGE_SCRIPT, startBridge } from './bridge-server'

const ROOT = resolve(__dirname, '../..')
export const REAL_B = join(ROOT, 'tests/fixtures/real/json-gen-b-2024-12/user_data_tiktok.json')
const STUDIO_DIR = join(ROOT, 'tests/fixtures/real/studio-analytics')
export const STUDIO_FILES = ['Overview.csv', 'FollowerHistory.csv', 'Viewers.csv', 'Content.csv'].map((f) => join(STUDIO_DIR, f))
export const REAL_TXT = join(ROOT, 'tests/fixtures/real/txt-2023-12')
const NOT_AN_EXPORT = join(ROOT, 'package.json')

export const SCREENS = ['home', 'dashboard-sample', 'compare', 'dashboard-real', 'dashboard-no-likes', 'creator', 'error'] as const
/** Every screen the screenshot set shows: the audited ones, a real TXT export, and comparing two accounts. */
export const ALL_SCREENS = [...SCREENS, 'dashboard-txt', 'cross-account'] as const
export type ScreenName = (typeof ALL_SCREENS)[number]

/** A seeded export whose request left out "Likes and Favorites": everything but the like list. */
export function writeNoLikesExport(dir: string): string {
  mkdirSync(dir, { recursive: true })
  const spec = makeSpec({ seed: 'no-likes-export', likes: 300, watchRows: 1_500, logins: 40 })
  const file = join(dir, 'user_data_tiktok.json')
  writeFileSync(file, renderJsonString(spec, { generation: 'D', categories: JSON_CATEGORIES.D.filter((c) => c !== 'Likes and Favorites') }))
  return file
}

const timeout = { timeout: 30_000 }
/** Debian's Chromium, headless and quiet: no background requests, no first-run work. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync']

/** The real engine behind a fresh bridge, and Debian's Chromium. */
export async function launch(): Promise<{ browser: Browser; bridge: Bridge }> {
  const bridge = await startBridge()
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS })
  return { browser, bridge }
}

/** A page of the app in its own context, at a window size and colour scheme. */
export async function appPage(browser: Browser, bridge: Bridge, options: { width?: number; height?: number; colorScheme?: 'light' | 'dark' } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: options.height ?? 800 }, colorScheme: options.colorScheme ?? 'light', deviceScaleFactor: 1 })
  await context.addInitScript(BRIDGE_SCRIPT)
  const page = await context.newPage()
  await page.goto(bridge.url)
  return page
}

/** Back to the start screen from wherever the page is. */
export async function goHome(page: Page): Promise<void> {
  const start = page.getByRole('heading', { name: 'LikeTrace', level: 1 })
  for (let i = 0; i < 4 && (await start.count()) === 0; i++) {
    await page.getByRole('button', { name: /All imports|Back to the dashboard|Back to the start/ }).first().click()
  }
  await start.waitFor(timeout)
  await page.getByText('Drop your TikTok export here').waitFor(timeout)
}

/** Chooses files in the Open dialog, then waits for what marks the screen as drawn. */
async function open(page: Page, bridge: Bridge, paths: string[], ...drawn: string[]): Promise<void> {
  bridge.nextDialog(paths)
  await page.getByRole('button', { name: 'Open a file…' }).click()
  for (const selector of drawn) await page.locator(selector).first().waitFor(timeout)
}

/** Opens one screen, starting from home, and waits until it is drawn. */
export async function showScreen(page: Page, bridge: Bridge, name: ScreenName, noLikesFile: string): Promise<void> {
  await goHome(page)
  switch (name) {
    case 'home':
      return
    case 'dashboard-sample':
    case 'compare':
      await page.getByRole('button', { name: 'Try the sample' }).click()
      await page.locator('#verdict').waitFor(timeout)
      await page.locator('.event-marker').first().waitFor(timeout)
      if (name === 'compare') {
        await page.getByRole('button', { name: 'See which likes vanished' }).click()
        await page.locator('#clusters').waitFor(timeout)
        await page.locator('.vanished-bar').first().waitFor(timeout)
      }
      return
    case 'dashboard-real':
      return open(page, bridge, [REAL_B], '#verdict', '[data-testid="like-history-chart"] .recharts-bar-rectangle')
    case 'dashboard-txt':
      return open(page, bridge, [REAL_TXT], '#verdict', '[data-testid="like-history-chart"] .recharts-bar-rectangle')
    case 'cross-account': {
      // The made-up sample and a real export of another account, both remembered, then ticked together: the list says they
      // are two accounts and does not offer to compare them.
      await page.getByRole('button', { name: 'Try the sample' }).click()
      await page.locator('#verdict').waitFor(timeout)
      await goHome(page)
      await open(page, bridge, [REAL_B], '#verdict')
      await goHome(page)
      await page.getByRole('checkbox', { name: /@yaratravel7481/ }).first().check()
      await page.getByRole('checkbox', { name: /13 Dec 2024/ }).first().check()
      await page.getByTestId('two-accounts').waitFor(timeout)
      return
    }
    case 'dashboard-no-likes':
      return open(page, bridge, [noLikesFile], '[data-testid="no-likes"]')
    case 'creator':
      return open(page, bridge, STUDIO_FILES, '[data-testid="creator-section"]', '[data-testid="studio-likes-chart"] .recharts-bar-rectangle')
    case 'error':
      return open(page, bridge, [NOT_AN_EXPORT], '#error-title')
  }
}
