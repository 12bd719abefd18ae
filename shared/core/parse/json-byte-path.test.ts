// shared/core tests: the byte-level row path (watch history, likes, favourites) gives exactly what the parsed path gives, at any chunking, and falls back for anything unusual.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Generation } from '@shared/contract/model'
import { formatTikTokDate, makeSpec } from '@shared/synth/export-spec'
import { renderJsonString } from '@shared/synth/render-json'
import type { LikeKeyCase } from '@shared/synth/render-json'
import { Rng } from '@shared/synth/random'
import { parseTikTokDate, parseTikTokDateBytes, videoIdFromLink, videoIdStartBytes } from './fields'
import type { ByteItemConsumer } from './json-stream'
import { JsonStreamReader } from './json-stream'
import { jsonListKind } from './list-kinds'
import { ReadError } from './read-error'
import { SnapshotBuilder } from './snapshot-builder'

const enc = new TextEncoder()
const fixture = (p: string): Uint8Array => readFileSync(resolve(__dirname, '../../../tests/fixtures/real', p))
const SIZES = [1, 2, 3, 7, 64, 1000, 4096, 65_536, 1 << 20]

interface Outcome {
  rows: unknown
  warnings: unknown
  length: Record<string, number>
  error: { code: string; detail: string | undefined; byteOffset: number | undefined } | null
  /** Rows the byte path took (0 for the parsed path). */
  taken: number
}

/**
 * Reads `bytes` in chunks of `size` into a fresh builder. `bytePath` false routes every list to the parsed
 * path (what the reader did before the byte path existed); true routes as readJsonExport does.
 */
function read(bytes: Uint8Array, size: number, bytePath: boolean): Outcome {
  const builder = new SnapshotBuilder()
  let taken = 0
  const reader = new JsonStreamReader((path) => {
    const kind = jsonListKind(path[path.length - 2], path[path.length - 1])
    if (kind === null) return null
    builder.markPresent(kind)
    const bytesConsumer = bytePath ? builder.byteConsumer(kind) : null
    if (bytesConsumer === null) return (items) => builder.addJsonItems(kind, items)
    const counting: ByteItemConsumer = {
      items: (items, batchFirst) => bytesConsumer.items(items, batchFirst),
      flat: (buf, members, count, batchFirst) => {
        const took = bytesConsumer.flat(buf, members, count, batchFirst)
        if (took) taken++
        return took
      },
    }
    return counting
  })
  let error: Outcome['error'] = null
  let root: unknown = null
  try {
    for (let i = 0; i < bytes.length; i += size) if (reader.push(bytes.subarray(i, i + size))) break
    root = reader.finish().root
  } catch (e) {
    if (!(e instanceof ReadError)) throw e
    error = { code: e.code, detail: e.detail, byteOffset: e.byteOffset }
  }
  // A failed read returns only the error and the warnings so far (readExport never finishes the rows), so
  // rows taken before the error are not part of the outcome.
  if (error !== null) return { rows: null, warnings: builder.warnings.list(), length: {}, error, taken }
  const length: Record<string, number> = {}
  collectLengths(root, '', length)
  const rows = builder.finishRows()
  return { rows: { ...rows, watchTimes: [...rows.watchTimes] }, warnings: builder.warnings.list(), length, error, taken }
}

/** Lengths of consumed arrays in the tree (they must not change with the path taken). */
function collectLengths(node: unknown, path: string, out: Record<string, number>): void {
  if (node === null || typeof node !== 'object') return
  if ('length' in node && typeof node.length === 'number' && !Array.isArray(node)) {
    out[path] = node.length
    return
  }
  for (const [k, v] of Object.entries(node)) collectLengths(v, `${path}/${k}`, out)
}

/** Both paths at the same chunking (the parsed path's batches, and so its first-of-batch key check, follow the chunks). */
function expectSame(bytes: Uint8Array, sizes = SIZES): Outcome {
  let last: Outcome | null = null
  for (const size of sizes) {
    const reference = read(bytes, size, false)
    const got = read(bytes, size, true)
    const { taken: _taken, ...comparable } = got
    const { taken: _referenceTaken, ...expected } = reference
    expect(comparable, `chunks of ${size}`).toEqual(expected)
    last = got
  }
  if (last === null) throw new Error('no chunk sizes')
  return last
}

const exportWith = (listKey: string, items: string): Uint8Array =>
  enc.encode(`{"Your Activity": {"Watch History": {"VideoList": [${items}]}, "Like List": {"ItemFavoriteList": [${listKey}]}}}`)

describe('parseTikTokDateBytes', () => {
  const fast = (s: string): number => parseTikTokDateBytes(enc.encode(s), 0, enc.encode(s).length)

  it('equals parseTikTokDate wherever it gives a time, and gives one for plain dates', () => {
    const rng = new Rng('date-bytes')
    for (let i = 0; i < 20_000; i++) {
      const ms = Math.floor(rng.next() * Date.UTC(2100, 0, 1))
      const text = formatTikTokDate(ms)
      expect(fast(text)).toBe(parseTikTokDate(text))
      expect(fast(text)).toBe(Math.floor(ms / 1000) * 1000)
    }
  })

  it('gives NaN (so the caller falls back) for anything else, never a different time', () => {
    const odd = [
      '2024-02-29 12:00:00', '2023-02-29 12:00:00', '2100-02-29 00:00:00', '2000-02-29 00:00:00', '2025-04-31 10:00:00',
      '2025-12-31 23:59:59', '1970-01-01 00:00:00', '1969-12-31 23:59:59', '0099-01-01 00:00:00', '2025-11-30 23:59:60',
      '2025-01-01T10:00:00', '2025-01-01 24:00:00', '2025-01-01 10:60:00', '2025-13-01 10:00:00', '2025-00-10 10:00:00',
      '2025-01-00 10:00:00', '2025-01-01 10:00:00 UTC', '2025-01-01 10:00', '2025-01-01', '2025/01/01 10:00:00',
      '2025-01-01 10:00:0x', ' 2025-01-01 10:00:0', '9999-12-31 23:59:59', '+025-01-01 10:00:00', '2025-1-01 10:00:00 ',
    ]
    for (const text of odd) {
      const got = fast(text)
      if (!Number.isNaN(got)) expect(got, text).toBe(parseTikTokDate(text))
    }
    expect(fast('1969-12-31 23:59:59')).toBeNaN()
    expect(fast('2025-11-30 23:59:60')).toBeNaN()
    expect(fast('2025-01-01 10:00:00 UTC')).toBeNaN()
  })

  it('gives each time of a run of rows on one day, as a list reads them, and still refuses a bad time or day between them', () => {
    // Rows of one day follow each other in a list; the day's start is worked out once and reused.
    const rng = new Rng('date-bytes-days')
    for (let day = 0; day < 200; day++) {
      const start = Date.UTC(2019, 0, 1) + Math.floor(rng.next() * 3000) * 86_400_000
      for (let row = 0; row < 50; row++) {
        const ms = start + Math.floor(rng.next() * 86_400) * 1000
        expect(fast(formatTikTokDate(ms))).toBe(ms)
      }
      const text = formatTikTokDate(start)
      expect(fast(`${text.slice(0, 11)}24:00:00`)).toBeNaN()
      expect(fast(`${text.slice(0, 11)}12:61:00`)).toBeNaN()
      expect(fast(text)).toBe(start)
    }
    // A day that does not exist right after a real one (same year and month) is refused, then the real one read again.
    expect(fast('2025-02-28 10:00:00')).toBe(Date.UTC(2025, 1, 28, 10))
    expect(fast('2025-02-29 10:00:00')).toBeNaN()
    expect(fast('2025-02-28 11:00:00')).toBe(Date.UTC(2025, 1, 28, 11))
    expect(fast('2025-02-30 10:00:00')).toBeNaN()
  })
})

describe('videoIdStartBytes', () => {
  const viaBytes = (link: string): string | null => {
    const bytes = enc.encode(`"${link}"`)
    const start = videoIdStartBytes(bytes, 1, bytes.length - 1)
    if (start < 0) return null
    let end = start
    while ((bytes[end] as number) >= 0x30 && (bytes[end] as number) <= 0x39) end++
    return new TextDecoder().decode(bytes.subarray(start, end))
  }

  it('finds exactly the id videoIdFromLink finds', () => {
    const fixed = [
      'https://www.tiktokv.com/share/video/7428748283171949866/', 'https://www.tiktok.com/@u/video/7428748283171949866?lang=en',
      'https://www.tiktok.com/@u/video/7428748283171949866', 'https://m.tiktok.com/v/7428748283171949866.html', 'https://x/v/1234/',
      'https://x/v/12345#', 'https://x/v/1234567890123456789012345/', 'https://x/v/12345678901234567890123456/', '/video/12345a',
      '/video//v/12345', '/vvideo/12345', 'video/12345', '/v/123456/video/7428748283171949866/', '/v/12/v/45678', '', '/', '/v/', '/video/',
      'https://www.tiktok.com/@u/photo/7428748283171949869', '/v/1234567,/v/7654321', '//v//v/99999', '/video/12345 ', '/VIDEO/12345',
    ]
    for (const link of fixed) expect(viaBytes(link), link).toBe(videoIdFromLink(link))
    // Random strings over the characters that matter.
    const rng = new Rng('video-id-bytes')
    const parts = ['/', 'v', 'video', 'vi', '1', '23', '45678', '9', '?', '#', '.', 'x', '/v/', '/video/', '1234567890123456789']
    for (let i = 0; i < 20_000; i++) {
      let link = ''
      const n = 1 + Math.floor(rng.next() * 8)
      for (let k = 0; k < n; k++) link += parts[Math.floor(rng.next() * parts.length)] ?? ''
      expect(viaBytes(link), link).toBe(videoIdFromLink(link))
    }
  })
})

describe('byte-level rows equal parsed rows', () => {
  for (const file of ['json-gen-b-2024-12/user_data_tiktok.json', 'json-gen-c-2025-03/user_data_tiktok.json']) {
    it(`real export ${file}`, () => {
      const got = expectSame(fixture(file))
      expect(got.taken).toBeGreaterThan(0)
    })
  }

  const generations: readonly Generation[] = ['A', 'B', 'C', 'D']
  const likeKeys: readonly LikeKeyCase[] = ['Date/VideoLink', 'Date/Link', 'date/link']
  for (const generation of generations) {
    it(`synthetic generation ${generation}, every like-key spelling, pretty and compact`, () => {
      const spec = makeSpec({ seed: `bytes-${generation}`, likes: 60, watchRows: 250, logins: 10, searches: 3, shares: 3, followers: 3, following: 3, posts: 2, comments: 3 })
      for (const likeKeyCase of likeKeys) {
        for (const pretty of [true, false]) {
          const bytes = enc.encode(renderJsonString(spec, { generation, likeKeyCase, pretty }))
          const got = expectSame(bytes, [7, 333, 4096, 1 << 20])
          expect(got.taken).toBeGreaterThan(0)
        }
      }
    })
  }

  it('a large synthetic export cut in 256 KiB and odd-sized chunks', () => {
    const spec = makeSpec({ seed: 'bytes-large', likes: 3000, watchRows: 30_000, logins: 100, searches: 10, shares: 10, followers: 10, following: 10, posts: 3, comments: 5 })
    const got = expectSame(enc.encode(renderJsonString(spec, { generation: 'C' })), [1 << 18, 65_537, 9_973, 1 << 20])
    expect(got.taken).toBeGreaterThan(30_000)
  })
})

describe('odd rows fall back to the parsed path', () => {
  const rows = [
    '{"Date": "2025-01-02 03:04:05", "Link": "https://www.tiktokv.com/share/video/7428748283171949866/"}',
    '{"date": "2025-01-02 03:04:06", "link": "x"}',
    '{"DATE": "2025-01-02 03:04:07", "Link": "x"}',
    '{"Datum": "2025-01-02 03:04:08"}',
    '{"time": "2025-01-02 03:04:09"}',
    '{"Date": "2025-01-02 03:04:10", "date": "2025-01-03 03:04:10"}',
    '{"Date": null, "date": "2025-01-03 03:04:11"}',
    '{"Date": "2025-01-02 03:04:12", "Date": "2025-01-04 03:04:12"}',
    '{"Date": 1735786800}',
    '{"Date": "2025-01-02 03:04:13 UTC", "Link": "x"}',
    '{"Date": "2025-01-02T03:04:14Z"}',
    '{"Date": "1969-12-31 23:59:59", "Link": "x"}',
    '{"Date": "1970-01-01 00:00:00", "Link": "x"}',
    '{"Date": "2025-02-30 10:00:00", "Link": "x"}',
    '{"Date": "2025-11-30 23:59:60", "Link": "x"}',
    '{"Date": "2025-01-02 03:04:15", "Link": "https:\\/\\/www.tiktokv.com\\/share\\/video\\/7428748283171949866\\/"}',
    '{"Date": "2025-01-02 03:04:16", "Link": "caf\u00e9 \u2603"}',
    '{"Date": "2025-01-02 03:04:17", "Link": "x", "Extra": {"n": 1}}',
    '{"Date": "2025-01-02 03:04:18", "Count": 12345678901234567890}',
    '{"Date": "2025-01-02 03:04:19", "VideoLink": "https://www.tiktokv.com/share/video/7428748283171949866/"}',
    '{"Date" : "2025-01-02 03:04:20" ,\n\t"Link":"x"\r\n}',
    '{"\\u0044ate": "2025-01-02 03:04:21"}',
    '{"Date": "2025-01-02 03:04:22", "Title": ""}',
    '{}',
    '"2025-01-02 03:04:23"',
    'null',
    '42',
    '[{"Date": "2025-01-02 03:04:24"}]',
    '{"Date": "2025-01-02 03:04:25", "Link": "x",\n}',
    '{"Date": "2025-01-02 03:04:26", "Link": ["x" , ] ,}',
  ]
  const likes = [
    '{"date": "2025-01-02 03:04:05", "link": "https://www.tiktokv.com/share/video/7428748283171949866/"}',
    '{"Link": "https://www.tiktokv.com/share/video/7428748283171949867/", "Date": "2025-01-02 03:04:06"}',
    '{"date": "2025-01-02 03:04:07", "link": "https://www.tiktok.com/@u/video/7428748283171949868?lang=en"}',
    '{"date": "2025-01-02 03:04:08", "link": "https://www.tiktok.com/@u/photo/7428748283171949869"}',
    '{"date": "2025-01-02 03:04:09", "link": "https://www.tiktokv.com/share/video/12345678901234567890123456/"}',
    '{"date": "2025-01-02 03:04:10", "link": "https://x/v/1234/ https://x/v/123456."}',
    '{"date": "2025-01-02 03:04:11", "link": "https://www.tiktokv.com/share/video/7428748283171949866/"}',
    '{"date": "1969-12-31 23:59:59", "link": "https://www.tiktokv.com/share/video/7428748283171949870/"}',
    '{"date": "2025-01-02 03:04:12", "VideoLink": "https://www.tiktokv.com/share/video/7428748283171949871/"}',
    '{"date": "2025-01-02 03:04:13", "link": "https://www.tiktokv.com/share/video/7428748283171949872/", "title": ""}',
    '{"date": "2025-01-02 03:04:14", "link": null}',
    '{"date": "bad", "link": "https://www.tiktokv.com/share/video/7428748283171949873/"}',
  ]

  it('gives the same rows, counts and warnings as the parsed path, at every chunking', () => {
    // Each odd row sits among plain ones, so fallback runs start and end mid-batch.
    const plain = (i: number): string => `{"Date": "2025-03-01 00:00:${String(i % 60).padStart(2, '0')}", "Link": "https://www.tiktokv.com/share/video/74287482831719${String(i).padStart(5, '0')}/"}`
    const mixed = rows.flatMap((row, i) => [plain(2 * i), row, plain(2 * i + 1)]).join(',\n')
    const got = expectSame(exportWith(likes.join(', '), mixed))
    expect(got.taken).toBeGreaterThan(2 * rows.length)
  })

  it('notes the generation-A video-link key on the first row of a batch, whichever path reads it', () => {
    const gen = '{"Date": "2025-01-02 03:04:05", "VideoLink": "https://www.tiktokv.com/share/video/7428748283171949866/"}'
    for (const items of [gen, `${gen}, ${gen}`, `{"Date": "2025-01-02 03:04:05", "Link": "x"}, ${gen}`]) {
      const got = expectSame(exportWith('', items))
      expect(got.rows).toMatchObject({ sawVideoLinkKey: items.startsWith(gen) })
    }
  })

  it('keeps every error: same code, detail and byte offset', () => {
    const broken = [
      '{"Date": "2025-01-02 03:04:05", "Link": "a\tb"}',
      '{"Date": "2025-01-02 03:04:05", "Link": "a\\qb"}',
      '{"Date": "2025-01-02 03:04:05" "Link": "x"}',
      '{"Date": "2025-01-02 03:04:05", "Link": "x",,}',
      '{"Date": "2025-01-02 03:04:05", "Link": "x"} {"Date": "2025-01-02 03:04:06"}',
      '{"Date": "2025-01-02 03:04:05", "Link": "x"}, {"Date": "2025-01-02 03:04:06", "Link": "x"',
    ]
    for (const row of broken) {
      const items = `{"Date": "2025-01-01 00:00:00", "Link": "x"}, ${row}, {"Date": "2025-01-01 00:00:01", "Link": "x"}`
      const got = expectSame(exportWith('', items), [1, 3, 17, 4096])
      expect(got.error).not.toBeNull()
    }
  })

  it('keeps the token-size limit for a flat row cut by chunk edges, as the parsed path does', () => {
    const limits = { maxDepth: 256, maxElementDepth: 512, maxTokenBytes: 1000, maxTreeValues: 1000, maxSampleItems: 4 }
    const bytes = enc.encode(`{"Your Activity": {"Watch History": {"VideoList": [{"Date": "2025-01-02 03:04:05", "Link": "${'x'.repeat(5000)}"}]}}}`)
    for (const bytePath of [false, true]) {
      for (const [size, code] of [[100, 'ARCHIVE_TOO_COMPLEX'], [1 << 20, '']] as const) {
        const builder = new SnapshotBuilder()
        const reader = new JsonStreamReader(() => (bytePath ? builder.byteConsumer('watchHistory') : (items) => builder.addJsonItems('watchHistory', items)), limits)
        let got = ''
        try {
          for (let i = 0; i < bytes.length; i += size) reader.push(bytes.subarray(i, i + size))
          reader.finish()
        } catch (e) {
          got = e instanceof ReadError ? e.code : 'other'
        }
        expect(got, `${bytePath ? 'byte' : 'parsed'} path, chunks of ${size}`).toBe(code)
      }
    }
  })

  it('keeps the token-size limit for a flat row that never ends', () => {
    const bytes = enc.encode(`{"Your Activity": {"Watch History": {"VideoList": [{"Date": "2025-01-02 03:04:05", "Link": "${'x'.repeat(200_000)}`)
    const builder = new SnapshotBuilder()
    const reader = new JsonStreamReader(() => builder.byteConsumer('watchHistory'), { maxDepth: 256, maxElementDepth: 512, maxTokenBytes: 100_000, maxTreeValues: 1000, maxSampleItems: 4 })
    let code = ''
    try {
      for (let i = 0; i < bytes.length; i += 4096) reader.push(bytes.subarray(i, i + 4096))
      reader.finish()
    } catch (e) {
      code = e instanceof ReadError ? e.code : 'other'
    }
    expect(code).toBe('ARCHIVE_TOO_COMPLEX')
  })
})
