// shared/node tests: the import store on a real disk — content-hash ids, atomic files, crash leftovers, foreign files, forget, and picking the import to compare with.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import JSZip from 'jszip'
import { beforeAll, describe, expect, it } from 'vitest'
import { copySnapshot } from '../core/empty-snapshot'
import type { ExportSnapshot } from '../core/snapshot'
import { fromStoredSnapshot, toStoredSnapshot } from '../core/store/stored-snapshot'
import { summarize } from '../core/summary'
import { VideoList } from '../core/video-list'
import { makeSpec } from '../synth/export-spec'
import { JSON_CATEGORIES, renderJsonString } from '../synth/render-json'
import { ImportStore } from './import-store'
import { readExportPath } from './read-export-path'

const REAL = resolve(__dirname, '../../tests/fixtures/real')
const genB = readFileSync(join(REAL, 'json-gen-b-2024-12/user_data_tiktok.json'))
const genC = readFileSync(join(REAL, 'json-gen-c-2025-03/user_data_tiktok.json'))
const NOW = Date.UTC(2026, 10, 25)
const DAY = 86_400_000
const HEX64 = /^[0-9a-f]{64}$/

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'liketrace-store-'))
}

async function read(path: string): Promise<ExportSnapshot> {
  const result = await readExportPath(path, { now: NOW })
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value
}

async function zipTo(path: string, files: Record<string, Uint8Array>): Promise<string> {
  const zip = new JSZip()
  for (const [name, data] of Object.entries(files)) zip.file(name, data, { createFolders: false })
  writeFileSync(path, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }))
  return path
}

/** What a load must give back: the snapshot as the stored form keeps it. */
function kept(s: ExportSnapshot): ExportSnapshot {
  const back = fromStoredSnapshot(toStoredSnapshot(s))
  if (back === null) throw new Error('not storable')
  return back
}

/** A store file's parsed header line and its body text. */
function splitStoreFile(path: string): [Record<string, unknown>, string] {
  const text = readFileSync(path, 'utf8')
  const newline = text.indexOf('\n')
  return [JSON.parse(text.slice(0, newline)) as Record<string, unknown>, text.slice(newline + 1)]
}

function storeFiles(dir: string): string[] {
  return readdirSync(dir).sort()
}

let snapB: ExportSnapshot
let snapC: ExportSnapshot
beforeAll(async () => {
  const dir = tempDir()
  writeFileSync(join(dir, 'b.json'), genB)
  writeFileSync(join(dir, 'c.json'), genC)
  snapB = await read(join(dir, 'b.json'))
  snapC = await read(join(dir, 'c.json'))
})

/** A different export of an account: a real snapshot with another username/uid, export time and likes. */
/** The real export with 60 more likes over the same weeks: enough for likes alone to show one account. */
function denser(snap: ExportSnapshot): ExportSnapshot {
  const s = copySnapshot(snap)
  const first = s.likes.first ?? 0
  const span = (s.likes.last ?? 0) - first
  const extra = Array.from({ length: 60 }, (_, i) => ({ at: first + Math.round(((i + 0.5) * span) / 60), videoId: String(7_300_000_000_000_000_000n + BigInt(i)) }))
  s.likes = s.likes.withRows(extra)
  return s
}

function variant(opts: { username: string | null; uid?: string | null; exportedAt: number | null; shift?: number; dense?: boolean }): ExportSnapshot {
  const s = copySnapshot(opts.dense === true ? denser(snapB) : snapB)
  s.profile = { ...s.profile, username: opts.username }
  s.status = { ...s.status, uid: opts.uid ?? null }
  s.exportedAt = opts.exportedAt
  const shift = opts.shift ?? (opts.exportedAt ?? 0) - (snapB.exportedAt ?? 0)
  // Moving the likes changes the content, hence the id; the id ignores exportedAt on its own.
  s.likes = VideoList.fromRows(s.likes.rows().map((l) => ({ at: l.at + shift, videoId: l.videoId })))
  return s
}

describe('save and re-import', () => {
  it('gives the same export the same id bare or zipped, and stores it once', async () => {
    const src = tempDir()
    const bare = join(src, 'user_data_tiktok.json')
    writeFileSync(bare, genB)
    const plainZip = await zipTo(join(src, 'export.zip'), { 'user_data_tiktok.json': genB })
    // TikTok's own name carries a stamp that moves exportedAt; the id must not depend on it.
    const tiktokZip = await zipTo(join(src, 'TikTok_Data_1734080000.zip'), { 'TikTok_Data/user_data_tiktok.json': genB, '__MACOSX/._x': new Uint8Array([1]) })
    const fromBare = await read(bare)
    const fromZip = await read(plainZip)
    const fromTikTokZip = await read(tiktokZip)
    expect(fromTikTokZip.exportedAt).not.toBe(fromBare.exportedAt)

    const dir = join(tempDir(), 'nested', 'imports')
    const store = new ImportStore(dir)
    const first = await store.save(fromBare, { importedAt: NOW, sourceName: bare })
    expect(first.id).toMatch(HEX64)
    expect(first.alreadyStored).toBe(false)
    expect(await store.save(fromZip, { importedAt: NOW + 1, sourceName: 'export.zip' })).toEqual({ id: first.id, alreadyStored: true })
    expect(await store.save(fromTikTokZip, { importedAt: NOW + 2, sourceName: 'TikTok_Data_1734080000.zip' })).toEqual({ id: first.id, alreadyStored: true })
    expect(storeFiles(dir)).toEqual([`${first.id}.json`])

    const { imports, warnings } = await store.list()
    expect(warnings).toEqual([])
    expect(imports).toEqual([
      {
        id: first.id,
        importedAt: NOW,
        sourceName: 'user_data_tiktok.json',
        account: `@${snapB.profile.username}`,
        exportedAt: fromBare.exportedAt,
        format: 'json',
        generation: 'B',
        likeCount: snapB.likes.length,
        likeFirst: snapB.likes.first,
        likeLast: snapB.likes.last,
        partial: false,
        sample: false,
        noLikeList: false,
      },
    ])
  })

  it('gives different exports different ids', async () => {
    const store = new ImportStore(tempDir())
    const b = await store.save(snapB, { importedAt: NOW, sourceName: 'b.json' })
    const c = await store.save(snapC, { importedAt: NOW, sourceName: 'c.json' })
    const b2 = await store.save(variant({ username: snapB.profile.username, exportedAt: snapB.exportedAt, shift: 1000 }), { importedAt: NOW, sourceName: 'b.json' })
    expect(new Set([b.id, c.id, b2.id]).size).toBe(3)
  })

  it('loads exactly what it kept, and the summary is the same', async () => {
    const store = new ImportStore(tempDir())
    for (const snap of [snapB, snapC]) {
      const { id } = await store.save(snap, { importedAt: NOW, sourceName: 'x.json' })
      const loaded = await store.load(id)
      expect(loaded).toStrictEqual(kept(snap))
      expect(summarize(loaded as ExportSnapshot)).toEqual(summarize(snap))
      expect(await store.load(id.toUpperCase())).toStrictEqual(kept(snap))
    }
  })

  it('keeps only the base name of the source, and no raw file', async () => {
    const dir = tempDir()
    const store = new ImportStore(dir)
    await store.save(snapB, { importedAt: NOW, sourceName: 'C:\\Users\\Ann\\Downloads\\TikTok_Data_1.zip' })
    const { imports } = await store.list()
    expect(imports[0]?.sourceName).toBe('TikTok_Data_1.zip')
    const text = readFileSync(join(dir, storeFiles(dir)[0] as string), 'utf8')
    expect(text).not.toContain('Users')
    expect(text).not.toContain('Downloads')
    for (const r of snapB.searches) expect(text).not.toContain(JSON.stringify(r.term))
    // Header line, then one line per stored field.
    expect(text.split('\n').length).toBeGreaterThan(20)
    expect(text.endsWith('\n')).toBe(true)
  })

  it('remembers how many unrelated files a folder held, never their names', async () => {
    const folder = tempDir()
    writeFileSync(join(folder, 'user_data_tiktok.json'), genB)
    writeFileSync(join(folder, 'Tax return 2025.pdf'), '%PDF-1.7')
    writeFileSync(join(folder, 'holiday-photo.jpg'), Buffer.from([0xff, 0xd8, 0xff]))
    const snapshot = await read(folder)
    expect(snapshot.ignoredFileCount).toBe(2)
    expect(summarize(snapshot).ignoredFileCount).toBe(2)
    const dir = tempDir()
    const store = new ImportStore(dir)
    const { id } = await store.save(snapshot, { importedAt: NOW, sourceName: 'export' })
    const text = readFileSync(join(dir, `${id}.json`), 'utf8')
    expect(text).not.toContain('Tax return')
    expect(text).not.toContain('holiday')
    expect((await store.load(id))?.ignoredFileCount).toBe(2)
  })

  it.skipIf(process.platform === 'win32')('creates a private folder and private files', async () => {
    const dir = join(tempDir(), 'imports')
    const store = new ImportStore(dir)
    const { id } = await store.save(snapB, { importedAt: NOW, sourceName: 'b.json' })
    expect(statSync(dir).mode & 0o777).toBe(0o700)
    expect(statSync(join(dir, `${id}.json`)).mode & 0o777).toBe(0o600)
  })

  it('rejects an import time that is not a time', async () => {
    const store = new ImportStore(tempDir())
    await expect(store.save(snapB, { importedAt: NaN, sourceName: 'b.json' })).rejects.toThrow(RangeError)
  })
})

describe('list and forget', () => {
  it('lists newest import first; an empty or missing folder lists nothing', async () => {
    expect(await new ImportStore(join(tempDir(), 'never-made')).list()).toEqual({ imports: [], warnings: [] })
    const store = new ImportStore(tempDir())
    const a = await store.save(variant({ username: 'a', exportedAt: Date.UTC(2024, 0, 1) }), { importedAt: 1_000, sourceName: 'a.zip' })
    const b = await store.save(variant({ username: 'b', exportedAt: Date.UTC(2024, 1, 1) }), { importedAt: 3_000, sourceName: 'b.zip' })
    const c = await store.save(variant({ username: 'c', exportedAt: Date.UTC(2024, 2, 1) }), { importedAt: 2_000, sourceName: 'c.zip' })
    const { imports, warnings } = await store.list()
    expect(warnings).toEqual([])
    expect(imports.map((i) => i.id)).toEqual([b.id, c.id, a.id])
    expect(imports.map((i) => i.account)).toEqual(['@b', '@c', '@a'])
  })

  it('says "no like list" for an export requested without one, and only for that one', async () => {
    const dir = tempDir()
    const spec = makeSpec({ seed: 'store-no-like-list', likes: 50, watchRows: 200 })
    writeFileSync(join(dir, 'without.json'), renderJsonString(spec, { generation: 'D', categories: JSON_CATEGORIES.D.filter((c) => c !== 'Likes and Favorites') }))
    const store = new ImportStore(join(dir, 'store'))
    const without = await store.save(await read(join(dir, 'without.json')), { importedAt: 1_000, sourceName: 'without.json' })
    const withLikes = await store.save(snapC, { importedAt: 2_000, sourceName: 'c.json' })
    const { imports } = await store.list()
    expect(imports.find((i) => i.id === without.id)).toMatchObject({ likeCount: 0, noLikeList: true })
    // The real gen-C export holds a like list (of one like).
    expect(imports.find((i) => i.id === withLikes.id)).toMatchObject({ likeCount: 1, noLikeList: false })
    // Files saved before the flag existed have no key, and still list and load.
    const [header] = splitStoreFile(join(dir, 'store', `${withLikes.id}.json`))
    expect(Object.prototype.hasOwnProperty.call(header, 'noLikeList')).toBe(false)
  })

  it('forget removes the file; later lists and loads do not see it', async () => {
    const dir = tempDir()
    const store = new ImportStore(dir)
    const keep = await store.save(snapC, { importedAt: 1, sourceName: 'c.json' })
    const gone = await store.save(snapB, { importedAt: 2, sourceName: 'b.json' })
    // An unfinished copy of the forgotten import holds the same private data: it goes too.
    writeFileSync(join(dir, `${gone.id}.json.0123456789abcdef.tmp`), 'partial')
    expect(await store.forget(gone.id)).toBe(true)
    expect(storeFiles(dir)).toEqual([`${keep.id}.json`])
    expect((await store.list()).imports.map((i) => i.id)).toEqual([keep.id])
    expect(await store.load(gone.id)).toBeNull()
    expect(await store.forget(gone.id)).toBe(false)
    expect(await new ImportStore(join(dir, 'missing')).forget(gone.id)).toBe(false)
  })

  it('refuses ids that are not 64 hex digits before touching the disk', async () => {
    const root = tempDir()
    const dir = join(root, 'store')
    mkdirSync(dir)
    const victim = join(root, 'victim.json')
    writeFileSync(victim, 'keep me')
    const store = new ImportStore(dir)
    const { id } = await store.save(snapB, { importedAt: 1, sourceName: 'b.json' })
    const bad = ['../victim', '..\\victim', victim, '/etc/passwd', `../store/${id}`, `${id}.json`, `${id}/../${id}`, `${id} `, ` ${id}`, `${id}\n`, id.slice(1), `${id}0`, `${id.slice(0, 63)}g`, '', '.', '..']
    for (const x of bad) {
      expect(await store.load(x)).toBeNull()
      expect(await store.forget(x)).toBe(false)
    }
    for (const x of [null, undefined, 42, { toString: () => id }]) {
      expect(await store.load(x as unknown as string)).toBeNull()
      expect(await store.forget(x as unknown as string)).toBe(false)
    }
    expect(readFileSync(victim, 'utf8')).toBe('keep me')
    expect(storeFiles(dir)).toEqual([`${id}.json`])
  })
})

describe('crashes, damage and foreign files', () => {
  it('skips a partial .tmp and a truncated file with one warning, lists the good ones, and repairs on re-import', async () => {
    const dir = tempDir()
    const store = new ImportStore(dir)
    const good1 = await store.save(variant({ username: 'a', exportedAt: Date.UTC(2024, 0, 1) }), { importedAt: 1, sourceName: 'a.zip' })
    const good2 = await store.save(variant({ username: 'b', exportedAt: Date.UTC(2024, 1, 1) }), { importedAt: 2, sourceName: 'b.zip' })
    const victimSnap = variant({ username: 'c', exportedAt: Date.UTC(2024, 2, 1) })
    const victim = await store.save(victimSnap, { importedAt: 3, sourceName: 'c.zip' })
    const full = readFileSync(join(dir, `${victim.id}.json`))
    // A crash on a filesystem without atomic rename: the final name holds half the bytes.
    writeFileSync(join(dir, `${victim.id}.json`), full.subarray(0, Math.floor(full.length / 2)))
    // A crash before rename: the temporary file is cut short.
    const tmp = join(dir, `${good1.id}.json.00000000deadbeef.tmp`)
    writeFileSync(tmp, full.subarray(0, 100))

    const { imports, warnings } = await store.list()
    expect(imports.map((i) => i.id)).toEqual([good2.id, good1.id])
    expect(warnings).toHaveLength(1)
    expect(warnings[0]?.code).toBe('STORE_FILE_SKIPPED')
    expect(warnings[0]?.count).toBe(2)
    expect(warnings[0]?.message).toMatch(/2 files .*damaged or cut short.*unfinished save/)
    expect(await store.load(victim.id)).toBeNull()
    // A fresh .tmp may belong to a save still running elsewhere: kept.
    expect(existsSync(tmp)).toBe(true)

    expect(await store.save(victimSnap, { importedAt: 4, sourceName: 'c.zip' })).toEqual({ id: victim.id, alreadyStored: false })
    expect(await store.load(victim.id)).toStrictEqual(kept(victimSnap))
    expect((await store.list()).imports).toHaveLength(3)
  })

  it('truncation at any point is caught: cut in the header, at a line end, or one byte short', async () => {
    const dir = tempDir()
    const store = new ImportStore(dir)
    const { id } = await store.save(snapB, { importedAt: 1, sourceName: 'b.json' })
    const path = join(dir, `${id}.json`)
    const full = readFileSync(path)
    const headerEnd = full.indexOf(0x0a)
    const secondLineEnd = full.indexOf(0x0a, headerEnd + 1)
    for (const cut of [0, 10, headerEnd, headerEnd + 1, secondLineEnd + 1, full.length - 1]) {
      writeFileSync(path, full.subarray(0, cut))
      const { imports, warnings } = await store.list()
      expect({ cut, imports }).toEqual({ cut, imports: [] })
      expect(warnings[0]?.count).toBe(1)
      expect(await store.load(id)).toBeNull()
    }
  })

  it('a flipped byte in the body is caught on load by the body hash', async () => {
    const dir = tempDir()
    const store = new ImportStore(dir)
    const { id } = await store.save(snapB, { importedAt: 1, sourceName: 'b.json' })
    const path = join(dir, `${id}.json`)
    const bytes = readFileSync(path)
    const at = bytes.indexOf('"videoId":["') + 12
    bytes[at] = bytes[at] === 0x31 ? 0x32 : 0x31
    writeFileSync(path, bytes)
    // Listing reads the header only, so the import still shows; it cannot be opened.
    expect((await store.list()).imports).toHaveLength(1)
    expect(await store.load(id)).toBeNull()
  })

  it('deletes unfinished saves older than an hour', async () => {
    const dir = tempDir()
    const store = new ImportStore(dir)
    await store.save(snapB, { importedAt: 1, sourceName: 'b.json' })
    const stale = join(dir, `${'a'.repeat(64)}.json.0123456789abcdef.tmp`)
    writeFileSync(stale, 'half')
    const old = (Date.now() - 2 * 3_600_000) / 1000
    utimesSync(stale, old, old)
    const { imports, warnings } = await store.list()
    expect(imports).toHaveLength(1)
    expect(warnings[0]?.count).toBe(1)
    expect(existsSync(stale)).toBe(false)
    expect(await store.list()).toEqual({ imports, warnings: [] })
  })

  it('skips foreign, planted and future-version files with a warning, ignores OS clutter', async () => {
    const dir = tempDir()
    const store = new ImportStore(dir)
    const { id } = await store.save(snapB, { importedAt: 1, sourceName: 'b.json' })
    const good = readFileSync(join(dir, `${id}.json`), 'utf8')
    const newline = good.indexOf('\n')
    const header = JSON.parse(good.slice(0, newline)) as Record<string, unknown>
    const body = good.slice(newline + 1)
    const planted = (name: string, h: Record<string, unknown>, b = body): void => writeFileSync(join(dir, `${name}.json`), `${JSON.stringify(h)}\n${b}`)

    writeFileSync(join(dir, 'notes.txt'), 'my notes')
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ theme: 'dark', windowBounds: { x: 0 } }))
    writeFileSync(join(dir, `${'b'.repeat(64)}.json`), JSON.stringify({ from: 'another app' }))
    writeFileSync(join(dir, `${'c'.repeat(64)}.json`), Buffer.from([0xff, 0xfe, 0, 1, 2]))
    writeFileSync(join(dir, `${'d'.repeat(64)}.json`), '')
    mkdirSync(join(dir, `${'e'.repeat(64)}.json`))
    planted('f'.repeat(64), { ...header, id: 'f'.repeat(64), version: 2, newField: 1 })
    // Copied under another name: the header's id no longer matches the file name.
    planted('1'.repeat(64), header)
    planted('2'.repeat(64), { ...header, id: '2'.repeat(64), likeCount: -1 })
    // As text: in an object literal `__proto__` would set the prototype instead of making a key.
    const withProto = JSON.stringify({ ...header, id: '3'.repeat(64) }).replace('{', '{"__proto__":{"polluted":true},')
    writeFileSync(join(dir, `${'3'.repeat(64)}.json`), `${withProto}\n${body}`)
    writeFileSync(join(dir, `${'4'.repeat(64)}.json`), `{"__proto__":{"polluted":true},"magic":"liketrace.import"}\n`)
    writeFileSync(join(dir, '.DS_Store'), 'x')
    writeFileSync(join(dir, `._${id}.json`), 'x')

    const { imports, warnings } = await store.list()
    expect(imports.map((i) => i.id)).toEqual([id])
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatchObject({ code: 'STORE_FILE_SKIPPED', count: 11 })
    expect(warnings[0]?.message).toContain('1 saved by a newer LikeTrace')
    expect(warnings[0]?.message).toContain('not made by LikeTrace')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    for (const other of ['f', '1', '2', '3', '4'].map((c) => c.repeat(64))) expect(await store.load(other)).toBeNull()
    expect(await store.load(id)).not.toBeNull()
  })

  it.skipIf(process.platform === 'win32')('a FIFO under a store name does not hang the list or a load', async () => {
    const dir = tempDir()
    const store = new ImportStore(dir)
    const { id } = await store.save(snapB, { importedAt: 1, sourceName: 'b.json' })
    const fifo = '5'.repeat(64)
    execFileSync('mkfifo', [join(dir, `${fifo}.json`)])
    const { imports, warnings } = await store.list()
    expect(imports.map((i) => i.id)).toEqual([id])
    expect(warnings[0]).toMatchObject({ code: 'STORE_FILE_SKIPPED', count: 1 })
    expect(await store.load(fifo)).toBeNull()
    expect(await store.load(id)).not.toBeNull()
  })

  it('a body that disagrees with its header, or a stored value that fails validation, does not load', async () => {
    const dir = tempDir()
    const store = new ImportStore(dir)
    const { id } = await store.save(snapB, { importedAt: 1, sourceName: 'b.json' })
    const path = join(dir, `${id}.json`)
    const [header, body] = splitStoreFile(path)
    // Each rewrite keeps the header's length and hash fields consistent, as a deliberate forger would.
    const rewrite = (newBody: string): void => {
      const h = { ...header, bodyBytes: Buffer.byteLength(newBody), bodySha256: createHash('sha256').update(newBody).digest('hex') }
      writeFileSync(path, `${JSON.stringify(h)}\n${newBody}`)
    }
    rewrite(body.replace(/^\{"partial":false\}$/m, '{"partial":"no"}'))
    expect(await store.load(id)).toBeNull()
    const lines = body.split('\n')
    rewrite([lines[1], lines[0], ...lines.slice(2)].join('\n'))
    expect(await store.load(id)).toBeNull()
    rewrite(`${body}{"extra":1}\n`)
    expect(await store.load(id)).toBeNull()
    // A valid snapshot, but not the one the header describes (another like count).
    const otherDir = tempDir()
    const other = await new ImportStore(otherDir).save(snapC, { importedAt: 1, sourceName: 'c.json' })
    rewrite(splitStoreFile(join(otherDir, `${other.id}.json`))[1])
    expect(await store.load(id)).toBeNull()
    rewrite(body)
    expect(await store.load(id)).toStrictEqual(kept(snapB))
  })
})

describe('latestEarlierImport', () => {
  const t = (month: number): number => Date.UTC(2024, month, 1)

  async function storeOf(snaps: Array<[string, ExportSnapshot]>): Promise<{ store: ImportStore; ids: Map<string, string>; dir: string }> {
    const dir = tempDir()
    const store = new ImportStore(dir)
    const ids = new Map<string, string>()
    let n = 0
    for (const [name, snap] of snaps) ids.set(name, (await store.save(snap, { importedAt: NOW + n++, sourceName: `${name}.zip` })).id)
    return { store, ids, dir }
  }

  it('picks the same account’s latest export before this one, never another account', async () => {
    const { store, ids } = await storeOf([
      ['alice-jan', variant({ username: 'Alice', exportedAt: t(0) })],
      ['alice-mar', variant({ username: 'alice', exportedAt: t(2) })],
      ['alice-jun', variant({ username: '@ALICE', exportedAt: t(5) })],
      ['bob-apr', variant({ username: 'bob', exportedAt: t(3) })],
      ['bob-jul', variant({ username: 'bob', exportedAt: t(6) })],
      ['nobody-may', variant({ username: null, exportedAt: t(4) })],
    ])
    const aliceAug = variant({ username: 'alice', exportedAt: t(7) })
    const r1 = await store.latestEarlierImport(aliceAug)
    expect(r1?.listing.id).toBe(ids.get('alice-jun'))
    expect(r1?.by).toBe('identity')
    expect(r1?.snapshot).toStrictEqual(kept(variant({ username: '@ALICE', exportedAt: t(5) })))

    // Between imports: not a later one, not bob's closer one, not the unknown one.
    const r2 = await store.latestEarlierImport(variant({ username: 'alice', exportedAt: t(4) + DAY }))
    expect(r2?.listing.id).toBe(ids.get('alice-mar'))

    const r3 = await store.latestEarlierImport(variant({ username: 'bob', exportedAt: t(7) }))
    expect(r3?.listing.id).toBe(ids.get('bob-jul'))

    // Nothing of alice before January.
    const r4 = await store.latestEarlierImport(variant({ username: 'alice', exportedAt: t(0) - DAY }))
    expect(r4).toBeNull()
  })

  it('never pairs TikTok Studio data (no likes given) with a like export, either way round', async () => {
    const studio = (exportedAt: number): ExportSnapshot => ({ ...variant({ username: null, exportedAt }), format: 'studio-csv', generation: null, likes: VideoList.EMPTY })
    const { store, ids } = await storeOf([
      ['nobody-jan', variant({ username: null, exportedAt: t(0), shift: 0, dense: true })],
      ['studio-mar', studio(t(2))],
    ])
    expect(await store.latestEarlierImport(studio(t(5)))).toBeNull()
    expect((await store.latestEarlierImport(variant({ username: null, exportedAt: t(6), shift: 1_000, dense: true })))?.listing.id).toBe(ids.get('nobody-jan'))
  })

  it('pairs an export without identity only with one its likes show to be the same account', async () => {
    const { store, ids } = await storeOf([
      ['bob-apr', variant({ username: 'bob', exportedAt: t(3), shift: 0, dense: true })],
      ['nobody-feb', variant({ username: null, exportedAt: t(1), shift: 0, dense: true })],
      ['nobody-may', variant({ username: null, exportedAt: t(4) })],
    ])
    // carol is not bob; the May import of unknown account has no likes in common with her; February's has all of them.
    const carol = await store.latestEarlierImport(variant({ username: 'carol', exportedAt: t(7), shift: 1_000, dense: true }))
    expect(carol?.listing.id).toBe(ids.get('nobody-feb'))
    expect(carol?.by).toBe('shared-likes')
    // Likes liked at other times (no span in common): no pairing, however close the exports.
    expect(await store.latestEarlierImport(variant({ username: null, exportedAt: t(5) }))).toBeNull()
    // The same likes, but fewer than 20 in the span both cover: too few to tell.
    expect(await store.latestEarlierImport(variant({ username: null, exportedAt: t(6), shift: 1_000 }))).toBeNull()

    const onlyBob = (await storeOf([['bob', variant({ username: 'bob', exportedAt: t(3), shift: 0, dense: true })]])).store
    expect(await onlyBob.latestEarlierImport(variant({ username: 'carol', exportedAt: t(7), shift: 1_000, dense: true }))).toBeNull()
  })

  it('never pairs the shipped sample with anyone’s own export, nor the other way round', async () => {
    const dir = tempDir()
    const store = new ImportStore(dir)
    const sampleOlder = await store.save(variant({ username: null, exportedAt: t(1), shift: 0, dense: true }), { importedAt: NOW, sourceName: 'sample-1.zip', sample: true })
    expect((await store.list()).imports.find((i) => i.id === sampleOlder.id)?.sample).toBe(true)
    // The user's own export with every like in common: still not compared with the sample.
    const own = await store.save(variant({ username: null, exportedAt: t(3), shift: 1_000, dense: true }), { importedAt: NOW + 1, sourceName: 'mine.zip' })
    expect(await store.latestEarlierImport(variant({ username: null, exportedAt: t(3), shift: 1_000, dense: true }), own.id)).toBeNull()
    // The sample's later export is compared with its earlier one.
    const sampleNewer = variant({ username: null, exportedAt: t(5), shift: 2_000, dense: true })
    const saved = await store.save(sampleNewer, { importedAt: NOW + 2, sourceName: 'sample-2.zip', sample: true })
    expect((await store.latestEarlierImport(sampleNewer, saved.id))?.listing.id).toBe(sampleOlder.id)
    // A later export of the user's own pairs with their own, not with the sample in between.
    const later = variant({ username: null, exportedAt: t(7), shift: 3_000, dense: true })
    const laterSaved = await store.save(later, { importedAt: NOW + 3, sourceName: 'mine-later.zip' })
    expect((await store.latestEarlierImport(later, laterSaved.id))?.listing.id).toBe(own.id)
  })

  it('uid beats username; excludeId skips the import just saved; no exportedAt falls back to the newest like', async () => {
    const renamed = variant({ username: 'new_name', uid: '6800000000000000001', exportedAt: t(2) })
    const impostor = variant({ username: 'old_name', uid: '6800000000000000002', exportedAt: t(3) })
    const undated = variant({ username: 'old_name', uid: '6800000000000000001', exportedAt: null, shift: t(1) - (snapB.exportedAt ?? 0) })
    const { store, ids } = await storeOf([
      ['renamed', renamed],
      ['impostor', impostor],
      ['undated', undated],
    ])
    expect((await store.list()).imports.find((i) => i.id === ids.get('undated'))?.exportedAt).toBeNull()
    const now = variant({ username: 'old_name', uid: '6800000000000000001', exportedAt: t(5) })
    expect((await store.latestEarlierImport(now))?.listing.id).toBe(ids.get('renamed'))
    expect((await store.latestEarlierImport(now, ids.get('renamed')))?.listing.id).toBe(ids.get('undated'))

    // The new import itself, saved first, is passed as excludeId and never compared with itself.
    const saved = await store.save(now, { importedAt: NOW + 10, sourceName: 'now.zip' })
    const sameTime = variant({ username: 'old_name', uid: '6800000000000000001', exportedAt: t(5), shift: 5_000 })
    expect((await store.latestEarlierImport(sameTime, saved.id))?.listing.id).toBe(ids.get('renamed'))

    // No export time and no likes: nothing to order by.
    const empty = { ...copySnapshot(now), exportedAt: null, likes: VideoList.EMPTY }
    expect(await store.latestEarlierImport(empty)).toBeNull()
  })

  it('does not trust a header that claims another account', async () => {
    const { store, ids, dir } = await storeOf([
      ['alice', variant({ username: 'alice', exportedAt: t(1) })],
      ['bob', variant({ username: 'bob', exportedAt: t(2) })],
    ])
    const headerOf = (name: string): Record<string, unknown> => JSON.parse(readFileSync(join(dir, `${ids.get(name)}.json`), 'utf8').split('\n')[0] as string)
    const bobPath = join(dir, `${ids.get('bob')}.json`)
    const bobText = readFileSync(bobPath, 'utf8')
    const forged = { ...headerOf('bob'), identity: headerOf('alice').identity, account: '@alice' }
    writeFileSync(bobPath, `${JSON.stringify(forged)}\n${bobText.slice(bobText.indexOf('\n') + 1)}`)
    expect((await store.list()).imports.find((i) => i.id === ids.get('bob'))?.account).toBe('@alice')
    const r = await store.latestEarlierImport(variant({ username: 'alice', exportedAt: t(5) }))
    expect(r?.listing.id).toBe(ids.get('alice'))
  })
})
