// shared/node tests: every export generation and format, generated from one seeded account, reads back to exactly that account.
import { describe, expect, it } from 'vitest'
import type { Generation } from '@shared/contract/model'
import type { ExportSnapshot } from '../core/snapshot'
import type { InputFile } from '../core/read-export'
import { readExport } from '../core/read-export'
import type { ExportSpec } from '../synth/export-spec'
import { makeSpec } from '../synth/export-spec'
import type { JsonRenderOptions } from '../synth/render-json'
import { JSON_CATEGORIES, renderJsonString, TYPICAL_EXPORT_DATE } from '../synth/render-json'
import { renderTxtExport } from '../synth/render-txt'
import { zipFiles } from '../synth/zip'
import { summarize } from '../core/summary'
import { MemorySource } from '../core/archive/memory-source'
import { inflateRawNative } from './inflate'

const GENERATIONS: Generation[] = ['A', 'B', 'C', 'D']
const enc = new TextEncoder()

function spec(generation: Generation, extra: Parameters<typeof makeSpec>[0] = { seed: 0 }): ExportSpec {
  return makeSpec({ likes: 400, watchRows: 3000, logins: 80, searches: 30, shares: 20, shareSentinels: 3, posts: 6, deletedPosts: 2, comments: 15, exportedAt: TYPICAL_EXPORT_DATE[generation], ...extra, seed: `gen-${generation}-${String(extra.seed)}` })
}

async function read(files: Array<[string, string | Uint8Array]>): Promise<ExportSnapshot> {
  const inputs: InputFile[] = files.map(([path, data]) => ({ path, source: new MemorySource(typeof data === 'string' ? enc.encode(data) : data) }))
  const result = await readExport(inputs, { inflateRaw: inflateRawNative, now: Date.UTC(2026, 10, 25) })
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value
}

const json = (s: ExportSpec, options: JsonRenderOptions): Array<[string, string]> => [['user_data_tiktok.json', renderJsonString(s, options)]]
const codes = (snap: ExportSnapshot): string[] => snap.warnings.map((w) => w.code)
const watchTimes = (s: ExportSpec): number[] => [...s.watch.ascending()].map((r) => r.at)

function expectSameAccount(snap: ExportSnapshot, s: ExportSpec): void {
  expect(snap.likes.rows()).toEqual(s.likes.map(({ at, videoId }) => ({ at, videoId })))
  expect(snap.favorites.rows()).toEqual(s.favorites.map(({ at, videoId }) => ({ at, videoId })))
  expect([...snap.watchTimes]).toEqual(watchTimes(s))
  expect(snap.logins.map((l) => [l.at, l.ip, l.deviceModel, l.deviceSystem])).toEqual(s.logins.map((l) => [l.at, l.ip, l.deviceModel, l.deviceSystem]))
  expect(snap.searches.map((x) => x.term)).toEqual(s.searches.map((x) => x.term))
  expect(snap.shares).toHaveLength(s.shares.filter((x) => x.at > 0).length)
  expect(snap.followers.map((f) => f.at)).toEqual(s.followers.map((f) => f.at))
  expect(snap.following.map((f) => f.at)).toEqual(s.following.map((f) => f.at))
  expect(snap.comments.map((c) => c.text)).toEqual(s.comments.map((c) => c.text))
  expect(snap.posts.map((p) => [p.at, p.likes])).toEqual(s.posts.map((p) => [p.at, p.likes]))
  // Generation-A files (2022) have no "Recently Deleted Posts" list.
  expect(snap.deletedPosts.map((p) => p.deletedAt)).toEqual(snap.generation === 'A' ? [] : s.deletedPosts.map((p) => p.deletedAt))
  expect(snap.settings.get('Who Can View Videos I Liked')).toBe(s.settings.get('Who Can View Videos I Liked'))
  expect(snap.profile.username).toBe(s.account.username)
}

describe('JSON generations', () => {
  for (const generation of GENERATIONS) {
    it(`generation ${generation} reads back exactly, with its generation, export date and exact 19-digit uid`, async () => {
      const s = spec(generation)
      const snap = await read(json(s, { generation }))
      expect(snap.generation).toBe(generation)
      expect(snap.partial).toBe(false)
      expectSameAccount(snap, s)
      expect(snap.exportedAt).toBe(s.exportedAt)
      expect(snap.warnings.find((w) => w.code === 'SENTINEL_DATE')?.count).toBe(3)
      if (generation === 'C' || generation === 'D') expect(snap.status.uid).toBe(s.account.uid)
    })
  }

  it('reads generation B with either like-key casing (Date/Link and date/link)', async () => {
    const s = spec('B')
    for (const likeKeyCase of ['Date/Link', 'date/link'] as const) {
      const snap = await read(json(s, { generation: 'B', likeKeyCase }))
      expect(snap.generation).toBe('B')
      expect(snap.likes).toHaveLength(s.likes.length)
    }
  })

  it('reads compact, BOM-prefixed and written-twice files the same', async () => {
    const s = spec('C')
    const reference = await read(json(s, { generation: 'C' }))
    const variants = [{ pretty: false }, { bom: true }, { writtenTwice: true, bom: true }, { watchOrder: 'asc' as const, loginOrder: 'desc' as const }]
    for (const v of variants) {
      const snap = await read(json(s, { generation: 'C', ...v }))
      expect(snap.likes.rows()).toEqual(reference.likes.rows())
      expect(snap.watchTimes).toEqual(reference.watchTimes)
      expect(snap.logins).toEqual(reference.logins)
      expect(codes(snap).includes('CONTENT_WRITTEN_TWICE')).toBe(v.writtenTwice === true)
    }
  })

  it('reads a zipped export the same as the bare file', async () => {
    const s = spec('D')
    const zip = await zipFiles(new Map([['TikTok/user_data_tiktok.json', renderJsonString(s, { generation: 'D' })]]))
    expectSameAccount(await read([['TikTok_Data_1777160000.zip', zip]]), s)
  })

  for (const generation of GENERATIONS) {
    it(`a partial generation-${generation} export with only the likes category is read and flagged`, async () => {
      const s = spec(generation)
      const likesCategory = generation === 'C' ? 'Your Activity' : generation === 'D' ? 'Likes and Favorites' : 'Activity'
      const snap = await read(json(s, { generation, categories: [likesCategory] }))
      expect(snap.generation).toBe(generation)
      expect(snap.partial).toBe(true)
      expect(snap.missingCategories.length).toBeGreaterThan(0)
      expect(snap.missingCategories).not.toContain(likesCategory)
      expect(snap.likes).toHaveLength(s.likes.length)
      expect(codes(snap)).toContain('PARTIAL_EXPORT')
      expect(JSON_CATEGORIES[generation]).toContain(likesCategory)
    })
  }

  it('flags a like list of exactly 6,000 as possibly truncated', async () => {
    const s = spec('B', { seed: 1, likes: 6000, watchRows: 100 })
    const snap = await read(json(s, { generation: 'B' }))
    expect(snap.likes).toHaveLength(6000)
    expect(codes(snap)).toContain('POSSIBLE_TRUNCATION')
  })
})

describe('TXT exports', () => {
  for (const generation of GENERATIONS) {
    it(`the generation-${generation} TXT layout reads back the dated lists`, async () => {
      const s = spec(generation)
      const files = renderTxtExport(s, { generation, language: 'en' })
      const zip = await zipFiles(files)
      const snap = await read([['TikTok_Data_1700000000.zip', zip]])
      expect(snap.format).toBe('txt')
      expect(snap.generation).toBe(generation)
      expect(snap.likes.rows()).toEqual(s.likes.map(({ at, videoId }) => ({ at, videoId })))
      expect([...snap.watchTimes]).toEqual(watchTimes(s))
      expect(snap.logins.map((l) => [l.at, l.deviceModel])).toEqual(s.logins.map((l) => [l.at, l.deviceModel]))
      expect(snap.partial).toBe(false)
    })
  }

  it('reads the 2022 TXT zip: entry names starting with "/", Likes.txt, Video Browsing.txt, Sharing.txt, 1980 zip times', async () => {
    const s = spec('A')
    const files = renderTxtExport(s, { generation: 'A', language: 'en', layout: 'zip-2022' })
    expect([...files.keys()]).toContain('/Activity/Likes.txt')
    // 2022 exports have no "Recently Deleted Posts" list.
    files.delete('/Videos/Recently Deleted Posts.txt')
    const zip = await zipFiles(files, { date: new Date(Date.UTC(1980, 0, 1)) })
    const snap = await read([['TikTok_Data_1660000000.zip', zip]])
    expect(snap.format).toBe('txt')
    expect(snap.generation).toBe('A')
    expect(snap.partial).toBe(false)
    expectSameAccount(snap, s)
    expect(snap.logins.map((l) => l.networkType ?? '')).toEqual(s.logins.map((l) => l.networkType))
    expect(snap.files.map((f) => f.path)).toContain('TikTok_Data_1660000000.zip/Activity/Likes.txt')
    expect(codes(snap)).not.toContain('SUSPICIOUS_ENTRY_NAME')
  })

  it('still refuses entry names that escape once the leading "/" is gone', async () => {
    const s = spec('A')
    const likes = renderTxtExport(s, { generation: 'A', language: 'en', layout: 'zip-2022' }).get('/Activity/Likes.txt') as string
    const zip = await zipFiles(new Map([['/../Activity/Likes.txt', likes], ['//C:/Likes.txt', likes], ['/Activity/Like List.txt', likes]]))
    const snap = await read([['TikTok_Data_1660000000.zip', zip]])
    expect(snap.warnings.find((w) => w.code === 'SUSPICIOUS_ENTRY_NAME')?.count).toBe(2)
    expect(snap.files.map((f) => f.path)).toEqual(['TikTok_Data_1660000000.zip/Activity/Like List.txt'])
    expect(snap.likes).toHaveLength(s.likes.length)
  })

  it('calls a TXT folder holding only some of the files partial, naming what is missing', async () => {
    const s = spec('B')
    const files = renderTxtExport(s, { generation: 'B', language: 'en' })
    const kept = [...files].filter(([p]) => /Like List|Browsing History|Login History/.test(p))
    const snap = await read(kept)
    expect(snap.partial).toBe(true)
    expect(snap.missingCategories).toEqual(['Favorite Videos', 'Searches', 'Share History', 'Profile', 'Settings'])
    expect(codes(snap)).toContain('PARTIAL_EXPORT')
    expect(snap.likes).toHaveLength(s.likes.length)
  })

  it('reports a 0-byte watch history as present but empty, and says the gap check could not run', async () => {
    const s = spec('A')
    const files = renderTxtExport(s, { generation: 'A', language: 'en', layout: 'zip-2022' })
    files.set('/Activity/Video Browsing.txt', '')
    const snap = await read([['TikTok_Data_1660000000.zip', await zipFiles(files)]])
    const summary = summarize(snap)
    expect(summary.sections.watchHistory).toMatchObject({ present: true, empty: true, count: 0, first: null, last: null })
    expect(summary.sections.likes).toMatchObject({ present: true, empty: false })
    expect(summary.sections.blocked.empty).toBe(summary.sections.blocked.count === 0)
    const warning = snap.warnings.find((w) => w.code === 'EMPTY_SECTION')
    expect(warning?.message).toMatch(/^The Watch history section is in the export but empty, so the check for days of watching without liking could not run\./)
    expect(warning?.count).toBe(1)
    expect(snap.partial).toBe(false)
  })

  it('reads a hand-edited JSON with a trailing comma inside a login entry, with a warning', async () => {
    const s = spec('B')
    const text = renderJsonString(s, { generation: 'B' })
    // The user deleted the Carrier line and left the comma after NetworkType: `"NetworkType": "Wi-Fi",\n}`.
    const edited = text.replace(/("NetworkType": "[^"]*",)\s*"Carrier": "[^"]*"(\s*\n\s*})/, '$1$2')
    expect(edited).not.toBe(text)
    const snap = await read([['user_data_tiktok.json', edited]])
    expect(snap.logins).toHaveLength(s.logins.length)
    expect(snap.warnings.find((w) => w.code === 'TRAILING_COMMA')?.count).toBe(1)
  })

  it('reads a Dutch TXT export (file names and labels)', async () => {
    const s = spec('C')
    const files = renderTxtExport(s, { generation: 'C', language: 'nl' })
    expect([...files.keys()].some((p) => p.endsWith('Likelijst.txt'))).toBe(true)
    const snap = await read([...files.entries()])
    expect(snap.likes.rows()).toEqual(s.likes.map(({ at, videoId }) => ({ at, videoId })))
    expect([...snap.watchTimes]).toEqual(watchTimes(s))
    expect(snap.searches.map((x) => x.term)).toEqual(s.searches.map((x) => x.term))
    expect(snap.generation).toBe('C')
  })
})

describe('renamed files', () => {
  const s = spec('C')
  const files = renderTxtExport(s, { generation: 'C', language: 'en' })
  const file = (suffix: string): string => [...files].find(([p]) => p.endsWith(suffix))?.[1] ?? ''
  const roleOf = (snap: ExportSnapshot, path: string): string | undefined => snap.files.find((f) => f.path === path)?.role
  const renamed = (snap: ExportSnapshot): string => snap.warnings.find((w) => w.code === 'RENAMED_FILE_READ')?.message ?? ''

  it('reads copies by their name without the copy suffix, and names the section each was read as', async () => {
    const snap = await read([
      ['TikTok/Favorite Videos - Copie.txt', file('Favorite Videos.txt')],
      ['TikTok/Like List (1).txt', file('Like List.txt')],
      ['TikTok/Login History - Copy.txt', file('Login History.txt')],
    ])
    expect(roleOf(snap, 'TikTok/Favorite Videos - Copie.txt')).toBe('txt:favorites')
    expect(roleOf(snap, 'TikTok/Like List (1).txt')).toBe('txt:likes')
    expect(roleOf(snap, 'TikTok/Login History - Copy.txt')).toBe('txt:logins')
    expect(snap.favorites).toHaveLength(s.favorites.length)
    expect(snap.likes.rows()).toEqual(s.likes.map(({ at, videoId }) => ({ at, videoId })))
    expect(renamed(snap)).toContain('"Favorite Videos - Copie.txt" was read as your Favourites (its name without " - Copie").')
    expect(renamed(snap)).toContain('"Like List (1).txt" was read as your Like list')
    expect(snap.warnings.find((w) => w.code === 'RENAMED_FILE_READ')?.count).toBe(3)
  })

  it('reads a dropped copy alone, and a copy of the JSON export inside a zip', async () => {
    const alone = await read([['Favorite Videos - Copie.txt', file('Favorite Videos.txt')]])
    expect(alone.favorites).toHaveLength(s.favorites.length)
    const zip = await zipFiles(new Map([['TikTok/user_data_tiktok - Copy.json', renderJsonString(s, { generation: 'C' })], ['TikTok/readme.txt', 'hello']]))
    const snap = await read([['TikTok_Data_1740000000.zip', zip]])
    expect(snap.format).toBe('json')
    expect(snap.likes).toHaveLength(s.likes.length)
    // readme.txt is skipped (counted, never named in what is kept).
    expect(snap.ignoredFileCount).toBe(1)
  })

  it('recognises files with unknown names by their content', async () => {
    const snap = await read([
      ['stuff/logins backup.txt', file('Login History.txt')],
      ['stuff/export.txt', file('Like List.txt')],
      ['stuff/shopping list.txt', 'Milk: 2\nEggs: 6\n'],
      ['stuff/package.json', '{"name": "x", "version": "1.0.0"}'],
    ])
    expect(roleOf(snap, 'stuff/logins backup.txt')).toBe('txt:logins')
    expect(roleOf(snap, 'stuff/export.txt')).toBe('txt:likes')
    expect(snap.logins).toHaveLength(s.logins.length)
    expect(snap.likes).toHaveLength(s.likes.length)
    expect(snap.files.map((f) => f.path).sort()).toEqual(['stuff/export.txt', 'stuff/logins backup.txt'])
    expect(snap.ignoredFileCount).toBe(2)
    expect(renamed(snap)).toContain('"logins backup.txt" was read as your Login history (by its content).')
    expect(renamed(snap)).toMatch(/"export\.txt" was read as your Like list: its records \(a date and a video link\) fit a Like list, favourites or watch history alike/)

    const json = await read([
      ['backup/my tiktok.json', renderJsonString(s, { generation: 'C', bom: true })],
      ['backup/notes.txt', 'nothing here'],
    ])
    expect(json.format).toBe('json')
    expect(roleOf(json, 'backup/my tiktok.json')).toBe('json')
    expect(renamed(json)).toContain('"my tiktok.json" was read as your TikTok data export')
  })

  it('reads only the original when a copy sits beside it', async () => {
    const snap = await read([
      ['TikTok/Like List.txt', file('Like List.txt')],
      ['TikTok/Like List (1).txt', file('Like List.txt')],
    ])
    expect(snap.files.map((f) => f.path)).toEqual(['TikTok/Like List.txt'])
    expect(snap.ignoredFileCount).toBe(1)
    expect(codes(snap)).toContain('COPY_BESIDE_ORIGINAL')
    expect(codes(snap)).not.toContain('RENAMED_FILE_READ')
  })

  it('still refuses a lone file that is no TikTok file, whatever its name', async () => {
    const inputs: InputFile[] = [{ path: 'notes - Copy.txt', source: new MemorySource(enc.encode('Dear diary: today\n')) }]
    const result = await readExport(inputs, { inflateRaw: inflateRawNative, now: Date.UTC(2026, 10, 25) })
    expect(result.ok || result.error.code).toBe('UNSUPPORTED_FILE')
  })
})
