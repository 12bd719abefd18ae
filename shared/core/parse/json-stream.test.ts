// shared/core tests: the streaming JSON walker reads exactly what JSON.parse reads, at any chunking, and fails with typed errors.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { JsonTree } from './json-stream'
import { ConsumedArray, DEFAULT_JSON_LIMITS, JsonStreamReader } from './json-stream'
import { ReadError } from './read-error'

const fixture = (p: string): Uint8Array => readFileSync(resolve(__dirname, '../../../tests/fixtures/real', p))
const REAL = ['json-gen-b-2024-12/user_data_tiktok.json', 'json-gen-c-2025-03/user_data_tiktok.json']
const enc = new TextEncoder()

/** Feeds bytes in chunks of `size`; every array goes to a consumer that records its items by path. */
function read(bytes: Uint8Array, size: number, limits = DEFAULT_JSON_LIMITS) {
  const lists = new Map<string, unknown[]>()
  const reader = new JsonStreamReader((path) => {
    const key = path.join('\u0000')
    const items: unknown[] = []
    lists.set(key, items)
    return (batch) => items.push(...batch)
  }, limits)
  let stoppedEarly = false
  for (let i = 0; i < bytes.length; i += size) {
    if (reader.push(bytes.subarray(i, i + size))) {
      stoppedEarly = true
      break
    }
  }
  return { ...reader.finish(), lists, stoppedEarly }
}

/** Puts consumed arrays back into the tree, to compare the whole document with JSON.parse. */
function rebuild(node: unknown, lists: Map<string, unknown[]>, path: string[] = []): unknown {
  if (node instanceof ConsumedArray) return lists.get(path.join('\u0000'))
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return node
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(node)) out[key] = rebuild((node as JsonTree)[key], lists, [...path, key])
  return out
}

function readError(fn: () => unknown): ReadError {
  try {
    fn()
  } catch (e) {
    if (e instanceof ReadError) return e
    throw e
  }
  throw new Error('expected a ReadError')
}

describe('JsonStreamReader on real exports', () => {
  for (const file of REAL) {
    for (const size of [1, 3, 17, 64, 4096, 1 << 20]) {
      it(`${file} in ${size}-byte chunks equals JSON.parse`, () => {
        const bytes = fixture(file)
        const got = read(bytes, size)
        expect(rebuild(got.root, got.lists)).toEqual(JSON.parse(new TextDecoder().decode(bytes)))
        expect(got.trailingContent).toBe(false)
      })
    }
  }

  it('routes the like list by its path', () => {
    const got = read(fixture('json-gen-b-2024-12/user_data_tiktok.json'), 100)
    const likes = got.lists.get(['Activity', 'Like List', 'ItemFavoriteList'].join('\u0000'))
    expect(likes).toHaveLength(20)
    expect(Object.keys(likes?.[0] as object).sort()).toEqual(['date', 'link'])
  })
})

describe('JsonStreamReader quirks', () => {
  it('skips a UTF-8 BOM', () => {
    const body = enc.encode('{"a": [1, 2], "b": "x"}')
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...body])
    const got = read(withBom, 2)
    expect(rebuild(got.root, got.lists)).toEqual({ a: [1, 2], b: 'x' })
  })

  it('keeps 19-digit numbers as exact decimal strings, inside lists and out', () => {
    const text = '{"UID": 7212345678901234567, "List": [{"UID": 7212345678901234567, "small": 42, "neg": -9212345678901234567, "f": 1.5e3, "s": "1234567890123456789"}]}'
    for (const size of [1, 5, 1000]) {
      const got = read(enc.encode(text), size)
      const root = got.root as JsonTree
      expect(root.UID).toBe('7212345678901234567')
      expect(got.lists.get('List')).toEqual([{ UID: '7212345678901234567', small: 42, neg: '-9212345678901234567', f: 1500, s: '1234567890123456789' }])
    }
  })

  it('reads the first copy when the content is written twice, and says so', () => {
    const once = '{"Activity": {"Like List": {"ItemFavoriteList": [{"date": "2024-01-01 00:00:00"}]}}}'
    const got = read(enc.encode(`${once}\n${once}`), 7)
    expect(got.trailingContent).toBe(true)
    expect(got.stoppedEarly).toBe(true)
    expect(got.lists.get(['Activity', 'Like List', 'ItemFavoriteList'].join('\u0000'))).toHaveLength(1)
  })

  it('forgives and counts trailing commas in objects and lists', () => {
    const got = read(enc.encode('{"a": {"b": 1,}, "c": [1, 2,],}'), 3)
    expect(rebuild(got.root, got.lists)).toEqual({ a: { b: 1 }, c: [1, 2] })
    expect(got.trailingCommas).toBe(3)
  })

  it('forgives and counts a trailing comma inside a list entry (a hand-edited login), at every chunking', () => {
    const text = '{"Login History": {"LoginHistoryList": [{"Date": "2024-01-01 10:00:00", "NetworkType": "Wi-Fi",\n}, {"Date": "2024-01-02 10:00:00", "x": [1, 2 ,  ]}, {"Date": "a,}"}]}}'
    for (const size of [1, 7, 1000]) {
      const got = read(enc.encode(text), size)
      expect(got.lists.get(['Login History', 'LoginHistoryList'].join('\u0000'))).toEqual([
        { Date: '2024-01-01 10:00:00', NetworkType: 'Wi-Fi' },
        { Date: '2024-01-02 10:00:00', x: [1, 2] },
        { Date: 'a,}' },
      ])
      expect(got.trailingCommas).toBe(2)
    }
  })

  it('still refuses a list entry with a real fault next to a stray comma, at the fault', () => {
    const text = '{"L": [{"a": 1,}, {"b" 2}]}'
    const e = readError(() => read(enc.encode(text), 1000))
    expect(e.code).toBe('BAD_JSON')
  })

  it('replaces and counts invalid UTF-8', () => {
    const bytes = new Uint8Array([...enc.encode('{"a": ["x'), 0xff, 0xfe, ...enc.encode('y"], "b": "ok"}')])
    const got = read(bytes, 4)
    expect(got.replacedBytes).toBe(2)
    expect((got.lists.get('a') as string[])[0]).toBe('x\ufffd\ufffdy')
  })

  it('stores keys like __proto__ and constructor as plain data', () => {
    const text = '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}, "l": [{"__proto__": {"p": 1}}]}'
    const got = read(enc.encode(text), 3)
    const root = got.root as JsonTree
    expect(Object.getPrototypeOf(root)).toBe(null)
    expect(Object.keys(root)).toEqual(['__proto__', 'constructor', 'l'])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.keys(Object.prototype)).toEqual([])
  })

  it('keeps only a sample of lists nobody consumes', () => {
    const reader = new JsonStreamReader(() => null, { ...DEFAULT_JSON_LIMITS, maxSampleItems: 3 })
    reader.push(enc.encode('{"x": [1,2,3,4,5,6]}'))
    expect((reader.finish().root as JsonTree).x).toEqual([1, 2, 3])
  })

  it('handles escaped quotes and backslashes across chunk edges', () => {
    const value = { a: ['he said \\"hi\\" \\\\', 'tab\there'], k: 'q\\"uote\\\\' }
    const text = JSON.stringify(value)
    for (const size of [1, 2, 3, 5]) {
      const got = read(enc.encode(text), size)
      expect(rebuild(got.root, got.lists)).toEqual(value)
    }
  })

  it('reads entries cut by chunk edges, short and long, with escaped quotes and backslash runs, at every chunking', () => {
    // Entries of every length around the chunk sizes: a cut entry is finished either in a short copy of the next
    // chunk's start or, when it runs on past that, in a copy of the whole chunk.
    const rows: unknown[] = []
    for (let i = 0; i < 400; i++) {
      // Quotes and runs of 0-3 backslashes inside the text: `\"`, `\\\"`, … in the file.
      const link = `a"b${'\\'.repeat(i % 4)}"${'x'.repeat((i * 37) % 700)}${'\\'.repeat(i % 3)}`
      rows.push({ Date: `2024-01-0${(i % 9) + 1} 10:00:00`, Link: link, n: i })
    }
    const value = { list: rows, after: { text: 'end " \\' } }
    for (const text of [JSON.stringify(value), JSON.stringify(value, null, 2)]) {
      for (const size of [7, 64, 333, 1000, 4096, 65_537]) {
        const got = read(enc.encode(text), size)
        expect(rebuild(got.root, got.lists), `chunks of ${size}`).toEqual(value)
      }
    }
  })
})

describe('JsonStreamReader errors', () => {
  const cases: Array<[string, string | Uint8Array, ReadError['code'], RegExp]> = [
    ['empty file', '', 'BAD_JSON', /empty/],
    ['only whitespace', '   \n ', 'BAD_JSON', /empty/],
    ['cut off in a list', '{"a": [{"b": 1}, {"b"', 'BAD_JSON', /cut off/],
    ['cut off in an object', '{"a": {"b": 1', 'BAD_JSON', /cut off/],
    ['missing colon', '{"a" 1}', 'BAD_JSON', /colon/],
    ['bad list entry', '{"a": [{"b": 1 "c": 2}]}', 'BAD_JSON', /list entry/],
    ['bad scalar', '{"a": tru}', 'BAD_JSON', /not valid JSON/],
    ['UTF-16LE with BOM', new Uint8Array([0xff, 0xfe, 0x7b, 0, 0x7d, 0]), 'BAD_ENCODING', /UTF-16/],
    ['UTF-16 without BOM', new Uint8Array([0x7b, 0, 0x7d, 0]), 'BAD_ENCODING', /UTF-16/],
  ]
  for (const [name, input, code, detail] of cases) {
    it(`${name} → ${code}`, () => {
      const bytes = typeof input === 'string' ? enc.encode(input) : input
      const e = readError(() => read(bytes, 3))
      expect(e.code).toBe(code)
      expect(e.detail ?? '').toMatch(detail)
    })
  }

  it('points at the offending byte', () => {
    const text = '{"a": [{"b": 1}, {"b": 2,, "c": 3}]}'
    const e = readError(() => read(enc.encode(text), 1 << 16))
    expect(e.byteOffset).toBeGreaterThanOrEqual(text.indexOf('{"b": 2'))
    expect(e.byteOffset).toBeLessThanOrEqual(text.indexOf(',,') + 2)
  })

  it('refuses nesting far deeper than any export, without a stack overflow', () => {
    const depth = 100_000
    const deepObjects = '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)
    expect(readError(() => read(enc.encode(deepObjects), 1 << 16)).code).toBe('BAD_SHAPE')
    const deepInList = '{"a": [' + '['.repeat(depth) + ']'.repeat(depth) + ']}'
    expect(readError(() => read(enc.encode(deepInList), 1 << 16)).code).toBe('BAD_SHAPE')
  })

  it('refuses a single list entry larger than the token limit', () => {
    const limits = { ...DEFAULT_JSON_LIMITS, maxTokenBytes: 1000 }
    const text = `{"a": [{"b": "${'x'.repeat(5000)}"}]}`
    expect(readError(() => read(enc.encode(text), 100, limits)).code).toBe('ARCHIVE_TOO_COMPLEX')
  })
})
