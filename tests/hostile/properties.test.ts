// tests/hostile: property tests (fast-check, seeded): random bytes and random damage to valid exports never make the reader throw, hang or outgrow its limits.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ErrorCode, Result } from '@shared/contract/result'
import { ERROR_TEXT } from '@shared/contract/errors'
import type { ReadLimits } from '../../shared/core/archive/limits'
import { DEFAULT_LIMITS } from '../../shared/core/archive/limits'
import { MemorySource } from '../../shared/core/archive/memory-source'
import type { ByteStream, ChunkOptions } from '../../shared/core/read-contract'
import { readExport } from '../../shared/core/read-export'
import type { ExportSnapshot } from '../../shared/core/snapshot'
import { inflateRawNative } from '../../shared/node/inflate'
import { makeSpec } from '../../shared/synth/export-spec'
import { renderJsonString } from '../../shared/synth/render-json'
import { renderTxtExport } from '../../shared/synth/render-txt'
import { zipFiles } from '../../shared/synth/zip'

const NOW = Date.UTC(2026, 0, 15)
const MiB = 1024 * 1024
/** Lowered caps so a mutation that turns a length field into a bomb stays cheap; memory is checked against them. */
const LIMITS: ReadLimits = { ...DEFAULT_LIMITS, maxJsonBytes: 8 * MiB, maxTextBytes: 8 * MiB, maxTotalBytes: 16 * MiB, maxEntries: 500 }
const MEMORY_BOUND = 48 * MiB
/** Per-run safety net against hangs (a run takes milliseconds). */
const RUN_MS = 10_000
const CODES = new Set(Object.keys(ERROR_TEXT) as ErrorCode[])
/** The message readExport gives an exception that was not a ReadError: a bug in the reader, whatever the input. */
const UNEXPECTED = 'unexpected problem'

/** Bytes in memory, streamed in chunks of the given sizes (cycled), so chunk edges fall everywhere. */
class ChunkedSource extends MemorySource {
  constructor(
    bytes: Uint8Array,
    private readonly chunks: readonly number[],
  ) {
    super(bytes)
  }

  override read(offset: number, length: number): Promise<Uint8Array> {
    return Promise.resolve(this.bytes.slice(offset, Math.min(this.bytes.length, offset + length)))
  }

  /**
   * With `reuseChunks`, chunks are written into two buffers in turn, each wiped first: chunk k is overwritten as soon
   * as the reader asks for chunk k+2, the earliest the contract allows, so a reader that keeps more reads garbage.
   */
  override async *stream(offset: number, length: number, options?: ChunkOptions): ByteStream {
    const end = Math.min(this.bytes.length, offset + length)
    const ring = options?.reuseChunks === true ? [new Uint8Array(0), new Uint8Array(0)] : null
    let i = 0
    for (let at = offset; at < end; ) {
      const n = Math.max(1, this.chunks[i % this.chunks.length] ?? end - at)
      const bytes = this.bytes.subarray(at, Math.min(end, at + n))
      if (ring === null) yield bytes.slice()
      else {
        let slot = ring[i % 2] as Uint8Array
        if (slot.length < bytes.length) slot = ring[i % 2] = new Uint8Array(bytes.length)
        slot.fill(0x7b)
        slot.set(bytes)
        yield slot.subarray(0, bytes.length)
      }
      i++
      at += n
    }
  }
}

const used = (): number => {
  const m = process.memoryUsage()
  return m.heapUsed + m.arrayBuffers
}

/** Reads one input and checks the contract: a Result with a known code, no hidden exception, in time, in memory, flat. */
async function readChecked(name: string, bytes: Uint8Array, chunks: readonly number[] = [64 * 1024]): Promise<Result<ExportSnapshot>> {
  const before = used()
  let peak = before
  const timer = setInterval(() => (peak = Math.max(peak, used())), 5)
  const t0 = performance.now()
  let result: Result<ExportSnapshot>
  try {
    result = await readExport([{ path: name, source: new ChunkedSource(bytes, chunks) }], { inflateRaw: inflateRawNative, now: NOW, limits: LIMITS })
  } finally {
    clearInterval(timer)
  }
  expect(performance.now() - t0).toBeLessThan(RUN_MS)
  expect(peak - before).toBeLessThan(MEMORY_BOUND)
  if (!result.ok) {
    expect(CODES.has(result.error.code), result.error.code).toBe(true)
    expect(result.error.message, `${name}: ${result.error.message}`).not.toContain(UNEXPECTED)
  } else {
    for (const like of result.value.likes) expect(Number.isFinite(like.at), "like times are numbers").toBe(true)
  }
  expect(() => structuredClone(result)).not.toThrow()
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  return result
}

// Small valid exports to damage: JSON (generation C), the same zipped, and a TXT export zip.
const spec = makeSpec({ seed: 'properties', likes: 30, favorites: 3, watchRows: 20, logins: 6, searches: 3, shares: 2, followers: 3, following: 3, blocked: 1, posts: 1, deletedPosts: 1, comments: 2 })
const jsonText = renderJsonString(spec, { generation: 'C', pretty: true })
const jsonBytes = new TextEncoder().encode(jsonText)
const txtFiles = renderTxtExport(spec, { generation: 'C', language: 'en' })
const zipped = {
  deflate: zipFiles(new Map([['TikTok/user_data_tiktok.json', jsonText]])),
  stored: zipFiles(new Map([['TikTok/user_data_tiktok.json', jsonText]]), { store: true }),
  txt: zipFiles(txtFiles),
}

/** Overwrites, inserts, deletes and a truncation, at positions scaled to the input. */
const mutation = fc.record({
  edits: fc.array(
    fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), op: fc.constantFrom('set', 'insert', 'delete'), byte: fc.integer({ min: 0, max: 255 }), run: fc.integer({ min: 1, max: 8 }) }),
    { minLength: 1, maxLength: 12 },
  ),
  cut: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
})
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never

function mutate(input: Uint8Array, m: Mutation): Uint8Array {
  let bytes = Array.from(input)
  for (const e of m.edits) {
    const at = Math.min(bytes.length, Math.floor(e.at * bytes.length))
    if (e.op === 'set' && at < bytes.length) for (let i = at; i < Math.min(bytes.length, at + e.run); i++) bytes[i] = e.byte
    else if (e.op === 'insert') bytes.splice(at, 0, ...new Array<number>(e.run).fill(e.byte))
    else if (e.op === 'delete') bytes.splice(at, e.run)
  }
  if (m.cut !== null) bytes = bytes.slice(0, Math.floor(m.cut * bytes.length))
  return Uint8Array.from(bytes)
}

/** JSON-significant characters, so damage hits the structure and not only the text inside strings. */
const jsonMutation = fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), text: fc.constantFrom('{', '}', '[', ']', ',', ':', '"', '\\', '\\u', '1e999', '-', 'null', '"__proto__":', '\u00e9', '\ufeff', ' ') }), { minLength: 1, maxLength: 6 })

const chunking = fc.array(fc.integer({ min: 1, max: 4096 }), { minLength: 1, maxLength: 5 })
const NAMES = ['export.zip', 'user_data_tiktok.json', 'Like List.txt', 'Overview.csv'] as const

describe('the reader on arbitrary input (fast-check)', () => {
  it('random bytes under every file type', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...NAMES), fc.uint8Array({ maxLength: 2048 }), chunking, async (name, bytes, chunks) => {
        await readChecked(name, bytes, chunks)
      }),
      { seed: 20260115, numRuns: 300 },
    )
  })

  it('random bytes behind a zip or JSON start', async () => {
    const starts = [Uint8Array.from([0x50, 0x4b, 0x03, 0x04]), Uint8Array.from([0x50, 0x4b, 0x05, 0x06]), new TextEncoder().encode('{"Your Activity":{"Like List":{"ItemFavoriteList":[')]
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...starts), fc.uint8Array({ maxLength: 1024 }), async (start, rest) => {
        const bytes = new Uint8Array(start.length + rest.length)
        bytes.set(start)
        bytes.set(rest, start.length)
        await readChecked(start[0] === 0x50 ? 'export.zip' : 'user_data_tiktok.json', bytes)
      }),
      { seed: 7, numRuns: 150 },
    )
  })

  for (const kind of ['deflate', 'stored', 'txt'] as const) {
    it(`byte mutations and truncations of a valid ${kind} export zip`, async () => {
      const base = await zipped[kind]
      expect((await readChecked('export.zip', base)).ok).toBe(true)
      await fc.assert(
        fc.asyncProperty(mutation, async (m) => {
          await readChecked('export.zip', mutate(base, m))
        }),
        { seed: 1207 + kind.length, numRuns: 200 },
      )
    })
  }

  it('byte mutations and truncations of a valid JSON export, chunked anywhere', async () => {
    expect((await readChecked('user_data_tiktok.json', jsonBytes)).ok).toBe(true)
    await fc.assert(
      fc.asyncProperty(mutation, chunking, async (m, chunks) => {
        await readChecked('user_data_tiktok.json', mutate(jsonBytes, m), chunks)
      }),
      { seed: 42, numRuns: 250 },
    )
  })

  it('structural damage to a valid JSON export (brackets, quotes, escapes, keys), bare and zipped', async () => {
    await fc.assert(
      fc.asyncProperty(jsonMutation, chunking, fc.boolean(), async (edits, chunks, zip) => {
        let text = jsonText
        for (const e of edits) {
          const at = Math.floor(e.at * text.length)
          text = text.slice(0, at) + e.text + text.slice(at)
        }
        if (zip) await readChecked('export.zip', await zipFiles(new Map([['user_data_tiktok.json', text]])), chunks)
        else await readChecked('user_data_tiktok.json', new TextEncoder().encode(text), chunks)
      }),
      { seed: 99, numRuns: 250 },
    )
  })

  it('the same valid export gives the same snapshot however its bytes are chunked', async () => {
    const whole = await readChecked('user_data_tiktok.json', jsonBytes, [jsonBytes.length])
    await fc.assert(
      fc.asyncProperty(chunking, async (chunks) => {
        const r = await readChecked('user_data_tiktok.json', jsonBytes, chunks)
        expect(JSON.stringify(r)).toBe(JSON.stringify(whole))
      }),
      { seed: 3, numRuns: 100 },
    )
  })

  it('the same TXT like list gives the same snapshot however its bytes are chunked', async () => {
    const likeList = new TextEncoder().encode(txtFiles.get('TikTok/Your Activity/Like List.txt'))
    const whole = await readChecked('Like List.txt', likeList, [likeList.length])
    expect(whole.ok && whole.value.likes.length).toBe(30)
    await fc.assert(
      fc.asyncProperty(chunking, async (chunks) => {
        const r = await readChecked('Like List.txt', likeList, chunks)
        expect(JSON.stringify(r)).toBe(JSON.stringify(whole))
      }),
      { seed: 4, numRuns: 100 },
    )
  })
})
