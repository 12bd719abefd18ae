// shared/node tests: the whole reader on real samples, in every container a user may drop (bare file, zip, folder), and its error codes.
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { DEFAULT_LIMITS } from '../core/archive/limits'
import type { ExportSnapshot } from '../core/snapshot'
import { summarize } from '../core/summary'
import { readExportPath } from './read-export-path'

const REAL = resolve(__dirname, '../../tests/fixtures/real')
const genB = readFileSync(join(REAL, 'json-gen-b-2024-12/user_data_tiktok.json'))
const genC = readFileSync(join(REAL, 'json-gen-c-2025-03/user_data_tiktok.json'))
const likeListTxt = readFileSync(join(REAL, 'txt-2023-12/Like List.txt'))
const NOW = Date.UTC(2026, 10, 25)

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'liketrace-'))
}

async function zipTo(path: string, files: Record<string, string | Uint8Array>): Promise<string> {
  const zip = new JSZip()
  for (const [name, data] of Object.entries(files)) zip.file(name, data, { createFolders: false })
  writeFileSync(path, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }))
  return path
}

async function ok(paths: string | string[], limits = DEFAULT_LIMITS): Promise<ExportSnapshot> {
  const result = await readExportPath(paths, { now: NOW, limits })
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value
}

async function failure(paths: string | string[], limits = DEFAULT_LIMITS) {
  const result = await readExportPath(paths, { now: NOW, limits })
  if (result.ok) throw new Error('expected a failure')
  return result.error
}

describe('real generation-B export (d3i 2024-12)', () => {
  it('reads every section with the right counts and spans', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'user_data_tiktok.json'), genB)
    const snap = await ok(join(dir, 'user_data_tiktok.json'))
    const raw = JSON.parse(genB.toString())
    expect(snap.format).toBe('json')
    expect(snap.generation).toBe('B')
    expect(snap.partial).toBe(false)
    expect(snap.likes).toHaveLength(raw.Activity['Like List'].ItemFavoriteList.length)
    const rawLikes = raw.Activity['Like List'].ItemFavoriteList as Array<{ date: string; link: string }>
    const asRow = (r: { date: string; link: string }) => ({ at: Date.parse(`${r.date.replace(' ', 'T')}Z`), videoId: /video\/(\d+)/.exec(r.link)?.[1] })
    // The file lists newest first; the snapshot keeps oldest first.
    expect(snap.likes.row(snap.likes.length - 1)).toEqual(asRow(rawLikes[0]!))
    expect(snap.likes.row(0)).toEqual(asRow(rawLikes[rawLikes.length - 1]!))
    expect(snap.favorites).toHaveLength(raw.Activity['Favorite Videos'].FavoriteVideoList.length)
    expect(snap.watchTimes).toHaveLength(raw.Activity['Video Browsing History'].VideoList.length)
    expect(snap.logins).toHaveLength(raw.Activity['Login History'].LoginHistoryList.length)
    expect(snap.logins[0]?.ip).toBe('1.2.3.4')
    expect(snap.searches.length).toBeGreaterThan(0)
    expect(snap.deletedPosts.every((p) => p.deletedAt !== null)).toBe(true)
    expect(snap.profile.username).toBe(raw.Profile['Profile Information'].ProfileMap.userName)
    expect(snap.settings.get('Who Can View Videos I Liked')).toBe('Myself')
    expect(snap.exportedAtSource).toBe('signed-url')
    expect(new Date(snap.exportedAt ?? 0).toISOString().slice(0, 10)).toBe('2024-12-13')
    for (let i = 1; i < snap.likes.length; i++) expect(snap.likes.times[i]).toBeGreaterThanOrEqual(snap.likes.times[i - 1]!)
  })

  it('reads the same from a zip, a re-zipped folder with macOS noise, a folder, and with a BOM', async () => {
    const dir = tempDir()
    const bare = join(dir, 'user_data_tiktok.json')
    writeFileSync(bare, genB)
    const reference = summarize(await ok(bare))
    const zipped = await zipTo(join(dir, 'TikTok_Data_1734075000.zip'), { 'user_data_tiktok.json': genB })
    const nested = await zipTo(join(dir, 'mine.zip'), {
      'TikTok_Data/user_data_tiktok.json': genB,
      '__MACOSX/TikTok_Data/._user_data_tiktok.json': 'junk',
      'TikTok_Data/.DS_Store': 'junk',
    })
    const folder = join(dir, 'unpacked')
    mkdirSync(join(folder, 'deep'), { recursive: true })
    writeFileSync(join(folder, 'deep', 'user_data.json'), genB)
    const bom = join(dir, 'bom.json')
    writeFileSync(bom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), genB]))
    for (const path of [zipped, nested, folder, bom]) {
      const s = summarize(await ok(path))
      expect({ ...s, files: [], exportedAt: null, exportedAtSource: null }).toEqual({ ...reference, files: [], exportedAt: null, exportedAtSource: null })
    }
    const fromNested = await ok(nested)
    expect(fromNested.ignoredFileCount).toBe(0)
  })
})

describe('real generation-C export (2025-03)', () => {
  it('reads the Your Activity layout', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'user_data_tiktok.json'), genC)
    const snap = await ok(join(dir, 'user_data_tiktok.json'))
    const raw = JSON.parse(genC.toString())
    expect(snap.generation).toBe('C')
    expect(snap.likes).toHaveLength(1)
    expect(snap.watchTimes).toHaveLength(raw['Your Activity']['Watch History'].VideoList.length)
    expect(snap.sectionsPresent.has('favorites')).toBe(true)
    expect(snap.favorites).toHaveLength(0)
    const summary = summarize(snap)
    expect(summary.sections.watchHistory.retentionDays).toBe(180)
    expect(summary.sections.likes.first).toMatch(/Z$/)
  })
})

describe('real TXT like list (2023-12)', () => {
  it('reads a single TXT file and the same inside a TXT export zip', async () => {
    const dir = tempDir()
    const file = join(dir, 'Like List.txt')
    writeFileSync(file, likeListTxt)
    const snap = await ok(file)
    expect(snap.format).toBe('txt')
    expect(snap.likes).toHaveLength(1177)
    expect(new Date(snap.likes.first!).toISOString()).toBe('2020-07-21T12:56:23.000Z')
    expect(snap.partial).toBe(true)
    const zip = await zipTo(join(dir, 'TikTok_Data_1703721600.zip'), { 'Tiktok/Activity/Like List.txt': likeListTxt, 'Tiktok/Activity/Notes.txt': 'x' })
    const fromZip = await ok(zip)
    expect(fromZip.likes.rows()).toEqual(snap.likes.rows())
    expect(fromZip.generation).toBe('B')
    expect(fromZip.ignoredFileCount).toBe(1)
    expect(fromZip.exportedAtSource).toBe('file-name')
  })
})

describe('real TikTok Studio analytics (365 days to May 2026)', () => {
  it('reads the CSVs from their zips, placing yearless dates by the zip-name stamp', async () => {
    const dir = tempDir()
    const csv = (name: string): Buffer => readFileSync(join(REAL, 'studio-analytics', name))
    const overview = await zipTo(join(dir, 'Overview_2025-05-15_1778889600_creator.zip'), { 'Overview.csv': csv('Overview.csv') })
    const followers = await zipTo(join(dir, 'Followers_creator.zip'), {
      'FollowerHistory.csv': csv('FollowerHistory.csv'),
      'FollowerActivity.csv': csv('FollowerActivity.csv'),
      'FollowerGender.csv': csv('FollowerGender.csv'),
      'FollowerTopTerritories.csv': csv('FollowerTopTerritories.csv'),
    })
    const viewers = await zipTo(join(dir, 'Viewers_creator.zip'), { 'Viewers.csv': csv('Viewers.csv') })
    const snap = await ok([overview, followers, viewers], DEFAULT_LIMITS)
    expect(snap.format).toBe('studio-csv')
    const summary = summarize(snap)
    expect(summary.sections.studio?.first).toBe('2025-05-15T00:00:00.000Z')
    expect(summary.sections.studio?.last).toBe('2026-05-15T00:00:00.000Z')
    expect(summary.sections.studio?.days).toBe(366)
    const may14 = snap.studio?.days.find((d) => d.date === '2026-05-14')
    expect(may14?.followers).not.toBeNull()
    expect(snap.studio?.followerGender.map((g) => g.label)).toEqual(['Male', 'Female', 'Other'])
  })
})

describe('reader errors', () => {
  const dir = tempDir()
  const write = (name: string, data: string | Uint8Array): string => {
    const p = join(dir, name)
    writeFileSync(p, data)
    return p
  }

  const cases: Array<[string, () => Promise<string> | string, string, RegExp?]> = [
    ['a missing file', () => join(dir, 'nope.zip'), 'FILE_NOT_FOUND'],
    ['a PNG named .zip', () => write('photo.zip', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4])), 'NOT_A_ZIP'],
    ['an empty .zip', () => write('empty.zip', ''), 'NOT_A_ZIP'],
    ['a JSON renamed to .zip', () => write('renamed.zip', genB), 'NOT_A_ZIP'],
    ['a PNG', () => write('photo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47])), 'UNSUPPORTED_FILE'],
    ['a JSON that is not an export', () => write('other.json', '{"name": "package", "version": 1}'), 'NOT_A_TIKTOK_EXPORT'],
    ['a JSON list', () => write('list.json', '[1, 2, 3]'), 'NOT_A_TIKTOK_EXPORT'],
    ['a zip without export files', () => zipTo(join(dir, 'photos.zip'), { 'a.jpg': 'x', 'b.mp4': 'y' }), 'NOT_A_TIKTOK_EXPORT'],
    ['a zip with only a nested zip', () => zipTo(join(dir, 'nested.zip'), { 'inner.zip': 'PK' }), 'NOT_A_TIKTOK_EXPORT'],
    ['broken JSON', () => write('broken.json', '{\n  "Activity": {\n    "Like List": [1 2]\n  }\n}'), 'BAD_JSON', /line 3, column/],
    ['truncated JSON', () => write('cut.json', genB.subarray(0, 5000)), 'BAD_JSON', /cut off/],
    ['UTF-16 JSON', () => write('utf16.json', Buffer.from('\ufeff{"Activity": {}}', 'utf16le')), 'BAD_ENCODING'],
    ['an Excel file without a worksheet', () => zipTo(join(dir, 'Viewers.xlsx'), { '[Content_Types].xml': '<x/>', 'xl/workbook.xml': '<x/>' }), 'BAD_SHAPE', /"Viewers\.xlsx" has no worksheet/],
    ['a file named .xlsx that is no Excel file', () => write('Overview.xlsx', '"Date","Likes"'), 'UNSUPPORTED_FILE', /not an Excel file/],
  ]
  for (const [name, make, code, detail] of cases) {
    it(`${name} → ${code}`, async () => {
      const error = await failure(await make())
      expect(error.code).toBe(code)
      if (detail) expect(error.message).toMatch(detail)
      expect(error.message.length).toBeGreaterThan(40)
    })
  }

  it('refuses a file over the size cap before reading it', async () => {
    const p = write('big.json', genB)
    const error = await failure(p, { ...DEFAULT_LIMITS, maxInputBytes: 1000 })
    expect(error.code).toBe('ARCHIVE_TOO_LARGE')
  })

  it('refuses a folder with more files than an export has', async () => {
    const folder = join(dir, 'many')
    mkdirSync(folder)
    for (let i = 0; i < 30; i++) writeFileSync(join(folder, `f${i}.txt`), '')
    expect((await failure(folder, { ...DEFAULT_LIMITS, maxEntries: 20 })).code).toBe('TOO_MANY_ENTRIES')
  })

  it('refuses a tree of empty folders without walking all of it', async () => {
    const folder = join(dir, 'empty-tree')
    for (let i = 0; i < 30; i++) mkdirSync(join(folder, `d${i}`, 'inner'), { recursive: true })
    expect((await failure(folder, { ...DEFAULT_LIMITS, maxEntries: 5 })).code).toBe('TOO_MANY_ENTRIES')
  })

  it('refuses a device behind a symlink without reading it', async () => {
    const link = join(dir, 'zero.json')
    symlinkSync('/dev/zero', link)
    expect((await failure(link)).code).toBe('BAD_ARGS')
  })

  it('ignores unsafe entry names and never takes a look-alike for the export file by its name', async () => {
    const hostile = {
      '../user_data_tiktok.json': genB,
      'C:\\user_data_tiktok.json': genB,
      'user_data_tiktok.json\u200b': genB,
      'user_dаta_tiktok.json': genC,
    }
    // Beside the real export, the look-alike is ignored.
    const beside = await ok(await zipTo(join(dir, 'beside.zip'), { ...hostile, 'TikTok/user_data_tiktok.json': genB }))
    expect(beside.files.map((f) => f.path)).toEqual(['beside.zip/TikTok/user_data_tiktok.json'])
    // All four hostile names, the look-alike included, are skipped (counted, never named in what is kept).
    expect(beside.ignoredFileCount).toBe(4)
    // Alone, its content is recognised as a renamed export, and the warning names it as it is really spelled.
    const alone = await ok(await zipTo(join(dir, 'hostile.zip'), hostile))
    expect(alone.files.map((f) => f.path)).toEqual(['hostile.zip/user_dаta_tiktok.json'])
    expect(alone.generation).toBe('C')
    expect(alone.warnings.find((w) => w.code === 'RENAMED_FILE_READ')?.message).toBe('"user_dаta_tiktok.json" was read as your TikTok data export (its content is one).')
    expect(alone.warnings.find((w) => w.code === 'SUSPICIOUS_ENTRY_NAME')?.count).toBe(2)
  })
})
