// scripts: every screen of the built app, with the real reading and analysis behind it, at 1280×800 and 1024×640 in light and dark, saved as PNGs to a folder outside the repository.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { ALL_SCREENS, appPage, launch, showScreen, writeNoLikesExport } from '../tests/e2e/screens'

const ROOT = resolve(__dirname, '..')
const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 640 },
] as const
const THEMES = ['light', 'dark'] as const

function argValue(name: string): string | null {
  const i = process.argv.indexOf(name)
  return i >= 0 ? (process.argv[i + 1] ?? null) : null
}

/** What a new user would trip over that a picture may hide: sideways scrolling and anything drawn past the window's edge. */
async function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = []
    const vw = document.documentElement.clientWidth
    if (document.documentElement.scrollWidth > vw) out.push(`the page scrolls sideways (${document.documentElement.scrollWidth} px > ${vw} px)`)
    // Drawn past the window's edge, and not cut off by a box of its own (a truncated cell, a scrolling table).
    // (No named functions in here: the page runs this source as it is, without the bundler's helpers.)
    for (const el of document.querySelectorAll('main *, header *')) {
      const r = el.getBoundingClientRect()
      let clipped = false
      for (let a = el.parentElement; a && !clipped; a = a.parentElement) clipped = getComputedStyle(a).overflowX !== 'visible' && a.getBoundingClientRect().right <= vw + 1
      if (r.width > 0 && r.right > vw + 1 && getComputedStyle(el).position !== 'fixed' && !clipped) out.push(`${el.tagName.toLowerCase()}.${String(el.getAttribute('class') ?? '')} ends at ${Math.round(r.right)} px`)
    }
    return out.slice(0, 5)
  })
}

async function main(): Promise<void> {
  const out = resolve(argValue('--out') ?? join(tmpdir(), 'liketrace-screenshots'))
  if (out === ROOT || out.startsWith(`${ROOT}/`)) throw new Error(`Write the screenshots outside the repository (got ${out}).`)
  mkdirSync(out, { recursive: true })
  if (!process.argv.includes('--no-build')) execFileSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'ignore' })
  const noLikes = writeNoLikesExport(mkdtempSync(join(tmpdir(), 'liketrace-no-likes-')))
  const only = argValue('--only')?.split(',') ?? null
  const problems: string[] = []
  let saved = 0
  for (const size of SIZES) {
    for (const theme of THEMES) {
      // A fresh engine and store for each pass, so every pass starts from the same empty home screen.
      const { browser, bridge } = await launch()
      try {
        const page = await appPage(browser, bridge, { ...size, colorScheme: theme })
        page.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
        for (const screen of ALL_SCREENS) {
          if (only !== null && !only.includes(screen)) continue
          await showScreen(page, bridge, screen, noLikes)
          await page.mouse.move(0, 0)
          const name = `${screen}-${size.width}x${size.height}-${theme}`
          for (const o of await overflow(page)) problems.push(`${name}: ${o}`)
          await page.screenshot({ path: join(out, `${name}.png`) })
          await page.screenshot({ path: join(out, `${name}-full.png`), fullPage: true })
          saved += 2
          // The chart on its own, at full size, where there is one: its marks are what is easiest to get wrong.
          const chart = page.locator('.chart-card').first()
          if ((await chart.count()) > 0) {
            await chart.screenshot({ path: join(out, `${name}-chart.png`) })
            saved += 1
          }
        }
      } finally {
        await browser.close()
        await bridge.close()
      }
    }
  }
  console.log(`${saved} screenshots in ${out}`)
  for (const p of problems) console.log(`problem: ${p}`)
  if (problems.length > 0) process.exitCode = 1
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e))
  process.exitCode = 1
})
