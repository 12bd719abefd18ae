// tests/e2e: axe-core on every screen of the built app with the real engine, light and dark — zero serious or critical violations.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import axe from 'axe-core'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Bridge } from './bridge-server'
import { ALL_SCREENS, appPage, launch, showScreen, writeNoLikesExport } from './screens'

let browser: Browser
let bridge: Bridge
const noLikes = writeNoLikesExport(mkdtempSync(join(tmpdir(), 'liketrace-no-likes-')))

beforeAll(async () => {
  ;({ browser, bridge } = await launch())
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await bridge?.close()
})

interface Finding {
  id: string
  impact: string | null
  help: string
  targets: string[]
}

/** Runs axe in the page (evaluated through the debugging protocol, so the app's CSP stays as shipped) and keeps serious and critical findings. */
async function audit(page: Page): Promise<Finding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source)
  const violations = await page.evaluate(async () => {
    const w = window as unknown as { axe: typeof axe }
    const result = await w.axe.run(document, { resultTypes: ['violations'] })
    return result.violations.map((v) => ({ id: v.id, impact: v.impact ?? null, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }))
  })
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
}

describe.each(['light', 'dark'] as const)('accessibility in the %s theme', (colorScheme) => {
  let page: Page
  beforeAll(async () => {
    page = await appPage(browser, bridge, { colorScheme })
  }, 60_000)

  afterAll(async () => {
    await page?.context().close()
  })

  it.each(ALL_SCREENS)('%s has no serious or critical axe violations', async (screen) => {
    await showScreen(page, bridge, screen, noLikes)
    expect(await audit(page)).toEqual([])
  }, 90_000)
})
