// shared/node: tests. Native inflate on all its paths (worker, stream on copies, stream) and the reuse rule for chunks.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import zlib from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MemorySource } from '../core/archive/memory-source'
import type { ByteStream } from '../core/read-contract'
import { readExport } from '../core/read-export'
import { zipFiles } from '../synth/zip'
import { FileSource } from './file-source'
import { inflateRawNative, streamingCopies } from './inflate'

const MB = 1024 * 1024

/** Seeded bytes: `random` ones barely compress, the rest are JSON-like lines that compress about 10:1 like an export's. */
function sample(size: number, kind: 'random' | 'lines', seed = 7): Uint8Array {
  const out = new Uint8Array(size)
  let x = seed
  const next = (): number => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0
    return x >>> 8
  }
  if (kind === 'random') {
    for (let i = 0; i < size; i++) out[i] = next() & 0xff
    return out
  }
  const enc = new TextEncoder()
  for (let at = 0; at < size; ) {
    const line = enc.encode(`{"Date": "2024-0${1 + (next() % 9)}-1${next() % 10} 12:${10 + (next() % 50)}:00", "Link": "https://www.tiktokv.com/share/video/7${next()}${next()}/"},\n`)
    out.set(line.subarray(0, size - at), at)
    at += line.length
  }
  return out
}

/**
 * The compressed bytes in pieces of the given sizes (cycled): each a fresh array, or with `reuse` written into two
 * buffers in turn, each wiped first, as early as ChunkOptions allows (an inflate keeping an input too long reads garbage).
 */
async function* pieces(bytes: Uint8Array, sizes: readonly number[], reuse = false): ByteStream {
  const ring = [new Uint8Array(0), new Uint8Array(0)]
  for (let at = 0, i = 0; at < bytes.length; i++) {
    const piece = bytes.subarray(at, at + (sizes[i % sizes.length] as number))
    at += piece.length
    if (!reuse) {
      yield piece.slice()
      continue
    }
    if ((ring[i % 2] as Uint8Array).length < piece.length) ring[i % 2] = new Uint8Array(piece.length)
    const slot = ring[i % 2] as Uint8Array
    slot.fill(0x5a)
    slot.set(piece)
    yield slot.subarray(0, piece.length)
  }
}

/** Inflates and checks, as the reader would see it, that each chunk is still whole while the next one is taken. */
async function inflateChecked(stream: ByteStream, expected: Uint8Array): Promise<{ bytes: number; buffers: Set<ArrayBufferLike> }> {
  let at = 0
  let previous: { chunk: Uint8Array; at: number; length: number } | null = null
  const buffers = new Set<ArrayBufferLike>()
  let beforePrevious: { chunk: Uint8Array; at: number; length: number } | null = null
  // Whole: the same bytes over the same length (a buffer handed back reads as empty here).
  const whole = (c: { chunk: Uint8Array; at: number; length: number } | null): void => {
    if (c !== null) expect(Buffer.compare(c.chunk, expected.subarray(c.at, c.at + c.length))).toBe(0)
  }
  for await (const chunk of stream) {
    whole(previous)
    expect(Buffer.compare(chunk, expected.subarray(at, at + chunk.length))).toBe(0)
    buffers.add(chunk.buffer)
    beforePrevious = previous
    previous = { chunk, at, length: chunk.length }
    at += chunk.length
  }
  // The stream has ended: the reader may still read its last two chunks while it finishes.
  whole(previous)
  whole(beforePrevious)
  return { bytes: at, buffers }
}

/** Raw deflate as a plain Uint8Array (a Buffer's slice() is a view, not a copy). */
const deflate = (bytes: Uint8Array): Uint8Array => new Uint8Array(zlib.deflateRawSync(bytes))

/** Each path, and whether it may be given reused input (ChunkOptions). */
const paths: Array<[string, (compressed: ByteStream) => ByteStream, boolean]> = [
  ['on the worker', (c) => inflateRawNative(c, { reuseChunks: true }), true],
  ['as a stream on copies (no worker)', streamingCopies, true],
  ['as a stream', (c) => inflateRawNative(c), false],
]

describe.each(paths)('inflate %s', (_, inflate, reuse) => {
  const feed = (bytes: Uint8Array, sizes: readonly number[]): ByteStream => pieces(bytes, sizes, reuse)
  const lines = sample(24 * MB, 'lines')
  const deflatedLines = deflate(lines)
  const random = sample(3 * MB + 12345, 'random')
  const deflatedRandom = deflate(random)

  it('gives back the exact bytes of a large compressible entry', async () => {
    const r = await inflateChecked(inflate(feed(deflatedLines, [MB])), lines)
    expect(r.bytes).toBe(lines.length)
  })

  it('gives back the exact bytes whatever the compressed chunk sizes', async () => {
    expect((await inflateChecked(inflate(feed(deflatedRandom, [1, 7, 300 * 1024, 3])), random)).bytes).toBe(random.length)
    expect((await inflateChecked(inflate(feed(deflatedLines.subarray(0, deflatedLines.length), [65536])), lines)).bytes).toBe(lines.length)
  })

  it('reads an empty entry as no bytes', async () => {
    expect((await inflateChecked(inflate(feed(deflate(new Uint8Array(0)), [MB])), new Uint8Array(0))).bytes).toBe(0)
  })

  it('refuses damaged data', async () => {
    const damaged = deflatedRandom.slice()
    damaged.fill(0xff, 1000, 1100)
    await expect(inflateChecked(inflate(feed(damaged, [MB])), random)).rejects.toThrow()
  })

  it('refuses data that is cut off', async () => {
    await expect(inflateChecked(inflate(feed(deflatedLines.subarray(0, deflatedLines.length >> 1), [MB])), lines)).rejects.toThrow()
  })

  it('stops at a break, and the next entry reads in full', async () => {
    for await (const chunk of inflate(feed(deflatedLines, [MB]))) {
      expect(chunk.length).toBeGreaterThan(0)
      break
    }
    expect((await inflateChecked(inflate(feed(deflatedRandom, [MB])), random)).bytes).toBe(random.length)
  })
})

describe('inflate with reused chunks', () => {
  it('hands each buffer back once the chunk two after it is taken', async () => {
    const lines = sample(40 * MB, 'lines', 11)
    const seen: Uint8Array[] = []
    let bytes = 0
    for await (const chunk of inflateRawNative(pieces(deflate(lines), [MB], true), { reuseChunks: true })) {
      // Whole: this chunk and the one before. Handed back to the worker (detached here): the one before that.
      expect(Buffer.compare(chunk, lines.subarray(bytes, bytes + chunk.length))).toBe(0)
      if (seen.length >= 1) expect((seen[seen.length - 1] as Uint8Array).length).toBeGreaterThan(0)
      if (seen.length >= 2) expect((seen[seen.length - 2] as Uint8Array).byteLength).toBe(0)
      seen.push(chunk)
      bytes += chunk.length
    }
    expect(bytes).toBe(lines.length)
    expect(seen.length).toBe(40)
  })

  it('keeps two entries read side by side apart', async () => {
    const a = sample(8 * MB, 'lines', 1)
    const b = sample(8 * MB, 'lines', 2)
    const [ra, rb] = await Promise.all([
      inflateChecked(inflateRawNative(pieces(deflate(a), [MB], true), { reuseChunks: true }), a),
      inflateChecked(inflateRawNative(pieces(deflate(b), [MB], true), { reuseChunks: true }), b),
    ])
    expect([ra.bytes, rb.bytes]).toEqual([a.length, b.length])
  })
})

describe('FileSource streams', () => {
  let dir = ''
  const bytes = sample(5 * MB + 777, 'random', 3)
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'liketrace-file-source-'))
    await writeFile(join(dir, 'f.bin'), bytes)
  })
  afterAll(() => rm(dir, { recursive: true, force: true }))

  it.each([false, true])('give the file range exactly (reused chunks: %s)', async (reuseChunks) => {
    const source = await FileSource.open(join(dir, 'f.bin'))
    try {
      const r = await inflateChecked(source.stream(100, bytes.length, { reuseChunks }), bytes.subarray(100))
      expect(r.bytes).toBe(bytes.length - 100)
      // Reused: two buffers in turn for six chunks; otherwise one each.
      expect(r.buffers.size).toBe(reuseChunks ? 2 : 6)
    } finally {
      await source.close()
    }
  })
})

describe('readers on reused chunks', () => {
  const rows = Array.from({ length: 20 }, (_, i) => `{"date": "2020-01-0${1 + (i % 9)} 00:00:00", "link": "https://www.tiktokv.com/share/video/70000000000000000${10 + i}/"}`)
  const json = `{"Your Activity": {"Like List": {"ItemFavoriteList": [${rows.join(', ')}]}}}`
  const cases: Array<[string, string, string]> = [
    ['a whole JSON export', 'TikTok/user_data_tiktok.json', json],
    ['a JSON export cut off inside an entry', 'TikTok/user_data_tiktok.json', json.slice(0, json.length - 40)],
    ['a JSON export cut off inside a number', 'TikTok/user_data_tiktok.json', '{"Your Activity": {"a": 12'],
    ['a one-byte TXT like list', 'TikTok/Your Activity/Like List.txt', 'D'],
    ['a two-byte TXT like list', 'TikTok/Your Activity/Like List.txt', 'Da'],
  ]
  // The reader finishes from the last chunks after the stream has ended: reused chunks must read as fresh ones.
  it.each(cases)('%s reads as it does without reuse', async (_, name, text) => {
    const zip = await zipFiles(new Map([[name, text]]))
    const read = (inflateRaw: (c: ByteStream) => ByteStream) => readExport([{ path: 'export.zip', source: new MemorySource(zip) }], { inflateRaw, now: Date.UTC(2026, 0, 15) })
    const reused = await read(inflateRawNative)
    const fresh = await read((c) => inflateRawNative(c))
    expect(JSON.stringify(reused)).toBe(JSON.stringify(fresh))
    if (!reused.ok) expect(reused.error.code).not.toBe('ARCHIVE_TOO_COMPLEX')
  })
})
