// tests/e2e: names from the export that try to break the page — a 5,000-character device name and right-to-left override characters — read by the real engine and shown in Chromium: the page keeps the window's width and the app's own words their order.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeSpec } from '../../shared/synth/export-spec'
import { renderJsonString } from '../../shared/synth/render-json'
import type { Bridge } from './bridge-server'
import { appPage, goHome, launch } from './screens'

const DAY = 86_400_000
const RLO = '\u202E'
const LONG_DEVICE = `Pixel${'9'.repeat(4995)}`
const RTL_DEVICE = `${RLO}2,51enohPi`
const RTL_USER = `${RLO}resu_live`

/** A seeded export whose account name carries U+202E, and whose login history adds two new devices: one 5,000 characters long, one with U+202E. */
function writeHostileExport(dir: string): string {
  const spec = makeSpec({ seed: 'hostile-names', likes: 400, watchRows: 2_000, logins: 60, devices: 1 })
  spec.account.username = RTL_USER
  const template = spec.logins[spec.logins.length - 1]!
  spec.logins.push({ ...template, at: spec.exportedAt - 40 * DAY, deviceModel: LONG_DEVICE }, { ...template, at: spec.exportedAt - 20 * DAY, deviceModel: RTL_DEVICE })
  spec.logins.sort((a, b) => a.at - b.at)
  const file = join(dir, 'user_data_tiktok.json')
  writeFileSync(file, renderJsonString(spec, { generation: 'D' }))
  return file
}

let browser: Browser
let bridge: Bridge
let page: Page
const file = writeHostileExport(mkdtempSync(join(tmpdir(), 'liketrace-hostile-names-')))

beforeAll(async () => {
  ;({ browser, bridge } = await launch())
  page = await appPage(browser, bridge, { width: 1024, height: 640 })
  bridge.nextDialog([file])
  await page.getByRole('button', { name: 'Open a file…' }).click()
  await page.locator('#verdict').waitFor({ timeout: 30_000 })
}, 90_000)

afterAll(async () => {
  await browser?.close()
  await bridge?.close()
})

/** How far the page reaches past the window, in px (0 when it fits). */
function sideways(p: Page): Promise<number> {
  return p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
}

/**
 * Where each character of a text node is drawn, left to right in reading order: for the app's own English words,
 * x must grow character by character. An override leaking out of a name would draw them right to left.
 */
function readsLeftToRight(p: Page, selector: string, words: string): Promise<{ found: boolean; ordered: boolean; xs: number[] }> {
  return p.evaluate(
    ([sel, w]) => {
      const root = document.querySelector(sel ?? '')
      if (!root) return { found: false, ordered: false, xs: [] }
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = n.textContent?.indexOf(w ?? '') ?? -1
        if (at < 0) continue
        const xs: number[] = []
        for (let i = at; i < at + (w ?? '').length; i++) {
          if ((n.textContent ?? '')[i] === ' ') continue
          const r = document.createRange()
          r.setStart(n, i)
          r.setEnd(n, i + 1)
          xs.push(r.getBoundingClientRect().left)
        }
        return { found: true, ordered: xs.every((x, i) => i === 0 || x > (xs[i - 1] ?? 0)), xs }
      }
      return { found: false, ordered: false, xs: [] }
    },
    [selector, words],
  )
}

describe('hostile names from the export, through the real engine into the dashboard', () => {
  it('isolates the account name carrying U+202E in the header, and the page stays inside the window', async () => {
    const name = page.locator('h1 bdi')
    expect(await name.textContent()).toBe(`@${RTL_USER}`)
    expect(await name.evaluate((el) => getComputedStyle(el).unicodeBidi)).toBe('isolate')
    // The app's own words after the heading are still drawn left to right.
    const meta = await readsLeftToRight(page, '.dash-meta', 'Exported')
    expect(meta.found).toBe(true)
    expect(meta.ordered, `x of each letter of "Exported": ${meta.xs.join(', ')}`).toBe(true)
    expect(await sideways(page)).toBe(0)
  })

  it('shows the 5,000-character and the right-to-left device names in the evidence, wrapped and isolated', async () => {
    // Two new devices far from anything make one context line; its evidence lists both models.
    await page.getByRole('list', { name: 'Events, causes first' }).getByRole('button', { name: /2 new devices between/ }).click()
    const detail = page.getByTestId('event-detail')
    await expect.poll(() => detail.textContent(), { timeout: 10_000 }).toContain('Device model:')
    const rows = detail.locator('.evidence-rows li', { hasText: 'Device model:' })
    const texts = await rows.allTextContents()
    expect(texts.some((t) => t.includes(LONG_DEVICE))).toBe(true)
    expect(texts.some((t) => t.includes(RTL_DEVICE))).toBe(true)
    // Neither name reaches the title or the first sentence: they are evidence.
    const title = (await detail.locator('h3').textContent()) ?? ''
    expect(title).not.toMatch(/Pixel9|\u202E/)
    for (const li of await rows.all()) {
      const box = await li.boundingBox()
      const name = li.locator('bdi')
      const nameBox = await name.boundingBox()
      expect(await name.evaluate((el) => getComputedStyle(el).unicodeBidi)).toBe('isolate')
      // The long name wraps inside its row, which stays inside the window.
      expect(box && nameBox && nameBox.x + nameBox.width <= box.x + box.width + 1).toBe(true)
      expect(box && box.x + box.width <= 1024).toBe(true)
      // "Device model:" comes first, read left to right, whatever the name holds.
      const label = await readsLeftToRight(page, `[data-testid="event-detail"] .evidence-rows li:nth-child(${(await li.evaluate((el) => [...(el.parentElement?.children ?? [])].indexOf(el))) + 1})`, 'Device model')
      expect(label.ordered, `x of each letter of "Device model": ${label.xs.join(', ')}`).toBe(true)
      // …and the name follows it: to its right on its line, or on a line below (a long name wraps to a line of its own).
      const where = await li.evaluate((el) => {
        const r = document.createRange()
        r.selectNodeContents(el.firstChild as Node)
        const label = r.getBoundingClientRect()
        const first = el.querySelector('bdi')?.getClientRects()[0]
        return { labelRight: label.right, labelBottom: label.bottom, nameLeft: first?.left ?? -1, nameTop: first?.top ?? -1 }
      })
      expect(where.nameLeft >= where.labelRight - 1 || where.nameTop >= where.labelBottom - 1, JSON.stringify(where)).toBe(true)
    }
    expect(await sideways(page)).toBe(0)
  })

  it('keeps the words after the name in their order where the app writes it inside a sentence', async () => {
    // Ticking this export beside the sample's: the list names both accounts in one sentence, the app's words around them.
    await goHome(page)
    await page.getByRole('button', { name: 'Try the sample' }).click()
    await page.locator('#verdict').waitFor({ timeout: 30_000 })
    await goHome(page)
    await page.getByRole('checkbox', { name: /@yaratravel7481/ }).first().check()
    await page.getByRole('checkbox', { name: /resu_live/ }).first().check()
    const notice = page.getByTestId('two-accounts')
    await notice.waitFor({ timeout: 10_000 })
    expect(await notice.locator('bdi').first().evaluate((el) => getComputedStyle(el).unicodeBidi)).toBe('isolate')
    for (const words of ['and', 'LikeTrace compares two exports of the same account only']) {
      const order = await readsLeftToRight(page, '[data-testid="two-accounts"]', words)
      expect(order.found, words).toBe(true)
      expect(order.ordered, `x of each letter of "${words}": ${order.xs.join(', ')}`).toBe(true)
    }
    const row = await readsLeftToRight(page, '.imports', 'exported')
    expect(row.ordered, `x of each letter of "exported": ${row.xs.join(', ')}`).toBe(true)
    expect(await sideways(page)).toBe(0)
  })
})
