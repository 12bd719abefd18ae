// shared/node tests: the app engine end to end on the shipped sample and real exports — import, remember, auto-compare, views, forget.
import { cpSync, mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isSampleSource } from '@shared/contract/sample'
import type { ImportProgress } from '@shared/contract/views'
import { SAMPLE_NEWER_EXPORT, SAMPLE_OLDER_EXPORT } from '../../synth/sample-pair'
import { LikeTraceEngine } from './engine'

const ROOT = resolve(__dirname, '../../..')
const RESOURCES = join(ROOT, 'resources')
const REAL_B = join(ROOT, 'tests/fixtures/real/json-gen-b-2024-12/user_data_tiktok.json')
const REAL_C = join(ROOT, 'tests/fixtures/real/json-gen-c-2025-03/user_data_tiktok.json')
const REAL_TXT = join(ROOT, 'tests/fixtures/real/txt-2023-12/Like List.txt')

function engine(): LikeTraceEngine {
  return new LikeTraceEngine({ storeDir: mkdtempSync(join(tmpdir(), 'liketrace-engine-')), resourcesDir: RESOURCES, now: () => Date.UTC(2026, 10, 25) })
}

function value<T>(r: { ok: true; value: T } | { ok: false; error: { code: string; message: string } }): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`)
  return r.value
}

describe('LikeTraceEngine on the shipped sample', () => {
  it('ships two sample exports named by their export time', () => {
    expect(readdirSync(join(RESOURCES, 'sample')).sort()).toEqual([`TikTok_Data_${SAMPLE_OLDER_EXPORT / 1000}.zip`, `TikTok_Data_${SAMPLE_NEWER_EXPORT / 1000}.zip`])
  })

  it('imports both, compares them, and puts the vanished burst and the new phone in the verdict', async () => {
    const e = engine()
    const progress: ImportProgress[] = []
    const view = value(await e.importSample((p) => progress.push(p)))
    expect(progress.at(-1)?.percent).toBe(100)
    expect(progress.map((p) => p.percent)).toEqual([...progress.map((p) => p.percent)].sort((a, b) => a - b))
    expect(view.comparison?.diff).toMatchObject({ vanished: { count: 84 }, beyondWindow: { count: 0 }, added: { count: 160 } })
    expect(view.comparison?.diff.clusters[0]?.count ?? 0).toBeGreaterThan(0)
    const biggest = [...(view.comparison?.diff.clusters ?? [])].sort((a, b) => b.count - a.count)[0]
    expect(biggest?.count).toBe(72)
    // The fact first, then the cause that explains the most vanished likes: the burst (72), ahead of the new phone (72, less direct) and the scattered ones (12).
    expect(view.verdict.status).toBe('likes-vanished')
    expect(view.verdict.text).toMatch(/^84 likes vanished between the exports of 6 Oct and 10 Nov 2025\. Most likely \(medium confidence, 72 of them\): you liked 72 videos in 9 minutes on 16 Sep 2025/)
    expect(view.verdict.mostLikely).toMatchObject({ kind: 'like-burst', explains: 72 })
    expect(view.verdict.doubt).toBeNull()
    const lines = view.verdict.lines.map((v) => v.text).join('\n')
    expect(lines).toMatch(/72 of the vanished likes were given on 16 Sep 2025; the other 12 were single likes given at other times/)
    expect(lines).toMatch(/Logged in on a new iPhone on 16 Sep 2025; 72 of the vanished likes/)
    // Model codes stay in the evidence: never in the verdict a user reads first.
    expect(`${view.verdict.text} ${lines}`).not.toMatch(/iPhone15,2|\d{19}/)
    expect(lines).toMatch(/deleted or made private by their creators \(12 likes vanished one at a time, on 12 different days/)
    const listed = value(await e.listImports())
    expect(listed).toHaveLength(2)
    expect(listed.map((l) => l.id)).toContain(view.exportId)
    expect(listed.map((l) => l.account)).toEqual([listed[0]?.account, listed[0]?.account])
    // Both are marked as the made-up sample wherever their name is shown; a real import keeps its file name.
    expect(isSampleSource(view.sourceName)).toBe(true)
    expect(listed.every((l) => isSampleSource(l.sourceName))).toBe(true)
    expect(isSampleSource(view.comparison?.olderLabel ?? '')).toBe(true)
    expect(isSampleSource('TikTok_Data_1762798360.zip')).toBe(false)
  })

  it('answers history with vanished likes per bucket, and pages of likes with their status', async () => {
    const e = engine()
    const view = value(await e.importSample(() => undefined))
    const olderId = view.comparison?.olderId
    const history = value(await e.history({ exportId: view.exportId, unit: 'day', olderId }))
    expect(history.unit).toBe('day')
    expect(history.points.reduce((s, p) => s + p.likes, 0)).toBe(view.summary.sections.likes.count)
    expect(history.points.reduce((s, p) => s + (p.vanished ?? 0), 0)).toBe(84)
    const burstDay = history.points.find((p) => p.start.startsWith('2025-09-16'))
    expect(burstDay?.vanished).toBe(72)
    expect(history.points.some((p) => p.watched !== null)).toBe(true)

    const vanished = value(await e.likesPage({ exportId: view.exportId, olderId, offset: 0, limit: 100, status: 'vanished' }))
    expect(vanished.total).toBe(84)
    expect(vanished.rows.every((r) => r.status === 'vanished' && r.uploadedAt !== null && r.uploadedAt <= r.at)).toBe(true)
    const all = value(await e.likesPage({ exportId: view.exportId, offset: 10, limit: 5 }))
    expect(all.total).toBe(view.summary.sections.likes.count + 84)
    expect(all.rows).toHaveLength(5)
    expect(Date.parse(all.rows[0]!.at)).toBeGreaterThanOrEqual(Date.parse(all.rows[4]!.at))
  })

  it('reopens a remembered import from disk in a new engine, and forgets it', async () => {
    const storeDir = mkdtempSync(join(tmpdir(), 'liketrace-engine-'))
    const first = new LikeTraceEngine({ storeDir, resourcesDir: RESOURCES })
    const view = value(await first.importSample(() => undefined))
    const second = new LikeTraceEngine({ storeDir, resourcesDir: RESOURCES })
    const reopened = value(await second.openImport(view.exportId))
    expect(reopened.comparison?.diff.vanished.count).toBe(84)
    expect(reopened.verdict).toEqual(view.verdict)
    value(await second.forgetImport(view.exportId))
    expect(value(await second.listImports()).map((l) => l.id)).not.toContain(view.exportId)
    const gone = await second.openImport(view.exportId)
    expect(gone.ok || gone.error.code).toBe('FILE_NOT_FOUND')
  })
})

describe('LikeTraceEngine on real exports', () => {
  it('imports a real export, refuses to compare two different accounts, and reports read errors as results', async () => {
    const e = engine()
    const b = value(await e.startImport([REAL_B], () => undefined))
    expect(b.summary.generation).toBe('B')
    expect(b.comparison).toBeNull()
    expect(b.verdict.status).toBe('nothing-found')
    expect(b.verdict.lines.map((v) => v.kind)).toContain('liked-videos-private')
    const c = value(await e.startImport([REAL_C], () => undefined))
    const refused = await e.compareImports(b.exportId, c.exportId)
    expect(refused.ok || refused.error.code).toBe('DIFFERENT_ACCOUNTS')
    const missing = await e.startImport([join(ROOT, 'nope.zip')], () => undefined)
    expect(missing.ok || missing.error.code).toBe('FILE_NOT_FOUND')
  })

  it('never compares the sample with a real export that names no account; a comparison asked for states the doubt', async () => {
    const e = engine()
    const sample = value(await e.importSample(() => undefined))
    // The real TXT like list names no account and shares no like with the sample: kept separate, its own verdict.
    const txt = value(await e.startImport([REAL_TXT], () => undefined))
    expect(txt.comparison).toBeNull()
    expect(txt.verdict.status).toBe('nothing-found')
    expect(txt.verdict.doubt).toBeNull()
    // The user can still compare them; the verdict then leads with the doubt.
    const compared = value(await e.compareImports(sample.exportId, txt.exportId))
    expect(compared.diff.accountMatch).toBe('unknown')
    const reopened = value(await e.openImport(compared.newerId))
    expect(reopened.verdict.doubt).toMatch(/^These exports may be of two different accounts: .* only 0 of 1,151 likes from the time both cover are in both\.$/)
    expect(reopened.verdict.text).toMatch(/^If these two exports are of one account, /)
  })

  it('reports a missing sample as a result, not a crash', async () => {
    const resourcesDir = mkdtempSync(join(tmpdir(), 'liketrace-res-'))
    const e = new LikeTraceEngine({ storeDir: mkdtempSync(join(tmpdir(), 'liketrace-engine-')), resourcesDir })
    const r = await e.importSample(() => undefined)
    expect(r.ok || r.error.code).toBe('FILE_NOT_FOUND')
    cpSync(join(RESOURCES, 'sample'), join(resourcesDir, 'sample'), { recursive: true })
    expect((await e.importSample(() => undefined)).ok).toBe(true)
  })
})
