// shared/core tests: the report's data from the engine on the shipped sample pair — determinism, ≤ 400 bars, every vanished like with its link, title, sample mark, checklist, paper.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ReportData, ReportRequest } from '@shared/contract/views'
import { LikeTraceEngine } from '../../node/engine/engine'
import { METHOD_NOTES, STUDIO_METHOD_NOTES } from './method-text'
import { paperForLocale } from './paper'
import { makeSamplePair } from '../../synth/sample-pair'
import { REPORT_MAX_BARS, reportUnit } from './report-data'
import { SAMPLE_ACCOUNT } from './report-title'

const ROOT = resolve(__dirname, '../../..')
const OLDER = join(ROOT, 'resources/sample/TikTok_Data_1759774360.zip')
const NEWER = join(ROOT, 'resources/sample/TikTok_Data_1762798360.zip')
const REAL_B = join(ROOT, 'tests/fixtures/real/json-gen-b-2024-12/user_data_tiktok.json')

function value<T>(r: { ok: true; value: T } | { ok: false; error: { code: string; message: string } }): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`)
  return r.value
}

async function pairReport(generatedAt = '2025-12-01T09:30:00.000Z'): Promise<ReportData> {
  const engine = new LikeTraceEngine({ storeDir: mkdtempSync(join(tmpdir(), 'liketrace-report-')), resourcesDir: join(ROOT, 'resources'), now: () => Date.UTC(2026, 0, 1) })
  const older = value(await engine.startImport([OLDER], () => undefined))
  const newer = value(await engine.startImport([NEWER], () => undefined))
  const req: ReportRequest = { exportId: newer.exportId, olderId: older.exportId, generatedAt, paper: 'A4' }
  return value(await engine.reportData(req))
}

describe('report data', () => {
  it('is the same for the same input, except for the time stamp passed in', async () => {
    const a = await pairReport()
    const b = await pairReport()
    expect(JSON.stringify(b)).toBe(JSON.stringify(a))
    const c = await pairReport('2030-01-01T00:00:00.000Z')
    expect(c.generatedAt).toBe('2030-01-01T00:00:00.000Z')
    expect(c.title).toBe('LikeTrace report — @yaratravel7481 — 1 Jan 2030')
    expect(JSON.stringify({ ...c, generatedAt: a.generatedAt, title: a.title })).toBe(JSON.stringify(a))
  })

  it('carries the comparison, its counts and every vanished like with its time and the link the export gives', async () => {
    const r = await pairReport()
    expect(r.totals).toMatchObject({ vanished: 84, beyondWindow: 0, added: 160 })
    expect(r.comparison?.diff.vanished.count).toBe(84)
    expect(r.vanished.total).toBe(84)
    expect(r.vanished.rows).toHaveLength(84)
    expect(new Set(r.vanished.rows.map((row) => row.videoId)).size).toBe(84)
    const times = r.vanished.rows.map((row) => row.at)
    expect(times).toEqual([...times].sort().reverse())
    for (const row of r.vanished.rows) expect(row.url).toBe(`https://www.tiktokv.com/share/video/${row.videoId}/`)
  })

  it('names the report after the account and date, and marks the sample as made up', async () => {
    const r = await pairReport('2025-03-10T14:00:00.000Z')
    expect(r.title).toBe('LikeTrace report — @yaratravel7481 — 10 Mar 2025')
    expect(r.account).toBe('@yaratravel7481')
    expect(r.madeUp).toBe(true)
    // The constant that recognises the sample is the generator's account: regenerating the sample with another seed fails here.
    const { newer } = makeSamplePair()
    expect({ username: newer.account.username, uid: newer.account.uid }).toEqual(SAMPLE_ACCOUNT)
  })

  it('charts at most ~400 bars, in UTC, with vanished likes per bucket', async () => {
    const r = await pairReport()
    expect(r.history.points.length).toBeLessThanOrEqual(REPORT_MAX_BARS)
    expect(r.history.points.length).toBeGreaterThan(50)
    expect(r.history.points.reduce((n, p) => n + (p.vanished ?? 0), 0)).toBe(84)
    expect(r.history.points.reduce((n, p) => n + p.likes, 0)).toBe(r.totals.likes)
  })

  it('builds the checklist from the events, one line per action, vanished groups as one reason', async () => {
    const r = await pairReport()
    const labels = r.nextSteps.map((s) => s.label)
    expect(new Set(labels).size).toBe(labels.length)
    expect(labels).toContain('Report a problem to TikTok')
    expect(labels[0]).toBe('Like at a normal pace')
    const reasons = r.nextSteps.flatMap((s) => s.because)
    expect(reasons).toContain('84 likes vanished between the two exports, in 13 groups')
    expect(reasons.some((t) => /^1 like from/.test(t))).toBe(false)
    for (const s of r.nextSteps) expect(s.because.length).toBeLessThanOrEqual(5)
  })

  it('explains every detector in two sentences', () => {
    for (const m of [...METHOD_NOTES, ...STUDIO_METHOD_NOTES]) expect(m.text.split(/(?<=[.!?])\s+(?=[A-Z"])/).length, m.title).toBe(2)
  })

  it('has no comparison, vanished rows or vanished totals for a single export', async () => {
    const engine = new LikeTraceEngine({ storeDir: mkdtempSync(join(tmpdir(), 'liketrace-report-')), resourcesDir: join(ROOT, 'resources') })
    const view = value(await engine.startImport([REAL_B], () => undefined))
    const r = value(await engine.reportData({ exportId: view.exportId, generatedAt: '2025-01-01T00:00:00.000Z', paper: 'Letter' }))
    expect(r.comparison).toBeNull()
    expect(r.vanished).toEqual({ rows: [], total: 0 })
    expect(r.totals).toMatchObject({ likes: 20, vanished: null, added: null })
    expect(r.history.unit).toBe('day')
    expect(r.paper).toBe('Letter')
    expect(r.madeUp).toBe(false)
    expect(r.title).toMatch(/^LikeTrace report — (@\S+ — )?1 Jan 2025$/)
  })
})

describe('Studio video links in the report', () => {
  it('keeps only links the URL policy passes: a look-alike host or a javascript: link is dropped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'liketrace-studio-'))
    cpSync(join(ROOT, 'tests/fixtures/real/studio-analytics'), dir, { recursive: true })
    const content = join(dir, 'Content.csv')
    const lines = readFileSync(content, 'utf8').split('\n')
    lines[1] = (lines[1] ?? '').replace(/https:\/\/www\.tiktok\.com\/@[^"]+/, 'https://www.tiktok.com.evil.example/@x/video/7629867741511486734')
    lines[2] = (lines[2] ?? '').replace(/https:\/\/www\.tiktok\.com\/@[^"]+/, 'javascript:alert(1)')
    writeFileSync(content, lines.join('\n'))
    const engine = new LikeTraceEngine({ storeDir: mkdtempSync(join(tmpdir(), 'liketrace-report-')), resourcesDir: join(ROOT, 'resources'), now: () => Date.UTC(2026, 4, 16) })
    const view = value(await engine.startImport([dir], () => undefined))
    const r = value(await engine.reportData({ exportId: view.exportId, generatedAt: '2026-05-16T00:00:00.000Z', paper: 'A4' }))
    const urls = r.view.studio?.topVideos.map((v) => v.url) ?? []
    expect(urls.length).toBeGreaterThan(3)
    expect(urls.filter((u) => u === '')).toHaveLength(2)
    for (const u of urls.filter((x) => x !== '')) expect(u).toMatch(/^https:\/\/www\.tiktok\.com\/@[\w.]+\/video\/\d+$/)
    expect(r.title).toBe('LikeTrace report — @aibiblegospels_ — 16 May 2026')
    // Studio data alone: the method explains the Studio checks, not the checks of likes given that could not run.
    expect(r.method.map((m) => m.title)).toEqual(STUDIO_METHOD_NOTES.map((m) => m.title))
  })
})

describe('reportUnit', () => {
  const cases: Array<[string, string | null, string | null, string]> = [
    ['no dates', null, null, 'day'],
    ['one day', '2025-01-01T00:00:00Z', '2025-01-01T10:00:00Z', 'day'],
    ['a year', '2024-01-01T00:00:00Z', '2025-01-01T00:00:00Z', 'day'],
    ['two years', '2023-01-01T00:00:00Z', '2025-01-01T00:00:00Z', 'week'],
    ['seven years', '2017-06-01T00:00:00Z', '2024-06-01T00:00:00Z', 'week'],
    ['ten years', '2015-01-01T00:00:00Z', '2025-01-01T00:00:00Z', 'month'],
  ]
  it.each(cases)('%s → %s', (_name, first, last, unit) => expect(reportUnit(first, last)).toBe(unit))
})

describe('paperForLocale', () => {
  const cases: Array<[string | null, string]> = [
    ['en-US', 'Letter'],
    ['en_US.UTF-8', 'Letter'],
    ['es-MX', 'Letter'],
    ['fr-CA', 'Letter'],
    ['und-US', 'Letter'],
    ['US', 'Letter'],
    ['en-PH', 'Letter'],
    ['en-GB', 'A4'],
    ['nl_NL.UTF-8@euro', 'A4'],
    ['de-DE', 'A4'],
    ['en', 'A4'],
    ['C', 'A4'],
    ['C.UTF-8', 'A4'],
    ['und-', 'A4'],
    ['', 'A4'],
    [null, 'A4'],
    ['zh-Hant-TW', 'A4'],
    ['es-419', 'A4'],
  ]
  it.each(cases)('%s → %s', (locale, paper) => expect(paperForLocale(locale)).toBe(paper))
})
