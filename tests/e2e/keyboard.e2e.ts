// tests/e2e: keyboard only, with the real engine — Tab reaches every control of each screen, every stop is named and visible, and the chart's markers and the likes table are one stop each.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Bridge } from './bridge-server'
import type { ScreenName } from './screens'
import { appPage, launch, showScreen, writeNoLikesExport } from './screens'

let browser: Browser
let bridge: Bridge
let page: Page
const noLikes = writeNoLikesExport(mkdtempSync(join(tmpdir(), 'liketrace-no-likes-')))

beforeAll(async () => {
  ;({ browser, bridge } = await launch())
  page = await appPage(browser, bridge)
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await bridge?.close()
})

/** Marks every control a keyboard user should reach on the screen as it is now, and returns how many there are. */
function markControls(p: Page): Promise<number> {
  return p.evaluate(() => {
    const selector = 'a[href], button, input, select, textarea, summary, [tabindex]'
    let n = 0
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      el.removeAttribute('data-kb')
      const disabled = (el as HTMLButtonElement).disabled === true
      const inClosedDetails = el.closest('details:not([open])') !== null && el.tagName !== 'SUMMARY'
      // Skip links are off screen until focused; everything else must be visible to count.
      const r = el.getBoundingClientRect()
      const visible = el.closest('.skip-links') !== null || (r.width > 0 && r.height > 0)
      if (el.tabIndex < 0 || disabled || inClosedDetails || !visible) continue
      el.setAttribute('data-kb', String(n++))
    }
    return n
  })
}

interface Stop {
  html: string
  kb: string | null
  name: string
  width: number
  height: number
}

/** Presses Tab until focus has gone round the page once; returns each stop with its accessible name (as far as the DOM tells) and size. */
async function tabRound(p: Page, limit: number): Promise<Stop[]> {
  const stops: Stop[] = []
  for (let i = 0; i < limit; i++) {
    await p.keyboard.press('Tab')
    const stop = await p.evaluate(() => {
      const el = document.activeElement as HTMLElement | null
      if (!el || el === document.body) return null
      const labelled = el.getAttribute('aria-labelledby')
      const name = (el.getAttribute('aria-label') ?? (labelled ? document.getElementById(labelled)?.textContent : null) ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? '').trim()
      const r = el.getBoundingClientRect()
      return { kb: el.getAttribute('data-kb'), name, width: r.width, height: r.height, html: el.outerHTML.slice(0, 100) }
    })
    if (stop === null) {
      if (stops.length > 0) break
      continue
    }
    if (stops.length > 0 && stop.kb !== null && stop.kb === stops[0]?.kb) break
    stops.push(stop)
  }
  return stops
}

const screens: ScreenName[] = ['home', 'dashboard-sample', 'compare', 'dashboard-real', 'dashboard-no-likes', 'creator', 'error']

describe('keyboard only', () => {
  it.each(screens)('Tab reaches every control on %s, each named and of a visible size', async (screen) => {
    await showScreen(page, bridge, screen, noLikes)
    const count = await markControls(page)
    const stops = await tabRound(page, count + 40)
    const reached = new Set(stops.map((s) => s.kb))
    const missed = await page.evaluate((seen) => [...document.querySelectorAll<HTMLElement>('[data-kb]')].filter((el) => !seen.includes(el.getAttribute('data-kb') ?? '')).map((el) => el.outerHTML.slice(0, 120)), [...reached].filter((k): k is string => k !== null))
    expect(missed).toEqual([])
    expect(stops.filter((s) => s.name === '').map((s) => s.html)).toEqual([])
    expect(stops.filter((s) => s.width < 2 || s.height < 2).map((s) => s.html)).toEqual([])
  }, 120_000)

  it('reaches "All imports" by forward Tab from the heading the dashboard opens on, and the skip links first', async () => {
    await showScreen(page, bridge, 'dashboard-sample', noLikes)
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1')
    const names: string[] = []
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab')
      names.push(((await page.evaluate(() => document.activeElement?.textContent)) ?? '').trim())
    }
    expect(names.slice(0, 4)).toEqual(['Skip to the verdict', 'Skip to the chart', 'Skip to the events', 'Skip to every like'])
    expect(names).toContain('← All imports')
  }, 60_000)

  it('skips to the likes table, walks it with the arrow keys, and keeps the chart to one stop', async () => {
    await showScreen(page, bridge, 'dashboard-sample', noLikes)
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the chart')
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('chart')
    // The markers take one Tab stop together.
    const markerStops = await page.evaluate(() => [...document.querySelectorAll('.event-marker')].filter((m) => m.getAttribute('tabindex') === '0').length)
    expect(markerStops).toBe(1)

    await page.keyboard.press('Shift+Tab')
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.press('Shift+Tab')
    // Back at the heading's skip links: go to every like.
    await page.getByRole('link', { name: 'Skip to every like' }).focus()
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('likes')
    for (let i = 0; i < 4 && (await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))) !== 'likes-scroll'; i++) await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('likes-scroll')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    await expect.poll(() => bridge.openedVideos.length).toBe(1)
  }, 60_000)
})
