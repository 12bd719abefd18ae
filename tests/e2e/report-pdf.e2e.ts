// tests/e2e: the printed PDF report, read back with poppler — page counts, title metadata, tagging, one clickable link per vanished like, one date style.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runReport } from '../../shared/node/report-cli'
import { makeStudioScenario } from '../../shared/synth/studio-scenarios'
import { writeNoLikesExport } from './screens'

const ROOT = resolve(__dirname, '../..')
const OLDER = join(ROOT, 'resources/sample/TikTok_Data_1759774360.zip')
const NEWER = join(ROOT, 'resources/sample/TikTok_Data_1762798360.zip')
const REAL = join(ROOT, 'tests/fixtures/real')
const out = mkdtempSync(join(tmpdir(), 'liketrace-pdf-'))

interface Printed {
  pages: number
  title: string
  tagged: boolean
  urls: string[]
  text: string
  /** The text of page 1 alone. */
  first: string
}

async function print(name: string, args: string[], paper: 'A4' | 'Letter' = 'A4'): Promise<Printed> {
  const pdf = join(out, `${name}.pdf`)
  const lines: string[] = []
  const code = await runReport([...args, '--out', pdf, '--generated-at', '2025-03-10T14:00:00Z', '--paper', paper], { out: (t) => lines.push(t), err: (t) => lines.push(t) })
  expect(code, lines.join('\n')).toBe(0)
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })
  const field = (key: string): string => new RegExp(`^${key}:\\s*(.*)$`, 'm').exec(info)?.[1]?.trim() ?? ''
  const urls = execFileSync('pdfinfo', ['-url', pdf], { encoding: 'utf8' })
    .split('\n')
    .slice(1)
    .map((l) => l.trim().split(/\s+/)[2] ?? '')
    .filter(Boolean)
  const text = (range: string[] = []): string => execFileSync('pdftotext', [...range, '-layout', pdf, '-'], { encoding: 'utf8' })
  return { pages: Number(field('Pages')), title: field('Title'), tagged: field('Tagged') === 'yes', urls, text: text(), first: text(['-f', '1', '-l', '1']) }
}

/** Headings that must never end a page: each belongs with what follows it. */
const HEADINGS = ['What to do next', 'Most likely cause', 'Events found, most important first', 'Data coverage and limits', 'Method', 'What this export cannot tell', 'What these files cannot tell']

/** What the report must never print: the internal signal, an empty-user link, jargon, a second month style, a stranded heading, an emoji that prints as a box. */
function expectClean(p: Printed): void {
  const pages = p.text.split('\f').filter((t) => t.trim() !== '')
  for (const [i, page] of pages.entries()) {
    // The last line of a page is its footer; the one above it is the page's last content.
    const lines = page.split('\n').map((l) => l.trim()).filter(Boolean)
    expect(HEADINGS, `page ${i + 1} ends with a heading`).not.toContain(lines.at(-2))
  }
  expect(p.text).not.toMatch(/\p{Extended_Pictographic}/u)
  expect(p.title).not.toMatch(/ready|failed/i)
  expect(p.tagged).toBe(true)
  expect(p.text).not.toContain('tiktok.com/@/video')
  expect(p.text).not.toMatch(/rows? cited/)
  expect(p.text).not.toMatch(/\bSept\b/)
  expect(p.text).not.toMatch(/\d:\d\d ?(AM|PM)\b/)
}

describe('PDF report', () => {
  it('the sample pair: every vanished like a link, at most 8 pages, titled and marked as made up', { timeout: 120_000 }, async () => {
    const p = await print('sample', [NEWER, '--compare', OLDER])
    expectClean(p)
    expect(p.title).toBe('LikeTrace report — @yaratravel7481 — 10 Mar 2025')
    expect(p.pages).toBeLessThanOrEqual(8)
    const videos = p.urls.filter((u) => /^https:\/\/www\.tiktokv\.com\/share\/video\/\d+\/$/.test(u))
    expect(videos).toHaveLength(84)
    expect(new Set(videos).size).toBe(84)
    expect(p.text).toMatch(/made-up data/)
    // Page 1 carries the whole answer: the number, the most likely cause with what it explains, and every next step.
    const first = p.first.replace(/\s+/g, ' ')
    expect(first).toMatch(/84 likes vanished/)
    expect(first).toContain('Most likely cause')
    expect(first).toContain('It explains 72 of the 84 vanished likes')
    expect(first).toContain('What to do next')
    for (const step of ['Like at a normal pace.', 'Check your connection.', 'Report a problem to TikTok.']) expect(first).toContain(step)
    // The cause is said once: the sentence names it, the block under it keys it to the events table.
    expect(first.match(/all 72 of those likes are gone/g)).toHaveLength(1)
    // Events are numbered most important first: what vanished, then its causes, and what the export does not keep last.
    expect(p.text).toMatch(/^\s*1\s+84 likes vanished, in 13 groups/m)
    expect(p.text).toMatch(/^\s*2\s+72 likes in 9 minutes/m)
    expect(p.text).toMatch(/^\s*9\s+.*watch history/im)
    // What an explanation says is "listed in the evidence" is printed there; a title with its day is not followed by the same day.
    expect(p.text).toContain('Device model: iPhone15,2')
    expect(p.text).toContain('Wi-Fi address: 81.237.x.x')
    expect(p.text).not.toMatch(/on 4 Oct 2025\s+4 Oct 2025/)
    // The events are listed once: a title appears in the events table, not again in a chart key.
    expect(p.text.match(/Logged in from a new Wi-Fi network/g)?.length).toBe(1)
    // The footer names the account and the date on every page.
    expect(p.text.match(/LikeTrace report · @yaratravel7481 · 10 Mar 2025/g)?.length).toBe(p.pages)
  })

  it('the sample pair on US Letter (shorter than A4): page 1 still holds every next step', { timeout: 120_000 }, async () => {
    const p = await print('sample-letter', [NEWER, '--compare', OLDER], 'Letter')
    expectClean(p)
    expect(p.pages).toBeLessThanOrEqual(8)
    const first = p.first.replace(/\s+/g, ' ')
    for (const step of ['Like at a normal pace.', 'Check your connection.', 'Report a problem to TikTok.']) expect(first).toContain(step)
  })

  it('one export with a burst: page 1 calls it the strongest lead, not a cause, and counts nothing as vanished', { timeout: 120_000 }, async () => {
    const p = await print('older-alone', [OLDER])
    expectClean(p)
    expect(p.pages).toBeLessThanOrEqual(6)
    const first = p.first.replace(/\s+/g, ' ')
    expect(first).toContain('Strongest lead')
    expect(first).not.toContain('Most likely cause')
    expect(p.text).not.toMatch(/Vanished in burst/)
  })

  it('an export without a like list: says so, asks for a new export, and draws no empty like chart', { timeout: 120_000 }, async () => {
    const p = await print('no-likes', [writeNoLikesExport(join(out, 'no-likes'))])
    expectClean(p)
    const first = p.first.replace(/\s+/g, ' ')
    expect(first).toContain('This export has no list of your likes')
    expect(first).toContain('Likes No like list in this export')
    expect(first).toContain('Request a new export.')
    expect(p.text).not.toContain('There are no dated likes to chart')
    expect(p.text).not.toContain('Your likes over time')
  })

  it.each([
    ['json-gen-b-2024-12', join(REAL, 'json-gen-b-2024-12/user_data_tiktok.json')],
    ['txt-2023-12', join(REAL, 'txt-2023-12/Like List.txt')],
  ])('a real single export (%s) fits in 6 pages', { timeout: 120_000 }, async (name, path) => {
    const p = await print(name, [path])
    expectClean(p)
    expect(p.pages).toBeLessThanOrEqual(6)
    expect(p.title).toMatch(/^LikeTrace report — (@\S+ — )?10 Mar 2025$/)
    expect(p.text).not.toMatch(/made-up data/)
    // A partial export is said once, in the reader's own words.
    expect(p.text.match(/Only some categories were requested/g)?.length ?? 0).toBeLessThanOrEqual(1)
    expect(p.text).not.toContain('Partial export. Left out of the request')
  })

  it('Studio analytics: only validated TikTok links, titled after the account', { timeout: 120_000 }, async () => {
    const p = await print('studio', [join(REAL, 'studio-analytics')])
    expectClean(p)
    expect(p.title).toBe('LikeTrace report — @aibiblegospels_ — 10 Mar 2025')
    expect(p.pages).toBeLessThanOrEqual(6)
    expect(p.urls.length).toBeGreaterThan(0)
    for (const u of p.urls) expect(u).toMatch(/^https:\/\/www\.tiktok\.com\/@[\w.]+\/video\/\d+$/)
    // Studio files alone: no rows of archive sections that were never there, and no method of checks that could not run.
    expect(p.text).not.toContain('Not in this export')
    expect(p.text).not.toContain('Fast liking')
    expect(p.text).toContain('Views fell (reach)')
    expect(p.text).not.toMatch(/which likes vanished/)
  })

  it('Studio data with a fall in reach: page 1 leads with it, reads reach against likes, and says the inferred year', { timeout: 120_000 }, async () => {
    const scenario = makeStudioScenario('report-e2e', { followerDrop: true, likesDrop: false, reachDrop: true, viral: false })
    const dir = join(out, 'studio-reach')
    mkdirSync(dir, { recursive: true })
    for (const f of scenario.files) if (f.name !== 'Content.csv') writeFileSync(join(dir, f.name), f.text)
    const p = await print('studio-reach', [dir])
    expectClean(p)
    expect(p.pages).toBeLessThanOrEqual(6)
    expect(p.first).toMatch(/Views fell for \d+ days/)
    expect(p.first).toContain('Likes per 1,000 views stayed about the same')
    // Both rates with one decimal, and the views a day said once on page 1 (in the event's own explanation).
    expect(p.first.replace(/\s+/g, ' ')).toMatch(/stayed about the same \(\d+\.\d before, \d+\.\d during\)/)
    expect(p.first.replace(/\s+/g, ' ').match(/about [\d,]+ views a day/g)).toHaveLength(1)
    expect(p.first).toContain('TikTok Studio writes dates without a year')
    expect(p.first).not.toMatch(/vanish/i)
    // Without Content.csv nothing says whether videos were posted: no "Posts during: 0".
    expect(p.text).not.toMatch(/Posts during/)
    for (const title of ['Likes received and video views, per day', 'Likes per 1,000 views, per day', 'Followers, and their change per day']) expect(p.text).toContain(title)
  })
})
