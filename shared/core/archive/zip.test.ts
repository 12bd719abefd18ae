// shared/core tests: the bounded zip reader lists and streams real archives and refuses broken or hostile ones with typed errors.
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { MemorySource } from './memory-source'
import { inflateRawNative } from '../../node/inflate'
import { ReadError } from '../parse/read-error'
import type { ReadLimits } from './limits'
import { DEFAULT_LIMITS } from './limits'
import type { ZipEntry } from './zip'
import { listZipEntries, looksLikeZip, openZipEntry } from './zip'

async function makeZip(files: Record<string, string | Uint8Array>, compression: 'STORE' | 'DEFLATE' = 'DEFLATE'): Promise<Uint8Array> {
  const zip = new JSZip()
  for (const [name, data] of Object.entries(files)) zip.file(name, data, { createFolders: false })
  return zip.generateAsync({ type: 'uint8array', compression, compressionOptions: { level: 6 } })
}

async function readEntry(bytes: Uint8Array, entry: ZipEntry, limits: ReadLimits = DEFAULT_LIMITS, maxBytes = limits.maxJsonBytes): Promise<Uint8Array> {
  const parts: Uint8Array[] = []
  for await (const chunk of openZipEntry(new MemorySource(bytes), entry, inflateRawNative, { maxBytes, budget: { remaining: limits.maxTotalBytes }, limits })) {
    parts.push(chunk)
  }
  return Buffer.concat(parts)
}

async function errorOf(promise: Promise<unknown>): Promise<ReadError> {
  try {
    await promise
  } catch (e) {
    if (e instanceof ReadError) return e
    throw e
  }
  throw new Error('expected a ReadError')
}

/** Offset of the first central-directory header (to patch its fields). */
function centralHeaderAt(bytes: Uint8Array): number {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  for (let i = bytes.length - 22; i >= 0; i--) if (v.getUint32(i, true) === 0x06054b50) return v.getUint32(i + 16, true)
  throw new Error('no EOCD')
}

describe('zip reader', () => {
  it('lists and inflates deflated and stored entries', async () => {
    const text = JSON.stringify({ hello: 'wörld', n: [1, 2, 3] }).repeat(200)
    for (const compression of ['STORE', 'DEFLATE'] as const) {
      const bytes = await makeZip({ 'TikTok/user_data_tiktok.json': text, 'TikTok/Like List.txt': 'Date: x' }, compression)
      expect(looksLikeZip(bytes)).toBe(true)
      const entries = await listZipEntries(new MemorySource(bytes), DEFAULT_LIMITS)
      expect(entries.map((e) => e.name)).toEqual(['TikTok/user_data_tiktok.json', 'TikTok/Like List.txt'])
      const json = entries[0] as ZipEntry
      expect(json.declaredSize).toBe(Buffer.byteLength(text))
      expect(new TextDecoder().decode(await readEntry(bytes, json))).toBe(text)
    }
  })

  it('reads an empty archive', async () => {
    const bytes = await makeZip({})
    expect(await listZipEntries(new MemorySource(bytes), DEFAULT_LIMITS)).toEqual([])
  })

  it('refuses what is not a zip', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Uint8Array(100)])
    expect(looksLikeZip(png)).toBe(false)
    expect((await errorOf(listZipEntries(new MemorySource(png), DEFAULT_LIMITS))).code).toBe('NOT_A_ZIP')
    expect((await errorOf(listZipEntries(new MemorySource(new Uint8Array(0)), DEFAULT_LIMITS))).code).toBe('NOT_A_ZIP')
  })

  it('refuses a zip cut in half', async () => {
    const bytes = await makeZip({ 'user_data_tiktok.json': 'x'.repeat(5000) + Math.random().toString(36).repeat(300) })
    const cut = bytes.subarray(0, Math.floor(bytes.length / 2))
    expect((await errorOf(listZipEntries(new MemorySource(cut), DEFAULT_LIMITS))).code).toBe('NOT_A_ZIP')
  })

  it('refuses a table of contents that points outside the file', async () => {
    const bytes = await makeZip({ 'a.json': '{}' })
    const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    const eocd = bytes.length - 22
    v.setUint32(eocd + 16, bytes.length + 100, true)
    const e = await errorOf(listZipEntries(new MemorySource(bytes), DEFAULT_LIMITS))
    expect(e.code).toBe('NOT_A_ZIP')
  })

  it('refuses encrypted entries and unsupported compression', async () => {
    const base = await makeZip({ 'user_data_tiktok.json': '{"a": 1}' })
    const encrypted = base.slice()
    const cd = centralHeaderAt(encrypted)
    new DataView(encrypted.buffer).setUint16(cd + 8, 1, true)
    const [enc] = await listZipEntries(new MemorySource(encrypted), DEFAULT_LIMITS)
    expect((await errorOf(readEntry(encrypted, enc as ZipEntry))).code).toBe('UNSUPPORTED_ZIP')

    const bzip = base.slice()
    new DataView(bzip.buffer).setUint16(centralHeaderAt(bzip) + 10, 12, true)
    const [bz] = await listZipEntries(new MemorySource(bzip), DEFAULT_LIMITS)
    const e = await errorOf(readEntry(bzip, bz as ZipEntry))
    expect(e.code).toBe('UNSUPPORTED_ZIP')
    expect(e.detail).toMatch(/method 12/)
  })

  it('stops a zip bomb by counting real output, whatever the header says', async () => {
    const bomb = await makeZip({ 'user_data_tiktok.json': new Uint8Array(96 * 1024 * 1024) })
    expect(bomb.length).toBeLessThan(200 * 1024)
    const lying = bomb.slice()
    new DataView(lying.buffer).setUint32(centralHeaderAt(lying) + 24, 10, true)
    const limits = { ...DEFAULT_LIMITS, ratioCheckAfterBytes: Number.MAX_SAFE_INTEGER }
    for (const bytes of [bomb, lying]) {
      const [entry] = await listZipEntries(new MemorySource(bytes), limits)
      const e = await errorOf(readEntry(bytes, entry as ZipEntry, limits, 32 * 1024 * 1024))
      expect(e.code).toBe('ENTRY_TOO_LARGE')
    }
  })

  it('stops an entry whose compression ratio only a bomb reaches', async () => {
    const bomb = await makeZip({ 'user_data_tiktok.json': new Uint8Array(64 * 1024 * 1024) })
    const [entry] = await listZipEntries(new MemorySource(bomb), DEFAULT_LIMITS)
    const e = await errorOf(readEntry(bomb, entry as ZipEntry))
    expect(e.code).toBe('ENTRY_TOO_LARGE')
    expect(e.detail).toMatch(/zip bomb/)
  })

  it('stops many small entries through the shared budget', async () => {
    const files: Record<string, Uint8Array> = {}
    for (let i = 0; i < 8; i++) files[`part${i}.txt`] = new Uint8Array(1024 * 1024)
    const bytes = await makeZip(files)
    const limits = { ...DEFAULT_LIMITS, maxTotalBytes: 4 * 1024 * 1024 }
    const budget = { remaining: limits.maxTotalBytes }
    const source = new MemorySource(bytes)
    const e = await errorOf(
      (async () => {
        for (const entry of await listZipEntries(source, limits)) {
          for await (const _ of openZipEntry(source, entry, inflateRawNative, { maxBytes: limits.maxTextBytes, budget, limits })) void _
        }
      })(),
    )
    expect(e.code).toBe('ARCHIVE_TOO_LARGE')
  })

  it('refuses more entries than an export has, before reading the directory', async () => {
    const files: Record<string, string> = {}
    for (let i = 0; i < 50; i++) files[`f${i}.txt`] = ''
    const bytes = await makeZip(files)
    const e = await errorOf(listZipEntries(new MemorySource(bytes), { ...DEFAULT_LIMITS, maxEntries: 20 }))
    expect(e.code).toBe('TOO_MANY_ENTRIES')
  })
})
