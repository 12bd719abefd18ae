// tests: the report CLI end to end in Debian's Chromium — real samples, the sample pair, 0/1/1M likes — checked with pdftotext, pdfinfo and pdftoppm.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import Papa from 'papaparse'
import { beforeAll, describe, expect, it } from 'vitest'
import { ensureRendererBuilt, findBrowser, runReport } from '../shared/node/report-cli'
import { likeListExport } from '../shared/synth/like-list-export'

const ROOT = resolve(__dirname, '..')
const REAL_B = join(ROOT, 'tests/fixtures/real/json-gen-b-2024-12/user_data_tiktok.json')
const REAL_C = join(ROOT, 'tests/fixtures/real/json-gen-c-2025-03/user_data_tiktok.json')
const REAL_TXT = join(ROOT, 'tests/fixtures/real/txt-2023-12/Like List.txt')
const OLDER = join(ROOT, 'resources/sample/TikTok_Data_1759774360.zip')
const NEWER = join(ROOT, 'resources/sample/TikTok_Data_1762798360.zip')
const OUT = mkdtempSync(join(tmpdir(), 'liketrace-report-test-'))
const STAMP = '2025-06-01T12:00:00Z'

/** The bar colour of the like-history chart (--chart-bar in print.css), as pdftoppm renders it. */
const BAR_RGB = [0x7b, 0x8d, 0xa3] as const

async function report(name: string, args: string[]): Promise<{ pdf: string; text: string; pages: number; out: string; err: string }> {
  const pdf = join(OUT, `${name}.pdf`)
  let out = ''
  let err = ''
  const code = await runReport([...args, '--out', pdf, '--generated-at', STAMP, '--paper', 'A4'], { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) })
  expect(code, err).toBe(0)
  // Without -layout, and with whitespace folded: a title wrapped over two lines still matches.
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1])
  return { pdf, text, pages, out, err }
}

/** Pixels of the bar colour on a page, rendered at 50 dpi. */
function barPixels(pdf: string, page: number): number {
  const ppm = execFileSync('pdftoppm', ['-r', '50', '-f', String(page), '-l', String(page), pdf])
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 32).toString('latin1'))
  if (!header) throw new Error('not a PPM')
  const [width, height] = [Number(header[1]), Number(header[2])]
  const start = header[0].length
  let n = 0
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = start + (y * width + x) * 3
      if (Math.abs((ppm[i] ?? 0) - BAR_RGB[0]) < 14 && Math.abs((ppm[i + 1] ?? 0) - BAR_RGB[1]) < 14 && Math.abs((ppm[i + 2] ?? 0) - BAR_RGB[2]) < 14) n++
    }
  }
  return n
}

const SECTIONS = ['What to do next', 'Your likes over time', 'Events found', 'Data coverage and limits', 'What this export cannot tell', 'Method']

/** The chart sits on page 1 when the answer leaves room, else on page 2. */
const chartBars = (pdf: string): number => Math.max(barPixels(pdf, 1), barPixels(pdf, 2))

beforeAll(() => {
  // The e2e project's global setup usually built it already; this only rebuilds when the renderer changed since.
  ensureRendererBuilt(() => undefined)
}, 120_000)

describe('npm run report on the real samples', () => {
  const cases: Array<[string, string, RegExp[]]> = [
    ['json-gen-b', REAL_B, [/Others cannot see your liked videos/, /You deleted 2 posts on 13 Dec 2024/, /JSON export, layout B/]],
    ['json-gen-c', REAL_C, [/JSON export, layout C/]],
    ['txt', REAL_TXT, [/TXT export/, /partial export/]],
  ]
  it.each(cases)('%s: the answer, events, every section, page numbers, chart bars, in at most 6 pages', async (name, input, expected) => {
    const r = await report(name, [input])
    for (const s of SECTIONS) expect(r.text, s).toContain(s)
    for (const re of expected) expect(r.text).toMatch(re)
    expect(r.text).toMatch(/Report made 1 Jun 2025, 12:00 UTC/)
    expect(r.pages).toBeLessThanOrEqual(6)
    expect(r.text).toContain(`Page 1 of ${r.pages}`)
    expect(r.text).toContain(`Page ${r.pages} of ${r.pages}`)
    expect(chartBars(r.pdf), 'bars on the chart page').toBeGreaterThan(150)
  }, 60_000)
})

describe('npm run report --compare on the sample pair', () => {
  it('prints the verdict, the event titles, the vanished count, the links and the CSVs', async () => {
    const csv = join(OUT, 'pair-csv')
    const r = await report('pair', [NEWER, '--compare', OLDER, '--csv', csv])
    expect(r.text).toMatch(/84 likes vanished between the exports of 6 Oct and 10 Nov 2025\. Most likely \(medium confidence, 72 of them\): you liked 72 videos in 9 minutes on 16 Sep 2025/)
    expect(r.text).toMatch(/What happened: 72 of the vanished likes were given on 16 Sep 2025/)
    expect(r.text).toContain('Most likely cause')
    for (const title of ['72 likes in 9 minutes', 'Logged in on a new iPhone', '84 likes vanished, in 13 groups', "Your Android phone's system was updated"]) expect(r.text).toContain(title)
    // The three count boxes sit side by side, so pdftotext reads their numbers first, then their labels.
    expect(r.text).toContain('What vanished between the two exports')
    expect(r.text).toMatch(/ 84 0 160 Vanished: in the older export.* Beyond the window: .* Added: new likes since/)
    // Every vanished like is a link annotation to the export's own video link.
    const urls = execFileSync('pdfinfo', ['-url', r.pdf], { encoding: 'utf8' }).match(/https:\/\/www\.tiktokv\.com\/share\/video\/\d{19}\//g)
    expect(new Set(urls).size).toBe(84)
    expect(r.text).not.toContain('tiktok.com/@/video')
    expect(r.pages).toBeLessThanOrEqual(8)
    expect(chartBars(r.pdf)).toBeGreaterThan(500)

    const files = readdirSync(csv).sort()
    expect(files).toEqual(['LikeTrace-yaratravel7481-2025-11-10-events.csv', 'LikeTrace-yaratravel7481-2025-11-10-likes.csv', 'LikeTrace-yaratravel7481-2025-11-10-vanished-likes.csv'])
    const vanished = readFileSync(join(csv, files[2] as string), 'utf8')
    expect(vanished.charCodeAt(0)).toBe(0xfeff)
    expect(Papa.parse(vanished.slice(1), { skipEmptyLines: true }).data).toHaveLength(85)
  }, 60_000)

  it('is deterministic: the same input and time stamp give the same text', async () => {
    const a = await report('pair-a', [NEWER, '--compare', OLDER])
    const b = await report('pair-b', [NEWER, '--compare', OLDER])
    expect(b.text).toBe(a.text)
  }, 60_000)
})

describe('reports of 0, 1 and 1,000,000 likes', () => {
  it.each([
    [0, 0],
    [1, 1],
    [1_000_000, 150],
  ])('%i likes print (at most 6 pages, under 2 MB)', async (likes, minBarPixels) => {
    const input = join(OUT, `likes-${likes}.json`)
    writeFileSync(input, likeListExport(likes))
    const r = await report(`likes-${likes}`, [input])
    expect(r.pages).toBeLessThanOrEqual(6)
    expect(statSync(r.pdf).size).toBeLessThan(2 * 1024 * 1024)
    expect(r.text).toMatch(new RegExp(`Likes\\s+${likes.toLocaleString('en-US')}\\b`))
    if (likes === 0) expect(r.text).toContain('There are no dated likes to chart in this export.')
    expect(chartBars(r.pdf)).toBeGreaterThanOrEqual(minBarPixels)
  }, 120_000)
})

describe('browser discovery', () => {
  it('uses --browser when it exists, else known locations, else PATH; null when there is none', () => {
    const has = (set: string[]) => (p: string) => set.includes(p)
    expect(findBrowser('/opt/chrome', '', has(['/opt/chrome', '/usr/bin/chromium']))).toBe('/opt/chrome')
    expect(findBrowser('/opt/missing', '', has(['/usr/bin/chromium']))).toBeNull()
    expect(findBrowser(null, '', has(['/usr/bin/google-chrome']))).toBe('/usr/bin/google-chrome')
    expect(findBrowser(null, '/a:/b', has(['/b/chromium-browser']))).toBe(join('/b', 'chromium-browser'))
    expect(findBrowser(null, '/a:/b', has([]))).toBeNull()
  })

  it('exits with code 2 and says what to do when the browser is missing', async () => {
    let err = ''
    const code = await runReport([REAL_B, '--out', join(OUT, 'x.pdf'), '--browser', '/nonexistent/chrome'], { out: () => undefined, err: (t) => (err += t) })
    expect(code).toBe(2)
    expect(err).toMatch(/"\/nonexistent\/chrome" was not found.*--browser/)
  })

  it('exits with code 2 on bad arguments', async () => {
    for (const args of [[], [REAL_B], [REAL_B, '--out'], [REAL_B, '--out', 'x.pdf', '--paper', 'A3'], [REAL_B, '--out', 'x.pdf', '--frobnicate']]) {
      let err = ''
      expect(await runReport(args, { out: () => undefined, err: (t) => (err += t) }), args.join(' ')).toBe(2)
      expect(err).toMatch(/Usage: npm run report/)
    }
  })
})
