// scripts: `npm run make:icons`. Rasterises resources/icon.svg in the system Chromium and writes icon.png (1024 px), icon.ico and icon.icns.
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { chromium } from 'playwright-core'
import { icnsFromPngs, icoFromPngs } from './lib/icon-files'

const DIR = resolve(__dirname, '../resources')
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]
const ICNS_SIZES = [16, 32, 64, 128, 256, 512, 1024]

async function main(): Promise<void> {
  const svg = readFileSync(resolve(DIR, 'icon.svg'), 'utf8')
  const browser = await chromium.launch({ executablePath: process.env['CHROMIUM'] ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] })
  try {
    const page = await browser.newPage()
    const render = async (size: number): Promise<Buffer> => {
      await page.setViewportSize({ width: size, height: size })
      await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`)
      return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } })
    }
    const pngs = new Map<number, Buffer>()
    for (const size of new Set([...ICO_SIZES, ...ICNS_SIZES])) pngs.set(size, await render(size))
    const at = (size: number): Buffer => pngs.get(size) as Buffer
    writeFileSync(resolve(DIR, 'icon.png'), at(1024))
    writeFileSync(resolve(DIR, 'icon.ico'), icoFromPngs(ICO_SIZES.map((size) => ({ size, png: at(size) }))))
    writeFileSync(resolve(DIR, 'icon.icns'), icnsFromPngs(ICNS_SIZES.map((size) => ({ size, png: at(size) }))))
    console.log(`Wrote resources/icon.png, icon.ico (${ICO_SIZES.join(', ')} px) and icon.icns (${ICNS_SIZES.join(', ')} px)`)
  } finally {
    await browser.close()
  }
}

void main()
