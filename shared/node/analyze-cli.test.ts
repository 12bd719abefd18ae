// shared/node tests: the analyze command's output contract (stable JSON keys, exit codes) in-process and through npm.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SECTION_NAMES } from '@shared/contract/model'
import { makeSpec } from '../synth/export-spec'
import { renderJsonString } from '../synth/render-json'
import { runAnalyze } from './analyze-cli'

const ROOT = resolve(__dirname, '../..')
const GEN_B = join(ROOT, 'tests/fixtures/real/json-gen-b-2024-12/user_data_tiktok.json')
const TXT = join(ROOT, 'tests/fixtures/real/txt-2023-12/Like List.txt')

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const code = await runAnalyze(args, { out: (t) => (out += t), err: (t) => (err += t), now: Date.UTC(2026, 10, 25) })
  return { code, out, err }
}

describe('analyze --json', () => {
  it('prints the stable keys with ISO-8601 UTC dates', async () => {
    const { code, out, err } = await run([GEN_B, '--json'])
    expect(code).toBe(0)
    expect(err).toBe('')
    const doc = JSON.parse(out)
    expect(doc).toMatchObject({ format: 'json', generation: 'B', partial: false, exportedAt: '2024-12-13T07:20:20.000Z' })
    for (const name of SECTION_NAMES) {
      expect(Object.keys(doc.sections[name]).sort()).toEqual(['count', 'empty', 'first', 'last', 'present', 'retentionDays'])
    }
    expect(doc.sections.likes).toMatchObject({ count: 20, first: '2024-11-20T15:21:21.000Z', last: '2024-12-13T07:06:58.000Z' })
    expect(Array.isArray(doc.warnings)).toBe(true)
  })

  it('reports a failure as {"error": {code, message}} with exit code 2', async () => {
    const { code, out } = await run([join(ROOT, 'does-not-exist.zip'), '--json'])
    expect(code).toBe(2)
    expect(JSON.parse(out)).toEqual({ error: { code: 'FILE_NOT_FOUND', message: expect.stringMatching(/not found/) } })
  })

  it('rejects unknown options with exit code 2', async () => {
    const { code, err } = await run(['--frobnicate', GEN_B])
    expect(code).toBe(2)
    expect(err).toMatch(/Unknown option --frobnicate/)
  })
})

describe('analyze (readable)', () => {
  it('summarises a TXT like list with its span and partial-export note', async () => {
    const { code, out } = await run([TXT])
    expect(code).toBe(0)
    expect(out).toMatch(/TXT export, partial/)
    expect(out).toMatch(/Liked videos\s+1,177\s+21 Jul 2020\s+27 Dec 2023/)
  })
})

describe('npm run --silent analyze', () => {
  it('writes exactly one JSON document to stdout', () => {
    const stdout = execFileSync('npm', ['run', '--silent', 'analyze', '--', GEN_B, '--json'], { cwd: ROOT, encoding: 'utf8' })
    expect(JSON.parse(stdout).sections.likes.count).toBe(20)
  })

  it('exits with code 2 on an unreadable export', () => {
    const result = spawnSync('npm', ['run', '--silent', 'analyze', '--', join(ROOT, 'package.json'), '--json'], { cwd: ROOT, encoding: 'utf8' })
    expect(result.status).toBe(2)
    expect(JSON.parse(result.stdout).error.code).toBe('NOT_A_TIKTOK_EXPORT')
  })
})

describe('analyze --compare and --store', () => {
  // One account exported twice, five weeks apart: the later export lost one day of likes (every like on the
  // UTC day of the 500th like) and three scattered ones, and gained the likes given in between.
  const dir = mkdtempSync(join(tmpdir(), 'liketrace-cli-'))
  const older = makeSpec({ seed: 'cli-compare', likes: 600, watchRows: 500, exportedAt: Date.UTC(2025, 9, 1) })
  const lostDay = new Date(older.likes[500]?.at ?? 0).toISOString().slice(0, 10)
  const lostEvening = older.likes.filter((l) => new Date(l.at).toISOString().startsWith(lostDay))
  const scattered = [older.likes[100], older.likes[300], older.likes[450]].filter((l) => l !== undefined)
  const lost = new Set([...lostEvening, ...scattered].map((l) => l.videoId))
  const later = makeSpec({ seed: 'cli-compare-later', likes: 40, watchRows: 10, exportedAt: Date.UTC(2025, 10, 5), accountAgeDays: 30 })
  const newer = { ...older, exportedAt: Date.UTC(2025, 10, 5), likes: [...older.likes.filter((l) => !lost.has(l.videoId)), ...later.likes.filter((l) => l.at > Date.UTC(2025, 9, 1))] }
  const olderPath = join(dir, 'older.json')
  const newerPath = join(dir, 'newer.json')
  writeFileSync(olderPath, renderJsonString(older, { generation: 'C' }))
  writeFileSync(newerPath, renderJsonString(newer, { generation: 'C' }))
  const added = newer.likes.length - (older.likes.length - lost.size)

  it('reports vanished, beyond-the-window and added counts with clusters and events', async () => {
    expect(lostEvening.length).toBeGreaterThan(0)
    const { code, out } = await run([newerPath, '--compare', olderPath, '--json'])
    expect(code).toBe(0)
    const doc = JSON.parse(out)
    expect(doc.diff.vanished.count).toBe(lost.size)
    expect(doc.diff.beyondWindow.count).toBe(0)
    expect(doc.diff.added.count).toBe(added)
    const sizes: number[] = doc.diff.clusters.map((c: { count: number }) => c.count)
    expect(sizes[0]).toBe(lostEvening.length)
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a))
    // Every view lists events in one order: the vanished groups (largest first) before context and retention limits.
    const kinds: string[] = doc.events.map((e: { kind: string }) => e.kind)
    expect(kinds[0]).toBe('vanished-likes')
    expect(doc.events[0].evidence.counts.vanished).toBe(lostEvening.length)
    const firstLimit = kinds.indexOf('retention-window')
    if (firstLimit >= 0) expect(kinds.slice(firstLimit).every((k) => k === 'retention-window')).toBe(true)
    const vanishedEvents = doc.events.filter((e: { kind: string }) => e.kind === 'vanished-likes')
    expect(vanishedEvents).toHaveLength(doc.diff.clusters.length)
    for (const e of doc.events) expect(Object.keys(e)).toEqual(expect.arrayContaining(['kind', 'start', 'end', 'confidence', 'title', 'explanation', 'evidence', 'actions']))
  })

  it('remembers imports and compares a new one with the latest earlier one automatically', async () => {
    const store = join(dir, 'store')
    const first = JSON.parse((await run([olderPath, '--store', store, '--json'])).out)
    expect(first.store.alreadyStored).toBe(false)
    expect(first.diff).toBeUndefined()
    const second = JSON.parse((await run([newerPath, '--store', store, '--json'])).out)
    expect(second.store.comparedWith).toBe('older.json')
    expect(second.diff.vanished.count).toBe(lost.size)
    const again = JSON.parse((await run([newerPath, '--store', store, '--json'])).out)
    expect(again.store).toMatchObject({ id: second.store.id, alreadyStored: true })
  })

  it('refuses to compare two different accounts', async () => {
    const other = makeSpec({ seed: 'someone-else', likes: 50, watchRows: 10 })
    const otherPath = join(dir, 'other.json')
    writeFileSync(otherPath, renderJsonString(other, { generation: 'C' }))
    const { code, out } = await run([newerPath, '--compare', otherPath, '--json'])
    expect(code).toBe(2)
    expect(JSON.parse(out).error.code).toBe('DIFFERENT_ACCOUNTS')
  })
})
